"""canevas:precisionclass, canevas:controlsample, canevas:rasterprecisionclass through Processing."""

import math
import re

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsVectorLayer,
)

from canevas.core import precision as P
from canevas.core import systems
from canevas.core.transform import transform_xy
from canevas.toolbelt import crs as crs_tools

from .conftest import make_layer

# The worked sample of DOMAIN.md §4 / tests/core: ten plan deviations (m), N = 10.
EPOS = [0.01, 0.02, 0.03, 0.06, 0.005, 0.012, 0.018, 0.02, 0.01, 0.015]
X0, Y0 = 1_351_000.0, 7_220_000.0


def grid_points(n, z=50.0):
    return [(X0 + 37.0 * (i % 5), Y0 + 29.0 * (i // 5), z + 0.5 * i) for i in range(n)]


def point_layer(points, crs="EPSG:3948", id_field="id", ids=None, extra=None, name="points", geometry="PointZ"):
    ids = ids or ["P{}".format(i) for i in range(len(points))]
    wkts = []
    for p in points:
        if geometry == "PointZ":
            wkts.append("PointZ ({} {} {})".format(*p))
        else:
            wkts.append("Point ({} {})".format(p[0], p[1]))
    attributes = [{id_field: pid} for pid in ids]
    if extra:
        for attrs, more in zip(attributes, extra):
            attrs.update(more)
    return make_layer(wkts, crs, geometry, attributes, name=name)


def worked_layers(dz=None):
    """Control points and supplied points off by EPOS in X (and dz in Z)."""
    ctl = grid_points(len(EPOS))
    dz = dz or [0.0] * len(EPOS)
    sup = [(x + e, y, z + h) for (x, y, z), e, h in zip(ctl, EPOS, dz)]
    return (point_layer(sup, id_field="num", name="delivered"), point_layer(ctl, name="control"))


def params(supplied, control, **extra):
    p = {"SUPPLIED": supplied, "SUPPLIED_ID_FIELD": "num", "CONTROL": control, "CONTROL_ID_FIELD": "id",
         "DIMENSION": 0, "MODE": 0, "CLASS_CM": 2.0, "SAFETY_C": 2.0, "OUTPUT": "memory:"}
    p.update(extra)
    return p


def is_null(value):
    return value is None or str(value) == "NULL"


def features(layer):
    return {f["id"]: f for f in layer.getFeatures()}


# --------------------------------------------------------------------------- precisionclass

def test_algorithms_are_registered(provider):
    ids = {alg.id() for alg in provider.algorithms()}
    assert {"canevas:precisionclass", "canevas:controlsample", "canevas:rasterprecisionclass"} <= ids
    alg = QgsApplication.processingRegistry().algorithmById("canevas:precisionclass")
    assert alg.groupId() == "precision"
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {"SUPPLIED", "SUPPLIED_ID_FIELD", "SUPPLIED_Z_FIELD", "CONTROL", "CONTROL_ID_FIELD", "CONTROL_Z_FIELD",
            "DIMENSION", "MODE", "CLASS_CM", "CLASS_HEIGHT_CM", "SAFETY_C", "TEMPLATE", "OUTPUT", "REPORT"} <= names
    outputs = {o.name() for o in alg.outputDefinitions()}
    assert {"N", "MEAN", "T1", "T2", "N_OVER_T1", "N_ALLOWED", "N_OVER_T2", "PASSED", "BEST_CLASS_CM",
            "MEAN_HEIGHT", "PASSED_HEIGHT", "OUTPUT", "REPORT"} <= outputs


def test_worked_numbers_class_2cm_plan(run):
    supplied, control = worked_layers()
    result = run("canevas:precisionclass", params(supplied, control))
    assert result["N"] == 10
    assert result["MEAN"] == pytest.approx(0.02, abs=1e-8)
    assert result["T1"] == pytest.approx(0.05445, abs=1e-12)
    assert result["T2"] == pytest.approx(0.081675, abs=1e-12)
    assert (result["N_OVER_T1"], result["N_ALLOWED"], result["N_OVER_T2"]) == (1, 1, 0)
    assert result["PASSED"] is True
    assert result["BEST_CLASS_CM"] == pytest.approx(P.best_class(EPOS, 2).class_cm)
    assert "MEAN_HEIGHT" not in result
    out = result["OUTPUT"]
    assert out.featureCount() == 10 and out.crs().authid() == "EPSG:3948"
    assert [f.name() for f in out.fields()] == ["id", "dx", "dy", "dz", "epos", "over_t", "over_t2"]
    rows = features(out)
    assert rows["P3"]["epos"] == pytest.approx(0.06, abs=1e-8) and rows["P3"]["over_t"] == 1
    assert rows["P3"]["over_t2"] == 0 and rows["P0"]["over_t"] == 0
    assert rows["P3"]["dx"] == pytest.approx(0.06, abs=1e-8) and rows["P3"]["dy"] == pytest.approx(0, abs=1e-8)
    assert rows["P3"].geometry().asPoint().x() == pytest.approx(X0 + 37 * 3)  # at the control point
    assert any("b. 1 deviation(s) over T = 5.45 cm, 1 allowed: passed" in m for m in result["_messages"])
    # a finer class fails on condition a
    fine = run("canevas:precisionclass", params(supplied, control, CLASS_CM=1.5))
    assert fine["PASSED"] is False and fine["MEAN"] == pytest.approx(0.02, abs=1e-8)
    assert any("a. mean deviation 2.00 cm, limit 1.69 cm: FAILED" in m for m in fine["_messages"])


def test_best_class_when_class_is_zero(run):
    supplied, control = worked_layers()
    result = run("canevas:precisionclass", params(supplied, control, CLASS_CM=0))
    best = P.best_class(EPOS, 2)
    assert result["BEST_CLASS_CM"] == pytest.approx(best.class_cm)
    assert result["TESTED_CLASS_CM"] == pytest.approx(best.class_cm)
    assert result["T1"] == pytest.approx(best.t1) and result["PASSED"] is True


def test_worked_numbers_class_1cm_height(run):
    dz = [0.004, -0.01, 0.02, -0.005, 0.0, 0.008, -0.012, 0.003, 0.006, -0.002]
    supplied, control = worked_layers(dz)
    result = run("canevas:precisionclass", params(supplied, control, DIMENSION=1, CLASS_CM=1.0))
    assert result["T1"] == pytest.approx(0.0363375, abs=1e-12)
    assert result["T2"] == pytest.approx(0.05450625, abs=1e-12)
    assert result["MEAN"] == pytest.approx(np.mean(np.abs(dz)), abs=1e-9)
    assert result["PASSED"] is True
    rows = features(result["OUTPUT"])
    assert rows["P2"]["dz"] == pytest.approx(0.02, abs=1e-9) and is_null(rows["P2"]["dx"])


def test_plan_and_height_gives_both_key_sets(run, tmp_path):
    dz = [0.004, -0.01, 0.02, -0.005, 0.0, 0.008, -0.012, 0.003, 0.006, -0.002]
    supplied, control = worked_layers(dz)
    report = tmp_path / "ph.html"
    result = run("canevas:precisionclass", params(supplied, control, DIMENSION=2, CLASS_CM=2.0,
                                                  CLASS_HEIGHT_CM=0.5, REPORT=str(report)))
    for key in ("N", "MEAN", "T1", "T2", "N_OVER_T1", "N_ALLOWED", "N_OVER_T2", "PASSED", "BEST_CLASS_CM"):
        assert key in result and key + "_HEIGHT" in result
    assert result["T1"] == pytest.approx(0.05445) and result["PASSED"] is True
    assert result["T1_HEIGHT"] == pytest.approx(3.23 * 0.005 * 1.125)
    assert result["MEAN_HEIGHT"] == pytest.approx(np.mean(np.abs(dz)), abs=1e-9)
    assert result["PASSED_HEIGHT"] is False  # mean 0.7 cm > 0.5625 cm
    assert result["BEST_CLASS_CM_HEIGHT"] == pytest.approx(P.best_class(np.abs(dz), 1).class_cm)
    out = result["OUTPUT"]
    names = [f.name() for f in out.fields()]
    assert {"epos", "epos_height", "over_t_height", "over_t2_height"} <= set(names)
    rows = features(out)
    assert rows["P2"]["epos_height"] == pytest.approx(0.02, abs=1e-9)
    assert rows["P2"]["dz"] == pytest.approx(0.02, abs=1e-9)
    text = report.read_text(encoding="utf-8")
    assert "Plan test" in text and "Height test" in text


def test_3d_uses_k_2_11(run):
    supplied, control = worked_layers()
    result = run("canevas:precisionclass", params(supplied, control, DIMENSION=3, CLASS_CM=2.0))
    assert result["T1"] == pytest.approx(2.11 * 0.02 * 1.125)
    rows = features(result["OUTPUT"])
    assert rows["P3"]["dz"] == pytest.approx(0, abs=1e-9) and rows["P3"]["epos"] == pytest.approx(0.06, abs=1e-8)


def shifted_rotated(N=20, shift=(0.05, 0.05), angle=0.001, noise=0.003, seed=42):
    rng = np.random.default_rng(seed)
    ctl = rng.uniform(0, 200, (N, 2)) + [X0, Y0]
    c = ctl.mean(axis=0)
    R = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    sup = (ctl - c) @ R.T + c + shift + rng.normal(0, noise, (N, 2))
    return [(x, y, 0.0) for x, y in sup], [(x, y, 0.0) for x, y in ctl]


def test_internal_passes_and_total_fails_for_a_shifted_rotated_sample(run, tmp_path):
    sup, ctl = shifted_rotated()
    supplied, control = point_layer(sup, id_field="num"), point_layer(ctl)
    total = run("canevas:precisionclass", params(supplied, control, MODE=0))
    report = tmp_path / "internal.html"
    internal = run("canevas:precisionclass", params(supplied, control, MODE=1, REPORT=str(report)))
    assert total["PASSED"] is False and total["MEAN"] > 0.06
    assert internal["PASSED"] is True and internal["MEAN"] < 0.01
    assert internal["BEST_CLASS_CM"] < total["BEST_CLASS_CM"]
    assert any("internal fit translation" in m and "gon" in m for m in internal["_messages"])
    text = report.read_text(encoding="utf-8")
    assert "Internal mode: most favourable rigid transformation" in text
    assert re.search(r"dX = -0\.0[45]\d* m, dY = -0\.0[45]\d* m; rotation -0\.06\d* gon", text)


def test_unmatched_ids_are_reported(run, tmp_path):
    ctl = grid_points(6)
    sup = [(x + 0.01, y, z) for x, y, z in ctl]
    supplied = point_layer(sup, id_field="num", ids=["A", "B", "C", "D", "X1", "X2"], name="delivered")
    control = point_layer(ctl, ids=["A", "B", "C", "D", "Y1", "Y2"], name="control")
    report = tmp_path / "unmatched.html"
    result = run("canevas:precisionclass", params(supplied, control, REPORT=str(report)))
    assert result["N"] == 4 and result["N_PAIRS"] == 4
    assert result["UNMATCHED_SUPPLIED"] == "X1, X2" and result["UNMATCHED_CONTROL"] == "Y1, Y2"
    messages = "\n".join(result["_messages"])
    assert "2 id(s) only in « delivered », not tested: X1, X2" in messages
    assert "2 id(s) only in « control », not tested: Y1, Y2" in messages
    text = report.read_text(encoding="utf-8")
    assert "Unmatched ids" in text and "X1, X2" in text and "Y1, Y2" in text


def test_missing_heights_are_excluded_and_reported(run, tmp_path):
    ctl = grid_points(8)
    sup = [(x, y, z + 0.005) for x, y, z in ctl]
    heights = [{"h": z} for _, _, z in sup]
    heights[2] = {"h": None}
    heights[5] = {"h": float("nan")}
    supplied = point_layer(sup, id_field="num", geometry="Point", extra=heights, name="delivered")
    control = point_layer(ctl, name="control")
    report = tmp_path / "heights.html"
    result = run("canevas:precisionclass", params(supplied, control, DIMENSION=2, SUPPLIED_Z_FIELD="h",
                                                  CLASS_CM=1.0, CLASS_HEIGHT_CM=1.0, REPORT=str(report)))
    assert result["N"] == 8 and result["N_HEIGHT"] == 6
    assert result["EXCLUDED_HEIGHT"] == "P2, P5" and result["EXCLUDED"] == ""
    assert result["MEAN_HEIGHT"] == pytest.approx(0.005, abs=1e-9)
    assert any("Height test: 2 point(s) set aside for a missing coordinate" in m and "P2, P5" in m
               for m in result["_messages"])
    rows = features(result["OUTPUT"])
    assert is_null(rows["P2"]["epos_height"]) and rows["P2"]["epos"] == pytest.approx(0, abs=1e-9)
    text = report.read_text(encoding="utf-8")
    assert "Points set aside" in text and "P2, P5" in text


def test_height_without_z_is_refused(run):
    ctl = grid_points(5)
    supplied = point_layer(ctl, id_field="num", geometry="Point", name="flat")
    control = point_layer(ctl)
    with pytest.raises(QgsProcessingException, match="« flat » has no Z coordinates and no height field is chosen"):
        run("canevas:precisionclass", params(supplied, control, DIMENSION=1))


def test_duplicate_ids_are_refused(run):
    ctl = grid_points(4)
    supplied = point_layer(ctl, id_field="num", ids=["A", "B", "B", "C"])
    control = point_layer(ctl, ids=["A", "B", "C", "D"])
    with pytest.raises(QgsProcessingException, match="The id 'B' appears twice in « points »: ids must be unique"):
        run("canevas:precisionclass", params(supplied, control))


def test_empty_id_is_refused(run):
    ctl = grid_points(3)
    supplied = point_layer(ctl, id_field="num", ids=["A", " ", "C"], name="delivered")
    control = point_layer(ctl, ids=["A", "B", "C"])
    with pytest.raises(QgsProcessingException, match="of « delivered » has an empty id: every point needs an id"):
        run("canevas:precisionclass", params(supplied, control))


def test_no_common_id_is_a_clear_error(run):
    ctl = grid_points(3)
    supplied = point_layer(ctl, id_field="num", ids=["A", "B", "C"], name="delivered")
    control = point_layer(ctl, ids=["1", "2", "3"], name="control")
    with pytest.raises(QgsProcessingException, match="No id of « delivered » is found in « control »"):
        run("canevas:precisionclass", params(supplied, control))


def test_geographic_crs_is_refused(run):
    ctl = grid_points(3)
    supplied = point_layer(ctl, id_field="num")
    geo = make_layer(["Point (-1.68 48.11)", "Point (-1.67 48.12)"], "EPSG:4326", "Point",
                     [{"id": "P0"}, {"id": "P1"}], name="gps")
    with pytest.raises(QgsProcessingException, match="« gps » is in a geographic CRS .*deviations must be measured "
                                                     "in metres"):
        run("canevas:precisionclass", params(supplied, geo))
    with pytest.raises(QgsProcessingException, match="« gps » is in a geographic CRS"):
        run("canevas:precisionclass", params(geo, point_layer(ctl), SUPPLIED_ID_FIELD="id"))


def test_missing_crs_on_one_side_is_refused(run):
    ctl = grid_points(3)
    supplied = point_layer(ctl, crs=None, id_field="num", name="no crs")
    with pytest.raises(QgsProcessingException, match="« no crs » has no CRS while the other layer has one"):
        run("canevas:precisionclass", params(supplied, point_layer(ctl)))


def test_bad_safety_coefficient_and_template(run):
    supplied, control = worked_layers()
    with pytest.raises(QgsProcessingException, match="safety coefficient C must be at least 2"):
        run("canevas:precisionclass", params(supplied, control, SAFETY_C=1.5))
    with pytest.raises(QgsProcessingException, match="error template item '5-10' is not 'threshold in cm"):
        run("canevas:precisionclass", params(supplied, control, TEMPLATE="5-10"))


def test_error_template(run):
    supplied, control = worked_layers()
    ok = run("canevas:precisionclass", params(supplied, control, TEMPLATE="5:10; 10:0"))
    assert ok["TEMPLATE_PASSED"] is True and ok["PASSED"] is True
    strict = run("canevas:precisionclass", params(supplied, control, TEMPLATE="5:0"))
    assert strict["TEMPLATE_PASSED"] is False and strict["PASSED"] is False
    assert any("The error template is not met." in m for m in strict["_messages"])
    assert run("canevas:precisionclass", params(supplied, control))["TEMPLATE_PASSED"] is None


def test_report_contents(run, tmp_path):
    supplied, control = worked_layers()
    report = tmp_path / "sub" / "report.html"
    result = run("canevas:precisionclass", params(supplied, control, REPORT=str(report), TEMPLATE="5:10"))
    assert result["REPORT"] == str(report) and report.is_file()
    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<style>" in text
    assert "Arrêté du 16 septembre 2003 portant sur les classes de précision" in text
    assert "30 October 2003" in text
    assert "PASSED" in text
    assert "a. mean deviation 2.00 cm, limit 2.25 cm: passed" in text
    assert "Deviations from 0 to 10 mm" in text and "Deviations from 50 to 60 mm" in text
    assert "The 10 largest deviations" in text and "<td>P3</td>" in text
    assert "delivered" in text and "control" in text and "Safety coefficient C" in text
    assert "<svg" in text and "</svg>" in text
    assert "src=" not in text and "href=" not in text  # self-contained
    failed = tmp_path / "failed.html"
    run("canevas:precisionclass", params(supplied, control, CLASS_CM=1.0, REPORT=str(failed)))
    assert "FAILED" in failed.read_text(encoding="utf-8")


def test_no_report_unless_asked(run):
    supplied, control = worked_layers()
    result = run("canevas:precisionclass", params(supplied, control))
    assert not result["REPORT"]


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_ren09_supplied_against_cc48_control(run, shift):
    rng = np.random.default_rng(5)
    x, y = rng.uniform(45000, 50000, 8), rng.uniform(65000, 70000, 8)
    cx, cy = transform_xy("REN09", "CC48", x, y, shift)
    supplied = point_layer([(a, b, 40.0) for a, b in zip(x, y)], crs=crs_tools.ren09_crs(shift), id_field="num",
                           name="ren09")
    control = point_layer([(a, b, 40.0) for a, b in zip(cx, cy)], name="cc48")
    result = run("canevas:precisionclass", params(supplied, control, DIMENSION=2, CLASS_CM=1.0,
                                                  CLASS_HEIGHT_CM=1.0, DATUM_SHIFT=shift))
    assert result["N"] == 8 and result["MEAN"] < 1e-4 and result["PASSED"] is True
    # the other realisation puts every point about 2 m away: the choice is the user's, and it matters
    other = run("canevas:precisionclass", params(supplied, control, DIMENSION=0, CLASS_CM=1.0,
                                                 DATUM_SHIFT=1 - shift))
    assert 1.5 < other["MEAN"] < 2.5 and other["PASSED"] is False
    assert result["MEAN_HEIGHT"] == pytest.approx(0, abs=1e-9)  # IGN69 heights untouched
    assert any("transformed from REN09" in m and systems.datum_shift_name(shift) in m for m in result["_messages"])
    assert result["OUTPUT"].crs().authid() == "EPSG:3948"


def test_other_crs_uses_the_project_transformation(run):
    ctl = grid_points(5)
    x, y = transform_xy("CC48", "L93", [p[0] for p in ctl], [p[1] for p in ctl])
    supplied = point_layer([(a, b, 0.0) for a, b in zip(x, y)], crs="EPSG:2154", id_field="num", name="l93")
    result = run("canevas:precisionclass", params(supplied, point_layer(ctl), CLASS_CM=1.0))
    assert result["MEAN"] < 1e-4
    assert any("with the transformation of the project" in m for m in result["_messages"])


def test_batch_like_two_runs_in_one_process(run):
    supplied, control = worked_layers()
    first = run("canevas:precisionclass", params(supplied, control, CLASS_CM=2.0))
    second = run("canevas:precisionclass", params(supplied, control, CLASS_CM=1.0))
    third = run("canevas:precisionclass", params(supplied, control, CLASS_CM=1.0, MODE=1))
    again = run("canevas:precisionclass", params(supplied, control, CLASS_CM=2.0))
    assert first["PASSED"] is True and second["PASSED"] is False
    assert second["T1"] == pytest.approx(0.027225)
    assert third["MEAN"] < second["MEAN"]  # the fit absorbs the common shift in X
    assert first["T1"] == again["T1"] and first["MEAN"] == again["MEAN"]
    assert first["OUTPUT"].id() != again["OUTPUT"].id()
    assert supplied.featureCount() == 10 and [f.name() for f in supplied.fields()] == ["num"]  # inputs untouched


def test_in_a_graphical_model(provider, tmp_path):
    import processing
    model = QgsProcessingModelAlgorithm("precision check", "tests")
    for name in ("supplied", "control"):
        model.addModelParameter(
            QgsProcessingParameterFeatureSource(name, name, [QgsProcessing.SourceType.TypeVectorPoint]),
            QgsProcessingModelParameter(name))
    child = QgsProcessingModelChildAlgorithm("canevas:precisionclass")
    child.setChildId("precision")
    child.addParameterSources("SUPPLIED", [QgsProcessingModelChildParameterSource.fromModelParameter("supplied")])
    child.addParameterSources("CONTROL", [QgsProcessingModelChildParameterSource.fromModelParameter("control")])
    for key, value in (("SUPPLIED_ID_FIELD", "num"), ("CONTROL_ID_FIELD", "id"), ("DIMENSION", 0), ("MODE", 0),
                       ("CLASS_CM", 2.0), ("SAFETY_C", 2.0)):
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    out = QgsProcessingModelOutput("deviations")
    out.setChildId("precision")
    out.setChildOutputName("OUTPUT")
    child.setModelOutputs({"deviations": out})
    model.addChildAlgorithm(child)
    supplied, control = worked_layers()
    path = str(tmp_path / "deviations.gpkg")
    result = processing.run(model, {"supplied": supplied, "control": control, "precision:deviations": path})
    layer = QgsVectorLayer(result["precision:deviations"], "deviations", "ogr")
    assert layer.isValid() and layer.featureCount() == 10
    epos = sorted(f["epos"] for f in layer.getFeatures())
    assert epos == pytest.approx(sorted(EPOS), abs=1e-8)
    assert sum(f["over_t"] for f in layer.getFeatures()) == 1


# --------------------------------------------------------------------------- controlsample

def stations(n=100, seed=3):
    rng = np.random.default_rng(seed)
    pts = rng.uniform(0, 3000, (n, 2)) + [45000, 66000]
    return make_layer(["PointZ ({} {} 40)".format(x, y) for x, y in pts], crs_tools.ren09_crs(), "PointZ",
                      [{"matricule": "S{:03d}".format(i), "z_ign69": 40.0 + i} for i in range(n)], name="stations")


def test_control_sample_size_and_reproducibility(run):
    layer = stations()
    a = run("canevas:controlsample", {"INPUT": layer, "SEED": 1, "OUTPUT": "memory:"})
    assert a["N"] == 100 and a["SAMPLE_SIZE"] == 22
    out = a["OUTPUT"]
    assert out.featureCount() == 22 and out.wkbType() == layer.wkbType()
    assert [f.name() for f in out.fields()] == ["matricule", "z_ign69"]
    assert crs_tools.system_of(out.crs()) == "REN09"
    chosen = sorted(f["matricule"] for f in out.getFeatures())
    again = run("canevas:controlsample", {"INPUT": layer, "SEED": 1, "OUTPUT": "memory:"})["OUTPUT"]
    assert sorted(f["matricule"] for f in again.getFeatures()) == chosen
    other = run("canevas:controlsample", {"INPUT": layer, "SEED": 2, "OUTPUT": "memory:"})["OUTPUT"]
    assert sorted(f["matricule"] for f in other.getFeatures()) != chosen
    by_id = {f["matricule"]: f for f in layer.getFeatures()}
    for f in out.getFeatures():  # whole features copied
        assert f["z_ign69"] == by_id[f["matricule"]]["z_ign69"]
        assert f.geometry().asWkt() == by_id[f["matricule"]].geometry().asWkt()


def test_control_sample_given_size_and_stations_without_geometry(run):
    layer = make_layer(["Point (0 0)", "Point (10 0)", None, "Point (20 5)", "Point (30 5)"], "EPSG:3948", "Point",
                       [{"id": "S{}".format(i)} for i in range(5)], name="stations")
    result = run("canevas:controlsample", {"INPUT": layer, "SEED": 4, "SIZE": 3, "OUTPUT": "memory:"})
    assert result["N"] == 4 and result["SAMPLE_SIZE"] == 3
    assert any("1 station(s) without geometry cannot be drawn" in m for m in result["_messages"])
    big = run("canevas:controlsample", {"INPUT": layer, "SEED": 4, "SIZE": 50, "OUTPUT": "memory:"})
    assert big["SAMPLE_SIZE"] == 4
    assert any("The sample size 50 is larger than the 4 station(s)" in m for m in big["_messages"])


def test_control_sample_of_stations_without_geometry_is_refused(run):
    layer = make_layer([None, None], "EPSG:3948", "Point", [{"id": "A"}, {"id": "B"}], name="empty")
    with pytest.raises(QgsProcessingException, match="« empty » holds no station with a geometry"):
        run("canevas:controlsample", {"INPUT": layer, "OUTPUT": "memory:"})


# --------------------------------------------------------------------------- rasterprecisionclass

def make_raster(path, pixel=0.05, epsg=3948, origin=(X0 - 20, Y0 + 200), size=None):
    """A SYNTHETIC image; by default 200 m × 240 m, over the points of grid_points (the digitised points must lie
    on the image). Sparse: its blocks are never written, so that a 2 cm image stays a few kB."""
    size = size or (int(round(200 / pixel)), int(round(240 / pixel)))
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size[0], size[1], 1, gdal.GDT_Byte,
                                              ["SPARSE_OK=TRUE", "TILED=YES"])
    ds.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    return str(path)


def raster_params(digitised, control, raster, **extra):
    p = {"CONTROL": control, "CONTROL_ID_FIELD": "id", "DIGITISED": digitised, "DIGITISED_ID_FIELD": "num",
         "RASTER": raster, "MODE": 0, "CLASS_CM": 2.0, "SAFETY_C": 2.0, "OUTPUT": "memory:"}
    p.update(extra)
    return p


def small_deviation_layers():
    ctl = grid_points(10)
    dev = [0.004, 0.006, 0.003, 0.008, 0.005, 0.002, 0.007, 0.004, 0.006, 0.005]
    sup = [(x + d, y, z) for (x, y, z), d in zip(ctl, dev)]
    return point_layer(sup, id_field="num", geometry="Point", name="digitised"), point_layer(ctl, name="field")


def test_raster_refuses_a_class_finer_than_the_pixel(run, tmp_path):
    raster = make_raster(tmp_path / "ortho5cm.tif", 0.05)
    digitised, control = small_deviation_layers()
    report = tmp_path / "ortho.html"
    result = run("canevas:rasterprecisionclass", raster_params(digitised, control, raster, CLASS_CM=2.0,
                                                               REPORT=str(report)))
    # the deviations alone pass class 2 cm, but the image cannot be better than its 5 cm pixel
    assert P.check_class(np.array([0.004, 0.006, 0.003, 0.008, 0.005, 0.002, 0.007, 0.004, 0.006, 0.005]),
                         2, 2.0).passed
    assert result["PASSED"] is False
    assert result["BEST_CLASS_CM"] >= 5.0 and result["BEST_CLASS_CM"] == pytest.approx(5.0)
    assert result["T1"] == pytest.approx(0.05445)
    messages = "\n".join(result["_messages"])
    assert "Class 2 cm is refused: it is finer than the pixel size" in messages and "(5 cm)" in messages
    assert "Pixel size of « ortho5cm »: 5 cm." in messages
    text = report.read_text(encoding="utf-8")
    assert "Class 2 cm is refused" in text and "FAILED" in text and "Pixel size" in text
    assert "Precision class of an image (art. 8)" in text
    ok = run("canevas:rasterprecisionclass", raster_params(digitised, control, raster, CLASS_CM=5.0))
    assert ok["PASSED"] is True and ok["BEST_CLASS_CM"] == pytest.approx(5.0)
    best = run("canevas:rasterprecisionclass", raster_params(digitised, control, raster, CLASS_CM=0))
    assert best["PASSED"] is True and best["BEST_CLASS_CM"] == pytest.approx(5.0)
    assert best["TESTED_CLASS_CM"] == pytest.approx(5.0) and best["T1"] == pytest.approx(2.42 * 0.05 * 1.125)
    assert any("best class is raised to the pixel size, 5 cm" in m for m in best["_messages"])


def test_raster_large_deviations_give_a_class_above_the_pixel(run, tmp_path):
    raster = make_raster(tmp_path / "ortho2cm.tif", 0.02)
    ctl = grid_points(10)
    sup = [(x + e * 3, y, z) for (x, y, z), e in zip(ctl, EPOS)]
    digitised = point_layer(sup, id_field="num", geometry="Point")
    result = run("canevas:rasterprecisionclass", raster_params(digitised, point_layer(ctl), raster, CLASS_CM=0))
    assert result["BEST_CLASS_CM"] == pytest.approx(P.best_class(np.array(EPOS) * 3, 2).class_cm)
    assert result["BEST_CLASS_CM"] > 2.0


def test_raster_in_a_geographic_crs_is_refused(run, tmp_path):
    raster = make_raster(tmp_path / "geo.tif", 0.00001, 4326, origin=(-1.7, 48.12), size=(10, 10))
    digitised, control = small_deviation_layers()
    with pytest.raises(QgsProcessingException, match="The image « geo » is in a geographic CRS"):
        run("canevas:rasterprecisionclass", raster_params(digitised, control, raster))


def saved(layer, tmp_path):
    """A memory layer written to a GeoPackage: models keep static values as text."""
    import processing
    path = str(tmp_path / "{}.gpkg".format(layer.name()))
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    return path


def run_as_model(alg_id, static, outputs):
    """Run one algorithm as the only child of a graphical model, every parameter a static value."""
    import processing
    model = QgsProcessingModelAlgorithm("one step", "tests")
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId("step")
    for key, value in static.items():
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    model_outputs = {}
    for name in outputs:
        out = QgsProcessingModelOutput(name)
        out.setChildId("step")
        out.setChildOutputName(name)
        model_outputs[name] = out
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)
    return processing.run(model, {"step:{}".format(name): "memory:" for name in outputs})


def test_control_sample_and_raster_class_in_models(provider, tmp_path):
    result = run_as_model("canevas:controlsample", {"INPUT": saved(stations(), tmp_path), "SEED": 7}, ["OUTPUT"])
    assert result["step:OUTPUT"].featureCount() == 22
    digitised, field = small_deviation_layers()
    raster = make_raster(tmp_path / "ortho.tif", pixel=0.05)
    static = raster_params(saved(digitised, tmp_path), saved(field, tmp_path), raster, CLASS_CM=0)
    del static["OUTPUT"]
    result = run_as_model("canevas:rasterprecisionclass", static, ["OUTPUT"])
    assert result["step:OUTPUT"].featureCount() == 10
