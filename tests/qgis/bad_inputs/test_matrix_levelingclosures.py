"""Bad-input matrix of canevas:levelingclosures (see matrix.py) on a SYNTHETIC leveling job (leveling_job.py),
and what the Spec cannot say: the other columns of the observations damaged, the benchmarks layer damaged,
tolerances out of range, a cancel during the loops of a large SYNTHETIC network."""

import math

import pytest
from qgis.core import QgsVectorLayer

from .leveling_job import (
    BENCHMARKS,
    benchmark_layer,
    hand_run_closures,
    job_rows,
    known_heights,
    large_network,
    observations_table,
    output_rows,
    run_cancelled_past,
)
from .matrix import Spec, check_case, matrix_test, run

C, A, B = 2.0, 1.0, 0.5  # the custom tolerance of the baseline: 2 mm + 1 mm·√K + 0.5 mm·√n


def params(tmp):
    return {"OBSERVATIONS": observations_table(), "FROM_FIELD": "from", "BENCHMARKS": benchmark_layer(),
            "BENCHMARK_ID_FIELD": "nom",
            "TOLERANCE": 1, "CUSTOM_MM": C, "CUSTOM_MM_PER_SQRT_KM": A, "CUSTOM_MM_PER_SQRT_SETUP": B,
            "OUTPUT": str(tmp / "closures.gpkg"), "REPORT": str(tmp / "closures.html")}


def check_closures(result, terms=(C, A, B), rows=None, known=None):
    """Every run closure equals Σdh − ΔH by hand, every tolerance c + a·√K + b·√n from the rows' own sums."""
    rows = job_rows() if rows is None else rows
    out = output_rows(result["OUTPUT"])
    runs = [r for r in out if r["kind"] == "run"]
    hand = hand_run_closures(rows, dict(BENCHMARKS) if known is None else known)
    assert len(runs) == len(hand) == result["N_RUNS"] == (3 if known is None else len(hand))
    for row in runs:
        points = row["points"].split(" → ")
        assert row["closure_mm"] == pytest.approx(hand[(points[0], points[-1])], abs=1e-6)
        sections = [r for r in rows if r["from"] in points and r["to"] in points]
        km = sum(r["distance_m"] for r in sections) / 1000.0
        setups = sum(r["setups"] for r in sections)
        assert row["length_km"] == pytest.approx(km, rel=1e-9) and row["setups"] == setups
        tolerance = terms[0] + terms[1] * math.sqrt(km) + terms[2] * math.sqrt(setups)
        assert row["tolerance_mm"] == pytest.approx(tolerance, rel=1e-9)
        assert row["passed"] == (abs(row["closure_mm"]) <= tolerance)
    assert result["MAX_CLOSURE_MM"] == pytest.approx(max(abs(r["closure_mm"]) for r in out), rel=1e-12)


def check(case, result, tmp, params):
    """Whatever the damage that still lets the run go (no CRS, geometries the table does not use, polygons),
    the closures are those of the job, by hand."""
    if case.startswith("extreme:"):
        terms = tuple(params[k] for k in ("CUSTOM_MM", "CUSTOM_MM_PER_SQRT_KM", "CUSTOM_MM_PER_SQRT_SETUP"))
        check_closures(result, terms)
        return
    check_closures(result)


BAD = [0.0, -1.0, 1e12, 1e308, float("nan"), float("inf"), 1e-9]
SPEC = Spec("levelingclosures", params, layer="OBSERVATIONS", field="FROM_FIELD", reads_geometry=False,
            extreme={"CUSTOM_MM": BAD, "CUSTOM_MM_PER_SQRT_KM": BAD, "CUSTOM_MM_PER_SQRT_SETUP": BAD,
                     "TOLERANCE": [2, -1, 1e12]},
            stops={"duplicates", "null_attributes", "empty_attributes", "non_text_attributes"},
            not_applicable={"z_missing": "the observations table has no geometry: heights come from dh_m",
                            "z_nan": "the observations table has no geometry: heights come from dh_m"},
            check=check)
test_matrix = matrix_test(SPEC)


def check_benchmarks(case, result, tmp, params):
    """The benchmarks damaged: the runs between the benchmarks whose height is still known close by hand."""
    check_closures(result, known=known_heights(params["BENCHMARKS"]))


#: The same matrix on the benchmarks layer (ids in « nom », heights in Z): closures use heights, not positions,
#: so a layer without CRS or in degrees still closes; benchmarks without height leave their runs open.
SPEC_BENCHMARKS = Spec("levelingclosures", params, layer="BENCHMARKS", field="BENCHMARK_ID_FIELD",
                       reads_geometry=False, stops={"null_geometries", "null_attributes", "empty_attributes",
                                                    "non_text_attributes", "z_missing", "wrong_geometry"},
                       check=check_benchmarks)
