"""Shared by canevas:levelingclosures and canevas:levelingadjustment: the observation and benchmark
parameters, and the reading of both tables into core.leveling objects with every input check.

A plausible wrong height is the worst result: a field of the wrong type, an empty value, two
benchmarks with one matricule and different heights stop the run with the rows named; nothing is
guessed.
"""

import math
import re
from dataclasses import dataclass, field

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...core.leveling import Benchmark, Observation
from ...core.messages import N_
from ...toolbelt.layers import display_value, id_text, is_null

NUMERIC = QgsProcessingParameterField.DataType.Numeric
ANY = QgsProcessingParameterField.DataType.Any
#: How many row ids a message lists.
MAX_ROWS = 20
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: (parameter, default field, label, type, optional, help): the observations table of importlevelingbook.
OBSERVATION_FIELDS = (
    ("FROM_FIELD", "from", N_("From field"), ANY, False,
     N_("Id (matricule) of the point the height difference starts from.")),
    ("TO_FIELD", "to", N_("To field"), ANY, False, N_("Id (matricule) of the point the height difference ends on.")),
    ("DH_FIELD", "dh_m", N_("Height difference field (m)"), NUMERIC, False,
     N_("Measured height difference H(to) − H(from), in metres.")),
    ("DISTANCE_FIELD", "distance_m", N_("Distance field (m)"), NUMERIC, True,
     N_("Length levelled (sum of the sights), in metres: weights by distance and tolerances in √K need it.")),
    ("SETUPS_FIELD", "setups", N_("Set-ups field"), NUMERIC, True,
     N_("Number of instrument set-ups (stations de niveau) of the section: weighting and tolerances per set-up "
        "need it.")),
    ("RUN_FIELD", "run", N_("Run field"), ANY, True,
     N_("Name of the run (cheminement) the observation belongs to; rows of a run are read in their order. Empty: "
        "one run.")),
)
#: Optional parameters whose default field may be absent (then not used) without stopping the run.
DEFAULTS_MAY_BE_ABSENT = ("DISTANCE_FIELD", "SETUPS_FIELD", "RUN_FIELD", "BENCHMARK_STATE_FIELD",
                          "BENCHMARK_TRIPLET_FIELD")


def add_observation_parameters(alg):
    alg.add(QgsProcessingParameterFeatureSource("OBSERVATIONS", alg.tr("Leveling observations"),
                                                [QgsProcessing.SourceType.TypeVector]),
            alg.tr("A table of height differences, one row per section between two marks, e.g. the output of "
                   "« Import a leveling field book » (run, from, to, dh_m, distance_m, setups)."))
    # every field parameter is optional for QGIS: QGIS 3.22 refuses an omitted required field even with a
    # default (qgis_process, scripts); the required ones are checked by resolve_field
    for key, default, label, kind, _optional, help_text in OBSERVATION_FIELDS:
        alg.add(QgsProcessingParameterField(key, alg.tr(label), default, "OBSERVATIONS", kind, optional=True),
                alg.tr(help_text))


def add_benchmark_parameters(alg):
    alg.add(QgsProcessingParameterFeatureSource("BENCHMARKS", alg.tr("Leveling benchmarks"),
                                                [QgsProcessing.SourceType.TypeVector]),
            alg.tr("Benchmarks of known height (points, or a table): the IGN benchmarks of the register, or any layer "
                   "with an id and a height. Their plan position, when there is one, places the adjusted points."))
    alg.add(QgsProcessingParameterField("BENCHMARK_ID_FIELD", alg.tr("Benchmark id field"), "nom", "BENCHMARKS",
                                        optional=True),
            alg.tr("Matricule of the benchmark, as written in the from/to fields of the observations (IGN: nom)."))
    alg.add(QgsProcessingParameterField("BENCHMARK_HEIGHT_FIELD", alg.tr("Benchmark height field (m)"), None,
                                        "BENCHMARKS", NUMERIC, optional=True),
            alg.tr("Known height NGF-IGN69 in metres (IGN: cp1_coord3). Empty: the Z of the point geometry."))
    alg.add(QgsProcessingParameterField("BENCHMARK_STATE_FIELD", alg.tr("Benchmark state field"), "etat",
                                        "BENCHMARKS", optional=True),
            alg.tr("IGN state of the benchmark (etat): destroyed, not found, presumed moved or bad-state benchmarks "
                   "are not held fixed unless the fixed expression names them. Empty: every benchmark is usable."))
    alg.add(QgsProcessingParameterField("BENCHMARK_TRIPLET_FIELD", alg.tr("Benchmark triplet field"), "freres_info",
                                        "BENCHMARKS", optional=True),
            alg.tr("Other members of the benchmark's IGN triplet (freres_info): non-empty = triplet member. A "
                   "warning says so when no fixed benchmark is a triplet member."))


