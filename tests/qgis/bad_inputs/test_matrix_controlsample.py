"""Bad-input matrix of canevas:controlsample (see matrix.py): the SYNTHETIC stations, in REN09."""

import math

from qgis.core import QgsVectorLayer

from .conftest import make_layer
from .matrix import Spec, matrix_test, sample
from .matrix import run as matrix_run


def ren09_stations():
    from canevas.toolbelt import crs as crs_tools
    layer = sample("stations_synthetic")  # the GeoPackage's stations have no CRS: their numbers are REN09
    layer.setCrs(crs_tools.crs_for("REN09"))
    return layer


def _rows(layer):
    return [(f["matricule"], f.geometry()) for f in layer.getFeatures()]


def _expected_size(n, size=0):
    """Rennes' rule, written again: (ln N)² rounded up, at least 1, at most N; or the size asked, at most N."""
    if size:
        return min(size, n)
    return min(n, max(1, math.ceil(math.log(n) ** 2)))


def check(case, result, tmp, params):
    """The sample is whole stations of the input, as many as Rennes' rule says, each once; heights untouched."""
    source = QgsVectorLayer(params["INPUT"], "in", "ogr")
    given = _rows(source)
    located = [(m, g) for m, g in given if not g.isNull() and not g.isEmpty()]
    places = {(round(g.constGet().x(), 3), round(g.constGet().y(), 3)) for _, g in located}
    assert result["N"] == len(places), (result["N"], len(places))  # a station delivered twice counts once
    size = params.get("SIZE") or 0
    assert result["SAMPLE_SIZE"] == _expected_size(len(places), size)
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    drawn = _rows(out)
    assert len(drawn) == result["SAMPLE_SIZE"]
    assert len({(round(g.constGet().x(), 3), round(g.constGet().y(), 3)) for _, g in drawn}) == len(drawn)
    by_wkt = {g.asWkt(6) for _, g in located}
    assert all(g.asWkt(6) in by_wkt for _, g in drawn)  # the same geometries, Z included (never 0 for NaN)
    if case == "duplicates":
        assert result["N"] == len(given) // 2


SPEC = Spec("controlsample", lambda tmp: {"INPUT": ren09_stations(), "SEED": 1, "OUTPUT": str(tmp / "o.gpkg")},
            layer="INPUT", stops={"misdeclared_crs", "wrong_geometry"}, check=check,
            extreme={"SEED": [0, -1, 2 ** 31 - 1, 2 ** 31, 10 ** 12, 1e-9, float("nan")],
                     "SIZE": [1, -1, 10 ** 9, 10 ** 12, 1e-9, float("inf")]})
test_matrix = matrix_test(SPEC)


def test_duplicated_stations_are_counted_once_and_named(provider, tmp_path):
    from canevas.toolbelt import crs as crs_tools
    wkts = ["PointZ ({} {} 40)".format(45000 + 100 * i, 66000 + 37 * i) for i in range(30)]
    layer = make_layer(wkts + wkts[:3], crs_tools.crs_for("REN09"), "PointZ",
                       [{"matricule": "S{:03d}".format(i)} for i in range(33)], name="stations")
    error, result, feedback = matrix_run("controlsample", {"INPUT": layer, "SEED": 3, "OUTPUT": "memory:"})
    assert error is None, error
    assert result["N"] == 30 and result["SAMPLE_SIZE"] == math.ceil(math.log(30) ** 2) == 12
    assert any("3 station(s) lie at the same place as another one" in m and "31 = 1" in m
               for m in feedback.messages), feedback.messages
    drawn = [f["matricule"] for f in result["OUTPUT"].getFeatures()]
    assert len(drawn) == len(set(drawn)) == 12


def test_a_station_with_nan_coordinates_is_left_out_with_its_id(provider):
    from canevas.toolbelt import crs as crs_tools
    layer = make_layer(["PointZ ({} {} 40)".format(45000 + 100 * i, 66000) for i in range(5)],
                       crs_tools.crs_for("REN09"), "PointZ", [{"matricule": "S{}".format(i)} for i in range(5)])
    from qgis.core import QgsGeometry, QgsPoint
    layer.dataProvider().changeGeometryValues({2: QgsGeometry(QgsPoint(float("nan"), 66000, 40))})
    error, result, feedback = matrix_run("controlsample", {"INPUT": layer, "OUTPUT": "memory:"})
    assert error is None, error
    assert result["N"] == 4
    assert any("1 station(s) without geometry" in m and "(feature ids: 2)" in m for m in feedback.messages)


def test_extreme_seeds_and_sizes_are_used_as_given_or_refused(provider, tmp_path):
    layer = ren09_stations()
    error, result, feedback = matrix_run("controlsample", {"INPUT": layer, "SEED": 10 ** 12, "SIZE": 10 ** 12,
                                                           "OUTPUT": "memory:"})
    assert error is None, error
    assert result["SAMPLE_SIZE"] == result["N"] == 40  # every station kept, and said
    assert any("The sample size 1000000000000 is larger than the 40 station(s)" in m for m in feedback.messages)
    assert any("(seed 1000000000000)" in m for m in feedback.messages)
    for key, value, message in (("SIZE", 1e-9, "must be a whole number ≥ 0"), ("SIZE", 2.5, "must be a whole "
                                "number ≥ 0"), ("SEED", float("nan"), "must be a finite number; nan given"),
                                ("SEED", 1.5, "must be a whole number ≥ 0")):
        error, _, _ = matrix_run("controlsample", {"INPUT": layer, key: value, "OUTPUT": str(tmp_path / "o.gpkg")})
        assert error is not None and message in error, (key, value, error)
        assert not (tmp_path / "o.gpkg").exists()
