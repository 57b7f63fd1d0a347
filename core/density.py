"""Leveling-network density study (DOMAIN.md §3): where can a surveyor tie onto two benchmarks?

Pure Python (numpy + shapely >= 2); no QGIS. Coordinates are metres in a projected CRS.

Vocabulary
----------
* A benchmark's *disc* is the disc of radius r around it (r = 1000 m "densification minimale",
  500 m "densification optimale").
* A place is *covered* when it lies inside the discs of at least m usable benchmarks
  (m = ``min_count``, 2 by default: a survey must tie onto two benchmarks). Points outside the
  study area still count for coverage inside it.
* *Gaps* are the parts of a study area that are not covered.

Coverage method (exact up to the polygonal approximation of the circles)
-----------------------------------------------------------------------
The m-fold overlay of all discs is never built. The boundary of the region covered m times is a
set of circular arcs: a point of the circle of benchmark i is on that boundary exactly when the
number of *other* discs containing it, D, satisfies m − w_i ≤ D < m (w_i = number of benchmarks
at that very place, normally 1). So, for every pair of benchmarks closer than 2r (found with a
k-d tree, or shapely's STRtree), the angular interval of circle i inside disc j is
θ_ij ± acos(d_ij / 2r); a sort of those events around each circle gives D piecewise, hence the
boundary arcs, all oriented counter-clockwise (covered side on the left). Where an arc of circle
i stops at an intersection point with circle j, the boundary goes on along circle j from that very
point (general position), so the arcs link into closed rings without any geometric search.
Counter-clockwise rings are shells, clockwise ones holes; each hole goes into the smallest shell
that contains it. Cost O(P log P) for P close pairs, memory O(P); no polygon overlay at all.
Circles that certainly carry no boundary (every point of them has ≥ m other benchmarks within r,
checked at 32 points with a lower-bound count from a summed-area table) are skipped as "seeing"
circles, which removes most pairs inside dense towns.
Exact coincidences (three circles through one point, tangencies) are removed by moving every
benchmark by a deterministic pseudo-random amount of at most 1e-7·r (0.1 mm at r = 1 km);
benchmarks closer than 1e-6·r are merged into one circle of weight w; rings smaller than
1e-9·r² (jitter slivers) are dropped. If the arcs ever fail to link, it retries with a 10×
larger jitter.

Per study area (`study`), coverage parts strictly inside the area are kept as they are (their
shells become holes of the gap polygons, their holes gap polygons); only the parts that cross
the area's boundary go through a GEOS overlay.

Polygonal approximation: every vertex lies on the true circle (inscribed polygon); an arc is
drawn with chords of at most 2π/(4·quad_segs) radians (the step of a shapely/QGIS buffer with
that many segments per quarter circle), so a full disc loses ε = 1 − sin(step)/step of its area
(1e-4 with quad_segs = 64; chord sagitta 7.5 cm at r = 1 km). Each ring then gets as many more
chords as needed so that it too loses at most ε of its exact area (known in closed form from
its arcs): a thin lens of two benchmarks d apart matches the analytic
2r²·acos(d/2r) − (d/2)·√(4r² − d²) to 0.01 % for every d < 2r (tests at d = 0 … 1.99r), while the
arcs of a large covered region keep the plain step.

Public API
----------
coverage(points_xy, radius, min_count, quad_segs) -> MultiPolygon
study(points_xy, radius, min_count, areas, names, ids, states, freres, triplets_only, ...)
    -> StudyResult(rows: [AreaRow(name, geometry, area, covered_area, covered_pct, gap_area,
       coverage, gaps, n_benchmarks, n_usable, n_unusable, n_triplet, n_counted)], area,
       covered_area, covered_pct, points, benchmarks, duplicates, gap_parts)
propose(study_result, target, rate_km_per_day, detour, min_spacing)
    -> ProposalResult(proposals: [Proposal(x, y, gap, area, tie_to, km, days)],
       covered_pct_before, covered_pct_after, km, days, reached, after)
benchmark_gaps(ids, xy, states, freres, radius, min_count) -> [Finding(kind, ids, x, y,
    distance, message, reason)]
dedupe(ids, xy, tol) -> DedupeResult(kept, duplicates); classify(...) -> Benchmarks;
is_usable, normalize_state, parse_matricule, matricule_sort_key, triplet_members.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from .density_defaults import (DEFAULT_RADIUS, LEVELING_KM_PER_DAY, MIN_BENCHMARKS, ROAD_DETOUR,  # noqa: F401
                               TARGET_COVERED, UNUSABLE_STATES)
from .messages import N_, CanevasError, Message
from .shapely_support import ragged_array_safe
from .register import triplet_members  # noqa: F401 (part of this module's API)

DEFAULT_QUAD_SEGS = 64
MIN_ARC_SEGMENTS = 2
DUPLICATE_TOLERANCE = 0.001  # metres

_JITTER = 1e-7   # × radius
_MERGE = 1e-6    # × radius
_SLIVER = 1e-9   # × radius²: rings smaller than this are jitter artefacts (1e-3 m² at 1 km)


# ---------------------------------------------------------------------------------------------
# input checks
# ---------------------------------------------------------------------------------------------

def _as_xy(points_xy, allow_empty=False):
    xy = np.asarray(points_xy, dtype=float)
    if xy.size == 0:
        if allow_empty:
            return np.zeros((0, 2))
        raise CanevasError(N_("No benchmark to study: the input is empty. Load the benchmark layer "
                              "(or check its filter) and run again."))
    if xy.ndim != 2 or xy.shape[1] < 2:
        raise CanevasError(N_("Benchmark coordinates must be pairs (x, y); got an array of shape {shape}."),
                           shape=str(xy.shape))
    xy = xy[:, :2]
    bad = ~np.isfinite(xy).all(axis=1)
    if bad.any():
        raise CanevasError(N_("{count} benchmark(s) have no valid coordinates (first at row {row}): "
                              "remove them or fix their geometry."),
                           count=int(bad.sum()), row=int(np.flatnonzero(bad)[0]))
    return xy


def _whole(value, lowest):
    """True when value is a whole number ≥ lowest."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(v) and v >= lowest and v == int(v)


def _check_params(radius, min_count, quad_segs=DEFAULT_QUAD_SEGS):
    if not (isinstance(radius, (int, float, np.floating, np.integer)) and math.isfinite(radius) and radius > 0):
        raise CanevasError(N_("The radius must be a positive distance in metres (e.g. 1000 or 500); got {value}."),
                           value=radius)
    if not _whole(min_count, 1):
        raise CanevasError(N_("The minimum number of benchmarks must be a whole number ≥ 1 (2 to tie onto two "
                              "benchmarks); got {value}."), value=min_count)
    if not _whole(quad_segs, 2):
        raise CanevasError(N_("The number of segments per quarter circle must be a whole number ≥ 2; got {value}."),
                           value=quad_segs)
    return float(radius), int(min_count), int(quad_segs)


# ---------------------------------------------------------------------------------------------
# coverage
# ---------------------------------------------------------------------------------------------

def close_pairs(xy, distance):
    """Index pairs (i < j) of points strictly closer than `distance`, as an (k, 2) int64 array."""
    xy = np.asarray(xy, dtype=float)
    n = len(xy)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - exercised by a test with scipy hidden
        cKDTree = None
    if cKDTree is not None:
        pairs = cKDTree(xy).query_pairs(distance, output_type="ndarray").astype(np.int64)
    else:
        tree = shapely.STRtree(shapely.points(xy))
        left, right = tree.query(shapely.points(xy), predicate="dwithin", distance=distance)
        keep = left < right
        pairs = np.column_stack([left[keep], right[keep]]).astype(np.int64)
    if len(pairs):
        d = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
        pairs = pairs[d < distance]
        pairs.sort(axis=1)
    return pairs


def _merge_coincident(xy, tol):
    """Group points closer than tol (transitively). Returns (centres, weights, group of each input)."""
    n = len(xy)
    group = np.arange(n)
    pairs = close_pairs(xy, tol) if tol > 0 else np.zeros((0, 2), dtype=np.int64)
    if len(pairs):
        parent = list(range(n))

        def find(a):
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a
        for a, b in pairs.tolist():
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        group = np.array([find(a) for a in range(n)])
    reps, inverse, weights = np.unique(group, return_inverse=True, return_counts=True)
    return xy[reps], weights.astype(np.int64), inverse


class _Inconsistent(Exception):
    pass


