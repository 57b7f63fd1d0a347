"""Points of one drawing, transformed at once, and the local similarity of the operation.

Every coordinate a drawing holds is collected first (x, y in WCS), transformed by one vectorised
call of core.transform.transform_xy, then written back. Sizes and directions (radii, angles,
text heights, block scales) follow the local similarity of the operation at the entity's anchor,
computed numerically from the exact operation (anchor + 1 m east + 1 m north), never from formulas.

The similarity error of a shape grows with the square of its size: every shape carried by a
similarity is sampled (points on the curve, block corners), the samples are transformed exactly,
and the largest gap between the two is the shape's deviation, checked against the tolerance.
"""

import math

import numpy as np

from .. import transform

#: Offset (m) of the two extra points that give the local Jacobian of the operation. The rounding of
#: coordinates ~7e6 m (1e-9 m) makes the rotation exact to ~1e-9 rad, far below any CAD precision.
JACOBIAN_STEP = 1.0

#: Fractions of a bulge arc (or long straight segment) sampled to measure its deviation.
BULGE_FRACTIONS = (0.25, 0.5, 0.75)

#: A straight segment longer than this (m) is sampled too: the exact operation is not linear.
LONG_SEGMENT_M = 100.0


class PointSet:
    """Coordinates to transform, by index; anchors take three consecutive indexes."""

    def __init__(self):
        self.xs = []
        self.ys = []
        # deviation samples of shapes carried by a similarity: (owner, anchor index, sample index)
        self.samples = []
        # bulge arcs and long segments: (owner, start index, end index, bulge in WCS)
        self.segments = []

    def add(self, x, y):
        self.xs.append(float(x))
        self.ys.append(float(y))
        return len(self.xs) - 1

    def anchor(self, x, y):
        """Index of an exact point whose local similarity will be asked for."""
        i = self.add(x, y)
        self.add(x + JACOBIAN_STEP, y)
        self.add(x, y + JACOBIAN_STEP)
        return i

    def sample(self, owner, anchor, points):
        """Points (WCS x, y) of a shape carried by the similarity at `anchor`."""
        for x, y in points:
            self.samples.append((owner, anchor, self.add(x, y)))

    def segment(self, owner, i, j, bulge):
        """A polyline segment between exact points i and j; arcs and long chords get sampled."""
        if bulge or math.hypot(self.xs[j] - self.xs[i], self.ys[j] - self.ys[i]) > LONG_SEGMENT_M:
            self.segments.append((owner, i, j, float(bulge)))

    def __len__(self):
        return len(self.xs)

    def run(self, source, target, datum_shift):
        xs, ys = transform.transform_xy(source, target, self.xs, self.ys, datum_shift)
        return Moved(self, xs, ys)


class Moved:
    """The transformed coordinates of a PointSet, and the similarity at each anchor."""

    def __init__(self, points, xs, ys):
        self.points = points
        self.X = xs
        self.Y = ys
        self._x = xs.tolist()
        self._y = ys.tolist()

    def xy(self, i):
        return self._x[i], self._y[i]

    def sim(self, a):
        """(rotation in radians, scale) of the best similarity fitting the Jacobian at anchor a."""
        x, y = self._x, self._y
        dxe, dye = x[a + 1] - x[a], y[a + 1] - y[a]  # image of 1 m east
        dxn, dyn = x[a + 2] - x[a], y[a + 2] - y[a]  # image of 1 m north
        c = (dxe + dyn) / 2.0
        s = (dye - dxn) / 2.0
        return math.atan2(s, c), math.hypot(c, s) / JACOBIAN_STEP

    def apply_sim(self, a, x, y):
        """Image of WCS point (x, y) by the similarity at anchor a (the shape's own rule)."""
        rot, scale = self.sim(a)
        ax, ay = self.points.xs[a], self.points.ys[a]
        dx, dy = x - ax, y - ay
        cos, sin = math.cos(rot) * scale, math.sin(rot) * scale
        return self._x[a] + cos * dx - sin * dy, self._y[a] + sin * dx + cos * dy

    def deviations(self, source, target, datum_shift):
        """{owner: largest deviation in metres} over every sampled shape."""
        worst = {}
        self._sample_deviations(worst)
        self._segment_deviations(worst, source, target, datum_shift)
        return worst

    def _sample_deviations(self, worst):
        if not self.points.samples:
            return
        owners, anchors, idx = zip(*self.points.samples)
        a = np.asarray(anchors)
        p = np.asarray(idx)
        sx, sy = np.asarray(self.points.xs), np.asarray(self.points.ys)
        X, Y = self.X, self.Y
        c = ((X[a + 1] - X[a]) + (Y[a + 2] - Y[a])) / 2.0 / JACOBIAN_STEP
        s = ((Y[a + 1] - Y[a]) - (X[a + 2] - X[a])) / 2.0 / JACOBIAN_STEP
        dx, dy = sx[p] - sx[a], sy[p] - sy[a]
        px = X[a] + c * dx - s * dy
        py = Y[a] + s * dx + c * dy
        _merge(worst, owners, np.hypot(px - X[p], py - Y[p]))

    def _segment_deviations(self, worst, source, target, datum_shift):
        if not self.points.segments:
            return
        owners, i, j, b = zip(*self.points.segments)
        i, j, b = np.asarray(i), np.asarray(j), np.asarray(b)
        sx, sy = np.asarray(self.points.xs), np.asarray(self.points.ys)
        gap = np.zeros(len(i))
        for t in BULGE_FRACTIONS:
            # the source curve's point, transformed exactly, against the output curve's point
            bx, by = bulge_points(sx[i], sy[i], sx[j], sy[j], b, t)
            ex, ey = transform.transform_xy(source, target, bx, by, datum_shift)
            ox, oy = bulge_points(self.X[i], self.Y[i], self.X[j], self.Y[j], b, t)
            gap = np.maximum(gap, np.hypot(ex - ox, ey - oy))
        _merge(worst, owners, gap)


def _merge(worst, owners, gaps):
    for owner, gap in zip(owners, gaps.tolist()):
        if gap > worst.get(owner, -1.0):
            worst[owner] = gap


def bulge_points(x1, y1, x2, y2, bulge, t):
    """Point at fraction t of the arc from (x1, y1) to (x2, y2) with the given bulge (arrays).

    bulge = tan(included angle / 4), positive counter-clockwise; 0 is the straight segment.
    """
    x1, y1, x2, y2, bulge = (np.asarray(v, dtype=float) for v in (x1, y1, x2, y2, bulge))
    p1 = x1 + 1j * y1
    chord = (x2 - x1) + 1j * (y2 - y1)
    straight = np.abs(bulge) < 1e-12
    safe = np.where(straight, 1.0, bulge)
    centre = p1 + chord / 2.0 + 1j * chord * (1.0 - safe ** 2) / (4.0 * safe)
    angle = 4.0 * np.arctan(safe)
    on_arc = centre + (p1 - centre) * np.exp(1j * angle * t)
    point = np.where(straight, p1 + chord * t, on_arc)
    return point.real, point.imag
