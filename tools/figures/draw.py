"""Draws the shipped guide's figures: a jointed outline from a hip position and joint angles, written as SVG.

Angles are in degrees, 0 pointing right, 90 up. A limb is either two angles (upper, lower) or a point it reaches
("to": (x, y)) with the way its middle joint bends ("bend": 1 or -1). Run: python3 tools/figures/draw.py
"""
import math
import os

FLOOR = 140
TRUNK, NECK, HEAD = 52, 7, 9
ARM = (22, 20)
LEG = (40, 38)
FOOT = 9
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "input", "exercises", "images")


def along(p, angle, length):
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] - length * math.sin(a))


def reach(p, target, lengths, bend):
    a, b = lengths
    dx, dy = target[0] - p[0], p[1] - target[1]
    d = min(math.hypot(dx, dy), a + b - 0.01)
    base = math.degrees(math.atan2(dy, dx))
    offset = math.degrees(math.acos(max(-1, min(1, (a * a + d * d - b * b) / (2 * a * d)))))
    mid = along(p, base + bend * offset, a)
    end = along(p, base, d)
    return mid, end


def limb(p, spec, lengths):
    if "to" in spec:
        mid, end = reach(p, spec["to"], lengths, spec.get("bend", 1))
    else:
        mid = along(p, spec["a"][0], lengths[0] * spec.get("scale", 1))
        end = along(mid, spec["a"][1], lengths[1] * spec.get("scale", 1))
    points = [p, mid, end]
    if "foot" in spec:
        points.append(along(end, spec["foot"], FOOT))
    return points


def line(points, extra=""):
    d = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<polyline points="{d}"{extra}/>'


def figure(pose):
    hip = pose["hip"]
    shoulder = along(hip, pose["trunk"], TRUNK)
    bend = pose.get("round", 0)
    mid = ((hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2)
    normal = math.radians(pose["trunk"] + 90)
    ctrl = (mid[0] + 2 * bend * math.cos(normal), mid[1] - 2 * bend * math.sin(normal))
    head = along(shoulder, pose.get("head", pose["trunk"]), NECK + HEAD)
    far = ' opacity="0.45"'
    parts = []
    for side, attrs in (("far", far), ("near", "")):
        if side + "Leg" in pose:
            parts.append(line(limb(hip, pose[side + "Leg"], LEG), attrs))
        if side + "Arm" in pose:
            parts.append(line(limb(shoulder, pose[side + "Arm"], ARM), attrs))
        if side == "far":
            parts.append(f'<path d="M{hip[0]:.1f},{hip[1]:.1f} Q{ctrl[0]:.1f},{ctrl[1]:.1f} {shoulder[0]:.1f},{shoulder[1]:.1f}"/>')
            parts.append(f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD}" fill="none"/>')
    return parts


def props(names):
    shapes = []
    for name in names:
        if name == "mat":
            shapes.append(f'<rect x="30" y="{FLOOR - 3}" width="200" height="3" rx="1.5" fill="currentColor" stroke="none" opacity="0.35"/>')
        if name == "wall":
            shapes.append(f'<path d="M40,10 V{FLOOR}" stroke-width="3"/>')
        if name == "chair":
            shapes.append(f'<path d="M78,100 H128 M128,100 V{FLOOR} M82,100 V{FLOOR} M78,100 V44" stroke-width="3" opacity="0.6"/>')
        if name == "box":
            shapes.append(f'<rect x="150" y="{FLOOR - 22}" width="30" height="22" rx="2" stroke-width="3" opacity="0.6"/>')
        if name == "pillow":
            shapes.append(f'<rect x="166" y="{FLOOR - 11}" width="30" height="8" rx="4" stroke-width="2.5" opacity="0.6"/>')
    return shapes


def svg(pose, mark=None):
    body = props(pose.get("props", [])) + figure(pose)
    if "towel" in pose:
        body.append(line(pose["towel"], ' stroke-width="2.5" stroke-dasharray="5 4"'))
    if mark == "no":
        body.append('<path d="M212,14 l14,14 M226,14 l-14,14" stroke-width="3.5"/>')
    if mark == "yes":
        body.append('<path d="M210,22 l6,6 l12,-14" stroke-width="3.5"/>')
    inner = "\n  ".join(body)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160" width="240" height="160" color="#1f2a30">\n'
            f'  <g fill="none" stroke="currentColor" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">\n'
            f'  <path d="M10,{FLOOR} H230" stroke-width="2" opacity="0.5"/>\n  {inner}\n  </g>\n</svg>\n')


