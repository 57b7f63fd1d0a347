#!/usr/bin/env python3
"""Build the plugin's sample data, resources/sample/canevas_sample.gpkg.

Layers:
  communes_rennes_metropole  real boundaries (IGN / INSEE — Admin Express COG 2018), EPSG:3948
  rocade_approx              an approximate ring road of Rennes, drawn here, EPSG:3948
  benchmarks_synthetic       SYNTHETIC IGN-like leveling benchmarks, EPSG:3948
  stations_synthetic         SYNTHETIC canevas stations inside the rocade, REN09 + IGN69 Z

No real benchmark or station coordinates are available offline (DOMAIN.md §7): everything
except the commune boundaries is generated, with a fixed seed so that every run writes the
same features. Run with the repository's venv (numpy, shapely, pyproj, GDAL's osgeo):

    .venv/bin/python scripts/build_sample.py [--communes PATH] [--output PATH]
"""

import argparse
import datetime
import json
import os
import time
from pathlib import Path

import numpy as np
import shapely
from osgeo import gdal, ogr, osr
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, shape

REPO = Path(__file__).resolve().parent.parent
DEFAULT_COMMUNES = REPO.parent / "shared" / "data" / "communes-35-ille-et-vilaine.geojson"
DEFAULT_OUTPUT = REPO / "resources" / "sample" / "canevas_sample.gpkg"

SEED = 2009
# GeoPackage's gpkg_contents.last_change would otherwise be "now": pin it so that reruns
# give the same file.
FIXED_TIMESTAMP = "2024-01-01T00:00:00.000Z"

ATTRIBUTION = "IGN / INSEE — Admin Express COG 2018, Licence Ouverte / Etalab 2.0"

# DOMAIN.md §7
RENNES_METROPOLE = [
    "35001", "35022", "35024", "35032", "35039", "35047", "35051", "35055", "35058", "35059", "35065", "35066",
    "35076", "35079", "35080", "35081", "35088", "35120", "35131", "35139", "35144", "35180", "35189", "35196",
    "35204", "35206", "35208", "35210", "35216", "35238", "35240", "35245", "35250", "35266", "35275", "35278",
    "35281", "35315", "35334", "35351", "35352", "35353", "35363"
]
RENNES = "35238"
RENNES_CENTRE_LONLAT = (-1.68, 48.11)

N_BENCHMARKS = 650
N_TRIPLETS = 32
N_STATIONS = 300

BENCHMARK_STATES = ("IMPRENABLE", "MAUVAIS ETAT", "NON RETROUVE", "PRESUME DEPLACE", "DETRUIT")
BENCHMARK_STATE_WEIGHTS = (0.25, 0.25, 0.2, 0.15, 0.15)
P_NOT_GOOD = 0.11  # of non-triplet benchmarks; triplets are maintained, hence all BON ETAT

# Leveling lines follow the main roads, out of Rennes or from bourg to bourg (DOMAIN.md §1).
# Waypoints are commune INSEE codes (the commune's representative point, standing for its
# bourg) or (east, north) offsets in km from the Rennes centre; lines running on past the
# metropole are clipped to it.
LEVELING_LINES = [
    # prefix, road, from, to, waypoints
    ("M.AC", "RN 12", "Rennes", "Saint-Brieuc", [(0, 0), "35353", "35131", (-17, 4)]),
    ("M.AD", "RN 137", "Rennes", "Saint-Malo", [(0, 0), (-1.5, 4), "35059", (-5.5, 15)]),
    ("M'.AD", "RD 27", "Rennes", "Bécherel",
     [(-2, 3), "35120", "35058", "35180", "35022", (-21, 24)]),
    ("M.AE", "RD 175", "Rennes", "Antrain", [(0, 0), "35278", "35024", "35079", (5, 18)]),
    ("N.AE", "RD 812", "Rennes", "Liffré", [(0, 0), (4, 3), "35334", "35315", (11, 15)]),
    ("M.AF", "RN 157", "Rennes", "Vitré", [(0, 0), "35051", "35039", (18, -2)]),
    ("M'.AF", "RD 29", "Cesson-Sévigné", "Servon-sur-Vilaine", [(4, 1.5), "35001", (17, 6)]),
    ("M.AG", "RD 163", "Rennes", "Châteaubriant", [(0, 0), "35055", "35204", (12, -17)]),
    ("M.AH", "RD 41", "Rennes", "Janzé", [(0, -1), "35352", "35250", "35088", (8, -20)]),
    ("M.AJ", "RN 137", "Rennes", "Nantes", [(0, -1), (-0.5, -7), "35363", "35208", (1, -20)]),
    ("M.AK", "RD 177", "Rennes", "Redon", [(-1, -1), "35281", "35047", "35139", (-6, -20)]),
    ("M.AL", "RN 24", "Rennes", "Lorient",
     [(0, 0), (-4, -1), "35240", "35196", "35351", (-23, -5)]),
    ("N.AL", "RD 21", "Chavagne", "Romillé",
     ["35076", "35240", "35131", "35275", "35081", "35245"]),
    ("N.AF", "RD 86", "Betton", "Bourgbarré",
     ["35024", "35334", "35051", "35055", "35352", "35266", "35032"]),
    ("N.AD", "RD 637", "Langan", "Montgermont", ["35144", "35216", "35210", "35189"]),
]

