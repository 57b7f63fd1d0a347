"""Expression function canevas_fiche(): the computed fields of a fiche, for layouts and virtual fields.

It gives the same figures as canevas:exportfiches and the « Fiche canevas » dock (toolbelt.fiche,
one computation), so a fiche layout opened from a Canevas GeoPackage shows REN09, CC48 and DMS
coordinates, the height, and a station's ties and visits without running the algorithm.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsExpression, QgsProject, qgsfunction

from . import fiche as fiche_tools
from .i18n import tr
from .layers import fiche_kind_of_fields

FIELDS = ("x_ren09", "y_ren09", "x_cc48", "y_cc48", "lon_dms", "lat_dms", "z_ign69", "datum_name", "system_names",
          "edition_date", "ties_text", "visits_text")
#: Fields read from the station's sibling tables (the layer is then looked up by its id).
RELATED = ("ties_text", "visits_text")


def _layer(context):
    """The evaluated layer, from its id in the open project (the `layer` variable is not readable from Python)."""
    layer_id = context.variable("layer_id") if context is not None else None
    return QgsProject.instance().mapLayer(layer_id) if layer_id else None


@qgsfunction(args="auto", group="Canevas", usesgeometry=True)  # every attribute: height fields, matricule
def canevas_fiche(name, feature, parent, context):
    """<h3>canevas_fiche(name)</h3>
    A computed field of the fiche signalétique of the current point: <code>x_ren09</code>, <code>y_ren09</code>,
    <code>x_cc48</code>, <code>y_cc48</code> (metres, 3 decimals), <code>lon_dms</code>, <code>lat_dms</code>
    (RGF93), <code>z_ign69</code> (the geometry's Z, else the height field), <code>datum_name</code>,
    <code>system_names</code>, <code>edition_date</code>, and for a station of a Canevas GeoPackage
    <code>ties_text</code> and <code>visits_text</code>. REN09 is the layer's own definition (by default
    the 3-parameter definition of Rennes: NTF, −168, −60, 320 m). NULL when the value cannot be computed.
    <h4>Example</h4><code>canevas_fiche('x_cc48')</code> → '1351771.813'"""
    if name not in FIELDS:
        parent.setEvalErrorString(tr("canevas_fiche: unknown field {}; expected one of {}").format(
            name, ", ".join(FIELDS)))
        return None
    crs = context.variable("_layer_crs") if context is not None else None
    if not isinstance(crs, QgsCoordinateReferenceSystem) or not crs.isValid():
        return None
    kind = fiche_kind_of_fields(feature.fields())
    layer = _layer(context) if name in RELATED else None
    values, _ = fiche_tools.fiche_values(feature, crs, kind, layer=layer)
    return values.get(name)


def register():
    if not QgsExpression.isFunctionName("canevas_fiche"):
        QgsExpression.registerFunction(canevas_fiche)


def unregister():
    QgsExpression.unregisterFunction("canevas_fiche")
