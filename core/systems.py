"""Coordinate systems used by the geodesy units of Rennes Métropole.

Pure Python: the definitions are PROJ strings (DOMAIN.md §2) so that pyproj
(tests, scripts) and QGIS (algorithms, custom CRS) run the very same
operations. No qgis import here.
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .messages import N_, CanevasError

GRID_DIR = Path(__file__).resolve().parent.parent / "resources" / "grids"
#: NTF -> RGF93 horizontal grid of IGN (NTv2 form of the official conversion).
GRID_FILE = GRID_DIR / "ntf_r93.gsb"

# 2°15'12.36" east of Greenwich: puts grid north on the old VDR79/Lambert II north.
REN09_LON_0 = 2 + 15 / 60 + 12.36 / 3600

CLARKE_1880_IGN = "+a=6378249.2 +b=6356515"

REN09_PROJECTION = (
    "+proj=lcc +lat_0=48.1 +lat_1=48 +lat_2=48.2 +lon_0={:.10f} "
    "+x_0=340000 +y_0=60000 {} +units=m".format(REN09_LON_0, CLARKE_1880_IGN)
)
CC48_PROJECTION = (
    "+proj=lcc +lat_0=48 +lat_1=47.25 +lat_2=48.75 +lon_0=3 "
    "+x_0=1700000 +y_0=7200000 +ellps=GRS80 +units=m"
)
L93_PROJECTION = (
    "+proj=lcc +lat_0=46.5 +lat_1=49 +lat_2=44 +lon_0=3 "
    "+x_0=700000 +y_0=6600000 +ellps=GRS80 +units=m"
)
DATUM_GRID = 0
DATUM_3PARAM = 1
DATUM_SHIFTS = (DATUM_GRID, DATUM_3PARAM)
TOWGS84_3PARAM = (-168.0, -60.0, 320.0)

#: Ellipsoidal height (GRS80, m) reached around Rennes by a point lying on the
#: Clarke 1880 IGN ellipsoid after the 3-parameter shift. The inverse shift
#: starts from this height so that REN09 -> CC48 -> REN09 closes to 1e-5 mm;
#: it varies by < 1 m over the metropole, i.e. < 0.01 mm in plan.
H_GRS80_OF_NTF_SURFACE = 46.07

#: REN09 as the City of Rennes defined it (study, part 2.2.2.2): NTF with the standard 3-parameter shift.
DEFAULT_DATUM_SHIFT = DATUM_3PARAM
#: Name of the grid file, the only way a written CRS refers to it (PROJ finds it in its search paths).
GRID_NAME = "ntf_r93.gsb"

#: Names of the two REN09 CRS (registered custom CRS, written files). Never « REN09 IGN »: in the study
#: that is another system, which Rennes did not adopt.
REN09_NAMES = {
    DATUM_3PARAM: "REN09 (Rennes 2009)",
    DATUM_GRID: "REN09 with the IGN NTF→RGF93 grid (ntf_r93.gsb)",
}

DATUM_SHIFT_NAMES = {
    DATUM_GRID: N_("REN09 with the IGN NTF→RGF93 grid (ntf_r93.gsb)"),
    DATUM_3PARAM: N_("REN09 (Rennes 2009): NTF with the standard 3-parameter shift −168, −60, 320 m"),
}


@dataclass(frozen=True)
class System:
    """One coordinate system: the one table of their names (no other module spells them)."""
    code: str
    name: str  # the CRS's own name, as written in files and messages (never translated)
    epsg: int  # 0 when the system has no EPSG code
    geographic: bool
    # Plausible coordinate ranges around Rennes (DOMAIN.md §2), for wrong-CRS detection.
    x_range: tuple
    y_range: tuple
    # ((x min, x max), (y min, y max)): the bounding box of the EPSG area of use in the system's own
    # coordinates, rounded outwards (REN09's own area is REN09_AREA_HULL below).
    area_of_use: tuple
    label: str  # how a choice list names it (translatable: N_(), shown through tr)


SYSTEMS = {
    "REN09": System("REN09", REN09_NAMES[DEFAULT_DATUM_SHIFT], 0, False, (10_000, 90_000), (30_000, 110_000),
                    ((21_000, 69_000), (44_000, 97_000)), N_("REN09 (Rennes 2009)")),
    "CC48": System("CC48", "RGF93 v1 / CC48 (EPSG:3948)", 3948, False,
                   (1_300_000, 1_400_000), (7_180_000, 7_260_000), ((1_100_000, 2_100_000), (7_085_000, 7_345_000)),
                   N_("RGF93 / CC48 (EPSG:3948)")),
    "L93": System("L93", "RGF93 v1 / Lambert-93 (EPSG:2154)", 2154, False,
                  (300_000, 400_000), (6_750_000, 6_830_000), ((-380_000, 1_325_000), (6_000_000, 7_240_000)),
                  N_("RGF93 / Lambert-93 (EPSG:2154)")),
    "LII": System("LII", "NTF (Paris) / Lambert II étendu (EPSG:27572)", 27572, False,
                  (250_000, 350_000), (2_320_000, 2_400_000), ((5_000, 1_090_000), (1_700_000, 2_710_000)),
                  N_("NTF (Paris) / Lambert II étendu (EPSG:27572)")),
    "RGF93G": System("RGF93G", "RGF93 v1 geographic (EPSG:4171)", 4171, True,
                     (-5.5, 0.5), (46.5, 49.5), ((-9.86, 10.38), (41.15, 51.56)),
                     N_("RGF93 geographic (longitude, latitude in degrees)")),
}


def labels(codes):
    """The choice-list labels of these systems, in their order (to be shown through tr)."""
    return tuple(SYSTEMS[code].label for code in codes)

#: The systems a point file or layer can be converted between.
TRANSFORMABLE = ("REN09", "CC48", "L93", "RGF93G")


def check_datum_shift(datum_shift):
    if datum_shift not in DATUM_SHIFTS:
        raise ValueError("datum shift must be 0 (IGN grid) or 1 (3 parameters), not {!r}".format(datum_shift))


def grid_path():
    """Path of the shipped NTF→RGF93 grid; raises if it is missing (no silent fallback)."""
    if not GRID_FILE.is_file():
        raise CanevasError(N_("The NTF→RGF93 grid {path} is missing: reinstall the Canevas plugin, "
                              "or choose the 3-parameter datum shift."), path=str(GRID_FILE))
    return str(GRID_FILE)


def ren09_crs_proj(datum_shift=DEFAULT_DATUM_SHIFT):
    """PROJ definition of REN09 as a CRS (bound to RGF93/WGS84 by the chosen shift).

    Portable: the grid is named by its file name only, never by a path of this machine.
    """
    check_datum_shift(datum_shift)
    if datum_shift == DATUM_GRID:
        shift = "+nadgrids={}".format(GRID_NAME)
    else:
        shift = "+towgs84={:g},{:g},{:g}".format(*TOWGS84_3PARAM)
    return "{} {} +no_defs".format(REN09_PROJECTION, shift)


def _ntf_to_rgf93_steps(datum_shift):
    if datum_shift == DATUM_GRID:
        return ["+proj=hgridshift +grids={}".format(grid_path())]
    tx, ty, tz = TOWGS84_3PARAM
    # Heights are kept aside (push/pop): REN09↔CC48 never changes IGN69 heights. The `set` steps make
    # each direction the exact inverse of the other (a QGIS transform run backwards inverts the pipeline).
    return [
        "+proj=push +v_3", "+proj=set +v_3=0",
        "+proj=cart {}".format(CLARKE_1880_IGN),
        "+proj=helmert +x={:g} +y={:g} +z={:g}".format(tx, ty, tz),
        "+inv +proj=cart +ellps=GRS80", "+proj=set +v_3={:g}".format(H_GRS80_OF_NTF_SURFACE), "+proj=pop +v_3",
    ]


def _rgf93_to_ntf_steps(datum_shift):
    if datum_shift == DATUM_GRID:
        return ["+inv +proj=hgridshift +grids={}".format(grid_path())]
    tx, ty, tz = TOWGS84_3PARAM
    return [
        "+proj=push +v_3", "+proj=set +v_3={:g}".format(H_GRS80_OF_NTF_SURFACE),
        "+proj=cart +ellps=GRS80",
        "+proj=helmert +x={:g} +y={:g} +z={:g}".format(-tx, -ty, -tz),
        "+inv +proj=cart {}".format(CLARKE_1880_IGN), "+proj=set +v_3=0", "+proj=pop +v_3",
    ]


_RGF93_PROJECTIONS = {"CC48": CC48_PROJECTION, "L93": L93_PROJECTION}


def _pipeline(steps):
    return "+proj=pipeline " + " ".join("+step " + s for s in steps)


def pipeline(source, target, datum_shift=DEFAULT_DATUM_SHIFT):
    """PROJ pipeline from one system of TRANSFORMABLE to another (x/y = east/north, degrees for RGF93G).

    Only REN09 involves a datum shift; the others are all RGF93.
    """
    check_datum_shift(datum_shift)
    for code in (source, target):
        if code not in TRANSFORMABLE:
            raise ValueError("unknown system {!r}; expected one of {}".format(code, ", ".join(TRANSFORMABLE)))
    if source == target:
        return "+proj=noop"
    steps = []
    # to RGF93 geographic (radians)
    if source == "REN09":
        steps += ["+inv " + REN09_PROJECTION] + _ntf_to_rgf93_steps(datum_shift)
    elif source == "RGF93G":
        steps += ["+proj=unitconvert +xy_in=deg +xy_out=rad"]
    else:
        steps += ["+inv " + _RGF93_PROJECTIONS[source]]
    # from RGF93 geographic (radians)
    if target == "REN09":
        steps += _rgf93_to_ntf_steps(datum_shift) + [REN09_PROJECTION]
    elif target == "RGF93G":
        steps += ["+proj=unitconvert +xy_in=rad +xy_out=deg"]
    else:
        steps += [_RGF93_PROJECTIONS[target]]
    return _pipeline(steps)


def datum_shift_name(datum_shift):
    """English name of a datum-shift variant (an N_() template: translate it on display)."""
    check_datum_shift(datum_shift)
    return DATUM_SHIFT_NAMES[datum_shift]


# --- recognising a CRS and raw coordinates -------------------------------------------------

def parse_proj(definition):
    """'+proj=lcc +lat_0=48 ...' -> {'proj': 'lcc', 'lat_0': '48', ...}."""
    params = {}
    for token in (definition or "").split():
        token = token.lstrip("+")
        if not token:
            continue
        key, _, value = token.partition("=")
        params[key] = value
    return params


_SIGNATURES = {
    "REN09": {"proj": "lcc", "lat_0": 48.1, "lat_1": 48.0, "lat_2": 48.2, "lon_0": REN09_LON_0,
              "x_0": 340000.0, "y_0": 60000.0},
    "CC48": {"proj": "lcc", "lat_0": 48.0, "lat_1": 47.25, "lat_2": 48.75, "lon_0": 3.0,
             "x_0": 1700000.0, "y_0": 7200000.0},
    "L93": {"proj": "lcc", "lat_0": 46.5, "lat_1": 49.0, "lat_2": 44.0, "lon_0": 3.0,
            "x_0": 700000.0, "y_0": 6600000.0},
}


def identify_proj(definition):
    """Code of the system a PROJ string defines (REN09, CC48, L93, RGF93G) or None.

    Standard parallels may come in either order; values are compared to 1e-6.
    """
    p = parse_proj(definition)
    if p.get("proj") in ("longlat", "latlong"):
        ellps = p.get("ellps", "")
        if ellps == "GRS80" or p.get("datum") == "WGS84" or ellps == "WGS84" or "towgs84=0,0,0" in (definition or ""):
            return "RGF93G"
        return None
    for code, sig in _SIGNATURES.items():
        if p.get("proj") != sig["proj"]:
            continue
        try:
            vals = {k: float(p.get(k, "nan")) for k in sig if k != "proj"}
        except ValueError:
            continue
        parallels = zip(sorted((vals["lat_1"], vals["lat_2"])), sorted((sig["lat_1"], sig["lat_2"])))
        if all(abs(a - b) < 1e-6 for a, b in parallels) and all(
                abs(vals[k] - sig[k]) < 1e-6 for k in ("lat_0", "lon_0", "x_0", "y_0")):
            return code
    return None


#: Rennes town hall (−1.6797°, 48.1115°) in REN09 (3-parameter shift; the grid variant is 2 m away).
REN09_TOWN_HALL = (47300.7, 68766.5)

#: Area of use of REN09: Rennes Métropole and REN09_AREA_MARGIN_M around it. The metropole is the convex
#: hull of its 43 communes (IGN / INSEE Admin Express COG 2018, Licence Ouverte / Etalab 2.0), in REN09
#: metres; it reaches 28.7 km from the town hall, so the area ends 29–34 km from it. A hull rather than a
#: circle: X and Y swapped around Rennes land 9–17 km outside it, where a circle would still accept them.
REN09_AREA_HULL = (
    (43375, 49228), (42186, 50054), (42031, 50169), (26597, 63268), (26038, 64648), (27561, 88287),
    (27823, 89687), (28486, 90484), (30333, 91323), (51351, 84466), (51477, 84417), (51678, 84327),
    (56134, 81540), (56728, 81155), (57189, 80795), (63023, 73571), (63238, 72422), (63023, 66598),
    (59669, 58179), (58389, 55263), (57050, 52884), (54925, 51328), (53915, 50933), (46676, 49144),
)
REN09_AREA_MARGIN_M = 5_000.0


def ren09_distance_km(x, y):
    """Distance (km) of a REN09 point from Rennes town hall, measured in the projection plane (scale ≈ 1)."""
    return ((float(x) - REN09_TOWN_HALL[0]) ** 2 + (float(y) - REN09_TOWN_HALL[1]) ** 2) ** 0.5 / 1000.0


def _distance_outside_hull(xs, ys, hull):
    """Distance (m) of points from a convex polygon (counter-clockwise vertices); 0 inside, NaN if not finite."""
    xs, ys = np.asarray(xs, dtype=float).ravel(), np.asarray(ys, dtype=float).ravel()
    ax, ay = np.array(hull, dtype=float).T
    bx, by = np.roll(ax, -1), np.roll(ay, -1)
    ex, ey = bx - ax, by - ay
    px, py = xs[:, None] - ax, ys[:, None] - ay
    cross = ex * py - ey * px
    inside = (cross >= 0).all(axis=1) | (cross <= 0).all(axis=1)  # either orientation
    t = np.clip((px * ex + py * ey) / (ex * ex + ey * ey), 0.0, 1.0)
    edge = np.hypot(px - t * ex, py - t * ey).min(axis=1)
    distance = np.where(inside, 0.0, edge)
    distance[~(np.isfinite(xs) & np.isfinite(ys))] = np.nan
    return distance


def outside_ren09_area_mask(xs, ys):
    """True for each REN09 point outside REN09's area of use (or not finite)."""
    return ~(_distance_outside_hull(xs, ys, REN09_AREA_HULL) <= REN09_AREA_MARGIN_M)


