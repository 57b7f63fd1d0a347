"""Local search on the proposals, every move accepted by the exact study.

The lattice problems (greedy, integer programming) see the gaps through samples r/8 apart, so
their answers are a few tenths of a percent off in the exact study: a few marks too many, or a
little short. Here the marks are moved and dropped one at a time:

* shift moves (while an area is short): a mark moves to a node of a grid of r/8 within r/2 of it
  when that brings the short areas closer to the goal;
* removal moves (once every area holds): a mark is dropped when the areas keep the goal, or when
  one of its neighbours (closer than 2r), moved as above, makes up for it. Marks are tried from
  the one whose removal loses least ground.

Moves are screened on a fine raster of the window around them (pixels of r/PIXELS_PER_RADIUS,
centres aligned on multiples of the pixel: integer counts, so sub-millimetre input changes give
the same choices; ties go to the first in a fixed order), then accepted only when the exact study
of the areas within r of the marks moved agrees. Bounded: at most PASSES sweeps over at most
LOCAL_SEARCH_UP_TO proposals; `check_cancel` is called for every mark tried.
"""

import numpy as np
import shapely

#: Raster pixel of the screening: r / this.
PIXELS_PER_RADIUS = 40
#: Proposals above which the local search is not run: its cost grows faster than their number (a 12 km square
#: with 129 proposals took 20 s for no mark saved, 58 proposals 7.5 s); the sets it pays on hold a few dozen.
LOCAL_SEARCH_UP_TO = 60
#: Sweeps over the marks at most (shift sweeps while short; removal rounds).
PASSES = 8
#: Exact checks per mark tried in repair (the best screened moves first).
EXACT_TRIES = 3
#: Neighbours shifted at most to make up for a mark removed.
CHAIN = 4


def _offsets(r):
    """Shift vectors: the nodes of a grid of r/8 within r/2 of the origin and those of a grid of
    r/16 within r/8 (fine tuning), nearest first."""
    k = np.arange(-8, 9)
    dx, dy = np.meshgrid(k, k)
    d = np.column_stack([dx.ravel(), dy.ravel()])
    n2 = (d ** 2).sum(axis=1)
    d = d[(n2 > 0) & (((n2 <= 64) & (d[:, 0] % 2 == 0) & (d[:, 1] % 2 == 0)) | (n2 <= 4))]
    order = np.lexsort((d[:, 0], d[:, 1], (d ** 2).sum(axis=1)))
    return d[order] * (r / 16.0)