def _chunk_arcs(c, w, radius, m, own, other, did, c_lo, c_hi):
    """Boundary arcs of the circles c_lo ≤ i < c_hi, given their directed pairs (sorted by own).

    Returns (full, circle, a0, a1, start_id, end_id): the circles whose whole circumference is
    boundary, and for every other boundary arc its circle, start/end angles (a1 > a0) and the ids
    (2·directed pair + 0 start / 1 end) of the events where it starts and ends.
    """
    two_pi = 2.0 * math.pi
    nc = c_hi - c_lo
    loc = own - c_lo
    dx = c[other, 0] - c[own, 0]
    dy = c[other, 1] - c[own, 1]
    theta = np.arctan2(dy, dx)
    alpha = np.arccos(np.minimum(np.hypot(dx, dy) / (2.0 * radius), 1.0))
    del dx, dy
    start = np.mod(theta - alpha, two_pi)
    end = np.mod(theta + alpha, two_pi)
    del theta, alpha
    wo = w[other]
    depth0 = np.bincount(loc, weights=wo * (start > end), minlength=nc).astype(np.int64)
    k = len(own)
    angle = np.empty(2 * k)
    angle[0::2], angle[1::2] = start, end
    del start, end
    delta = np.empty(2 * k, dtype=np.int64)
    delta[0::2], delta[1::2] = wo, -wo
    del wo
    ev_id = np.empty(2 * k, dtype=np.int64)
    ev_id[0::2], ev_id[1::2] = 2 * did, 2 * did + 1
    # one int64 sort key: circle in the high bits, the angle quantised to ≤ 3.6e-13 rad below
    cbits = max(1, int(nc).bit_length())
    abits = 62 - cbits
    q = np.minimum((angle * ((1 << abits) / two_pi)).astype(np.int64), (1 << abits) - 1)
    key = (np.repeat(loc, 2) << abits) | q
    del q
    order = np.argsort(key, kind="stable")
    del key
    ev_circle = np.repeat(loc, 2)[order]
    angle = angle[order]
    delta = delta[order]
    ev_id = ev_id[order]
    del order
    first = np.flatnonzero(np.r_[True, ev_circle[1:] != ev_circle[:-1]]) if len(ev_circle) else np.zeros(0, np.int64)
    last = np.r_[first[1:], len(ev_circle)] - 1
    seg_len = last - first + 1
    cum = np.cumsum(delta)
    depth = cum - np.repeat(cum[first] - delta[first] - depth0[ev_circle[first]], seg_len)
    del cum, delta
    wc = w[c_lo + ev_circle]
    flag = (depth >= m - wc) & (depth < m)
    del depth, wc
    has_ev = np.zeros(nc, dtype=bool)
    has_ev[ev_circle] = True
    full = (~has_ev) & (w[c_lo:c_hi] >= m)
    allc = np.zeros(nc, dtype=bool)
    if len(first):
        nflag = np.add.reduceat(flag.astype(np.int64), first)
        allc[ev_circle[first][nflag == seg_len]] = True
    full |= allc
    empty = np.zeros(0, dtype=np.int64)
    if not len(first):
        return c_lo + np.flatnonzero(full), empty, np.zeros(0), np.zeros(0), empty, empty
    prev = np.arange(len(flag)) - 1
    prev[first] = last
    prev_flag = flag[prev]
    del prev
    partial = ~allc[ev_circle]
    starts = np.flatnonzero(flag & ~prev_flag & partial)
    ends = np.flatnonzero(~flag & prev_flag & partial)
    del flag, prev_flag, partial
    sc = ev_circle[starts]
    if len(starts) != len(ends) or not np.array_equal(sc, ev_circle[ends]):
        raise _Inconsistent("runs")
    if not len(starts):
        return c_lo + np.flatnonzero(full), empty, np.zeros(0), np.zeros(0), empty, empty
    gfirst = np.flatnonzero(np.r_[True, sc[1:] != sc[:-1]])
    glen = np.diff(np.r_[gfirst, len(sc)])
    gf = np.repeat(gfirst, glen)
    rank = np.arange(len(sc)) - gf
    wraps = np.repeat(ends[gfirst] < starts[gfirst], glen)
    end_of = ends[gf + (rank + wraps) % np.repeat(glen, glen)]
    a0 = angle[starts]
    a1 = angle[end_of]
    a1 = np.where(a1 <= a0, a1 + two_pi, a1)
    return c_lo + np.flatnonzero(full), c_lo + sc, a0, a1, ev_id[starts], ev_id[end_of]


