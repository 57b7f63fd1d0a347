"""Expression function canevas_fiche(): the computed fields of a fiche, for layouts and virtual fields.

It gives the same figures as canevas:exportfiches (core.fiche), so a fiche layout opened from a
Canevas GeoPackage shows REN09, CC48 and DMS coordinates without running the algorithm.
"""

import datetime

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsExpression, QgsProject, qgsfunction

from ..core import fiche, systems
from . import crs as crs_tools
from .i18n import tr

FIELDS = ("x_ren09", "y_ren09", "x_cc48", "y_cc48", "lon_dms", "lat_dms", "z_ign69", "datum_name", "system_names",
          "edition_date")


@qgsfunction(args="auto", group="Canevas", usesgeometry=True, referenced_columns=[])
def canevas_fiche(name, feature, parent, context):
    """<h3>canevas_fiche(name)</h3>
    A computed field of the fiche signalétique of the current point: <code>x_ren09</code>, <code>y_ren09</code>,
    <code>x_cc48</code>, <code>y_cc48</code> (metres, 3 decimals), <code>lon_dms</code>, <code>lat_dms</code>
    (RGF93), <code>z_ign69</code>, <code>datum_name</code>, <code>system_names</code>, <code>edition_date</code>.
    REN09 is the 3-parameter definition of Rennes (NTF, −168, −60, 320 m).
    <h4>Example</h4><code>canevas_fiche('x_cc48')</code> → '1351771.813'"""
    if name not in FIELDS:
        parent.setEvalErrorString(tr("canevas_fiche: unknown field {}; expected one of {}").format(
            name, ", ".join(FIELDS)))
        return None
    if name == "edition_date":
        return datetime.date.today().isoformat()
    if name == "datum_name":
        return tr(systems.datum_shift_name(systems.DEFAULT_DATUM_SHIFT))
    crs = context.variable("_layer_crs") if context is not None else None
    if not isinstance(crs, QgsCoordinateReferenceSystem) or not crs.isValid():
        return None
    if name == "system_names":
        return ", ".join(sorted({systems.SYSTEMS["REN09"].name, systems.SYSTEMS["CC48"].name,
                                 crs_tools.crs_label(crs)}))
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty():
        return None
    point = next(iter(geom.vertices()))
    if name == "z_ign69":
        return "{:.3f}".format(point.z()) if geom.constGet().is3D() else None
    code = crs_tools.system_of(crs)
    x, y = point.x(), point.y()
    if code not in systems.TRANSFORMABLE:
        to_rgf93 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4171"), QgsProject.instance())
        p = to_rgf93.transform(x, y)
        code, x, y = "RGF93G", p.x(), p.y()
    c = fiche.coordinates(code, x, y)
    return {"x_ren09": "{:.3f}".format(c.ren09[0]), "y_ren09": "{:.3f}".format(c.ren09[1]),
            "x_cc48": "{:.3f}".format(c.cc48[0]), "y_cc48": "{:.3f}".format(c.cc48[1]),
            "lon_dms": c.lon_dms, "lat_dms": c.lat_dms}[name]


def register():
    if not QgsExpression.isFunctionName("canevas_fiche"):
        QgsExpression.registerFunction(canevas_fiche)


def unregister():
    QgsExpression.unregisterFunction("canevas_fiche")
