"""Lambert conformal conic (2 standard parallels) on an ellipsoid, in closed form.

Written from the textbook formulas (IGN NTG_71, Snyder 1987 §15) so that the scale factor,
meridian convergence and linear alteration do not depend on PROJ; tests compare both.
Angles in degrees, lengths in metres; works on scalars and numpy arrays.
"""

import math
from dataclasses import dataclass

import numpy as np

from . import systems


@dataclass(frozen=True)
class Lcc:
    a: float
    b: float
    lat_0: float
    lat_1: float
    lat_2: float
    lon_0: float  # from Greenwich
    x_0: float
    y_0: float
    k_0: float = 1.0

    @property
    def e(self):
        return math.sqrt(1 - (self.b / self.a) ** 2)

    def _m(self, phi):
        return np.cos(phi) / np.sqrt(1 - (self.e * np.sin(phi)) ** 2)

    def _t(self, phi):
        e = self.e
        es = e * np.sin(phi)
        return np.tan(math.pi / 4 - phi / 2) / ((1 - es) / (1 + es)) ** (e / 2)

    @property
    def _consts(self):
        p1, p2, p0 = (math.radians(v) for v in (self.lat_1, self.lat_2, self.lat_0))
        m1, m2 = self._m(p1), self._m(p2)
        t1, t2, t0 = self._t(p1), self._t(p2), self._t(p0)
        if abs(p1 - p2) < 1e-12:
            n = math.sin(p1)
        else:
            n = (math.log(m1) - math.log(m2)) / (math.log(t1) - math.log(t2))
        f = m1 / (n * t1 ** n)
        rho0 = self.a * self.k_0 * f * t0 ** n
        return n, f, rho0

    def forward(self, lon, lat):
        n, f, rho0 = self._consts
        phi = np.radians(lat)
        rho = self.a * self.k_0 * f * self._t(phi) ** n
        theta = n * np.radians(np.asarray(lon) - self.lon_0)
        return self.x_0 + rho * np.sin(theta), self.y_0 + rho0 - rho * np.cos(theta)

    def inverse(self, x, y):
        n, f, rho0 = self._consts
        dx = np.asarray(x, dtype=float) - self.x_0
        dy = rho0 - (np.asarray(y, dtype=float) - self.y_0)
        rho = np.sign(n) * np.hypot(dx, dy)
        theta = np.arctan2(np.sign(n) * dx, np.sign(n) * dy)
        t = (rho / (self.a * self.k_0 * f)) ** (1 / n)
        e = self.e
        phi = math.pi / 2 - 2 * np.arctan(t)
        for _ in range(15):  # converges to 1e-15 rad in ~6 iterations at these latitudes
            es = e * np.sin(phi)
            phi = math.pi / 2 - 2 * np.arctan(t * ((1 - es) / (1 + es)) ** (e / 2))
        return np.degrees(theta / n) + self.lon_0, np.degrees(phi)

    def scale_factor(self, lat):
        """Point scale factor k (the same along the meridian and the parallel: conformal)."""
        n, f, _ = self._consts
        phi = np.radians(lat)
        return self.k_0 * n * f * self._t(phi) ** n / self._m(phi)

    def convergence(self, lon):
        """Meridian convergence in degrees, with PROJ's sign (negative west of the central meridian)."""
        n, _, _ = self._consts
        return n * (np.asarray(lon, dtype=float) - self.lon_0)


_CLARKE = (6378249.2, 6356515.0)
_GRS80_A = 6378137.0
_GRS80_B = _GRS80_A * (1 - 1 / 298.257222101)

PROJECTIONS = {
    "REN09": Lcc(*_CLARKE, 48.1, 48.0, 48.2, systems.REN09_LON_0, 340000.0, 60000.0),
    "CC48": Lcc(_GRS80_A, _GRS80_B, 48.0, 47.25, 48.75, 3.0, 1700000.0, 7200000.0),
    "L93": Lcc(_GRS80_A, _GRS80_B, 46.5, 49.0, 44.0, 3.0, 700000.0, 6600000.0),
}
