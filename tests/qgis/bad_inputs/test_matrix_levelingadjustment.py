"""Bad-input matrix of canevas:levelingadjustment (see matrix.py) on a SYNTHETIC leveling job (leveling_job.py),
with the register to update as the file input; and what the Spec cannot say: the other columns of the
observations, the benchmarks damaged, a damaged register left byte for byte, singular networks, a cancel during
the adjustment of 5 000 SYNTHETIC stations."""

import hashlib
import math
import shutil
import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from .leveling_job import (
    BENCHMARKS,
    STATIONS,
    XY,
    benchmark_layer,
    job_rows,
    known_heights,
    large_network,
    lstsq_heights,
    make_register,
    observations_table,
    output_rows,
    run_cancelled_past,
)
from .matrix import Spec, check_case, damage_file, matrix_test, run

SIGMA = 0.7
_registers = {}


def register_copy(tmp, stations, name):
    """A copy in tmp of a register holding `stations` (made once per session: createdatabase is slow)."""
    key = tuple(stations)
    if key not in _registers:
        import tempfile
        folder = Path(tempfile.mkdtemp(prefix="canevas_register_"))
        _registers[key] = make_register(folder / "register.gpkg", stations)
    target = tmp / name
    shutil.copyfile(_registers[key], target)
    return str(target)


#: Stations of the register the matrix damages: none is a point of the job (a successful run leaves it as it was).
OTHER_STATIONS = (("T01", (1352000.0, 7222000.0, 12.5)), ("T02", (1352100.0, 7222050.0, 13.5)))
#: Stations of the register the update tests use: the job's twelve, Z = 0 until updated.
JOB_STATIONS = tuple((pid, (XY[pid][0], XY[pid][1], 0.0)) for pid, _h in STATIONS)


def params(tmp):
    return {"OBSERVATIONS": observations_table(), "FROM_FIELD": "from", "BENCHMARKS": benchmark_layer(),
            "BENCHMARK_ID_FIELD": "nom",
            "WEIGHTING": 0, "SIGMA_MM_PER_SQRT_KM": SIGMA, "ALPHA": 0.05,
            "OUTPUT": str(tmp / "points.gpkg"), "OUTPUT_RESIDUALS": str(tmp / "residuals.gpkg"),
            "REPORT": str(tmp / "adjustment.html"),
            "UPDATE_REGISTER": register_copy(tmp, OTHER_STATIONS, "register_input.gpkg")}


def check_heights(result, rows=None, fixed=None, weights=None):
    """Heights equal an independent weighted least squares; fixed benchmarks exactly their height."""
    rows = job_rows() if rows is None else rows
    fixed = dict(BENCHMARKS) if fixed is None else fixed
    points = output_rows(result["OUTPUT"], "id")
    expected = lstsq_heights(rows, fixed, weights)
    assert set(points) == set(expected) | set(fixed)
    for pid, height in expected.items():
        assert points[pid]["height"] == pytest.approx(height, abs=1e-6), pid  # 1 µm
        assert not points[pid]["fixed"] and points[pid]["sigma_mm"] > 0
    for pid, height in fixed.items():
        assert points[pid]["fixed"] and points[pid]["height"] == height
    assert result["DOF"] == len(rows) - len(expected) and result["N_OBSERVATIONS"] == len(rows)
    return points


def check_numbered(result):
    """« from » as numbers 1.0, 2.0… (one per row, in row order): each row is a spur from its own point, so the
    points hung on a benchmark get H(benchmark) − dh and the rest no height (never 0)."""
    points = output_rows(result["OUTPUT"], "id")
    known = dict(BENCHMARKS)
    expected = {str(k + 1): known[r["to"]] - r["dh_m"] for k, r in enumerate(job_rows()) if r["to"] in known}
    assert set(points) == set(expected) | set(known)
    for pid, height in expected.items():
        assert points[pid]["height"] == pytest.approx(height, abs=1e-9)
    assert result["DOF"] == 0 and result["N_OBSERVATIONS"] == len(expected)


