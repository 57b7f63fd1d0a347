"""Bad-input matrix of canevas:linearalteration (see matrix.py): CC48 over a 2 km square of Rennes with a SYNTHETIC
flat DEM. The matrix damages the DEM file; extreme spacings, extents and undulations must give a message or the
right figures (memory estimated first: a refused grid names its size)."""

import math

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsVectorLayer

from .matrix import Spec, check_case, matrix_test, run

X0, Y0 = 1_350_000.0, 7_219_000.0
EXTENT = "{},{},{},{} [EPSG:3948]".format(X0, X0 + 2000, Y0, Y0 + 2000)
ALTITUDE, UNDULATION = 40.0, 50.0


def make_dem(path, epsg=3948, origin=(X0 - 1000, Y0 + 3000), size=(40, 40), pixel=100.0, value=ALTITUDE,
             srs=True, nodata=None, fill=None):
    """A SYNTHETIC flat DEM (m), 4 km square over the extent by default."""
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size[0], size[1], 1, gdal.GDT_Float32,
                                              ["COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"])
    ds.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    if srs:
        reference = osr.SpatialReference()
        reference.ImportFromEPSG(epsg)
        ds.SetProjection(reference.ExportToWkt())
    band = ds.GetRasterBand(1)
    data = np.full((size[1], size[0]), value, dtype=np.float32)
    if fill is not None:
        fill(data)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(data)
    ds = None
    return str(path)


def params(tmp):
    return {"SYSTEM": 1, "EXTENT": EXTENT, "SPACING": 100.0, "DEM": make_dem(tmp / "dem.tif"),
            "GEOID_UNDULATION": UNDULATION, "OUTPUT": str(tmp / "alteration.tif"),
            "OUTPUT_POINTS": str(tmp / "alteration_points.gpkg")}


def expected(x, y, h):
    """Independent figure: PROJ's scale factor of EPSG:3948 at the point (QGIS' factors), reduced by the Gaussian
    mean radius of GRS80 at its latitude: (k·R/(R + h) − 1)·10⁶ mm/km."""
    from qgis.core import QgsCoordinateTransform, QgsCoordinateTransformContext, QgsPoint
    cc48, geo = QgsCoordinateReferenceSystem("EPSG:3948"), QgsCoordinateReferenceSystem("EPSG:4171")
    lonlat = QgsCoordinateTransform(cc48, geo, QgsCoordinateTransformContext()).transform(QgsPointXY(x, y))
    k = cc48.factors(QgsPoint(lonlat.x(), lonlat.y())).meridionalScale()
    a, f = 6378137.0, 1 / 298.257222101
    e2 = f * (2 - f)
    s2 = math.sin(math.radians(lonlat.y())) ** 2
    r = a * math.sqrt(1 - e2) / (1 - e2 * s2)
    return (k * r / (r + h) - 1) * 1e6


