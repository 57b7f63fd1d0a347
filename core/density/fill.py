"""Proposals at the scale of a country (`fill`): a pattern of new marks over the gaps, thinned on a
raster, for problems too large for the lattice greedy (hundreds of thousands of new marks).

The lattice greedy spends a little Python work on every new mark and a lattice of r/8 over every
gap: fine for a département, not for 300 000 km² of gaps. Here, with every step a numpy operation
over many marks at once:

1. a raster of step r/8 over the territory counts, at each pixel centre, the benchmarks within r
   (exact distances, marks processed by chunks);
2. the pattern: two triangular lattices of side 0.98·r√3 (each alone covers the plane once, so
   together twice), the second shifted onto the deep holes of the first (a honeycomb of side ≈ r);
   its nodes inside the territory, within r of a gap pixel and not closer than min_spacing to a
   benchmark are the first proposals (pattern marks are about r apart from each other);
3. thinning: the pattern nodes fall into classes whose members are more than 2r apart (their
   discs are disjoint, so their removals do not interact); class after class, every mark whose
   removal uncovers no pixel is dropped, then, while an area keeps the goal by a margin on the
   raster, the marks that uncover least (by rising thresholds).

The exact study then decides; propose() resumes with the lattice greedy where an area is still
short. Memory: the raster (about 12 bytes a pixel) and the pattern; the work is linear in both.
"""

import math

import numpy as np
import shapely

from .neighbours import pairs_within

#: Raster step: r / this.
FILL_PIXELS_PER_RADIUS = 8
#: Side of the pattern's triangular lattices, in r√3 (below 1 so that their deep holes are covered).
PATTERN_SIDE = 0.98
#: Margin kept on the raster estimate of every area (fraction of its area) when thinning with loss.
RASTER_MARGIN = 0.001
#: Marks per numpy chunk.
CHUNK = 5000


def fill_bytes(bounds, radius):
    """Estimated memory of `fill` over those bounds (x0, y0, x1, y1)."""
    h = radius / FILL_PIXELS_PER_RADIUS
    nx = (bounds[2] - bounds[0]) / h + 4 * FILL_PIXELS_PER_RADIUS
    ny = (bounds[3] - bounds[1]) / h + 4 * FILL_PIXELS_PER_RADIUS
    return nx * ny * 12


class _Raster:
    def __init__(self, bounds, radius):
        h = self.h = radius / FILL_PIXELS_PER_RADIUS
        pad = 2 * FILL_PIXELS_PER_RADIUS
        self.i0 = int(math.floor(bounds[1] / h)) - pad
        self.j0 = int(math.floor(bounds[0] / h)) - pad
        self.ny = int(math.ceil(bounds[3] / h)) + pad - self.i0 + 1
        self.nx = int(math.ceil(bounds[2] / h)) + pad - self.j0 + 1
        k = FILL_PIXELS_PER_RADIUS + 1
        self.d = np.arange(-k, k + 1)  # the stencil: rows and columns ci + d, cj + d
        self.r = radius

    def areas(self, geoms, check_cancel):
        """Area index of every pixel centre (−1 outside every area; the first area on overlaps),
        by scanlines: each row's line cut by the area gives the spans of pixels inside."""
        out = np.full((self.ny, self.nx), -1, dtype=np.int32)
        h = self.h
        x_lo, x_hi = (self.j0 - 1) * h, (self.j0 + self.nx + 1) * h
        for k, g in enumerate(geoms):
            check_cancel()
            b = g.bounds
            rows = np.arange(max(0, int(math.floor(b[1] / h)) - self.i0),
                             min(self.ny, int(math.ceil(b[3] / h)) - self.i0 + 1))
            if not len(rows):
                continue
            ys = (rows + self.i0) * h + h / 2
            lines = shapely.linestrings(np.stack([np.column_stack([np.full(len(ys), x_lo), ys]),
                                                  np.column_stack([np.full(len(ys), x_hi), ys])], axis=1))
            parts, which = shapely.get_parts(shapely.intersection(lines, g), return_index=True)
            if not len(parts):
                continue
            xb = shapely.bounds(parts)
            fin = np.isfinite(xb[:, 0])
            parts, which, xb = parts[fin], which[fin], xb[fin]
            j_a = np.ceil((xb[:, 0] - h / 2) / h).astype(np.int64) - self.j0
            j_b = np.floor((xb[:, 2] - h / 2) / h).astype(np.int64) - self.j0
            ok = j_b >= j_a
            row = rows[which[ok]] - rows[0]
            j_a, j_b = np.clip(j_a[ok], 0, self.nx), np.clip(j_b[ok] + 1, 0, self.nx)
            c0, c1 = int(j_a.min()) if len(j_a) else 0, int(j_b.max()) if len(j_b) else 0
            if c1 <= c0:
                continue
            # spans as +1 / −1 steps, summed along each row
            step = np.zeros((len(rows), c1 - c0 + 1), dtype=np.int32)
            np.add.at(step, (row, j_a - c0), 1)
            np.add.at(step, (row, j_b - c0), -1)
            inside = np.cumsum(step, axis=1)[:, :-1] > 0
            win = out[rows[0]:rows[-1] + 1, c0:c1]
            win[inside & (win < 0)] = k
        return out

    def _disc_pixels(self, xy):
        """(mark index, flat pixel index) of the pixel centres strictly within r of each mark, by
        mark then row then column. Squared offsets per row and per column of the stencil, summed
        by broadcasting: the same floats as pixel by pixel, with 19 × 19 times fewer products."""
        h, r2, d = self.h, self.r * self.r, self.d
        ci = np.floor(xy[:, 1] / h).astype(np.int64) - self.i0
        cj = np.floor(xy[:, 0] / h).astype(np.int64) - self.j0
        ii = ci[:, None] + d[None, :]
        jj = cj[:, None] + d[None, :]
        px = (jj + self.j0) * h + h / 2
        py = (ii + self.i0) * h + h / 2
        dx2 = (px - xy[:, 0, None]) ** 2
        dy2 = (py - xy[:, 1, None]) ** 2
        dx2[(jj < 0) | (jj >= self.nx)] = np.inf  # off the raster
        dy2[(ii < 0) | (ii >= self.ny)] = np.inf
        m, a, b = np.nonzero(dy2[:, :, None] + dx2[:, None, :] < r2)
        return m, ii[m, a] * self.nx + jj[m, b]

    def add(self, count, xy, sign, check_cancel):
        """count += sign at the pixels within r of each mark. The marks go by rising y so that a
        chunk's pixels span a few rows: one bincount over that window (np.add.at is much slower)."""
        flat = count.reshape(-1)
        order = np.argsort(xy[:, 1], kind="stable")
        for lo in range(0, len(xy), CHUNK):
            check_cancel()
            _, pix = self._disc_pixels(xy[order[lo:lo + CHUNK]])
            if not len(pix):
                continue
            p0 = int(pix.min())
            hits = np.bincount(pix - p0)
            flat[p0:p0 + len(hits)] += (hits * sign).astype(flat.dtype)