def check(case, result, tmp, params):
    """Every successful run gives the job's heights, whatever the damage it could go on with; a σ or α given
    changes the tests, never the heights."""
    assert result["N_REGISTER_UPDATED"] == 0
    if case == "non_text_attributes":
        check_numbered(result)
        return
    check_heights(result)
    if case.startswith("extreme:SIGMA"):
        far = abs(math.log10(params["SIGMA_MM_PER_SQRT_KM"] / SIGMA)) > 2  # χ² off by 10⁴ at least
        assert not far or result["CHI2_PASSED"] is False, result["CHI2"]


BAD = [0.0, -1.0, 1e12, 1e300, float("nan"), float("inf"), 1e-9, 1e-3]
SPEC = Spec("levelingadjustment", params, layer="OBSERVATIONS", file="UPDATE_REGISTER", field="FROM_FIELD",
            reads_geometry=False,
            extreme={"SIGMA_MM_PER_SQRT_KM": BAD, "ALPHA": BAD + [0.5, 1.0, 1e12], "WEIGHTING": [3, -1, 1e12],
                     "FIXED": ["\"nom\" = 'nowhere'", "\"nom\" IN ('MAC12'", "1/0 = 1"]},
            stops={"duplicates", "null_attributes", "empty_attributes"},
            not_applicable={"z_missing": "the observations table has no geometry: heights come from dh_m",
                            "z_nan": "the observations table has no geometry: heights come from dh_m"},
            check=check)
test_matrix = matrix_test(SPEC)


def check_benchmarks(case, result, tmp, params):
    """The benchmarks damaged: the heights are those of the independent least squares on the benchmarks whose
    height is still known (a benchmark without height is adjusted as any point, never held at 0)."""
    check_heights(result, fixed=known_heights(params["BENCHMARKS"]))
    points = output_rows(result["OUTPUT"], "id")
    for pid in known_heights(params["BENCHMARKS"]):
        geometry = points[pid]["_geometry"]
        assert not geometry.isNull() and geometry.constGet().z() == points[pid]["height"]


#: The same matrix on the benchmarks layer (ids in « nom », heights in Z): their positions place the output.
SPEC_BENCHMARKS = Spec("levelingadjustment", params, layer="BENCHMARKS", field="BENCHMARK_ID_FIELD",
                       stops={"null_attributes", "empty_attributes", "non_text_attributes", "z_missing",
                              "wrong_geometry"},
                       check=check_benchmarks)
test_matrix_benchmarks = matrix_test(SPEC_BENCHMARKS)


# --- the observations: other columns ------------------------------------------------------------------

def _run_rows(tmp, rows, **extra):
    p = params(tmp)
    p["OBSERVATIONS"] = observations_table(rows)
    p.update(extra)
    return run("levelingadjustment", p)


@pytest.mark.parametrize("key,value,words", [
    ("dh_m", None, "empty or not finite height difference: 4"),
    ("dh_m", float("nan"), "empty or not finite height difference: 4"),
    ("to", None, "empty « to » point: 4"),
    ("distance_m", 0.0, "distance zero, negative or not finite (leave it empty when unknown): 4"),
    ("distance_m", -12.0, "distance zero, negative or not finite (leave it empty when unknown): 4"),
    ("distance_m", float("nan"), "distance zero, negative or not finite (leave it empty when unknown): 4"),
    ("distance_m", None, "needs the distance of every observation; row(s) 4 lack it"),
    ("distance_m", 3.0e8, "distance over 100 km (not in metres?): 4"),
])
def test_an_unusable_value_stops_before_any_output(provider, tmp_path, key, value, words):
    rows = job_rows()
    rows[3][key] = value
    error, _result, _feedback = _run_rows(tmp_path, rows)
    assert error is not None and words in error, error
    assert not any((tmp_path / n).exists() for n in ("points.gpkg", "residuals.gpkg", "adjustment.html"))


def test_a_missing_distance_with_equal_weights_stays_null(provider, tmp_path):
    """Equal weights do not need the distance: the row without one is adjusted, its distance stays NULL."""
    rows = job_rows()
    rows[3]["distance_m"] = None
    error, result, feedback = _run_rows(tmp_path, rows, WEIGHTING=2)
    assert error is None, error
    check_heights(result, rows, weights=[1.0] * len(rows))
    assert any("have no distance (row ids 4)" in m for m in feedback.messages)


