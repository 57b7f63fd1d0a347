"""The one reader of points (id, x, y, z) from a layer or a Processing feature source.

Every algorithm that compares or studies points reads them here; what to do with a point without
geometry, id or transformation (stop, skip, count) stays the algorithm's choice, from `problem`.
"""

from dataclasses import dataclass

from qgis.core import QgsCsException, QgsFeature, QgsFeatureRequest, QgsPointXY, QgsWkbTypes

from ..core.messages import N_, CanevasError
from .layers import id_text, is_null
from .read_whole import check_read_whole

NO_GEOMETRY = "no geometry"
NOT_A_POINT = "not a point"
EMPTY_XY = "empty x or y"
NOT_TRANSFORMED = "not transformed"
NAN = float("nan")


@dataclass
class PointRow:
    feature: QgsFeature
    id: str              # '' when empty or when no id field is read
    x: float
    y: float
    z: float             # nan when unknown
    problem: str = ""    # NO_GEOMETRY, NOT_A_POINT, EMPTY_XY or NOT_TRANSFORMED: x and y are then nan
    error: str = ""      # the transformation's message for NOT_TRANSFORMED


def _xyz(feature, xy_fields, z_field):
    """(x, y, z, problem) of one feature, before any transformation."""
    z = NAN
    if z_field:
        value = feature[z_field]
        z = NAN if is_null(value) else float(value)
    if xy_fields:
        x, y = (feature[f] for f in xy_fields)
        if is_null(x) or is_null(y):
            return NAN, NAN, z, EMPTY_XY
        return float(x), float(y), z, ""
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty():
        return NAN, NAN, z, NO_GEOMETRY
    if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        return NAN, NAN, z, NOT_A_POINT
    vertex = next(iter(geom.vertices()))  # the point, or the first point of a multipoint
    return vertex.x(), vertex.y(), z if z_field else vertex.z(), ""


def _check_numeric(source, names):
    """Coordinate and height fields must hold numbers: a text field stops the run with its name and type."""
    fields = source.fields()
    for name in names:
        index = fields.indexOf(name)
        if index < 0:
            raise CanevasError(N_("The field « {field} » is not in the layer: choose one of its fields."), field=name)
        field = fields.at(index)
        if not field.isNumeric():
            raise CanevasError(N_("The field « {field} » is of type {type}, not a number: choose a numeric field (or "
                                  "convert it with the field calculator)."), field=name, type=field.typeName())


def read_points(source, id_field="", xy_fields=None, z_field="", transform=None, request=None, feedback=None,
                stop=None):
    """Each feature of `source` as a PointRow, in the order read.

    x, y come from `xy_fields` (x field, y field) when given, else from the point geometry; z from
    `z_field`, else the geometry's Z. `transform` (a QgsCoordinateTransform) is applied to x, y.
    Progress goes 0 → 100 on `feedback`; `stop(feedback)` is called before each feature (the caller's
    cancel rule).
    """
    _check_numeric(source, list(xy_fields or ()) + ([z_field] if z_field else []))
    total = max(source.featureCount(), 1)
    read = 0
    for i, feature in enumerate(source.getFeatures(request or QgsFeatureRequest())):
        read = i + 1
        if stop is not None:
            stop(feedback)
        x, y, z, problem = _xyz(feature, xy_fields, z_field)
        row = PointRow(feature, id_text(feature[id_field]) if id_field else "", x, y, z, problem)
        if transform is not None and not problem:
            try:
                point = transform.transform(QgsPointXY(x, y))
                row.x, row.y = point.x(), point.y()
            except QgsCsException as error:
                row.x, row.y, row.problem, row.error = NAN, NAN, NOT_TRANSFORMED, str(error)
        if feedback is not None:
            feedback.setProgress(100 * i / total)
        yield row
    if _whole(request):  # a damaged file read short must not give a plausible answer from the points before it
        check_read_whole(source, read)


def _whole(request):
    """True when `request` reads every feature (no filter, no limit)."""
    return request is None or (request.filterType() == QgsFeatureRequest.FilterType.FilterNone and request.limit() < 0)
