"""Linear alteration ("altération linéaire") of a projection, in mm/km.

alteration = (k · R / (R + h) − 1) · 10⁶, with k the projection's scale factor, R the
Gaussian mean radius of curvature at the point and h the height above the ellipsoid
(altitude + geoid undulation). Without heights it is the projection's own distortion.
"""

import numpy as np

from .lcc import PROJECTIONS

ALTERATION_SYSTEMS = tuple(PROJECTIONS)


def mean_radius(lcc, lat):
    """Gaussian mean radius √(M·N) of the projection's ellipsoid at latitude `lat` (degrees)."""
    e2 = lcc.e ** 2
    s2 = np.sin(np.radians(lat)) ** 2
    return lcc.a * np.sqrt(1 - e2) / (1 - e2 * s2)


def linear_alteration(system, x, y, height=None):
    """Linear alteration in mm/km at projected coordinates x, y of `system` (REN09, CC48, L93).

    `height`: ellipsoidal heights in metres (same shape as x), or None for the projection alone.
    """
    if system not in PROJECTIONS:
        raise ValueError("linear alteration is known for {}, not {!r}".format(", ".join(PROJECTIONS), system))
    lcc = PROJECTIONS[system]
    _, lat = lcc.inverse(x, y)
    k = lcc.scale_factor(lat)
    if height is not None:
        r = mean_radius(lcc, lat)
        k = k * r / (r + np.asarray(height, dtype=float))
    return (k - 1.0) * 1e6


def grid_axes(xmin, ymin, xmax, ymax, spacing):
    """Cell-centre coordinates of a north-up grid covering the extent (at least one cell)."""
    if spacing <= 0:
        raise ValueError("grid spacing must be positive")
    if xmax <= xmin or ymax <= ymin:
        raise ValueError("the extent is empty")
    ncols = max(1, int(np.ceil((xmax - xmin) / spacing)))
    nrows = max(1, int(np.ceil((ymax - ymin) / spacing)))
    xs = xmin + spacing * (np.arange(ncols) + 0.5)
    ys = ymax - spacing * (np.arange(nrows) + 0.5)  # top row first, as rasters are stored
    return xs, ys
