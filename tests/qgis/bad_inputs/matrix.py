"""The bad-input matrix (issue 10), one module per algorithm (test_matrix_<algorithm>.py) built from a Spec.

Every case runs the algorithm through processing.run with the damaged input written to a file, as users'
data is, and asserts:
- the run succeeds or stops with a QgsProcessingException whose text names the problem (never a Python
  traceback, never QGIS' bare "There were errors executing the algorithm.");
- every input is unchanged (layers compared feature by feature, other files byte for byte);
- a stopped run leaves no new output file behind (outputs are written only after every input check, and a
  failed or cancelled run removes what it had started);
- the cases that cannot give a right answer stop (MUST_STOP), with a message holding one of the case's words.

Cases (the issue's list): no CRS, geographic CRS, mis-declared CRS, empty, NULL geometries (all, some),
NULL/empty/non-text attributes, duplicates, missing field, wrong geometry type, Z missing/NaN, extreme
parameters, corrupt/truncated/empty/missing files, unwritable and missing output folders, an output under a
file, OUTPUT = INPUT, an existing GeoPackage holding other layers, an existing file that is not a GeoPackage
at a GeoPackage output, cancel before the start and at the first progress report.
"""

import dataclasses
import hashlib
import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPoint,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
PYTHON_ERRORS = ("Traceback", "AttributeError", "TypeError", "KeyError", "IndexError", "ValueError",
                 "ZeroDivisionError", "NameError", "RuntimeError", "MemoryError", "OverflowError",
                 "UnboundLocalError", "AssertionError", "sqlite3.", "OSError", "Errno")
BARE = "There were errors executing the algorithm."
UNWRITABLE = "/proc/canevas-no-such-folder"

LAYER_CASES = ("no_crs", "geographic", "misdeclared_crs", "empty", "null_geometries", "some_null_geometries",
               "null_attributes", "empty_attributes", "non_text_attributes", "duplicates", "missing_field",
               "wrong_geometry", "z_missing", "z_nan", "corrupt_layer", "truncated_layer")
FILE_CASES = ("corrupt_file", "truncated_file", "empty_file", "missing_file", "binary_file")
OUTPUT_CASES = ("unwritable", "missing_folder", "under_a_file", "output_is_input", "existing_geopackage",
                "existing_not_a_geopackage")
RUN_CASES = ("valid", "cancelled", "cancel_at_first_progress")

#: Words one of which the message of a stopped case holds (English, lower case).
WORDS = {
    "no_crs": ("crs", "coordinate reference system", "system"),
    "geographic": ("degree", "geographic", "crs", "system", "outside"),
    "misdeclared_crs": ("system", "crs", "outside", "declared", "range"),
    "empty": ("empty", "no feature", "nothing", "no benchmark", "no station", "no point", "none"),
    "null_geometries": ("geometr", "no position", "no coordinates", "position", "empty", "nothing"),
    "missing_field": ("field", "no_such_field"),
    "wrong_geometry": ("geometr", "point", "polygon", "type", "source layer"),
    "corrupt_layer": ("load", "open", "invalid", "read", "source layer", "damaged"),
    "truncated_layer": ("load", "open", "invalid", "read", "source layer", "damaged"),
    "corrupt_file": ("read", "open", "invalid", "format", "line", "damaged", "not a", "encoding", "binary", "header",
                     "no ", "empty", "column", "entities"),
    "truncated_file": ("read", "open", "invalid", "format", "line", "damaged", "truncated", "not a", "end",
                       "column", "no ", "empty"),
    "empty_file": ("empty", "no ", "nothing", "read", "invalid", "format", "damaged"),
    "missing_file": ("exist", "not found", "missing", "no such", "open", "read", "invalid", "find"),
    "binary_file": ("binary", "read", "not a", "text", "format", "invalid", "damaged", "encoding"),
    "unwritable": ("cannot be", "can't", "not writable", "permission", "write"),
    "under_a_file": ("not a folder", "is a file", "cannot be"),
    "output_is_input": ("input", "same file", "is the input"),
    "existing_geopackage": ("other layers", "never replace", "already", "exists", "choose a new", "another"),
    "existing_not_a_geopackage": ("not a geopackage", "never replace", "already", "exists", "another", "damaged"),
    "cancelled": ("cancel",),
    "cancel_at_first_progress": ("cancel",),
}

