"""Bad-input matrix of canevas:ren09tocc48 (see matrix.py): REN09 stations (SYNTHETIC) to CC48."""

import math

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from .matrix import Spec, matrix_test, sample


def ren09_stations():
    from canevas.toolbelt import crs as crs_tools
    layer = sample("stations_synthetic")
    out = QgsVectorLayer("PointZ", "ren09", "memory")
    out.setCrs(crs_tools.crs_for("REN09"))
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    features = []
    for i, feature in enumerate(layer.getFeatures()):
        f = QgsFeature(out.fields())
        f.setAttributes(feature.attributes())
        f.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} 40)".format(47000 + 37 * i, 68500 + 29 * i)))
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


def check(case, result, tmp, params):
    """Missing heights stay missing: a 2D point or a NaN Z never comes out as Z = 0."""
    if case not in ("z_missing", "z_nan", "valid"):
        return
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    zs = [f.geometry().constGet().z() for f in out.getFeatures()]
    assert zs and all(z != 0 for z in zs), zs
    if case == "z_nan":
        assert sum(math.isnan(z) for z in zs) == math.ceil(len(zs) / 3), zs


SPEC = Spec("ren09tocc48", lambda tmp: {"INPUT": ren09_stations(), "OUTPUT": str(tmp / "o.gpkg")}, layer="INPUT",
            stops={"geographic", "misdeclared_crs"}, check=check)
test_matrix = matrix_test(SPEC)
