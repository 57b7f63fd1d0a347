"""toolbelt.qt_compat on the running QGIS, and deprecated QGIS calls failing the tests (pytest.ini)."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsVectorFileWriter, QgsVectorLayer

from canevas.toolbelt import qt_compat
from canevas.toolbelt.qt_compat import FieldType, field_type_is, new_field, save_style_to_database


def test_field_types_build_fields_of_that_type(qgis_app):
    for kind, type_name in ((FieldType.String, "String"), (FieldType.Int, "Integer"), (FieldType.Double, "Real"),
                            (FieldType.LongLong, "Integer64"), (FieldType.Date, "Date"),
                            (FieldType.DateTime, "DateTime"), (FieldType.Bool, "Boolean")):
        field = QgsField("f", kind)
        assert field_type_is(field, kind)
        assert field_type_is(new_field("g", kind, type_name), kind)
    assert not field_type_is(QgsField("f", FieldType.String), FieldType.Int, FieldType.Double)
    layer = QgsVectorLayer("Point?field=n:integer&field=t:string(20)&field=d:date", "l", "memory")
    assert field_type_is(layer.fields().field("n"), FieldType.Int, FieldType.LongLong)
    assert field_type_is(layer.fields().field("t"), FieldType.String)
    assert field_type_is(layer.fields().field("d"), FieldType.Date)


def test_actions_come_from_the_module_qt_has_them_in(qgis_app):
    from qgis.PyQt import QtGui, QtWidgets
    for name in ("QAction", "QActionGroup", "QShortcut"):
        assert getattr(qt_compat, name) is (getattr(QtGui, name, None) or getattr(QtWidgets, name))


def test_style_saved_in_the_geopackage(qgis_app, tmp_path):
    memory = QgsVectorLayer("Point?crs=EPSG:3948&field=name:string", "points", "memory")
    path = str(tmp_path / "styles.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "points"
    result = QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, memory.transformContext(), options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError
    layer = QgsVectorLayer(path + "|layername=points", "points", "ogr")
    saved, error = save_style_to_database(layer, "canevas", "test style", True)
    assert saved and error == ""
    assert "canevas" in layer.listStylesInDatabase()[2]


def test_a_deprecated_qgis_call_fails_the_tests(qgis_app):
    """sip attributes the warning to the calling line, so pytest.ini makes it an error in plugin or test code."""
    if not hasattr(QgsCoordinateReferenceSystem, "fromProj4"):  # gone with QGIS 4
        pytest.skip("no deprecated method to call")
    with pytest.raises(DeprecationWarning):
        QgsCoordinateReferenceSystem.fromProj4("+proj=longlat +datum=WGS84 +no_defs")