MUST_STOP = {"no_crs", "empty", "null_geometries", "missing_field", "corrupt_layer", "truncated_layer",
             "corrupt_file", "truncated_file", "empty_file", "missing_file", "binary_file", "unwritable",
             "under_a_file", "output_is_input", "existing_geopackage", "existing_not_a_geopackage", "cancelled"}


@dataclass
class Spec:
    """What the matrix needs to know of one algorithm.

    params(tmp) gives valid parameters (the baseline runs); `layer` names the layer parameter the layer cases
    damage (its value is a layer object or a path; it is written to tmp/input.gpkg), `file` the file parameter
    the file cases damage (its value is a path), `field` the field parameter the attribute cases act on.
    `extreme` maps a parameter to values that must give a message or a right answer, quickly and within memory.
    `stops` adds cases that must stop for this algorithm (e.g. "geographic", "misdeclared_crs"); `not_applicable`
    maps a case to why it does not apply; `check` is called with (case, result dict, tmp) after a successful run.
    """

    alg: str
    params: Callable
    layer: Optional[str] = None
    file: Optional[str] = None
    field: Optional[str] = None
    reads_geometry: bool = True
    extreme: dict = dataclasses.field(default_factory=dict)
    stops: set = dataclasses.field(default_factory=set)
    not_applicable: dict = dataclasses.field(default_factory=dict)
    check: Optional[Callable] = None
    misdeclare: str = "EPSG:2154"  # the system the numbers are declared in for "misdeclared_crs"

    def cases(self):
        cases = list(RUN_CASES) + list(OUTPUT_CASES)
        if self.layer:
            cases += [c for c in LAYER_CASES if self.field or "attributes" not in c and c != "missing_field"]
            if self.field is None and "duplicates" in cases and not self.reads_geometry:
                cases.remove("duplicates")
        if self.file:
            cases += list(FILE_CASES)
        cases += ["extreme:{}:{}={!r}".format(name, i, value) for name, values in self.extreme.items()
                  for i, value in enumerate(values)]
        return [c for c in cases if c not in self.not_applicable]

    def must_stop(self, case):
        stops = MUST_STOP | set(self.stops)
        if not self.reads_geometry:  # matricules only: a register without positions is still checked
            stops -= {"no_crs", "null_geometries"} - set(self.stops)
        return case in stops and (case != "missing_field" or bool(self.field))


# ------------------------------------------------------------------------------------------------ inputs

def sample(name, limit=40):
    """Memory copy of the first features of a SYNTHETIC sample layer (without the GeoPackage's fid)."""
    source = QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")
    assert source.isValid(), name
    kept = [i for i, f in enumerate(source.fields()) if f.name() != "fid"]
    copy = source.materialize(QgsFeatureRequest().setLimit(limit))
    return _rebuilt(copy, fields=[copy.fields().at(i) for i in kept],
                    convert=lambda f: ([f.attributes()[i] for i in kept], f.geometry()))


