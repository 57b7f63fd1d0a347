"""Common points known in REN09 and in CC48: which REN09 realisation fits them best.

For each datum-shift variant the REN09 coordinates are transformed to CC48 and compared with the
CC48 ones; a direct 4-parameter similarity REN09 → CC48 is fitted as well, so that a user can see
whether the residuals of a variant are systematic (a realisation problem) or random (survey noise).
Residuals are always measured − computed, in CC48 metres.
"""

from dataclasses import dataclass

import numpy as np

from . import systems
from .fit import fit_2d
from .messages import N_, CanevasError
from .transform import transform_xy


@dataclass
class VariantResult:
    datum_shift: int
    residuals: np.ndarray  # (n, 2) dE, dN

    @property
    def distances(self):
        return np.hypot(self.residuals[:, 0], self.residuals[:, 1])

    @property
    def rms(self):
        return float(np.sqrt((self.distances ** 2).mean()))

    @property
    def max(self):
        return float(self.distances.max())

    @property
    def mean(self):
        return self.residuals.mean(axis=0)


@dataclass
class CommonPointsResult:
    ids: list
    ren09: np.ndarray
    cc48: np.ndarray
    variants: dict          # datum_shift -> VariantResult
    similarity: object      # core.fit.Fit2D, or None with fewer than 2 points
    only_ren09: list
    only_cc48: list

    @property
    def best_datum_shift(self):
        return min(self.variants.values(), key=lambda v: v.rms).datum_shift


def match(ren09_points, cc48_points):
    """Pair points by id. Inputs: iterables of (id, x, y). Duplicate ids are an error."""
    def index(points, label):
        out = {}
        for pid, x, y in points:
            key = str(pid).strip()
            if key in out:
                raise CanevasError(N_("The id '{id}' appears twice in the {system} points: ids must be unique."),
                                   id=key, system=label)
            out[key] = (float(x), float(y))
        return out
    ren, cc = index(ren09_points, "REN09"), index(cc48_points, "CC48")
    ids = sorted(set(ren) & set(cc))
    return ids, sorted(set(ren) - set(cc)), sorted(set(cc) - set(ren)), ren, cc


def check_common_points(ren09_points, cc48_points):
    ids, only_ren, only_cc, ren, cc = match(ren09_points, cc48_points)
    if not ids:
        raise CanevasError(N_("No id is common to the REN09 and CC48 points (e.g. « {ren} » and « {cc} »): "
                              "check the id fields."), ren=next(iter(ren), ""), cc=next(iter(cc), ""))
    r = np.array([ren[i] for i in ids])
    c = np.array([cc[i] for i in ids])
    for label, code, xy in (("REN09", "REN09", r), ("CC48", "CC48", c)):
        others = systems.other_systems(code, xy[:, 0], xy[:, 1])
        if others:
            raise CanevasError(N_("The {label} coordinates look like {found}: check the layers and fields."),
                               label=label, found=" or ".join(systems.SYSTEMS[o].name for o in others))
        # REN09 is only defined around Rennes: a point elsewhere (swapped X/Y fields, a typo, another system
        # that looks like none) would give residuals of kilometres read as a realisation problem.
        outside = np.flatnonzero(systems.outside_area_of_use(code, xy[:, 0], xy[:, 1]))
        if len(outside):
            first = int(outside[0])
            raise CanevasError(N_("{count} of the {label} points lie outside the area of use of {label} (e.g. "
                                  "« {id} » at {x:.3f}, {y:.3f}): check the layer, its X and Y fields (swapped?) and "
                                  "its CRS."), count=len(outside), label=label, id=ids[first],
                               x=float(xy[first, 0]), y=float(xy[first, 1]))
    variants = {}
    for shift in systems.DATUM_SHIFTS:
        tx, ty = transform_xy("REN09", "CC48", r[:, 0], r[:, 1], shift)
        variants[shift] = VariantResult(shift, c - np.column_stack([tx, ty]))
    similarity = fit_2d(r, c, with_scale=True) if len(ids) >= 2 else None
    return CommonPointsResult(ids, r, c, variants, similarity, only_ren, only_cc)
