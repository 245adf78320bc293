"""Draws exercise figures from a pose model: a jointed human outline, seen from the side, written as SVG.

Each figure in figures.toml names a base position (bases.toml) and changes a few joint angles. Run:

    python3 tools/figures/draw.py            # writes input/exercises/images/*.svg and docs/figures/*.svg

Angles are in degrees. `trunk` is the direction from hip to shoulder (0 points right, 90 up); the body's front is
90 degrees clockwise from it. Joint angles are anatomical: `hip` and `shoulder` flex toward the front from the line of
the trunk, `knee` bends the shin back, `elbow` bends the forearm forward, `ankle` points the toes, `curve` rounds the
spine (negative arches it), `neck` bows the head forward (negative lifts it).
"""
import html
import math
import os
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# Proportions of an adult about 132 units tall (head about 1/7.5 of the height).
HEAD_R, NECK, TORSO = 8.8, 5.0, 42.0
UPPER_ARM, FOREARM, HAND = 24.0, 19.0, 8.0
THIGH, SHIN, FOOT, HEEL, ANKLE_H = 34.0, 33.0, 14.0, 4.0, 3.0
WIDTH = {"upper_arm": 8.5, "forearm": 7.0, "hand": 5.5, "thigh": 13.0, "shin": 9.5, "foot": 6.0, "neck": 7.5}
# Half the torso's depth from pelvis (t=0) to shoulders (t=1).
TORSO_HALF = [(0.0, 10.0), (0.35, 8.6), (0.72, 10.5), (1.0, 8.5)]

VIEW_W, VIEW_H, MARGIN, MAT = 240, 160, 10.0, 3.0
INK, PAPER, MOVE, FAR = "#1f2a30", "#ffffff", "#0e7c86", 0.42
NO, YES = "#b42318", "#2f7d32"


def direction(angle, length=1.0):
    a = math.radians(angle)
    return (length * math.cos(a), -length * math.sin(a))


def add(p, v):
    return (p[0] + v[0], p[1] + v[1])


def along(p, angle, length):
    return add(p, direction(angle, length))


def angle_of(a, b):
    return math.degrees(math.atan2(a[1] - b[1], b[0] - a[0]))


def reach(start, target, first, second, side):
    """The middle joint and end of a two-part limb reaching from start toward target.

    side is 1 when the middle joint lies counter-clockwise of the line (a knee, whose shin bends clockwise), -1 for
    an elbow, whose forearm bends counter-clockwise.
    """
    dx, dy = target[0] - start[0], target[1] - start[1]
    d = min(math.hypot(dx, dy), first + second - 0.01)
    d = max(d, abs(first - second) + 0.01)
    base = angle_of(start, target)
    offset = math.degrees(math.acos((first * first + d * d - second * second) / (2 * first * d)))
    mid = along(start, base + side * offset, first)
    return mid, along(mid, angle_of(mid, target), second)


