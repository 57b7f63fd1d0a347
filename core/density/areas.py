"""The study per study area (`study`): coverage and gaps of each area (e.g. each commune),
with its benchmark counts."""

from dataclasses import dataclass
from typing import List, Tuple, Union

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..density_defaults import DEFAULT_RADIUS, MIN_BENCHMARKS, UNUSABLE_STATES
from ..messages import N_, CanevasError
from .benchmarks import Benchmarks, classify
from .checks import DEFAULT_QUAD_SEGS, DUPLICATE_TOLERANCE, MIN_ARC_SEGMENTS, _check_params
from .covering import _coverage_ragged
from .polygons import _innermost, _multipolygon, _polygonal, _ring_area, _ring_boxes, _rings_of, _shoelace


@dataclass
class AreaRow:
    name: str
    geometry: Union[Polygon, MultiPolygon]  # the study area
    area: float               # m²
    covered_area: float       # m²
    coverage: MultiPolygon    # clipped to the area
    gaps: MultiPolygon        # area − coverage
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
    rows: List[AreaRow]       # in the order of the areas
    radius: float
    min_count: int
    points: np.ndarray        # the benchmarks that make coverage (deduplicated, usable), (k, 2)
    benchmarks: Benchmarks
    gap_parts: List[Tuple[int, Polygon]]  # (row index, gap polygon): every gap; proposals refer to it
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


#: A part crossing an area's boundary with at least this many holes leaves its holes strictly
#: inside the area out of the overlay (GEOS's overlay gets superlinear in the holes: 23 s for a
#: country-wide part with 110 000 holes, 0.1 s for its shell alone).
HOLES_APART = 1000


def _split_holes(area, p, ragged):
    """For the part p (crossing the area's boundary) with many holes: (that part without its holes
    strictly inside the area, the ragged ring indices of those holes, their boxes, their areas);
    None for a part with few holes. A hole whose box meets the area's boundary stays in the part."""
    po, ro = ragged.poly_offsets, ragged.ring_offsets
    ks = np.arange(po[p] + 1, po[p + 1])
    if len(ks) < HOLES_APART:
        return None
    c0 = ro[ks[0]]
    coords, offs = ragged.coords[c0:ro[ks[-1] + 1]], ro[ks[0]:ks[-1] + 2] - c0
    boxes = _ring_boxes(coords, offs)
    touch = shapely.STRtree(shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])).query(
        shapely.boundary(area), predicate="intersects")
    # a box clear of the boundary is on one side of it: one vertex tells which
    inner = shapely.contains_xy(area, coords[offs[:-1], 0], coords[offs[:-1], 1])
    inner[touch] = False
    if not inner.any():
        return None
    kept = Polygon(ragged.ring(po[p]), [ragged.ring(k) for k in ks[~inner].tolist()])
    return kept, ks[inner], boxes[inner], np.abs(_shoelace(coords, offs))[inner]


def _overlay_crossing(area, parts, crossing, ragged):
    """The overlay of the area with the parts crossing its boundary: (coverage pieces, area −
    those parts, and the holes set apart by _split_holes: ring indices, boxes, areas)."""
    pieces = []
    g0 = area
    apart, apart_boxes, apart_areas = [], [], []  # holes of crossing parts kept out of the overlay
    if len(crossing):
        cross = parts[crossing].copy()
        for n, p in enumerate(crossing.tolist()):
            split = _split_holes(area, p, ragged)
            if split is not None:
                cross[n] = split[0]
                apart.append(split[1])
                apart_boxes.append(split[2])
                apart_areas.append(split[3])
        big = shapely.get_num_coordinates(cross) > 2000
        x0, y0, x1, y1 = area.bounds
        pad = 1e-6 * max(x1 - x0, y1 - y0, 1.0)
        if big.any():
            # only a part much larger than the area's box is worth the cut (and the validity check
            # of the cut, slow on a country-wide part with its many holes)
            b = shapely.bounds(cross)
            big &= (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) > 4.0 * max(x1 - x0, pad) * max(y1 - y0, pad)
        if big.any():
            # a large part (a whole conurbation) is first cut to the area's box: linear time
            cut = shapely.clip_by_rect(cross[big], x0 - pad, y0 - pad, x1 + pad, y1 + pad)
            bad = ~shapely.is_valid(cut)
            if bad.any():
                cut[bad] = shapely.make_valid(cut[bad])
            cross = np.concatenate([cross[~big], cut])
        cross_union = shapely.union_all(cross) if len(cross) > 1 else cross[0]
        pieces = list(_polygonal(shapely.intersection(area, cross_union), check=False).geoms)
        g0 = shapely.difference(area, cross_union)
    return pieces, g0, apart, apart_boxes, apart_areas