def _deep_circles(c, w, radius, m, samples=32):
    """Circles that certainly carry no boundary: every point of the circle has at least m other
    benchmarks within r. Checked at `samples` points of the circle, each with the benchmarks
    counted in whole cells (r/8) of a grid inside the square inscribed in the disc of radius
    r − e around it (e = distance from a circle point to the nearest sample), through a
    summed-area table built per tile of 32r: a lower bound of the true count, so a circle is
    only ever skipped rightly."""
    n = len(c)
    deep = np.zeros(n, dtype=bool)
    if n < m + 2:
        return deep
    e = 2 * radius * math.sin(math.pi / (2 * samples))
    a = (radius - e) / math.sqrt(2.0)
    g = radius / 8.0
    T = 32.0 * radius
    ox, oy = c.min(axis=0)
    tx = ((c[:, 0] - ox) // T).astype(np.int64)
    ty = ((c[:, 1] - oy) // T).astype(np.int64)
    ntx = int(tx.max()) + 1
    tile = ty * ntx + tx
    order = np.argsort(tile, kind="stable")
    bounds = np.searchsorted(tile[order], np.arange(int(tile.max()) + 2))
    ang = np.arange(samples) * (2 * math.pi / samples)
    ux, uy = radius * np.cos(ang), radius * np.sin(ang)
    for t in np.unique(tile).tolist():
        own = order[bounds[t]:bounds[t + 1]]
        i_t, j_t = divmod(t, ntx)
        near = [order[bounds[k]:bounds[k + 1]] for di in (-1, 0, 1) for dj in (-1, 0, 1)
                for k in [(i_t + di) * ntx + (j_t + dj)] if 0 <= i_t + di and 0 <= j_t + dj < ntx
                and k < len(bounds) - 1]
        pts = np.concatenate(near)
        x0 = ox + j_t * T - 2 * radius
        y0 = oy + i_t * T - 2 * radius
        nx = ny = int((T + 4 * radius) / g) + 2
        ix = np.floor((c[pts, 0] - x0) / g).astype(np.int64)
        iy = np.floor((c[pts, 1] - y0) / g).astype(np.int64)
        ok = (ix >= 0) & (ix < nx) & (iy >= 0) & (iy < ny)
        sat = np.zeros((ny + 1, nx + 1), dtype=np.int64)
        sat[1:, 1:] = np.bincount(iy[ok] * nx + ix[ok], weights=w[pts[ok]], minlength=ny * nx).reshape(ny, nx)
        sat = sat.cumsum(axis=0).cumsum(axis=1)
        live = own
        for k in range(samples):
            if not len(live):
                break
            sx = c[live, 0] + ux[k]
            sy = c[live, 1] + uy[k]
            # whole cells inside [s − a, s + a]² (all within the tile's grid)
            j0 = np.ceil((sx - a - x0) / g).astype(np.int64)
            j1 = np.floor((sx + a - x0) / g).astype(np.int64)
            i0 = np.ceil((sy - a - y0) / g).astype(np.int64)
            i1 = np.floor((sy + a - y0) / g).astype(np.int64)
            count = sat[i1, j1] - sat[i0, j1] - sat[i1, j0] + sat[i0, j0]
            live = live[count >= m]
        deep[live] = True
    return deep


def _directed_pairs(c, radius, skip):
    """Directed pairs (own, other, id) of circles closer than 2r, for every circle `own` not in
    `skip`; id = 2·(index of the unordered pair) + (own > other), so that the pair seen from the
    other circle has id ^ 1. Sorted by own."""
    n = len(c)
    keep = np.flatnonzero(~skip)
    if not len(keep):
        z = np.zeros(0, dtype=np.int64)
        return z, z, z
    if not skip.any():
        pairs = close_pairs(c, 2.0 * radius)
        own = pairs.reshape(-1)
        other = pairs[:, ::-1].reshape(-1)
        did = np.arange(len(own), dtype=np.int64)  # 2k: (i sees j) with i < j, 2k + 1: (j sees i)
    else:
        try:
            from scipy.spatial import cKDTree
        except ImportError:  # pragma: no cover
            cKDTree = None
        if cKDTree is not None:
            rec = cKDTree(c[keep]).sparse_distance_matrix(cKDTree(c), 2.0 * radius, output_type="ndarray")
            own, other, dist = keep[rec["i"]], rec["j"].astype(np.int64), rec["v"]
            del rec
        else:
            tree = shapely.STRtree(shapely.points(c))
            a, b = tree.query(shapely.points(c[keep]), predicate="dwithin", distance=2.0 * radius)
            own, other = keep[a], b.astype(np.int64)
            dist = np.hypot(*(c[own] - c[other]).T)
        ok = (dist < 2.0 * radius) & (own != other)
        own, other = own[ok], other[ok]
        lo, hi = np.minimum(own, other), np.maximum(own, other)
        key = lo * n + hi
        _, pair = np.unique(key, return_inverse=True)
        did = 2 * pair.astype(np.int64) + (own > other)
    order = np.argsort(own, kind="stable")
    return own[order], other[order], did[order]


def _boundary_rings(c, w, radius, m, quad_segs, min_arc, chunk=4_000_000):
    """Boundary rings of the region covered ≥ m times, in local coordinates.

    Returns (coords, offsets): ring k is coords[offsets[k]:offsets[k + 1]], closed (its last
    vertex repeats its first), counter-clockwise around covered ground.
    """
    n = len(c)
    two_pi = 2.0 * math.pi
    step = two_pi / (4 * quad_segs)
    deep = _deep_circles(c, w, radius, m)
    own, other, did = _directed_pairs(c, radius, deep)
    bounds = np.searchsorted(own, np.arange(n + 1))  # entries of circle i: bounds[i]:bounds[i + 1]
    cuts = [0]  # chunks of whole circles holding about `chunk` directed pairs each
    while cuts[-1] < n:
        nxt = int(np.searchsorted(bounds, bounds[cuts[-1]] + chunk, side="right")) - 1
        cuts.append(min(n, max(nxt, cuts[-1] + 1)))
    outs = []
    for lo, hi in zip(cuts[:-1], cuts[1:]):
        sl = slice(bounds[lo], bounds[hi])
        outs.append(_chunk_arcs(c, w, radius, m, own[sl], other[sl], did[sl], lo, hi))
    del own, other, did
    full, circle, a0, a1, start_id, end_id = (np.concatenate(x) for x in zip(*outs))
    del outs
    full = full[~deep[full]]  # a skipped circle has no pairs, yet it is no isolated circle

    full_n = 4 * quad_segs
    ang = np.arange(full_n + 1) * step
    unit = np.column_stack([np.cos(ang), np.sin(ang)]) * radius
    unit[-1] = unit[0]
    n_full = len(full)

    seq = np.zeros(0, dtype=np.int64)
    ring_len = []
    if len(circle):
        # successor: the arc that starts where this one ends, on the other circle
        d_end, t_end = end_id // 2, end_id % 2
        succ_id = 2 * (d_end ^ 1) + (1 - t_end)
        sort_start = np.argsort(start_id)
        pos = np.minimum(np.searchsorted(start_id[sort_start], succ_id), len(start_id) - 1)
        nxt = sort_start[pos]
        if not np.array_equal(start_id[nxt], succ_id):
            raise _Inconsistent("successor")
        if not np.array_equal(np.sort(nxt), np.arange(len(nxt))):
            raise _Inconsistent("permutation")
        del d_end, t_end, succ_id, sort_start, pos, start_id, end_id
        nxt_list = nxt.tolist()
        seen = bytearray(len(nxt_list))
        seq = []
        for a in range(len(nxt_list)):
            if seen[a]:
                continue
            b, k = a, 0
            while not seen[b]:
                seen[b] = 1
                seq.append(b)
                b = nxt_list[b]
                k += 1
            ring_len.append(k)
        seq = np.asarray(seq, dtype=np.int64)
    span = a1 - a0
    nseg = np.maximum(np.ceil(span / step - 1e-9).astype(np.int64), min_arc)
    ring_len = np.asarray(ring_len, dtype=np.int64)
    ring_of = np.repeat(np.arange(len(ring_len)), ring_len)
    first_arc = np.r_[0, np.cumsum(ring_len)[:-1]] if len(ring_len) else np.zeros(0, np.int64)
    if len(seq):
        nseg = _refine(nseg, seq, first_arc, c[circle], a0, a1, radius, step, 4 * quad_segs)
    ns = nseg[seq]
    # vertices per arc ring (+1 to close it)
    ring_vertices = (np.add.reduceat(ns, first_arc) + 1) if len(ring_len) else np.zeros(0, np.int64)
    sizes = np.r_[np.full(n_full, full_n + 1, dtype=np.int64), ring_vertices]
    offsets = np.r_[0, np.cumsum(sizes)]
    coords = np.empty((int(offsets[-1]), 2))
    for k, i in enumerate(full):
        coords[offsets[k]:offsets[k + 1]] = c[i] + unit
    if len(seq):
        # where each arc (in ring order) writes its first vertex
        within = np.cumsum(ns) - ns  # vertex offset of the arc in the whole sequence
        ring_base = np.r_[0, np.cumsum(ring_vertices - 1)[:-1]]  # same offset, at the ring's first arc
        arc_out = offsets[n_full + ring_of] + within - ring_base[ring_of]
        block = 2_000_000
        b0 = 0
        while b0 < len(seq):
            b1 = int(np.searchsorted(within, within[b0] + block, side="left"))
            b1 = max(b1, b0 + 1)
            sl = slice(b0, b1)
            arcs, nsb = seq[sl], ns[sl]
            rep = np.repeat(np.arange(len(arcs)), nsb)
            k = np.arange(int(nsb.sum())) - np.repeat(np.cumsum(nsb) - nsb, nsb)
            arc_rep = arcs[rep]
            angle = a0[arc_rep] + span[arc_rep] * (k / nseg[arc_rep])
            dst = arc_out[sl][rep] + k
            centre = c[circle[arc_rep]]
            coords[dst, 0] = centre[:, 0] + radius * np.cos(angle)
            coords[dst, 1] = centre[:, 1] + radius * np.sin(angle)
            b0 = b1
        close = offsets[n_full + 1:] - 1
        coords[close] = coords[offsets[n_full:-1]]
    return coords, offsets


def _refine(nseg, seq, first_arc, centre, a0, a1, radius, step, cap):
    """More chords where a ring would lose more than a full circle does.

    A full circle drawn with chords of angle `step` loses the fraction ε = 1 − sin(step)/step of
    its area (1e-4 for quad_segs = 64). The exact area of a ring of arcs is known
    (½ Σ [cx·Δy − cy·Δx + r²·φ] over its arcs) and so is the area between an arc of angle φ and
    its k chords, (r²/2)(φ − k·sin(φ/k)): the arcs of a ring losing more than ε of its area get
    more chords (the loss falls as 1/k²), at most `cap` per arc. So a small lens is drawn as
    exactly as a disc, while the arcs of a large covered region keep the plain step."""
    eps = 1.0 - math.sin(step) / step
    span = a1 - a0
    x0 = centre[:, 0] + radius * np.cos(a0)
    y0 = centre[:, 1] + radius * np.sin(a0)
    x1 = centre[:, 0] + radius * np.cos(a1)
    y1 = centre[:, 1] + radius * np.sin(a1)
    exact = 0.5 * (centre[:, 0] * (y1 - y0) - centre[:, 1] * (x1 - x0) + radius * radius * span)
    ring_area = np.abs(np.add.reduceat(exact[seq], first_arc))
    for _ in range(4):
        loss = 0.5 * radius * radius * (span - nseg * np.sin(span / nseg))
        ring_loss = np.add.reduceat(loss[seq], first_arc)
        ratio = ring_loss / np.maximum(ring_area, 1e-300)
        bad = ratio > eps * (1.0 + 1e-9)
        if not bad.any():
            break
        factor = np.sqrt(ratio / eps) * 1.05
        ring_len = np.diff(np.r_[first_arc, len(seq)])
        arc_factor = np.repeat(np.where(bad, factor, 1.0), ring_len)
        arcs = seq[arc_factor > 1.0]
        nseg[arcs] = np.minimum(np.ceil(nseg[arcs] * arc_factor[arc_factor > 1.0]).astype(np.int64),
                                np.maximum(cap, nseg[arcs]))
    return nseg


def _shoelace(coords, offsets):
    """Signed area of every closed ring (counter-clockwise positive)."""
    if len(offsets) < 2:
        return np.zeros(0)
    x, y = coords[:, 0], coords[:, 1]
    cross = np.zeros(len(x))
    cross[:-1] = x[:-1] * y[1:] - x[1:] * y[:-1]
    cross[offsets[1:] - 1] = 0.0  # no edge from a ring's last vertex to the next ring
    return 0.5 * np.add.reduceat(cross, offsets[:-1])


def _ring_boxes(coords, offsets):
    lo = offsets[:-1]
    return np.column_stack([np.minimum.reduceat(coords[:, 0], lo), np.minimum.reduceat(coords[:, 1], lo),
                            np.maximum.reduceat(coords[:, 0], lo), np.maximum.reduceat(coords[:, 1], lo)])


def _innermost(probes, boxes, areas, geometry_of, assume_inside=True):
    """For each probe point, the container of least area that contains it (−1: none).

    boxes: (k, 4) bounding boxes of the containers, areas their areas, geometry_of(j) builds the
    container j as a shapely polygon (only called when a probe has several candidates). With
    assume_inside, a probe whose box test leaves a single candidate is given to it unchecked.
    """
    result = np.full(len(probes), -1, dtype=np.int64)
    if not len(probes) or not len(boxes):
        return result
    tree = shapely.STRtree(shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]))
    pi, ci = tree.query(shapely.points(probes))
    if not len(pi):
        return result
    count = np.bincount(pi, minlength=len(probes))
    single = count[pi] == 1
    if assume_inside:
        result[pi[single]] = ci[single]
        pi, ci = pi[~single], ci[~single]
    if len(pi):
        ok = np.zeros(len(pi), dtype=bool)
        order = np.argsort(ci, kind="stable")
        pi, ci = pi[order], ci[order]
        cut = np.flatnonzero(np.r_[True, ci[1:] != ci[:-1], True])
        for s, e in zip(cut[:-1], cut[1:]):
            g = geometry_of(int(ci[s]))
            shapely.prepare(g)
            ok[s:e] = shapely.contains_xy(g, probes[pi[s:e], 0], probes[pi[s:e], 1])
        pi, ci = pi[ok], ci[ok]
        order = np.lexsort((areas[ci], pi))
        pi, ci = pi[order], ci[order]
        firsts = np.r_[True, pi[1:] != pi[:-1]]
        result[pi[firsts]] = ci[firsts]
    return result


