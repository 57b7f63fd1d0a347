"""The boundary of the region covered by at least m discs, as arcs linked into closed rings
(the method is described in the package docstring). Local coordinates; no polygon overlay."""

import math

import numpy as np

from .neighbours import pairs_within


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
                for k in [(i_t + di) * ntx + (j_t + dj)] if i_t + di >= 0 and 0 <= j_t + dj < ntx
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
    keep = np.flatnonzero(~skip)
    i, other = pairs_within(c[keep], c, 2.0 * radius)
    own = keep[i]
    del i
    ok = own != other
    own, other = own[ok], other[ok]
    key = np.minimum(own, other) * len(c) + np.maximum(own, other)
    _, pair = np.unique(key, return_inverse=True)
    did = 2 * pair.astype(np.int64).reshape(-1) + (own > other)
    return own, other, did


def _boundary_arcs(c, w, radius, m, deep, chunk):
    """Every boundary arc, chunk by chunk of whole circles holding about `chunk` directed pairs:
    (full circles, circle, a0, a1, start_id, end_id) as _chunk_arcs."""
    n = len(c)
    own, other, did = _directed_pairs(c, radius, deep)
    bounds = np.searchsorted(own, np.arange(n + 1))  # entries of circle i: bounds[i]:bounds[i + 1]
    cuts = [0]
    while cuts[-1] < n:
        nxt = int(np.searchsorted(bounds, bounds[cuts[-1]] + chunk, side="right")) - 1
        cuts.append(min(n, max(nxt, cuts[-1] + 1)))
    outs = []
    for lo, hi in zip(cuts[:-1], cuts[1:]):
        sl = slice(bounds[lo], bounds[hi])
        outs.append(_chunk_arcs(c, w, radius, m, own[sl], other[sl], did[sl], lo, hi))
    del own, other, did
    full, circle, a0, a1, start_id, end_id = (np.concatenate(x) for x in zip(*outs))
    full = full[~deep[full]]  # a skipped circle has no pairs, yet it is no isolated circle
    return full, circle, a0, a1, start_id, end_id


def _link_rings(start_id, end_id):
    """Arcs linked into closed rings: the successor of an arc is the arc that starts where it
    ends, on the other circle. Returns (seq: arcs in ring order, ring_len: arcs per ring)."""
    d_end, t_end = end_id // 2, end_id % 2
    succ_id = 2 * (d_end ^ 1) + (1 - t_end)
    sort_start = np.argsort(start_id)
    pos = np.minimum(np.searchsorted(start_id[sort_start], succ_id), len(start_id) - 1)
    nxt = sort_start[pos]
    if not np.array_equal(start_id[nxt], succ_id):
        raise _Inconsistent("successor")
    if not np.array_equal(np.sort(nxt), np.arange(len(nxt))):
        raise _Inconsistent("permutation")
    del d_end, t_end, succ_id, sort_start, pos
    nxt_list = nxt.tolist()
    seen = bytearray(len(nxt_list))
    seq, ring_len = [], []
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
    return np.asarray(seq, dtype=np.int64), np.asarray(ring_len, dtype=np.int64)


def _write_arc_vertices(coords, arc_out, seq, ns, nseg, centre, a0, span, radius, block=2_000_000):
    """Write the vertices of the arcs, in ring order, into coords (arc_out: where each arc's first
    vertex goes), about `block` vertices at a time."""
    within = np.cumsum(ns) - ns  # vertex offset of the arc in the whole sequence
    b0 = 0
    while b0 < len(seq):
        b1 = max(int(np.searchsorted(within, within[b0] + block, side="left")), b0 + 1)
        sl = slice(b0, b1)
        arcs, nsb = seq[sl], ns[sl]
        rep = np.repeat(np.arange(len(arcs)), nsb)
        k = np.arange(int(nsb.sum())) - np.repeat(np.cumsum(nsb) - nsb, nsb)
        arc_rep = arcs[rep]
        angle = a0[arc_rep] + span[arc_rep] * (k / nseg[arc_rep])
        dst = arc_out[sl][rep] + k
        at = centre[arc_rep]
        coords[dst, 0] = at[:, 0] + radius * np.cos(angle)
        coords[dst, 1] = at[:, 1] + radius * np.sin(angle)
        b0 = b1


def _boundary_rings(c, w, radius, m, quad_segs, min_arc, chunk=4_000_000):
    """Boundary rings of the region covered ≥ m times, in local coordinates.

    Returns (coords, offsets): ring k is coords[offsets[k]:offsets[k + 1]], closed (its last
    vertex repeats its first), counter-clockwise around covered ground.
    """
    step = 2.0 * math.pi / (4 * quad_segs)
    deep = _deep_circles(c, w, radius, m)
    full, circle, a0, a1, start_id, end_id = _boundary_arcs(c, w, radius, m, deep, chunk)
    full_n = 4 * quad_segs
    ang = np.arange(full_n + 1) * step
    unit = np.column_stack([np.cos(ang), np.sin(ang)]) * radius
    unit[-1] = unit[0]
    n_full = len(full)
    if len(circle):
        seq, ring_len = _link_rings(start_id, end_id)
    else:
        seq, ring_len = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    del start_id, end_id
    span = a1 - a0
    nseg = np.maximum(np.ceil(span / step - 1e-9).astype(np.int64), min_arc)
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
        within = np.cumsum(ns) - ns
        ring_base = np.r_[0, np.cumsum(ring_vertices - 1)[:-1]]  # same offset, at the ring's first arc
        arc_out = offsets[n_full + ring_of] + within - ring_base[ring_of]
        _write_arc_vertices(coords, arc_out, seq, ns, nseg, c[circle], a0, span, radius)
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

