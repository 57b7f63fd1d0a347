"""Reading of benchmark layers for canevas:levelingdensity and canevas:benchmarkgaps."""

from dataclasses import dataclass
from dataclasses import field as dataclass_field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsWkbTypes,
)

from ...toolbelt import crs as crs_tools
from ...toolbelt.layers import display_value
from ...toolbelt.points import read_points
from ...toolbelt.read_whole import check_read_whole, count_features
from ..parameters import DEFAULT_FIELDS, DEFAULT_WORK_CRS

#: Matricule fields tried, in order, when the matricule field is left empty or the IGN default is absent.
ID_FIELDS = ("nom", "matricule")
#: Benchmarks sharing a matricule are one mark published twice when they lie this close (m); farther
#: apart, the field is not an identifier (e.g. « commune ») and merging them would hide benchmarks.
SAME_MARK_DISTANCE = 100.0
MAX_NAMED = 5


@dataclass
class BenchmarkData:
    ids: list
    xy: np.ndarray
    states: list
    freres: list
    crs: QgsCoordinateReferenceSystem
    skipped: int
    fields: dict = dataclass_field(default_factory=dict)  # the fields actually read ('' when none)
    unplaced: list = dataclass_field(default_factory=list)  # matricules of the benchmarks read without position


def work_crs(alg, parameters, context):
    crs = alg.parameterAsCrs(parameters, "WORK_CRS", context)
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem(DEFAULT_WORK_CRS)
    if crs.isGeographic():
        alg.fail("The working CRS {crs} is geographic: distances in metres need a projected CRS such as "
                 "RGF93 / CC48 (EPSG:3948).", crs=crs_tools.crs_label(crs))
    return crs


def transform_to(alg, source_crs, target_crs, context, name):
    """Transform from a layer CRS to the working CRS; REN09 ↔ RGF93 through the exact pipeline."""
    if not crs_tools.has_crs(source_crs):
        alg.fail("« {name} » has no CRS: set it (Layer Properties › Source) so that distances can be computed.",
                 name=name)
    if source_crs == target_crs:
        return None
    return crs_tools.layer_transform(source_crs, target_crs, context.transformContext())[0]


def _fields(alg, parameters, context, feedback, source):
    """{ID_FIELD, STATE_FIELD, TRIPLET_FIELD: the field read, '' when none}."""
    name = source.sourceName()
    fields = {key: alg.parameterAsString(parameters, key, context) for key in ("ID_FIELD", "STATE_FIELD",
                                                                              "TRIPLET_FIELD")}
    for key, field in fields.items():
        if field and source.fields().indexOf(field) < 0:
            if field != DEFAULT_FIELDS[key]:
                alg.fail("The field « {field} » is missing from « {name} »: choose one of its fields or leave it "
                         "empty.", field=field, name=name)
            # the IGN default is absent: not IGN data, read without it and say so
            feedback.reportError(alg.tr("« {name} » has no field « {field} »: it is not used.").format(
                name=name, field=field), False)
            fields[key] = ""
    if not fields["ID_FIELD"]:
        found = [f for f in ID_FIELDS if source.fields().indexOf(f) >= 0]
        if found:
            fields["ID_FIELD"] = found[0]
            feedback.pushInfo(alg.tr("Matricules read from the field « {field} ».").format(field=found[0]))
    return fields


def read_benchmarks(alg, parameters, context, feedback, crs):
    source = alg.parameterAsSource(parameters, "INPUT", context)
    if source is None:
        alg.fail("The benchmarks layer cannot be read: choose a valid point layer.")
    name = source.sourceName()
    if QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.LineGeometry,
                                                      QgsWkbTypes.GeometryType.PolygonGeometry):
        alg.fail("« {name} » is not a point layer ({type}): benchmarks are points. Choose the benchmarks layer.",
                 name=name, type=QgsWkbTypes.displayString(source.wkbType()))
    alg.check_numbers(source)
    fields = _fields(alg, parameters, context, feedback, source)
    transform = transform_to(alg, source.sourceCrs(), crs, context, name)
    request = QgsFeatureRequest()
    expression = alg.expression(parameters, "FILTER", context)
    if expression:
        request.setFilterExpression(expression)
        request.setExpressionContext(alg.createExpressionContext(parameters, context, source))
    ids, xs, ys, states, freres = [], [], [], [], []
    skipped, read, unplaced = 0, 0, []
    # no result from part of the benchmarks: a cancel stops the run
    for row in read_points(source, fields["ID_FIELD"], transform=transform, request=request, feedback=feedback,
                           stop=alg.stop_if_cancelled):
        read += 1
        if row.problem:  # no point geometry, or outside the working CRS
            skipped += 1
            if row.id:
                unplaced.append(row.id)
            continue
        ids.append(row.id if fields["ID_FIELD"] else str(row.feature.id()))
        xs.append(row.x)
        ys.append(row.y)
        states.append(_text(row.feature, fields["STATE_FIELD"]))
        freres.append(_text(row.feature, fields["TRIPLET_FIELD"]))
    # a damaged file stops the reading quietly: the benchmarks after the damage would be missing from the study
    check_read_whole(source, count_features(source, alg.stop_if_cancelled, feedback) if expression else read, name)
    if skipped:
        feedback.reportError(alg.tr("{count} benchmark(s) without a point geometry (or outside the working CRS) "
                                    "were left out.").format(count=skipped), False)
    if not ids:
        alg.fail("« {name} » holds no benchmark (after the filter): nothing to study.", name=name)
    if fields["ID_FIELD"]:
        check_matricules_read(alg, ids, fields["ID_FIELD"], name)
        check_unique_ids(alg, ids, xs, ys, fields["ID_FIELD"], name)
    feedback.pushInfo(alg.tr("{count} benchmark(s) read from « {name} », computed in {crs}.").format(
        count=len(ids), name=name, crs=crs_tools.crs_label(crs)))
    return BenchmarkData(ids, np.column_stack([xs, ys]), states, freres, crs, skipped, fields, unplaced)


