"""Bad-input matrix of canevas:createdatabase (see matrix.py), and OUTPUT existing in every form — an empty register,
a register holding data, another GeoPackage, a text file, a folder, a damaged register — with and without OVERWRITE:
only an empty register is ever replaced, only with OVERWRITE, and never half-way."""

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from .matrix import Spec, damage_file, matrix_test, run, sample, snapshot, write_layer

LAYERS = ("stations", "benchmarks", "matricule_ranges")


def params(tmp):
    return {"CRS": "EPSG:3948", "OUTPUT": str(tmp / "canevas.gpkg")}


def _tables(path):
    db = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        return {row[0]: row[1] for row in db.execute("SELECT table_name, srs_id FROM gpkg_contents")}
    finally:
        db.close()


def check(case, result, tmp, params):
    """An empty register in the CRS asked (EPSG:3948 unless told), with its layers and the fiche project."""
    path = result["OUTPUT"]
    tables = _tables(path)
    assert set(LAYERS) <= set(tables), tables
    crs = params.get("CRS") or "EPSG:3948"
    for name in ("stations", "benchmarks"):
        layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
        assert layer.isValid() and layer.featureCount() == 0
        assert layer.crs().authid() == crs, layer.crs().authid()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT COUNT(*) FROM qgis_projects WHERE name = 'canevas'").fetchone()[0] == 1
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    assert [p.name for p in Path(path).parent.iterdir() if p.name.startswith(".canevas")] == []


SPEC = Spec("createdatabase", params, check=check,
            not_applicable={"output_is_input": "the algorithm reads no input"},
            extreme={"CRS": ["EPSG:4326", "EPSG:2154", "EPSG:999999", "not a crs", "EPSG:3949"],
                     "OVERWRITE": [True]})
test_matrix = matrix_test(SPEC)


def _register(tmp_path, name="canevas.gpkg", with_data=False):
    path = tmp_path / name
    error, _result, _feedback = run("createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path)})
    assert error is None, error
    if with_data:
        layer = QgsVectorLayer("{}|layername=benchmarks".format(path), "benchmarks", "ogr")
        from qgis.core import QgsFeature
        feature = QgsFeature(layer.fields())
        feature["nom"] = "M.AC - 1"
        source = next(sample("benchmarks_synthetic", 1).getFeatures())
        feature.setGeometry(source.geometry())
        assert layer.dataProvider().addFeatures([feature])[0]
        del layer
    return path


def _existing(tmp_path, kind):
    path = tmp_path / "canevas.gpkg"
    if kind == "empty_register":
        _register(tmp_path)
    elif kind == "register_with_data":
        _register(tmp_path, with_data=True)
    elif kind == "other_geopackage":
        write_layer(sample("stations_synthetic", 3), path, "mes_stations")
    elif kind == "one_layer_geopackage":  # what QGIS would take for a previous output: still someone's data
        write_layer(sample("stations_synthetic", 3), path, "canevas")
    elif kind == "register_with_a_table":  # an empty register beside which someone keeps a plain SQLite table
        _register(tmp_path)
        db = sqlite3.connect(str(path))
        db.execute("CREATE TABLE notes (remark TEXT)")
        db.execute("INSERT INTO notes VALUES ('borne déplacée')")
        db.commit()
        db.close()
    elif kind == "text_file":
        path.write_text("precious notes\n")
    elif kind == "empty_file":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_text("kept\n")
    elif kind in ("truncated_register", "corrupt_register"):
        _register(tmp_path, with_data=True)
        damage_file(path, kind.replace("register", "file"))
    return path


KINDS = ("empty_register", "register_with_data", "register_with_a_table", "other_geopackage", "one_layer_geopackage",
         "text_file", "empty_file",
         "folder", "truncated_register", "corrupt_register")


def _state(path):
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return snapshot(str(path)), path.read_bytes()


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize("kind", KINDS)
def test_an_existing_output_is_kept(provider, tmp_path, kind, overwrite):
    path = _existing(tmp_path, kind)
    before = _state(path)
    error, result, _feedback = run("createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path), "OVERWRITE": overwrite})
    if kind == "empty_register" and overwrite:
        assert error is None, error
        check("valid", result, tmp_path, {"CRS": "EPSG:3948"})
        return
    assert error is not None, "{} replaced".format(kind)
    words = {"empty_register": "tick", "register_with_data": "1 benchmark", "other_geopackage": "other layers",
             "register_with_a_table": "notes", "one_layer_geopackage": "other layers", "text_file": "not a",
             "empty_file": "not a",
             "folder": "folder", "truncated_register": "damaged", "corrupt_register": "damaged"}
    assert words[kind] in error, error
    assert _state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["canevas.gpkg"]


def test_replacing_an_empty_register_cancelled_keeps_it(provider, tmp_path):
    """The new register is built apart and put in place at the end: a cancel leaves the old one whole."""
    path = _existing(tmp_path, "empty_register")
    before = _state(path)
    error, _result, _feedback = run("createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path), "OVERWRITE": True},
                                    cancel_at_first_progress=True)
    assert error is not None and "ancel" in error, error
    assert _state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["canevas.gpkg"]


def test_an_output_without_gpkg_extension_is_refused(provider, tmp_path):
    for name in ("canevas.sqlite", "canevas", "canevas.gpkg.txt"):
        error, _result, _feedback = run("createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(tmp_path / name)})
        assert error is not None and ".gpkg" in error, error
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_register_folder(provider, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if _writable(folder):  # root writes anywhere: the base's folder check is tested with /proc by the matrix
        folder.chmod(0o755)
        pytest.skip("running as a user who can write anywhere")
    error, _result, _feedback = run("createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(folder / "canevas.gpkg")})
    folder.chmod(0o755)
    assert error is not None and "cannot be written" in error, error


def _writable(folder):
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True

