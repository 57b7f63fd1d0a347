"""Bad-input matrix of canevas:levelingdensity (see matrix.py): the SYNTHETIC benchmarks of Rennes, in CC48.

The study area (a second layer) is damaged by the plain tests below: no CRS, empty, points instead of polygons,
invalid polygons, NULL names.
"""

import math

import pytest
from qgis.core import QgsVectorLayer

from canevas.toolbelt.layers import is_null

from .conftest import make_layer
from .matrix import Spec, matrix_test, sample, snapshot, write_layer
from .matrix import run as matrix_run

RADIUS = 1000.0
LAYERS = ("COVERAGE", "GAPS", "STATS", "PROPOSALS")
X0, Y0 = 1351000.0, 7222000.0  # CC48, Rennes


def params(tmp):
    result = {"INPUT": sample("benchmarks_synthetic", 120), "RADIUS": RADIUS, "MIN_BENCHMARKS": 2,
              "ID_FIELD": "nom", "REPORT": str(tmp / "report.html")}
    result.update({key: str(tmp / "{}.gpkg".format(key.lower())) for key in LAYERS})
    return result


def _rows(uri):
    return list(QgsVectorLayer(uri, "out", "ogr").getFeatures())


def check(case, result, tmp, params):
    """Totals consistent with the rows written; the covered share of a square is checked by hand elsewhere."""
    stats = _rows(result["STATS"])
    assert stats
    area = sum(f["area_m2"] for f in stats)
    covered = sum(f["covered_m2"] for f in stats)
    assert area > 0 and 0 <= covered <= area * (1 + 1e-9)
    assert math.isclose(result["COVERED_PCT"], 100 * covered / area, rel_tol=1e-6, abs_tol=1e-6)
    assert math.isclose(result["GAP_AREA"], area - covered, rel_tol=1e-6, abs_tol=1e-3)
    assert result["PROPOSED_COUNT"] == len(_rows(result["PROPOSALS"])) == sum(f["proposed"] for f in stats)
    per_benchmark, per_day = params.get("COST_PER_BENCHMARK"), params.get("COST_PER_DAY")
    if per_benchmark is None and per_day is None:
        assert result["COST"] is None  # not priced: never 0 €
        assert all(is_null(f["cost_eur"]) for f in stats)
    else:
        assert math.isclose(result["COST"], result["PROPOSED_COUNT"] * (per_benchmark or 0)
                            + result["DAYS"] * (per_day or 0), rel_tol=1e-9)
    assert math.isfinite(result["DAYS"]) and math.isclose(
        result["DAYS"], result["LEVELING_KM"] / params.get("LEVELING_RATE_KM_PER_DAY", 6.0), rel_tol=1e-9)
    with open(result["REPORT"], encoding="utf-8") as report:
        assert report.read().strip().endswith("</html>")


SPEC = Spec("levelingdensity", params, layer="INPUT", field="ID_FIELD",
            stops={"misdeclared_crs", "null_attributes", "empty_attributes"}, check=check,
            extreme={"RADIUS": [0, -1, 1e-9, 49.9, 1e9, 1e12, float("nan"), float("inf")],
                     "MIN_BENCHMARKS": [0, -1, 11, 1.5],
                     "LEVELING_RATE_KM_PER_DAY": [0, -1, 1e-9, 1e12, float("nan")],
                     "COST_PER_BENCHMARK": [-1, 1e12, float("nan"), float("inf")],
                     "COST_PER_DAY": [-1, 1e12, float("inf")]})
test_matrix = matrix_test(SPEC)


# ------------------------------------------------------------------------------------------------ the study area

def _square(x, y, side):
    return "Polygon (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + side, y + side)


def _study(wkts, crs="EPSG:3948", geometry="Polygon", names=None):
    names = names if names is not None else ["zone {}".format(i) for i in range(len(wkts))]
    return make_layer(wkts, crs, geometry, [{"nom": n} for n in names], name="zones")


def _empty_study():
    layer = _study([_square(X0, Y0, 10)])
    layer.dataProvider().truncate()
    return layer


def _two_benchmarks():
    return make_layer(["Point ({} {})".format(X0, Y0), "Point ({} {})".format(X0 + 10, Y0)], "EPSG:3948", "Point",
                      [{"nom": "RN1", "etat": "BON ETAT", "freres_info": ""},
                       {"nom": "RN2", "etat": "BON ETAT", "freres_info": ""}], name="benchmarks")


def _run_study(tmp, study, **extra):
    p = {"INPUT": _two_benchmarks(), "RADIUS": RADIUS, "MIN_BENCHMARKS": 2, "STUDY_AREA": study,
         "STUDY_NAME_FIELD": "nom", "REPORT": str(tmp / "report.html")}
    p.update({key: str(tmp / "{}.gpkg".format(key.lower())) for key in LAYERS})
    p.update(extra)
    before = snapshot(study)
    error, result, feedback = matrix_run("levelingdensity", p)
    assert snapshot(study) == before
    if error is not None:
        left = [k for k in LAYERS + ("REPORT",) if (tmp / "{}.gpkg".format(k.lower())).exists()]
        assert not left and not (tmp / "report.html").exists(), left
    return error, result, feedback


