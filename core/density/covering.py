"""The region covered by the discs of at least m benchmarks (`coverage`)."""

import numpy as np

from ..density_defaults import DEFAULT_RADIUS, MIN_BENCHMARKS
from ..messages import N_, CanevasError
from .arcs import _boundary_rings, _Inconsistent
from .checks import DEFAULT_QUAD_SEGS, MIN_ARC_SEGMENTS, _as_xy, _check_params
from .neighbours import close_pairs, group_roots
from .polygons import _assemble

_JITTER = 1e-7   # × radius
_MERGE = 1e-6    # × radius
_SLIVER = 1e-9   # × radius²: rings smaller than this are jitter artefacts (1e-3 m² at 1 km)


def _merge_coincident(xy, tol):
    """Group points closer than tol (transitively). Returns (centres, weights, group of each input)."""
    links = close_pairs(xy, tol).tolist() if tol > 0 and len(xy) > 1 else []
    group = group_roots(len(xy), links) if links else np.arange(len(xy))
    reps, inverse, weights = np.unique(group, return_inverse=True, return_counts=True)
    return xy[reps], weights.astype(np.int64), inverse


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