# --- fields --------------------------------------------------------------------------------------

def _type_name(qfield):
    try:
        return qfield.friendlyTypeString()
    except AttributeError:  # pragma: no cover - QGIS < 3.16
        return qfield.typeName()


def resolve_field(alg, parameters, context, feedback, source, key, numeric=False, required=False):
    """The field name chosen for `key` in `source`, '' when none; alg.fail when missing or of the wrong type."""
    name = alg.parameterAsString(parameters, key, context) or ""
    definition = alg.parameterDefinition(key)
    label = alg.tr(definition.description()) if definition is not None else key
    if not name:
        if required:
            alg.fail("Choose the field « {parameter} » of « {layer} »: it is needed.", parameter=label,
                     layer=source.sourceName())
        return ""
    index = source.fields().lookupField(name)
    if index < 0:
        given = parameters.get(key) not in (None, "")
        if key in DEFAULTS_MAY_BE_ABSENT and not given:
            feedback.pushInfo(alg.tr("« {layer} » has no field « {field} »: « {parameter} » is not used.").format(
                layer=source.sourceName(), field=name, parameter=label))
            return ""
        alg.fail("The field « {field} » chosen as « {parameter} » is missing from « {layer} »: choose one of its "
                 "fields ({fields}).", field=name, parameter=label, layer=source.sourceName(),
                 fields=", ".join(source.fields().names()[:30]))
    qfield = source.fields().at(index)
    if numeric and not qfield.isNumeric():
        alg.fail("The field « {field} » chosen as « {parameter} » is of type {type}, not a number: choose a numeric "
                 "field (or convert it with the field calculator).", field=qfield.name(), parameter=label,
                 type=_type_name(qfield))
    return qfield.name()


def _rows(fids):
    text = ", ".join(str(f) for f in fids[:MAX_ROWS])
    return text + (" …" if len(fids) > MAX_ROWS else "")


# --- observations --------------------------------------------------------------------------------

@dataclass
class ObservationTable:
    observations: list
    fids: list                      # feature id of every observation, same order
    name: str
    fields: dict
    dates: list = field(default_factory=list)  # ISO dates found in a « date » field
    missing: dict = field(default_factory=dict)  # "distance"/"setups" → fids of rows without it
    row_dates: list = field(default_factory=list)  # the date of every row ('' when none), same order

    def fids_of(self, indices):
        return [self.fids[i] for i in indices]


