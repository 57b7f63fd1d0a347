"""The same bad inputs tried on every algorithm that reads a layer: each run either succeeds or stops with a
message (a QgsProcessingException, never a Python traceback), and the input layer is never modified.

Cases: no CRS, a geographic CRS with degrees, an empty layer, every geometry NULL, some geometries NULL,
the wrong geometry type, an output under a folder that cannot be created, and a run cancelled before it starts.
"""

from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
PYTHON_ERRORS = ("Traceback", "AttributeError", "TypeError", "KeyError", "IndexError", "ValueError",
                 "ZeroDivisionError", "NameError", "RuntimeError", "MemoryError", "OverflowError")


def _copy(name, limit=40):
    """Memory copy of the first features of a sample layer (the tests may damage it)."""
    source = QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")
    assert source.isValid()
    return source.materialize(QgsFeatureRequest().setLimit(limit))


def benchmarks():
    return _copy("benchmarks_synthetic")


def stations():
    return _copy("stations_synthetic")


def _damaged(layer, case):
    """A damaged copy of `layer` for `case` (the original stays untouched)."""
    out = layer.materialize(QgsFeatureRequest())
    if case == "no_crs":
        out.setCrs(QgsCoordinateReferenceSystem())
    elif case == "geographic":
        out.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        out.startEditing()
        for feature in out.getFeatures():
            out.changeGeometry(feature.id(), QgsGeometry.fromWkt("PointZ (-1.68 48.11 40)"))
        assert out.commitChanges()
    elif case == "empty":
        out.dataProvider().truncate()
    elif case in ("null_geometries", "some_null_geometries"):
        out.startEditing()
        for i, feature in enumerate(out.getFeatures()):
            if case == "null_geometries" or i % 2:
                out.changeGeometry(feature.id(), QgsGeometry())
        assert out.commitChanges()
    elif case == "polygons":
        polygons = QgsVectorLayer("Polygon?crs={}".format(out.crs().authid()), "polygons", "memory")
        polygons.dataProvider().addAttributes(out.fields().toList())
        polygons.updateFields()
        features = []
        for feature in out.getFeatures():
            f = QgsFeature(polygons.fields())
            f.setAttributes(feature.attributes())
            f.setGeometry(feature.geometry().buffer(5, 4))
            features.append(f)
        polygons.dataProvider().addFeatures(features)
        out = polygons
    return out


def _snapshot(layer):
    return [(f.attributes(), f.geometry().asWkt(3)) for f in layer.getFeatures()]


UNWRITABLE = "/proc/canevas-no-such-folder/{}"

# algorithm: (the layer parameter, a function giving the other parameters from tmp_path, layer maker)
ALGORITHMS = {
    "ren09tocc48": ("INPUT", lambda tmp: {"OUTPUT": str(tmp / "o.gpkg")}, None),
    "cc48toren09": ("INPUT", lambda tmp: {"OUTPUT": str(tmp / "o.gpkg")}, benchmarks),
    "benchmarkgaps": ("INPUT", lambda tmp: {"ISOLATED": "memory:", "LINE_GAPS": "memory:",
                                            "TRIPLETS": str(tmp / "t.gpkg"), "ID_FIELD": "nom"}, benchmarks),
    "controlsample": ("INPUT", lambda tmp: {"OUTPUT": str(tmp / "o.gpkg")}, stations),
    "exportfiches": ("INPUT", lambda tmp: {"OUTPUT": str(tmp / "f.pdf")}, stations),
    "levelingdensity": ("INPUT", lambda tmp: {"RADIUS": 1000, "COVERAGE": "memory:", "GAPS": "memory:",
                                              "STATS": "memory:", "PROPOSALS": str(tmp / "p.gpkg")}, benchmarks),
    "precisionclass": ("SUPPLIED", lambda tmp: {"SUPPLIED_ID_FIELD": "matricule", "CONTROL": stations(),
                                                "CONTROL_ID_FIELD": "matricule", "DIMENSION": 0,
                                                "OUTPUT": str(tmp / "o.gpkg"), "REPORT": str(tmp / "r.html")},
                       stations),
    "checkcommonpoints": ("REN09_LAYER", lambda tmp: {"REN09_ID_FIELD": "matricule", "CC48_LAYER": _cc48_stations(),
                                                      "CC48_ID_FIELD": "matricule", "OUTPUT": str(tmp / "o.gpkg")},
                          stations),
    "checkmatricules": ("STATIONS", lambda tmp: {"RANGES": _ranges(), "OUTPUT": str(tmp / "o.gpkg")}, stations),
}