class Body:
    """The joints of one pose, in figure units with y down; the floor is at y = 0 until placed."""

    def __init__(self, pose):
        self.pose = pose
        trunk, curve = pose["trunk"], pose.get("curve", 0)
        self.trunk = trunk
        self.front = trunk - 90
        self.hip = (0.0, -pose["hip_height"])
        self.shoulder = along(self.hip, trunk, TORSO)
        # The spine is a curve from hip to shoulder; rounding pushes its middle toward the back.
        lift = TORSO / 2 * math.tan(math.radians(curve) / 2)
        middle = ((self.hip[0] + self.shoulder[0]) / 2, (self.hip[1] + self.shoulder[1]) / 2)
        self.control = along(middle, trunk + 90, lift)
        self.chest_dir = angle_of(self.control, self.shoulder)
        self.head_dir = self.chest_dir - pose.get("neck", 0)
        self.head = along(self.shoulder, self.head_dir, NECK + HEAD_R)
        self.limbs = {}
        for name in ("far_leg", "near_leg"):
            self.limbs[name] = self.leg(pose.get(name, {}))
        for name in ("far_arm", "near_arm"):
            self.limbs[name] = self.arm(pose.get(name, {}))

    def point(self, name):
        """A named joint: hip, shoulder, head, or limb.joint such as near_leg.knee or far_leg.toe."""
        if "." not in name:
            return getattr(self, name)
        limb, joint = name.split(".")
        return self.limbs[limb][joint]

    def leg(self, spec):
        if "plant" in spec or "to" in spec:
            target = (self.hip[0] + spec["plant"], -ANKLE_H) if "plant" in spec else self.target(spec["to"])
            scale = spec.get("scale", 1)
            knee, ankle = reach(self.hip, target, THIGH * scale, SHIN * spec.get("shin_scale", scale), spec.get("bend", 1))
            thigh_dir, shin_dir = angle_of(self.hip, knee), angle_of(knee, ankle)
        else:
            thigh_dir = self.trunk + 180 + spec.get("hip", 0)
            shin_dir = thigh_dir - spec.get("knee", 0)
            knee = along(self.hip, thigh_dir, THIGH * spec.get("scale", 1))
            ankle = along(knee, shin_dir, SHIN * spec.get("shin_scale", 1))
        foot_dir = spec["foot"] if "foot" in spec else shin_dir + 90 - spec.get("ankle", 0)
        foot = FOOT * spec.get("foot_scale", 1)
        ball = along(ankle, foot_dir, foot * 0.7)
        return {"root": self.hip, "knee": knee, "ankle": ankle, "ball": ball, "sole": along(ball, shin_dir, WIDTH["foot"] / 2 + 1.5),
                "heel": along(ankle, foot_dir + 180, HEEL), "toe": along(ankle, foot_dir, foot)}

    def arm(self, spec):
        if "to" in spec:
            elbow, wrist = reach(self.shoulder, self.target(spec["to"]), UPPER_ARM, FOREARM, -spec.get("bend", 1))
        else:
            arm_dir = self.trunk + 180 + spec.get("shoulder", 0)
            elbow = along(self.shoulder, arm_dir, UPPER_ARM * spec.get("scale", 1))
            wrist = along(elbow, arm_dir + spec.get("elbow", 0), FOREARM)
        hand_dir = spec["hand"] if "hand" in spec else angle_of(elbow, wrist)
        return {"root": self.shoulder, "elbow": elbow, "wrist": wrist, "hand": along(wrist, hand_dir, HAND)}

    def target(self, spec):
        """A point: [x, y] from the hip (y up), [x, "floor"] or [x, "floor", height], {at = "near_leg.knee", dx, dy} or {between = [a, b], t}."""
        if isinstance(spec, dict) and "between" in spec:
            a, b = (self.point(n) for n in spec["between"])
            t = spec.get("t", 0.5)
            return (a[0] + (b[0] - a[0]) * t + spec.get("dx", 0), a[1] + (b[1] - a[1]) * t - spec.get("dy", 0))
        if isinstance(spec, dict):
            base = self.point(spec["at"])
            return (base[0] + spec.get("dx", 0), base[1] - spec.get("dy", 0))
        x, y, *above = spec
        return (self.hip[0] + x, -(above[0] if above else ANKLE_H) if y == "floor" else self.hip[1] - y)

    def torso_outline(self):
        """The torso as a closed outline around the spine curve, wider at chest and pelvis."""
        left, right = [], []
        steps = 12
        for i in range(steps + 1):
            t = i / steps
            p = bezier(self.hip, self.control, self.shoulder, t)
            tangent = bezier_tangent(self.hip, self.control, self.shoulder, t)
            normal = direction(tangent + 90)
            w = half_width(t)
            left.append((p[0] + normal[0] * w, p[1] + normal[1] * w))
            right.append((p[0] - normal[0] * w, p[1] - normal[1] * w))
        return left + right[::-1]

    def extent(self):
        """Every drawn point with its radius, for placing the figure on the floor."""
        pts = [(p, half_width(i / 12)) for i, p in enumerate(bezier(self.hip, self.control, self.shoulder, i / 12) for i in range(13))]
        pts.append((self.head, HEAD_R))
        for name, limb in self.limbs.items():
            if name.endswith("leg"):
                pts += [(limb["knee"], WIDTH["thigh"] / 2), (limb["heel"], WIDTH["foot"] / 2), (limb["toe"], WIDTH["foot"] / 2)]
            else:
                pts += [(limb["elbow"], WIDTH["upper_arm"] / 2), (limb["wrist"], WIDTH["forearm"] / 2), (limb["hand"], WIDTH["hand"] / 2)]
        return pts