test_matrix_benchmarks = matrix_test(SPEC_BENCHMARKS)


# --- the other columns of the observations -----------------------------------------------------------

def _damaged(tmp, change, **extra):
    """(error, result, feedback) of a run on the job's rows changed by change(rows)."""
    rows = job_rows()
    change(rows)
    p = params(tmp)
    p["OBSERVATIONS"] = observations_table(rows)
    p.update(extra)
    return run("levelingclosures", p)


def _set(index, key, value):
    def change(rows):
        rows[index][key] = value
    return change


@pytest.mark.parametrize("key,value,words", [
    ("to", None, "empty « to » point: 4"), ("to", "  ", "empty « to » point: 4"),
    ("from", "", "empty « from » point: 4"), ("to", "MAC12", "are the same point: 1"),
    ("dh_m", None, "empty or not finite height difference: 4"),
    ("dh_m", float("nan"), "empty or not finite height difference: 4"),
    ("dh_m", float("inf"), "empty or not finite height difference: 4"),
    ("dh_m", 25000.0, "height difference over 10 km (not in metres?): 4"),
    ("distance_m", -300.0, "distance zero, negative or not finite (leave it empty when unknown): 4"),
    ("distance_m", 0.0, "distance zero, negative or not finite (leave it empty when unknown): 4"),
    ("distance_m", float("inf"), "distance zero, negative or not finite (leave it empty when unknown): 4"),
    ("distance_m", 250000000.0, "distance over 100 km (not in metres?): 4"),
    ("setups", 0, "not a positive whole number (at most 100 000): 4"),
    ("setups", -3, "not a positive whole number (at most 100 000): 4"),
])
def test_an_unusable_value_stops_the_run_naming_its_row(provider, tmp_path, key, value, words):
    index = 3 if key != "to" or value != "MAC12" else 0
    error, _result, _feedback = _damaged(tmp_path, _set(index, key, value))
    assert error is not None and words in error, error
    assert not (tmp_path / "closures.gpkg").exists() and not (tmp_path / "closures.html").exists()


def test_a_missing_distance_stays_missing_never_0(provider, tmp_path):
    """A NULL distance (or set-up count) leaves the length and the tolerance of its run unknown: never 0 km."""
    rows = job_rows()
    error, result, feedback = _damaged(tmp_path, _set(1, "distance_m", None))
    assert error is None, error
    runs = {r["points"].split(" → ")[0]: r for r in output_rows(result["OUTPUT"]) if r["kind"] == "run"}
    first = runs[rows[0]["from"]]
    assert first["length_km"] is None and first["tolerance_mm"] is None and first["passed"] is None
    assert first["closure_mm"] == pytest.approx(hand_run_closures(rows, dict(BENCHMARKS))[
        (rows[0]["from"], first["points"].split(" → ")[-1])], abs=1e-6)
    assert any("have no distance (row ids 2)" in m for m in feedback.messages), feedback.messages
    others = [r for k, r in runs.items() if k != rows[0]["from"]]
    assert others and all(r["length_km"] > 0 and r["passed"] is not None for r in others)


def test_numeric_ids_are_read_as_their_text(provider, tmp_path):
    """Matricules stored as numbers (1001.0) are the ids « 1001 », matching the benchmarks' text ids."""
    rows = job_rows()
    rename = {pid: str(1000 + k) for k, (pid, _h) in enumerate(BENCHMARKS)}
    columns = (("run", "string"), ("from", "double"), ("to", "double"), ("dh_m", "double"),
               ("distance_m", "double"), ("setups", "integer"))
    numbered = []
    for row in rows:
        numbered.append(dict(row, **{k: float(rename.get(row[k], row[k][1:])) for k in ("from", "to")}))
    p = params(tmp_path)
    p["OBSERVATIONS"] = observations_table(numbered, columns=columns)
    p["BENCHMARKS"] = benchmark_layer([(rename[pid], h) for pid, h in BENCHMARKS])
    error, result, _feedback = run("levelingclosures", p)
    assert error is None, error
    assert result["N_RUNS"] == 3
    hand = hand_run_closures(rows, dict(BENCHMARKS))
    assert sorted(round(r["closure_mm"], 6) for r in output_rows(result["OUTPUT"]) if r["kind"] == "run") == \
        sorted(round(v, 6) for v in hand.values())


