"""PDF fiches from the print layouts, for a register station (with ties, visits, sketch) and benchmarks."""

import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPoint, QgsProcessingException, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from canevas.core.transform import transform_xy

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
ARTIFACTS = ROOT / "tests" / "artifacts"
X, Y = 1351771.813, 7222969.080  # CC48, near Rennes town hall


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


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