def _lens(r, d):
    """Area of the intersection of two discs of radius r whose centres are d apart (where both reach)."""
    return 2 * r * r * math.acos(d / (2 * r)) - d / 2 * math.sqrt(4 * r * r - d * d)


def test_a_square_study_area_is_covered_by_the_lens_of_the_two_discs(provider, tmp_path):
    error, result, _ = _run_study(tmp_path, _study([_square(X0 - 1995, Y0 - 2000, 4000)]))
    assert error is None, error
    expected = 100 * _lens(RADIUS, 10) / 4000 ** 2
    assert math.isclose(result["COVERED_PCT"], expected, rel_tol=0.01), (result["COVERED_PCT"], expected)


@pytest.mark.parametrize("case,message", [
    ("no_crs", "has no CRS"),
    ("empty", "holds no polygon"),
    ("null_geometries", "holds no polygon"),
    ("points", "is not a polygon layer (Point)"),
    ("lines", "is not a polygon layer (LineString)"),
    ("misdeclared_crs", "not RGF93 v1 / Lambert-93"),
    ("missing_field", "« no_such_field » is missing"),
])
def test_a_damaged_study_area_stops_with_a_message(provider, tmp_path, case, message):
    square = _square(X0 - 500, Y0 - 500, 1000)
    study, extra = {
        "no_crs": (_study([square], crs=None), {}),
        "empty": (_empty_study(), {}),
        "null_geometries": (_study([None, None]), {}),
        "points": (_study(["Point ({} {})".format(X0, Y0)], geometry="Point"), {}),
        "lines": (_study(["LineString ({0} {1}, {2} {1})".format(X0, Y0, X0 + 10)], geometry="LineString"), {}),
        "misdeclared_crs": (_study([square], crs="EPSG:2154"), {}),
        "missing_field": (_study([square]), {"STUDY_NAME_FIELD": "no_such_field"}),
    }[case]
    error, _, _ = _run_study(tmp_path, study, **extra)
    assert error is not None and message in error, error


@pytest.mark.parametrize("case", ["corrupt_layer", "truncated_layer", "missing_file"])
def test_a_damaged_study_area_file_stops_and_never_studies_the_default_area(provider, tmp_path, case):
    from .matrix import damage_file
    path = tmp_path / "zones.gpkg"
    wkts = [_square(X0 - 3000 + 100 * i, Y0 - 500 + 10 * i, 90) for i in range(400)]
    uri = write_layer(_study(wkts), path, "zones")
    damage_file(path, case)
    error, _, _ = _run_study(tmp_path, uri)
    assert error is not None and not any(w in error for w in ("Traceback", "sqlite3", "Error:")), error
    assert any(w in error.lower() for w in ("read", "damaged", "invalid", "load", "not found", "study")), error


def test_an_invalid_study_polygon_is_repaired_and_said(provider, tmp_path):
    # a bow tie: two triangles of 1000 × 500 / 2 m² each, crossing at (X0, Y0)
    bowtie = "Polygon (({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(X0 - 500, Y0 - 500, X0 + 500, Y0 + 500)
    error, result, feedback = _run_study(tmp_path, _study([bowtie]))
    assert error is None, error
    stats = _rows(result["STATS"])
    assert len(stats) == 1 and math.isclose(stats[0]["area_m2"], 2 * 1000 * 500 / 2, rel_tol=1e-9)
    assert any("1 study area(s) were not valid polygons" in m and "feature ids: 1" in m for m in feedback.messages)


def test_study_areas_without_name_are_named_by_their_id_and_said(provider, tmp_path):
    squares = [_square(X0 - 500, Y0 - 500, 1000), _square(X0 + 600, Y0 - 500, 1000), _square(X0, Y0 + 600, 500)]
    error, result, feedback = _run_study(tmp_path, _study(squares, names=["centre", None, ""]))
    assert error is None, error
    assert sorted(f["name"] for f in _rows(result["STATS"])) == ["2", "3", "centre"]
    assert any("2 study area(s) have no value in « nom »" in m and "(2, 3)" in m for m in feedback.messages)


def test_a_geographic_study_area_is_brought_to_the_working_crs(provider, tmp_path):
    # about 1.5 km × 1.1 km around Rennes town hall, in degrees
    study = _study(["Polygon ((-1.69 48.105, -1.67 48.105, -1.67 48.115, -1.69 48.115, -1.69 48.105))"],
                   crs="EPSG:4326")
    error, result, _ = _run_study(tmp_path, study)
    assert error is None, error
    area = _rows(result["STATS"])[0]["area_m2"]
    assert 1.6e6 < area < 1.7e6, area  # 0.02° × 0.01° at 48.11° N: 1 487 m × 1 112 m


@pytest.mark.parametrize("key,value,message", [
    ("RADIUS", 1e9, "is beyond 50 km"),
    ("RADIUS", 50001, "is beyond 50 km"),
    ("MIN_BENCHMARKS", 1.5, "must be a whole number, not 1.5"),
    ("LEVELING_RATE_KM_PER_DAY", float("nan"), "nan given"),  # before the run: the parameters' own check
])
def test_extreme_settings_are_refused_with_the_bound(provider, tmp_path, key, value, message):
    error, _, _ = _run_study(tmp_path, _study([_square(X0 - 500, Y0 - 500, 1000)]), **{key: value})
    assert error is not None and message in error, error
