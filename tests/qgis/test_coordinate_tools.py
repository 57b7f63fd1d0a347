"""canevas:transformpointfile, canevas:linearalteration, canevas:checkcommonpoints through Processing."""

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsRasterLayer

from canevas.core import systems
from canevas.core.lcc import PROJECTIONS
from canevas.core.transform import transform_xy
from canevas.toolbelt import crs as crs_tools

from .conftest import make_layer

POINTS = "# synthetic\nid;x;y;z\nR1;47300,000;68765,000;35,52\nR2;47412,345;68801,002;36,10\n"


def point_file_params(tmp_path, text=POINTS, **extra):
    src = tmp_path / "points.csv"
    src.write_text(text, encoding="utf-8")
    params = {"INPUT": str(src), "SOURCE_SYSTEM": 0, "TARGET_SYSTEM": 1, "DATUM_SHIFT": 0, "SEPARATOR": 0,
              "DECIMAL_COMMA": True, "HEADER": True, "ID_COLUMN": 1, "X_COLUMN": 2, "Y_COLUMN": 3, "Z_COLUMN": 4,
              "DECIMALS": 3, "OUTPUT": str(tmp_path / "out.csv")}
    params.update(extra)
    return params


def test_point_file_round_trip(run, tmp_path):
    result = run("canevas:transformpointfile", point_file_params(tmp_path))
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert result["CONVERTED"] == 2 and result["REJECTED"] == 0
    assert lines[:2] == ["# synthetic", "id;x;y;z"]
    x, y = transform_xy("REN09", "CC48", [47300.0], [68765.0], systems.DATUM_GRID)
    assert lines[2] == "R1;{:.3f};{:.3f};35,52".format(x[0], y[0]).replace(".", ",")
    assert "IGN NTF→RGF93 grid" in result["DATUM_SHIFT_NAME"]
    back = point_file_params(tmp_path, "\n".join(lines) + "\n", SOURCE_SYSTEM=1, TARGET_SYSTEM=0,
                             OUTPUT=str(tmp_path / "back.csv"))
    run("canevas:transformpointfile", back)
    assert (tmp_path / "back.csv").read_text(encoding="utf-8") == POINTS


def test_point_file_with_a_byte_order_mark(run, tmp_path):
    src = tmp_path / "excel.csv"
    src.write_bytes("\ufeffR1;47300,000;68765,000;35,52\r\n".encode("utf-8"))
    src.chmod(0o644)
    params = point_file_params(tmp_path, HEADER=False)
    params["INPUT"] = str(src)
    run("canevas:transformpointfile", params)
    out = tmp_path / "out.csv"
    data = out.read_bytes().decode("utf-8")
    assert data.startswith("\ufeffR1;1351771,813;7222969,080;35,52") and data.endswith("\r\n")
    assert out.stat().st_mode & 0o777 == 0o644


def test_point_file_bad_lines_write_nothing(run, tmp_path):
    text = POINTS + "R3;47300,0;oops;1\nR4;47300,0\n"
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:transformpointfile", point_file_params(tmp_path, text))
    message = str(error.value)
    assert "2 bad line(s) in the point file; nothing was written" in message
    assert "line 5: Y value 'oops' (column 3) is not a number" in message
    assert "line 6: expected at least 4 columns, found 2" in message
    assert not (tmp_path / "out.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".canevas-")]


def test_point_file_skipping_bad_lines(run, tmp_path):
    text = POINTS + "R3;47300,0;oops;1\n"
    result = run("canevas:transformpointfile", point_file_params(tmp_path, text, SKIP_BAD_LINES=True))
    assert result["CONVERTED"] == 2 and result["REJECTED"] == 1
    assert any("line 5" in m for m in result["_messages"])
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()) == 4


def test_point_file_wrong_source_system(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="do not look like RGF93 v1 / CC48 .* but like REN09"):
        run("canevas:transformpointfile", point_file_params(tmp_path, SOURCE_SYSTEM=1, TARGET_SYSTEM=0))