def write_layer(layer, path, name="input"):
    """Write `layer` to a GeoPackage at `path` (layer `name`) and return its URI."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if os.path.exists(path):
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None)
    if writer is not None:
        from qgis.core import QgsCoordinateTransformContext
        result = writer(layer, str(path), QgsCoordinateTransformContext(), options)
    else:
        result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), layer.transformContext(), options)
    assert result[0] == QgsVectorFileWriter.NoError, result
    return "{}|layername={}".format(path, name)


def _rebuilt(layer, geometry_type=None, fields=None, convert=None, crs=None):
    """A memory copy of `layer` with another geometry type / fields / CRS; convert(feature) -> (attrs, geometry)."""
    wkb = geometry_type or QgsWkbTypes.displayString(layer.wkbType())
    wkb = "None" if wkb in ("NoGeometry", "Unknown") else wkb
    out = QgsVectorLayer(wkb, layer.name(), "memory")
    out.setCrs(layer.crs() if crs is None else crs)
    out.dataProvider().addAttributes(fields if fields is not None else layer.fields().toList())
    out.updateFields()
    features = []
    for feature in layer.getFeatures():
        f = QgsFeature(out.fields())
        attributes, geometry = convert(feature) if convert else (feature.attributes(), feature.geometry())
        f.setAttributes(attributes)
        f.setGeometry(geometry)
        features.append(f)
    out.dataProvider().addFeatures(features)
    return out


def _with_geometries(layer, make):
    return _rebuilt(layer, convert=lambda f: (f.attributes(), make(f)))


def _no_crs(layer, field_name, misdeclare):
    return _rebuilt(layer, crs=QgsCoordinateReferenceSystem())


def _geographic(layer, field_name, misdeclare):
    out = _with_geometries(layer, lambda f: QgsGeometry.fromWkt("PointZ (-1.68 48.11 40)"))
    out.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    return out


def _misdeclared(layer, field_name, misdeclare):  # the same numbers, declared in another system
    return _rebuilt(layer, crs=QgsCoordinateReferenceSystem(misdeclare))


def _empty(layer, field_name, misdeclare):
    return _rebuilt(layer).materialize(QgsFeatureRequest().setLimit(0))


def _null_geometries(every):
    def damage(layer, field_name, misdeclare):
        ids = [f.id() for f in layer.getFeatures()]
        nulls = set(ids) if every else set(ids[1::2])
        return _with_geometries(layer, lambda f: QgsGeometry() if f.id() in nulls else f.geometry())
    return damage


def _blank(value):
    def damage(layer, field_name, misdeclare):
        index = layer.fields().indexOf(field_name)

        def blank(f):
            attributes = f.attributes()
            attributes[index] = value
            return attributes, f.geometry()
        return _rebuilt(layer, convert=blank)
    return damage


def _non_text(layer, field_name, misdeclare):  # the field as real numbers (1.0, 2.0...) instead of text
    from canevas.toolbelt.qt_compat import FieldType
    fields = layer.fields().toList()
    index = layer.fields().indexOf(field_name)
    fields[index] = QgsField(field_name, FieldType.Double)
    counter = iter(range(1, 10 ** 6))

    def numbers(f):
        attributes = f.attributes()
        attributes[index] = float(next(counter))
        return attributes, f.geometry()
    return _rebuilt(layer, fields=fields, convert=numbers)


def _duplicates(layer, field_name, misdeclare):  # every feature twice
    out = _rebuilt(layer)
    out.dataProvider().addFeatures(list(layer.getFeatures()))
    return out


def _polygons(layer, field_name, misdeclare):
    return _rebuilt(layer, geometry_type="Polygon", convert=lambda f: (f.attributes(), f.geometry().buffer(5, 4)))


def _z_missing(layer, field_name, misdeclare):
    def flat(f):
        point = f.geometry().constGet()
        return f.attributes(), QgsGeometry.fromWkt("Point ({} {})".format(point.x(), point.y()))
    return _rebuilt(layer, geometry_type="Point", convert=flat)


def _z_nan(layer, field_name, misdeclare):  # one point in three has Z = NaN
    nan_ids = set([f.id() for f in layer.getFeatures()][::3])

    def nan_z(f):
        if f.id() not in nan_ids:
            return f.attributes(), f.geometry()
        point = f.geometry().constGet()  # WKT "nan" reads as an empty point on QGIS 3.22: built as a PointZ
        return f.attributes(), QgsGeometry(QgsPoint(point.x(), point.y(), math.nan, wkbType=QgsWkbTypes.Type.PointZ))
    return _rebuilt(layer, convert=nan_z)


DAMAGES = {"no_crs": _no_crs, "geographic": _geographic, "misdeclared_crs": _misdeclared, "empty": _empty,
           "null_geometries": _null_geometries(True), "some_null_geometries": _null_geometries(False),
           "null_attributes": _blank(None), "empty_attributes": _blank(""), "non_text_attributes": _non_text,
           "duplicates": _duplicates, "wrong_geometry": _polygons, "z_missing": _z_missing, "z_nan": _z_nan}


def damaged_layer(layer, case, field_name=None, misdeclare="EPSG:2154"):
    """A damaged memory copy of `layer` for `case` (the original stays untouched)."""
    return DAMAGES[case](layer, field_name, misdeclare)


def damage_file(path, case):
    """Damage the file at `path` in place for a file case (it is the test's own copy)."""
    data = Path(path).read_bytes() if os.path.exists(path) else b""
    if case in ("corrupt_file", "corrupt_layer"):
        middle = len(data) // 3
        garbage = bytes((i * 151 + 7) % 256 for i in range(max(64, len(data) // 3)))
        Path(path).write_bytes(data[:middle] + garbage + data[middle + len(garbage):])
    elif case in ("truncated_file", "truncated_layer"):
        Path(path).write_bytes(data[: max(1, len(data) * 2 // 5)])
    elif case == "empty_file":
        Path(path).write_bytes(b"")
    elif case == "missing_file":
        os.remove(path)
    elif case == "binary_file":
        Path(path).write_bytes(bytes(range(256)) * 64)
    else:
        raise ValueError(case)


# ------------------------------------------------------------------------------------------------ snapshots

def _layer_snapshot(uri):
    layer = QgsVectorLayer(uri, "snapshot", "ogr")
    if not layer.isValid():
        return None
    return (layer.crs().toWkt(), [f.name() for f in layer.fields()],
            sorted((str(f.attributes()), f.geometry().asWkt(6)) for f in layer.getFeatures()))


def snapshot(value):
    """What must not change in an input: a layer's content, a file's bytes, a GeoPackage's layers' contents."""
    if isinstance(value, QgsVectorLayer):
        return ("layer", sorted((str(f.attributes()), f.geometry().asWkt(6)) for f in value.getFeatures()))
    if not isinstance(value, str):
        return repr(value)
    path = value.split("|")[0]
    if not os.path.isfile(path):
        return ("absent", path)
    if path.endswith(".gpkg"):
        from osgeo import ogr
        try:
            dataset = ogr.Open(path)
        except RuntimeError:  # GDAL's exceptions are on in QGIS ≥ 3.40: a damaged file raises
            dataset = None
        if dataset is not None:
            names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
            dataset = None
            return ("gpkg", names, [_layer_snapshot("{}|layername={}".format(path, n)) for n in names])
    return ("bytes", hashlib.sha256(Path(path).read_bytes()).hexdigest())


# ------------------------------------------------------------------------------------------------ runs

class _Feedback(QgsProcessingFeedback):
    def __init__(self, cancel_at_first_progress=False):
        super().__init__()
        self.messages, self.cancel_at_first_progress, self.cancelled_at = [], cancel_at_first_progress, None

    def reportError(self, error, fatalError=False):
        self.messages.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.messages.append(warning)
        super().pushWarning(warning)

    def setProgress(self, progress):
        super().setProgress(progress)
        if self.cancel_at_first_progress and self.cancelled_at is None and progress > 0:
            self.cancelled_at = progress
            self.cancel()


def run(alg, params, cancelled=False, cancel_at_first_progress=False):
    """(error text or None, result dict or None, feedback)."""
    import processing
    feedback = _Feedback(cancel_at_first_progress)
    if cancelled:
        feedback.cancel()
    try:
        result = processing.run("canevas:" + alg, params, feedback=feedback, context=QgsProcessingContext())
        return None, result, feedback
    except QgsProcessingException as error:
        return str(error), None, feedback


def _file_outputs(params, tmp):
    """Parameters whose value is a file or folder path under tmp (the outputs the test chose)."""
    return [k for k, v in params.items() if isinstance(v, str) and v.startswith(str(tmp)) and "input" not in
            Path(v.split("|")[0]).name and not os.path.exists(v.split("|")[0])]


def _existing_geopackage(path):
    """A GeoPackage holding two layers of someone's data at `path`."""
    from canevas.toolbelt.crs import crs_for  # noqa: F401  (the plugin is importable: provider fixture)
    layer = sample("stations_synthetic", 5)
    write_layer(layer, path, "mes_stations")
    write_layer(sample("benchmarks_synthetic", 5), path, "mes_reperes")


def _prepare_layer(spec, case, params, tmp):
    value = params[spec.layer]
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "input", "ogr")
    if case in DAMAGES:
        layer = damaged_layer(layer, case, spec.field and params.get(spec.field), spec.misdeclare)
    params[spec.layer] = write_layer(layer, tmp / "input.gpkg")
    if case == "missing_field":
        params[spec.field] = "no_such_field"
    if case in ("corrupt_layer", "truncated_layer"):
        damage_file(tmp / "input.gpkg", case)


def _move_outputs(params, keys, folder):
    for key in keys:
        params[key] = "{}/{}".format(folder, Path(params[key]).name)


def _prepare_outputs(spec, case, params, outputs, tmp):
    """Point the outputs where `case` wants them; False when the case does not apply."""
    first = outputs[0] if outputs else None
    if case == "unwritable":
        _move_outputs(params, outputs, UNWRITABLE)
    elif case == "missing_folder":
        _move_outputs(params, outputs, tmp / "no" / "such" / "folder")
    elif case == "under_a_file":
        (tmp / "a_file").write_text("not a folder")
        _move_outputs(params, outputs, tmp / "a_file")
    elif case == "output_is_input" and first:
        source = params.get(spec.file) if spec.file else str(tmp / "input.gpkg")
        params[first] = source.split("|")[0]
    elif case in ("existing_geopackage", "existing_not_a_geopackage") and first:
        target = Path(params[first].split("|")[0])
        if target.suffix.lower() != ".gpkg":
            return False
        if case == "existing_geopackage":
            _existing_geopackage(target)
        else:
            target.write_text("precious notes, not a GeoPackage\n")
    return True


def prepare(spec, case, tmp):
    """(params, inputs to snapshot, outputs that must not exist after a stopped run), None if `case` does not apply."""
    params = spec.params(tmp)
    if spec.layer:
        _prepare_layer(spec, case, params, tmp)
    if spec.file and case in FILE_CASES:
        damage_file(params[spec.file], case)
    outputs = _file_outputs(params, tmp)
    if not _prepare_outputs(spec, case, params, outputs, tmp):
        return None
    keep = set(outputs) if case in ("output_is_input", "existing_geopackage", "existing_not_a_geopackage") else set()
    inputs = {k: snapshot(v) for k, v in params.items() if (k not in outputs or k in keep) and (
        isinstance(v, QgsVectorLayer) or isinstance(v, str) and os.path.isfile(v.split("|")[0]))}
    fresh = [params[k].split("|")[0] for k in outputs if isinstance(params[k], str)
             and not os.path.exists(params[k].split("|")[0])]
    return params, inputs, fresh


def check_case(spec, case, tmp):
    if case.startswith("extreme:"):
        name, index = case[len("extreme:"):].split("=", 1)[0].split(":")
        params, inputs, fresh = prepare(spec, "valid", tmp)
        params[name] = spec.extreme[name][int(index)]
    else:
        prepared = prepare(spec, case, tmp)
        if prepared is None:
            pytest.skip("the first output is not a GeoPackage")
        params, inputs, fresh = prepared
    error, result, feedback = run(spec.alg, params, cancelled=case == "cancelled",
                                  cancel_at_first_progress=case == "cancel_at_first_progress")
    after = {k: snapshot(params[k]) for k in inputs}
    assert after == inputs, "{}: an input was changed".format(case)
    tracebacks = [m for m in feedback.messages if any(e in m for e in PYTHON_ERRORS)]
    assert not tracebacks, tracebacks
    if error is not None:
        assert not any(e in error for e in PYTHON_ERRORS), error
        assert error.strip() != BARE and error.strip(), feedback.messages
        left = [p for p in fresh if os.path.exists(p) and (os.path.isfile(p) or os.listdir(p))]
        assert not left, "a stopped run left outputs behind: {}".format(left)
    if case == "valid":
        assert error is None, error
    if spec.must_stop(case):
        assert error is not None, "{} must stop the run with a message".format(case)
    if error is not None and case in WORDS and spec.must_stop(case):
        assert any(w in error.lower() for w in WORDS[case]), (case, error)
    if case == "cancel_at_first_progress" and error is None:
        assert feedback.cancelled_at is None or feedback.cancelled_at >= 99.9, \
            "cancelled at {} % but the run went on to the end".format(feedback.cancelled_at)
    if error is None and spec.check is not None:
        spec.check(case, result, tmp, params)
    return error, result, feedback


def matrix_test(spec):
    """The parametrised test of a per-algorithm module: `test_matrix = matrix_test(SPEC)`."""
    @pytest.mark.parametrize("case", spec.cases())
    def test_matrix(provider, tmp_path, case):
        check_case(spec, case, tmp_path)
    return test_matrix


def copy_sample_file(src, tmp, name=None):
    """A copy of a file input in tmp (the cases damage the copy)."""
    target = tmp / (name or Path(src).name)
    shutil.copyfile(src, target)
    return str(target)