def test_a_repeated_row_is_refused_but_a_second_measurement_is_not(provider, tmp_path):
    rows = job_rows()
    error, _result, _feedback = _run_rows(tmp_path, rows + [dict(rows[7])])
    assert error is not None and "the same observation twice" in error and "8 and 16" in error, error
    again = dict(rows[7], dh_m=rows[7]["dh_m"] + 0.0003, source_line=None)  # the section levelled again
    error, result, _feedback = _run_rows(tmp_path, rows + [again])
    assert error is None, error
    check_heights(result, rows + [again])


# --- the benchmarks ------------------------------------------------------------------------------------

def _with_benchmarks(tmp, layer, **extra):
    return run("levelingadjustment", dict(params(tmp), BENCHMARKS=layer, **extra))


def test_a_benchmark_without_height_is_adjusted_not_held_at_0(provider, tmp_path):
    error, result, feedback = _with_benchmarks(tmp_path, benchmark_layer(
        [("MAC12", 31.2541), ("MAC13", None), ("NPK356", 29.4480)]))
    assert error is None, error
    points = check_heights(result, fixed={"MAC12": 31.2541, "NPK356": 29.4480})
    assert points["MAC13"]["known_height"] is None and points["MAC13"]["diff_mm"] is None
    assert abs(points["MAC13"]["height"] - 36.0127) < 0.01
    assert any("have no height" in m for m in feedback.messages)


def test_the_same_benchmark_twice_first_without_height(provider, tmp_path):
    error, result, _feedback = _with_benchmarks(tmp_path, benchmark_layer([("MAC13", None)] + BENCHMARKS))
    assert error is None, error
    check_heights(result)


def test_two_heights_for_one_benchmark_are_refused(provider, tmp_path):
    error, _result, _feedback = _with_benchmarks(tmp_path, benchmark_layer(BENCHMARKS + [("MAC12", 31.30)]))
    assert error is not None and "MAC12 (31.2541 / 31.3000 m)" in error, error


def test_text_heights_are_refused(provider, tmp_path):
    layer = benchmark_layer([(pid, "n.c.") for pid, _h in BENCHMARKS], heights_in="field", height_type="string")
    error, _result, _feedback = _with_benchmarks(tmp_path, layer, BENCHMARK_HEIGHT_FIELD="alt")
    assert error is not None and "not a number" in error, error


@pytest.mark.parametrize("rows", [[(pid, None) for pid, _h in BENCHMARKS],
                                  [("M.AC - {}".format(k), h) for k, (_p, h) in enumerate(BENCHMARKS)]])
def test_no_known_benchmark_in_the_network_stops(provider, tmp_path, rows):
    error, _result, _feedback = _with_benchmarks(tmp_path, benchmark_layer(rows))
    assert error is not None and "no benchmark" in error.lower() or "No benchmark" in error, error
    assert not (tmp_path / "points.gpkg").exists()


def test_benchmarks_with_an_unusable_state_only_stop(provider, tmp_path):
    layer = benchmark_layer(states={pid: "DETRUIT" for pid, _h in BENCHMARKS})
    error, _result, _feedback = _with_benchmarks(tmp_path, layer)
    assert error is not None and "No fixed benchmark lies in the network" in error, error


# --- singular networks -----------------------------------------------------------------------------------

def test_a_part_without_benchmark_gets_no_height_never_0(provider, tmp_path):
    rows = job_rows() + [{"run": "X", "from": "Q1", "to": "Q2", "dh_m": 0.5, "distance_m": 200.0, "setups": 4},
                         {"run": "X", "from": "Q2", "to": "Q3", "dh_m": -0.2, "distance_m": 250.0, "setups": 4}]
    error, result, feedback = _run_rows(tmp_path, rows)
    assert error is None, error
    points = output_rows(result["OUTPUT"], "id")
    assert not set(points) & {"Q1", "Q2", "Q3"}
    expected = lstsq_heights(job_rows(), dict(BENCHMARKS))
    assert all(points[p]["height"] == pytest.approx(h, abs=1e-6) for p, h in expected.items())
    residuals = output_rows(result["OUTPUT_RESIDUALS"])
    unused = [r for r in residuals if not r["used"]]
    assert [(r["from"], r["to"]) for r in unused] == [("Q1", "Q2"), ("Q2", "Q3")]
    assert all(r["residual_mm"] is None and r["w"] is None for r in unused)
    assert any("3 point(s) tied to no fixed benchmark got no height" in m for m in feedback.messages)


