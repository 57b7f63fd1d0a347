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


def transform_xy(source, target, xs, ys, datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """Transform arrays of coordinates; raises TransformError naming the first failing point."""
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if source == target:
        return xs.copy(), ys.copy()
    transformer = _transformer(source, target, datum_shift)
    if xs.size == 1 and ys.size == 1:
        # pyproj ≥ 3.5 sends one-element arrays down its single-point path, which converts them to
        # scalars: a NumPy ≥ 1.25 DeprecationWarning. Give it the scalars and keep the caller's shape.
        tx, ty = transformer.transform(float(xs.reshape(-1)[0]), float(ys.reshape(-1)[0]))
        tx, ty = np.full(xs.shape, tx, dtype=float), np.full(ys.shape, ty, dtype=float)
    else:
        tx, ty = transformer.transform(xs, ys)
        tx, ty = np.asarray(tx, dtype=float), np.asarray(ty, dtype=float)
    missing = ~(np.isfinite(xs) & np.isfinite(ys))
    if missing.any():  # not a place outside the transformation: a point without coordinates
        i = int(np.flatnonzero(missing.ravel())[0])
        raise TransformError(
            N_("Point {index} has no coordinates (X {x}, Y {y}): fill them or leave the point out "
               "({count} point(s) in all)."),
            index=i + 1, x=float(np.ravel(xs)[i]), y=float(np.ravel(ys)[i]), count=int(missing.sum()))
    bad = ~(np.isfinite(tx) & np.isfinite(ty))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise TransformError(
            N_("Point {index} ({x:.3f}, {y:.3f}) cannot be transformed from {source} to {target}: it lies "
               "outside the area of the transformation ({count} point(s) in all). Check the source system."),
            index=i + 1, x=float(np.ravel(xs)[i]), y=float(np.ravel(ys)[i]), source=source, target=target,
            count=int(bad.sum()))
    return tx, ty
