"""canevas:ren09tocc48 / cc48toren09 on bad inputs: missing heights stay missing, the input is never the output."""

import hashlib
import math

import pytest
from qgis.core import QgsGeometry, QgsPoint, QgsProcessingException, QgsVectorFileWriter, QgsVectorLayer

from canevas.toolbelt import crs as crs_tools

from .conftest import make_layer


def test_a_point_without_height_keeps_no_height(run):
    layer = make_layer(["PointZ (47300 68765 35.1)", "PointZ (47400 68800 36)"], crs_tools.crs_for("REN09"))
    layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeGeometry(feature.id(), QgsGeometry(QgsPoint(47300, 68765, float("nan"))))
    layer.commitChanges()
    out = run("canevas:ren09tocc48", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    zs = [f.geometry().constGet().z() for f in out.getFeatures()]
    assert math.isnan(zs[0]) and zs[1] == 36


def _gpkg_with_two_layers(path):
    for i, name in enumerate(("stations", "notes")):
        layer = make_layer(["PointZ (47300 68765 35.1)"], crs_tools.crs_for("REN09"), name=name)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if i:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)


@pytest.mark.parametrize("output", ["same", "other_layer_file"])
def test_a_geopackage_holding_other_layers_is_never_replaced(run, tmp_path, output):
    gpkg = tmp_path / "register.gpkg"
    _gpkg_with_two_layers(gpkg)
    before = hashlib.sha256(gpkg.read_bytes()).hexdigest()
    source = "{}|layername=stations".format(gpkg)
    target = gpkg if output == "same" else tmp_path / "other.gpkg"
    if output == "other_layer_file":
        _gpkg_with_two_layers(target)
    with pytest.raises(QgsProcessingException, match="holding other layers|is the input file"):
        run("canevas:ren09tocc48", {"INPUT": source, "OUTPUT": str(target)})
    assert hashlib.sha256(gpkg.read_bytes()).hexdigest() == before
    assert len(QgsVectorLayer(str(target)).dataProvider().subLayers()) == 2
