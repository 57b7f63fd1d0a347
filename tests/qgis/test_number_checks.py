"""One number-range check for every algorithm that reads coordinates: REN09 numbers declared CC48 stop the run."""

import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsRasterLayer

from canevas.core import systems
from canevas.toolbelt import crs as crs_tools

from .conftest import make_layer

REN09_POINTS = ["PointZ ({} {} 35)".format(47300 + 100 * i, 68765 + 50 * i) for i in range(6)]


def wrong_layer(name="input"):
    """REN09 numbers in a layer that says it is CC48, with the fields the tools look for."""
    attributes = [{"nom": "M.AC - {}".format(i), "matricule": "R{:05d}".format(i + 1), "num": str(i),
                   "etat": "BON ETAT", "freres_info": "", "z_ign69": 35.0} for i in range(len(REN09_POINTS))]
    return make_layer(REN09_POINTS, "EPSG:3948", "PointZ", attributes, name)


def wrong_raster(path):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((47300.0, 0.05, 0.0, 68770.0, 0.0, -0.05))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3948)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    layer = QgsRasterLayer(str(path), "ortho")
    assert layer.isValid()
    return layer


def cases(tmp_path):
    return {
        "precisionclass": {"SUPPLIED": wrong_layer("supplied"), "SUPPLIED_ID_FIELD": "num",
                           "CONTROL": wrong_layer("control"), "CONTROL_ID_FIELD": "num", "OUTPUT": "memory:"},
        "rasterprecisionclass": {"CONTROL": wrong_layer("control"), "CONTROL_ID_FIELD": "num",
                                 "DIGITISED": wrong_layer("digitised"), "DIGITISED_ID_FIELD": "num",
                                 "RASTER": wrong_raster(tmp_path / "ortho.tif"), "OUTPUT": "memory:"},
        "levelingdensity": {"INPUT": wrong_layer(), "COVERAGE": "memory:", "GAPS": "memory:", "STATS": "memory:",
                            "PROPOSALS": "memory:"},
        "benchmarkgaps": {"INPUT": wrong_layer(), "ISOLATED": "memory:", "LINE_GAPS": "memory:",
                          "TRIPLETS": "memory:"},
        "controlsample": {"INPUT": wrong_layer(), "OUTPUT": "memory:"},
        "importignbenchmarks": {"INPUT": wrong_layer(), "DATABASE": str(tmp_path / "register.gpkg")},
        "exportfiches": {"INPUT": wrong_layer(), "OUTPUT": str(tmp_path / "fiches.pdf")},
        "linearalteration": {"EXTENT": "47000,48000,68000,69000 [EPSG:3948]", "OUTPUT": str(tmp_path / "a.tif")},
    }


@pytest.mark.parametrize("alg", ["precisionclass", "rasterprecisionclass", "levelingdensity", "benchmarkgaps",
                                 "controlsample", "importignbenchmarks", "exportfiches", "linearalteration"])
def test_ren09_numbers_declared_cc48_are_refused(run, tmp_path, alg):
    with pytest.raises(QgsProcessingException, match=r"look like REN09 \(Rennes 2009\), not RGF93 v1 / CC48"):
        run("canevas:" + alg, cases(tmp_path)[alg])


def test_extent_without_crs_is_refused(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="The extent has no CRS"):
        run("canevas:linearalteration", {"EXTENT": "47000,48000,68000,69000", "OUTPUT": str(tmp_path / "a.tif")})


def test_right_declaration_passes_the_check(run, tmp_path):
    layer = make_layer(REN09_POINTS, crs_tools.ren09_crs(), "PointZ",
                       [{"matricule": "R{:05d}".format(i + 1)} for i in range(len(REN09_POINTS))])
    result = run("canevas:controlsample", {"INPUT": layer, "OUTPUT": "memory:"})
    assert result["OUTPUT"] is not None


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_layer_feature_outside_ren09_area_is_refused(run, shift):
    layer = make_layer(["Point (47300 68765)", "Point (85000 68765)"], crs_tools.ren09_crs(shift), "Point")
    with pytest.raises(QgsProcessingException, match=r"Feature 2 of .* lies 37\.7 km from Rennes town hall in REN09, "
                                                     r"outside the area of use of REN09 \(Rennes Métropole and 5 km "
                                                     r"around it\)"):
        run("canevas:ren09tocc48", {"INPUT": layer, "DATUM_SHIFT": shift, "OUTPUT": "memory:"})