Y = FLOOR - 8          # the body's centre line when lying down
KNEE_UP = {"to": (62, FLOOR - 4), "bend": -1, "foot": 185}  # knee bent, foot flat, toes away from the head

POSES = {
    # All fours, facing right: knees under hips, hands under shoulders.
    "all-fours": {"hip": (82, FLOOR - 42), "trunk": 0, "head": -5, "props": ["mat"],
                  "farLeg": {"a": (270, 180), "foot": 180}, "nearLeg": {"a": (270, 180), "foot": 180},
                  "farArm": {"a": (272, 268)}, "nearArm": {"a": (270, 270)}},
}
A4 = POSES["all-fours"]
POSES.update({
    "bird-dog-end": {**A4, "nearLeg": {"a": (180, 180), "foot": 180}},
    "cat": {**A4, "round": 9, "head": -60},
    "cow": {**A4, "round": -6, "head": 25},
    "childs-pose-end": {"hip": (84, FLOOR - 22), "trunk": -6, "head": -15, "props": ["mat"],
                        "farLeg": {"to": (122, FLOOR - 5), "bend": -1, "foot": 180}, "nearLeg": {"to": (122, FLOOR - 5), "bend": -1, "foot": 180},
                        "farArm": {"a": (-25, -2)}, "nearArm": {"a": (-20, 0)}},
    "back-knees-bent": {"hip": (104, Y), "trunk": 0, "props": ["mat"],
                        "farLeg": KNEE_UP, "nearLeg": KNEE_UP, "farArm": {"a": (182, 180)}, "nearArm": {"a": (180, 180)}},
})
BK = POSES["back-knees-bent"]
POSES.update({
    "back-arched": {**BK, "round": 4},
    "back-flat": {**BK, "round": -1},
    "knee-to-chest-end": {**BK, "nearLeg": {"a": (62, 195), "foot": 220}, "nearArm": {"to": (118, FLOOR - 48), "bend": 1}},
    "towel-start": {**BK, "nearLeg": {"a": (118, 270), "foot": 160}, "nearArm": {"to": (112, FLOOR - 56), "bend": 1},
                    "farArm": {"to": (114, FLOOR - 54), "bend": 1}},
    "crunch-end": {**BK, "trunk": 22, "head": 30, "farArm": {"a": (200, 10)}, "nearArm": {"a": (205, 15)}},
    "leg-straight": {**BK, "nearLeg": {"a": (180, 180), "foot": 90}},
    "leg-raised": {**BK, "nearLeg": {"a": (157, 157), "foot": 67}},
    "figure-four": {**BK, "farLeg": {"a": (112, 205), "foot": 195},
                    "nearLeg": {"a": (150, 150), "scale": 0.7, "foot": 90}, "nearArm": {"to": (112, FLOOR - 42), "bend": 1},
                    "farArm": {"to": (110, FLOOR - 44), "bend": 1}},
    "legs-flat": {**BK, "farLeg": {"a": (180, 180), "foot": 90}, "nearLeg": {"a": (180, 180), "foot": 90}},
    "legs-lifted": {**BK, "farLeg": {"a": (140, 140), "foot": 50}, "nearLeg": {"a": (140, 140), "foot": 50}},
    "sit-up-start": {**BK, "farArm": {"a": (150, 10)}, "nearArm": {"a": (150, 10)}},
    "sit-up-end": {**BK, "trunk": 78, "head": 70, "farArm": {"a": (190, 10)}, "nearArm": {"a": (185, 15)}},
    "side-lying": {"hip": (100, Y - 2), "trunk": 0, "props": ["mat", "pillow"],
                   "farLeg": {"a": (200, 160), "foot": 250}, "nearLeg": {"a": (180, 180), "foot": 200},
                   "farArm": {"a": (175, 0), "scale": 0.6}, "nearArm": {"a": (265, 200)}},
    "face-down": {"hip": (100, Y), "trunk": 0, "props": ["mat"], "head": -8,
                  "farLeg": {"a": (180, 180), "foot": 270}, "nearLeg": {"a": (180, 180), "foot": 270},
                  "farArm": {"a": (180, 180)}, "nearArm": {"a": (178, 180)}},
    "sphinx-end": {"hip": (96, Y), "trunk": 24, "head": 40, "props": ["mat"],
                   "farLeg": {"a": (180, 180), "foot": 270}, "nearLeg": {"a": (180, 180), "foot": 270},
                   "farArm": {"a": (272, 0)}, "nearArm": {"a": (270, 0)}},
    "sit-tall": {"hip": (80, FLOOR - 7), "trunk": 90, "head": 88, "props": ["mat"],
                 "farLeg": {"a": (0, 0), "foot": 90}, "nearLeg": {"a": (2, 0), "foot": 90},
                 "farArm": {"a": (250, 270)}, "nearArm": {"a": (290, 280)}},
    "twist-end": {"hip": (80, FLOOR - 7), "trunk": 90, "head": 70, "props": ["mat"],
                  "farLeg": {"a": (0, 0), "foot": 90}, "nearLeg": {"a": (50, 280), "foot": 0},
                  "farArm": {"a": (235, 265)}, "nearArm": {"to": (108, FLOOR - 36), "bend": -1}},
    "wall-stand": {"hip": (52, FLOOR - 76), "trunk": 91, "head": 90, "props": ["wall"],
                   "farLeg": {"to": (78, FLOOR - 2), "bend": 1, "foot": 0}, "nearLeg": {"to": (78, FLOOR - 2), "bend": 1, "foot": 0},
                   "farArm": {"a": (268, 272)}, "nearArm": {"a": (270, 275)}},
    "wall-sit-end": {"hip": (50, FLOOR - 64), "trunk": 90, "head": 90, "props": ["wall"],
                     "farLeg": {"to": (78, FLOOR - 2), "bend": 1, "foot": 0}, "nearLeg": {"to": (78, FLOOR - 2), "bend": 1, "foot": 0},
                     "farArm": {"a": (272, 280)}, "nearArm": {"a": (275, 285)}},
    "standing": {"hip": (110, FLOOR - 78), "trunk": 90, "head": 90,
                 "farLeg": {"a": (270, 270), "foot": 0}, "nearLeg": {"a": (271, 270), "foot": 0},
                 "farArm": {"a": (265, 270)}, "nearArm": {"a": (272, 268)}},
    "toe-touch": {"hip": (100, FLOOR - 78), "trunk": 20, "round": 8, "head": -80,
                  "farLeg": {"a": (272, 270), "foot": 0}, "nearLeg": {"a": (270, 270), "foot": 0},
                  "farArm": {"to": (112, FLOOR - 6), "bend": -1}, "nearArm": {"to": (114, FLOOR - 4), "bend": -1}},
    "lift-bent-back": {"hip": (100, FLOOR - 78), "trunk": 10, "round": 9, "head": -70, "props": ["box"],
                       "farLeg": {"a": (272, 270), "foot": 0}, "nearLeg": {"a": (270, 270), "foot": 0},
                       "farArm": {"to": (150, FLOOR - 20), "bend": -1}, "nearArm": {"to": (152, FLOOR - 18), "bend": -1}},
    "lift-squat": {"hip": (108, FLOOR - 40), "trunk": 68, "head": 72, "props": ["box"],
                   "farLeg": {"to": (120, FLOOR - 2), "bend": 1, "foot": 0}, "nearLeg": {"to": (122, FLOOR - 2), "bend": 1, "foot": 0},
                   "farArm": {"to": (150, FLOOR - 16), "bend": -1}, "nearArm": {"to": (152, FLOOR - 14), "bend": -1}},
    "sit-slumped": {"hip": (90, 96), "trunk": 72, "round": -9, "head": 20, "props": ["chair"],
                    "farLeg": {"a": (0, 268), "foot": 0}, "nearLeg": {"a": (2, 270), "foot": 0},
                    "farArm": {"a": (300, 330)}, "nearArm": {"a": (305, 335)}},
    "sit-upright": {"hip": (86, 96), "trunk": 92, "head": 90, "props": ["chair"],
                    "farLeg": {"a": (0, 268), "foot": 0}, "nearLeg": {"a": (2, 270), "foot": 0},
                    "farArm": {"a": (280, 0)}, "nearArm": {"a": (285, 5)}},
})
POSES["towel-start"]["towel"] = [along(along((104, Y), 118, LEG[0]), 270, LEG[1]), (114, FLOOR - 56)]
# The towel runs from the ball of the raised foot to the hands.
_raised = {**BK, "nearLeg": {"a": (100, 100), "foot": 10}, "nearArm": {"to": (112, FLOOR - 70), "bend": 1},
           "farArm": {"to": (114, FLOOR - 68), "bend": 1}}
