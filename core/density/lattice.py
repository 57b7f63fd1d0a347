"""The proposals' square lattice: gap samples, candidate sites and who is within r of whom
(a fixed stencil of integer offsets), and its memory estimate."""

import math

import numpy as np
import shapely

from ..messages import N_, CanevasError
from .neighbours import pairs_within


class _Lattice:
    """Square lattice of step h aligned on multiples of h, over the bounding box of some polygons
    grown by r. Gap samples are lattice nodes; candidate sites are the nodes of even indices
    (step 2h). Who is within r of whom is a fixed stencil of integer offsets, so the
    candidate–sample incidence needs no spatial search."""

    def __init__(self, geoms, h, r):
        x0, y0, x1, y1 = shapely.total_bounds(np.array(geoms, dtype=object))
        pad = 2 * int(math.ceil(r / h)) + 2  # candidates within r of a sample, and their own reach
        self.h, self.r, self.pad = h, r, pad
        self.i0 = int(math.floor(y0 / h)) - pad
        self.j0 = int(math.floor(x0 / h)) - pad
        self.i0 -= self.i0 % 2
        self.j0 -= self.j0 % 2
        self.ny = int(math.ceil(y1 / h)) + pad - self.i0 + 1
        self.nx = int(math.ceil(x1 / h)) + pad - self.j0 + 1
        k = int(math.ceil(r / h))
        di, dj = np.mgrid[-k:k + 1, -k:k + 1]
        inside = (di * di + dj * dj) * h * h < r * r
        self.di, self.dj = di[inside], dj[inside]
        self.grid = np.full((self.ny, self.nx), -1, dtype=np.int64)

    def xy(self, i, j):
        return np.column_stack([(j + self.j0) * self.h, (i + self.i0) * self.h])

    def _nodes_in(self, g):
        x0, y0, x1, y1 = g.bounds
        h = self.h
        i = np.arange(max(0, int(math.floor(y0 / h)) - self.i0), min(self.ny, int(math.ceil(y1 / h)) - self.i0 + 1))
        j = np.arange(max(0, int(math.floor(x0 / h)) - self.j0), min(self.nx, int(math.ceil(x1 / h)) - self.j0 + 1))
        rows, cols = np.meshgrid(i, j, indexing="ij")
        rows, cols = rows.ravel(), cols.ravel()
        xy = self.xy(rows, cols)
        shapely.prepare(g)
        inside = shapely.contains_xy(g, xy[:, 0], xy[:, 1])
        return rows[inside], cols[inside]

    def samples(self, polys):
        """Nodes inside the polygons, weighted so that each polygon's samples add up to its area
        (a polygon without a node gets the node nearest to a point inside it)."""
        owner, ii, jj, weight = [], [], [], []
        for k, g in enumerate(polys):
            rows, cols = self._nodes_in(g)
            if not len(rows):
                p = shapely.get_coordinates(shapely.point_on_surface(g))[0]
                rows = np.array([int(round(p[1] / self.h)) - self.i0])
                cols = np.array([int(round(p[0] / self.h)) - self.j0])
            ii.append(rows)
            jj.append(cols)
            owner.append(np.full(len(rows), k))
            weight.append(np.full(len(rows), g.area / len(rows)))
        ii, jj, owner, weight = (np.concatenate(x) for x in (ii, jj, owner, weight))
        # one sample per node (a node shared by two polygons keeps the first, with both weights)
        flat = ii * self.nx + jj
        uniq, first, inv = np.unique(flat, return_index=True, return_inverse=True)
        w = np.bincount(inv, weights=weight)
        self.s_i, self.s_j = ii[first], jj[first]
        self.grid[self.s_i, self.s_j] = np.arange(len(uniq))
        return self.xy(self.s_i, self.s_j), owner[first], w

    def candidates(self, territory, marks, spacing, stride, check_cancel=lambda: None):
        """Candidate nodes (indices multiple of `stride`) within r of a sample, inside the
        territory, not closer than `spacing` to a mark; with the incidence both ways (CSR by
        candidate: c_ptr, sample ids; CSR by sample: s_ptr, candidate ids)."""
        K = len(self.di)
        ns = len(self.s_i)
        near = np.zeros((self.ny, self.nx), dtype=bool)
        if ns * 5 < self.grid.size:
            for lo in range(0, ns, 20000):
                check_cancel()
                si, sj = self.s_i[lo:lo + 20000], self.s_j[lo:lo + 20000]
                near[(si[:, None] - self.di[None, :]).ravel(), (sj[:, None] - self.dj[None, :]).ravel()] = True
        else:
            hit = self.grid >= 0
            for a, b in zip(self.di, self.dj):
                near[max(0, a):self.ny + min(0, a), max(0, b):self.nx + min(0, b)] |= \
                    hit[max(0, -a):self.ny - max(0, a), max(0, -b):self.nx - max(0, b)]
        keep = np.zeros_like(near)
        keep[::stride, ::stride] = near[::stride, ::stride]
        rows, cols = np.nonzero(keep)
        del near, keep
        xy = self.xy(rows, cols)
        if territory is not None and len(rows):
            shapely.prepare(territory)
            ok = shapely.contains_xy(territory, xy[:, 0], xy[:, 1])
            rows, cols, xy = rows[ok], cols[ok], xy[ok]
        if len(marks) and spacing > 0 and len(rows):
            ci, _ = pairs_within(xy, marks, spacing)
            ok = np.ones(len(rows), dtype=bool)
            ok[ci] = False
            rows, cols, xy = rows[ok], cols[ok], xy[ok]
        nc = len(rows)
        cgrid = np.full((self.ny, self.nx), -1, dtype=np.int64)
        cgrid[rows, cols] = np.arange(nc)
        # by sample: candidates at −offset (row-major order = sorted by sample)
        counts, lists = [], []
        for lo in range(0, ns, 20000):
            check_cancel()
            si, sj = self.s_i[lo:lo + 20000], self.s_j[lo:lo + 20000]
            by_s = cgrid[si[:, None] - self.di[None, :], sj[:, None] - self.dj[None, :]]
            ok = by_s >= 0
            counts.append(ok.sum(axis=1))
            lists.append(by_s[ok])
        s_ptr = np.r_[0, np.cumsum(np.concatenate(counts))] if counts else np.zeros(1, np.int64)
        s_c = np.concatenate(lists) if lists else np.zeros(0, np.int64)
        del cgrid
        if nc * K <= 3 * ns * K:
            # by candidate: samples at +offset
            counts, lists = [], []
            for lo in range(0, nc, 20000):
                check_cancel()
                by_c = self.grid[rows[lo:lo + 20000, None] + self.di[None, :],
                                 cols[lo:lo + 20000, None] + self.dj[None, :]]
                ok = by_c >= 0
                counts.append(ok.sum(axis=1))
                lists.append(by_c[ok])
            c_ptr = np.r_[0, np.cumsum(np.concatenate(counts))] if counts else np.zeros(1, np.int64)
            c_s = np.concatenate(lists) if lists else np.zeros(0, np.int64)
        else:
            order = np.argsort(s_c, kind="stable")
            c_s = np.repeat(np.arange(ns), np.diff(s_ptr))[order]
            c_ptr = np.r_[0, np.cumsum(np.bincount(s_c, minlength=nc))]
        return xy, c_ptr, c_s, s_ptr, s_c