_RAGGED_OK = ragged_array_safe(shapely.__version__)


def _polygons_from_ragged(coords, ring_offsets, poly_offsets, trust_ragged=None):
    """Array of Polygons: ring k = coords[ring_offsets[k]:ring_offsets[k+1]], polygon p = rings
    poly_offsets[p]:poly_offsets[p+1], shell first. Avoids from_ragged_array where it is faulty."""
    if _RAGGED_OK if trust_ragged is None else trust_ragged:
        return shapely.from_ragged_array(shapely.GeometryType.POLYGON, coords, (ring_offsets, poly_offsets))
    ring_of_coord = np.repeat(np.arange(len(ring_offsets) - 1), np.diff(ring_offsets))
    rings = shapely.linearrings(coords, indices=ring_of_coord)
    polygon_of_ring = np.repeat(np.arange(len(poly_offsets) - 1), np.diff(poly_offsets))
    return shapely.polygons(rings, indices=polygon_of_ring)


def _multipolygon_from_ragged(coords, ring_offsets, poly_offsets, trust_ragged=None):
    if _RAGGED_OK if trust_ragged is None else trust_ragged:
        n = len(poly_offsets) - 1
        return shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, coords,
                                         (ring_offsets, poly_offsets, np.array([0, n], dtype=np.int64)))[0]
    return shapely.multipolygons(_polygons_from_ragged(coords, ring_offsets, poly_offsets, False))


@dataclass
class _Ragged:
    """Polygons as flat arrays: ring k = coords[ring_offsets[k]:ring_offsets[k+1]] (closed);
    polygon p = rings poly_offsets[p]:poly_offsets[p+1], its shell first."""
    coords: np.ndarray
    ring_offsets: np.ndarray
    poly_offsets: np.ndarray

    @property
    def n_polygons(self):
        return len(self.poly_offsets) - 1

    def polygons(self):
        if self.n_polygons == 0:
            return np.empty(0, dtype=object)
        return _polygons_from_ragged(self.coords, self.ring_offsets, self.poly_offsets)

    def multipolygon(self):
        if self.n_polygons == 0:
            return MultiPolygon()
        return _multipolygon_from_ragged(self.coords, self.ring_offsets, self.poly_offsets)

    def ring(self, k):
        return self.coords[self.ring_offsets[k]:self.ring_offsets[k + 1]]


def _assemble(coords, offsets, origin, tiny):
    """Closed rings (shells counter-clockwise, holes clockwise) → _Ragged polygons in world
    coordinates, each hole in the smallest shell that contains it."""
    if len(offsets) < 2:
        return _Ragged(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(1, np.int64))
    signed = _shoelace(coords, offsets)
    # slivers left by the jitter where the exact figure has none (tangent circles, three circles
    # through one point): drop those rings
    keep = np.abs(signed) >= tiny
    shells = np.flatnonzero(keep & (signed > 0))
    holes = np.flatnonzero(keep & (signed < 0))
    coords = coords + origin
    owner = np.full(len(signed), -1, dtype=np.int64)
    owner[shells] = shells
    if len(holes):
        boxes = _ring_boxes(coords, offsets)
        # probe: vertex 1 of the hole, inside an arc (vertex 0 may touch another ring)
        probes = coords[offsets[holes] + 1]
        inner = _innermost(probes, boxes[shells], signed[shells],
                           lambda j: Polygon(coords[offsets[shells[j]]:offsets[shells[j] + 1]]))
        if (inner < 0).any():
            raise _Inconsistent("orphan hole")
        owner[holes] = shells[inner]
    rings = np.flatnonzero(owner >= 0)
    if not len(rings):
        return _Ragged(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(1, np.int64))
    rings = rings[np.lexsort((signed[rings] < 0, owner[rings]))]  # by shell, the shell first
    sizes = offsets[rings + 1] - offsets[rings]
    new_coords = np.ascontiguousarray(np.concatenate([coords[offsets[r]:offsets[r + 1]] for r in rings]))
    ring_offsets = np.r_[0, np.cumsum(sizes)]
    poly_offsets = np.r_[np.flatnonzero(np.r_[True, owner[rings][1:] != owner[rings][:-1]]), len(rings)]
    return _Ragged(new_coords, ring_offsets.astype(np.int64), poly_offsets.astype(np.int64))


def _coverage_ragged(xy, radius, m, quad_segs, min_arc):
    if len(xy) == 0:
        return _assemble(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(2), 0)
    origin = np.round(xy.mean(axis=0))
    local = xy - origin
    centres, weights, _ = _merge_coincident(local, _MERGE * radius)
    if weights.sum() < m:
        return _assemble(np.zeros((0, 2)), np.zeros(1, np.int64), origin, 0)
    for attempt in range(4):
        rng = np.random.default_rng(20130 + attempt)
        c = centres + rng.uniform(-1.0, 1.0, centres.shape) * (_JITTER * radius * (10 ** attempt))
        try:
            coords, offsets = _boundary_rings(c, weights, radius, m, quad_segs, int(min_arc))
            return _assemble(coords, offsets, origin, _SLIVER * radius * radius)
        except _Inconsistent:
            continue
    raise CanevasError(N_("The coverage could not be built from these {count} benchmarks (degenerate "
                          "configuration). Please report it with the data."), count=len(xy))


def coverage(points_xy, radius=DEFAULT_RADIUS, min_count=MIN_BENCHMARKS, quad_segs=DEFAULT_QUAD_SEGS,
             min_arc_segments=MIN_ARC_SEGMENTS):
    """Region inside the discs (radius `radius`, metres) of at least `min_count` of the points.

    points_xy: (n, 2) array-like of projected coordinates in metres. Repeated points count as
    many times as they appear: use `dedupe` first to count duplicates once (`study` does).
    Returns a valid shapely MultiPolygon, empty when nothing is covered. Method and accuracy:
    see the module docstring.
    """
    radius, m, quad_segs = _check_params(radius, min_count, quad_segs)
    xy = _as_xy(points_xy, allow_empty=True)
    return _coverage_ragged(xy, radius, m, quad_segs, min_arc_segments).multipolygon()


# ---------------------------------------------------------------------------------------------
# benchmarks: states, triplets, matricules, duplicates
# ---------------------------------------------------------------------------------------------

def normalize_state(state):
    """'  présumé  déplacé ' → 'PRESUME DEPLACE' (trimmed, upper case, accents and repeated
    spaces removed, '_' read as a space). None → ''."""
    if state is None:
        return ""
    text = unicodedata.normalize("NFKD", str(state))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").upper().split())


def is_usable(state, unusable_states=UNUSABLE_STATES):
    """A benchmark counts unless its state is one of `unusable_states` (compared trimmed, case
    and accent insensitive). An empty or unknown state counts: IGN does not publish destroyed
    marks."""
    return normalize_state(state) not in {normalize_state(s) for s in unusable_states}


def normalize_matricule(matricule):
    """Key to compare matricules: upper case, all white space removed ('m.ac - 12' → 'M.AC-12')."""
    return "".join(str(matricule or "").upper().split())


def parse_matricule(matricule):
    """Split a matricule into (line, number): 'M.AC - 0-VIII' → ('M.AC', '0-VIII'),
    'N.P.K3Q3 - 56' → ('N.P.K3Q3', '56'). The line is what comes before the first ' - '
    (or, without spaces, before the first '-'); no dash → (whole text, '')."""
    text = " ".join(str(matricule or "").split())
    if " - " in text:
        line, number = text.split(" - ", 1)
    elif "-" in text:
        line, number = text.split("-", 1)
    else:
        line, number = text, ""
    return line.strip(), number.strip()


_ROMAN = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")


def _roman(token):
    if not token or not _ROMAN.match(token):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(token, token[1:] + " "):
        v = values[a]
        total += -v if b != " " and values.get(b, 0) > v else v
    return total


def matricule_number_key(number):
    """Sort key of the number part of a matricule: the leading integer first, then the rest
    token by token (integers and Roman numerals I…XXXIX by value, other text alphabetically):
    '2' < '10' < '10 BIS', '0-VIII' < '0-IX' < '1'. Numbers without a leading integer sort last."""
    text = str(number or "").upper().strip()
    head = re.match(r"\d+", text)
    lead = (0, int(head.group())) if head else (1, 0)
    rest = text[head.end():] if head else text
    tokens = []
    for tok in re.findall(r"\d+|[A-Z]+", rest):
        if tok.isdigit():
            tokens.append((0, int(tok), ""))
        elif _roman(tok) is not None:
            tokens.append((0, _roman(tok), tok))
        else:
            tokens.append((1, 0, tok))
    return lead + (tuple(tokens),)


def matricule_sort_key(matricule):
    """Sort key of a whole matricule: line, then number (see matricule_number_key)."""
    line, number = parse_matricule(matricule)
    return (normalize_matricule(line), matricule_number_key(number))


@dataclass
class Duplicate:
    index: int            # row dropped
    kept: int             # row kept in its place
    reason: str           # 'id' or 'position'
    distance: float       # metres between the two
    message: Message


