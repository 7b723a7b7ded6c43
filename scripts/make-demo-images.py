#!/usr/bin/env python3
"""Draw the synthetic greyscale demo images used by the example cases.

Nothing here comes from a patient: every picture is painted from ellipses and
strokes, with a fixed random seed so the output is the same on every run.
The PNG files are written with only the IHDR, IDAT and IEND chunks (no text,
time or colour-profile chunks) and contain no burned-in lettering.

Usage:  python3 scripts/make-demo-images.py
Output: content/images/cxr-right-lower-lobe-consolidation.png
        content/images/ctpa-saddle-embolus.png

Python 3 standard library only.
"""

import math
import os
import random
import struct
import zlib

SIZE = 512


class Canvas:
    """A greyscale picture of floats (0 = black, 255 = white)."""

    def __init__(self, width, height, value=0.0):
        self.w = width
        self.h = height
        self.p = [float(value)] * (width * height)

    def _box(self, cx, cy, rx, ry, pad):
        x0 = max(0, int(cx - rx - pad))
        x1 = min(self.w - 1, int(cx + rx + pad) + 1)
        y0 = max(0, int(cy - ry - pad))
        y1 = min(self.h - 1, int(cy + ry + pad) + 1)
        return x0, x1, y0, y1

    def ellipse(self, cx, cy, rx, ry, value, alpha=1.0, soft=2.0, angle=0.0):
        """Blend a filled ellipse towards `value`; `soft` is the edge width in pixels."""
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        r = max(rx, ry)
        x0, x1, y0, y1 = self._box(cx, cy, r, r, soft)
        scale = min(rx, ry)
        p, w = self.p, self.w
        for y in range(y0, y1 + 1):
            dy = y - cy
            for x in range(x0, x1 + 1):
                dx = x - cx
                u = (dx * ca + dy * sa) / rx
                v = (-dx * sa + dy * ca) / ry
                d = math.sqrt(u * u + v * v)
                edge = (d - 1.0) * scale
                if edge >= soft:
                    continue
                a = alpha if edge <= -soft else alpha * (soft - edge) / (2 * soft)
                i = y * w + x
                p[i] += (value - p[i]) * a

    def stroke(self, points, width, value, alpha=1.0, soft=1.0, step=None):
        """Stamp soft discs along a polyline."""
        step = step or max(0.5, width / 3.0)
        for (xa, ya), (xb, yb) in zip(points, points[1:]):
            n = max(1, int(math.hypot(xb - xa, yb - ya) / step))
            for k in range(n):
                t = k / n
                self._disc(xa + (xb - xa) * t, ya + (yb - ya) * t, width / 2.0, value, alpha, soft)
        xl, yl = points[-1]
        self._disc(xl, yl, width / 2.0, value, alpha, soft)

    def _disc(self, cx, cy, r, value, alpha, soft):
        x0, x1, y0, y1 = self._box(cx, cy, r, r, soft)
        p, w = self.p, self.w
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                edge = math.hypot(x - cx, y - cy) - r
                if edge >= soft:
                    continue
                # stamps overlap, so use the maximum reach rather than compounding
                a = alpha if edge <= -soft else alpha * (soft - edge) / (2 * soft)
                i = y * w + x
                target = p[i] + (value - p[i]) * a
                if (value >= p[i] and target > p[i]) or (value < p[i] and target < p[i]):
                    p[i] = target

    def box_blur(self, radius):
        """Separable box blur, applied twice (close to a Gaussian)."""
        for _ in range(2):
            self.p = self._blur_rows(self.p, self.w, self.h, radius)
            self.p = self._transpose(self._blur_rows(self._transpose(self.p, self.w, self.h), self.h, self.w, radius), self.h, self.w)

    @staticmethod
    def _transpose(p, w, h):
        return [p[y * w + x] for x in range(w) for y in range(h)]

    @staticmethod
    def _blur_rows(p, w, h, r):
        out = [0.0] * (w * h)
        span = 2 * r + 1
        for y in range(h):
            row = p[y * w:(y + 1) * w]
            acc = sum(row[min(max(k, 0), w - 1)] for k in range(-r, r + 1))
            for x in range(w):
                out[y * w + x] = acc / span
                acc += row[min(x + r + 1, w - 1)] - row[max(x - r, 0)]
        return out

    def noise(self, rng, amount):
        self.p = [v + rng.gauss(0.0, amount) for v in self.p]

    def to_bytes(self):
        return bytes(max(0, min(255, int(round(v)))) for v in self.p)