#: Memory the proposals may take (bytes); beyond, propose refuses with the figure instead of swapping or failing.
MAX_PROPOSAL_BYTES = 2 * 1024 ** 3
#: Bytes per lattice node (grid int64, near and keep flags, candidate grid int64) and per
#: sample–candidate link (CSR both ways, int64, and the chunked temporaries).
_NODE_BYTES = 18
_LINK_BYTES = 3 * 8


def lattice_bytes(bounds, gap_area, radius, step):
    """Estimated memory (bytes) of one greedy round on a lattice of `step` over `bounds` (x0, y0, x1,
    y1 of the gaps) whose samples cover `gap_area` m²; and the number of lattice nodes."""
    x0, y0, x1, y1 = bounds
    pad = 2 * int(math.ceil(radius / step)) + 2
    nodes = (math.ceil((x1 - x0) / step) + 2 * pad + 2) * (math.ceil((y1 - y0) / step) + 2 * pad + 2)
    stride = max(1, int(round(radius / 4.0 / step)))  # candidates: every stride-th node (as in propose)
    links_per_sample = math.pi * (radius / step) ** 2 / (stride * stride)
    samples = gap_area / (step * step)
    return nodes * _NODE_BYTES + samples * links_per_sample * _LINK_BYTES, nodes


def _check_lattice(geoms, radius, step, max_bytes):
    if max_bytes is None or not geoms:
        return
    bounds = shapely.total_bounds(np.array(geoms, dtype=object))
    need, nodes = lattice_bytes(bounds, float(sum(g.area for g in geoms)), radius, step)
    if need > max_bytes:
        raise CanevasError(N_("Proposing new benchmarks would need about {need:.1f} GB of memory (a lattice of "
                              "{nodes:.3g} nodes of {step:g} m over {area:.1f} km² of gaps), more than the "
                              "{bound:.1f} GB allowed: use a larger radius or smaller study areas."),
                           need=need / 1024 ** 3, nodes=float(nodes), step=step,
                           area=sum(g.area for g in geoms) / 1e6, bound=max_bytes / 1024 ** 3)