@dataclass
class DedupeResult:
    kept: np.ndarray                     # sorted row indices kept
    duplicates: list = field(default_factory=list)


def dedupe(ids, xy, tol=DUPLICATE_TOLERANCE, priority=None):
    """Rows that are the same benchmark (same id, or positions within `tol` metres) count once.

    ids: sequence of identifiers or None; empty ids never match. priority: optional sequence,
    lower values kept first (e.g. 0 for usable marks), ties by row order.
    Returns DedupeResult(kept indices, duplicates: one Duplicate per dropped row).
    """
    xy = _as_xy(xy, allow_empty=True)
    n = len(xy)
    if ids is not None and len(ids) != n:
        raise CanevasError(N_("{ids} ids for {points} points: give one id per benchmark."), ids=len(ids), points=n)
    rank = np.arange(n) if priority is None else np.lexsort((np.arange(n), np.asarray(priority)))
    pos = np.empty(n, dtype=np.int64)
    pos[rank] = np.arange(n)  # lower = preferred
    links = []
    if n > 1 and tol >= 0:
        for a, b in close_pairs(xy, np.nextafter(tol, np.inf) if tol > 0 else 1e-12).tolist():
            links.append((a, b, "position"))  # within tol, tol included
    keys = [normalize_matricule(i) if i is not None else "" for i in ids] if ids is not None else [""] * n
    first = {}
    for i in rank.tolist():
        k = keys[i]
        if not k:
            continue
        if k in first:
            links.append((first[k], i, "id"))
        else:
            first[k] = i
    parent = list(range(n))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a
    for a, b, _ in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = (ra, rb) if pos[ra] < pos[rb] else (rb, ra)
            parent[drop] = keep
    root = np.array([find(i) for i in range(n)], dtype=np.int64) if n else np.zeros(0, np.int64)
    kept = np.flatnonzero(root == np.arange(n))
    dups = []
    for i in np.flatnonzero(root != np.arange(n)).tolist():
        k = int(root[i])
        dist = float(np.hypot(*(xy[i] - xy[k])))
        why = "id" if keys[i] and keys[i] == keys[k] else "position"
        name = str(ids[i]) if ids is not None else str(i + 1)
        kname = str(ids[k]) if ids is not None else str(k + 1)
        if why == "id":
            msg = Message(N_("Benchmark {id} (row {row}) appears again: same id as row {kept_row} "
                             "({distance:.3f} m apart); counted once."),
                          id=name, row=i + 1, kept_row=k + 1, distance=dist)
        else:
            msg = Message(N_("Benchmark {id} (row {row}) is at the same place as {kept_id} (row {kept_row}, "
                             "{distance:.3f} m apart); counted once."),
                          id=name, row=i + 1, kept_id=kname, kept_row=k + 1, distance=dist)
        dups.append(Duplicate(index=i, kept=k, reason=why, distance=dist, message=msg))
    return DedupeResult(kept=kept, duplicates=dups)


@dataclass
class Benchmarks:
    """Benchmarks after classification. Arrays are over the input rows."""
    xy: np.ndarray
    ids: list
    usable: np.ndarray     # state allows use
    triplet: np.ndarray    # member of a triplet (non-empty freres_info)
    kept: np.ndarray       # not a duplicate
    counted: np.ndarray    # kept & usable (& triplet when triplets_only): the ones that cover
    duplicates: list


def classify(xy, ids=None, states=None, freres=None, triplets_only=False,
             unusable_states=UNUSABLE_STATES, tol=DUPLICATE_TOLERANCE):
    """Usable / triplet flags and duplicates of a benchmark set (see is_usable, dedupe).

    Among duplicates the kept row is a usable one when there is one (then a triplet member)."""
    xy = _as_xy(xy)
    n = len(xy)
    for name, seq in (("states", states), ("freres", freres)):
        if seq is not None and len(seq) != n:
            raise CanevasError(N_("{count} values in '{field}' for {points} benchmarks: give one per benchmark."),
                               count=len(seq), field=name, points=n)
    usable = np.ones(n, dtype=bool) if states is None else np.array([is_usable(s, unusable_states) for s in states],
                                                                      dtype=bool)
    triplet = np.zeros(n, dtype=bool) if freres is None else np.array([bool(triplet_members(f)) for f in freres],
                                                                        dtype=bool)
    priority = (~usable).astype(int) * 2 + (~triplet).astype(int)
    dd = dedupe(ids, xy, tol, priority=priority)
    kept = np.zeros(n, dtype=bool)
    kept[dd.kept] = True
    counted = kept & usable & (triplet if triplets_only else True)
    return Benchmarks(xy=xy, ids=list(ids) if ids is not None else [str(i + 1) for i in range(n)],
                      usable=usable, triplet=triplet, kept=kept, counted=counted, duplicates=dd.duplicates)


# ---------------------------------------------------------------------------------------------
# study
# ---------------------------------------------------------------------------------------------

@dataclass
class AreaRow:
    name: str
    geometry: object          # the study area (Polygon / MultiPolygon)
    area: float               # m²
    covered_area: float       # m²
    coverage: object          # MultiPolygon, clipped to the area
    gaps: object              # MultiPolygon = area − coverage
    n_benchmarks: int = 0     # benchmarks inside the area, duplicates counted once
    n_usable: int = 0
    n_unusable: int = 0
    n_triplet: int = 0        # triplet members (usable or not)
    n_counted: int = 0        # the ones that make coverage (usable, triplet if triplets_only)

    @property
    def gap_area(self):
        return self.area - self.covered_area

    @property
    def covered_pct(self):
        return 100.0 * self.covered_area / self.area if self.area > 0 else 0.0


@dataclass
class StudyResult:
    rows: list                # AreaRow, in the order of the areas
    radius: float
    min_count: int
    points: np.ndarray        # the benchmarks that make coverage (deduplicated, usable), (k, 2)
    benchmarks: Benchmarks
    gap_parts: list           # (row index, Polygon): every gap polygon; proposals refer to it
    quad_segs: int = DEFAULT_QUAD_SEGS

    @property
    def area(self):
        return float(sum(r.area for r in self.rows))

    @property
    def covered_area(self):
        return float(sum(r.covered_area for r in self.rows))

    @property
    def covered_pct(self):
        return 100.0 * self.covered_area / self.area if self.area > 0 else 0.0

    @property
    def duplicates(self):
        return self.benchmarks.duplicates


def _polygonal(geom):
    """Polygon/MultiPolygon part of a geometry (after make_valid), as a MultiPolygon."""
    if geom is None or geom.is_empty:
        return MultiPolygon()
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    parts = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]
    if not parts and geom.geom_type == "GeometryCollection":
        parts = [p for g in geom.geoms for p in shapely.get_parts(g) if p.geom_type == "Polygon"]
    return MultiPolygon(parts)


def _clip_coverage(area, parts, ragged, tree):
    """(coverage ∩ area, area − coverage) for one area, given the coverage parts.

    Parts strictly inside the area are used as they are and their shells become holes of the gap
    (no overlay with them); only the parts crossing the area's boundary go through an overlay.
    """
    idx = tree.query(area)
    if len(idx):
        idx = idx[shapely.intersects(area, parts[idx])]
    shapely.prepare(area)
    inside = idx[shapely.contains_properly(area, parts[idx])] if len(idx) else idx
    crossing = np.setdiff1d(idx, inside)
    pieces = []
    g0 = area
    if len(crossing):
        cross = parts[crossing]
        big = shapely.get_num_coordinates(cross) > 2000
        if big.any():
            # a large part (a whole conurbation) is first cut to the area's box: linear time
            x0, y0, x1, y1 = area.bounds
            pad = 1e-6 * max(x1 - x0, y1 - y0, 1.0)
            cut = shapely.clip_by_rect(cross[big], x0 - pad, y0 - pad, x1 + pad, y1 + pad)
            bad = ~shapely.is_valid(cut)
            if bad.any():
                cut[bad] = shapely.make_valid(cut[bad])
            cross = np.concatenate([cross[~big], cut])
        cross_union = shapely.union_all(cross) if len(cross) > 1 else cross[0]
        pieces = list(_polygonal(shapely.intersection(area, cross_union)).geoms)
        g0 = shapely.difference(area, cross_union)
    g0 = _polygonal(g0)
    # coverage: the inside parts straight from the flat arrays, plus the overlay pieces
    polys = [[ragged.ring(k) for k in range(ragged.poly_offsets[p], ragged.poly_offsets[p + 1])]
             for p in inside.tolist()]
    polys += [_rings_of(g) for g in pieces]
    coverage = _multipolygon(polys)
    if not len(inside):
        return coverage, g0
    # gaps: components of g0 and holes of the inside parts are the containers; the shells of
    # the inside parts go, as holes, into the smallest container that holds them
    conts = [_rings_of(comp) for comp in g0.geoms]
    n_g0 = len(conts)
    po = ragged.poly_offsets
    conts += [[ragged.ring(k)] for p in inside.tolist() for k in range(po[p] + 1, po[p + 1])]
    shells = po[inside]
    boxes = np.array([[c[0][:, 0].min(), c[0][:, 1].min(), c[0][:, 0].max(), c[0][:, 1].max()] for c in conts])
    areas = np.array([abs(_ring_area(c[0])) for c in conts])
    probes = np.array([ragged.ring(k)[1] for k in shells.tolist()])
    inner = _innermost(probes, boxes, areas, lambda j: Polygon(conts[j][0], conts[j][1:] if j < n_g0 else None),
                       assume_inside=False)
    if (inner < 0).any():  # not expected (parts are disjoint): fall back on an overlay
        return coverage, _polygonal(shapely.difference(area, coverage))
    for k, j in zip(shells.tolist(), inner.tolist()):
        conts[j].append(ragged.ring(k))
    return coverage, _multipolygon(conts)