def check_matricules_read(alg, ids, id_field, name):
    """Stop when the matricule field names no benchmark: every benchmark would be « unnamed », every triplet
    « incomplete » and no leveling line found, a plausible-looking study of nothing."""
    if not any(i.strip() for i in ids):
        alg.fail("The field « {field} » of « {name} » is empty for every benchmark: it holds no matricule. Choose "
                 "the matricule field (IGN: nom).", field=id_field, name=name)


def check_unique_ids(alg, ids, xs, ys, id_field, name):
    """Stop when the matricule field gives one value to benchmarks far apart: it is no identifier.

    Same value within SAME_MARK_DISTANCE: the same mark published twice, counted once downstream.
    """
    groups = {}
    for i, value in enumerate(ids):
        key = value.strip().upper()
        if key:
            groups.setdefault(key, []).append(i)
    shared, values = 0, []
    for members in groups.values():
        if len(members) < 2:
            continue
        x, y = np.take(xs, members), np.take(ys, members)
        if np.hypot(x.max() - x.min(), y.max() - y.min()) > SAME_MARK_DISTANCE:
            shared += len(members)
            values.append(ids[members[0]])
    if shared:
        alg.fail("The field « {field} » of « {name} » is not a matricule: {count} benchmarks share their value with "
                 "another one more than {distance:g} m away ({values}…). They would be merged into one benchmark. "
                 "Choose the matricule field (IGN: nom).", field=id_field, name=name, count=shared,
                 distance=SAME_MARK_DISTANCE, values=", ".join("« {} »".format(v) for v in values[:MAX_NAMED]))


def load_density(alg):
    """core.density and the report, which need shapely ≥ 2 linked to QGIS' own GEOS.

    Checked before shapely touches any geometry: a mismatched GEOS crashes QGIS, and a missing or
    old shapely must give the user the command to run, not a traceback.
    """
    from qgis.core import Qgis

    from ...core.shapely_support import problem
    try:
        import shapely
    except ImportError:
        shapely = None
    issue = problem(shapely, Qgis.geosVersion())
    if issue is not None:
        template, values = issue
        values = dict(values, hint=alg.tr(values["hint"])) if "hint" in values else values
        alg.fail(template, **values)
    from ...core import density
    from .. import density_report
    return density, density_report


def unusable_states(alg, parameters, context):
    text = alg.parameterAsString(parameters, "UNUSABLE_STATES", context)
    if text is None or not text.strip():
        return ()
    return tuple(s.strip() for s in text.split(",") if s.strip())


def _text(feature, field):
    return display_value(feature[field]) if field else ""


def whole_count(alg, parameters, context, key="MIN_BENCHMARKS"):
    """« Benchmarks needed » as given: QGIS rounds 1.5 to 2 without a word; a count is a whole number."""
    value = alg.parameterAsDouble(parameters, key, context)
    if value != value or value != int(value):
        alg.fail("« {parameter} » must be a whole number, not {value}.",
                 parameter=alg.parameterDefinition(key).description(), value=parameters.get(key))
    return int(value)


def read_radius(alg, parameters, context):
    """The radius in metres, refused beyond MAX_RADIUS (a study of marks nobody levels to, of areas the size
    of continents); the core refuses the radius that is not a positive finite number."""
    from ...core import density_defaults
    value = alg.parameterAsDouble(parameters, "RADIUS", context)
    if value > density_defaults.MAX_RADIUS:
        alg.fail("A radius of {value} m is beyond {most:g} km: no leveling ties onto a benchmark that far. Check the "
                 "unit (metres) and give a radius from {least:g} to {most_m:g} m.", value=parameters.get("RADIUS"),
                 most=density_defaults.MAX_RADIUS / 1000.0, least=density_defaults.MIN_RADIUS,
                 most_m=density_defaults.MAX_RADIUS)
    return value
