"""Bad-input matrix of canevas:checkcommonpoints (see matrix.py): SYNTHETIC stations known in REN09 and, converted
with the 3-parameter shift, in CC48. The matrix damages the REN09 layer; a second matrix damages the CC48 layer."""

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from canevas.core import systems
from canevas.core.transform import transform_xy
from canevas.toolbelt.qt_compat import FieldType

from .matrix import Spec, check_case, matrix_test, run, sample

N = 40


def ren09_layer():
    return sample("stations_synthetic", N)


def cc48_layer(fields=False):
    """The same stations in CC48 (3-parameter shift, the default): `fields` adds x_cc48 / y_cc48 number fields."""
    stations = ren09_layer()
    pts = [(f["matricule"], f.geometry().constGet()) for f in stations.getFeatures()]
    x, y = transform_xy("REN09", "CC48", np.array([p.x() for _, p in pts]), np.array([p.y() for _, p in pts]),
                        systems.DATUM_3PARAM)
    out = QgsVectorLayer("Point?crs=EPSG:3948&field=matricule:string(20)", "cc48", "memory")
    if fields:
        out.dataProvider().addAttributes([QgsField("x_cc48", FieldType.Double), QgsField("y_cc48", FieldType.Double)])
        out.updateFields()
    features = []
    for (pid, _), xi, yi in zip(pts, x, y):
        f = QgsFeature(out.fields())
        f.setAttributes([pid] + ([float(xi), float(yi)] if fields else []))
        f.setGeometry(QgsGeometry.fromWkt("Point ({:.4f} {:.4f})".format(xi, yi)))
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


def params(tmp):
    return {"REN09_LAYER": ren09_layer(), "REN09_ID_FIELD": "matricule", "CC48_LAYER": cc48_layer(),
            "CC48_ID_FIELD": "matricule", "OUTPUT": str(tmp / "common.gpkg")}


def check(case, result, tmp, params):
    """The CC48 points were computed with the 3-parameter shift: it fits them to 0.1 mm and is reported best; the
    grid differs by about 2 m here. Every id is compared (N_COMMON), the output holds one point per id."""
    if case not in ("valid", "z_missing", "z_nan") and not case.startswith("extreme:"):
        return
    assert result["N_COMMON"] == N, result
    assert result["RMS_3PARAM"] < 1e-4 and result["BEST_DATUM_SHIFT"] == systems.DATUM_3PARAM
    assert 0.5 < result["RMS_GRID"] < 5.0
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.featureCount() == N and all(f["d_3param"] < 1e-3 for f in out.getFeatures())


SPEC = Spec("checkcommonpoints", params, layer="REN09_LAYER", field="REN09_ID_FIELD",
            extreme={"REN09_X_FIELD": ["classe_plan_cm"], "REN09_Y_FIELD": ["z_ign69"]},
            stops={"geographic", "misdeclared_crs", "duplicates", "wrong_geometry"}, check=check)
test_matrix = matrix_test(SPEC)

CC48_SPEC = Spec("checkcommonpoints", params, layer="CC48_LAYER", field="CC48_ID_FIELD",
                 stops={"geographic", "misdeclared_crs", "duplicates", "wrong_geometry"}, check=check,
                 misdeclare="EPSG:2154",
                 not_applicable={c: "run and output cases: the REN09 matrix" for c in (
                     "cancelled", "cancel_at_first_progress", "unwritable", "missing_folder", "under_a_file",
                     "output_is_input", "existing_geopackage", "existing_not_a_geopackage")})


@pytest.mark.parametrize("case", CC48_SPEC.cases())
def test_matrix_cc48(provider, tmp_path, case):
    check_case(CC48_SPEC, case, tmp_path)


def _with_fields(tmp_path, change=None):
    """The CC48 coordinates read from number fields of a layer whose geometry says nothing (no CRS)."""
    p = params(tmp_path)
    layer = cc48_layer(fields=True)
    layer.setCrs(QgsCoordinateReferenceSystem())
    if change:
        layer.startEditing()
        change(layer)
        assert layer.commitChanges()
    p.update({"CC48_LAYER": layer, "CC48_X_FIELD": "x_cc48", "CC48_Y_FIELD": "y_cc48"})
    return p


def test_xy_fields_need_no_crs(provider, tmp_path):
    error, result, _ = run("checkcommonpoints", _with_fields(tmp_path))
    assert error is None, error
    check("valid", result, tmp_path, None)


def test_an_empty_x_field_names_the_point(provider, tmp_path):
    def blank(layer):
        first = next(layer.getFeatures())
        layer.changeAttributeValue(first.id(), layer.fields().indexOf("x_cc48"), None)
    error, _, _ = run("checkcommonpoints", _with_fields(tmp_path, blank))
    assert error is not None and "R21001" in error and "empty" in error, error


def test_xy_fields_swapped_stop(provider, tmp_path):
    p = _with_fields(tmp_path)
    p["CC48_X_FIELD"], p["CC48_Y_FIELD"] = "y_cc48", "x_cc48"
    error, _, _ = run("checkcommonpoints", p)
    assert error is not None and "CC48" in error and "outside the area" in error and "swapped" in error, error


def test_a_text_id_field_and_numbers_as_ids_still_match(provider, tmp_path):
    """Ids compared as text: « 12 » on one side and 12.0 on the other are the same point."""
    def numbered(name):
        layer = cc48_layer() if name == "cc48" else ren09_layer()
        out = QgsVectorLayer("Point?crs={}".format(layer.crs().authid() or "EPSG:3948"), name, "memory")
        out.setCrs(layer.crs())
        out.dataProvider().addAttributes([QgsField("num", FieldType.Double if name == "cc48" else FieldType.String)])
        out.updateFields()
        feats = []
        for i, f in enumerate(layer.getFeatures()):
            g = QgsFeature(out.fields())
            g.setAttributes([float(i) if name == "cc48" else str(i)])
            g.setGeometry(QgsGeometry.fromWkt("Point ({} {})".format(f.geometry().constGet().x(),
                                                                     f.geometry().constGet().y())))
            feats.append(g)
        out.dataProvider().addFeatures(feats)
        return out
    p = {"REN09_LAYER": numbered("ren09"), "REN09_ID_FIELD": "num", "CC48_LAYER": numbered("cc48"),
         "CC48_ID_FIELD": "num", "OUTPUT": str(tmp_path / "o.gpkg")}
    error, result, _ = run("checkcommonpoints", p)
    assert error is None, error
    assert result["N_COMMON"] == N


def test_the_same_layer_for_both_sides_declared_in_one_system_stops(provider, tmp_path):
    """The REN09 stations given as the CC48 layer too: declared REN09, not CC48."""
    p = params(tmp_path)
    p["CC48_LAYER"] = p["REN09_LAYER"]
    error, _, _ = run("checkcommonpoints", p)
    assert error is not None and "CC48" in error, error
