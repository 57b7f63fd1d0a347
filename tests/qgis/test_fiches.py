"""PDF fiches from the print layouts, for a register station (with ties, visits, sketch) and benchmarks."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemRegistry,
    QgsPoint,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtXml import QDomDocument

from canevas.core import systems
from canevas.core.transform import transform_xy

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
ARTIFACTS = ROOT / "tests" / "artifacts"
LAYOUTS = ROOT / "resources" / "layouts"
X, Y = 1351771.813, 7222969.080  # CC48, near Rennes town hall


def pdf_text(path, page=None):
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


SHIFT = systems.DATUM_GRID  # given explicitly: the figures below must use the same REN09 realisation


def fiche_coordinates(x_cc48, y_cc48):
    """The REN09 and CC48 figures as the fiche prints them (metres, 3 decimals)."""
    rx, ry = transform_xy("CC48", "REN09", [x_cc48], [y_cc48], SHIFT)
    return ["{:.3f}".format(v) for v in (rx[0], ry[0], x_cc48, y_cc48)]


def png_bytes():
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.drawLine(10, 140, 190, 10)
    painter.drawText(20, 20, "croquis")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def add(layer, values, geometry=None):
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature[name] = value
    if geometry is not None:
        feature.setGeometry(geometry)
    assert layer.addFeature(feature)


@pytest.fixture
def register_db(run, tmp_path):
    path = str(tmp_path / "canevas.gpkg")
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": path})
    layers = {name: QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
              for name in ("stations", "ties", "visits", "attachments")}
    for layer in layers.values():
        assert layer.startEditing()
    add(layers["stations"], {"matricule": "R21001", "type_repere": "borne", "methode": "GNSS statique",
                             "classe_plan_cm": 2, "classe_alti_cm": 1, "commune": "Rennes",
                             "adresse": "place de la Mairie"}, QgsGeometry(QgsPoint(X, Y, 35.52)))
    assert layers["stations"].commitChanges(), layers["stations"].commitErrors()
    for i, target in enumerate(("angle du bâtiment", "poteau EDF", "bordure", "regard")):
        add(layers["ties"], {"station_matricule": "R21001", "cible": target, "distance_m": 3.5 + i})
    add(layers["visits"], {"station_matricule": "R21001", "date": "2024-05-31", "visiteur": "J. Dupont",
                           "etat_constate": "bon état"})
    add(layers["attachments"], {"station_matricule": "R21001", "kind": "sketch", "file_name": "croquis.png",
                                "mime_type": "image/png", "data": QByteArray(png_bytes())})
    for name in ("ties", "visits", "attachments"):
        assert layers[name].commitChanges(), layers[name].commitErrors()
    return path


def test_station_fiche_pdf_holds_matricule_and_both_systems(run, register_db, tmp_path):
    out = tmp_path / "fiche.pdf"
    result = run("canevas:exportfiches", {"INPUT": register_db + "|layername=stations", "OUTPUT": str(out)})
    assert result["COUNT"] == 1 and out.is_file()
    text = pdf_text(out)
    rx, ry = transform_xy("CC48", "REN09", [X], [Y])
    for expected in ("R21001", "1351771.813", "7222969.080", "{:.3f}".format(rx[0]), "{:.3f}".format(ry[0]),
                     "35.520", "poteau", "regard", "2024-05-31", "Dupont", "REN09 (Rennes 2009)", "RGF93 v1 / CC48"):
        assert expected in text, expected
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(out), str(ARTIFACTS / "fiche_station")],
                   check=True)
    assert (ARTIFACTS / "fiche_station.png").is_file()
    # the sketch stored in the GeoPackage is drawn: its frame is not blank
    page = QImage(str(ARTIFACTS / "fiche_station.png"))
    sketch_box = [page.pixelColor(x, y).lightness() for x in range(400, 540, 4) for y in range(230, 440, 4)]
    assert min(sketch_box) < 100


def test_benchmark_fiches_one_pdf_per_matricule(run, tmp_path):
    result = run("canevas:exportfiches", {
        "INPUT": "{}|layername=benchmarks_synthetic".format(SAMPLE), "SEPARATE": True,
        "EXPRESSION": "\"commune\" = 'Rennes' AND \"freres_info\" <> ''", "OUTPUT": str(tmp_path / "rn")})
    files = result["FILES"]
    assert result["COUNT"] == len(files) >= 3
    first = Path(files[0])
    text = pdf_text(first)
    assert "repère de nivellement" in text and "Voie suivie" in text and "SYNTHETIC" in text
    matricule = first.stem.replace("_", " ")
    assert matricule.split()[0] in text


def test_fiches_refuse_a_layer_that_is_not_a_canevas_layer(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="is neither a stations layer"):
        run("canevas:exportfiches", {"INPUT": "{}|layername=communes_rennes_metropole".format(SAMPLE),
                                     "OUTPUT": str(tmp_path / "x.pdf")})
    with pytest.raises(QgsProcessingException, match="No feature to print"):
        run("canevas:exportfiches", {"INPUT": "{}|layername=stations_synthetic".format(SAMPLE),
                                     "EXPRESSION": "\"matricule\" = 'none'", "OUTPUT": str(tmp_path / "y.pdf")})
    assert not (tmp_path / "y.pdf").exists()


def test_database_embeds_the_fiche_layouts(register_db):
    project = QgsProject()
    assert project.read("geopackage:{}?projectName=canevas".format(register_db))
    names = {layout.name() for layout in project.layoutManager().layouts()}
    assert {"Fiche stations", "Fiche benchmarks"} <= names
    stations = project.mapLayersByName("stations")[0]
    feature = next(stations.getFeatures())
    assert feature["x_cc48"] == "1351771.813"  # virtual field through canevas_fiche()


@pytest.mark.parametrize("name", ["fiche_station.qpt", "fiche_benchmark.qpt"])
def test_templates_render_without_qtwebkit(name):
    """No HTML label or HTML frame: Debian's QGIS ≥ 3.40 has no QtWebKit and prints them blank."""
    root = ET.parse(str(LAYOUTS / name)).getroot()
    items = list(root.iter("LayoutItem"))
    labels = [e for e in items if e.get("type") == str(QgsLayoutItemRegistry.LayoutLabel)]
    assert len(labels) >= 5
    html_labels = [e.get("id") for e in labels
                   if e.get("htmlState", "0") != "0" or e.get("mode", "0") not in ("0", "ModeFont")]
    assert html_labels == []
    # justified labels are stretched word by word on QGIS ≥ 3.40: unsearchable « poteau   EDF »
    justified = [e.get("id") for e in labels if int(e.get("halign", "1")) & 8]
    assert justified == []
    multiframes = [e.get("type") for e in root.iter("LayoutMultiFrame")]
    assert str(QgsLayoutItemRegistry.LayoutHtml) not in multiframes
    assert str(QgsLayoutItemRegistry.LayoutManualTable) in multiframes
    assert all("<table" not in (e.get("labelText") or "") for e in labels)
    ids = {e.get("id") for e in items}
    expected = {"title", "place", "coordinates", "datum", "details", "location_map", "north_arrow", "scale_bar",
                "scale_text", "footer"}
    if name == "fiche_station.qpt":
        expected |= {"sketch", "photo1", "photo2", "ties", "visits"}
    assert expected <= ids
    # and QGIS loads it as a layout with those items
    project = QgsProject()  # kept alive: the layout only points to it
    layout = QgsPrintLayout(project)
    document = QDomDocument()
    assert document.setContent((LAYOUTS / name).read_text(encoding="utf-8"))
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    assert expected <= {item.id() for item in layout.items() if hasattr(item, "id")}