def _clip_coverage(area, parts, ragged, tree):
    """(coverage ∩ area, area − coverage) for one area, given the coverage parts.

    Parts strictly inside the area are used as they are and their shells become holes of the gap
    (no overlay with them); only the parts crossing the area's boundary go through an overlay.
    """
    shapely.prepare(area)  # before the first predicate: unprepared, 7 s on a country-wide part
    idx = tree.query(area)
    if len(idx):
        idx = idx[shapely.intersects(area, parts[idx])]
    inside = idx[shapely.contains_properly(area, parts[idx])] if len(idx) else idx
    crossing = np.setdiff1d(idx, inside)
    pieces, g0, apart, apart_boxes, apart_areas = _overlay_crossing(area, parts, crossing, ragged)
    g0 = _polygonal(g0, check=g0 is area)
    # coverage: the inside parts straight from the flat arrays, plus the overlay pieces
    polys = [[ragged.ring(k) for k in range(ragged.poly_offsets[p], ragged.poly_offsets[p + 1])]
             for p in inside.tolist()]
    apart = np.concatenate(apart) if apart else np.zeros(0, np.int64)
    holes_of = _holes_home(pieces, apart, ragged)
    if holes_of is None:  # not expected: the whole overlay instead
        return _clip_coverage_overlay(area, parts, idx)
    polys += [_rings_of(g) + holes_of[j] for j, g in enumerate(pieces)]
    coverage = _multipolygon(polys)
    if not len(inside) and not len(apart):
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
    if len(apart):  # the holes set apart are gaps too (their boxes and areas already known)
        conts += [[ragged.ring(k)] for k in apart.tolist()]
        boxes = np.vstack([boxes.reshape(-1, 4)] + apart_boxes)
        areas = np.concatenate([areas] + apart_areas)
    if not len(shells):
        return coverage, _multipolygon(conts)
    probes = np.array([ragged.ring(k)[1] for k in shells.tolist()])
    inner = _innermost(probes, boxes, areas, lambda j: Polygon(conts[j][0], conts[j][1:] if j < n_g0 else None),
                       assume_inside=False)
    if (inner < 0).any():  # not expected (parts are disjoint): fall back on an overlay
        return coverage, _polygonal(shapely.difference(area, coverage))
    for k, j in zip(shells.tolist(), inner.tolist()):
        conts[j].append(ragged.ring(k))
    return coverage, _multipolygon(conts)


def _holes_home(pieces, apart, ragged):
    """The holes set apart (ragged ring indices), as lists of rings per overlay piece: each lies
    inside one piece (strictly inside the area, inside its part's shell, clear of the part's
    other holes). None when one finds no piece."""
    holes_of = [[] for _ in pieces]
    if not len(apart):
        return holes_of
    pb = shapely.bounds(np.array(pieces, dtype=object)) if pieces else np.zeros((0, 4))
    home = _innermost(np.array([ragged.ring(k)[1] for k in apart.tolist()]), pb,
                      np.array([g.area for g in pieces]), lambda j: pieces[j], assume_inside=True)
    if (home < 0).any():
        return None
    for k, j in zip(apart.tolist(), home.tolist()):
        holes_of[j].append(ragged.ring(k))
    return holes_of


def _clip_coverage_overlay(area, parts, idx):
    """(coverage ∩ area, area − coverage) by plain overlays of the parts meeting the area."""
    cov = shapely.union_all(parts[idx]) if len(idx) else None
    if cov is None:
        return MultiPolygon(), _polygonal(area)
    return (_polygonal(shapely.intersection(area, cov), check=False),
            _polygonal(shapely.difference(area, cov), check=False))


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