def _rings_of(polygon):
    """Coordinate arrays of a polygon's rings, exterior first."""
    return [np.asarray(polygon.exterior.coords)[:, :2]] + [np.asarray(h.coords)[:, :2] for h in polygon.interiors]


def _ring_area(ring):
    x, y = ring[:, 0] - ring[0, 0], ring[:, 1] - ring[0, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def _multipolygon(polys):
    """MultiPolygon from lists of closed rings (exterior first), built in one go."""
    polys = [p for p in polys if p]
    if not polys:
        return MultiPolygon()
    rings = [r for p in polys for r in p]
    ring_offsets = np.r_[0, np.cumsum([len(r) for r in rings])].astype(np.int64)
    poly_offsets = np.r_[0, np.cumsum([len(p) for p in polys])].astype(np.int64)
    coords = np.ascontiguousarray(np.concatenate(rings))
    return _multipolygon_from_ragged(coords, ring_offsets, poly_offsets)


def _points_in(geoms, xy, exact=True):
    """(point index, geometry index) of the points inside each geometry (boundary included
    only up to floating point); exact=False: inside its bounding box."""
    out_p, out_g = [], []
    if not len(xy) or not len(geoms):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    order = np.argsort(xy[:, 0], kind="stable")
    xs = xy[order, 0]
    for k, g in enumerate(geoms):
        x0, y0, x1, y1 = g.bounds
        cand = order[np.searchsorted(xs, x0, side="left"):np.searchsorted(xs, x1, side="right")]
        cand = cand[(xy[cand, 1] >= y0) & (xy[cand, 1] <= y1)]
        if exact and len(cand):
            shapely.prepare(g)
            cand = cand[shapely.intersects_xy(g, xy[cand, 0], xy[cand, 1])]
        out_p.append(cand)
        out_g.append(np.full(len(cand), k, dtype=np.int64))
    return np.concatenate(out_p).astype(np.int64), np.concatenate(out_g)


def study(points_xy, radius=DEFAULT_RADIUS, min_count=MIN_BENCHMARKS, areas=None, names=None, ids=None,
          states=None, freres=None, triplets_only=False, unusable_states=UNUSABLE_STATES,
          tol=DUPLICATE_TOLERANCE, quad_segs=DEFAULT_QUAD_SEGS, min_arc_segments=MIN_ARC_SEGMENTS):
    """Coverage and gaps of a leveling network per study area.

    points_xy: (n, 2) benchmark coordinates (metres, projected). ids / states / freres: optional
    per-benchmark matricule, IGN state (`etat`) and `freres_info`. Duplicates (same id or within
    `tol` m) count once; unusable states never count; with triplets_only, only triplet members
    count. areas: list of shapely Polygons/MultiPolygons (e.g. communes) with their names;
    without areas, one area: the convex hull of the counted benchmarks buffered by `radius`.
    Benchmarks outside an area still cover it.
    Returns a StudyResult (rows per area: area, covered_area, covered_pct, coverage, gaps, counts).
    """
    radius, m, quad_segs = _check_params(radius, min_count, quad_segs)
    bm = classify(points_xy, ids, states, freres, triplets_only, unusable_states, tol)
    pts = bm.xy[bm.counted]
    if areas is None:
        if not len(pts):
            raise CanevasError(N_("None of the {count} benchmarks can be used (states, duplicates or the "
                                  "triplets-only option) and no study area is given: nothing to study."),
                               count=len(bm.xy))
        hull = shapely.convex_hull(shapely.multipoints(pts))
        areas = [shapely.buffer(hull, radius, quad_segs=quad_segs)]
        names = names or ["convex hull + {:g} m".format(radius)]
    if names is None:
        names = [str(i + 1) for i in range(len(areas))]
    if len(names) != len(areas):
        raise CanevasError(N_("{names} names for {areas} study areas: give one name per area."),
                           names=len(names), areas=len(areas))
    geoms = []
    for name, g in zip(names, areas):
        poly = _polygonal(g)
        if poly.is_empty or poly.area <= 0:
            raise CanevasError(N_("The study area '{name}' has no surface: check its geometry (it must be a "
                                  "polygon)."), name=str(name))
        geoms.append(poly.geoms[0] if len(poly.geoms) == 1 else poly)
    geoms_arr = np.array(geoms, dtype=object)
    # only the benchmarks within r of an area's bounding box matter
    if len(pts):
        b = shapely.bounds(geoms_arr)
        grown = shapely.box(b[:, 0] - radius, b[:, 1] - radius, b[:, 2] + radius, b[:, 3] + radius)
        near = _points_in(grown, pts, exact=False)[0]
        pts_used = pts[np.unique(near)]
    else:
        pts_used = pts
    ragged = _coverage_ragged(pts_used, radius, m, quad_segs, min_arc_segments)
    parts = ragged.polygons()
    tree = shapely.STRtree(parts)
    # benchmarks (duplicates once) inside each area
    kept = np.flatnonzero(bm.kept)
    pi, ai = _points_in(geoms_arr, bm.xy[kept])
    pi = kept[pi]

    def count(mask):
        return np.bincount(ai[mask[pi]], minlength=len(geoms))
    n_all = np.bincount(ai, minlength=len(geoms))
    n_usable, n_unusable = count(bm.usable), count(~bm.usable)
    n_triplet, n_counted = count(bm.triplet), count(bm.counted)
    rows, gap_parts = [], []
    for k, (name, area) in enumerate(zip(names, geoms)):
        cov, gaps = _clip_coverage(area, parts, ragged, tree)
        row = AreaRow(name=str(name), geometry=area, area=float(area.area), covered_area=float(cov.area),
                      coverage=cov, gaps=gaps, n_benchmarks=int(n_all[k]), n_usable=int(n_usable[k]),
                      n_unusable=int(n_unusable[k]), n_triplet=int(n_triplet[k]), n_counted=int(n_counted[k]))
        rows.append(row)
        gap_parts += [(k, g) for g in gaps.geoms]
    return StudyResult(rows=rows, radius=radius, min_count=m, points=pts, benchmarks=bm, gap_parts=gap_parts,
                       quad_segs=quad_segs)


# ---------------------------------------------------------------------------------------------
# proposals
# ---------------------------------------------------------------------------------------------

def pairs_within(a_xy, b_xy, distance):
    """(i, j) index arrays of a_xy[i], b_xy[j] closer than `distance` (i sorted)."""
    a_xy = np.asarray(a_xy, dtype=float).reshape(-1, 2)
    b_xy = np.asarray(b_xy, dtype=float).reshape(-1, 2)
    if not len(a_xy) or not len(b_xy):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover
        cKDTree = None
    if cKDTree is not None:
        rec = cKDTree(a_xy).sparse_distance_matrix(cKDTree(b_xy), distance, output_type="ndarray")
        rec = rec[rec["v"] < distance]
        i, j = rec["i"].astype(np.int64), rec["j"].astype(np.int64)
        order = np.argsort(i, kind="stable")
        return i[order], j[order]
    else:
        tree = shapely.STRtree(shapely.points(b_xy))
        i, j = tree.query(shapely.points(a_xy), predicate="dwithin", distance=distance)
    if len(i):
        d = np.hypot(a_xy[i, 0] - b_xy[j, 0], a_xy[i, 1] - b_xy[j, 1])
        keep = d < distance
        i, j = i[keep], j[keep]
        order = np.argsort(i, kind="stable")
        i, j = i[order], j[order]
    return i.astype(np.int64), j.astype(np.int64)


@dataclass
class Proposal:
    x: float
    y: float
    gap: int            # index in StudyResult.gap_parts of the gap it mostly closes
    area: int           # index of the study area (row) of that gap
    tie_to: tuple       # the two nearest marks it is leveled from/to: ('benchmark', i) or ('proposal', k)
    km: float           # leveling to tie it (see propose)
    days: float


@dataclass
class ProposalResult:
    proposals: list
    covered_pct_before: list   # per area
    covered_pct_after: list    # per area, exact re-run of the study with benchmarks + proposals
    target: float
    rate_km_per_day: float
    detour: float
    after: object = None       # the StudyResult of that re-run

    @property
    def km(self):
        return float(sum(p.km for p in self.proposals))

    @property
    def days(self):
        return float(sum(p.days for p in self.proposals))

    @property
    def reached(self):
        return all(p >= 100.0 * self.target - 1e-9 for p in self.covered_pct_after)


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
        i = np.arange(max(0, int(math.floor(y0 / self.h)) - self.i0), min(self.ny, int(math.ceil(y1 / self.h)) - self.i0 + 1))
        j = np.arange(max(0, int(math.floor(x0 / self.h)) - self.j0), min(self.nx, int(math.ceil(x1 / self.h)) - self.j0 + 1))
        I, J = np.meshgrid(i, j, indexing="ij")
        I, J = I.ravel(), J.ravel()
        xy = self.xy(I, J)
        shapely.prepare(g)
        inside = shapely.contains_xy(g, xy[:, 0], xy[:, 1])
        return I[inside], J[inside]

    def samples(self, polys):
        """Nodes inside the polygons, weighted so that each polygon's samples add up to its area
        (a polygon without a node gets the node nearest to a point inside it)."""
        owner, ii, jj, weight = [], [], [], []
        for k, g in enumerate(polys):
            I, J = self._nodes_in(g)
            if not len(I):
                p = shapely.get_coordinates(shapely.point_on_surface(g))[0]
                I = np.array([int(round(p[1] / self.h)) - self.i0])
                J = np.array([int(round(p[0] / self.h)) - self.j0])
            ii.append(I)
            jj.append(J)
            owner.append(np.full(len(I), k))
            weight.append(np.full(len(I), g.area / len(I)))
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
        I, J = np.nonzero(keep)
        del near, keep
        xy = self.xy(I, J)
        if territory is not None and len(I):
            shapely.prepare(territory)
            ok = shapely.contains_xy(territory, xy[:, 0], xy[:, 1])
            I, J, xy = I[ok], J[ok], xy[ok]
        if len(marks) and spacing > 0 and len(I):
            ci, _ = pairs_within(xy, marks, spacing)
            ok = np.ones(len(I), dtype=bool)
            ok[ci] = False
            I, J, xy = I[ok], J[ok], xy[ok]
        nc = len(I)
        cgrid = np.full((self.ny, self.nx), -1, dtype=np.int64)
        cgrid[I, J] = np.arange(nc)
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
                by_c = self.grid[I[lo:lo + 20000, None] + self.di[None, :], J[lo:lo + 20000, None] + self.dj[None, :]]
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


class Cancelled(CanevasError):
    """The caller's cancel callback answered True: nothing is returned."""

    def __init__(self):
        super().__init__(N_("Cancelled: nothing was proposed."))


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
        raise CanevasError(N_("Proposing new benchmarks would need about {need:.1f} GB of memory (a lattice of {nodes:.3g} "
                              "nodes of {step:g} m over {area:.1f} km² of gaps), more than the {bound:.1f} GB allowed: "
                              "use a larger radius or smaller study areas."),
                           need=need / 1024 ** 3, nodes=float(nodes), step=step,
                           area=sum(g.area for g in geoms) / 1e6, bound=max_bytes / 1024 ** 3)


def propose(result, target=TARGET_COVERED, rate_km_per_day=LEVELING_KM_PER_DAY, detour=ROAD_DETOUR,
            min_spacing=None, max_proposals=None, is_cancelled=None, max_bytes=MAX_PROPOSAL_BYTES):
    """New benchmark locations so that every study area is at least `target` (0.99) covered.

    result: a StudyResult. Greedy on a lattice: the gaps of the areas below the goal are sampled
    at the nodes of a square lattice of step r/8 (each sample weighted so that the samples of a
    gap polygon add up to its exact area); candidate sites are the lattice nodes of step r/4 that
    lie inside the study areas (the territory), within r of a sample and not closer than
    `min_spacing` (default r/10) to a benchmark or to an earlier proposal. A sample that still
    needs k more benchmarks within r is worth weight/k, so a gap far from every benchmark (with
    m = 2 a lone new mark covers nothing there) still attracts a first mark, and then a second.
    Each step takes the candidate of greatest worth (worths updated incrementally through the
    candidate–sample incidence, a fixed stencil on the lattice), an area stops counting once the
    samples say it is 1 − (1 − target)/2 covered (99.5 % for 99 %), then marks made useless by
    later ones are dropped (latest first). The study is then re-run exactly with the benchmarks
    + proposals; where an area is still short of that goal the greedy resumes on a lattice twice
    as fine (up to 4 rounds). `reached` tells whether every area ended at ≥ target.
    Proposal.gap indexes result.gap_parts; Proposal.tie_to names ('benchmark', i) with i an
    index in result.points, or ('proposal', k).

    Before each lattice is allocated its memory is estimated (lattice_bytes): beyond `max_bytes`
    (2 GB; None: no bound) a CanevasError states the figure. `is_cancelled`: optional callable
    checked in every loop; when it answers True, Cancelled is raised.

    Leveling estimate: a new mark is tied by a leveling run from one mark through it to another
    (DOMAIN.md §1: tie onto two benchmarks so that a moved one shows), from its two nearest marks
    (existing usable benchmarks or earlier proposals): km = detour × (d1 + d2) / 1000, detour =
    1.2 for the extra length of streets over the straight line; days = km / rate_km_per_day
    (6 km of direct leveling a day, DOMAIN.md §3).
    """
    if not (0 < target <= 1):
        raise CanevasError(N_("The coverage target must be a fraction between 0 and 1 (e.g. 0.99); got {value}."),
                           value=target)
    if not rate_km_per_day or rate_km_per_day <= 0:
        raise CanevasError(N_("The leveling rate must be a positive number of km per day (e.g. 6); got {value}."),
                           value=rate_km_per_day)
    def check_cancel():
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()

    r, m = result.radius, result.min_count
    spacing = r / 10.0 if min_spacing is None else float(min_spacing)
    areas = [row.geometry for row in result.rows]
    area_size = np.array([row.area for row in result.rows])
    before = [row.covered_pct for row in result.rows]
    goal = 1.0 - (1.0 - target) / 2.0
    existing = np.asarray(result.points, dtype=float).reshape(-1, 2)
    chosen = []          # (x, y, gap index, area index)
    gap_parts = result.gap_parts
    territory = shapely.union_all([a for a in areas]) if areas else None
    step = r / 8.0
    current = result
    for round_ in range(4):
        short = [k for k, row in enumerate(current.rows) if row.covered_area < goal * row.area - 1e-6]
        if not short:
            break
        # gap polygons of the short areas (exact, from the last study), sampled
        if round_ == 0:
            polys = [(gi, k, g) for gi, (k, g) in enumerate(gap_parts) if k in short]
        else:
            polys = []
            for k in short:
                for g in current.rows[k].gaps.geoms:
                    # which original gap it belongs to: the one it overlaps most
                    mine = [gi for gi, (kk, _) in enumerate(gap_parts) if kk == k]
                    cand = [gi for gi in mine if gap_parts[gi][1].intersects(g)]
                    if cand:
                        gi = max(cand, key=lambda c: gap_parts[c][1].intersection(g).area)
                    else:
                        gi = min(mine, key=lambda c: gap_parts[c][1].distance(g)) if mine else -1
                    polys.append((gi, k, g))
        if not polys:
            break
        check_cancel()
        _check_lattice([g for _, _, g in polys], r, step, max_bytes)
        lat = _Lattice([g for _, _, g in polys], step, r)
        samples, owner, weight = lat.samples([g for _, _, g in polys])
        s_area = np.array([polys[o][1] for o in owner], dtype=np.int64)
        s_gap = np.array([polys[o][0] for o in owner], dtype=np.int64)
        marks = np.vstack([existing] + ([np.array([c[:2] for c in chosen])] if chosen else []))
        si, _ = pairs_within(samples, marks, r)
        count = np.bincount(si, minlength=len(samples))
        # candidates: every other lattice node inside the territory, within r of a sample, not
        # closer than min_spacing to a mark
        cands, c_ptr, sj, s_ptr, s_c = lat.candidates(territory, marks, spacing,
                                                      max(1, int(round(r / 4.0 / step))), check_cancel)
        if not len(cands):
            break
        ci = np.repeat(np.arange(len(cands)), np.diff(c_ptr))
        active = np.zeros(len(area_size), dtype=bool)
        active[short] = True
        est = np.array([row.covered_area for row in current.rows])

        def worth(ss):
            return np.where(active[s_area[ss]] & (count[ss] < m), weight[ss] / np.maximum(m - count[ss], 1), 0.0)

        def spread(ss, dv):
            """Add dv (per sample) to the worth of every candidate that reaches those samples."""
            cnt = s_ptr[ss + 1] - s_ptr[ss]
            idx = np.repeat(s_ptr[ss], cnt) + (np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt))
            gain[:] += np.bincount(s_c[idx], weights=np.repeat(dv, cnt), minlength=len(gain))

        value = worth(np.arange(len(samples)))
        gain = np.bincount(ci, weights=value[sj], minlength=len(cands))
        used = np.zeros(len(cands), dtype=bool)
        picked = []  # (candidate, index in chosen)
        while active.any() and (max_proposals is None or len(chosen) < max_proposals):
            check_cancel()
            best = int(np.argmax(np.where(used, -1.0, gain)))
            if used[best] or gain[best] <= 1e-9:
                break
            x, y = cands[best]
            hit = sj[c_ptr[best]:c_ptr[best + 1]]
            old = value[hit]
            helped = hit[count[hit] < m]
            contrib = weight[helped] / (m - count[helped])
            done = helped[count[helped] == m - 1]
            count[hit] += 1
            np.add.at(est, s_area[done], weight[done])
            gi = int(np.argmax(np.bincount(s_gap[helped] + 1, weights=contrib))) - 1 if len(helped) else -1
            ai = int(gap_parts[gi][0]) if gi >= 0 else int(s_area[hit[0]])
            picked.append((best, len(chosen)))
            chosen.append((float(x), float(y), gi, ai))
            value[hit] = worth(hit)
            spread(hit, value[hit] - old)
            # areas that reached the goal stop attracting marks
            for k in set(s_area[hit].tolist()):
                if active[k] and est[k] >= goal * area_size[k]:
                    active[k] = False
                    ss = np.flatnonzero((s_area == k) & (value > 0))
                    spread(ss, -value[ss])
                    value[ss] = 0.0
            # no other mark within min_spacing of this one
            used[best] = True
            if spacing > 0:
                used |= (cands[:, 0] - x) ** 2 + (cands[:, 1] - y) ** 2 < spacing ** 2
        # drop the marks the others made useless (latest first), keeping every area at its goal
        # or at what it had before this round
        floor = np.minimum(goal * area_size, est)
        drop = set()
        for best, kc in reversed(picked):
            check_cancel()
            hit = sj[c_ptr[best]:c_ptr[best + 1]]
            lost_s = hit[count[hit] == m]
            lost = np.bincount(s_area[lost_s], weights=weight[lost_s], minlength=len(area_size))
            if np.all(est - lost >= floor - 1e-6):
                count[hit] -= 1
                est -= lost
                drop.add(kc)
        if drop:
            chosen = [c for k, c in enumerate(chosen) if k not in drop]
        # exact check
        check_cancel()
        new_pts = np.array([c[:2] for c in chosen]).reshape(-1, 2)
        current = _rerun(result, new_pts, only=short, previous=current)
        step /= 2.0
    check_cancel()
    new_pts = np.array([c[:2] for c in chosen]).reshape(-1, 2)
    after = _rerun(result, new_pts) if chosen else result
    # leveling estimate, in the order of the proposals
    props = []
    n_exist = len(existing)
    for k, (x, y, gi, ai) in enumerate(chosen):
        marks = np.vstack([existing, new_pts[:k]]) if k else existing
        if len(marks) == 0:
            tie, km = (), 0.0
        else:
            d = np.hypot(marks[:, 0] - x, marks[:, 1] - y)
            near = np.argpartition(d, 1)[:2] if len(d) > 2 else np.arange(len(d))
            near = near[np.argsort(d[near])]
            tie = tuple(("benchmark", int(j)) if j < n_exist else ("proposal", int(j - n_exist)) for j in near)
            km = detour * float(d[near].sum()) * (1.0 if len(near) == 2 else 2.0) / 1000.0
        props.append(Proposal(x=x, y=y, gap=gi, area=ai, tie_to=tie, km=km, days=km / rate_km_per_day))
    return ProposalResult(proposals=props, covered_pct_before=before,
                          covered_pct_after=[row.covered_pct for row in after.rows], target=target,
                          rate_km_per_day=rate_km_per_day, detour=detour, after=after)