def _ranges():
    from qgis.core import QgsField

    from canevas.toolbelt.qt_compat import FieldType
    layer = QgsVectorLayer("None", "ranges", "memory")
    layer.dataProvider().addAttributes([QgsField("prestataire", FieldType.String), QgsField("first", FieldType.Int),
                                        QgsField("last", FieldType.Int)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Régie", 1, 99999])
    layer.dataProvider().addFeatures([feature])
    return layer


def _cc48_stations():
    """The sample stations converted to CC48 by the plugin (the other side of common points)."""
    import processing
    return processing.run("canevas:ren09tocc48", {"INPUT": stations(), "OUTPUT": "memory:"})["OUTPUT"]


def _ren09_stations():
    from canevas.toolbelt import crs as crs_tools
    layer = stations()
    out = QgsVectorLayer("PointZ", "ren09", "memory")
    out.setCrs(crs_tools.crs_for("REN09"))
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    features = []
    for i, feature in enumerate(layer.getFeatures()):
        f = QgsFeature(out.fields())
        f.setAttributes(feature.attributes())
        f.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} 40)".format(47000 + 37 * i, 68500 + 29 * i)))
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


ALGORITHMS["ren09tocc48"] = ("INPUT", ALGORITHMS["ren09tocc48"][1], _ren09_stations)
READS_NO_GEOMETRY = {"checkmatricules"}  # matricules only: a register without positions is still checked
CASES = ("valid", "no_crs", "geographic", "empty", "null_geometries", "some_null_geometries", "polygons", "unwritable",
         "cancelled")


def _run(alg, params, cancelled=False):
    import processing
    messages = []

    class Feedback(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):
            messages.append(error)
            super().reportError(error, fatalError)

        def pushInfo(self, info):
            messages.append(info)

    feedback = Feedback()
    if cancelled:
        feedback.cancel()
    try:
        processing.run("canevas:" + alg, params, feedback=feedback, context=QgsProcessingContext())
        return None, messages
    except QgsProcessingException as error:
        return str(error), messages


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("alg", sorted(ALGORITHMS))
def test_bad_input_gives_a_message_or_a_result_and_leaves_the_input_alone(provider, tmp_path, alg, case):
    param, others, maker = ALGORITHMS[alg]
    layer = maker()
    params = others(tmp_path)
    if case == "unwritable":
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith(str(tmp_path)):
                params[key] = UNWRITABLE.format(Path(value).name)
        damaged = layer
    elif case in ("cancelled", "valid"):
        damaged = layer
    else:
        damaged = _damaged(layer, case)
    before = _snapshot(damaged)
    params[param] = damaged
    error, messages = _run(alg, params, cancelled=case == "cancelled")
    assert _snapshot(damaged) == before, "the input was modified"
    python_errors = [m for m in messages if any(e in m for e in PYTHON_ERRORS)]
    assert not python_errors, python_errors
    if error is not None:
        assert not any(e in error for e in PYTHON_ERRORS), error
        assert error != "There were errors executing the algorithm.", messages
    if case == "valid":  # the baseline runs: the cases below test the damage, not a wrong parameter
        assert error is None, error
    must_stop = ("unwritable", "cancelled", "empty") + (() if alg in READS_NO_GEOMETRY else ("null_geometries",))
    if case in must_stop:
        assert error is not None, "{} must stop the run with a message".format(case)
    if case == "unwritable":
        assert "cannot be" in error or "can't" in error or "not writable" in error, error
    if case == "cancelled":
        assert "Cancel" in error or "annul" in error, error
