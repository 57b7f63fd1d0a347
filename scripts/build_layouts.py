"""Build the fiche print layout templates resources/layouts/fiche_station.qpt and fiche_benchmark.qpt.

    python scripts/build_layouts.py        (QGIS headless; `make layouts`)

The templates read the fields of core.fiche.FICHE_FIELDS from the atlas layer that
canevas:exportfiches prepares. They are ordinary QGIS layouts: open them in the layout designer,
restyle, save as a template and give it to the algorithm's TEMPLATE parameter.

Only items that render without QtWebKit (Debian builds QGIS ≥ 3.40 without it, and HTML labels then
print blank): plain-text labels with [% expression %], manual tables whose cells are expressions,
pictures, the map, its scale bar. Ties and visits come as the prepared text fields ties_text and
visits_text. tests/qgis/test_fiches.py checks that no HTML item comes back.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "layouts"

#: Item ids of the tables (QgsLayoutFrame ids; the tables are manual tables whose cells are expressions).
TABLE_IDS = ("coordinates", "details")


def c(expression):
    """A table cell evaluated on the atlas feature."""
    return ("expr", expression)


def field(name, fallback=""):
    return c("coalesce(\"{}\", '{}')".format(name, fallback))


COORDINATE_ROWS = [
    ["REN09 (Rennes 2009)", field("x_ren09"), field("y_ren09")],
    ["RGF93 v1 / CC48 (EPSG:3948)", field("x_cc48"), field("y_cc48")],
    ["RGF93 v1 géographique", field("lon_dms"), field("lat_dms")],
    ["Altitude NGF-IGN69", c("coalesce(\"z_ign69\", '—') || ' m'"), ""],
]

STATION_DETAILS = [
    ["Classes de précision", c("'plan ' || coalesce(\"classe_plan_cm\", '—') || ' cm, altimétrie ' || "
                               "coalesce(\"classe_alti_cm\", '—') || ' cm'")],
    ["Détermination", c("concat(coalesce(\"methode\", ''), if(\"date_determination\" IS NULL OR \"methode\" IS NULL, "
                        "'', ', '), coalesce(\"date_determination\", ''))")],
    ["État", field("etat")],
    ["Prestataire", field("prestataire")],
    ["Description", field("description")],
]

BENCHMARK_DETAILS = [
    ["Altitude", c("coalesce(\"cp1_coord3\", '—') || ' m — ' || coalesce(\"cp1_srv\", '') || "
                   "' (' || coalesce(\"cp1_altitude_type\", '') || ')'")],
    ["Support", field("support")],
    ["Voie suivie", c("coalesce(\"voie_suivie\", '') || ', de ' || coalesce(\"voie_de\", '') || ' vers ' || "
                      "coalesce(\"voie_vers\", '') || ', côté ' || coalesce(\"voie_cote\", '') || ', PK ' || "
                      "coalesce(\"voie_pk\", '')")],
    ["Localisation", field("localisation")],
    ["Dernière visite", field("vis_date")],
    ["Triplet", field("freres_info")],
    ["GNSS", field("expl_gps")],
    ["Fiche IGN", field("url_pdf")],
]


def build(kind):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutFrame,
        QgsLayoutItemLabel,
        QgsLayoutItemManualTable,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutMultiFrame,
        QgsLayoutObject,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLayoutTable,
        QgsLayoutTableColumn,
        QgsPrintLayout,
        QgsProject,
        QgsProperty,
        QgsRectangle,
        QgsTableCell,
        QgsTextFormat,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout.setName("Fiche {}".format("station" if kind == "station" else "repère de nivellement"))
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters

    def label(text, x, y, w, h, size=9, bold=False, item_id="", italic=False):
        # Plain-text labels only: HTML labels need QtWebKit, absent from Debian's QGIS ≥ 3.40.
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont("Sans", size)
        font.setBold(bold)
        font.setItalic(italic)
        item.setFont(font)
        item.setMode(QgsLayoutItemLabel.Mode.ModeFont)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        # left, not QGIS' default "justify", which QGIS ≥ 3.40 renders by stretching word gaps
        item.setHAlign(Qt.AlignmentFlag.AlignLeft)
        item.attemptMove(QgsLayoutPoint(x, y, mm))
        item.attemptResize(QgsLayoutSize(w, h, mm))
        item.setId(item_id)
        layout.addLayoutItem(item)
        return item

    def text_format(size, bold=False):
        text = QgsTextFormat()
        font = QFont("Sans", size)
        font.setBold(bold)
        text.setFont(font)
        text.setSize(size)
        text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
        return text

    def table(rows, headers, widths, x, y, w, h, item_id, size=8):
        """Manual table whose cells are fixed words or expressions on the atlas feature."""
        item = QgsLayoutItemManualTable.create(layout)
        contents = []
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, tuple):
                    cells.append(QgsTableCell(QgsProperty.fromExpression(value[1])))
                else:
                    cell = QgsTableCell(value)
                    cell.setTextFormat(text_format(size, bold=True))
                    cells.append(cell)
            contents.append(cells)
        item.setTableContents(contents)
        columns = []
        for heading, width in zip(headers or [""] * len(widths), widths):
            column = QgsLayoutTableColumn(heading)
            column.setWidth(width)
            columns.append(column)
        item.setHeaders(columns)
        item.setColumnWidths(list(widths))
        item.setIncludeTableHeader(bool(headers))
        item.setContentTextFormat(text_format(size))
        item.setHeaderTextFormat(text_format(size, bold=True))
        item.setCellMargin(1.0)
        item.setGridStrokeWidth(0.3)
        item.setGridColor(QColor("#888888"))
        item.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        item.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        layout.addMultiFrame(item)
        frame = QgsLayoutFrame(layout, item)
        frame.attemptMove(QgsLayoutPoint(x, y, mm))
        frame.attemptResize(QgsLayoutSize(w, h, mm))
        frame.setId(item_id)
        item.addFrame(frame)
        return item

    def picture(name, x, y, w, h, item_id):
        item = QgsLayoutItemPicture(layout)
        item.attemptMove(QgsLayoutPoint(x, y, mm))
        item.attemptResize(QgsLayoutSize(w, h, mm))
        item.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                 QgsProperty.fromExpression('coalesce("{}", \'\')'.format(name)))
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
    table(COORDINATE_ROWS, ["Système", "X / longitude", "Y / latitude"], (52, 29, 29), 10, 27, 118, 32,
          "coordinates")
    label('REN09 ↔ RGF93 : [% "datum_name" %]', 10, 60, 118, 8, 7, item_id="datum")
    if kind == "station":
        table(STATION_DETAILS, None, (24, 39), 132, 27, 68, 45, "details")
    else:
        table(BENCHMARK_DETAILS, None, (24, 39), 132, 27, 68, 137, "details")

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
    label("Échelle 1:[% format_number(map_get(item_variables('location_map'), 'map_scale'), 0) %]", 60, 158, 60, 5, 7,
          item_id="scale_text")

    if kind == "station":
        label("Croquis", 132, 74, 68, 5, 9, True, item_id="sketch_heading")
        picture("sketch_path", 132, 80, 68, 84, "sketch")
        label("Photos", 10, 168, 80, 5, 9, True, item_id="photos_heading")
        picture("photo1_path", 10, 174, 58, 44, "photo1")
        picture("photo2_path", 70, 174, 58, 44, "photo2")
        label("Rattachements (au moins quatre)", 132, 168, 68, 5, 9, True, item_id="ties_heading")
        label('[% coalesce("ties_text", \'aucun rattachement enregistré\') %]', 132, 174, 68, 100, 8,
              item_id="ties")
        label("Visites", 10, 222, 118, 5, 9, True, item_id="visits_heading")
        label('[% coalesce("visits_text", \'aucune visite enregistrée\') %]', 10, 228, 118, 46, 8, item_id="visits")

    label('Systèmes : [% "system_names" %] — altitudes NGF-IGN69.\nÉdité le [% "edition_date" %] avec Canevas '
          '(QGIS). [% coalesce("synthetic_note", \'\') %]', 10, 278, 190, 12, 7, item_id="footer")
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