def half_width(t):
    for (t0, w0), (t1, w1) in zip(TORSO_HALF, TORSO_HALF[1:]):
        if t <= t1:
            return w0 + (w1 - w0) * (t - t0) / (t1 - t0)
    return TORSO_HALF[-1][1]


def bezier(a, c, b, t):
    u = 1 - t
    return (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])


def bezier_tangent(a, c, b, t):
    dx = 2 * (1 - t) * (c[0] - a[0]) + 2 * t * (b[0] - c[0])
    dy = 2 * (1 - t) * (c[1] - a[1]) + 2 * t * (b[1] - c[1])
    return math.degrees(math.atan2(-dy, dx))


def fmt(v):
    text = f"{v:.1f}"
    return "0" if text in ("-0.0", "0.0") else text.rstrip("0").rstrip(".")


def pts(points):
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


class Canvas:
    """Collects SVG elements after the figure is moved into place (dx, dy added to every point)."""

    def __init__(self, dx, dy, mirror, floor):
        self.dx, self.dy, self.mirror, self.floor, self.items = dx, dy, mirror, floor, []

    def at(self, p):
        x = p[0] + self.dx
        return (VIEW_W - x if self.mirror else x, p[1] + self.dy)

    def segments(self, chain, widths, colour, opacity=1.0, outline=True):
        placed = [self.at(p) for p in chain]
        op = "" if opacity == 1 else f' opacity="{opacity}"'
        if outline:
            # The edge starts a little way from the hip or shoulder, so the joint does not show a ring.
            edge = list(placed)
            a, b = edge[0], edge[1]
            length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1
            cut = min(0.45, 9 / length)
            edge[0] = (a[0] + (b[0] - a[0]) * cut, a[1] + (b[1] - a[1]) * cut)
            # One path per width keeps the file small; the paper-coloured edge separates a limb from the body behind it.
            for w in sorted(set(widths), reverse=True):
                d = "".join(f"M{pts([a])}L{pts([b])}" for (a, b), ww in zip(zip(edge, edge[1:]), widths) if ww == w)
                self.items.append(f'<path d="{d}" stroke="{PAPER}" stroke-width="{fmt(w + 3)}"{op}/>')
        for w in sorted(set(widths), reverse=True):
            d = "".join(f"M{pts([a])}L{pts([b])}" for (a, b), ww in zip(zip(placed, placed[1:]), widths) if ww == w)
            self.items.append(f'<path d="{d}" stroke="{colour}" stroke-width="{fmt(w)}"{op}/>')


def draw_limb(canvas, body, name, moving, far):
    """A limb in the ink, or the second tone when it is the part that moves; a far limb is paler and has no edge."""
    limb = body.limbs[name]
    colour = MOVE if name in moving else "currentColor"
    opacity = FAR if far else 1.0
    if name.endswith("leg"):
        canvas.segments([limb["root"], limb["knee"], limb["ankle"]], [WIDTH["thigh"], WIDTH["shin"]], colour, opacity, not far)
        canvas.segments([limb["heel"], limb["toe"]], [WIDTH["foot"]], colour, opacity, False)
    else:
        canvas.segments([limb["root"], limb["elbow"], limb["wrist"], limb["hand"]], [WIDTH["upper_arm"], WIDTH["forearm"], WIDTH["hand"]], colour, opacity, not far)