def outside_ren09_area(x, y):
    """True when a REN09 point lies outside REN09's area of use (or is not finite)."""
    return bool(outside_ren09_area_mask([x], [y])[0])


def outside_area_of_use(code, xs, ys):
    """True for each point outside the area of use of system `code` (or not finite).

    REN09: Rennes Métropole and its margin. The others: the bounding box of their EPSG area of use.
    """
    if code == "REN09":
        return outside_ren09_area_mask(xs, ys)
    xs, ys = np.asarray(xs, dtype=float).ravel(), np.asarray(ys, dtype=float).ravel()
    (x0, x1), (y0, y1) = SYSTEMS[code].area_of_use
    return ~((xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1))


def looks_like(xs, ys):
    """Codes of the systems whose Rennes-area ranges contain most of the given coordinates.

    Uses the median of the coordinates so that a few stray points do not decide.
    """
    xs = sorted(float(x) for x in xs)
    ys = sorted(float(y) for y in ys)
    if not xs:
        return []
    mx, my = xs[len(xs) // 2], ys[len(ys) // 2]
    return [code for code, s in SYSTEMS.items()
            if s.x_range[0] <= mx <= s.x_range[1] and s.y_range[0] <= my <= s.y_range[1]]


def other_systems(expected, xs, ys):
    """Codes of the systems the coordinates look like when they do not look like `expected`.

    Empty when they may belong to `expected`, and also when they look like no known system
    (the area may lie outside Rennes): only a positive match with another system is an error.
    """
    found = looks_like(xs, ys)
    return [] if expected in found else found


#: Clarke 1880 (IGN): a = 6 378 249.2 m, b = 6 356 515.0 m, i.e. 1/f = a / (a − b).
CLARKE_1880_IGN_INV_F = 6378249.2 / (6378249.2 - 6356515.0)


def ren09_wkt(datum_shift=DEFAULT_DATUM_SHIFT):
    """WKT 1 of REN09, named, holding no file path: what output files and the custom CRS carry.

    The default (3-parameter shift) is bound to WGS84 by TOWGS84[-168,-60,320]; any software reads it.
    The grid variant names its grid by file name only (GDAL's EXTENSION["PROJ4_GRIDS"]); PROJ then
    looks for it in its search paths, where the plugin puts the grid it ships.
    """
    check_datum_shift(datum_shift)
    if datum_shift == DATUM_GRID:
        datum = 'DATUM["NTF_with_IGN_grid_ntf_r93",{spheroid},EXTENSION["PROJ4_GRIDS","{grid}"]]'
    else:
        # Not named as EPSG's NTF (6275/4275): software that recognises EPSG's NTF would swap our shift for
        # its preferred NTF→RGF93 operation (the grid, 2 m off), as QGIS does when opening such a file.
        datum = 'DATUM["NTF_REN09_standard_3_parameter_shift",{spheroid},TOWGS84[{tx:g},{ty:g},{tz:g},0,0,0,0]]'

    spheroid = 'SPHEROID["Clarke 1880 (IGN)",6378249.2,{:.12f},AUTHORITY["EPSG","7011"]]'.format(CLARKE_1880_IGN_INV_F)
    tx, ty, tz = TOWGS84_3PARAM
    geogcs = ('GEOGCS["NTF (REN09)",' + datum + ',PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
              'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]]]').format(
        spheroid=spheroid, grid=GRID_NAME, tx=tx, ty=ty, tz=tz)
    return ('PROJCS["{name}",{geogcs},PROJECTION["Lambert_Conformal_Conic_2SP"],'
            'PARAMETER["latitude_of_origin",48.1],PARAMETER["central_meridian",{lon_0:.12f}],'
            'PARAMETER["standard_parallel_1",48],PARAMETER["standard_parallel_2",48.2],'
            'PARAMETER["false_easting",340000],PARAMETER["false_northing",60000],'
            'UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH]]').format(
        name=REN09_NAMES[datum_shift], geogcs=geogcs, lon_0=REN09_LON_0)


def datum_shift_of_definition(definition):
    """The REN09 variant a CRS definition (PROJ string or WKT) is bound by: the grid when it names one."""
    text = (definition or "").lower()
    return DATUM_GRID if ("nadgrids" in text or "ntf_r93" in text or "proj4_grids" in text) else DATUM_3PARAM