def test_station_fiche_text_is_searchable(run, register_db, tmp_path):
    """Matricule, both systems, height, ties and visits are text in the PDF (not outlines, not blank)."""
    out = tmp_path / "station.pdf"
    run("canevas:exportfiches", {"INPUT": register_db + "|layername=stations", "DATUM_SHIFT": SHIFT,
                                 "OUTPUT": str(out)})
    text = pdf_text(out)
    for expected in ["R21001", *fiche_coordinates(X, Y), "35.520 m", "angle du bâtiment — 3.5 m",
                     "poteau EDF — 4.5 m", "2024-05-31 — J. Dupont — bon état", "plan 2 cm, altimétrie 1 cm",
                     "GNSS statique", "Rattachements", "Visites", "Système"]:
        assert expected in text, expected
    assert "aucun rattachement" not in text and "<table" not in text and "<td>" not in text


def test_benchmark_fiches_each_page_shows_its_own_figures(run, tmp_path):
    """One PDF, one page per benchmark: the tables follow the atlas feature from page to page."""
    layer = QgsVectorLayer("{}|layername=benchmarks_synthetic".format(SAMPLE), "b", "ogr")
    expression = "\"commune\" = 'Rennes' AND \"freres_info\" <> ''"
    out = tmp_path / "benchmarks.pdf"
    result = run("canevas:exportfiches", {"INPUT": "{}|layername=benchmarks_synthetic".format(SAMPLE),
                                          "EXPRESSION": expression, "DATUM_SHIFT": SHIFT, "OUTPUT": str(out)})
    features = list(layer.getFeatures(expression))
    assert result["COUNT"] == len(features) >= 3
    for page, feature in enumerate(features[:3], start=1):
        text = pdf_text(out, page)
        point = feature.geometry().asPoint()
        expected = [feature["nom"], *fiche_coordinates(point.x(), point.y()), "{:.3f} m".format(feature["cp1_coord3"]),
                    feature["vis_date"].toString("yyyy-MM-dd"), feature["voie_suivie"], "Dernière visite",
                    "NGF-IGN 1969", "SYNTHETIC"]
        for value in expected:
            assert value in text, (page, value)
        others = [f["nom"] for f in features if f["nom"] != feature["nom"] and f["nom"] not in feature["nom"]]
        assert not any("repère de nivellement {}\n".format(o) in text for o in others)