def draw_body(canvas, body, moving):
    outline = [canvas.at(p) for p in body.torso_outline()]
    d = "M" + " L".join(pts([p]) for p in outline) + "Z"
    colour = MOVE if "trunk" in moving else "currentColor"
    # Round ends: the pelvis and the shoulders are not cut square.
    ends = "".join(f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}"/>' for (x, y), r in ((canvas.at(body.hip), half_width(0)), (canvas.at(body.shoulder), half_width(1))))
    canvas.items.append(f'<g fill="{colour}" stroke="{PAPER}" stroke-width="2.5" paint-order="stroke"><path d="{d}"/>{ends}</g>')
    canvas.items.append(f'<g fill="{colour}"><path d="{d}"/>{ends}</g>')
    neck_end = along(body.shoulder, body.head_dir, NECK + 2)
    canvas.segments([body.shoulder, neck_end], [WIDTH["neck"]], "currentColor", 1.0, False)
    hx, hy = canvas.at(body.head)
    canvas.items.append(f'<circle cx="{fmt(hx)}" cy="{fmt(hy)}" r="{fmt(HEAD_R)}" fill="currentColor"/>')
    # A nose shows which way the face looks: down in face-down positions, up when lying on the back.
    nx, ny = canvas.at(along(along(body.head, body.head_dir - 90, HEAD_R - 0.8), body.head_dir, -1.5))
    canvas.items.append(f'<circle cx="{fmt(nx)}" cy="{fmt(ny)}" r="2.2" fill="currentColor"/>')


def draw_props(canvas, body, props, left, right):
    items = []
    for prop in props:
        kind = prop if isinstance(prop, str) else prop["kind"]
        if kind == "mat":
            x0, _ = canvas.at((left - 6, 0))
            x1, _ = canvas.at((right + 6, 0))
            x0, x1 = min(x0, x1), max(x0, x1)
            items.append(f'<rect x="{fmt(x0)}" y="{fmt(canvas.floor - MAT)}" width="{fmt(x1 - x0)}" height="{fmt(MAT)}" rx="1.5" fill="currentColor" opacity="0.3"/>')
        elif kind == "wall":
            x, _ = canvas.at((prop["x"], 0))
            items.append(f'<path d="M{fmt(x)},6V{fmt(canvas.floor)}" stroke="currentColor" stroke-width="4" opacity="0.5"/>')
        elif kind == "chair":
            seat_y, back_x, front_x = prop["seat"], prop["back"], prop["front"]
            p = [canvas.at(q) for q in ((back_x, -seat_y), (front_x, -seat_y), (back_x, 0), (front_x, 0), (back_x, -seat_y - prop.get("back_height", 46)))]
            d = (f"M{pts([p[4]])}L{pts([p[0]])}L{pts([p[1]])}"
                 f"M{pts([(p[0][0], p[0][1])])}L{pts([p[2]])}M{pts([p[1]])}L{pts([p[3]])}")
            items.append(f'<path d="{d}" stroke="currentColor" stroke-width="4" opacity="0.5"/>')
        elif kind == "pillow":
            cx, cy = canvas.at(body.target(prop["under"]) if "under" in prop else (prop["x"], -prop.get("y", 4)))
            w, h = prop.get("w", 26), prop.get("h", 8)
            items.append(f'<rect x="{fmt(cx - w / 2)}" y="{fmt(cy - h / 2)}" width="{fmt(w)}" height="{fmt(h)}" rx="{fmt(h / 2)}" fill="none" stroke="currentColor" stroke-width="2.5" opacity="0.6"/>')
        elif kind == "box":
            x, _ = canvas.at((prop["x"], 0))
            s = prop.get("size", 22)
            items.append(f'<rect x="{fmt(x - s / 2)}" y="{fmt(canvas.floor - s)}" width="{fmt(s)}" height="{fmt(s)}" rx="2" fill="{PAPER}" stroke="currentColor" stroke-width="3"/>')
    return items