_foot = along(along((104, Y), 100, LEG[0]), 100, LEG[1])
_raised["towel"] = [_foot, (113, FLOOR - 69)]
POSES["towel-end"] = _raised
POSES["towel-start"]["towel"] = [limb((104, Y), POSES["towel-start"]["nearLeg"], LEG)[-1], (114, FLOOR - 56)]

FILES = {
    "bird-dog-start": ("all-fours", None), "bird-dog-end": ("bird-dog-end", None),
    "cat-cow-cat": ("cat", None), "cat-cow-cow": ("cow", None),
    "childs-pose-start": ("all-fours", None), "childs-pose-end": ("childs-pose-end", None),
    "double-leg-lifts-start": ("legs-flat", None), "double-leg-lifts-end": ("legs-lifted", "no"),
    "full-sit-ups-start": ("sit-up-start", None), "full-sit-ups-end": ("sit-up-end", "no"),
    "hamstring-stretch-start": ("towel-start", None), "hamstring-stretch-end": ("towel-end", None),
    "knee-to-chest-start": ("back-knees-bent", None), "knee-to-chest-end": ("knee-to-chest-end", None),
    "lifting-with-a-bent-back-dont": ("lift-bent-back", "no"), "lifting-with-a-bent-back-do": ("lift-squat", "yes"),
    "lying-lateral-leg-lift-start": ("side-lying", None),
    "partial-crunch-start": ("back-knees-bent", None), "partial-crunch-end": ("crunch-end", None),
    "pelvic-tilt-start": ("back-arched", None), "pelvic-tilt-end": ("back-flat", None),
    "piriformis-stretch-start": ("back-knees-bent", None), "piriformis-stretch-end": ("figure-four", None),
    "seated-spinal-twist-start": ("sit-tall", None), "seated-spinal-twist-end": ("twist-end", None),
    "single-leg-raise-start": ("leg-straight", None), "single-leg-raise-end": ("leg-raised", None),
    "slumped-sitting-dont": ("sit-slumped", "no"), "slumped-sitting-do": ("sit-upright", "yes"),
    "sphinx-start": ("face-down", None), "sphinx-end": ("sphinx-end", None),
    "standing-toe-touches-start": ("standing", None), "standing-toe-touches-end": ("toe-touch", "no"),
    "wall-sit-start": ("wall-stand", None), "wall-sit-end": ("wall-sit-end", None),
}
POSES["side-leg-up"] = {**POSES["side-lying"], "nearLeg": {"a": (155, 155), "foot": 175}}
FILES["lying-lateral-leg-lift-end"] = ("side-leg-up", None)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, (pose, mark) in sorted(FILES.items()):
        with open(os.path.join(OUT, name + ".svg"), "w", encoding="utf-8", newline="\n") as f:
            f.write(svg(POSES[pose], mark))
