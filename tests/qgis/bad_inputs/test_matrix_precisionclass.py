"""Bad-input matrix of canevas:precisionclass (see matrix.py): SYNTHETIC stations against control points offset by
known deviations, plan and height tested separately. The matrix damages SUPPLIED; a second matrix damages CONTROL."""

import math

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from canevas.toolbelt.qt_compat import FieldType

from .matrix import Spec, check_case, matrix_test, run, sample

N = 40


def offsets(i):
    """The deviation given to control point i (dx, dy, dz in metres): the independent figures of the checks."""
    return 0.004 * (i % 5), -0.003 * (i % 4), 0.002 * (i % 3)


def supplied_layer():
    return sample("stations_synthetic", N)


def control_layer():
    """The same stations moved by offsets(i): the control measurements (SYNTHETIC)."""
    stations = supplied_layer()
    out = QgsVectorLayer("PointZ", "control", "memory")
    out.setCrs(stations.crs())
    out.dataProvider().addAttributes(stations.fields().toList())
    out.updateFields()
    features = []
    for i, feature in enumerate(stations.getFeatures()):
        p = feature.geometry().constGet()
        dx, dy, dz = offsets(i)
        f = QgsFeature(out.fields())
        f.setAttributes(feature.attributes())
        f.setGeometry(QgsGeometry.fromWkt("PointZ ({:.4f} {:.4f} {:.4f})".format(p.x() - dx, p.y() - dy, p.z() - dz)))
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


def params(tmp):
    return {"SUPPLIED": supplied_layer(), "SUPPLIED_ID_FIELD": "matricule", "CONTROL": control_layer(),
            "CONTROL_ID_FIELD": "matricule", "DIMENSION": 2, "MODE": 0, "CLASS_CM": 2.0, "CLASS_HEIGHT_CM": 1.0,
            "SAFETY_C": 2.0, "OUTPUT": str(tmp / "deviations.gpkg"), "REPORT": str(tmp / "report.html")}


def expected_epos(rows=range(N)):
    plan = [math.hypot(*offsets(i)[:2]) for i in rows]
    height = [abs(offsets(i)[2]) for i in rows]
    return plan, height


def _output(result):
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid()
    return {f["id"]: f for f in layer.getFeatures()}


def check(case, result, tmp, params):
    """Numbers right against the offsets given; a missing height stays missing (NULL, never 0) and is listed."""
    if case == "valid" or case.startswith("extreme:"):
        plan, height = expected_epos()
        assert result["N_PAIRS"] == N and result["EXCLUDED_HEIGHT"] == ""
        if not case.startswith("extreme:SAFETY_C"):  # the deviations do not depend on C
            assert result["MEAN"] == pytest.approx(np.mean(plan), abs=2e-4)
            assert result["MEAN_HEIGHT"] == pytest.approx(np.mean(height), abs=2e-4)
        if case.startswith("extreme:CLASS_CM"):  # the class asked is the one reported, and judged right
            asked = params["CLASS_CM"] or result["BEST_CLASS_CM"]
            assert result["TESTED_CLASS_CM"] == pytest.approx(asked)
            assert result["PASSED"] is (asked >= result["BEST_CLASS_CM"])
    if case == "z_nan":  # one supplied point in three has Z = NaN (the damaged side is read first)
        nan_rows = list(range(N))[::3]
        kept = [i for i in range(N) if i not in nan_rows]
        plan, height = expected_epos()
        assert result["N"] == N and result["MEAN"] == pytest.approx(np.mean(plan), abs=2e-4)
        assert result["N_HEIGHT"] == len(kept)
        assert result["MEAN_HEIGHT"] == pytest.approx(np.mean([height[i] for i in kept]), abs=2e-4)
        excluded = result["EXCLUDED_HEIGHT"].split(", ")
        assert len(excluded) == len(nan_rows)
        rows = _output(result)
        for pid in excluded:
            assert rows[pid]["dz"] is None or str(rows[pid]["dz"]) == "NULL", rows[pid]["dz"]
            assert rows[pid]["epos_height"] is None or str(rows[pid]["epos_height"]) == "NULL"
        dz = [rows[pid]["dz"] for pid in rows if pid not in excluded]
        assert all(isinstance(v, float) for v in dz), dz


EXTREME = {"CLASS_CM": [0.0, -1.0, 1e-9, 1e9, 1e12, float("nan"), float("inf")],
           "CLASS_HEIGHT_CM": [-1.0, 1e-9, 1e12, float("inf")],
           "SAFETY_C": [0.0, -1.0, 1e-9, 1.999, 1e9, 1e12, float("inf"), float("nan")],
           "TEMPLATE": ["abc", "5:200", "0:10", "-5:10", "5:10;5:20", "1e12:0", "nan:10", "inf:0", "5:nan"],
           "DIMENSION": [7, -1],
           "MODE": [5]}