def test_exact_copies_of_rows_are_named(provider, tmp_path):
    """A row present twice (the book imported twice) would be a second measurement closing a loop on 0.00 mm."""
    error, _result, _feedback = _damaged(tmp_path, lambda rows: rows.append(dict(rows[5])))
    assert error is not None and "the same observation" in error and "6 and 16" in error, error


@pytest.mark.parametrize("key", ["TO_FIELD", "DH_FIELD", "DISTANCE_FIELD", "SETUPS_FIELD", "RUN_FIELD"])
def test_a_missing_chosen_field_is_named(provider, tmp_path, key):
    error, _result, _feedback = run("levelingclosures", dict(params(tmp_path), **{key: "no_such_field"}))
    assert error is not None and "« no_such_field »" in error and "is missing from" in error, error


def test_text_distance_field_is_refused(provider, tmp_path):
    columns = tuple((n, "string" if n == "distance_m" else t) for n, t in
                    (("run", "string"), ("from", "string"), ("to", "string"), ("dh_m", "double"),
                     ("distance_m", "string"), ("setups", "integer")))
    rows = [dict(r, distance_m=str(r["distance_m"])) for r in job_rows()]
    error, _r, _f = run("levelingclosures", dict(params(tmp_path), OBSERVATIONS=observations_table(rows,
                                                                                                  columns=columns)))
    assert error is not None and "not a number" in error, error


# --- the benchmarks layer --------------------------------------------------------------------------

def _with_benchmarks(tmp, layer, **extra):
    return run("levelingclosures", dict(params(tmp), BENCHMARKS=layer, **extra))


def test_null_benchmark_heights_are_not_known_never_0(provider, tmp_path):
    """MAC13 without height: the runs through it are open (no run is closed on a 0 m benchmark)."""
    error, result, feedback = _with_benchmarks(tmp_path, benchmark_layer(
        [("MAC12", 31.2541), ("MAC13", None), ("NPK356", 29.4480)]))
    assert error is None, error
    runs = [r for r in output_rows(result["OUTPUT"]) if r["kind"] == "run"]
    assert len(runs) == 1 and runs[0]["points"].split(" → ")[::len(runs[0]["points"].split(" → ")) - 1] == \
        ["NPK356", "MAC12"]
    assert all(r["expected_dh_m"] is not None for r in runs)
    assert any("have no height" in m for m in feedback.messages), feedback.messages


def test_a_null_height_then_the_height_of_the_same_benchmark(provider, tmp_path):
    """The same benchmark twice, first without height: the height of the second row is kept."""
    error, result, _feedback = _with_benchmarks(tmp_path, benchmark_layer(
        [("MAC13", None)] + BENCHMARKS))
    assert error is None, error
    check_closures(result)


@pytest.mark.parametrize("height", [31254.1, -5000.0, 1e12])
def test_heights_no_benchmark_can_have_are_refused(provider, tmp_path, height):
    """31 254.1 is MAC12's height in millimetres: taken as metres every run onto it would fail by 31 km."""
    error, _result, _feedback = _with_benchmarks(tmp_path, benchmark_layer([("MAC12", height)] + BENCHMARKS[1:]))
    assert error is not None and "MAC12 ({:g} m)".format(height) in error and "in metres" in error, error


def test_benchmarks_as_lines_with_z_are_refused(provider, tmp_path):
    """The Z of the first vertex of a line is nobody's height: without a height field, benchmarks are points."""
    from qgis.core import QgsFeature, QgsGeometry
    layer = QgsVectorLayer("LineStringZ?crs=EPSG:3948&field=nom:string", "benchmarks_synthetic", "memory")
    for pid, h in BENCHMARKS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([pid])
        feature.setGeometry(QgsGeometry.fromWkt("LineStringZ (1351000 7221000 {h}, 1351010 7221000 {h})".format(h=h)))
        layer.dataProvider().addFeatures([feature])
    error, _result, _feedback = _with_benchmarks(tmp_path, layer)
    assert error is not None and "not points" in error, error


def test_text_heights_are_refused(provider, tmp_path):
    layer = benchmark_layer([(pid, str(h)) for pid, h in BENCHMARKS], heights_in="field", height_type="string")
    error, _result, _feedback = _with_benchmarks(tmp_path, layer, BENCHMARK_HEIGHT_FIELD="alt")
    assert error is not None and "not a number" in error, error