def _rerun(result, new_pts, only=None, previous=None):
    """The study of `result` again with extra benchmarks (already counted as usable); with
    `only`, just for those areas, the other rows taken from `previous`."""
    pts = np.vstack([result.points, new_pts]) if len(new_pts) else result.points
    idx = list(range(len(result.rows))) if only is None else list(only)
    sub = study(pts, result.radius, result.min_count, areas=[result.rows[k].geometry for k in idx],
                names=[result.rows[k].name for k in idx], tol=0.0, quad_segs=result.quad_segs)
    if only is None:
        return sub
    rows = list(previous.rows)
    for k, row in zip(idx, sub.rows):
        rows[k] = row
    return StudyResult(rows=rows, radius=sub.radius, min_count=sub.min_count, points=sub.points,
                       benchmarks=sub.benchmarks, gap_parts=[], quad_segs=sub.quad_segs)


# ---------------------------------------------------------------------------------------------
# benchmark gaps: isolated marks, long holes along leveling lines, broken triplets
# ---------------------------------------------------------------------------------------------

@dataclass
class Finding:
    kind: str           # 'isolated', 'line_gap', 'triplet_incomplete', 'triplet_unusable'
    ids: tuple          # matricules involved
    x: float
    y: float
    distance: float     # metres (line gaps), else nan
    message: Message

    @property
    def reason(self):
        return self.message.text()