def _pattern(territory_bounds, radius):
    """Nodes of the two triangular lattices over the bounds (aligned on multiples of their steps)."""
    a = PATTERN_SIDE * radius * math.sqrt(3.0)
    dy = a * math.sqrt(3.0) / 2.0
    x0, y0, x1, y1 = territory_bounds
    out = []
    for shift_x, shift_y in ((0.0, 0.0), (a / 2.0, dy / 3.0)):
        rows = np.arange(int(math.floor((y0 - radius) / dy)), int(math.ceil((y1 + radius) / dy)) + 1)
        cols = np.arange(int(math.floor((x0 - radius) / a)) - 1, int(math.ceil((x1 + radius) / a)) + 1)
        ri, cj = np.meshgrid(rows, cols, indexing="ij")
        x = cj * a + (ri % 2) * a / 2.0 + shift_x
        y = ri * dy + shift_y
        # classes: the node's row and column modulo 2 (same class: at least 2a > 2r apart)
        cls = (ri % 2) * 2 + (np.floor_divide(cj, 1) % 2) + (4 if shift_x else 0)
        out.append(np.column_stack([x.ravel(), y.ravel(), cls.ravel()]))
    pts = np.vstack(out)
    return np.round(pts[:, :2], 3), pts[:, 2].astype(np.int64)


def _within_room(mark_of, area_of, loss_px, limit, room, n_area, px):
    """Marks (of one class: disjoint discs) dropped with some loss: those whose loss (pixels)
    lies in one area and is at most `limit`, least loss first, while that area keeps its room
    (updated)."""
    n = len(loss_px)
    lo_a = np.full(n, n_area, dtype=np.int64)
    hi_a = np.full(n, -1, dtype=np.int64)
    if len(mark_of):  # mark_of is sorted (np.nonzero's order): one segment per mark
        starts = np.r_[0, np.flatnonzero(np.diff(mark_of)) + 1]
        lo_a[mark_of[starts]] = np.minimum.reduceat(area_of, starts)
        hi_a[mark_of[starts]] = np.maximum.reduceat(area_of, starts)
    cand = np.flatnonzero((loss_px > 0) & (loss_px <= limit) & (lo_a == hi_a))
    go = np.zeros(n, dtype=bool)
    if not len(cand):
        return go
    a = lo_a[cand]
    order = np.lexsort((cand, loss_px[cand], a))
    cand, a = cand[order], a[order]
    loss = loss_px[cand] * px
    cs = np.cumsum(loss)
    start = np.r_[0, np.flatnonzero(np.diff(a)) + 1]
    base = np.repeat(cs[start] - loss[start], np.diff(np.r_[start, len(cand)]))
    ok = cs - base <= room[a]  # losses are positive and rising: a prefix of each area
    go[cand[ok]] = True
    np.subtract.at(room, a[ok], loss[ok])
    return go