LINE_SUPPORTS = ("Parapet de pont", "Culée de pont", "Mur de maison", "Mur de clôture",
                 "Mur de ferme", "Soubassement de calvaire", "Mur de soutènement", "Ouvrage d'art")
BOURG_SUPPORTS = ("Mur de l'église", "Mur de la mairie", "Mur de l'école", "Soubassement de maison",
                  "Mur de la poste", "Monument aux morts", "Mur du presbytère", "Mur de clôture")
BOURG_STREETS = ("Rue de l'Église", "Place de la Mairie", "Rue de Rennes", "Grande Rue",
                 "Rue du Stade", "Rue de la Poste", "Rue des Écoles", "Place du Marché")

STATION_TYPES = ("clou", "spit", "borne", "tige", "piquet")
STATION_TYPE_WEIGHTS = (0.45, 0.2, 0.15, 0.1, 0.1)
STATION_METHODS = ("GNSS RTK", "GNSS statique", "polygonation", "nivellement direct")
STATION_METHOD_WEIGHTS = (0.4, 0.15, 0.35, 0.1)
STATION_STATES = ("bon état", "à vérifier", "endommagé", "détruit")
STATION_STATE_WEIGHTS = (0.88, 0.06, 0.04, 0.02)
# The SIG service hands out matricule ranges to each contractor (DOMAIN.md §5); names are fictitious.
CONTRACTORS = (
    ("Ville de Rennes — pôle géodésie (régie)", 10001, 0.35),
    ("Cabinet Ouest Topo (fictif)", 21001, 0.3),
    ("Géomètres Vilaine Associés (fictif)", 34001, 0.2),
    ("Armor Mesures (fictif)", 47001, 0.15),
)
STREET_KINDS = ("rue", "rue", "rue", "allée", "avenue", "boulevard", "place", "impasse", "square")
STREET_NAMES = ("des Tilleuls", "des Acacias", "du Moulin", "des Lavandières", "du Canal", "des Écluses",
                "des Peupliers", "du Lavoir", "des Vergers", "de la Fontaine", "des Glycines", "du Pressoir",
                "des Hortensias", "de la Prairie", "des Capucines", "du Verger", "des Mésanges",
                "de la Tannerie", "des Cordiers", "du Four", "des Charmes", "de la Halle")


def import_core():
    """Import the repository's core as the `canevas` package."""
    from canevas_package import make_importable
    make_importable()
    from canevas.core import systems
    from canevas.core.transform import transform_xy
    return systems, transform_xy


SYSTEMS, TRANSFORM_XY = import_core()


def lonlat_to_cc48(lon, lat):
    # RGF93 -> CC48 is a pure projection (the core's pipeline), so no proj.db choice is involved.
    return TRANSFORM_XY("RGF93G", "CC48", lon, lat)


def cc48_to_lonlat(x, y):
    return TRANSFORM_XY("CC48", "RGF93G", x, y)


def geom_to_cc48(geom):
    """Shapely geometry in lon/lat degrees -> CC48, rounded to the millimetre."""
    def fn(coords):
        x, y = lonlat_to_cc48(coords[:, 0], coords[:, 1])
        return np.round(np.column_stack([x, y]), 3)
    return shapely.transform(geom, fn)


# --- communes ------------------------------------------------------------------------------

