"""Draws exercise figures from a pose model: a jointed human outline, seen from the side, written as SVG.

Each figure in figures.toml names a base position (bases.toml) and changes a few joint angles. Run:

    python3 tools/figures/draw.py            # writes input/exercises/images/*.svg and docs/figures/*.svg

pose.py holds the body and its joints, svg.py draws it from the side, above.py from above (knee rolls).

Angles are in degrees. `trunk` is the direction from hip to shoulder (0 points right, 90 up); the body's front is
90 degrees clockwise from it. Joint angles are anatomical: `hip` and `shoulder` flex toward the front from the line of
the trunk, `knee` bends the shin back, `elbow` bends the forearm forward, `ankle` points the toes, `curve` rounds the
spine (negative arches it), `neck` bows the head forward (negative lifts it).
"""
import math
import os
import sys
import tomllib

from above import render_above
from svg import needed_height, render

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def merge(base, change):
    """A base position with a figure's changes: limb tables merge key by key, anything else replaces."""
    out = dict(base)
    for key, value in change.items():
        if key in ("near_leg", "far_leg", "near_arm", "far_arm") and isinstance(value, dict) and not {"plant", "to"} & value.keys():
            kept = {k: v for k, v in out.get(key, {}).items() if k not in ("plant", "to", "bend")}
            out[key] = {**kept, **value}
        else:
            out[key] = value
    for both, pair in (("legs", ("near_leg", "far_leg")), ("arms", ("near_arm", "far_arm"))):
        if both in change:
            for name in pair:
                out[name] = merge({name: base.get(name, {})}, {name: change[both]})[name]
            del out[both]
    return out


def load(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return tomllib.load(f)


def pose_of(figure, bases):
    base = bases[figure["base"]]
    pose = merge(base, {k: v for k, v in figure.items() if k not in ("base", "title")})
    return pose


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(args):
    bases, figures = load("bases.toml"), load("figures.toml")
    images = os.path.join(ROOT, "input", "exercises", "images")
    docs = os.path.join(ROOT, "docs", "figures")
    os.makedirs(images, exist_ok=True)
    os.makedirs(docs, exist_ok=True)
    for name, base in sorted(bases.items()):
        write(os.path.join(docs, name + ".svg"), render(base, base.get("title", name), fitted([needed_height(base)])))
    # The pictures of one exercise (bird-dog-start, bird-dog-end) share a height, so they sit level side by side.
    poses = {name: pose_of(figure, bases) for name, figure in figures.items()}
    groups = {}
    for name, pose in poses.items():
        if pose.get("view") != "above":
            groups.setdefault(name.rsplit("-", 1)[0], []).append(needed_height(pose))
    for name, figure in sorted(figures.items()):
        if args and name not in args:
            continue
        if poses[name].get("view") == "above":
            write(os.path.join(images, name + ".svg"), render_above(poses[name], figure["title"]))
            continue
        height = fitted(groups[name.rsplit("-", 1)[0]])
        write(os.path.join(images, name + ".svg"), render(poses[name], figure["title"], height))


def fitted(heights):
    """A picture height that holds the tallest of heights, in steps of 5 and never flatter than 240 by 80."""
    return max(80, int(math.ceil(max(heights) / 5) * 5))


if __name__ == "__main__":
    main(sys.argv[1:])