def draw_towel(canvas, body, spec):
    """A towel looped under the ball of the foot, its two ends in the hands."""
    hand, sole, ball = (canvas.at(body.point(n)) for n in (spec["hands"], spec["foot"] + ".sole", spec["foot"] + ".ball"))
    toe_side = canvas.at(along(body.point(spec["foot"] + ".sole"), angle_of(body.point(spec["foot"] + ".ankle"), body.point(spec["foot"] + ".ball")), 4))
    heel_side = canvas.at(along(body.point(spec["foot"] + ".sole"), angle_of(body.point(spec["foot"] + ".ball"), body.point(spec["foot"] + ".ankle")), 4))
    del sole, ball
    canvas.items.append(f'<path d="M{pts([hand])}L{pts([heel_side])}L{pts([toe_side])}Z" stroke="{MOVE}" stroke-width="3" fill="none"/>')


def draw_arrow(canvas, body, spec):
    """An arrow showing which way a part moves: round a joint (at, r, from, to angles) or straight (start, end)."""
    if "at" in spec:
        centre = body.point(spec["at"])
        r, a0, a1 = spec["r"], spec["from"], spec["to"]
        line = [canvas.at(along(centre, a0 + (a1 - a0) * i / 10, r)) for i in range(11)]
    else:
        line = [canvas.at(body.target(spec["start"])), canvas.at(body.target(spec["end"]))]
    canvas.items.append(f'<path d="M{pts(line[:1])}L{" ".join(pts([p]) for p in line[1:])}" stroke="{MOVE}" stroke-width="2.2"/>')
    tip, prev = line[-1], line[-2]
    ang = math.atan2(tip[1] - prev[1], tip[0] - prev[0])
    wing = [(tip[0] - 7 * math.cos(ang + s), tip[1] - 7 * math.sin(ang + s)) for s in (0.5, -0.5)]
    canvas.items.append(f'<path d="M{pts([wing[0]])}L{pts([tip])}L{pts([wing[1]])}" stroke="{MOVE}" stroke-width="2.2"/>')


def mark(kind, side):
    """A tick for the safe way, a cross for the movement to avoid, in a ring at a top corner."""
    x = VIEW_W - 20 if side == "right" else 20
    if kind == "dont":
        return (f'<circle cx="{x}" cy="20" r="13" fill="none" stroke="{NO}" stroke-width="3"/>'
                f'<path d="M{x - 6},14l12,12M{x + 6},14l-12,12" stroke="{NO}" stroke-width="3.5"/>')
    return (f'<circle cx="{x}" cy="20" r="13" fill="none" stroke="{YES}" stroke-width="3"/>'
            f'<path d="M{x - 6.5},20.5l4.5,4.5l8.5,-10" stroke="{YES}" stroke-width="3.5"/>')


def layout(pose):
    """The body and its extent in body units (y down, floor at 0): left, right, top, bottom, and a list of (x, y) for
    everything drawn, so the picture can be cut to fit and the tick or cross put where nothing is."""
    body = Body(pose)
    extent = body.extent()
    for arrow in pose.get("arrows", []):
        if "at" in arrow:
            c = body.point(arrow["at"])
            extent += [(along(c, arrow["from"] + (arrow["to"] - arrow["from"]) * i / 4, arrow["r"]), 4) for i in range(5)]
        else:
            extent += [(body.target(arrow["start"]), 4), (body.target(arrow["end"]), 4)]
    for prop in pose.get("props", []):
        if isinstance(prop, dict) and prop["kind"] in ("wall", "box"):
            extent.append(((prop["x"] - 12, -prop.get("size", 0)), 0))
            extent.append(((prop["x"] + 12, -prop.get("size", 0)), 0))
        if isinstance(prop, dict) and prop["kind"] == "chair":
            extent += [((prop["back"], -prop["seat"] - prop.get("back_height", 46)), 0), ((prop["front"], 0), 0)]
    left = min(p[0] - r for p, r in extent)
    right = max(p[0] + r for p, r in extent)
    top = min(p[1] - r for p, r in extent)
    bottom = max(max(p[1] + r for p, r in extent), 0.0)
    return body, extent, left, right, top, bottom