def test_a_fixed_expression_outside_the_network_stops(provider, tmp_path):
    layer = benchmark_layer(BENCHMARKS + [("FAR1", 50.0)])
    error, _result, _feedback = _with_benchmarks(tmp_path, layer, FIXED="\"nom\" = 'FAR1'")
    assert error is not None and "No fixed benchmark lies in the network" in error, error


def test_weights_over_12_orders_of_magnitude_are_refused(provider, tmp_path):
    rows = job_rows()
    rows[3]["distance_m"] = 1e-12  # next to sections of hundreds of metres: weights 10¹⁴ times larger
    error, _result, _feedback = _run_rows(tmp_path, rows)
    assert error is not None and "12 orders of magnitude" in error, error


# --- the register ------------------------------------------------------------------------------------

def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _update(tmp, register, **extra):
    return run("levelingadjustment", dict(params(tmp), UPDATE_REGISTER=register, **extra))


def test_the_register_is_updated_with_the_independent_heights(provider, tmp_path):
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    error, result, _feedback = _update(tmp_path, register)
    assert error is None, error
    assert result["N_REGISTER_UPDATED"] == 12
    expected = lstsq_heights(job_rows(), dict(BENCHMARKS))
    stations = QgsVectorLayer("{}|layername=stations".format(register), "stations", "ogr")
    for feature in stations.getFeatures():
        assert feature.geometry().constGet().z() == pytest.approx(expected[feature["matricule"]], abs=1e-6)
    del stations


@pytest.mark.parametrize("damage", ["corrupt_file", "truncated_file", "empty_file", "binary_file"])
def test_a_damaged_register_stops_and_stays_byte_identical(provider, tmp_path, damage):
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    damage_file(register, damage)
    before = sha256(register)
    error, _result, _feedback = _update(tmp_path, register)
    assert error is not None and any(w in error for w in ("damaged", "empty", "not a GeoPackage")), error
    assert sha256(register) == before
    assert not any((tmp_path / n).exists() for n in ("points.gpkg", "residuals.gpkg", "adjustment.html"))


def test_a_geopackage_that_is_not_a_register_is_refused(provider, tmp_path):
    other = tmp_path / "other.gpkg"
    from .matrix import sample, write_layer
    write_layer(sample("stations_synthetic", 5), other, "stations")
    before = sha256(other)
    error, _result, _feedback = _update(tmp_path, str(other))
    assert error is not None and "is not a Canevas register" in error, error
    assert sha256(other) == before


@pytest.mark.parametrize("key", ["OUTPUT", "OUTPUT_RESIDUALS", "REPORT"])
def test_the_register_as_an_output_is_refused_and_kept(provider, tmp_path, key):
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    before = sha256(register)
    error, _result, _feedback = _update(tmp_path, register, **{key: register})
    assert error is not None and ("register" in error or "input" in error), error
    assert sha256(register) == before


def test_a_table_added_to_the_register_is_refused_and_kept(provider, tmp_path):
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    before = sha256(register)
    error, _result, _feedback = _update(tmp_path, register,
                                        OUTPUT_RESIDUALS="ogr:dbname='{}' table=\"residuals\" (geom)".format(register))
    assert error is not None and "is the register to update" in error, error
    assert sha256(register) == before


@pytest.mark.parametrize("dates,expected", [("date", "2024-05-02"), ("text", None)])
def test_the_visit_date_is_the_iso_date_of_the_leveling(provider, tmp_path, dates, expected):
    """A « date » field of type date gives its ISO date to the visits; a date that is not ISO (02/05/2024) is not
    used (said), never written as a visit date."""
    from qgis.PyQt.QtCore import QDate
    columns = tuple((n, "date" if n == "date" and dates == "date" else t)
                    for n, t in (("run", "string"), ("from", "string"), ("to", "string"), ("dh_m", "double"),
                                 ("distance_m", "double"), ("setups", "integer"), ("date", "string")))
    value = QDate(2024, 5, 2) if dates == "date" else "02/05/2024"
    rows = [dict(r, date=value) for r in job_rows()]
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    error, result, feedback = _update(tmp_path, register, OBSERVATIONS=observations_table(rows, columns=columns))
    assert error is None, error
    db = sqlite3.connect(register)
    try:
        visit_dates = {d for (d,) in db.execute("SELECT date FROM visits")}
    finally:
        db.close()
    if expected:
        assert visit_dates == {expected}
    else:
        assert len(visit_dates) == 1 and "/" not in next(iter(visit_dates))  # the day of the run
        assert any("are not ISO dates (YYYY-MM-DD)" in m for m in feedback.messages)


