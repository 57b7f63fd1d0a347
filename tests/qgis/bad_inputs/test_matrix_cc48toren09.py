"""Bad-input matrix of canevas:cc48toren09 (see matrix.py): CC48 benchmarks (SYNTHETIC) to REN09."""

import math

import numpy as np
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsLineString, QgsPoint, QgsVectorLayer, QgsWkbTypes

from canevas.core import systems
from canevas.core.transform import transform_xy
from canevas.toolbelt.qt_compat import FieldType

from .matrix import Spec, matrix_test, sample
from .matrix import run as matrix_run


def cc48_benchmarks():
    """The first SYNTHETIC benchmarks as 3D points in CC48, Z = their IGN69 altitude."""
    from canevas.toolbelt import crs as crs_tools
    layer = sample("benchmarks_synthetic")
    out = QgsVectorLayer("PointZ", "cc48", "memory")
    out.setCrs(crs_tools.crs_for("CC48"))
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    features = []
    for feature in layer.getFeatures():
        point = feature.geometry().constGet()
        f = QgsFeature(out.fields())
        f.setAttributes(feature.attributes())
        f.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} {})".format(point.x(), point.y(), feature["cp1_coord3"])))
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


def _points(layer):
    """{matricule: (x, y, z)} of the points, {matricule: WKT} of the other geometries, the number of features."""
    points, others, count = {}, {}, 0
    for f in layer.getFeatures():
        count += 1
        g = f.geometry()
        if g.isNull() or g.isEmpty() or g.type() != QgsWkbTypes.GeometryType.PointGeometry:
            others[f["nom"]] = "" if g.isNull() or g.isEmpty() else QgsWkbTypes.displayString(g.wkbType())
        else:
            points[f["nom"]] = (g.constGet().x(), g.constGet().y(), g.constGet().z())
    return points, others, count


def check(case, result, tmp, params):
    """Every feature out, at the position PROJ's exact pipeline gives, heights untouched (NaN/none stays missing)."""
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    source = QgsVectorLayer(params["INPUT"], "in", "ogr")
    got, got_others, n_out = _points(out)
    given, given_others, n_in = _points(source)
    assert n_out == n_in == result["COUNT"]
    # no geometry stays no geometry (never a point at 0, 0); polygons stay polygons of the same type
    assert {k: v.replace("Z", "") for k, v in got_others.items()} == \
        {k: v.replace("Z", "") for k, v in given_others.items()}
    names = sorted(given)
    if case == "wrong_geometry":
        assert not names and got_others
        return
    assert names and sorted(got) == names
    src = np.array([given[n] for n in names])
    ex, ey = transform_xy("CC48", "REN09", src[:, 0], src[:, 1], systems.DEFAULT_DATUM_SHIFT)
    dst = np.array([got[n] for n in names])
    assert np.abs(dst[:, 0] - ex).max() < 1e-4 and np.abs(dst[:, 1] - ey).max() < 1e-4
    for (_, _, z_in), (_, _, z_out) in zip(src, dst):
        assert (math.isnan(z_in) and math.isnan(z_out)) or z_in == z_out, (z_in, z_out)
    zs = dst[:, 2]
    assert not (zs == 0).any(), zs  # a missing height never becomes 0 m
    if case == "z_nan":  # a GeoPackage stores a point with a NaN Z as an empty point: missing either way
        assert np.isnan(zs).sum() + len(given_others) == math.ceil(n_in / 3)
    if case == "z_missing":
        assert np.isnan(zs).all()


SPEC = Spec("cc48toren09", lambda tmp: {"INPUT": cc48_benchmarks(), "OUTPUT": str(tmp / "o.gpkg")}, layer="INPUT",
            stops={"geographic", "misdeclared_crs"}, check=check,
            extreme={"DATUM_SHIFT": [1, 2, -1, 10 ** 9]})
test_matrix = matrix_test(SPEC)


