"""The « Fiche canevas » dock: shows the selected station, edits through the layer's edit buffer."""

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from canevas.core.transform import transform_xy
from canevas.plugin.fiche_dock import FicheDock

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture
def stations_layer(tmp_path):
    path = tmp_path / "sample.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "canevas_sample.gpkg", path)
    layer = QgsVectorLayer("{}|layername=stations_synthetic".format(path), "stations_layer", "ogr")
    assert layer.isValid()
    return layer


def form_values(dock):
    return {name: editor.text() for name, editor in dock.editors.items()}


def first(layer):
    return next(layer.getFeatures())


def test_dock_shows_the_selected_station(qgis_iface, qtbot, stations_layer):
    dock = FicheDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_layer(stations_layer)
    feature = first(stations_layer)
    stations_layer.selectByIds([feature.id()])
    assert feature["matricule"] in dock.title.text()
    assert form_values(dock)["matricule"] == feature["matricule"]
    point = feature.geometry().constGet()
    x, y = transform_xy("REN09", "CC48", [point.x()], [point.y()])
    labels = [dock.coords.itemAt(i, dock.coords.FieldRole).widget().text() for i in range(dock.coords.rowCount())]
    assert any("{:.3f}".format(x[0]) in text and "{:.3f}".format(y[0]) in text for text in labels)
    assert any("°" in text and "N" in text for text in labels)
    assert any("{:.3f} m".format(point.z()) in text for text in labels)
    # choosing by matricule with completion
    other = list(stations_layer.getFeatures())[5]
    assert dock.show_matricule(other["matricule"])
    assert dock.fid == other.id()
    dock.resize(460, 900)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(200)  # let the layouts settle before the picture
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dock.grab().save(str(ARTIFACTS / "fiche_dock.png"))


def test_edit_goes_through_the_edit_buffer(qgis_iface, qtbot, stations_layer):
    dock = FicheDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_layer(stations_layer)
    feature = first(stations_layer)
    stations_layer.selectByIds([feature.id()])
    dock.edit_button.setChecked(True)
    assert stations_layer.isEditable()
    editor = dock.editors["adresse"]
    editor.setText("12 rue de l'Essai")
    # the selection changes before the user leaves the field: the typed value is kept
    stations_layer.selectByIds([list(stations_layer.getFeatures())[3].id()])
    assert stations_layer.getFeature(feature.id())["adresse"] == "12 rue de l'Essai"
    assert stations_layer.undoStack().count() >= 1
    assert dock.commit()
    reread = QgsVectorLayer(stations_layer.source(), "again", "ogr")
    assert reread.getFeature(feature.id())["adresse"] == "12 rue de l'Essai"


def test_rollback_and_validation(qgis_iface, qtbot, stations_layer):
    dock = FicheDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_layer(stations_layer)
    feature, other = list(stations_layer.getFeatures())[:2]
    original = feature["adresse"]
    stations_layer.selectByIds([feature.id()])
    dock.edit_button.setChecked(True)
    dock.editors["adresse"].setText("changed")
    assert dock.apply_field("adresse")
    assert stations_layer.getFeature(feature.id())["adresse"] == "changed"
    dock.rollback()
    assert not stations_layer.isEditable()
    assert stations_layer.getFeature(feature.id())["adresse"] == original
    # a duplicate matricule is refused with its reason, and the typed text stays in the box
    dock.edit_button.setChecked(True)
    dock.editors["matricule"].setText(other["matricule"])
    assert not dock.apply_field("matricule")
    assert "already used by another station" in dock.problems.text()
    assert dock.editors["matricule"].text() == other["matricule"]
    assert stations_layer.getFeature(feature.id())["matricule"] == feature["matricule"]
    stations_layer.rollBack()


def test_new_station_gets_the_next_free_matricule(qgis_iface, qtbot, run, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPoint

    path = str(tmp_path / "register.gpkg")
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": path})
    ranges = QgsVectorLayer("{}|layername=matricule_ranges".format(path), "ranges", "ogr")
    ranges.startEditing()
    rng = QgsFeature(ranges.fields())
    rng["prestataire"], rng["first"], rng["last"], rng["prefixe"] = "Géomètre A", 21001, 21100, "R"
    ranges.addFeature(rng)
    assert ranges.commitChanges(), ranges.commitErrors()
    stations_layer = QgsVectorLayer("{}|layername=stations".format(path), "stations", "ogr")
    dock = FicheDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_layer(stations_layer)
    dock.edit_button.setChecked(True)
    assert dock.propose_matricule() == "R21001"
    new = QgsFeature(stations_layer.fields())
    new.setGeometry(QgsGeometry(QgsPoint(1351771.8, 7222969.1, 35.0)))
    new["type_repere"] = "borne"
    assert stations_layer.addFeature(new)
    added = [f for f in stations_layer.getFeatures()][-1]
    assert added["matricule"] == "R21001"
    assert "R21001" in dock.problems.text()
    assert dock.commit()
    assert dock.propose_matricule() == "R21002"
    stations_layer.rollBack()


def test_benchmark_height_is_checked_and_refused_text_kept(qgis_iface, qtbot, tmp_path):
    path = tmp_path / "sample.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "canevas_sample.gpkg", path)
    benchmarks_layer = QgsVectorLayer("{}|layername=benchmarks_synthetic".format(path), "rn", "ogr")
    dock = FicheDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_layer(benchmarks_layer)
    first_fid, other_fid = [f.id() for f in benchmarks_layer.getFeatures()][:2]
    benchmarks_layer.selectByIds([first_fid])
    assert dock.triplet.count() >= 1
    dock.edit_button.setChecked(True)
    dock.editors["cp1_coord3"].setText("9000")
    assert not dock.apply_field("cp1_coord3")
    assert "not a plausible IGN69 altitude" in dock.problems.text()
    # another point is selected: the fiche and the refused text stay, with the reason
    benchmarks_layer.selectByIds([other_fid])
    assert dock.fid == first_fid and dock.editors["cp1_coord3"].text() == "9000"
    assert "before choosing another point" in dock.problems.text()
    dock.editors["cp1_coord3"].setText("35.5")
    benchmarks_layer.selectByIds([other_fid])
    assert dock.fid == other_fid
    assert benchmarks_layer.getFeature(first_fid)["cp1_coord3"] == 35.5
    benchmarks_layer.rollBack()


def test_dock_refuses_numbers_that_do_not_look_like_the_declared_crs(qgis_iface, qtbot):
    from .conftest import make_layer
    layer = make_layer(["PointZ (47300 68765 35)"], "EPSG:3948", "PointZ", [{"matricule": "R00001"}], "wrong")
    dock = FicheDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_layer(layer)
    layer.selectByIds([first(layer).id()])
    labels = [dock.coords.itemAt(i, dock.coords.FieldRole).widget().text() for i in range(dock.coords.rowCount())]
    assert any("look like REN09 (Rennes 2009), not RGF93 v1 / CC48" in text for text in labels)
    assert not any("°" in text for text in labels)
