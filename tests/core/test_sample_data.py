"""The shipped sample GeoPackage (built by scripts/build_sample.py) holds what the docs promise.

Read with GDAL's osgeo only: no QGIS needed.
"""

import itertools
from collections import Counter
from pathlib import Path

import pytest
from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"

# DOMAIN.md §7
RENNES_METROPOLE = set(
    [
        "35001", "35022", "35024", "35032", "35039", "35047", "35051", "35055", "35058", "35059", "35065", "35066",
        "35076", "35079", "35080", "35081", "35088", "35120", "35131", "35139", "35144", "35180", "35189", "35196",
        "35204", "35206", "35208", "35210", "35216", "35238", "35240", "35245", "35250", "35266", "35275", "35278",
        "35281", "35315", "35334", "35351", "35352", "35353", "35363"
    ])
# DOMAIN.md §6
IGN_FIELDS = [
    "nom", "domaine", "type", "etat", "insee", "commune", "cp1_coord3", "cp1_srv", "cp1_altitude_type", "cg1_coord1",
    "cg1_coord2", "voie_suivie", "voie_de", "voie_vers", "voie_cote", "voie_pk", "localisation", "support",
    "freres_info", "vis_date", "obs_date", "expl_gps", "url_pdf"
]
LAYERS = ("communes_rennes_metropole", "rocade_approx", "bourgs_approx", "benchmarks_synthetic", "stations_synthetic")


@pytest.fixture(scope="module")
def ds():
    assert SAMPLE.is_file(), "{} is missing: run `make sample` (scripts/build_sample.py)".format(SAMPLE)
    ogr.UseExceptions()
    ds = ogr.Open(str(SAMPLE))
    assert ds is not None
    return ds


def features(ds, name):
    layer = ds.GetLayerByName(name)
    layer.ResetReading()
    return list(layer)


@pytest.fixture(scope="module")
def communes(ds):
    return {f["insee"]: f.GetGeometryRef().Clone() for f in features(ds, "communes_rennes_metropole")}


@pytest.fixture(scope="module")
def benchmarks(ds):
    return features(ds, "benchmarks_synthetic")


def description(ds, name):
    return ds.GetLayerByName(name).GetMetadataItem("DESCRIPTION") or ""


def test_layers_exist(ds):
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert set(LAYERS) <= names


def test_sample_stays_small():
    assert SAMPLE.stat().st_size < 2_000_000


def test_communes_are_rennes_metropole(ds, communes):
    layer = ds.GetLayerByName("communes_rennes_metropole")
    assert layer.GetFeatureCount() == 43
    assert set(communes) == RENNES_METROPOLE
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "3948"
    assert "Admin Express" in description(ds, "communes_rennes_metropole")
    assert "Etalab" in description(ds, "communes_rennes_metropole")


def test_rocade_is_one_polygon_inside_the_metropole(ds, communes):
    (rocade,) = features(ds, "rocade_approx")
    geom = rocade.GetGeometryRef()
    assert geom.GetGeometryType() == ogr.wkbPolygon
    assert "approximati" in rocade["nom"].lower()
    # roughly 9–10 km by 7–8 km, mostly inside the commune of Rennes
    minx, maxx, miny, maxy = geom.GetEnvelope()
    assert 9000 <= maxx - minx <= 10000 and 7000 <= maxy - miny <= 8000
    assert geom.Intersection(communes["35238"]).GetArea() > 0.75 * geom.GetArea()


def test_benchmarks_fields_and_flags(ds, benchmarks):
    assert 600 <= len(benchmarks) <= 700
    defn = ds.GetLayerByName("benchmarks_synthetic").GetLayerDefn()
    fields = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    assert set(IGN_FIELDS) <= fields
    assert "SYNTHETIC" in description(ds, "benchmarks_synthetic")
    assert all(f["synthetic"] == 1 for f in benchmarks)
    assert all(f["domaine"] == "nivf" and f["cp1_srv"] == "NGF-IGN 1969" for f in benchmarks)
    assert all(20 <= f["cp1_coord3"] <= 110 for f in benchmarks)
    names = [f["nom"] for f in benchmarks]
    assert len(set(names)) == len(names)
    assert all(" - " in n for n in names)