def benchmark_gaps(ids, xy, states=None, freres=None, radius=DEFAULT_RADIUS, min_count=MIN_BENCHMARKS,
                   unusable_states=UNUSABLE_STATES, tol=DUPLICATE_TOLERANCE):
    """Weak spots of the network, each Finding with a reason:

    * isolated: a usable benchmark with fewer than m − 1 other usable ones within r (nothing to
      check it against);
    * line_gap: two consecutive usable benchmarks of a leveling line (matricule prefix, ordered by
      number) more than 2r apart;
    * triplet_incomplete: a triplet whose `freres_info` names a benchmark absent from the data
      (IGN does not publish destroyed marks);
    * triplet_unusable: a triplet with a member in an unusable state.
    Duplicates (same matricule or position within tol) are counted once.
    """
    radius, m, _ = _check_params(radius, min_count)
    if ids is None:
        raise CanevasError(N_("The benchmark matricules (field 'nom') are needed to find line gaps and "
                              "triplets: choose the matricule field."))
    bm = classify(xy, ids, states, freres, False, unusable_states, tol)
    xy = bm.xy
    names = [str(i) if i is not None else "" for i in bm.ids]
    findings = []
    use = np.flatnonzero(bm.kept & bm.usable)
    # isolated
    if m >= 2 and len(use):
        pairs = close_pairs(xy[use], radius)
        deg = np.bincount(pairs.reshape(-1), minlength=len(use)) if len(pairs) else np.zeros(len(use), np.int64)
        for k in np.flatnonzero(deg < m - 1).tolist():
            i = int(use[k])
            findings.append(Finding("isolated", (names[i],), float(xy[i, 0]), float(xy[i, 1]), float("nan"),
                                    Message(N_("Benchmark {id} is isolated: {count} other usable benchmark(s) "
                                               "within {radius:g} m, {needed} needed to check it."),
                                            id=names[i], count=int(deg[k]), radius=radius, needed=m - 1)))
    # lines
    lines = {}
    for i in use.tolist():
        line, number = parse_matricule(names[i])
        if line and number:
            lines.setdefault(normalize_matricule(line), []).append(i)
    for key in sorted(lines):
        members = sorted(lines[key], key=lambda i: (matricule_number_key(parse_matricule(names[i])[1]), i))
        for a, b in zip(members, members[1:]):
            d = float(np.hypot(*(xy[a] - xy[b])))
            if d > 2 * radius:
                findings.append(Finding("line_gap", (names[a], names[b]), float((xy[a, 0] + xy[b, 0]) / 2),
                                        float((xy[a, 1] + xy[b, 1]) / 2), d,
                                        Message(N_("Leveling line {line}: {first} and {second} are {distance:.0f} m "
                                                   "apart, more than 2 × {radius:g} m; a mark between them is "
                                                   "missing or unusable."),
                                                line=parse_matricule(names[a])[0], first=names[a], second=names[b],
                                                distance=d, radius=radius)))
    # triplets
    if freres is not None:
        by_key = {}
        for i in range(len(names)):
            if bm.kept[i] and names[i]:
                by_key.setdefault(normalize_matricule(names[i]), i)
        groups = {}
        for i in np.flatnonzero(bm.kept & bm.triplet).tolist():
            members = [names[i]] + triplet_members(freres[i])
            key = frozenset(normalize_matricule(x) for x in members)
            groups.setdefault(key, (i, members))
        for key, (i, members) in sorted(groups.items(), key=lambda kv: matricule_sort_key(kv[1][1][0])):
            shown = sorted({normalize_matricule(x): x for x in members}.values(), key=matricule_sort_key)
            present = [by_key[normalize_matricule(x)] for x in shown if normalize_matricule(x) in by_key]
            missing = [x for x in shown if normalize_matricule(x) not in by_key]
            bad = [names[j] for j in present if not bm.usable[j]]
            cx, cy = (xy[present].mean(axis=0) if present else xy[i])
            label = ", ".join(shown)
            if missing:
                findings.append(Finding("triplet_incomplete", tuple(shown), float(cx), float(cy), float("nan"),
                                        Message(N_("Triplet {members}: {missing} not found in the data (destroyed "
                                                   "marks are not published); the triplet is incomplete."),
                                                members=label, missing=", ".join(missing))))
            if bad:
                states_txt = ", ".join("{} ({})".format(names[j], states[j] if states is not None else "")
                                       for j in present if not bm.usable[j])
                findings.append(Finding("triplet_unusable", tuple(shown), float(cx), float(cy), float("nan"),
                                        Message(N_("Triplet {members}: {members_bad} cannot be used; the triplet "
                                                   "cannot check its own stability."),
                                                members=label, members_bad=states_txt)))
    return findings
