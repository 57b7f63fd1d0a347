"""Bad-input matrix of canevas:rasterprecisionclass (see matrix.py): details digitised on a SYNTHETIC 5 cm image
against field control points offset by known deviations. The matrix damages DIGITISED and the image file (RASTER);
plain tests below damage the image otherwise (no CRS, not covering the points, another system, degrees)."""

import math

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from .matrix import Spec, check_case, matrix_test, run

X0, Y0 = 1_351_000.0, 7_220_000.0
N = 40
PIXEL = 0.05


def offsets(i):
    return 0.004 * (i % 5), -0.003 * (i % 4)


def _points(name, shift, crs="EPSG:3948"):
    layer = QgsVectorLayer("Point?crs={}&field=num:string(10)".format(crs), name, "memory")
    features = []
    for i in range(N):
        dx, dy = offsets(i) if shift else (0.0, 0.0)
        f = QgsFeature(layer.fields())
        f.setAttributes(["D{:02d}".format(i)])
        f.setGeometry(QgsGeometry.fromWkt("Point ({:.4f} {:.4f})".format(
            X0 + 20.0 * (i % 8) + dx, Y0 + 20.0 * (i // 8) + dy)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def make_image(path, epsg=3948, origin=(X0 - 20.0, Y0 + 120.0), size=(4000, 3000), pixel=PIXEL, srs=True):
    """A SYNTHETIC compressed GeoTIFF (tiled, as orthophotos are) covering the points by default."""
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size[0], size[1], 1, gdal.GDT_Byte,
                                              ["COMPRESS=DEFLATE", "TILED=YES"])
    ds.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    if srs:
        reference = osr.SpatialReference()
        reference.ImportFromEPSG(epsg)
        ds.SetProjection(reference.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.WriteArray((np.indices((size[1], size[0])).sum(axis=0) % 251).astype(np.uint8))
    ds = None
    return str(path)


def params(tmp):
    return {"CONTROL": _points("field", False), "CONTROL_ID_FIELD": "num", "DIGITISED": _points("digitised", True),
            "DIGITISED_ID_FIELD": "num", "RASTER": make_image(tmp / "ortho.tif"), "MODE": 0, "CLASS_CM": 5.0,
            "SAFETY_C": 2.0, "OUTPUT": str(tmp / "deviations.gpkg"), "REPORT": str(tmp / "report.html")}


def check(case, result, tmp, params):
    """The deviations are the offsets given; the best class is never finer than the 5 cm pixel (art. 8)."""
    if case != "valid" and not case.startswith("extreme:"):
        return
    assert result["N_PAIRS"] == N
    if not case.startswith("extreme:SAFETY_C"):
        assert result["MEAN"] == pytest.approx(np.mean([math.hypot(*offsets(i)) for i in range(N)]), abs=2e-4)
    assert result["BEST_CLASS_CM"] >= PIXEL * 100 - 1e-9
    if case.startswith("extreme:CLASS_CM") and params["CLASS_CM"]:
        assert result["PASSED"] is (params["CLASS_CM"] >= PIXEL * 100)


SPEC = Spec("rasterprecisionclass", params, layer="DIGITISED", field="DIGITISED_ID_FIELD", file="RASTER",
            extreme={"CLASS_CM": [0.0, 1e-9, 4.99, 1e12, float("nan")], "SAFETY_C": [0.0, 1e12, float("nan")]},
            stops={"geographic", "misdeclared_crs", "duplicates", "wrong_geometry"}, check=check)
test_matrix = matrix_test(SPEC)


def _run_with_image(tmp_path, **image):
    p = params(tmp_path)
    p["RASTER"] = make_image(tmp_path / "other.tif", **image)
    return run("rasterprecisionclass", p)


def test_an_image_without_crs_over_the_points_is_read_in_metres_with_a_warning(provider, tmp_path):
    error, result, feedback = _run_with_image(tmp_path, srs=False)
    assert error is None, error
    assert result["BEST_CLASS_CM"] >= 5.0
    assert any("has no CRS" in m for m in feedback.messages)


def test_an_image_without_crs_elsewhere_stops(provider, tmp_path):
    """No CRS and pixel coordinates (0, 0 at the corner, as an image never georeferenced): not the image of the
    points, whose pixel size means nothing."""
    error, result, _ = _run_with_image(tmp_path, srs=False, origin=(0.0, 0.0), pixel=1.0, size=(200, 200))
    assert error is not None and "does not cover" in error, error


def test_an_image_not_covering_the_points_stops(provider, tmp_path):
    error, _, _ = _run_with_image(tmp_path, origin=(X0 + 5000.0, Y0 + 5000.0), size=(400, 400))
    assert error is not None and "does not cover" in error and "ortho" not in error, error


def test_an_image_covering_some_points_warns_with_the_count(provider, tmp_path):
    # 80 m wide from X0 - 20: covers columns 0..2 (x ≤ 40 m + offsets) of the 8 points per row
    error, result, feedback = _run_with_image(tmp_path, size=(1300, 3000))
    assert error is None, error
    outside = [m for m in feedback.messages if "outside the image" in m]
    assert outside and "25" in outside[0], feedback.messages


def test_an_image_in_another_projected_system_is_compared_in_the_control_system(provider, tmp_path):
    """The same area in Lambert-93: its extent is brought to the control CRS before the coverage check."""
    from canevas.core.transform import transform_xy
    x, y = transform_xy("CC48", "L93", np.array([X0 - 20.0]), np.array([Y0 + 120.0]))
    error, result, _ = _run_with_image(tmp_path, epsg=2154, origin=(float(x[0]), float(y[0])))
    assert error is None, error
    assert result["N_PAIRS"] == N


def test_an_image_in_degrees_stops(provider, tmp_path):
    error, _, _ = _run_with_image(tmp_path, epsg=4326, origin=(-1.69, 48.12), pixel=1e-6, size=(400, 400))
    assert error is not None and ("geographic" in error or "degree" in error), error


@pytest.mark.parametrize("case", ["corrupt_file", "truncated_file"])
def test_a_damaged_image_names_the_file(provider, tmp_path, case):
    error, _, _ = check_case(SPEC, case, tmp_path)
    assert error is not None and "ortho" in error, error
