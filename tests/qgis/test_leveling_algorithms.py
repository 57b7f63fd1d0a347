"""QGIS tier: canevas:importlevelingbook run through Processing (the algorithm instance, not yet in the provider)."""

import pytest

from canevas.processing_provider.algorithms.importlevelingbook import ImportLevelingBook

GSI8 = [
    "410001+0000RUN1 42....+0000RUN1 ",
    "110002+00000RN1 32...8+02500000 331.08+00145230 ",
    "110003+00001001 32...8+02480000 332.08+00102110 ",
    "110004+00001001 32...8+03010000 331.08+00132500 ",
    "110005+000000S1 32...8+03020000 332.08+00150000 ",
]


def test_import_gsi_book(run, tmp_path):
    book = tmp_path / "job.gsi"
    book.write_text("\n".join(GSI8) + "\n", encoding="utf-8")
    result = run(ImportLevelingBook(), {"INPUT": str(book), "DATE": "2024-05-02", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (result["N_OBSERVATIONS"], result["N_REJECTED"], result["FORMAT"]) == (1, 0, "gsi")
    layer = result["OUTPUT"]
    layer = result["_context"].getMapLayer(layer) if isinstance(layer, str) else layer
    (feature,) = list(layer.getFeatures())
    assert [feature[n] for n in ("run", "from", "to", "setups", "date", "source_line")] == \
        ["RUN1", "RN1", "S1", 2, "2024-05-02", 5]
    assert feature["dh_m"] == pytest.approx(0.2562, abs=1e-9)
    assert feature["distance_m"] == pytest.approx(110.1, abs=1e-9)


def test_bad_lines_stop_the_import_with_their_numbers(run, tmp_path):
    from qgis.core import QgsProcessingException
    book = tmp_path / "bad.gsi"
    book.write_text("\n".join(GSI8[:2] + ["110003+00001001 32...8+02480000 332.08+0010A110 "] + GSI8[3:]),
                    encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run(ImportLevelingBook(), {"INPUT": str(book), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "line 3: word 332 holds '0010A110', not a number" in str(err.value)


# --- levelingclosures and levelingadjustment (issue 13) -----------------------------------------------

import hashlib  # noqa: E402
import math  # noqa: E402
import sqlite3  # noqa: E402

from qgis.core import (  # noqa: E402
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)

from canevas.core.leveling import Benchmark, Observation, adjust, synthetic  # noqa: E402
from canevas.toolbelt.qt_compat import FieldType  # noqa: E402

from .conftest import make_layer  # noqa: E402

SIGMA_KM = 0.7
#: SYNTHETIC truth: twelve stations and three benchmarks (CC48 positions around Rennes).
STATIONS = [("S{:02d}".format(i + 1), 30.0 + 0.37 * i + (0.9 if i % 3 == 0 else -0.4)) for i in range(12)]
BENCHMARKS = [("MAC12", 31.2541), ("MAC13", 36.0127), ("NPK356", 29.4480)]
XY = {pid: (1351000.0 + 220.0 * k, 7221000.0 + 130.0 * (k % 4)) for k, (pid, _h) in enumerate(STATIONS + BENCHMARKS)}


def layer_of(result, key="OUTPUT"):
    value = result[key]
    return result["_context"].getMapLayer(value) if isinstance(value, str) else value


def synthetic_observations(run, tmp_path, seed=13, **kwargs):
    """The SYNTHETIC job written as a GSI-16 book and imported by canevas:importlevelingbook."""
    runs, heights, lines = synthetic.synthetic_job(STATIONS, BENCHMARKS, seed=seed, sigma_mm_per_sqrt_km=SIGMA_KM,
                                                   **kwargs)
    book = tmp_path / "synthetic_job.gsi"
    book.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("canevas:importlevelingbook", {"INPUT": str(book), "DATE": "2024-05-02",
                                                "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["N_REJECTED"] == 0
    return runs, heights, layer_of(result)


def benchmark_layer(rows=BENCHMARKS, states=None, name="benchmarks_synthetic"):
    attributes = [{"nom": pid, "etat": (states or {}).get(pid, "BON ETAT"), "freres_info": ""} for pid, _h in rows]
    wkts = ["PointZ ({} {} {})".format(*XY[pid], h) for pid, h in rows]
    return make_layer(wkts, "EPSG:3948", "PointZ", attributes, name)


def observations_of(layer):
    return [Observation(f["from"], f["to"], f["dh_m"], f["distance_m"], f["setups"], f["run"],
                        source_line=f["source_line"]) for f in layer.getFeatures()]


def adjustment(run, observations, benchmarks, **params):
    base = {"OBSERVATIONS": observations, "BENCHMARKS": benchmarks, "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"}
    base.update(params)
    return run("canevas:levelingadjustment", base)


def test_synthetic_job_closures_equal_hand_sums(run, tmp_path):
    runs, heights, observations = synthetic_observations(run, tmp_path)
    result = run("canevas:levelingclosures", {"OBSERVATIONS": observations, "BENCHMARKS": benchmark_layer(),
                                              "TOLERANCE": 0, "OUTPUT": "TEMPORARY_OUTPUT",
                                              "REPORT": str(tmp_path / "closures.html")})
    assert result["N_RUNS"] == len(runs) == 3
    rows = {f["name"]: f for f in layer_of(result).getFeatures()}
    obs = observations_of(observations)
    known = dict(BENCHMARKS)
    largest = 0.0
    for name, points in runs:
        (row,) = [r for n, r in rows.items() if n.startswith(name + " ")]
        # by hand: the dh of the run's sections added up, minus the benchmarks' difference
        hand = sum(o.dh_m for o in obs if o.run == name) - (known[points[-1]] - known[points[0]])
        assert row["closure_mm"] == pytest.approx(1000.0 * hand, abs=1e-6)
        assert row["kind"] == "run" and row["passed"] == (abs(row["closure_mm"]) <= 2.0)
        largest = max(largest, abs(row["closure_mm"]))
    assert result["MAX_CLOSURE_MM"] == pytest.approx(largest, abs=1e-9)
    assert result["N_FAILED"] == sum(1 for r in rows.values() if r["passed"] is False)
    html = (tmp_path / "closures.html").read_text(encoding="utf-8")
    assert "SYNTHETIC" in html and "INSA Strasbourg 2013" in html


def test_custom_tolerance_in_mm_per_sqrt_km(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    result = run("canevas:levelingclosures", {"OBSERVATIONS": observations, "BENCHMARKS": benchmark_layer(),
                                              "TOLERANCE": 1, "CUSTOM_MM_PER_SQRT_KM": 0.01,
                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    for row in layer_of(result).getFeatures():
        assert row["tolerance_mm"] == pytest.approx(0.01 * math.sqrt(row["length_km"]), rel=1e-9)
    with pytest.raises(QgsProcessingException, match="at least one positive"):
        run("canevas:levelingclosures", {"OBSERVATIONS": observations, "BENCHMARKS": benchmark_layer(),
                                         "TOLERANCE": 1, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_synthetic_job_heights_equal_the_core_and_the_truth(run, tmp_path):
    runs, heights, observations = synthetic_observations(run, tmp_path)
    result = adjustment(run, observations, benchmark_layer(), SIGMA_MM_PER_SQRT_KM=SIGMA_KM,
                        REPORT=str(tmp_path / "adjustment.html"))
    core = adjust(observations_of(observations), [Benchmark(p, h) for p, h in BENCHMARKS], weighting=0,
                  sigma_mm_per_sqrt_km=SIGMA_KM)
    points = {f["id"]: f for f in layer_of(result).getFeatures()}
    assert result["N_POINTS"] == len(points) == 15 and result["N_OBSERVATIONS"] == 15 and result["DOF"] == 3
    for pid, true in STATIONS:
        p = points[pid]
        assert p["height"] == pytest.approx(core.point(pid).height_m, abs=1e-5)  # 0.01 mm
        assert p["sigma_mm"] == pytest.approx(core.point(pid).sigma_mm, rel=1e-9)
        assert abs(p["height"] - true) * 1000 < 4 * p["sigma_apriori_mm"]  # within the noise
        assert not p["fixed"] and p["kind"] == "point"
        assert p.geometry().isNull()  # stations not known in plan here: no made-up position
    for pid, h in BENCHMARKS:
        assert points[pid]["fixed"] and points[pid]["height"] == pytest.approx(h, abs=1e-9)
        g = points[pid].geometry().constGet()
        assert (g.x(), g.y(), g.z()) == pytest.approx((*XY[pid], h))
    assert result["SIGMA0"] == pytest.approx(core.sigma0, rel=1e-9)
    assert result["CHI2"] == pytest.approx(core.chi2, rel=1e-9)
    assert result["CHI2_PASSED"] == core.chi2_passed
    residuals = list(layer_of(result, "OUTPUT_RESIDUALS").getFeatures())
    assert len(residuals) == 15
    assert all(r["used"] for r in residuals)
    assert sum(r["redundancy"] for r in residuals) == pytest.approx(result["DOF"], abs=1e-9)
    assert result["MAX_ABS_W"] == pytest.approx(max(abs(r["w"]) for r in residuals), rel=1e-12)
    html = (tmp_path / "adjustment.html").read_text(encoding="utf-8")
    assert "SYNTHETIC" in html and "S07" in html


def test_a_5_mm_blunder_is_flagged_alone(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path, blunders={("R2", 2): 5.0})
    result = adjustment(run, observations, benchmark_layer(), SIGMA_MM_PER_SQRT_KM=SIGMA_KM, WEIGHTING=2)
    flagged = [r for r in layer_of(result, "OUTPUT_RESIDUALS").getFeatures() if r["flagged"]]
    assert result["N_FLAGGED"] == 1 and len(flagged) == 1 and abs(flagged[0]["w"]) > 1.96
    # R2 runs MAC13, S05, S06, S07, S08, NPK356 with no loop: the blunder (section S06 → S07) is found in
    # its run, and the log says which sections it may be in
    assert flagged[0]["run"] == "R2"
    assert any("is flagged" in m for m in result["_messages"])
    (series,) = [m for m in result["_messages"] if "in series with 4 other(s)" in m]
    assert "S06 → S07" in series and "S02" not in series
    clean = adjustment(run, synthetic_observations(run, tmp_path)[2], benchmark_layer(), WEIGHTING=2,
                       SIGMA_MM_PER_SQRT_KM=SIGMA_KM)
    assert clean["N_FLAGGED"] == 0


# --- register -------------------------------------------------------------------------------------

def register_with_stations(run, tmp_path, name="register.gpkg"):
    path = tmp_path / name
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path)})
    stations = QgsVectorLayer("{}|layername=stations".format(path), "stations", "ogr")
    assert stations.startEditing()
    for pid, _h in STATIONS:
        feature = QgsFeature(stations.fields())
        feature["matricule"] = pid
        feature["methode"] = "GNSS RTK"
        feature.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} 0)".format(*XY[pid])))
        assert stations.addFeature(feature)
    assert stations.commitChanges(), stations.commitErrors()
    del stations
    return path


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_update_register_writes_heights_and_visits_in_one_transaction(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    path = register_with_stations(run, tmp_path)
    result = adjustment(run, observations, benchmark_layer(), SIGMA_MM_PER_SQRT_KM=SIGMA_KM,
                        UPDATE_REGISTER=str(path))
    assert result["N_REGISTER_UPDATED"] == 12
    points = {f["id"]: f for f in layer_of(result).getFeatures()}
    db = sqlite3.connect(str(path))
    try:
        visits = db.execute("SELECT station_matricule, date, visiteur, remarque FROM visits").fetchall()
        methods = {m for (m,) in db.execute("SELECT methode FROM stations")}
    finally:
        db.close()
    assert sorted(v[0] for v in visits) == [pid for pid, _h in STATIONS]
    assert {v[1] for v in visits} == {"2024-05-02"}  # the date of the leveling
    stations = QgsVectorLayer("{}|layername=stations".format(path), "stations", "ogr")
    for feature in stations.getFeatures():
        pid = feature["matricule"]
        g = feature.geometry().constGet()
        assert (g.x(), g.y()) == XY[pid]
        assert g.z() == pytest.approx(points[pid]["height"], abs=1e-9)
        remark = [v[3] for v in visits if v[0] == pid][0]
        assert "{:.4f} m NGF-IGN69, σ {:.1f} mm".format(points[pid]["height"], points[pid]["sigma_mm"]) in remark
        # the stations of the register place the adjusted points
        out = points[pid].geometry().constGet()
        assert (out.x(), out.y(), out.z()) == pytest.approx((*XY[pid], points[pid]["height"]))
        assert points[pid]["kind"] == "station"
    assert methods == {"GNSS RTK"}  # only Z changes


def test_a_failed_register_update_leaves_it_byte_identical(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    path = register_with_stations(run, tmp_path)
    db = sqlite3.connect(str(path))
    with db:  # a constraint of the register refuses the visit of the 7th station, after six were written
        db.execute("CREATE TRIGGER refuse_s07 BEFORE INSERT ON visits WHEN NEW.station_matricule = 'S07' "
                   "BEGIN SELECT RAISE(ABORT, 'S07 refused by the test'); END")
    db.close()
    before = sha256(path)
    with pytest.raises(QgsProcessingException, match="rolled back, nothing was changed"):
        adjustment(run, observations, benchmark_layer(), SIGMA_MM_PER_SQRT_KM=SIGMA_KM, UPDATE_REGISTER=str(path))
    assert sha256(path) == before


def test_update_register_refuses_a_file_that_is_not_a_register(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    other = tmp_path / "other.gpkg"
    other.write_bytes(b"not a geopackage at all")
    with pytest.raises(QgsProcessingException, match="is not a GeoPackage"):
        adjustment(run, observations, benchmark_layer(), UPDATE_REGISTER=str(other))


# --- fixed benchmarks, parts of the network --------------------------------------------------------

def test_one_fixed_benchmark_warns_and_a_bad_state_is_not_held(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    states = {"MAC13": "PRESUME DEPLACE", "NPK356": "DETRUIT"}
    result = adjustment(run, observations, benchmark_layer(states=states))
    points = {f["id"]: f for f in layer_of(result).getFeatures()}
    assert [p for p in points if points[p]["fixed"]] == ["MAC12"]
    assert points["MAC13"]["kind"] == "benchmark" and not points["MAC13"]["fixed"]
    assert points["MAC13"]["diff_mm"] == pytest.approx(1000 * (points["MAC13"]["height"] - 36.0127))
    assert any("Only one fixed benchmark (MAC12)" in m for m in result["_messages"])
    assert any("MAC13 not held fixed: state PRESUME DEPLACE" in m for m in result["_messages"])
    # named by FIXED, a benchmark in a bad state is held, with a warning
    named = adjustment(run, observations, benchmark_layer(states=states), FIXED="\"nom\" IN ('MAC12', 'MAC13')")
    fixed = sorted(f["id"] for f in layer_of(named).getFeatures() if f["fixed"])
    assert fixed == ["MAC12", "MAC13"]
    assert any("MAC13 is held fixed although its state is « PRESUME DEPLACE »" in m for m in named["_messages"])


def test_no_fixed_benchmark_is_refused(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    with pytest.raises(QgsProcessingException, match="No fixed benchmark lies in the network"):
        adjustment(run, observations, benchmark_layer(states={p: "DETRUIT" for p, _h in BENCHMARKS}))


def test_a_disconnected_part_gets_no_height(run, tmp_path):
    _runs, _heights, observations = synthetic_observations(run, tmp_path)
    extra = make_layer([None, None], None, "None", [
        {"run": "X", "from": "Q1", "to": "Q2", "dh_m": 0.5, "distance_m": 200.0, "setups": 4},
        {"run": "X", "from": "Q2", "to": "Q3", "dh_m": -0.2, "distance_m": 250.0, "setups": 4}])
    merged = make_layer([None] * (observations.featureCount() + 2), None, "None",
                        [{k: f[k] for k in ("run", "from", "to", "dh_m", "distance_m", "setups")}
                         for f in list(observations.getFeatures()) + list(extra.getFeatures())])
    result = adjustment(run, merged, benchmark_layer())
    ids = {f["id"] for f in layer_of(result).getFeatures()}
    assert not ids & {"Q1", "Q2", "Q3"} and result["N_POINTS"] == 15
    assert any("3 point(s) tied to no fixed benchmark got no height: Q1, Q2, Q3" in m for m in result["_messages"])
    unused = [r for r in layer_of(result, "OUTPUT_RESIDUALS").getFeatures() if not r["used"]]
    assert [(r["from"], r["to"]) for r in unused] == [("Q1", "Q2"), ("Q2", "Q3")]


# --- bad inputs -------------------------------------------------------------------------------------

def table(rows):
    """A memory table (no geometry) of observations; rows: dicts with the same keys (first row without None)."""
    return make_layer([None] * len(rows), None, "None", rows)


def obs_rows(changes=None):
    rows = [{"run": "R1", "from": "MAC12", "to": "S01", "dh_m": 0.5, "distance_m": 300.0, "setups": 6},
            {"run": "R1", "from": "S01", "to": "MAC13", "dh_m": 4.25, "distance_m": 250.0, "setups": 4},
            {"run": "R2", "from": "MAC13", "to": "S01", "dh_m": -4.2589, "distance_m": 280.0, "setups": 5}]
    for (i, key), value in (changes or {}).items():
        rows[i][key] = value
    return rows


def refused(run, alg, params, match):
    with pytest.raises(QgsProcessingException, match=match) as error:
        run("canevas:" + alg, params)
    return str(error.value)


@pytest.mark.parametrize("alg", ["levelingclosures", "levelingadjustment"])
def test_a_missing_field_is_named(run, alg):
    params = {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": benchmark_layer(), "DH_FIELD": "dh",
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"}
    if alg == "levelingclosures":
        del params["OUTPUT_RESIDUALS"]
    refused(run, alg, params, r"The field « dh » chosen as « Height difference field \(m\) » is missing from")


def test_a_text_field_chosen_as_a_number_is_refused_with_its_type(run):
    rows = [dict(r, dh_m=str(r["dh_m"])) for r in obs_rows()]
    refused(run, "levelingadjustment", {"OBSERVATIONS": table(rows), "BENCHMARKS": benchmark_layer(),
                                        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"},
            r"The field « dh_m » chosen as « Height difference field \(m\) » is of type (Text \()?string\)?, "
            r"not a number")
    bm = make_layer(["Point (1351000 7221000)"], "EPSG:3948", "Point", [{"nom": "MAC12", "alt": "31.2"}])
    refused(run, "levelingclosures", {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": bm,
                                      "BENCHMARK_HEIGHT_FIELD": "alt", "OUTPUT": "TEMPORARY_OUTPUT"},
            r"« alt » chosen as « Benchmark height field \(m\) » is of type (Text \()?string")


def test_null_values_are_reported_with_their_row_ids(run):
    rows = obs_rows({(1, "dh_m"): None, (2, "to"): ""})
    message = refused(run, "levelingclosures", {"OBSERVATIONS": table(rows), "BENCHMARKS": benchmark_layer(),
                                                "OUTPUT": "TEMPORARY_OUTPUT"}, "rows that cannot be used")
    assert "empty or not finite height difference: 2" in message and "empty « to » point: 3" in message


def test_distance_weighting_names_the_rows_without_distance(run):
    rows = obs_rows({(2, "distance_m"): None})
    params = {"OBSERVATIONS": table(rows), "BENCHMARKS": benchmark_layer(), "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"}
    refused(run, "levelingadjustment", params, r"needs the distance of every observation; row\(s\) 3 lack it")
    params["WEIGHTING"] = 2  # equal weights do not need it
    assert run("canevas:levelingadjustment", params)["DOF"] == 2  # 3 observations, one unknown (S01)


def test_an_expression_that_does_not_parse_is_refused(run):
    refused(run, "levelingadjustment", {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": benchmark_layer(),
                                        "FIXED": "\"nom\" IN ('MAC12'", "OUTPUT": "TEMPORARY_OUTPUT",
                                        "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"}, "is not valid")
    refused(run, "levelingadjustment", {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": benchmark_layer(),
                                        "FIXED": "\"nom\" = 'nowhere'", "OUTPUT": "TEMPORARY_OUTPUT",
                                        "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"}, "selects no benchmark")


def test_empty_inputs_are_refused(run):
    empty = QgsVectorLayer("None?field=run:string&field=from:string&field=to:string&field=dh_m:double"
                           "&field=distance_m:double&field=setups:integer", "empty", "memory")
    refused(run, "levelingclosures", {"OBSERVATIONS": empty, "BENCHMARKS": benchmark_layer(),
                                      "OUTPUT": "TEMPORARY_OUTPUT"}, "holds no observation")
    no_benchmark = make_layer([], "EPSG:3948", "PointZ", [], "bm")
    no_benchmark.dataProvider().addAttributes([QgsField("nom", FieldType.String)])
    no_benchmark.updateFields()
    refused(run, "levelingclosures", {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": no_benchmark,
                                      "OUTPUT": "TEMPORARY_OUTPUT"}, "holds no benchmark")


def test_benchmarks_without_z_need_the_height_field(run):
    bm = make_layer(["Point (1351000 7221000)"], "EPSG:3948", "Point", [{"nom": "MAC12", "alt": 31.2}])
    refused(run, "levelingclosures", {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": bm,
                                      "OUTPUT": "TEMPORARY_OUTPUT"}, r"has no Z in its geometry.*cp1_coord3")


def test_one_benchmark_with_two_heights_is_refused(run):
    rows = BENCHMARKS + [("MAC12", 31.30)]
    attributes = [{"nom": pid} for pid, _h in rows]
    bm = make_layer(["PointZ (1351000 7221000 {})".format(h) for _p, h in rows], "EPSG:3948", "PointZ", attributes)
    refused(run, "levelingadjustment", {"OBSERVATIONS": table(obs_rows()), "BENCHMARKS": bm,
                                        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"},
            r"different heights to the same benchmark: MAC12 \(31.2541 / 31.3000 m\)")


def test_the_output_cannot_be_the_input_file(run, tmp_path):
    path = tmp_path / "observations.csv"
    path.write_text("run,from,to,dh_m,distance_m,setups\n" + "".join(
        "{run},{from},{to},{dh_m},{distance_m},{setups}\n".format(**r) for r in obs_rows()), encoding="utf-8")
    observations = QgsVectorLayer(str(path), "observations", "ogr")
    assert observations.isValid() and observations.featureCount() == 3
    path = str(path)
    refused(run, "levelingclosures", {"OBSERVATIONS": observations, "BENCHMARKS": benchmark_layer(),
                                      "OUTPUT": path}, "is the input file")


def test_cancel_stops_at_once(provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("canevas:levelingadjustment", {
            "OBSERVATIONS": table(obs_rows()), "BENCHMARKS": benchmark_layer(), "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_RESIDUALS": "TEMPORARY_OUTPUT"}, feedback=feedback, context=QgsProcessingContext())
