"""Build the fiche print layout templates resources/layouts/fiche_station.qpt and fiche_benchmark.qpt.

    python scripts/build_layouts.py        (QGIS headless; `make layouts`)

The templates read the fields of core.fiche.FICHE_FIELDS from the atlas layer that
canevas:exportfiches prepares. They are ordinary QGIS layouts: open them in the layout designer,
restyle, save as a template and give it to the algorithm's TEMPLATE parameter.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "layouts"

CSS = ("<style>body{font-family:sans-serif;font-size:9pt}table.fiche{border-collapse:collapse;width:100%}"
       "table.fiche td,table.fiche th{border:0.3mm solid #888;padding:1mm 2mm;text-align:left}"
       "th{background:#eee}</style>")


def coords_html():
    return CSS + (
        '<table class="fiche"><tr><th>Système</th><th>X / longitude</th><th>Y / latitude</th></tr>'
        '<tr><td>REN09 (Rennes 2009)</td><td>[% "x_ren09" %]</td><td>[% "y_ren09" %]</td></tr>'
        '<tr><td>RGF93 v1 / CC48 (EPSG:3948)</td><td>[% "x_cc48" %]</td><td>[% "y_cc48" %]</td></tr>'
        '<tr><td>RGF93 v1 géographique</td><td>[% "lon_dms" %]</td><td>[% "lat_dms" %]</td></tr>'
        '<tr><td>Altitude NGF-IGN69</td><td colspan="2">[% coalesce("z_ign69", \'—\') %] m</td></tr></table>'
        '<p style="font-size:7pt">REN09 ↔ RGF93 : [% "datum_name" %]</p>')


def build(kind):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsLayoutItemLabel, QgsLayoutItemMap,
                           QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutObject,
                           QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject, QgsProperty, QgsRectangle,
                           QgsUnitTypes)
    from qgis.PyQt.QtGui import QFont

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout.setName("Fiche {}".format("station" if kind == "station" else "repère de nivellement"))
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters

    def label(text, x, y, w, h, size=9, bold=False, html=False, item_id=""):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont("Sans", size)
        font.setBold(bold)
        item.setFont(font)
        item.setMode(QgsLayoutItemLabel.Mode.ModeHtml if html else QgsLayoutItemLabel.Mode.ModeFont)
        item.attemptMove(QgsLayoutPoint(x, y, mm))
        item.attemptResize(QgsLayoutSize(w, h, mm))
        item.setId(item_id)
        layout.addLayoutItem(item)
        return item

    def picture(field, x, y, w, h, item_id):
        item = QgsLayoutItemPicture(layout)
        item.attemptMove(QgsLayoutPoint(x, y, mm))
        item.attemptResize(QgsLayoutSize(w, h, mm))
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                 QgsProperty.fromExpression('coalesce("{}", \'\')'.format(field)))
        item.setFrameEnabled(True)
        item.setId(item_id)
        layout.addLayoutItem(item)
        return item

    if kind == "station":
        label('Fiche signalétique — station [% "fiche_matricule" %]', 10, 8, 190, 10, 16, True, item_id="title")
        label('[% coalesce("type_repere", \'\') %] — [% coalesce("commune", \'\') %], '
              '[% coalesce("adresse", \'\') %]', 10, 19, 190, 6, 10, item_id="place")
    else:
        label('Fiche signalétique — repère de nivellement [% "fiche_matricule" %]', 10, 8, 190, 10, 15, True,
              item_id="title")
        label('[% coalesce("type", \'\') %] — [% coalesce("commune", \'\') %] ([% coalesce("insee", \'\') %]) — '
              'état : [% coalesce("etat", \'\') %]', 10, 19, 190, 6, 10, item_id="place")
    label(coords_html(), 10, 27, 118, 44, html=True, item_id="coordinates")
    if kind == "station":
        details = (CSS + '<table class="fiche">'
                   '<tr><td>Classes de précision</td><td>plan [% coalesce("classe_plan_cm", \'—\') %] cm, '
                   'altimétrie [% coalesce("classe_alti_cm", \'—\') %] cm</td></tr>'
                   '<tr><td>Détermination</td><td>[% coalesce("methode", \'\') %], '
                   '[% coalesce("date_determination", \'\') %]</td></tr>'
                   '<tr><td>État</td><td>[% coalesce("etat", \'\') %]</td></tr>'
                   '<tr><td>Prestataire</td><td>[% coalesce("prestataire", \'\') %]</td></tr>'
                   '<tr><td>Description</td><td>[% coalesce("description", \'\') %]</td></tr></table>')
    else:
        details = (CSS + '<table class="fiche">'
                   '<tr><td>Altitude</td><td>[% coalesce("cp1_coord3", \'—\') %] m — [% coalesce("cp1_srv", \'\') %] '
                   '([% coalesce("cp1_altitude_type", \'\') %])</td></tr>'
                   '<tr><td>Support</td><td>[% coalesce("support", \'\') %]</td></tr>'
                   '<tr><td>Voie suivie</td><td>[% coalesce("voie_suivie", \'\') %], de [% coalesce("voie_de", \'\') %] '
                   'vers [% coalesce("voie_vers", \'\') %], côté [% coalesce("voie_cote", \'\') %], '
                   'PK [% coalesce("voie_pk", \'\') %]</td></tr>'
                   '<tr><td>Localisation</td><td>[% coalesce("localisation", \'\') %]</td></tr>'
                   '<tr><td>Dernière visite</td><td>[% coalesce("vis_date", \'\') %]</td></tr>'
                   '<tr><td>Triplet</td><td>[% coalesce("freres_info", \'\') %]</td></tr>'
                   '<tr><td>GNSS</td><td>[% coalesce("expl_gps", \'\') %]</td></tr>'
                   '<tr><td>Fiche IGN</td><td>[% coalesce("url_pdf", \'\') %]</td></tr></table>')
    label(details, 132, 27, 68, 137 if kind == "benchmark" else 44, html=True, item_id="details")

    location = QgsLayoutItemMap(layout)
    location.attemptMove(QgsLayoutPoint(10, 74, mm))
    location.attemptResize(QgsLayoutSize(118, 90, mm))
    location.setFrameEnabled(True)
    location.setId("location_map")
    location.setAtlasDriven(True)
    location.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Fixed)
    # 118 × 90 mm at 1:1000; the atlas then centres it on each fiche's point, scale kept.
    location.setCrs(QgsCoordinateReferenceSystem("EPSG:3948"))  # replaced by the fiche layer's CRS on export
    location.setExtent(QgsRectangle(1351000, 7222000, 1351118, 7222090))
    location.setScale(1000)
    layout.addLayoutItem(location)

    north = QgsLayoutItemPicture(layout)
    north.setPicturePath(os.path.join(os.environ.get("QGIS_SVG", "/usr/share/qgis/svg"), "arrows",
                                      "NorthArrow_02.svg"))
    north.attemptMove(QgsLayoutPoint(114, 76, mm))
    north.attemptResize(QgsLayoutSize(12, 12, mm))
    north.setLinkedMap(location)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    north.setId("north_arrow")
    layout.addLayoutItem(north)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(location)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(10)
    scalebar.attemptMove(QgsLayoutPoint(12, 152, mm))
    scalebar.setId("scale_bar")
    layout.addLayoutItem(scalebar)
    label("Échelle 1:[% format_number(map_get(item_variables('location_map'), 'map_scale'), 0) %]", 60, 158, 60, 5, 7, item_id="scale_text")

    if kind == "station":
        label("Croquis", 132, 74, 68, 5, 9, True)
        picture("sketch_path", 132, 80, 68, 84, "sketch")
        label("Photos", 10, 168, 80, 5, 9, True)
        picture("photo1_path", 10, 174, 58, 44, "photo1")
        picture("photo2_path", 70, 174, 58, 44, "photo2")
        label("Rattachements (au moins quatre)", 132, 168, 68, 5, 9, True)
        label(CSS + '[% coalesce("ties_html", \'<i>aucun rattachement enregistré</i>\') %]', 132, 174, 68, 60,
              html=True, item_id="ties")
        label("Visites", 10, 222, 118, 5, 9, True)
        label(CSS + '[% coalesce("visits_html", \'<i>aucune visite enregistrée</i>\') %]', 10, 228, 118, 40,
              html=True, item_id="visits")

    label('Systèmes : [% "system_names" %] — altitudes NGF-IGN69.<br/>Édité le [% "edition_date" %] avec Canevas '
          '(QGIS). [% coalesce("synthetic_note", \'\') %]', 10, 278, 190, 12, 7, html=True, item_id="footer")
    return layout


def main():
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsReadWriteContext
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    for kind, name in (("station", "fiche_station.qpt"), ("benchmark", "fiche_benchmark.qpt")):
        layout = build(kind)
        if not layout.saveAsTemplate(str(OUT / name), QgsReadWriteContext()):
            raise SystemExit("cannot write {}".format(OUT / name))
        print("wrote", OUT / name)
    app.exitQgis()


if __name__ == "__main__":
    main()