def fill(job, result, existing):
    """Pattern marks over the gaps, thinned: [(x, y, gap index (−1), area index)]."""
    check = job.check_cancel
    rows = result.rows
    geoms = [row.geometry for row in rows]
    bounds = shapely.total_bounds(np.array(geoms, dtype=object))
    ras = _Raster(bounds, job.radius)
    area_of = ras.areas(geoms, check)
    count = np.zeros((ras.ny, ras.nx), dtype=np.int16)
    ras.add(count, existing, 1, check)
    m = job.min_count
    inside = area_of >= 0
    n_area = len(rows)
    px = ras.h * ras.h
    # exact covered area before, and the raster's view of the gap pixels
    covered_est = np.array([row.covered_area for row in rows], dtype=float)
    gap = inside & (count < m)
    was_gap = gap.copy()
    pts, cls = _pattern(bounds, job.radius)
    ok = shapely.contains_xy(job.territory, pts[:, 0], pts[:, 1]) if job.territory is not None else \
        np.ones(len(pts), dtype=bool)
    pts, cls = pts[ok], cls[ok]
    if job.spacing > 0 and len(existing) and len(pts):  # no new mark next to a benchmark
        near, _ = pairs_within(pts, existing, job.spacing)
        ok = np.ones(len(pts), dtype=bool)
        ok[near] = False
        pts, cls = pts[ok], cls[ok]
    # keep the nodes within r of a gap pixel
    keep = np.zeros(len(pts), dtype=bool)
    gflat = gap.reshape(-1)
    for lo in range(0, len(pts), CHUNK):
        check()
        part = pts[lo:lo + CHUNK]
        mi, pix = ras._disc_pixels(part)
        keep[lo:lo + len(part)] = np.bincount(mi[gflat[pix]], minlength=len(part)) > 0
    pts, cls = pts[keep], cls[keep]
    ras.add(count, pts, 1, check)
    flat, aflat = count.reshape(-1), area_of.reshape(-1)
    wflat = was_gap.reshape(-1)
    # the raster's estimate of every area's covered ground with the pattern
    now = wflat & (flat >= m)
    covered_est = covered_est + np.bincount(aflat[now], minlength=n_area) * px
    goal = np.array([job.goal * row.area for row in rows])
    room = covered_est - goal - RASTER_MARGIN * np.array([row.area for row in rows])
    alive = np.ones(len(pts), dtype=bool)
    # thresholds: lossless first, then up to 30 % of a disc lost per mark
    disc_px = math.pi * FILL_PIXELS_PER_RADIUS ** 2
    limits = (0.0, 0.05, 0.15, 0.3)
    # losses only grow (counts only fall): a mark past the last limit is kept for good and its
    # disc is not scanned again (the chunks stay the same, so do the choices)
    kept_for_good = np.zeros(len(pts), dtype=bool)
    for limit in limits:
        for c in range(8):
            check()
            idx = np.flatnonzero(alive & (cls == c))
            if not len(idx):
                continue
            for lo in range(0, len(idx), CHUNK):
                part = idx[lo:lo + CHUNK]
                part = part[~kept_for_good[part]]
                if not len(part):
                    continue
                mi, pix = ras._disc_pixels(pts[part])
                ap = aflat[pix]
                drop = (flat[pix] == m) & (ap >= 0)
                loss_px = np.bincount(mi, weights=drop, minlength=len(part))
                kept_for_good[part[loss_px > limits[-1] * disc_px]] = True
                if limit == 0.0:
                    go = loss_px == 0
                else:
                    go = _within_room(mi[drop], ap[drop], loss_px, limit * disc_px, room, n_area, px)
                if not go.any():
                    continue
                gone = part[go]
                alive[gone] = False
                # one class: disjoint discs, so no pixel twice (plain indexing is exact)
                flat[pix[go[mi]]] -= 1
    pts = pts[alive]
    ai = area_of[np.clip(np.floor(pts[:, 1] / ras.h).astype(np.int64) - ras.i0, 0, ras.ny - 1),
                 np.clip(np.floor(pts[:, 0] / ras.h).astype(np.int64) - ras.j0, 0, ras.nx - 1)]
    return [(float(x), float(y), -1, int(max(a, 0))) for (x, y), a in zip(pts.tolist(), ai.tolist())]