def placement(pose, view_h):
    """Where the hip goes: the lowest part rests on the floor (on the mat, if there is one), the figure centred across."""
    body, extent, left, right, top, bottom = layout(pose)
    floor_line = view_h - MARGIN
    floor = floor_line - (MAT if "mat" in pose.get("props", []) else 0)
    dy = floor - bottom
    dx = pose["hip_x"] if "hip_x" in pose else (VIEW_W - (right - left)) / 2 - left
    return body, extent, left, right, dx, dy, floor_line


def mark_side(pose, view_h):
    """The top corner for the tick or cross with the least of the figure under it; and how tall the picture must be for it to clear."""
    _, extent, _, _, dx, dy, floor_line = placement(pose, view_h)
    mirror = pose.get("mirror", False)
    best = None
    for side, (x0, x1) in (("right", (VIEW_W - 40, VIEW_W)), ("left", (0, 40))):
        heights = [floor_line - (p[1] + dy - r) for p, r in extent if x0 - r <= ((VIEW_W - (p[0] + dx)) if mirror else (p[0] + dx)) <= x1 + r]
        need = (max(heights) if heights else 0) + 40
        if best is None or need < best[1]:
            best = (side, need)
    return best


def needed_height(pose):
    """The height that shows the whole figure with a little room above it."""
    _, _, _, _, top, bottom = layout(pose)
    height = bottom - top + MARGIN + 8 + (MAT if "mat" in pose.get("props", []) else 0)
    if "mark" in pose:
        height = max(height, mark_side(pose, 400)[1])
    return height


def render(pose, title, view_h=VIEW_H):
    body, extent, left, right, dx, dy, floor_line = placement(pose, view_h)
    canvas = Canvas(dx, dy, pose.get("mirror", False), floor_line)
    moving = set(pose.get("moving", []))
    props = pose.get("props", [])
    # A box is held: it sits in front of the far limbs and behind the near ones.
    canvas.items.extend(draw_props(canvas, body, [p for p in props if not (isinstance(p, dict) and p["kind"] == "box")], left, right))
    order = pose.get("order", ["far_leg", "far_arm", "box", "body", "near_leg", "near_arm"])
    for part in order:
        if part == "box":
            canvas.items.extend(draw_props(canvas, body, [p for p in props if isinstance(p, dict) and p["kind"] == "box"], left, right))
        elif part == "body":
            draw_body(canvas, body, moving)
        else:
            draw_limb(canvas, body, part, moving, part.startswith("far") and part not in pose.get("solid", []))
    if "towel" in pose:
        draw_towel(canvas, body, pose["towel"])
    for arrow in pose.get("arrows", []):
        draw_arrow(canvas, body, arrow)
    if "mark" in pose:
        canvas.items.append(mark(pose["mark"], mark_side(pose, view_h)[0]))
    inner = "\n".join(canvas.items)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW_W} {view_h}" width="{VIEW_W}" height="{view_h}" color="{INK}" role="img">\n'
            f"<title>{html.escape(title)}</title>\n"
            f'<g fill="none" stroke-linecap="round" stroke-linejoin="round">\n'
            f'<path d="M6,{fmt(floor_line)}H{VIEW_W - 6}" stroke="currentColor" stroke-width="1.5" opacity="0.55"/>\n'
            f"{inner}\n</g>\n</svg>\n")