def test_benchmark_states(benchmarks):
    states = Counter(f["etat"] for f in benchmarks)
    assert len(states) >= 4
    assert states["BON ETAT"] > len(benchmarks) / 2
    assert states.most_common(1)[0][0] == "BON ETAT"


def test_triplets_are_consistent(benchmarks):
    by_name = {f["nom"]: f for f in benchmarks}
    triplets = set()
    for f in benchmarks:
        if not f["freres_info"]:
            continue
        brothers = [b.strip() for b in f["freres_info"].split(",")]
        assert len(brothers) == 2, f["nom"]
        group = frozenset([f["nom"]] + brothers)
        assert len(group) == 3, f["nom"]
        for b in brothers:
            assert b in by_name, "{} lists {}, which does not exist".format(f["nom"], b)
            listed = {x.strip() for x in by_name[b]["freres_info"].split(",")}
            assert listed == group - {b}, "{} and {} disagree on their triplet".format(f["nom"], b)
        triplets.add(group)
    assert len(triplets) >= 20
    for group in triplets:
        for a, b in itertools.combinations(group, 2):
            assert by_name[a].GetGeometryRef().Distance(by_name[b].GetGeometryRef()) <= 400


def test_benchmarks_lie_in_their_commune(communes, benchmarks):
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for geom in communes.values():
        for i in range(geom.GetGeometryCount()):
            union.AddGeometry(geom.GetGeometryRef(i))
    union = union.UnionCascaded()
    for f in benchmarks:
        point = f.GetGeometryRef()
        assert f["insee"] in RENNES_METROPOLE, f["nom"]
        if point.Within(communes[f["insee"]]):
            continue
        assert not point.Within(union), "{} is not in its commune {}".format(f["nom"], f["insee"])
        assert point.Distance(union) <= 200, "{} lies outside the metropole".format(f["nom"])


def test_benchmark_lon_lat_match_geometry(benchmarks):
    cc48, rgf93 = osr.SpatialReference(), osr.SpatialReference()
    cc48.ImportFromEPSG(3948)
    rgf93.ImportFromEPSG(4171)
    for srs in (cc48, rgf93):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(cc48, rgf93)
    for f in benchmarks:
        lon, lat, _ = ct.TransformPoint(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY())
        assert abs(lon - f["cg1_coord1"]) < 1e-6 and abs(lat - f["cg1_coord2"]) < 1e-6, f["nom"]


def test_stations(ds):
    stations = features(ds, "stations_synthetic")
    assert 250 <= len(stations) <= 350
    assert "SYNTHETIC" in description(ds, "stations_synthetic")
    assert "REN09" in description(ds, "stations_synthetic")
    matricules = [f["matricule"] for f in stations]
    assert len(set(matricules)) == len(matricules)
    for f in stations:
        g = f.GetGeometryRef()
        assert 10_000 <= g.GetX() <= 90_000 and 30_000 <= g.GetY() <= 110_000, f["matricule"]
        assert 20 <= g.GetZ() <= 80, f["matricule"]
        assert f["z_ign69"] == pytest.approx(g.GetZ(), abs=1e-6)
        assert f["synthetic"] == 1
    srs = ds.GetLayerByName("stations_synthetic").GetSpatialRef()
    assert "nadgrids" not in srs.ExportToProj4()  # no machine-specific grid path stored
    # REN09 as Rennes defined it: the stations were computed with the 3-parameter shift, and say so
    assert "+towgs84=-168,-60,320" in srs.ExportToProj4() and srs.GetName() == "REN09 (Rennes 2009)"
