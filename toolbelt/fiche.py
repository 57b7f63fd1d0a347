"""The one fiche computation on a QGIS feature, shared by the « Fiche canevas » dock, canevas:exportfiches
and the expression function canevas_fiche().

core.fiche.figures does the arithmetic; here the feature's point, its layer's CRS (through QGIS when
Canevas does not know the system) and the station's sibling tables (ties, visits) are read.
"""

import datetime
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsPointXY,
)

from ..core import fiche, systems
from ..core.messages import N_, Message
from . import crs as crs_tools
from .i18n import tr
from .layers import STATION, TIES_COLUMNS, VISITS_COLUMNS, display_value, is_null, related_rows

NO_GEOMETRY = Message(N_("the point has no geometry"))


def point_xyz(feature):
    """(x, y, z) of a feature's point (its first vertex), z NaN when it has none; None without geometry."""
    geom = feature.geometry()
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    vertex = next(iter(geom.vertices()))
    z = vertex.z() if geom.constGet().is3D() else math.nan
    return vertex.x(), vertex.y(), z


def height_attributes(feature):
    """The feature's height fields (core.fiche.HEIGHT_FIELDS) by name, NULL as None."""
    names = feature.fields().names()
    return {name: None if is_null(feature[name]) else feature[name] for name in fiche.HEIGHT_FIELDS if name in names}


def feature_figures(feature, crs, datum_shift=None, transform_context=None):
    """core.fiche.FicheFigures of a feature of a layer in `crs`.

    `datum_shift`: the REN09 variant, by default the layer's own (crs.datum_shift_of); `transform_context`:
    the project's (Processing: context.project()), used only for a CRS Canevas does not know.
    """
    shift = crs_tools.datum_shift_of(crs) if datum_shift is None else datum_shift
    attributes = height_attributes(feature)
    point = point_xyz(feature)
    if point is None:
        height, notes = fiche.fiche_height(None, attributes)
        return fiche.FicheFigures(None, height, NO_GEOMETRY, notes)
    x, y, z = point
    code = crs_tools.system_of(crs)
    if code is None and crs.isValid():  # a CRS Canevas does not know: QGIS brings the point to RGF93
        context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
        try:
            p = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4171"), context).transform(
                QgsPointXY(x, y))
            code, x, y = "RGF93G", p.x(), p.y()
        except QgsCsException:
            x = y = math.nan
            code = "RGF93G"
    return fiche.figures(code, x, y, z, attributes, shift)


def system_names(crs):
    return ", ".join(sorted({systems.SYSTEMS["REN09"].name, systems.SYSTEMS["CC48"].name, crs_tools.crs_label(crs)}))


def related_texts(layer, matricule):
    """ties_text, visits_text (and their HTML of earlier templates) of a station from its GeoPackage's tables."""
    texts = {}
    for table, columns in (("ties", TIES_COLUMNS), ("visits", VISITS_COLUMNS)):
        found = related_rows(layer, table, matricule, columns) if layer is not None and matricule else None
        if found and found[1]:
            texts[table + "_text"] = fiche.text_lines(*found)
            texts[table + "_html"] = fiche.html_table(*found)
    return texts


def fiche_values(feature, crs, kind, datum_shift=None, transform_context=None, layer=None):
    """(the computed fields of core.fiche.COMPUTED_FIELDS as printed, FicheFigures) of one feature.

    Photos and the sketch are left to the PDF export (files). `layer`: the GeoPackage layer of the
    feature, for a station's ties and visits (None: not read).
    """
    shift = crs_tools.datum_shift_of(crs) if datum_shift is None else datum_shift
    figures = feature_figures(feature, crs, shift, transform_context)
    key = "matricule" if kind == STATION else "nom"
    matricule = display_value(feature[key]) if key in feature.fields().names() else ""
    values = figures.texts()
    values.update({"fiche_matricule": matricule or None, "datum_name": tr(systems.datum_shift_name(shift)),
                   "system_names": system_names(crs), "edition_date": datetime.date.today().isoformat()})
    if kind == STATION:
        values.update(related_texts(layer, matricule))
    return values, figures


def notes_text(figures):
    """The problem and notes of FicheFigures as translated lines (empty string when none)."""
    lines = []
    if figures.problem is not None:
        lines.append(tr("Coordinates not computed: {}").format(figures.problem.text(tr)))
    lines += [note.text(tr) for note in figures.notes]
    return "\n".join(lines)