def test_dock_pdf_and_expression_show_the_same_figures(run, register_db, tmp_path, qgis_iface, qtbot):
    """One fiche computation: canevas_fiche() in the database's own project, the dock and the PDF agree."""
    from canevas.core import fiche
    from canevas.plugin.fiche_dock import FicheDock
    from canevas.toolbelt import fiche as fiche_tools
    project = QgsProject.instance()  # as QGIS opens it from the Browser (GeoPackage › Projects)
    assert project.read("geopackage:{}?projectName=canevas".format(register_db))
    try:
        stations = project.mapLayersByName("stations")[0]
        feature = next(stations.getFeatures())
        expected = fiche.figures("CC48", X, Y, 35.52).texts()
        for name in ("x_ren09", "y_ren09", "x_cc48", "y_cc48", "lat_dms", "lon_dms", "z_ign69"):
            assert feature[name] == expected[name], name
        # the sibling tables reach the embedded layout too
        assert "poteau EDF — 4.5 m" in feature["ties_text"] and "J. Dupont" in feature["visits_text"]
        values, _ = fiche_tools.fiche_values(feature, stations.crs(), "station", layer=stations)
        assert values["ties_text"] == feature["ties_text"]
        dock = FicheDock(qgis_iface)
        qtbot.addWidget(dock)
        dock.set_layer(stations)
        stations.selectByIds([feature.id()])
        texts = [dock.coords.itemAt(i, dock.coords.FieldRole).widget().text() for i in range(dock.coords.rowCount())]
        assert "X {}   Y {}".format(expected["x_ren09"], expected["y_ren09"]) in texts
        assert "{}   {}".format(expected["lat_dms"], expected["lon_dms"]) in texts and "35.520 m" in texts
        out = tmp_path / "same.pdf"
        run("canevas:exportfiches", {"INPUT": register_db + "|layername=stations", "OUTPUT": str(out)})
        text = pdf_text(out)
        for name in ("x_ren09", "y_ren09", "x_cc48", "y_cc48", "z_ign69"):
            assert expected[name] in text, name
    finally:
        project.clear()