def bezier(p0, p1, p2, n=30):
    """Points along a quadratic Bezier curve."""
    return [((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
             (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1])
            for t in (k / n for k in range(n + 1))]


def branch(rng, canvas, x, y, angle, length, width, value, alpha, depth):
    """Draw a branching tree (vessels or air bronchograms)."""
    if depth == 0 or length < 6:
        return
    x2 = x + length * math.cos(angle)
    y2 = y + length * math.sin(angle)
    canvas.stroke([(x, y), (x2, y2)], width, value, alpha, soft=0.8)
    for turn in (-0.45, 0.4):
        branch(rng, canvas, x2, y2, angle + turn + rng.uniform(-0.15, 0.15), length * rng.uniform(0.6, 0.75),
               max(0.8, width * 0.7), value, alpha, depth - 1)


def chest_radiograph(rng):
    """Frontal chest radiograph: right lower lobe consolidation (patient's right on the viewer's left)."""
    c = Canvas(SIZE, SIZE, 8)
    # soft tissues of neck, shoulders and trunk
    c.ellipse(256, 60, 48, 90, 118, soft=6)
    c.ellipse(256, 330, 250, 250, 122, soft=10)
    c.ellipse(40, 150, 70, 60, 118, soft=8)
    c.ellipse(472, 150, 70, 60, 118, soft=8)
    # lungs
    c.ellipse(168, 250, 96, 178, 42, soft=6, angle=-4)
    c.ellipse(346, 250, 90, 172, 44, soft=6, angle=4)
    # hemidiaphragms and upper abdomen
    c.ellipse(170, 478, 130, 92, 124, soft=4)
    c.ellipse(350, 490, 122, 92, 124, soft=4)
    c.ellipse(360, 445, 26, 14, 50, alpha=0.8, soft=5)  # gastric air bubble
    # spine, mediastinum and heart
    c.ellipse(256, 300, 24, 240, 150, alpha=0.35, soft=4)
    c.ellipse(258, 190, 38, 120, 150, soft=5)
    c.ellipse(284, 376, 84, 62, 165, soft=4, angle=-14)
    c.ellipse(300, 160, 22, 26, 165, soft=4)  # aortic knuckle
    c.ellipse(256, 100, 9, 80, 70, alpha=0.8, soft=3)  # tracheal air column
    c.stroke([(256, 175), (232, 215)], 12, 70, 0.7, soft=3)
    c.stroke([(256, 175), (282, 212)], 11, 70, 0.7, soft=3)
    # hilar and peripheral vessels
    for side, hx in ((-1, 210), (1, 302)):
        c.ellipse(hx, 235, 16, 26, 110, alpha=0.6, soft=4)
        for angle in (-1.9, -1.2, -0.4, 0.4, 1.1) if side > 0 else (-1.25, -1.9, -2.7, 2.7, 2.0):
            branch(rng, c, hx, 235, angle + rng.uniform(-0.2, 0.2), 30, 3.0, 80, 0.3, 4)
    # consolidation in the right lower zone, lateral to the preserved right heart border
    for _ in range(110):
        x = rng.gauss(140, 30)
        y = rng.gauss(392, 26)
        if x > 194 or y < 320:
            continue
        c.ellipse(x, y, rng.uniform(10, 22), rng.uniform(8, 18), 168, alpha=0.34, soft=6)
    for start, angle in (((188, 340), 2.2), ((180, 360), 1.9), ((170, 350), 2.5)):
        branch(rng, c, start[0], start[1], angle, 24, 3.0, 70, 0.55, 3)
    # ribs (posterior arcs) and clavicles
    for k in range(9):
        y = 104 + k * 38
        for side in (-1, 1):
            c.stroke(bezier((256 + side * 14, y), (256 + side * 110, y - 34), (256 + side * 190, y + 62)),
                     9, 200, 0.17, soft=2)
    c.stroke([(238, 122), (180, 112), (110, 104), (58, 86)], 13, 205, 0.45, soft=3)
    c.stroke([(274, 122), (332, 112), (402, 104), (454, 86)], 13, 205, 0.45, soft=3)
    c.box_blur(1)
    c.noise(rng, 2.2)
    return c


def ct_pulmonary_angiogram(rng):
    """Axial CT pulmonary angiogram at the bifurcation of the pulmonary trunk: saddle embolus."""
    c = Canvas(SIZE, SIZE, 0)
    c.ellipse(256, 262, 238, 172, 72, soft=3)    # subcutaneous fat
    c.ellipse(256, 262, 224, 160, 104, soft=3)   # muscle and mediastinum
    c.ellipse(146, 262, 92, 126, 14, soft=3, angle=8)
    c.ellipse(366, 262, 90, 124, 14, soft=3, angle=-8)
    c.ellipse(256, 150, 44, 70, 92, soft=4)      # anterior mediastinum
    # lung vessels seen end-on
    for _ in range(46):
        side = rng.choice((146, 366))
        x = side + rng.uniform(-70, 70)
        y = 262 + rng.uniform(-100, 100)
        if ((x - side) / 80) ** 2 + ((y - 262) / 112) ** 2 < 1:
            c.ellipse(x, y, rng.uniform(1.5, 3.5), rng.uniform(1.5, 3.5), 95, alpha=0.8, soft=1)
    # bones
    c.ellipse(256, 104, 22, 9, 225, soft=2)
    c.ellipse(256, 392, 32, 30, 220, soft=2)
    c.ellipse(256, 392, 20, 18, 190, soft=2)
    c.ellipse(256, 434, 10, 9, 40, soft=2)
    c.stroke([(238, 418), (226, 446)], 10, 215, soft=1.5)
    c.stroke([(274, 418), (286, 446)], 10, 215, soft=1.5)
    for angle in list(range(150, 212, 15)) + list(range(-30, 32, 15)) + [240, 300]:
        x = 256 + 229 * math.cos(math.radians(angle))
        y = 262 + 165 * math.sin(math.radians(angle))
        c.ellipse(x, y, 9, 6, 220, soft=1.5, angle=angle + 90)
    # airways
    c.ellipse(232, 276, 11, 11, 10, soft=1.5)
    c.ellipse(284, 278, 10, 10, 10, soft=1.5)
    c.ellipse(264, 318, 8, 8, 70, soft=1.5)      # oesophagus
    # vessels: contrast timed for the pulmonary arteries
    c.ellipse(180, 204, 15, 15, 160, soft=1.5)   # superior vena cava
    c.ellipse(222, 210, 29, 29, 175, soft=1.5)   # ascending aorta
    c.ellipse(300, 352, 22, 22, 172, soft=1.5)   # descending aorta
    c.ellipse(292, 180, 31, 31, 238, soft=1.5)   # pulmonary trunk
    c.stroke([(286, 200), (250, 244), (205, 258), (170, 262)], 24, 238, soft=1.5)  # right pulmonary artery
    c.stroke([(300, 200), (326, 236), (350, 262)], 22, 238, soft=1.5)             # left pulmonary artery
    # saddle embolus straddling the bifurcation, extending into both main branches
    c.stroke([(246, 244), (276, 222), (304, 220), (330, 242)], 10, 68, soft=1.5)
    c.stroke([(206, 256), (186, 260)], 7, 68, soft=1.5)
    c.box_blur(1)
    c.noise(rng, 3.0)
    return c


def png_bytes(canvas):
    """Encode an 8-bit greyscale PNG with only IHDR, IDAT and IEND chunks."""
    w, h = canvas.w, canvas.h
    pixels = canvas.to_bytes()
    raw = bytearray()
    previous = bytes(w)
    for y in range(h):
        row = pixels[y * w:(y + 1) * w]
        sub = bytes((row[x] - (row[x - 1] if x else 0)) & 0xFF for x in range(w))
        up = bytes((row[x] - previous[x]) & 0xFF for x in range(w))
        candidates = [(0, row), (1, sub), (2, up)]
        kind, data = min(candidates, key=lambda c: sum(b if b < 128 else 256 - b for b in c[1]))
        raw.append(kind)
        raw.extend(data)
        previous = row

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = os.path.join(root, "content", "images")
    os.makedirs(out_dir, exist_ok=True)
    jobs = [
        ("cxr-right-lower-lobe-consolidation.png", chest_radiograph, 4201),
        ("ctpa-saddle-embolus.png", ct_pulmonary_angiogram, 4202),
    ]
    for name, draw, seed in jobs:
        data = png_bytes(draw(random.Random(seed)))
        path = os.path.join(out_dir, name)
        with open(path, "wb") as handle:
            handle.write(data)
        print("wrote %s (%d bytes)" % (os.path.relpath(path, root), len(data)))


if __name__ == "__main__":
    main()