def render_above(pose, title):
    """The figure lying on its back seen from above, head to the left: for a movement the side view cannot show, like
    both knees lowered to one side. `roll` is how far the bent knees turn toward the bottom of the picture, in degrees;
    the shoulders stay flat on the mat."""
    view_h, cy, hip_x = 110, 55.0, 112.0
    roll = math.radians(pose.get("roll", 0))
    shoulder_x = hip_x - TORSO
    canvas = Canvas(0, 0, False, view_h)
    items = canvas.items
    items.append(f'<rect x="{fmt(shoulder_x - 32)}" y="{fmt(cy - 36)}" width="{fmt(TORSO + 126)}" height="72" rx="4" fill="currentColor" opacity="0.12"/>')
    # Legs: each knee sits above the line from hip to ankle; rolling turns it toward one side, so from above it moves down.
    knee_height, along_axis, ankle_x = 26.0, 27.0, hip_x + 50
    legs = []
    for side in (-1, 1):
        hip = (hip_x, cy + side * 7)
        ankle = (ankle_x, cy + side * 6 + knee_height * 0.35 * math.sin(roll))
        knee = (hip_x + along_axis, cy + side * 7 + knee_height * math.sin(roll))
        toe = (ankle[0] + FOOT * math.cos(roll) + 2, ankle[1] + FOOT * math.sin(roll) * 0.8)
        legs.append((hip, knee, ankle, toe))
    colour = MOVE if "legs" in pose.get("moving", []) else "currentColor"
    # The leg on the side they roll to lies underneath: draw it first.
    for hip, knee, ankle, toe in sorted(legs, key=lambda leg: -leg[0][1] if roll > 0 else leg[0][1]):
        canvas.segments([hip, knee, ankle], [WIDTH["thigh"], WIDTH["shin"]], colour)
        canvas.segments([ankle, toe], [WIDTH["foot"]], colour)
        # The kneecap, nearest the eye when the knee points up.
        items.append(f'<circle cx="{fmt(knee[0])}" cy="{fmt(knee[1])}" r="7.5" fill="{colour}" stroke="{PAPER}" stroke-width="2" paint-order="stroke"/>')
    # Arms by the sides, flat on the mat.
    for side in (-1, 1):
        s0 = (shoulder_x + 3, cy + side * 17)
        elbow = (s0[0] + UPPER_ARM, cy + side * 21)
        wrist = (elbow[0] + FOREARM, cy + side * 23)
        canvas.segments([s0, elbow, wrist, (wrist[0] + HAND, wrist[1] + side)], [WIDTH["upper_arm"], WIDTH["forearm"], WIDTH["hand"]], "currentColor")
    # Torso: broad, level shoulders narrowing to the waist and out to the hips.
    outline = [(shoulder_x - 4, cy - 15), (shoulder_x + 4, cy - 20), (shoulder_x + 14, cy - 19), (hip_x - 14, cy - 13), (hip_x - 2, cy - 15),
               (hip_x + 8, cy - 12), (hip_x + 8, cy + 12), (hip_x - 2, cy + 15), (hip_x - 14, cy + 13), (shoulder_x + 14, cy + 19),
               (shoulder_x + 4, cy + 20), (shoulder_x - 4, cy + 15)]
    d = "M" + " L".join(pts([p]) for p in outline) + "Z"
    items.append(f'<path d="{d}" fill="currentColor" stroke="{PAPER}" stroke-width="2.5" paint-order="stroke" stroke-linejoin="round"/>')
    items.append(f'<circle cx="{fmt(shoulder_x - 10)}" cy="{fmt(cy)}" r="{fmt(HEAD_R + 0.5)}" fill="currentColor" stroke="{PAPER}" stroke-width="2" paint-order="stroke"/>')
    inner = "\n".join(items)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW_W} {view_h}" width="{VIEW_W}" height="{view_h}" color="{INK}" role="img">\n'
            f"<title>{html.escape(title)}</title>\n"
            f'<g fill="none" stroke-linecap="round" stroke-linejoin="round">\n{inner}\n</g>\n</svg>\n')


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