def _memory(geometries, wkb="PointZ"):
    from canevas.toolbelt import crs as crs_tools
    layer = QgsVectorLayer(wkb, "cc48", "memory")
    layer.setCrs(crs_tools.crs_for("CC48"))
    layer.dataProvider().addAttributes([QgsField("nom", FieldType.String)])
    layer.updateFields()
    features = []
    for i, geometry in enumerate(geometries):
        f = QgsFeature(layer.fields())
        f.setAttributes(["P{}".format(i)])
        f.setGeometry(geometry)
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_nan_heights_of_points_and_line_vertices_stay_missing(run):
    """In memory (a GeoPackage turns a NaN-Z point into an empty point): NaN Z through the conversion."""
    nan = float("nan")
    # a 2D point in a 3D layer (QgsPoint(x, y, nan) is 2D) and a 3D point whose Z is NaN
    points = _memory([QgsGeometry(QgsPoint(1351338.806, 7222824.125, nan)),
                      QgsGeometry(QgsPoint(1350559.516, 7222913.795, 27.619)),
                      QgsGeometry(QgsPoint(1351338.806, 7222824.125, nan, wkbType=QgsWkbTypes.Type.PointZ))])
    out = run("canevas:cc48toren09", {"INPUT": points, "OUTPUT": "memory:"})["OUTPUT"]
    zs = {f["nom"]: f.geometry().constGet().z() for f in out.getFeatures()}
    assert math.isnan(zs["P0"]) and zs["P1"] == 27.619 and math.isnan(zs["P2"])
    line = _memory([QgsGeometry(QgsLineString([QgsPoint(1351338.806, 7222824.125, nan, wkbType=QgsWkbTypes.Type.PointZ),
                                               QgsPoint(1350559.516, 7222913.795, 27.619)]))], "LineStringZ")
    out = run("canevas:cc48toren09", {"INPUT": line, "OUTPUT": "memory:"})["OUTPUT"]
    got = [(v.x(), v.y(), v.z()) for v in next(out.getFeatures()).geometry().vertices()]
    ex, ey = transform_xy("CC48", "REN09", [1351338.806, 1350559.516], [7222824.125, 7222913.795])
    assert np.allclose([g[0] for g in got], ex, atol=1e-4) and np.allclose([g[1] for g in got], ey, atol=1e-4)
    assert math.isnan(got[0][2]) and got[1][2] == 27.619


def test_a_point_outside_ren09_area_stops_before_any_output(provider, tmp_path):
    points = _memory([QgsGeometry(QgsPoint(1351338.806 + i, 7222824.125, 30.0)) for i in range(3000)]
                     + [QgsGeometry(QgsPoint(1420000, 7222824, 30))])
    error, _, _ = matrix_run("cc48toren09", {"INPUT": points, "OUTPUT": str(tmp_path / "o.gpkg")})
    # the last feature (id 3001), about 68 km east of the others: 3D points checked on their X, Y
    assert error is not None and "Feature 3001 of" in error and "outside the area of use of REN09" in error
    km = float(error.split(" lies ")[1].split(" km")[0])
    assert 60 < km < 80, error
    assert not (tmp_path / "o.gpkg").exists()


def test_a_cancel_during_the_copy_leaves_no_half_written_output(provider, tmp_path):
    """QGIS' reprojection (the child run) stops quietly on cancel: the run must stop too, and remove its output."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
    points = _memory([QgsGeometry(QgsPoint(1351338.806 + i % 500, 7222824.125 + i // 500, 30))
                      for i in range(20000)])
    feedback = QgsProcessingFeedback()
    # QGIS' C++ child reports progress through the signal, not through a Python setProgress
    feedback.progressChanged.connect(lambda value: value > 0 and feedback.cancel())
    target = tmp_path / "o.gpkg"
    try:
        processing.run("canevas:cc48toren09", {"INPUT": points, "OUTPUT": str(target)}, feedback=feedback,
                       context=QgsProcessingContext())
        error = None
    except QgsProcessingException as raised:
        error = str(raised)
    assert feedback.isCanceled()
    assert error is not None and "ancel" in error, error
    assert not target.exists()
