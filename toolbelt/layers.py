"""Recognising the register's layers (stations, benchmarks) and their sibling GeoPackage tables."""

import math
from contextlib import closing
from pathlib import Path

from qgis.core import QgsFields, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

STATION, BENCHMARK = "station", "benchmark"
LAYOUTS = Path(__file__).resolve().parent.parent / "resources" / "layouts"
#: The fiche print layouts shipped with the plugin, by fiche kind.
FICHE_TEMPLATES = {STATION: LAYOUTS / "fiche_station.qpt", BENCHMARK: LAYOUTS / "fiche_benchmark.qpt"}


def fiche_kind_of_fields(fields):
    """STATION, BENCHMARK or None, from field names (register and IGN names)."""
    names = set(fields.names() if isinstance(fields, QgsFields) else fields)
    if "matricule" in names:
        return STATION
    if {"nom", "cp1_coord3"} <= names:
        return BENCHMARK
    return None


def fiche_kind(layer):
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:
        return None
    return fiche_kind_of_fields(layer.fields())


def key_field(kind):
    return "matricule" if kind == STATION else "nom"


def geopackage_path(source_uri):
    path = (source_uri or "").split("|")[0]
    return path if path.lower().endswith(".gpkg") else None


def geopackage_table(layer, table):
    """The sibling table `table` of a GeoPackage layer (ties, visits, attachments...), or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = geopackage_path(layer.source())
    if path is None or geopackage_holds(path, table) is False:
        return None
    sibling = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    return sibling if sibling.isValid() else None


def geopackage_holds(path, table):
    """True/False: whether the GeoPackage has the table; None when it cannot be read (the caller tries anyway).

    Asked before opening « path|layername=table »: the OGR provider logs « Cannot find layer ties. » for a
    missing table, on every fiche of a station layer kept outside a register (issue 14's log noise)."""
    import sqlite3
    try:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as db:
            row = db.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND "
                             "lower(name) = lower(?)", (table,)).fetchone()
    except sqlite3.Error:
        return None
    return row is not None


def related_rows(layer, table, station, columns):
    """Rows of a sibling table for one station, as display texts in `columns` order.

    Columns empty on every row are left out: a fiche has no room for them.
    """
    from qgis.core import QgsFeatureRequest
    sibling = geopackage_table(layer, table)
    if sibling is None:
        return None
    names = [c for c in columns if c in sibling.fields().names()]
    expression = "\"station_matricule\" = '{}'".format(str(station).replace("'", "''"))
    rows = [[display_value(f[c]) for c in names]
            for f in sibling.getFeatures(QgsFeatureRequest().setFilterExpression(expression))]
    keep = [i for i, _ in enumerate(names) if any(row[i] for row in rows)] if rows else list(range(len(names)))
    return [names[i] for i in keep], [[row[i] for i in keep] for row in rows]


def field_label(field):
    """The field's alias, else the users' words for the register and IGN fields (core.register), else its name."""
    from ..core.register import field_label as register_label
    from .i18n import tr
    if field.alias():
        return field.alias()
    label = register_label(field.name())
    return tr(label) if label else field.name()


TIES_COLUMNS = ("cible", "distance_m", "distance2_m", "gisement_gon", "remarque")
VISITS_COLUMNS = ("date", "visiteur", "etat_constate", "remarque")


def is_null(value):
    """The one NULL test of attribute values: None, QGIS' NULL (a null QVariant), NaN."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return False
    if isinstance(value, QVariant):  # PyQt5's NULL; PyQt6 gives None
        return value.isNull()
    return str(value) == "NULL"


def display_value(value):
    """A field value as the text users read and type: ISO dates, 2 rather than 2.0, '' for NULL."""
    if is_null(value):
        return ""
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        from qgis.PyQt.QtCore import Qt
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id or a class read from a real field: 12.0 is "12"
    return str(value)


def id_text(value):
    """A point id as compared between layers: its display text, stripped ('' for NULL; 12.0 is "12")."""
    return display_value(value).strip()


def value_from_text(field, text):
    """The typed text converted to the field's type; raises ValueError when it does not fit."""
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt

    from .qt_compat import FieldType, field_type_is
    text = text.strip()
    if text == "":
        return None
    if field_type_is(field, FieldType.Int, FieldType.LongLong):
        return int(text)
    if field.isNumeric():
        return float(text.replace(",", "."))
    if field_type_is(field, FieldType.Date):
        date = QDate.fromString(text, Qt.DateFormat.ISODate)
        if not date.isValid():
            raise ValueError(text)
        return date
    if field_type_is(field, FieldType.DateTime):
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
        if not moment.isValid():
            raise ValueError(text)
        return moment
    return text


def python_value(value):
    """QVariant-ish attribute value → None / date / plain Python value."""
    from qgis.PyQt.QtCore import QDate, QDateTime
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value
