"""Closed rings to shapely polygons: shells and holes, flat ("ragged") arrays, and the few
polygon helpers of the study (areas, parts, the smallest container of a point)."""

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..shapely_support import ragged_array_safe
from .arcs import _Inconsistent


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


def _polygonal(geom, check=True):
    """Polygon/MultiPolygon part of a geometry (after make_valid), as a MultiPolygon. check=False
    for the output of a GEOS overlay, valid by construction (checking a country-wide coverage
    with its many holes takes seconds)."""
    if geom is None or geom.is_empty:
        return MultiPolygon()
    if check and not geom.is_valid:
        geom = shapely.make_valid(geom)
    parts = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]
    if not parts and geom.geom_type == "GeometryCollection":
        parts = [p for g in geom.geoms for p in shapely.get_parts(g) if p.geom_type == "Polygon"]
    return MultiPolygon(parts)


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

