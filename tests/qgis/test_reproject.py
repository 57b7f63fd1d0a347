"""canevas:ren09tocc48 / canevas:cc48toren09: exact, any geometry, Z kept, wrong CRS caught."""

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from canevas.core import systems
from canevas.core.transform import transform_xy
from canevas.toolbelt import crs as crs_tools

from .conftest import make_layer, vertices

REN09_WKTS = [
    "PointZ (47300 68765 35.52)",
    "LineStringZ (45000 66000 30.1, 47000 68000 31.2, 49000 70500 32.3)",
    "PolygonZ ((46000 67000 40, 46100 67000 41, 46100 67100 42, 46000 67000 40))",
]


def ren09_layer(shift=systems.DATUM_GRID, geometry="PointZ", wkts=None):
    return make_layer(wkts or REN09_WKTS[:1], crs_tools.ren09_crs(shift), geometry,
                      [{"matricule": "R{:05d}".format(i), "z_ign69": 35.52} for i in range(len(wkts or [1]))])


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
@pytest.mark.parametrize("geometry,wkt", [("PointZ", REN09_WKTS[0]), ("LineStringZ", REN09_WKTS[1]),
                                          ("PolygonZ", REN09_WKTS[2])])
def test_ren09_to_cc48_matches_proj_and_keeps_z_and_attributes(run, shift, geometry, wkt):
    layer = ren09_layer(shift, geometry, [wkt])
    before = vertices(layer)
    result = run("canevas:ren09tocc48", {"INPUT": layer, "DATUM_SHIFT": shift, "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:3948"
    assert out.wkbType() == layer.wkbType()
    got = np.array(vertices(out)[0])
    src = np.array(before[0])
    ex, ey = transform_xy("REN09", "CC48", src[:, 0], src[:, 1], shift)
    assert np.abs(got[:, 0] - ex).max() < 1e-5 and np.abs(got[:, 1] - ey).max() < 1e-5
    assert list(got[:, 2]) == list(src[:, 2])  # IGN69 heights untouched
    assert [f.attributes() for f in out.getFeatures()] == [f.attributes() for f in layer.getFeatures()]
    assert vertices(layer) == before  # input never modified
    assert result["DATUM_SHIFT_NAME"] == systems.datum_shift_name(shift)
    assert any(systems.datum_shift_name(shift) in m for m in result["_messages"])


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_round_trip_through_qgis_below_a_tenth_of_a_millimetre(run, shift):
    # the metropole's extreme points (the vertices of REN09's area of use) and the town hall
    grid = list(systems.REN09_AREA_HULL) + [(47300, 68765)]
    layer = make_layer(["PointZ ({} {} 50)".format(x, y) for x, y in grid], crs_tools.ren09_crs(shift))
    cc48 = run("canevas:ren09tocc48", {"INPUT": layer, "DATUM_SHIFT": shift, "OUTPUT": "memory:"})["OUTPUT"]
    back = run("canevas:cc48toren09", {"INPUT": cc48, "DATUM_SHIFT": shift, "OUTPUT": "memory:"})["OUTPUT"]
    assert crs_tools.system_of(back.crs()) == "REN09"
    a, b = np.array(vertices(layer))[:, 0, :2], np.array(vertices(back))[:, 0, :2]
    assert np.hypot(*(a - b).T).max() < 1e-4


def test_grid_and_three_parameters_differ_by_metres(run):
    layer = ren09_layer()
    outs = [np.array(vertices(run("canevas:ren09tocc48", {"INPUT": layer, "DATUM_SHIFT": s,
                                                           "OUTPUT": "memory:"})["OUTPUT"]))[0, 0]
            for s in systems.DATUM_SHIFTS]
    assert 1.5 < np.hypot(*(outs[0] - outs[1])[:2]) < 2.5


def test_layer_without_crs_is_refused_with_the_fix(run):
    layer = make_layer(["Point (47300 68765)"], None, "Point")
    with pytest.raises(QgsProcessingException, match="has no CRS. If its coordinates are REN09, tick"):
        run("canevas:ren09tocc48", {"INPUT": layer, "OUTPUT": "memory:"})
    # forcing the source system works
    out = run("canevas:ren09tocc48", {"INPUT": layer, "ASSUME_SOURCE": True, "OUTPUT": "memory:"})["OUTPUT"]
    assert abs(vertices(out)[0][0][0] - 1351771.24) < 0.01  # the default: the 3-parameter shift


def test_declared_cc48_but_numbers_are_ren09(run):
    layer = make_layer(["Point (47300 68765)", "Point (47400 68800)"], "EPSG:3948", "Point")
    with pytest.raises(QgsProcessingException, match=r"look like REN09 \(Rennes 2009\), not RGF93 v1 / CC48"):
        run("canevas:cc48toren09", {"INPUT": layer, "OUTPUT": "memory:"})
    # forcing the source does not bypass the check of the numbers
    with pytest.raises(QgsProcessingException, match="look like REN09"):
        run("canevas:cc48toren09", {"INPUT": layer, "ASSUME_SOURCE": True, "OUTPUT": "memory:"})


def test_declared_cc48_but_numbers_are_ren09_when_converting_ren09(run):
    layer = make_layer(["Point (47300 68765)", "Point (47400 68800)"], "EPSG:3948", "Point")
    with pytest.raises(QgsProcessingException, match=r"declared in .*CC48.*but its coordinates look like "
                                                     r"REN09 \(Rennes 2009\): the declaration is wrong. Tick"):
        run("canevas:ren09tocc48", {"INPUT": layer, "OUTPUT": "memory:"})


def test_declared_in_another_system(run):
    layer = make_layer(["Point (351000 6789000)"], "EPSG:2154", "Point")
    # numbers outside every known range (another region): the declaration decides
    elsewhere = make_layer(["Point (951000 6289000)"], "EPSG:2154", "Point")
    with pytest.raises(QgsProcessingException, match="is declared in .*Lambert-93.*, not REN09"):
        run("canevas:ren09tocc48", {"INPUT": elsewhere, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match=r"look like RGF93 v1 / Lambert-93 .*, not REN09 .*: this "
                                                     r"algorithm converts REN09 \(Rennes 2009\) only"):
        run("canevas:ren09tocc48", {"INPUT": layer, "OUTPUT": "memory:"})


def test_geographic_crs_is_refused(run):
    layer = make_layer(["Point (-1.68 48.11)"], "EPSG:4326", "Point")
    with pytest.raises(QgsProcessingException, match=r"look like RGF93 v1 geographic .*, not RGF93 v1 / CC48"):
        run("canevas:cc48toren09", {"INPUT": layer, "OUTPUT": "memory:"})


def test_empty_layer(run):
    layer = make_layer([], "EPSG:3948", "Point")
    with pytest.raises(QgsProcessingException, match="is empty: nothing to reproject"):
        run("canevas:cc48toren09", {"INPUT": layer, "OUTPUT": "memory:"})


def test_only_null_geometries(run):
    layer = make_layer([None, None], "EPSG:3948", "Point", [{"n": 1}, {"n": 2}])
    with pytest.raises(QgsProcessingException, match="has no geometry .*all geometries are null"):
        run("canevas:cc48toren09", {"INPUT": layer, "OUTPUT": "memory:"})


def test_some_null_geometries_are_kept_and_reported(run):
    layer = make_layer(["Point (1351771.81 7222969.08)", None], "EPSG:3948", "Point", [{"n": 1}, {"n": 2}])
    result = run("canevas:cc48toren09", {"INPUT": layer, "OUTPUT": "memory:"})
    assert result["OUTPUT"].featureCount() == 2
    assert any("1 feature(s) without geometry were copied" in m for m in result["_messages"])


def test_custom_crs_from_user_database_is_recognised(run, qgis_app):
    ids = crs_tools.register_user_crs()
    crs = QgsCoordinateReferenceSystem("USER:{}".format(ids[systems.DATUM_GRID]))
    layer = make_layer(["Point (47300 68765)"], crs, "Point")
    out = run("canevas:ren09tocc48", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    assert out.featureCount() == 1


PORTABLE_CHECK = r"""
import json, sys
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject,
                       QgsVectorLayer)
app = QgsApplication([], False, sys.argv[2])
app.initQgis()
layer = QgsVectorLayer(sys.argv[1], "out", "ogr")
ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
points = []
for feature in layer.getFeatures():
    v = next(iter(feature.geometry().vertices()))
    p = ct.transform(v.x(), v.y())
    points.append([v.x(), v.y(), p.x(), p.y()])
print(json.dumps({"points": points, "description": layer.crs().description(), "proj": layer.crs().toProj()}),
      flush=True)
import os
os._exit(0)  # QGIS may crash while tearing down in a script: the answer is printed
"""


@pytest.mark.parametrize("shift", systems.DATUM_SHIFTS)
def test_written_ren09_file_is_portable_and_read_without_the_plugin(run, tmp_path, shift):
    """The GeoPackage holds a named CRS without path; a fresh QGIS without Canevas reads it as PROJ does."""
    import json
    import os
    import sqlite3
    import subprocess
    import sys

    from pyproj import CRS, Transformer
    lon_lat = [(-1.6797, 48.1115), (-1.75, 48.05), (-1.60, 48.16)]
    cx, cy = transform_xy("RGF93G", "CC48", [p[0] for p in lon_lat], [p[1] for p in lon_lat])
    layer = make_layer(["PointZ ({} {} 40)".format(x, y) for x, y in zip(cx, cy)], "EPSG:3948")
    out = tmp_path / "ren09.gpkg"
    params = {"INPUT": layer, "OUTPUT": str(out)}
    if shift != systems.DEFAULT_DATUM_SHIFT:
        params["DATUM_SHIFT"] = shift
    run("canevas:cc48toren09", params)
    with sqlite3.connect(str(out)) as db:
        rows = db.execute("SELECT srs_name, definition FROM gpkg_spatial_ref_sys WHERE srs_id > 0 AND "
                          "definition LIKE '%Lambert%'").fetchall()
    assert len(rows) == 1
    name, definition = rows[0]
    assert "/" not in definition and "nadgrids=/" not in definition
    assert "REN09" in name and "REN09" in definition
    if shift == systems.DATUM_3PARAM:
        assert "TOWGS84[-168,-60,320" in definition
    else:
        assert "ntf_r93.gsb" in definition
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("QGIS_PLUGINPATH", None)
    proc = subprocess.run([sys.executable, "-c", PORTABLE_CHECK, str(out), str(tmp_path / "fresh_profile")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    bound = "+towgs84=-168,-60,320" if shift == systems.DATUM_3PARAM else "+nadgrids=ntf_r93.gsb"
    reference = Transformer.from_crs(CRS(
        "+proj=lcc +lat_0=48.1 +lat_1=48 +lat_2=48.2 +lon_0=2.25343333333333 +x_0=340000 +y_0=60000 "
        "+a=6378249.2 +b=6356515 {} +units=m +no_defs +type=crs".format(bound)), CRS("EPSG:4326"), always_xy=True)
    for x, y, lon, lat in result["points"]:
        rlon, rlat = reference.transform(x, y)
        # 1e-8° ≈ 1 mm
        assert abs(lon - rlon) < 1.4e-8 and abs(lat - rlat) < 0.9e-8, (x, y, lon - rlon, lat - rlat, result, definition)
