"""Least-squares fits of one 2D point set onto another (numpy only)."""

import math
from dataclasses import dataclass

import numpy as np

from .messages import N_, CanevasError


@dataclass
class Fit2D:
    """dst ≈ s·R(θ)·src + t. Residuals are dst − fitted (metres)."""
    scale: float
    rotation_rad: float
    tx: float
    ty: float
    residuals: np.ndarray  # shape (n, 2)
    dof: int

    @property
    def scale_ppm(self):
        return (self.scale - 1.0) * 1e6

    @property
    def rotation_gon(self):
        return math.degrees(self.rotation_rad) * 400 / 360

    @property
    def sigma0(self):
        """A-posteriori standard deviation of one coordinate; nan without redundancy."""
        if self.dof <= 0:
            return float("nan")
        return float(math.sqrt((self.residuals ** 2).sum() / self.dof))

    def apply(self, xy):
        xy = np.asarray(xy, dtype=float)
        c, s = math.cos(self.rotation_rad), math.sin(self.rotation_rad)
        x = self.scale * (c * xy[:, 0] - s * xy[:, 1]) + self.tx
        y = self.scale * (s * xy[:, 0] + c * xy[:, 1]) + self.ty
        return np.column_stack([x, y])


def fit_2d(src, dst, with_scale=True):
    """Best fit of src onto dst: 4-parameter similarity (with_scale) or rigid (rotation + translation).

    Closed form on centred coordinates (the least-squares solution for both cases).
    """
    src = np.asarray(src, dtype=float).reshape(-1, 2)
    dst = np.asarray(dst, dtype=float).reshape(-1, 2)
    n = len(src)
    if n != len(dst):
        raise CanevasError(N_("Both point sets must have the same number of points."))
    if n < 2:
        raise CanevasError(N_("At least 2 common points are needed for a fit; {count} given."), count=n)
    cs, cd = src.mean(axis=0), dst.mean(axis=0)
    a, b = src - cs, dst - cd
    sxx = float((a ** 2).sum())
    if sxx == 0:
        raise CanevasError(N_("The points are all at the same place: no rotation can be fitted."))
    p = float((a[:, 0] * b[:, 0] + a[:, 1] * b[:, 1]).sum())
    q = float((a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]).sum())
    theta = math.atan2(q, p)
    scale = math.hypot(p, q) / sxx if with_scale else 1.0
    c, s = math.cos(theta), math.sin(theta)
    tx = cd[0] - scale * (c * cs[0] - s * cs[1])
    ty = cd[1] - scale * (s * cs[0] + c * cs[1])
    fit = Fit2D(scale, theta, tx, ty, np.zeros((n, 2)), 2 * n - (4 if with_scale else 3))
    fit.residuals = dst - fit.apply(src)
    return fit
