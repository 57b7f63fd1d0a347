"""Input checks shared by the density study: coordinates and the study's parameters."""

import math

import numpy as np

from ..messages import N_, CanevasError

DEFAULT_QUAD_SEGS = 64
MIN_ARC_SEGMENTS = 2
DUPLICATE_TOLERANCE = 0.001  # metres


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
