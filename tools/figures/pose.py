"""The pose model: a jointed human outline seen from the side, placed from a base position and joint angles.

Angles are in degrees. `trunk` is the direction from hip to shoulder (0 points right, 90 up); the body's front is
90 degrees clockwise from it. See draw.py for the joint angles a figure sets.
"""
import math

# Proportions of an adult about 132 units tall (head about 1/7.5 of the height).
HEAD_R, NECK, TORSO = 8.8, 5.0, 42.0
UPPER_ARM, FOREARM, HAND = 24.0, 19.0, 8.0
THIGH, SHIN, FOOT, HEEL, ANKLE_H = 34.0, 33.0, 14.0, 4.0, 3.0
WIDTH = {"upper_arm": 8.5, "forearm": 7.0, "hand": 5.5, "thigh": 13.0, "shin": 9.5, "foot": 6.0, "neck": 7.5}
# Half the torso's depth from pelvis (t=0) to shoulders (t=1).
TORSO_HALF = [(0.0, 10.0), (0.35, 8.6), (0.72, 10.5), (1.0, 8.5)]


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