def _number(value):
    if is_null(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _given(value):
    """(number or None, True when a value is there but is not a finite number): NaN, ±inf, NULL are not 0."""
    if value is None or isinstance(value, float) and math.isnan(value) or is_null(value):
        return None, isinstance(value, float) and math.isnan(value)
    number = _number(value)
    return number, number is None


class _RowProblems:
    """Rows whose values cannot be used, by problem, for one message naming them all."""

    def __init__(self):
        self.by_kind = {}

    def add(self, kind, fid):
        self.by_kind.setdefault(kind, []).append(fid)

    def __bool__(self):
        return bool(self.by_kind)


#: Bounds past which a value is not in the unit the field says (metres): no section of spirit leveling between two
#: marks is 100 km long, and no two points on Earth differ by 10 km in height.
MAX_DISTANCE_M = 100000.0
MAX_DH_M = 10000.0
MAX_SETUPS = 100000
#: Heights a benchmark can have, in metres (the Dead Sea shore is at −430 m, Everest at 8 849 m): past them the
#: field is not in metres (31 254 for 31.254 m) or not a height.
BENCHMARK_HEIGHT_RANGE = (-1000.0, 10000.0)

ROW_PROBLEMS = {
    "from": N_("empty « from » point"),
    "to": N_("empty « to » point"),
    "dh": N_("empty or not finite height difference"),
    "dh_unit": N_("height difference over 10 km (not in metres?)"),
    "same": N_("« from » and « to » are the same point"),
    "distance": N_("distance zero, negative or not finite (leave it empty when unknown)"),
    "distance_unit": N_("distance over 100 km (not in metres?)"),
    "setups": N_("number of set-ups not a positive whole number (at most 100 000)"),
    "copy": N_("the same observation twice (a table imported twice?)"),
}


def _read_row(feature, f, problems):
    fid = feature.id()
    a = id_text(feature[f["FROM_FIELD"]])
    b = id_text(feature[f["TO_FIELD"]])
    dh = _number(feature[f["DH_FIELD"]])
    distance, bad_distance = _given(feature[f["DISTANCE_FIELD"]]) if f["DISTANCE_FIELD"] else (None, False)
    setups, bad_setups = _given(feature[f["SETUPS_FIELD"]]) if f["SETUPS_FIELD"] else (None, False)
    for kind, bad in (("from", not a), ("to", not b), ("dh", dh is None),
                      ("dh_unit", dh is not None and abs(dh) > MAX_DH_M), ("same", a and a == b),
                      ("distance", bad_distance or distance is not None and distance <= 0),
                      ("distance_unit", distance is not None and distance > MAX_DISTANCE_M),
                      ("setups", bad_setups or setups is not None and (
                          setups < 1 or setups > MAX_SETUPS or setups != int(setups)))):
        if bad:
            problems.add(kind, fid)
    run = id_text(feature[f["RUN_FIELD"]]) if f["RUN_FIELD"] else ""
    line = _number(feature["source_line"]) if f.get("source_line") else None
    setups = None if setups is None or not 1 <= setups <= MAX_SETUPS else int(setups)
    return Observation(a, b, dh if dh is not None else float("nan"), distance, setups, run,
                       source_line=None if line is None else int(line))


def _copies(alg, table, problems, feedback):
    """Rows identical in every value read (run, from, to, dh, distance, set-ups, line, date): one observation
    twice, e.g. a book imported twice. A second measurement of a section never repeats all of them; taken as
    one it would close a loop on exactly 0 mm and double the weight of the section."""
    seen = {}
    for k, (obs, fid) in enumerate(zip(table.observations, table.fids)):
        if k % 5000 == 0:
            alg.stop_if_cancelled(feedback)
        key = obs.as_row() + (table.row_dates[k],)
        if key in seen:
            problems.add("copy", alg.tr("{first} and {second}").format(first=seen[key], second=fid))
        else:
            seen[key] = fid


def check_readable(alg, parameters, context, key, feedback=None):
    """Stop when the file behind the layer parameter `key` is a damaged GeoPackage/SQLite database: OGR reads
    what it can of one and says nothing, so a part of the rows would be missing from the result. The check reads
    the whole file (a second or so for 100 MB): a cancel interrupts it."""
    import os
    import sqlite3
    layer = alg.parameterAsLayer(parameters, key, context)
    if layer is None:
        return
    path = layer.source().split("|")[0]
    if not path.lower().endswith((".gpkg", ".sqlite")) or not os.path.isfile(path):
        return
    try:
        db = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
        try:
            if feedback is not None:
                db.set_progress_handler(lambda: 1 if feedback.isCanceled() else 0, 10000)
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error as error:
        verdict = str(error)
    alg.stop_if_cancelled(feedback)
    if verdict != "ok":
        alg.fail("« {path} » is a damaged database ({error}): its rows cannot all be read, so the result would be "
                 "incomplete. Restore the file from a backup, or export the layer again, then run again.",
                 path=path, error=verdict)


def read_observations(alg, parameters, context, feedback):
    """ObservationTable of the OBSERVATIONS parameter; alg.fail naming the rows when a value cannot be used."""
    source = alg.parameterAsSource(parameters, "OBSERVATIONS", context)
    if source is None:
        alg.fail("The observations table cannot be read: choose a valid table or layer.")
    check_readable(alg, parameters, context, "OBSERVATIONS", feedback)
    name = source.sourceName()
    f = {key: resolve_field(alg, parameters, context, feedback, source, key, numeric=kind == NUMERIC,
                            required=not optional)
         for key, _default, _label, kind, optional, _help in OBSERVATION_FIELDS}
    f["source_line"] = "source_line" if source.fields().lookupField("source_line") >= 0 else ""
    date_field = "date" if source.fields().lookupField("date") >= 0 else ""
    problems = _RowProblems()
    bad_dates = []
    table = ObservationTable([], [], name, f)
    total = max(source.featureCount(), 1)
    for k, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        alg.stop_if_cancelled(feedback)
        obs = _read_row(feature, f, problems)
        table.observations.append(obs)
        table.fids.append(feature.id())
        for key, value in (("distance", obs.distance_m), ("setups", obs.setups)):
            if value is None and f[key.upper() + "_FIELD"]:
                table.missing.setdefault(key, []).append(feature.id())
        date = display_value(feature[date_field])[:10] if date_field else ""
        if date and not ISO_DATE.match(date):  # a date the register's visits could not sort nor read back
            bad_dates.append(feature.id())
            date = ""
        if date:
            table.dates.append(date)
        table.row_dates.append(date)
        feedback.setProgress(100.0 * k / total)
    if not table.observations:
        alg.fail("« {name} » is empty: it holds no observation. Choose the observations table (e.g. the output of "
                 "« Import a leveling field book »).", name=name)
    _copies(alg, table, problems, feedback)
    if problems:
        lines = ["{}: {}".format(alg.tr(ROW_PROBLEMS[kind]), _rows(fids)) for kind, fids in problems.by_kind.items()]
        alg.fail("« {name} » has rows that cannot be used (row ids given); correct them, or filter them out, then run "
                 "again:\n{rows}", name=name, rows="\n".join(lines))
    if bad_dates:
        feedback.reportError(alg.tr("{count} date(s) of « {name} » are not ISO dates (YYYY-MM-DD) and are not used "
                                    "(row ids {rows}).").format(count=len(bad_dates), name=name,
                                                               rows=_rows(bad_dates)), False)
    for key, label in (("distance", N_("distance")), ("setups", N_("number of set-ups"))):
        if table.missing.get(key):
            feedback.reportError(alg.tr("{count} observation(s) of « {name} » have no {what} (row ids {rows}).").format(
                count=len(table.missing[key]), name=name, what=alg.tr(label), rows=_rows(table.missing[key])), False)
    feedback.pushInfo(alg.tr("{count} observation(s) read from « {name} ».").format(
        count=len(table.observations), name=name))
    return table


# --- benchmarks -----------------------------------------------------------------------------------

@dataclass
class BenchmarkTable:
    benchmarks: list                # Benchmark, one per id
    positions: dict                 # id → (x, y) when the benchmark has a point geometry
    crs: object                     # QgsCoordinateReferenceSystem of the positions
    name: str
    source: object = None
    fixed_ids: list = None          # ids chosen by the FIXED expression (None: no expression)
    fields: dict = field(default_factory=dict)

    @property
    def heights(self):
        return {b.id: b.height_m for b in self.benchmarks if b.height_m is not None}


def _height(feature, height_field):
    if height_field:
        return _number(feature[height_field])
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty():
        return None
    return _number(next(iter(geom.vertices())).z())


def _position(feature):
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty() or QgsWkbTypes.geometryType(geom.wkbType()) != \
            QgsWkbTypes.GeometryType.PointGeometry:
        return None
    vertex = next(iter(geom.vertices()))
    return vertex.x(), vertex.y()


def _benchmark_fields(alg, parameters, context, feedback, source):
    f = {key: resolve_field(alg, parameters, context, feedback, source, key, numeric=numeric,
                            required=key == "BENCHMARK_ID_FIELD")
         for key, numeric in (("BENCHMARK_ID_FIELD", False), ("BENCHMARK_HEIGHT_FIELD", True),
                              ("BENCHMARK_STATE_FIELD", False), ("BENCHMARK_TRIPLET_FIELD", False))}
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if not f["BENCHMARK_HEIGHT_FIELD"] and kind in (QgsWkbTypes.GeometryType.LineGeometry,
                                                    QgsWkbTypes.GeometryType.PolygonGeometry):
        alg.fail("« {name} » holds lines or polygons, not points: the Z of their first vertex is no benchmark's "
                 "height. Choose the benchmarks layer (points), or its height field (IGN: cp1_coord3).",
                 name=source.sourceName())
    if not f["BENCHMARK_HEIGHT_FIELD"] and not QgsWkbTypes.hasZ(source.wkbType()):
        alg.fail("« {name} » has no Z in its geometry: choose the benchmark height field (IGN: cp1_coord3).",
                 name=source.sourceName())
    return f


def _fixed_expression(alg, parameters, context, source):
    """(QgsExpression, its context) of FIXED, or (None, None) when it is empty; fails when it does not parse."""
    if "FIXED" not in [d.name() for d in alg.parameterDefinitions()]:
        return None, None
    text = alg.expression(parameters, "FIXED", context)
    if not text:
        return None, None
    expression = QgsExpression(text)
    expression_context = alg.createExpressionContext(parameters, context, source)
    expression.prepare(expression_context)
    return expression, expression_context


def _is_fixed(alg, expression, expression_context, feature):
    expression_context.setFeature(feature)
    value = expression.evaluate(expression_context)
    if expression.hasEvalError():
        alg.fail("The fixed-benchmark expression « {expression} » fails on row {fid} ({error}): correct it.",
                 expression=expression.expression(), fid=feature.id(), error=expression.evalErrorString())
    return not is_null(value) and bool(value)


class _BenchmarkCollector:
    def __init__(self, geographic):
        self.by_id, self.positions, self.fixed = {}, {}, []
        self.no_id, self.no_height, self.conflicts, self.apart, self.twice = [], [], [], [], []
        self.implausible = []
        self.row_of, self.tolerance = {}, 1e-5 if geographic else 1.0  # one place: 1 m (about 1e-5 degree)

    def add(self, alg, feature, f, fixed):
        pid = id_text(feature[f["BENCHMARK_ID_FIELD"]])
        if not pid:
            self.no_id.append(feature.id())
            return
        height = _height(feature, f["BENCHMARK_HEIGHT_FIELD"])
        low, high = BENCHMARK_HEIGHT_RANGE
        if height is not None and not low <= height <= high:
            self.implausible.append("{} ({:g} m)".format(pid, height))
        state = id_text(feature[f["BENCHMARK_STATE_FIELD"]]) if f["BENCHMARK_STATE_FIELD"] else None
        triplet = bool(id_text(feature[f["BENCHMARK_TRIPLET_FIELD"]])) if f["BENCHMARK_TRIPLET_FIELD"] else None
        position = _position(feature)
        previous = self.by_id.get(pid)
        if previous is None:
            self.by_id[pid] = Benchmark(pid, height, state or None, triplet)
            self.row_of[pid] = [feature.id()]
            if position is not None:
                self.positions[pid] = position
        else:
            self._again(pid, previous, height, position, feature.id())
            if height is not None and previous.height_m is None:  # the row with a height gives it
                previous.height_m = height
        if fixed and pid not in self.fixed:
            self.fixed.append(pid)

    def _again(self, pid, previous, height, position, fid):
        """The same id on another row: one mark given twice (said), or two marks sharing an id (refused)."""
        self.row_of[pid].append(fid)
        if previous.height_m is not None and height is not None and abs(previous.height_m - height) > 1e-4:
            self.conflicts.append("{} ({:.4f} / {:.4f} m)".format(pid, previous.height_m, height))
        first = self.positions.get(pid)
        if first is not None and position is not None:
            gap = math.hypot(first[0] - position[0], first[1] - position[1])
            if gap > self.tolerance:
                self.apart.append("{} ({:.6g})".format(pid, gap))
        elif position is not None:
            self.positions[pid] = position
        if pid not in self.twice:
            self.twice.append(pid)

    def heights_missing(self):
        """Row ids of the benchmarks that have no height on any of their rows."""
        return [fid for pid, b in self.by_id.items() if b.height_m is None for fid in self.row_of[pid]]


def read_benchmarks(alg, parameters, context, feedback):
    """BenchmarkTable of the BENCHMARKS parameter (and FIXED when the algorithm has it)."""
    source = alg.parameterAsSource(parameters, "BENCHMARKS", context)
    if source is None:
        alg.fail("The benchmarks layer cannot be read: choose a valid layer or table.")
    check_readable(alg, parameters, context, "BENCHMARKS", feedback)
    name = source.sourceName()
    if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
        alg.check_numbers(source)
    f = _benchmark_fields(alg, parameters, context, feedback, source)
    expression, expression_context = _fixed_expression(alg, parameters, context, source)
    collected = _BenchmarkCollector(source.sourceCrs().isGeographic())
    total = max(source.featureCount(), 1)
    for k, feature in enumerate(source.getFeatures()):
        alg.stop_if_cancelled(feedback)
        fixed = expression is not None and _is_fixed(alg, expression, expression_context, feature)
        collected.add(alg, feature, f, fixed)
        feedback.setProgress(100.0 * k / total)
    if collected.implausible:
        alg.fail("« {name} » gives heights no benchmark can have: {list}, outside −1 000 to 10 000 m. Are they in "
                 "metres? Correct them, or choose the field holding the heights in metres (IGN: cp1_coord3).",
                 name=name, list=", ".join(collected.implausible[:MAX_ROWS]))
    if collected.conflicts:
        alg.fail("« {name} » gives different heights to the same benchmark: {list}. Keep one row per benchmark.",
                 name=name, list=", ".join(collected.conflicts[:MAX_ROWS]))
    if collected.apart:
        alg.fail("« {name} » gives one id to benchmarks at different places: {list} apart (layer units). Two marks "
                 "cannot share a matricule: correct the ids, or choose the id field that tells them apart.",
                 name=name, list=", ".join(collected.apart[:MAX_ROWS]))
    if not collected.by_id:
        alg.fail("« {name} » holds no benchmark with an id: choose the benchmarks layer and its id field.", name=name)
    if collected.twice:
        feedback.pushInfo(alg.tr("{count} benchmark(s) of « {name} » are given twice, at one place with one height, "
                                 "and kept once: {ids}.").format(count=len(collected.twice), name=name,
                                                                 ids=", ".join(collected.twice[:MAX_ROWS])))
    if collected.no_id:
        feedback.reportError(alg.tr("{count} row(s) of « {name} » have no benchmark id and are not used (row ids "
                                    "{rows}).").format(count=len(collected.no_id), name=name,
                                                       rows=_rows(collected.no_id)), False)
    no_height = collected.heights_missing()
    if no_height:
        feedback.reportError(alg.tr("{count} benchmark(s) of « {name} » have no height and are not used as known "
                                    "(row ids {rows}).").format(count=len(no_height), name=name,
                                                                rows=_rows(no_height)), False)
    if expression is not None and not collected.fixed:
        alg.fail("The fixed-benchmark expression « {expression} » selects no benchmark of « {name} »: correct it, or "
                 "leave it empty to hold every usable benchmark fixed.", expression=expression.expression(),
                 name=name)
    has_positions = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    return BenchmarkTable(list(collected.by_id.values()), collected.positions if has_positions else {},
                          source.sourceCrs(), name, source, collected.fixed if expression is not None else None, f)


def check_benchmarks_met(alg, table, benchmarks):
    """Stop when no benchmark of known height is a point of the observations: nothing can be tied to a height
    (often the id field: the book writes « MAC12 » where IGN writes « M.AC - 12 »)."""
    known = benchmarks.heights
    if not known and benchmarks.fields.get("BENCHMARK_HEIGHT_FIELD"):
        alg.fail("« {name} » holds no benchmark with a known height: « {field} » is empty (or not a finite number) "
                 "on every row, so no run can be closed nor any height computed. Choose the field holding the "
                 "heights (IGN: cp1_coord3).", name=benchmarks.name, field=benchmarks.fields["BENCHMARK_HEIGHT_FIELD"])
    if not known:
        alg.fail("« {name} » holds no benchmark with a known height: its points have no geometry, or a Z that is "
                 "not a number, so no run can be closed nor any height computed. Choose the benchmark height field "
                 "(IGN: cp1_coord3), or a layer whose points have a Z.", name=benchmarks.name)
    points = {p for o in table.observations for p in (o.from_id, o.to_id)}
    if not points & set(known):
        alg.fail("No benchmark of known height of « {benchmarks} » is a point of « {observations} » (their ids: "
                 "{ids}; the observations' points: {points}): choose the benchmark id field holding the matricules "
                 "as written in the book.", benchmarks=benchmarks.name, observations=table.name,
                 ids=", ".join(sorted(known)[:8]) + (" …" if len(known) > 8 else ""),
                 points=", ".join(sorted(points)[:8]) + (" …" if len(points) > 8 else ""))


def synthetic_names(*names):
    """True when an input is named as SYNTHETIC sample data (the report then says so)."""
    return any("synthetic" in (n or "").lower() for n in names)


def series_group(observations, used, fixed, index):
    """Indices of the observations in series with observation `index` (joined through unknown points met by
    exactly two observations): a blunder in any of them gives the same misclosure, so data snooping cannot tell
    them apart. `used`: indices of the observations adjusted; `fixed`: ids held fixed."""
    degree = {}
    for i in used:
        for p in (observations[i].from_id, observations[i].to_id):
            degree[p] = degree.get(p, 0) + 1
    at = {}
    for i in used:
        for p in (observations[i].from_id, observations[i].to_id):
            if degree[p] == 2 and p not in fixed:
                at.setdefault(p, []).append(i)
    group, todo = {index}, [index]
    while todo:
        i = todo.pop()
        for p in (observations[i].from_id, observations[i].to_id):
            for j in at.get(p, ()):
                if j not in group:
                    group.add(j)
                    todo.append(j)
    return sorted(group)