def test_one_id_at_two_places_is_refused(provider, tmp_path):
    """Two benchmarks with one matricule, same height but 500 m apart: two marks merged into one."""
    layer = benchmark_layer(BENCHMARKS)
    from qgis.core import QgsFeature, QgsGeometry
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["MAC12", "BON ETAT", ""])
    feature.setGeometry(QgsGeometry.fromWkt("PointZ (1351500 7221500 31.2541)"))
    layer.dataProvider().addFeatures([feature])
    error, _result, _feedback = _with_benchmarks(tmp_path, layer)
    assert error is not None and "MAC12" in error and "apart" in error, error


def test_the_same_benchmark_twice_is_kept_once_and_said(provider, tmp_path):
    error, result, feedback = _with_benchmarks(tmp_path, benchmark_layer(BENCHMARKS + BENCHMARKS[:1]))
    assert error is None, error
    check_closures(result)
    assert any("twice" in m and "MAC12" in m for m in feedback.messages), feedback.messages


@pytest.mark.parametrize("damage", ["no_height", "other_ids", "no_id"])
def test_no_known_benchmark_in_the_observations_stops(provider, tmp_path, damage):
    """Closures need a benchmark of known height met by the observations (or a loop): else nothing is closed."""
    if damage == "no_height":
        layer = benchmark_layer([(pid, None) for pid, _h in BENCHMARKS])
    elif damage == "other_ids":  # ids as IGN writes them, the book without blanks
        layer = benchmark_layer([("M.AC - {}".format(k), h) for k, (_pid, h) in enumerate(BENCHMARKS)])
    else:
        layer = benchmark_layer([("", h) for _pid, h in BENCHMARKS])
    error, _result, _feedback = _with_benchmarks(tmp_path, layer)
    assert error is not None and ("no benchmark" in error.lower() or "no known benchmark" in error.lower()), error
    assert not (tmp_path / "closures.gpkg").exists()


def test_benchmarks_in_degrees_are_not_a_problem_of_closures(provider, tmp_path):
    """Closures use heights only: a layer in geographic coordinates (numbers in degrees) still closes."""
    layer = benchmark_layer(BENCHMARKS)
    geographic = QgsVectorLayer("PointZ?crs=EPSG:4326&field=nom:string&field=etat:string&field=freres_info:string",
                                "benchmarks_synthetic", "memory")
    from qgis.core import QgsFeature, QgsGeometry
    for k, f in enumerate(layer.getFeatures()):
        copy = QgsFeature(geographic.fields())
        copy.setAttributes(f.attributes())
        copy.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} {})".format(-1.68 + k / 100, 48.11, f.geometry()
                                                                                 .constGet().z())))
        geographic.dataProvider().addFeatures([copy])
    error, result, _feedback = _with_benchmarks(tmp_path, geographic)
    assert error is None, error
    check_closures(result)


# --- tolerances --------------------------------------------------------------------------------------

@pytest.mark.parametrize("terms", [(0.0, 0.0, 0.0), (float("nan"), 1.0, 0.0), (2.0, float("inf"), 0.0)])
def test_a_custom_tolerance_without_a_usable_term_is_refused(provider, tmp_path, terms):
    values = dict(zip(("CUSTOM_MM", "CUSTOM_MM_PER_SQRT_KM", "CUSTOM_MM_PER_SQRT_SETUP"), terms))
    error, _result, _feedback = run("levelingclosures", dict(params(tmp_path), **values))
    assert error is not None and ("tolerance" in error.lower() or "Incorrect parameter" in error), error


def test_a_preset_ignores_the_custom_terms_and_says_so(provider, tmp_path):
    error, result, feedback = run("levelingclosures", dict(params(tmp_path), TOLERANCE=0))
    assert error is None, error
    check_closures(result, (2.0, 0.0, 0.0))
    assert any("custom tolerance terms are ignored" in m for m in feedback.messages)


# --- cancel ------------------------------------------------------------------------------------------

def test_cancel_during_the_closures_of_a_large_network_stops(provider, tmp_path):
    """5 000 SYNTHETIC stations: a cancel once the closures are being computed (progress past 2/3) stops the run
    with the cancel message, and no output is left."""
    rows, benchmarks = large_network()
    p = dict(params(tmp_path), OBSERVATIONS=observations_table(rows), BENCHMARKS=benchmark_layer(benchmarks))
    error, feedback = run_cancelled_past("levelingclosures", p, 100.0 * 2 / 3 + 0.01)
    assert error is not None and "Cancelled" in error, error
    assert feedback.cancelled_at is not None and feedback.cancelled_at < 99.0, feedback.cancelled_at
    assert not (tmp_path / "closures.gpkg").exists() and not (tmp_path / "closures.html").exists()


def test_valid_case_runs(provider, tmp_path):
    check_case(SPEC, "valid", tmp_path)