def _raster(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    values[values == band.GetNoDataValue()] = np.nan
    return values, ds.GetGeoTransform()


def check(case, result, tmp, params):
    """The grid and the points against the independent figure; cells without height stay without value."""
    values, transform = _raster(result["OUTPUT"])
    spacing = transform[1]
    if case == "valid":
        assert values.shape == (20, 20) and spacing == 100
        x, y = transform[0] + 50, transform[3] - 50  # the first cell's centre
        assert values[0, 0] == pytest.approx(expected(x, y, ALTITUDE + UNDULATION), abs=0.01)
        points = QgsVectorLayer(result["OUTPUT_POINTS"], "p", "ogr")
        assert points.featureCount() == 400
        first = min(points.getFeatures(), key=lambda f: (-f.geometry().asPoint().y(), f.geometry().asPoint().x()))
        assert first["height_m"] == pytest.approx(ALTITUDE + UNDULATION, abs=1e-3)
        assert first["alteration_mm_km"] == pytest.approx(values[0, 0], abs=1e-3)
    if case.startswith("extreme:"):  # an extent partly off the DEM: those cells without value, the others right
        finite = values[np.isfinite(values)]
        assert finite.size and result["MIN"] == pytest.approx(finite.min(), abs=1e-4)
        assert result["MAX"] == pytest.approx(finite.max(), abs=1e-4)


SPEC = Spec(
    "linearalteration", params, file="DEM", check=check,
    extreme={"SPACING": [0.0, -1.0, 1e-9, 1e-3, 1e9, 1e12, float("nan"), float("inf")],
             "EXTENT": ["{},{},{},{}".format(X0, X0 + 2000, Y0, Y0 + 2000),  # no CRS
                        "-1.70,-1.69,48.10,48.11 [EPSG:4326]",  # degrees, declared: right
                        "-1.70,-1.69,48.10,48.11 [EPSG:3948]",  # degrees declared as metres
                        "-20000000,20000000,-20000000,20000000 [EPSG:3857]",  # the world
                        "{},{},{},{} [EPSG:3948]".format(X0, X0, Y0, Y0)],  # empty
             "GEOID_UNDULATION": [0.0, 1e9, -1e9, float("nan"), 151.0, -151.0],
             "SYSTEM": [9, -1]})
test_matrix = matrix_test(SPEC)


def _run(tmp_path, **changes):
    p = params(tmp_path)
    p.update(changes)
    return run("linearalteration", p)


@pytest.mark.parametrize("size", [10_000, 1e9])
def test_a_huge_grid_is_refused_with_its_size_before_allocating(provider, tmp_path, size):
    extent = "{},{},{},{} [EPSG:3948]".format(X0, X0 + size, Y0, Y0 + size)
    error, _, _ = _run(tmp_path, SPACING=1.0, EXTENT=extent, OUTPUT_POINTS=None)
    assert error is not None and "cells" in error and "memory" in error and "GiB" in error, error
    assert not (tmp_path / "alteration.tif").exists()


def test_too_many_points_are_refused_but_the_grid_alone_runs(provider, tmp_path):
    error, _, _ = _run(tmp_path, SPACING=1.0)  # 4 million cells: a grid, not a points layer
    digits = error and "".join(c for c in error if c not in ",\u202f\xa0 ")  # whatever the locale's grouping
    assert error is not None and "points" in error and "4000000points" in digits, error


def test_an_extent_in_degrees_gives_the_figures_of_its_place(provider, tmp_path):
    error, result, _ = _run(tmp_path, EXTENT="-1.70,-1.69,48.10,48.11 [EPSG:4326]", SPACING=100.0, DEM=None,
                            OUTPUT_POINTS=None)
    assert error is None, error
    values, transform = _raster(result["OUTPUT"])
    x, y = transform[0] + 50, transform[3] - 50
    assert values[0, 0] == pytest.approx(expected(x, y, 0.0), abs=0.01)


def test_a_dem_without_crs_stops(provider, tmp_path):
    error, _, _ = _run(tmp_path, DEM=make_dem(tmp_path / "nocrs.tif", srs=False))
    assert error is not None and "no CRS" in error and "nocrs" in error, error


def test_a_dem_not_covering_the_extent_stops(provider, tmp_path):
    error, _, _ = _run(tmp_path, DEM=make_dem(tmp_path / "far.tif", origin=(X0 + 50_000, Y0 + 50_000)))
    assert error is not None and "does not cover" in error, error


def test_a_dem_with_no_data_keeps_those_cells_without_value(provider, tmp_path):
    """The western half of the DEM is no-data: those cells have no value in the grid nor in the points (never 0)."""
    def west(data):
        data[:, :20] = -32768
    dem = make_dem(tmp_path / "half.tif", nodata=-32768, fill=west)
    error, result, feedback = _run(tmp_path, DEM=dem)
    assert error is None, error
    values, _ = _raster(result["OUTPUT"])
    assert np.isnan(values[:, :9]).all() and np.isfinite(values[:, 11:]).all()
    points = QgsVectorLayer(result["OUTPUT_POINTS"], "p", "ogr")
    west_points = [f for f in points.getFeatures() if f.geometry().asPoint().x() < X0 + 900]
    assert west_points and all(str(f["alteration_mm_km"]) == "NULL" or f["alteration_mm_km"] is None
                               for f in west_points)
    assert all(str(f["height_m"]) == "NULL" or f["height_m"] is None for f in west_points)
    assert any("have no value" in m for m in feedback.messages)


def test_a_dem_with_an_undeclared_no_data_value_stops(provider, tmp_path):
    def holes(data):
        data[12:15, 12:15] = -32768  # inside the extent
    error, _, _ = _run(tmp_path, DEM=make_dem(tmp_path / "holes.tif", fill=holes))
    assert error is not None and "-32768" in error and "no-data" in error, error


def test_a_dem_in_degrees_is_resampled(provider, tmp_path):
    dem = make_dem(tmp_path / "geo.tif", epsg=4326, origin=(-1.75, 48.15), size=(200, 200), pixel=0.001)
    error, result, _ = _run(tmp_path, EXTENT="-1.70,-1.69,48.10,48.11 [EPSG:4326]", DEM=dem)
    assert error is None, error
    values, transform = _raster(result["OUTPUT"])
    assert values[0, 0] == pytest.approx(expected(transform[0] + 50, transform[3] - 50, ALTITUDE + UNDULATION),
                                         abs=0.02)


def test_a_named_dem_that_cannot_be_read_is_never_left_out(provider, tmp_path):
    """A DEM given but missing must stop: without it the map would silently lack the height reduction."""
    error, _, _ = check_case(SPEC, "missing_file", tmp_path)
    assert error is not None and "dem.tif" in error, error