def test_point_file_refuses_to_overwrite_its_input(run, tmp_path):
    params = point_file_params(tmp_path)
    params["OUTPUT"] = params["INPUT"]
    with pytest.raises(QgsProcessingException, match="is the input file: choose another output"):
        run("canevas:transformpointfile", params)
    assert (tmp_path / "points.csv").read_text(encoding="utf-8") == POINTS


def read_raster(path):
    ds = gdal.Open(path)
    return ds.GetRasterBand(1).ReadAsArray(), ds.GetGeoTransform()


def test_linear_alteration_cc48_at_rennes(run, tmp_path):
    x, y = PROJECTIONS["CC48"].forward(-1.68, 48.11)
    extent = "{},{},{},{} [EPSG:3948]".format(x - 5000, x + 5000, y - 5000, y + 5000)
    result = run("canevas:linearalteration", {"SYSTEM": 1, "EXTENT": extent, "SPACING": 1000,
                                              "OUTPUT": str(tmp_path / "alt.tif"), "OUTPUT_POINTS": "memory:"})
    values, transform = read_raster(result["OUTPUT"])
    assert values.shape == (10, 10)
    assert transform[1] == 1000 and transform[5] == -1000
    assert values.mean() == pytest.approx(-83.6, abs=0.3)
    assert result["MIN"] > -85.0 and result["MAX"] < -81.5
    points = result["OUTPUT_POINTS"]
    assert points.featureCount() == 100
    assert QgsRasterLayer(result["OUTPUT"]).crs().authid() == "EPSG:3948"


def test_linear_alteration_ren09_over_rennes_from_a_geographic_extent(run, tmp_path):
    result = run("canevas:linearalteration", {"SYSTEM": 0, "EXTENT": "-1.75,-1.60,48.07,48.15 [EPSG:4326]",
                                              "SPACING": 250, "OUTPUT": str(tmp_path / "ren09.tif")})
    assert -2.0 < result["MIN"] < -1.0 and -2.0 < result["MAX"] < 2.0
    layer = QgsRasterLayer(result["OUTPUT"])
    assert layer.isValid() and layer.crs().toProj().startswith("+proj=lcc +lat_0=48.1")


def test_linear_alteration_with_a_dem(run, tmp_path):
    # a flat synthetic DEM at 100 m: the alteration drops by 100/R ≈ 15.7 mm/km everywhere
    x, y = PROJECTIONS["CC48"].forward(-1.68, 48.11)
    dem_path = str(tmp_path / "dem.tif")
    ds = gdal.GetDriverByName("GTiff").Create(dem_path, 50, 50, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((x - 10000, 400, 0, y + 10000, 0, -400))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3948)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((50, 50), 100.0))
    ds = None
    extent = "{},{},{},{} [EPSG:3948]".format(x - 3000, x + 3000, y - 3000, y + 3000)
    plain = run("canevas:linearalteration", {"SYSTEM": 1, "EXTENT": extent, "SPACING": 1000,
                                             "OUTPUT": str(tmp_path / "a.tif")})
    high = run("canevas:linearalteration", {"SYSTEM": 1, "EXTENT": extent, "SPACING": 1000, "DEM": dem_path,
                                            "GEOID_UNDULATION": 0, "OUTPUT": str(tmp_path / "b.tif")})
    assert high["MEAN"] - plain["MEAN"] == pytest.approx(-15.67, abs=0.05)
    with pytest.raises(QgsProcessingException, match="With a DEM, give the geoid undulation above the ellipsoid "
                                                     "of RGF93 v1 / CC48 .*GRS80.*about 50 m"):
        run("canevas:linearalteration", {"SYSTEM": 1, "EXTENT": extent, "SPACING": 1000, "DEM": dem_path,
                                         "OUTPUT": str(tmp_path / "c.tif")})