def load_communes(path):
    """{insee: (nom, geometry CC48)} for the 43 communes; raises if any code is missing."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    found = {}
    for feat in data["features"]:
        code = str(feat["properties"]["code"])
        if code in RENNES_METROPOLE:
            if code in found:
                raise SystemExit("commune {} appears twice in {}".format(code, path))
            geom = shape(feat["geometry"])
            if not geom.is_valid:
                geom = shapely.make_valid(geom)
            found[code] = (feat["properties"]["nom"], geom_to_cc48(geom))
    missing = sorted(set(RENNES_METROPOLE) - set(found))
    if missing:
        raise SystemExit("{}: {} of the 43 Rennes Métropole communes are missing: {}".format(
            path, len(missing), ", ".join(missing)))
    return {code: found[code] for code in sorted(found)}


class Communes:
    """Point-in-commune lookups on the 43 communes."""

    def __init__(self, communes):
        self.codes = list(communes)
        self.names = [communes[c][0] for c in self.codes]
        self.geoms = [communes[c][1] for c in self.codes]
        for g in self.geoms:
            shapely.prepare(g)
        self.union = shapely.unary_union(self.geoms)
        shapely.prepare(self.union)
        self.by_code = {c: g for c, g in zip(self.codes, self.geoms)}
        self.name_of = dict(zip(self.codes, self.names))
        self.rep_point = {c: g.representative_point() for c, g in zip(self.codes, self.geoms)}

    def inside(self, x, y):
        return bool(shapely.contains_xy(self.union, x, y))

    def commune_of(self, x, y):
        for code, g in zip(self.codes, self.geoms):
            if shapely.contains_xy(g, x, y):
                return code
        return None


# --- synthetic terrain ----------------------------------------------------------------------

class Terrain:
    """A smooth, plausible IGN69 height field: the Vilaine valley (≈ 20–30 m) through Rennes,
    rising to ≈ 100 m towards Bécherel in the north-west."""

    # the valley, km from the Rennes centre: from Acigné through Rennes down to Bruz / Laillé
    VALLEY_KM = LineString([(14, 3), (6, 1), (0, 0), (-3, -3), (-5, -8), (-7, -14), (-9, -22)])

    def __init__(self, cx, cy):
        self.cx, self.cy = cx, cy

    def height(self, x, y):
        dx, dy = (x - self.cx) / 1000, (y - self.cy) / 1000
        d_valley = self.VALLEY_KM.distance(Point(dx, dy))
        raw = 2.5 * d_valley + max(0.0, (dy - dx) / 2 ** 0.5)
        h = 22 + 85 * (1 - np.exp(-raw / 45)) + 2.5 * np.sin(dx / 2.3) * np.cos(dy / 3.1)
        return float(h)


# --- the approximate rocade -----------------------------------------------------------------

def rocade_polygon(rennes, cx, cy, width=9300.0, height=7500.0):
    """Smoothed outline of the commune of Rennes (its radius around the centre cut to 3
    harmonics), stretched to the ring road's size. The real rocade runs close to the commune's
    limit, crossing into its neighbours here and there; so does this one. NOT a surveyed line."""
    n = 360
    theta = np.arange(n) * 2 * np.pi / n
    ring = rennes.exterior if isinstance(rennes, Polygon) else max(rennes.geoms, key=lambda g: g.area).exterior
    radius = np.empty(n)
    for i, t in enumerate(theta):
        ray = LineString([(cx, cy), (cx + 30000 * np.cos(t), cy + 30000 * np.sin(t))])
        hits = ray.intersection(ring)
        radius[i] = min(np.hypot(p.x - cx, p.y - cy) for p in getattr(hits, "geoms", [hits]))
    spectrum = np.fft.rfft(radius)
    spectrum[4:] = 0
    radius = np.fft.irfft(spectrum, n)
    x, y = radius * np.cos(theta), radius * np.sin(theta)
    x *= width / (x.max() - x.min())
    y *= height / (y.max() - y.min())
    poly = Polygon(np.round(np.column_stack([cx + x, cy + y])[::2], 3))
    assert poly.is_valid
    return poly


# --- benchmarks -----------------------------------------------------------------------------

class Spacing:
    """Accepts a point only if it is at least `d` metres from every accepted point."""

    def __init__(self):
        self.xy = np.empty((0, 2))

    def ok(self, x, y, d):
        return not len(self.xy) or np.min(np.hypot(self.xy[:, 0] - x, self.xy[:, 1] - y)) >= d

    def add(self, x, y):
        self.xy = np.vstack([self.xy, [x, y]])


def random_date(rng, start, end):
    start, end = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    return start + datetime.timedelta(days=int(rng.integers(0, (end - start).days + 1)))


def line_path(rng, waypoints, communes, cx, cy):
    """A road-like polyline: the waypoints, with jittered intermediate points, Chaikin-smoothed."""
    pts = []
    for w in waypoints:
        if isinstance(w, str):
            p = communes.rep_point[w]
            pts.append((p.x, p.y))
        else:
            pts.append((cx + 1000 * w[0], cy + 1000 * w[1]))
    pts = np.array(pts)
    dense = [pts[0]]
    for a, b in zip(pts[:-1], pts[1:]):
        seg = b - a
        length = np.hypot(*seg)
        normal = np.array([-seg[1], seg[0]]) / length
        k = max(1, int(length // 2000))
        for j in range(1, k):
            dense.append(a + seg * j / k + normal * rng.normal(0, 250))
        dense.append(b)
    path = np.array(dense)
    for _ in range(3):
        q = 0.75 * path[:-1] + 0.25 * path[1:]
        r = 0.25 * path[:-1] + 0.75 * path[1:]
        path = np.vstack([path[:1], np.column_stack([q, r]).reshape(-1, 2), path[-1:]])
    return LineString(path)


def quadrant_prefix(x, y, cx, cy):
    """4th-order leveling line names (as IGN's N.P.K3Q3) by quadrant around Rennes."""
    sheet = ("P" if y >= cy else "Q") + ("3" if x < cx else "4")
    ring = "N" if np.hypot(x - cx, y - cy) < 9000 else "O"
    return "{}.P.K3{}".format(ring, sheet)


def build_benchmarks(rng, communes, terrain, cx, cy):
    spacing = Spacing()
    marks = []  # dicts with x, y and the descriptive fields; names assigned along the way
    _line_marks(rng, communes, cx, cy, spacing, marks)
    _bourg_marks(rng, communes, spacing, marks)
    _rennes_marks(rng, communes, spacing, marks)
    _name_bourg_marks(rng, marks, cx, cy)
    _triplets(rng, communes, spacing, marks)
    _attributes(rng, communes, terrain, marks)
    names = [m["nom"] for m in marks]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate benchmark names")
    return marks




def _line_marks(rng, communes, cx, cy, spacing, marks):
    """1. Along the leveling lines, numbered in order from the line's start."""
    for prefix, road, frm, to, waypoints in LEVELING_LINES:
        path = line_path(rng, waypoints, communes, cx, cy)
        dist = rng.uniform(200, 800)
        number = 0
        pk0 = rng.uniform(0, 3)
        while dist < path.length:
            number += 1 + int(rng.random() < 0.15)  # gaps: marks destroyed and no longer published
            p = path.interpolate(dist)
            side = 1 if rng.random() < 0.5 else -1
            # marks stand on walls and bridges beside the road, not on its axis
            q = path.interpolate(min(dist + 1, path.length))
            tangent = np.array([q.x - p.x, q.y - p.y])
            tangent /= max(np.hypot(*tangent), 1e-9)
            off = side * rng.uniform(5, 15)
            x, y = p.x - tangent[1] * off, p.y + tangent[0] * off
            if communes.inside(x, y) and spacing.ok(x, y, 80):
                spacing.add(x, y)
                marks.append(dict(
                    x=x, y=y, nom="{} - {}".format(prefix, number), origin="line",
                    voie_suivie=road, voie_de=frm, voie_vers=to,
                    voie_cote="droit" if side < 0 else "gauche",
                    voie_pk="{:.3f}".format(pk0 + dist / 1000),
                    support=LINE_SUPPORTS[rng.integers(len(LINE_SUPPORTS))]))
            dist += rng.uniform(600, 1000)


def _bourg_marks(rng, communes, spacing, marks):
    """2. Small clusters in the bourgs so that every commune has several marks."""
    for code in communes.codes:
        if code == RENNES:
            continue  # Rennes is filled below, over the whole city
        centre, geom = communes.rep_point[code], communes.by_code[code]
        wanted, tries = 3 + int(rng.integers(0, 4)), 0
        while wanted:
            tries += 1
            if tries > 10000:
                raise SystemExit("cannot place bourg benchmarks in {}".format(code))
            x, y = centre.x + rng.normal(0, 300), centre.y + rng.normal(0, 300)
            if shapely.contains_xy(geom, x, y) and spacing.ok(x, y, 80):
                spacing.add(x, y)
                marks.append(dict(x=x, y=y, origin="bourg", **bourg_fields(rng)))
                wanted -= 1


def _rennes_marks(rng, communes, spacing, marks):
    """3. The city of Rennes, up to the target count (keeping room for the triplet members)."""
    rennes, tries = communes.by_code[RENNES], 0
    minx, miny, maxx, maxy = rennes.bounds
    while len(marks) < N_BENCHMARKS - 2 * N_TRIPLETS:
        tries += 1
        if tries > 100000:
            raise SystemExit("cannot place the Rennes benchmarks")
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if shapely.contains_xy(rennes, x, y) and spacing.ok(x, y, 300):
            spacing.add(x, y)
            marks.append(dict(x=x, y=y, origin="bourg", **bourg_fields(rng, city=True)))


def _name_bourg_marks(rng, marks, cx, cy):
    """Bourg and city marks belong to 4th-order lines named by quadrant, numbered west to east."""
    numbers = {}
    for m in sorted((m for m in marks if m["origin"] == "bourg"), key=lambda m: (m["x"], m["y"])):
        prefix = quadrant_prefix(m["x"], m["y"], cx, cy)
        numbers[prefix] = numbers.get(prefix, 0) + 1 + int(rng.random() < 0.1)
        m["nom"] = "{} - {}".format(prefix, numbers[prefix])


def _triplets(rng, communes, spacing, marks):
    """4. Triplets: an existing mark plus two new ones 100–250 m away, spread over the area."""
    anchors = []
    for i in rng.permutation(len(marks)):
        if len(anchors) == N_TRIPLETS:
            break
        a = marks[i]
        if any(np.hypot(a["x"] - b["x"], a["y"] - b["y"]) < 2500 for b in anchors):
            continue
        members = place_triplet(rng, a, communes, spacing)
        if members is None:
            continue
        anchors.append(a)
        group = [a]
        # the added marks keep the anchor's place along its line: "M.AC - 12 bis", "M.AC - 12 ter"
        for (x, y), suffix in zip(members, ("bis", "ter")):
            spacing.add(x, y)
            supports = LINE_SUPPORTS if a["origin"] == "line" else BOURG_SUPPORTS
            extra = dict(a, x=x, y=y, nom="{} {}".format(a["nom"], suffix),
                         support=supports[rng.integers(len(supports))])
            marks.append(extra)
            group.append(extra)
        for m in group:
            m["freres"] = ", ".join(o["nom"] for o in group if o is not m)
    if len(anchors) != N_TRIPLETS:
        raise SystemExit("only {} triplets could be placed".format(len(anchors)))


def _attributes(rng, communes, terrain, marks):
    """5. The remaining attributes."""
    xs = np.round([m["x"] for m in marks], 3)
    ys = np.round([m["y"] for m in marks], 3)
    lons, lats = cc48_to_lonlat(xs, ys)
    for m, x, y, lon, lat in zip(marks, xs, ys, lons, lats):
        code = communes.commune_of(x, y)
        if code is None:
            raise SystemExit("benchmark {} fell outside the communes".format(m["nom"]))
        triplet = "freres" in m
        if triplet or rng.random() >= P_NOT_GOOD:
            etat = "BON ETAT"
        else:
            etat = BENCHMARK_STATES[rng.choice(len(BENCHMARK_STATES), p=BENCHMARK_STATE_WEIGHTS)]
        # first leveled with the IGN69 network, triplets re-observed since 2000
        if triplet:
            obs = random_date(rng, "2000-01-01", "2021-12-31")
        else:
            obs = random_date(rng, "1962-01-01", "1995-12-31")
        vis = random_date(rng, max(obs, datetime.date(1998, 1, 1)).isoformat(), "2023-12-31")
        if etat in ("NON RETROUVE", "DETRUIT"):
            vis = random_date(rng, "2010-01-01", "2023-12-31")
        m.update(
            x=float(x), y=float(y), insee=code, commune=communes.name_of[code], etat=etat,
            cp1_coord3=round(min(110.0, max(20.0, terrain.height(x, y) + rng.normal(0, 0.8))), 3),
            cg1_coord1=round(float(lon), 8), cg1_coord2=round(float(lat), 8),
            obs_date=obs, vis_date=vis, expl_gps="oui" if rng.random() < (0.7 if triplet else 0.3) else "non",
            freres_info=m.get("freres", ""),
        )
        m["localisation"] = "{}, {}, {}{}.".format(
            communes.name_of[code], m["voie_suivie"], m["support"].lower(),
            ", côté " + m["voie_cote"] if m["voie_cote"] else "")


def bourg_fields(rng, city=False):
    street = BOURG_STREETS[rng.integers(len(BOURG_STREETS))]
    if city:
        street = "{} {}".format(STREET_KINDS[rng.integers(len(STREET_KINDS))].capitalize(),
                                STREET_NAMES[rng.integers(len(STREET_NAMES))])
    return dict(voie_suivie=street, voie_de="", voie_vers="", voie_cote="", voie_pk="",
                support=BOURG_SUPPORTS[rng.integers(len(BOURG_SUPPORTS))])


def place_triplet(rng, anchor, communes, spacing):
    """Two points 100–250 m from the anchor, 60–110° apart seen from it (so ≤ ~300 m apart)."""
    for _ in range(50):
        start = rng.uniform(0, 2 * np.pi)
        angles = (start, start + np.radians(rng.uniform(60, 110)))
        pts = [(anchor["x"] + r * np.cos(t), anchor["y"] + r * np.sin(t))
               for t, r in zip(angles, rng.uniform(100, 250, 2))]
        if all(communes.inside(x, y) and spacing.ok(x, y, 80) for x, y in pts):
            return pts
    return None


# --- stations -------------------------------------------------------------------------------

def build_stations(rng, rocade, rennes, terrain):
    area = rocade.intersection(rennes)  # commune = 'Rennes' on every station
    shapely.prepare(area)
    minx, miny, maxx, maxy = area.bounds
    spacing, pts, tries = Spacing(), [], 0
    while len(pts) < N_STATIONS:
        tries += 1
        if tries > 100000:
            raise SystemExit("cannot place the stations")
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if shapely.contains_xy(area, x, y) and spacing.ok(x, y, 150):
            spacing.add(x, y)
            pts.append((x, y))
    xs, ys = np.array(pts).T
    lons, lats = cc48_to_lonlat(xs, ys)
    # REN09 as Rennes defined it: NTF with the standard 3-parameter shift (the default)
    ex, ny = TRANSFORM_XY("RGF93G", "REN09", lons, lats, SYSTEMS.DATUM_3PARAM)

    stations = []
    for x, y, e, n in zip(xs, ys, ex, ny):
        contractor = int(rng.choice(len(CONTRACTORS), p=[c[2] for c in CONTRACTORS]))
        z = round(min(80.0, max(20.0, terrain.height(x, y) + rng.normal(0, 0.5))), 3)
        stations.append(dict(
            e=round(float(e), 3), n=round(float(n), 3), z=z, contractor=contractor,
            type_repere=STATION_TYPES[rng.choice(len(STATION_TYPES), p=STATION_TYPE_WEIGHTS)],
            methode=STATION_METHODS[rng.choice(len(STATION_METHODS), p=STATION_METHOD_WEIGHTS)],
            date_determination=random_date(rng, "2009-03-11", "2023-12-31"),  # REN09 since 11/03/2009
            adresse="{} {} {}".format(int(rng.integers(1, 120)), STREET_KINDS[rng.integers(len(STREET_KINDS))],
                                      STREET_NAMES[rng.integers(len(STREET_NAMES))]),
            etat=STATION_STATES[rng.choice(len(STATION_STATES), p=STATION_STATE_WEIGHTS)],
        ))
    # each contractor numbers its stations in its own range, in order of determination
    stations.sort(key=lambda s: (s["date_determination"], s["e"], s["n"]))
    used = [0] * len(CONTRACTORS)
    for s in stations:
        name, first, _ = CONTRACTORS[s["contractor"]]
        s["matricule"] = "R{:05d}".format(first + used[s["contractor"]])
        s["prestataire"] = name
        used[s["contractor"]] += 1
    return stations


# --- writing --------------------------------------------------------------------------------

def create_layer(ds, name, geom_type, srs, description, fields):
    layer = ds.CreateLayer(name, srs, geom_type, options=[
        "FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
        "IDENTIFIER=" + name, "DESCRIPTION=" + description])
    for fname, ftype in fields:
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    return layer


def add_feature(layer, geom, values):
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
    for key, value in values.items():
        if isinstance(value, datetime.date):
            feat.SetField(key, value.year, value.month, value.day, 0, 0, 0, 0)
        else:
            feat.SetField(key, value)
    if layer.CreateFeature(feat) != 0:
        raise SystemExit("cannot write a feature of {}".format(layer.GetName()))


def srs_from_epsg(code):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(code)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def ren09_srs():
    # REN09 (Rennes 2009), NTF with TOWGS84[-168,-60,320] and no file path: any GIS reprojects it with the
    # 3-parameter shift, the definition the coordinates were computed with.
    srs = osr.SpatialReference()
    if srs.ImportFromWkt(SYSTEMS.ren09_wkt(SYSTEMS.DATUM_3PARAM)) != 0:
        raise SystemExit("OGR cannot read the REN09 definition")
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


BENCHMARK_FIELDS = [
    ("nom", ogr.OFTString), ("domaine", ogr.OFTString), ("type", ogr.OFTString), ("etat", ogr.OFTString),
    ("insee", ogr.OFTString), ("commune", ogr.OFTString), ("cp1_coord3", ogr.OFTReal),
    ("cp1_srv", ogr.OFTString), ("cp1_altitude_type", ogr.OFTString), ("cg1_coord1", ogr.OFTReal),
    ("cg1_coord2", ogr.OFTReal), ("voie_suivie", ogr.OFTString), ("voie_de", ogr.OFTString),
    ("voie_vers", ogr.OFTString), ("voie_cote", ogr.OFTString), ("voie_pk", ogr.OFTString),
    ("localisation", ogr.OFTString), ("support", ogr.OFTString), ("freres_info", ogr.OFTString),
    ("vis_date", ogr.OFTDate), ("obs_date", ogr.OFTDate), ("expl_gps", ogr.OFTString),
    ("url_pdf", ogr.OFTString), ("synthetic", ogr.OFTInteger),
]

STATION_FIELDS = [
    ("matricule", ogr.OFTString), ("type_repere", ogr.OFTString), ("methode", ogr.OFTString),
    ("date_determination", ogr.OFTDate), ("classe_plan_cm", ogr.OFTReal), ("classe_alti_cm", ogr.OFTReal),
    ("commune", ogr.OFTString), ("adresse", ogr.OFTString), ("etat", ogr.OFTString),
    ("prestataire", ogr.OFTString), ("z_ign69", ogr.OFTReal), ("synthetic", ogr.OFTInteger),
]


BOURG_RADIUS = 600.0  # m


def write_gpkg(path, communes, rocade, marks, stations):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.stem + ".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_TIMESTAMP)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    if ds is None:
        raise SystemExit("cannot create {}".format(tmp))
    cc48 = srs_from_epsg(3948)

    layer = create_layer(
        ds, "communes_rennes_metropole", ogr.wkbMultiPolygon, cc48,
        "The 43 communes of Rennes Métropole. Source: {} (simplified boundaries, reprojected to "
        "RGF93 v1 / CC48 by scripts/build_sample.py).".format(ATTRIBUTION),
        [("insee", ogr.OFTString), ("nom", ogr.OFTString)])
    layer.StartTransaction()
    for code, name, geom in zip(communes.codes, communes.names, communes.geoms):
        multi = geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom])
        add_feature(layer, multi, {"insee": code, "nom": name})
    layer.CommitTransaction()

    layer = create_layer(
        ds, "rocade_approx", ogr.wkbPolygon, cc48,
        "APPROXIMATE ring road (rocade) of Rennes, drawn by scripts/build_sample.py for the sample "
        "data: a smoothed outline of the commune of Rennes, not a surveyed line.",
        [("nom", ogr.OFTString), ("remarque", ogr.OFTString)])
    add_feature(layer, rocade, {
        "nom": "Rocade de Rennes (approximative)",
        "remarque": "Tracé approximatif dessiné pour les données d'exemple (scripts/build_sample.py), "
                    "pas un levé. Approximation drawn for the sample data, not a surveyed line."})

    # The 2013 study worked on urbanised areas and town centres: approximate ones for the demo.
    layer = create_layer(
        ds, "bourgs_approx", ogr.wkbMultiPolygon, cc48,
        "APPROXIMATE town centres (bourgs) drawn by scripts/build_sample.py for the sample: a disc of "
        "{:g} m around each commune's representative point, clipped to the commune; for Rennes the "
        "approximate rocade. Not real urbanised areas.".format(BOURG_RADIUS),
        [("insee", ogr.OFTString), ("nom", ogr.OFTString)])
    layer.StartTransaction()
    for code, name, geom in zip(communes.codes, communes.names, communes.geoms):
        if code == RENNES:
            bourg = rocade
        else:
            bourg = shapely.intersection(communes.rep_point[code].buffer(BOURG_RADIUS, quad_segs=16), geom)
        multi = bourg if isinstance(bourg, MultiPolygon) else MultiPolygon([bourg])
        add_feature(layer, multi, {"insee": code, "nom": name})
    layer.CommitTransaction()

    layer = create_layer(
        ds, "benchmarks_synthetic", ogr.wkbPoint, cc48,
        "SYNTHETIC data generated by scripts/build_sample.py — not real IGN benchmarks. IGN-like "
        "leveling benchmarks (field names of the Géoplateforme layer GEODESIE:data_geod) along "
        "invented leveling lines and in the town centres, with triplets; heights are invented.",
        BENCHMARK_FIELDS)
    layer.StartTransaction()
    for m in marks:
        add_feature(layer, Point(m["x"], m["y"]), {
            "nom": m["nom"], "domaine": "nivf", "type": "Repère de nivellement", "etat": m["etat"],
            "insee": m["insee"], "commune": m["commune"], "cp1_coord3": m["cp1_coord3"],
            "cp1_srv": "NGF-IGN 1969", "cp1_altitude_type": "Altitude normale",
            "cg1_coord1": m["cg1_coord1"], "cg1_coord2": m["cg1_coord2"],
            "voie_suivie": m["voie_suivie"], "voie_de": m["voie_de"], "voie_vers": m["voie_vers"],
            "voie_cote": m["voie_cote"], "voie_pk": m["voie_pk"], "localisation": m["localisation"],
            "support": m["support"], "freres_info": m["freres_info"], "vis_date": m["vis_date"],
            "obs_date": m["obs_date"], "expl_gps": m["expl_gps"], "url_pdf": "", "synthetic": 1})
    layer.CommitTransaction()

    layer = create_layer(
        ds, "stations_synthetic", ogr.wkbPoint25D, ren09_srs(),
        "SYNTHETIC canevas stations generated by scripts/build_sample.py — not real stations. "
        "X, Y in REN09 (Rennes 2009) as Rennes defined it: NTF with the standard 3-parameter shift "
        "−168, −60, 320 m, which the layer CRS carries (TOWGS84). Z = IGN69 height (also in z_ign69).",
        STATION_FIELDS)
    layer.StartTransaction()
    for s in stations:
        add_feature(layer, Point(s["e"], s["n"], s["z"]), {
            "matricule": s["matricule"], "type_repere": s["type_repere"], "methode": s["methode"],
            "date_determination": s["date_determination"], "classe_plan_cm": 2.0, "classe_alti_cm": 1.0,
            "commune": "Rennes", "adresse": s["adresse"], "etat": s["etat"],
            "prestataire": s["prestataire"], "z_ign69": s["z"], "synthetic": 1})
    layer.CommitTransaction()

    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)
    os.replace(tmp, path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--communes", type=Path, default=DEFAULT_COMMUNES,
                        help="commune boundaries of Ille-et-Vilaine, GeoJSON (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="default: %(default)s")
    args = parser.parse_args(argv)
    t0 = time.time()
    ogr.UseExceptions()
    osr.UseExceptions()

    rng = np.random.default_rng(SEED)
    communes = Communes(load_communes(args.communes))
    (cx,), (cy,) = lonlat_to_cc48([RENNES_CENTRE_LONLAT[0]], [RENNES_CENTRE_LONLAT[1]])
    terrain = Terrain(cx, cy)
    rennes = communes.by_code[RENNES]
    rocade = rocade_polygon(rennes, cx, cy)
    inside = rocade.intersection(rennes).area / rocade.area
    if inside < 0.8:
        raise SystemExit("the rocade lies only {:.0%} inside Rennes".format(inside))
    marks = build_benchmarks(rng, communes, terrain, cx, cy)
    stations = build_stations(rng, rocade, rennes, terrain)
    write_gpkg(args.output, communes, rocade, marks, stations)

    minx, miny, maxx, maxy = rocade.bounds
    per_commune = {c: 0 for c in communes.codes}
    for m in marks:
        per_commune[m["insee"]] += 1
    print("{}: {} communes, rocade {:.1f} x {:.1f} km ({:.0%} inside Rennes), {} benchmarks "
          "({} triplets, {} to {} per commune), {} stations; {:.1f} s".format(
              args.output, len(communes.codes), (maxx - minx) / 1000, (maxy - miny) / 1000, inside,
              len(marks), sum(1 for m in marks if m["freres_info"]) // 3, min(per_commune.values()),
              max(per_commune.values()), len(stations), time.time() - t0))


if __name__ == "__main__":
    main()