SPEC = Spec("precisionclass", params, layer="SUPPLIED", field="SUPPLIED_ID_FIELD", extreme=EXTREME,
            stops={"geographic", "misdeclared_crs", "duplicates", "z_missing", "wrong_geometry"}, check=check,
            misdeclare="EPSG:2154")
test_matrix = matrix_test(SPEC)

# The control layer damaged the same way (the supplied points stay valid): the layer cases only.
CONTROL_SPEC = Spec("precisionclass", params, layer="CONTROL", field="CONTROL_ID_FIELD",
                    stops={"geographic", "misdeclared_crs", "duplicates", "z_missing", "wrong_geometry"},
                    misdeclare="EPSG:2154",
                    not_applicable={c: "run and output cases: the SUPPLIED matrix" for c in (
                        "cancelled", "cancel_at_first_progress", "unwritable", "missing_folder", "under_a_file",
                        "output_is_input", "existing_geopackage", "existing_not_a_geopackage")})


@pytest.mark.parametrize("case", CONTROL_SPEC.cases())
def test_matrix_control(provider, tmp_path, case):
    check_case(CONTROL_SPEC, case, tmp_path)


def test_control_null_heights_stay_missing(provider, tmp_path):
    """NULL heights in the control height field: those points leave the height test, are listed in the log and
    the result, and their dz stays NULL (never 0); the plan test keeps every point."""
    p = params(tmp_path)
    control = p["CONTROL"]
    control.startEditing()
    control.addAttribute(QgsField("h", FieldType.Double))
    index = control.fields().indexOf("h")
    nulls = []
    for i, f in enumerate(control.getFeatures()):
        value = None if i % 4 == 1 else f.geometry().constGet().z()
        if value is None:
            nulls.append(f["matricule"])
        control.changeAttributeValue(f.id(), index, value)
    assert control.commitChanges()
    p["CONTROL_Z_FIELD"] = "h"
    error, result, feedback = run("precisionclass", p)
    assert error is None, error
    assert sorted(result["EXCLUDED_HEIGHT"].split(", ")) == sorted(nulls) and len(nulls) == N // 4
    assert result["N_HEIGHT"] == N - len(nulls) and result["N"] == N
    _, height = expected_epos()
    kept = [height[i] for i in range(N) if i % 4 != 1]
    assert result["MEAN_HEIGHT"] == pytest.approx(np.mean(kept), abs=2e-4)
    rows = _output(result)
    assert all(str(rows[pid]["dz"]) == "NULL" or rows[pid]["dz"] is None for pid in nulls)
    assert any(nulls[0] in m and "missing coordinate" in m for m in feedback.messages)


def test_the_report_of_a_wrong_control_crs_stays_small(provider, tmp_path):
    """Control points 50 km off (a wrong system): the report is bounded, the class failed, nothing huge."""
    p = params(tmp_path)
    control = p["CONTROL"]
    moved = QgsVectorLayer("PointZ", "control", "memory")
    moved.setCrs(control.crs())
    moved.dataProvider().addAttributes(control.fields().toList())
    moved.updateFields()
    feats = []
    for f in control.getFeatures():
        g = f.geometry().constGet()
        n = QgsFeature(moved.fields())
        n.setAttributes(f.attributes())
        n.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} {})".format(g.x() + 50_000, g.y(), g.z())))
        feats.append(n)
    moved.dataProvider().addFeatures(feats)
    p["CONTROL"] = moved
    error, result, _ = run("precisionclass", p)
    assert error is None, error
    assert result["PASSED"] is False and result["MEAN"] == pytest.approx(50_000, abs=1)
    assert (tmp_path / "report.html").stat().st_size < 100_000


@pytest.mark.parametrize("z_field", ["z_ign69"])
def test_height_field_null_stays_missing(provider, tmp_path, z_field):
    """A NULL height in the supplied height field: set aside and listed, never read as 0."""
    p = params(tmp_path)
    layer = p["SUPPLIED"]
    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().indexOf(z_field), None)
    assert layer.commitChanges()
    p["SUPPLIED_Z_FIELD"] = z_field
    p["DIMENSION"] = 1
    error, result, _ = run("precisionclass", p)
    assert error is None, error
    assert result["EXCLUDED"] == first["matricule"] and result["N"] == N - 1