def test_a_folder_as_register_is_named(provider, tmp_path):
    folder = tmp_path / "register_folder.gpkg"
    folder.mkdir()
    error, _result, _feedback = _update(tmp_path, str(folder))
    assert error is not None and "is a folder" in error, error


def test_a_matricule_twice_in_the_register_stops_and_keeps_it(provider, tmp_path):
    # the register's unique constraint lets « S05 » and « S05 » with a blank in: the same matricule once stripped
    register = register_copy(tmp_path, JOB_STATIONS + (("S05 ", (1352500.0, 7222500.0, 0.0)),), "register.gpkg")
    before = sha256(register)
    error, _result, _feedback = _update(tmp_path, register)
    assert error is not None and "S05" in error and "more than one station" in error, error
    assert sha256(register) == before


@pytest.mark.parametrize("gdal_exceptions", [False, True])
def test_a_write_refused_midway_rolls_everything_back(provider, tmp_path, gdal_exceptions):
    """With GDAL's exceptions on (as some GDAL ≥ 3.9 setups have them) as well as off."""
    from osgeo import ogr
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    db = sqlite3.connect(register)
    with db:
        db.execute("CREATE TRIGGER refuse_s09 BEFORE INSERT ON visits WHEN NEW.station_matricule = 'S09' "
                   "BEGIN SELECT RAISE(ABORT, 'S09 refused by the test'); END")
    db.close()
    before = sha256(register)
    was_on = ogr.GetUseExceptions()
    (ogr.UseExceptions if gdal_exceptions else ogr.DontUseExceptions)()
    try:
        error, _result, _feedback = _update(tmp_path, register)
    finally:
        (ogr.UseExceptions if was_on else ogr.DontUseExceptions)()
    assert error is not None and "rolled back, nothing was changed" in error, error
    assert sha256(register) == before
    assert not any((tmp_path / n).exists() for n in ("points.gpkg", "residuals.gpkg", "adjustment.html"))


def test_a_cancel_before_the_register_update_keeps_it(provider, tmp_path):
    register = register_copy(tmp_path, JOB_STATIONS, "register.gpkg")
    before = sha256(register)
    error, _feedback = run_cancelled_past("levelingadjustment", dict(params(tmp_path), UPDATE_REGISTER=register),
                                          100.0 * 4 / 5 - 0.5)
    assert error is not None and "Cancelled" in error, error
    assert sha256(register) == before


# --- cancel during a large adjustment ----------------------------------------------------------------------

def test_cancel_during_the_adjustment_of_5000_points_stops(provider, tmp_path):
    """5 000 SYNTHETIC stations: a cancel once the adjustment is under way (progress past the start of its step,
    2 of 5) stops the run inside the adjustment with the cancel message; no output is left."""
    rows, benchmarks = large_network()
    p = dict(params(tmp_path), OBSERVATIONS=observations_table(rows), BENCHMARKS=benchmark_layer(benchmarks))
    error, feedback = run_cancelled_past("levelingadjustment", p, 40.0 + 0.5)
    assert error is not None and "Cancelled" in error, error
    assert 40.0 < feedback.cancelled_at < 60.0, feedback.cancelled_at  # the adjustment's step: 40 % to 60 %
    assert not any((tmp_path / n).exists() for n in ("points.gpkg", "residuals.gpkg", "adjustment.html"))


def test_the_large_network_without_cancel_gives_the_independent_heights(provider, tmp_path):
    rows, benchmarks = large_network(points=400, per_run=40)
    p = dict(params(tmp_path), OBSERVATIONS=observations_table(rows), BENCHMARKS=benchmark_layer(benchmarks))
    error, result, _feedback = run("levelingadjustment", p)
    assert error is None, error
    check_heights(result, rows, dict(benchmarks))


def test_valid_case_runs(provider, tmp_path):
    check_case(SPEC, "valid", tmp_path)
