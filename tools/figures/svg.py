"""Writes a posed body as SVG line art: filled limbs in currentColor, the moving part in a second tone, props and marks."""
import html
import math

from pose import HEAD_R, NECK, WIDTH, Body, along, angle_of, half_width

VIEW_W, VIEW_H, MARGIN, MAT = 240, 160, 10.0, 3.0
INK, PAPER, MOVE, FAR = "#1f2a30", "#ffffff", "#0e7c86", 0.42
NO, YES = "#b42318", "#2f7d32"

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
    # A nose shows which way the face looks: down in face-down positions, up when lying on the back. A face turned
    # toward the viewer (`face = "toward"`, as in a twist) shows none.
    if body.pose.get("face") == "toward":
        return
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
