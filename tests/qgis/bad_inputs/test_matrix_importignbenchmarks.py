"""Bad-input matrix of canevas:importignbenchmarks (see matrix.py): SYNTHETIC IGN benchmarks (CC48) into a copy of a
CC48 register; the input layer and the DATABASE file are damaged in turn. All or nothing: a stopped run leaves the
register as it was (compared feature by feature by the matrix)."""

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from . import matrix
from .matrix import Spec, copy_sample_file, run, sample, snapshot, write_layer

_TEMPLATE = {}
LIMIT = 40


def template_register():
    """An empty CC48 register made once by canevas:createdatabase (the cases copy it)."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="canevas-matrix-register-"))
        error, _result, _feedback = run("createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(folder / "canevas.gpkg")})
        assert error is None, error
        _TEMPLATE["path"] = folder / "canevas.gpkg"
    return _TEMPLATE["path"]


def params(tmp):
    return {"INPUT": sample("benchmarks_synthetic", LIMIT), "DATABASE": copy_sample_file(template_register(), tmp),
            "REJECTED_OUTPUT": str(tmp / "rejected.gpkg")}


def stored(path):
    layer = QgsVectorLayer("{}|layername=benchmarks".format(path), "benchmarks", "ogr")
    assert layer.isValid()
    return {f["nom"]: f for f in layer.getFeatures()}


def originals():
    return {f["nom"]: f for f in sample("benchmarks_synthetic", LIMIT).getFeatures()}


def check(case, result, tmp, params):
    """Every row accounted for; what is stored is at the input's CC48 position (or, for a row without geometry, at
    its RGF93 lon/lat, which the SYNTHETIC sample computed from the same point: within 5 cm) with Z = cp1_coord3."""
    rows = LIMIT * (2 if case == "duplicates" else 1)
    assert result["ADDED"] + result["UPDATED"] + result["UNCHANGED"] + result["REJECTED"] == rows, result
    benchmarks = stored(params["DATABASE"])
    assert len(benchmarks) == result["ADDED"]
    if case == "duplicates":  # the second of each pair is the same row: unchanged or rejected, never a second one
        assert result["ADDED"] == LIMIT and result["UPDATED"] == 0
    if case == "geographic":  # every row moved to one place in Rennes: stored there, nowhere else
        assert result["ADDED"] == LIMIT
        points = {(round(f.geometry().constGet().x()), round(f.geometry().constGet().y())) for f in benchmarks.values()}
        assert len(points) == 1
        return
    if case.startswith("extreme:ONLY_NIVF") or case.startswith("extreme:DATUM_SHIFT") or case in (
            "valid", "z_missing", "z_nan", "duplicates", "null_geometries", "some_null_geometries"):
        assert result["ADDED"] == LIMIT and result["REJECTED"] == (LIMIT if case == "duplicates" else 0), result
        tolerance = 0.05 if "null" in case else 0.001
        for nom, original in originals().items():
            point, source = benchmarks[nom].geometry().constGet(), original.geometry().constGet()
            assert abs(point.x() - source.x()) < tolerance and abs(point.y() - source.y()) < tolerance, nom
            assert point.z() == pytest.approx(original["cp1_coord3"], abs=1e-9), nom  # never 0, never the input Z


class _Spec(Spec):
    def must_stop(self, case):
        # rows without geometry are placed from their RGF93 lon/lat fields (cg1_coord1/2): a right answer
        return case != "null_geometries" and super().must_stop(case)


SPEC = _Spec("importignbenchmarks", params, layer="INPUT", file="DATABASE", check=check,
             stops={"misdeclared_crs"}, extreme={"ONLY_NIVF": [False], "DATUM_SHIFT": [1, 7]})


@pytest.mark.parametrize("case", SPEC.cases())
def test_matrix(provider, tmp_path, case, monkeypatch):
    """matrix_test(SPEC), except for the register: the matrix would take it for an input that must never change,
    while the algorithm's job is to write into it. Here it must be unchanged after a stopped run only (all or
    nothing); after a successful one `check` compares what was stored with the input."""
    register, real, seen = str(tmp_path / "canevas.gpkg"), matrix.snapshot, {}

    def snapshot_but_the_register(value):
        if isinstance(value, str) and value.split("|")[0] == register:
            seen.setdefault("before", real(value))
            return "the register, compared below"
        return real(value)

    monkeypatch.setattr(matrix, "snapshot", snapshot_but_the_register)
    error, _result, _feedback = matrix.check_case(SPEC, case, tmp_path)
    if error is not None and "before" in seen:
        assert real(register) == seen["before"], "a stopped run changed the register"


def _layer_with(tmp_path, change):
    """The sample written to tmp/input.gpkg after change(attributes dict) -> attributes dict, per feature."""
    from qgis.core import QgsFeature, QgsField
    source = sample("benchmarks_synthetic", 6)
    out = QgsVectorLayer("PointZ?crs=EPSG:3948", "ign", "memory")
    fields = source.fields().toList()
    out.dataProvider().addAttributes([QgsField(f) for f in fields])
    out.updateFields()
    features = []
    for i, f in enumerate(source.getFeatures()):
        values = change(i, dict(zip(source.fields().names(), f.attributes())))
        g = QgsFeature(out.fields())
        g.setAttributes([values[n] for n in source.fields().names()])
        g.setGeometry(f.geometry())
        features.append(g)
    out.dataProvider().addFeatures(features)
    return write_layer(out, tmp_path / "input.gpkg")


@pytest.mark.parametrize("value", [None, "", "   "])
def test_rows_without_matricule_are_rejected_and_reported(provider, tmp_path, value):
    def change(i, values):
        if i in (1, 4):
            values["nom"] = value
        return values
    values = dict(params(tmp_path), INPUT=_layer_with(tmp_path, change))
    error, result, feedback = run("importignbenchmarks", values)
    assert error is None, error
    assert (result["ADDED"], result["REJECTED"]) == (4, 2), result
    assert len(stored(values["DATABASE"])) == 4
    assert sum("Rejected row" in m for m in feedback.messages) == 2, feedback.messages


@pytest.mark.parametrize("value", [None, "", "n.c.", "nan"])
def test_a_missing_or_text_altitude_is_rejected_never_zero(provider, tmp_path, value):
    from canevas.toolbelt.qt_compat import FieldType
    source = sample("benchmarks_synthetic", 4)
    out = QgsVectorLayer("PointZ?crs=EPSG:3948", "ign", "memory")
    from qgis.core import QgsFeature, QgsField
    fields = [QgsField(f) for f in source.fields()]
    index = source.fields().indexOf("cp1_coord3")
    fields[index] = QgsField("cp1_coord3", FieldType.String)
    out.dataProvider().addAttributes(fields)
    out.updateFields()
    features = []
    for i, f in enumerate(source.getFeatures()):
        g = QgsFeature(out.fields())
        attributes = f.attributes()
        attributes[index] = value if i == 2 else str(attributes[index])
        g.setAttributes(attributes)
        g.setGeometry(f.geometry())
        features.append(g)
    out.dataProvider().addFeatures(features)
    values = dict(params(tmp_path), INPUT=write_layer(out, tmp_path / "input.gpkg"))
    error, result, _feedback = run("importignbenchmarks", values)
    assert error is None, error
    assert (result["ADDED"], result["REJECTED"]) == (3, 1), result
    for feature in stored(values["DATABASE"]).values():
        assert feature.geometry().constGet().z() > 10 and feature["cp1_coord3"] > 10


@pytest.mark.parametrize("lock_kind", ["EXCLUSIVE", "IMMEDIATE"])
def test_a_register_holding_data_is_updated_all_or_nothing_when_locked(provider, tmp_path, lock_kind):
    """Another program holding a lock on the register (EXCLUSIVE: no reading either; IMMEDIATE: reading allowed,
    writing refused at the end): the run stops with a message, nothing is written, no rejected-rows file left."""
    values = params(tmp_path)
    error, result, _feedback = run("importignbenchmarks", dict(values, INPUT=sample("benchmarks_synthetic", 10),
                                                               REJECTED_OUTPUT=None))
    assert error is None and result["ADDED"] == 10, error
    values["ONLY_NIVF"] = False  # the next run adds 30 benchmarks and updates none
    before = snapshot(values["DATABASE"])
    lock = sqlite3.connect(values["DATABASE"], timeout=0.1)
    lock.execute("BEGIN " + lock_kind)
    try:
        error, _result, _feedback = run("importignbenchmarks", values)
    finally:
        lock.rollback()
        lock.close()
    assert error is not None and ("lock" in error.lower() or "nothing was" in error), error
    assert snapshot(values["DATABASE"]) == before
    assert not (tmp_path / "rejected.gpkg").exists()


@pytest.mark.parametrize("kind", ["other_geopackage", "text", "folder", "no_benchmarks_table", "altered_fields"])
def test_a_database_that_is_not_a_register(provider, tmp_path, kind):
    values = params(tmp_path)
    path = tmp_path / "register.gpkg"
    if kind == "other_geopackage":
        write_layer(sample("stations_synthetic", 3), path, "mes_stations")
    elif kind == "text":
        path.write_text("notes\n")
    elif kind == "folder":
        path.mkdir()
    else:
        shutil.copyfile(template_register(), path)
        db = sqlite3.connect(str(path))
        if kind == "no_benchmarks_table":
            db.execute("DELETE FROM gpkg_contents WHERE table_name = 'benchmarks'")
        else:
            db.execute("ALTER TABLE benchmarks RENAME COLUMN cp1_coord3 TO altitude")
        db.commit()
        db.close()
    before = snapshot(str(path)) if path.is_file() else None
    error, _result, _feedback = run("importignbenchmarks", dict(values, DATABASE=str(path)))
    assert error is not None and ("Canevas database" in error or "GeoPackage" in error), error
    assert (snapshot(str(path)) if path.is_file() else None) == before
    assert not (tmp_path / "rejected.gpkg").exists()
