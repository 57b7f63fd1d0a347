"""A GeoPackage damaged in the middle is read short by OGR without a word (the features after the damaged page
are silently missing): every tool reading points compares what it read with the count the layer declares."""

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

COUNT = 3000


def damaged_geopackage(path):
    """COUNT SYNTHETIC points in CC48, then one page in the middle of the file overwritten."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3948)
    layer = dataset.CreateLayer("pts", srs, ogr.wkbPoint25D)
    layer.CreateField(ogr.FieldDefn("matricule", ogr.OFTString))
    layer.StartTransaction()
    for i in range(COUNT):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("matricule", "P{:05d}".format(i))
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {} 40)".format(1351000 + i, 7222000 + i % 50)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    data = bytearray(path.read_bytes())
    start = len(data) // 2 // 4096 * 4096
    data[start:start + 4096] = bytes((i * 151 + 7) % 256 for i in range(4096))
    path.write_bytes(bytes(data))
    return "{}|layername=pts".format(path)


def read_short(tmp_path):
    """(uri, features OGR reads) of the damaged GeoPackage; skipped where GDAL reads the damaged page in full."""
    uri = damaged_geopackage(tmp_path / "damaged.gpkg")
    layer = QgsVectorLayer(uri, "damaged", "ogr")
    read = sum(1 for _ in layer.getFeatures())
    if read == layer.featureCount():
        pytest.skip("this GDAL reads the damaged page in full")
    return uri, read


def test_a_layer_read_short_stops_the_precision_test(provider, run, tmp_path):
    uri, read = read_short(tmp_path)
    control = QgsVectorLayer(uri, "control", "ogr")
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:precisionclass", {"SUPPLIED": uri, "SUPPLIED_ID_FIELD": "matricule", "CONTROL": control,
                                       "CONTROL_ID_FIELD": "matricule", "DIMENSION": 0, "OUTPUT": "memory:"})
    assert "Only {} of the {} features".format(read, COUNT) in str(error.value), str(error.value)


def test_a_layer_read_short_stops_the_conversion_and_leaves_no_output(provider, run, tmp_path):
    """The conversion hands the copy to QGIS' reprojection, which stops quietly at the damaged page."""
    uri, read = read_short(tmp_path)
    out = tmp_path / "ren09.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:cc48toren09", {"INPUT": uri, "OUTPUT": str(out)})
    assert "of the {} features".format(COUNT) in str(error.value), str(error.value)
    assert not out.exists()


def test_a_layer_read_short_stops_the_matricule_check(provider, run, tmp_path):
    uri, read = read_short(tmp_path)
    from .test_matrix_checkmatricules import ranges_table
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:checkmatricules", {"STATIONS": uri, "RANGES": ranges_table(), "OUTPUT": "memory:"})
    assert "Only {} of the {} features".format(read, COUNT) in str(error.value), str(error.value)
