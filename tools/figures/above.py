"""A figure lying on the back seen from above, for the movements a side view cannot show."""
import html
import math

from pose import FOOT, FOREARM, HAND, HEAD_R, TORSO, UPPER_ARM, WIDTH
from svg import INK, MOVE, PAPER, VIEW_W, Canvas, fmt, pts


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
    # Arms flat on the mat, a little out from the sides.
    for side in (-1, 1):
        s0 = (shoulder_x + 3, cy + side * 17)
        elbow = (s0[0] + UPPER_ARM * 0.96, cy + side * 24)
        wrist = (elbow[0] + FOREARM * 0.95, cy + side * 30)
        canvas.segments([s0, elbow, wrist, (wrist[0] + HAND, wrist[1] + side)], [WIDTH["upper_arm"], WIDTH["forearm"], WIDTH["hand"]], "currentColor")
    # Torso: broad, level shoulders narrowing to the waist and out to the hips.
    outline = [(shoulder_x - 4, cy - 15), (shoulder_x + 4, cy - 20), (shoulder_x + 14, cy - 19), (hip_x - 14, cy - 13), (hip_x - 2, cy - 15),
               (hip_x + 8, cy - 12), (hip_x + 8, cy + 12), (hip_x - 2, cy + 15), (hip_x - 14, cy + 13), (shoulder_x + 14, cy + 19),
               (shoulder_x + 4, cy + 20), (shoulder_x - 4, cy + 15)]
    d = "M" + " L".join(pts([p]) for p in outline) + "Z"
    items.append(f'<path d="{d}" fill="currentColor" stroke="{PAPER}" stroke-width="2.5" paint-order="stroke" stroke-linejoin="round"/>')
    # A flat pillow under the head.
    items.append(f'<rect x="{fmt(shoulder_x - 24)}" y="{fmt(cy - 15)}" width="20" height="30" rx="5" fill="none" stroke="currentColor" stroke-width="2.5" opacity="0.6"/>')
    items.append(f'<circle cx="{fmt(shoulder_x - 10)}" cy="{fmt(cy)}" r="{fmt(HEAD_R + 0.5)}" fill="currentColor" stroke="{PAPER}" stroke-width="2" paint-order="stroke"/>')
    inner = "\n".join(items)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW_W} {view_h}" width="{VIEW_W}" height="{view_h}" color="{INK}" role="img">\n'
            f"<title>{html.escape(title)}</title>\n"
            f'<g fill="none" stroke-linecap="round" stroke-linejoin="round">\n{inner}\n</g>\n</svg>\n')
