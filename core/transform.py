"""Coordinate transformations between the systems of core.systems, run by pyproj/PROJ."""

from functools import lru_cache

import numpy as np

from . import systems
from .messages import N_, CanevasError


class TransformError(CanevasError):
    """A coordinate could not be transformed (outside the grid, not finite...)."""


@lru_cache(maxsize=32)
def _transformer(source, target, datum_shift):
    from pyproj import Transformer  # imported here: only this module needs PROJ
    return Transformer.from_pipeline(systems.pipeline(source, target, datum_shift))


def transform_xy(source, target, xs, ys, datum_shift=systems.DATUM_GRID):
    """Transform arrays of coordinates; raises TransformError naming the first failing point."""
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if source == target:
        return xs.copy(), ys.copy()
    tx, ty = _transformer(source, target, datum_shift).transform(xs, ys)
    tx, ty = np.asarray(tx, dtype=float), np.asarray(ty, dtype=float)
    bad = ~(np.isfinite(tx) & np.isfinite(ty))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise TransformError(
            N_("Point {index} ({x:.3f}, {y:.3f}) cannot be transformed from {source} to {target}: it lies "
               "outside the area of the transformation ({count} point(s) in all). Check the source system."),
            index=i + 1, x=float(np.ravel(xs)[i]), y=float(np.ravel(ys)[i]), source=source, target=target,
            count=int(bad.sum()))
    return tx, ty