def common_layers(shift=systems.DATUM_GRID, n=8):
    rng = np.random.default_rng(7)
    x, y = rng.uniform(42000, 52000, n), rng.uniform(62000, 72000, n)
    cx, cy = transform_xy("REN09", "CC48", x, y, shift)
    # declared REN09: positions read from a geometry are taken in the system its CRS says (none: refused)
    ren = make_layer(["Point ({} {})".format(a, b) for a, b in zip(x, y)], crs_tools.crs_for("REN09"), "Point",
                     [{"num": "P{}".format(i)} for i in range(n)], name="ren09 points")
    cc = make_layer([None] * n, None, "NoGeometry",
                    [{"id": "P{}".format(i), "e": float(a), "n": float(b)} for i, (a, b) in enumerate(zip(cx, cy))],
                    name="cc48 table")
    return ren, cc


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_check_common_points(run, shift):
    ren, cc = common_layers(shift)
    result = run("canevas:checkcommonpoints", {
        "REN09_LAYER": ren, "REN09_ID_FIELD": "num", "CC48_LAYER": cc, "CC48_ID_FIELD": "id",
        "CC48_X_FIELD": "e", "CC48_Y_FIELD": "n", "OUTPUT": "memory:"})
    assert result["N_COMMON"] == 8 and result["BEST_DATUM_SHIFT"] == shift
    assert result["RMS_GRID" if shift == 0 else "RMS_3PARAM"] < 1e-6
    assert result["RMS_3PARAM" if shift == 0 else "RMS_GRID"] > 1.5
    out = result["OUTPUT"]
    assert out.featureCount() == 8 and out.crs().authid() == "EPSG:3948"
    assert {f.name() for f in out.fields()} >= {"id", "d_grid", "d_3param", "d_sim"}


def test_check_common_points_missing_field_and_geographic(run):
    ren, cc = common_layers()
    with pytest.raises(QgsProcessingException, match="Give both the X and the Y field of the CC48 points"):
        run("canevas:checkcommonpoints", {"REN09_LAYER": ren, "REN09_ID_FIELD": "num", "CC48_LAYER": cc,
                                          "CC48_ID_FIELD": "id", "CC48_X_FIELD": "e", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="The field « est » is missing from « cc48 table »"):
        run("canevas:checkcommonpoints", {"REN09_LAYER": ren, "REN09_ID_FIELD": "num", "CC48_LAYER": cc,
                                          "CC48_ID_FIELD": "id", "CC48_X_FIELD": "est", "CC48_Y_FIELD": "n",
                                          "OUTPUT": "memory:"})
    geo = make_layer(["Point (-1.68 48.11)"], "EPSG:4326", "Point", [{"id": "P0"}])
    with pytest.raises(QgsProcessingException, match="is in a geographic CRS .* coordinates in metres are needed"):
        run("canevas:checkcommonpoints", {"REN09_LAYER": ren, "REN09_ID_FIELD": "num", "CC48_LAYER": geo,
                                          "CC48_ID_FIELD": "id", "OUTPUT": "memory:"})


def test_check_common_points_matches_integer_and_real_ids(run):
    ren, _ = common_layers()
    ren_int = make_layer([f.geometry().asWkt() for f in ren.getFeatures()], ren.crs(), "Point",
                         [{"num": i} for i in range(8)], name="ren09 int")
    _, cc = common_layers()
    cc_real = make_layer([None] * 8, None, "NoGeometry",
                         [{"id": float(i), "e": f["e"], "n": f["n"]} for i, f in enumerate(cc.getFeatures())],
                         name="cc48 real")
    result = run("canevas:checkcommonpoints", {
        "REN09_LAYER": ren_int, "REN09_ID_FIELD": "num", "CC48_LAYER": cc_real, "CC48_ID_FIELD": "id",
        "CC48_X_FIELD": "e", "CC48_Y_FIELD": "n", "OUTPUT": "memory:"})
    assert result["N_COMMON"] == 8