class Search:
    """Local search state: the proposals (x, y, gap, area) and the exact study of the areas with them.

    job: the proposals' _Job (radius, min_count, goal, spacing, territory, check_cancel).
    rerun(points, only): the exact study of the areas `only` with the benchmarks + these proposals
    (rows for every area, the others taken from the current study).
    """

    def __init__(self, job, rows, existing, chosen, current, rerun):
        self.job, self.rerun = job, rerun
        self.r, self.m = job.radius, job.min_count
        self.h = job.radius / PIXELS_PER_RADIUS
        self.rows = rows
        self.goal = np.array([job.goal * row.area for row in rows])
        self.geoms = np.array([row.geometry for row in rows], dtype=object)
        shapely.prepare(self.geoms)
        self.tree = shapely.STRtree(self.geoms)
        self.existing = np.asarray(existing, dtype=float).reshape(-1, 2)
        self.chosen = list(chosen)
        self.current = current
        self.offsets = _offsets(self.r)

    # -- state -------------------------------------------------------------------------------

    def covered(self):
        return np.array([row.covered_area for row in self.current.rows])

    def marks(self, skip=()):
        pts = [c[:2] for k, c in enumerate(self.chosen) if k not in skip]
        return np.vstack([self.existing, np.array(pts, dtype=float).reshape(-1, 2)])

    def short(self):
        return bool(np.any(self.covered() < self.goal - 1e-6))

    # -- raster window -----------------------------------------------------------------------

    def window(self, center, half):
        """Pixels of the areas within `half` of center (box): (xy, area index, count of marks
        within r)."""
        h = self.h
        cx, cy = center
        i = np.arange(int(np.floor((cx - half) / h)), int(np.ceil((cx + half) / h)) + 1)
        j = np.arange(int(np.floor((cy - half) / h)), int(np.ceil((cy + half) / h)) + 1)
        gx, gy = np.meshgrid(i * h + h / 2, j * h + h / 2)
        xy = np.column_stack([gx.ravel(), gy.ravel()])
        area = np.full(len(xy), -1, dtype=np.int64)
        box = shapely.box(cx - half, cy - half, cx + half, cy + half)
        for k in sorted(int(k) for k in self.tree.query(box)):
            if shapely.contains(self.geoms[k], box):  # the usual case: the window inside one area
                area[area < 0] = k
                break
            todo = np.flatnonzero(area < 0)
            inside = shapely.contains_xy(self.geoms[k], xy[todo, 0], xy[todo, 1])
            area[todo[inside]] = k
        keep = area >= 0
        xy, area = xy[keep], area[keep]
        marks = self.marks()
        pad = half + self.r
        near = marks[(np.abs(marks[:, 0] - cx) < pad) & (np.abs(marks[:, 1] - cy) < pad)]
        count = np.zeros(len(xy), dtype=np.int64)
        r2 = self.r * self.r
        for p in near:
            count += ((xy[:, 0] - p[0]) ** 2 + (xy[:, 1] - p[1]) ** 2) < r2
        return xy, area, count

    def _disc(self, xy, p):
        return ((xy[:, 0] - p[0]) ** 2 + (xy[:, 1] - p[1]) ** 2) < self.r * self.r

    def _deltas(self, xy, area, count, positions):
        """Covered area change per area (rows: one per position, columns: areas) when a mark is
        added at each position, given the counts `count` of those pixels."""
        r2 = self.r * self.r
        one = count == self.m - 1  # only those pixels become covered
        xy, area = xy[one], area[one]
        gained = ((xy[None, :, 0] - positions[:, 0, None]) ** 2 + (xy[None, :, 1] - positions[:, 1, None]) ** 2) < r2
        out = np.zeros((len(positions), len(self.rows)))
        for k in np.unique(area).tolist():
            out[:, k] = gained[:, area == k].sum(axis=1)
        return out * self.h * self.h

    def _allowed(self, positions, others):
        """Positions inside the territory and not closer than min_spacing to the `others` marks."""
        ok = np.ones(len(positions), dtype=bool)
        terr = self.job.territory
        if terr is not None:
            ok &= shapely.contains_xy(terr, positions[:, 0], positions[:, 1])
        sp = self.job.spacing
        if sp > 0:
            c = positions.mean(axis=0)
            for p in others[(np.abs(others[:, 0] - c[0]) < self.r + sp) & (np.abs(others[:, 1] - c[1]) < self.r + sp)]:
                ok &= ((positions[:, 0] - p[0]) ** 2 + (positions[:, 1] - p[1]) ** 2) >= sp * sp
        return ok

    # -- exact acceptance --------------------------------------------------------------------

    def _try(self, chosen, moved, accept):
        """Exact study of the areas within r of the `moved` points with `chosen`; keeps it when
        accept(old covered, new covered, areas) says so."""
        pts = shapely.points(np.asarray(moved, dtype=float).reshape(-1, 2))
        near = sorted({int(k) for k in self.tree.query(pts, predicate="dwithin", distance=self.r)[1]})
        if not near:
            self.chosen = chosen
            return True
        again = self.rerun(np.array([c[:2] for c in chosen], dtype=float).reshape(-1, 2), near, self.current)
        old, new = self.covered(), np.array([row.covered_area for row in again.rows])
        if accept(old, new, near):
            self.chosen, self.current = chosen, again
            return True
        return False

    # -- moves -------------------------------------------------------------------------------

    def _shifts(self, q, xy, area, count, others):
        """(positions, per-area change) for moving the mark at q to each allowed shift, given the
        pixel counts with q; `others`: the marks that must stay min_spacing away."""
        q = np.asarray(q, dtype=float)
        pos = np.round(q[None, :] + self.offsets, 3)
        pos = pos[self._allowed(pos, others)]
        if not len(pos):
            return pos, np.zeros((0, len(self.rows)))
        sel = (np.abs(xy[:, 0] - q[0]) < 1.5 * self.r) & (np.abs(xy[:, 1] - q[1]) < 1.5 * self.r)
        xy, area, count = xy[sel], area[sel], count[sel]
        sub = self._disc(xy, q)
        lost = np.zeros(len(self.rows))
        np.add.at(lost, area[sub & (count == self.m)], self.h * self.h)
        return pos, self._deltas(xy, area, count - sub, pos) - lost[None, :]

    def repair(self):
        """Shift moves while some area is short: each mark (in order) moves to the shift that
        brings the short areas closest to their goal. Returns True when an area moved closer."""
        moved_any = False
        for k in range(len(self.chosen)):
            if not self.short():
                break
            self.job.check_cancel()
            q = self.chosen[k][:2]
            xy, area, count = self.window(q, 2.5 * self.r)
            pos, delta = self._shifts(q, xy, area, count, self.marks({k}))
            if not len(pos):
                continue
            cov = self.covered()
            gain = np.minimum(cov[None, :] + delta, self.goal[None, :]).sum(axis=1) - np.minimum(cov, self.goal).sum()
            for c in np.argsort(-gain, kind="stable")[:EXACT_TRIES].tolist():
                if gain[c] <= self.h * self.h:
                    break
                trial = list(self.chosen)
                trial[k] = (float(pos[c, 0]), float(pos[c, 1])) + tuple(self.chosen[k][2:])

                def closer(old, new, near):
                    return (np.minimum(new, self.goal).sum() > np.minimum(old, self.goal).sum() + 1e-6
                            and all(new[i] >= min(old[i], self.goal[i]) - 1e-6 for i in near))
                if self._try(trial, [q, pos[c]], closer):
                    moved_any = True
                    break
        return moved_any

    def _order(self):
        """Marks by the ground their removal loses (raster), least first; ties by position."""
        keys = []
        for k, c in enumerate(self.chosen):
            xy, area, count = self.window(c[:2], self.r)
            gone = self._disc(xy, c[:2]) & (count == self.m)
            keys.append((int(gone.sum()), round(c[0], 3), round(c[1], 3), k))
        return [k for *_, k in sorted(keys)]

    def remove_one(self):
        """One removal move (alone, or with neighbours shifted). Returns True when a mark went."""
        floor = np.minimum(self.goal, self.covered()) - 1e-6

        def holds(old, new, near):
            return all(new[i] >= floor[i] for i in near)
        for k in self._order():
            self.job.check_cancel()
            p = self.chosen[k][:2]
            trial = self.chosen[:k] + self.chosen[k + 1:]
            xy, area, count = self.window(p, 3.5 * self.r)
            cov = self.covered()
            sub = self._disc(xy, p)
            lost = np.zeros(len(self.rows))
            np.add.at(lost, area[sub & (count == self.m)], self.h * self.h)
            if np.all(cov - lost >= floor) and self._try(trial, [p], holds):
                return True
            if self._make_up(k, xy, area, count - sub, cov - lost, floor, holds):
                return True
        return False

    def _make_up(self, k, xy, area, count, cov, floor, holds):
        """Mark k removed (pixel counts `count`, covered estimate `cov`): up to CHAIN shifts of the
        proposals closer than 2r to it, each the one that brings the areas closest to their floor,
        until the raster says they hold; then the exact check."""
        p = self.chosen[k][:2]
        pts = {j: tuple(c[:2]) for j, c in enumerate(self.chosen)
               if j != k and (c[0] - p[0]) ** 2 + (c[1] - p[1]) ** 2 < 4 * self.r * self.r}
        if not pts:
            return False
        moved = {}
        for _ in range(CHAIN):
            best = None
            for j in sorted(pts):
                q = moved.get(j, pts[j])
                others = np.vstack([self.marks({k, j} | set(moved))]
                                   + [np.array([moved[i]]) for i in sorted(moved) if i != j])
                pos, delta = self._shifts(q, xy, area, count, others)
                if not len(pos):
                    continue
                score = np.minimum(cov[None, :] + delta, floor[None, :]).sum(axis=1)
                o = int(np.argmax(score))
                if best is None or score[o] > best[0] + 1e-9:
                    best = (float(score[o]), j, pos[o], delta[o])
            if best is None or best[0] <= np.minimum(cov, floor).sum() + self.h * self.h:
                return False
            _, j, q_new, d = best
            q_old = moved.get(j, pts[j])
            count = count - self._disc(xy, q_old) + self._disc(xy, q_new)
            cov = cov + d
            moved[j] = (float(q_new[0]), float(q_new[1]))
            if np.all(cov >= floor):
                trial = list(self.chosen)
                for i, q in moved.items():
                    trial[i] = q + tuple(trial[i][2:])
                trial = trial[:k] + trial[k + 1:]
                return self._try(trial, [p] + [pts[i] for i in moved] + list(moved.values()), holds)
        return False

    def run(self, removals=True):
        for _ in range(PASSES):
            if self.short():
                if not self.repair():
                    break
                continue
            if not removals:
                break
            gone = False
            while self.remove_one():
                gone = True
            if not gone:
                break
        return self.chosen, self.current
