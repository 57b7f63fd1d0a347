"""The « Fiche canevas » dock never loses what is typed, writes matricules in one form, refuses non-finite
numbers, survives text altitudes, and keeps the height field and the geometry's Z together."""

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from canevas.plugin.fiche_dock import FicheDock
from canevas.plugin.fiche_editing import KEPT_SETTING

from .conftest import make_layer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def stations(tmp_path):
    path = tmp_path / "sample.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "canevas_sample.gpkg", path)
    layer = QgsVectorLayer("{}|layername=stations_synthetic".format(path), "stations", "ogr")
    assert layer.isValid()
    yield layer
    if not sip.isdeleted(layer):  # destroyed now, not after QGIS exits with the last test
        layer.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def dock(qgis_iface, qtbot):
    QgsSettings().remove(KEPT_SETTING)
    widget = FicheDock(qgis_iface)
    qtbot.addWidget(widget)
    yield widget
    QgsSettings().remove(KEPT_SETTING)  # the widget is already closed by pytest-qt


def editing(dock, layer, index=0):
    features = list(layer.getFeatures())
    dock.set_layer(layer)
    layer.selectByIds([features[index].id()])
    dock.edit_button.setChecked(True)
    assert layer.isEditable() and dock.fid == features[index].id()
    return features


def coords_texts(dock):
    return [dock.coords.itemAt(i, dock.coords.FieldRole).widget().text() for i in range(dock.coords.rowCount())]


def test_selection_change_keeps_the_refused_value_and_writes_the_valid_one(dock, stations):
    features = editing(dock, stations)
    first, other = features[0], features[3]
    dock.editors["adresse"].setText("3 rue Neuve")
    dock.editors["classe_plan_cm"].setText("deux")
    stations.selectByIds([other.id()])
    assert dock.fid == first.id()  # the fiche stays, with both texts
    assert dock.editors["classe_plan_cm"].text() == "deux" and dock.editors["adresse"].text() == "3 rue Neuve"
    assert stations.getFeature(first.id())["adresse"] == "3 rue Neuve"  # the valid one is in the edit buffer
    assert "« deux » does not fit the field « Plan class (cm) »" in dock.problems.text()
    assert "Correct or clear « Plan class (cm) » before choosing another point." in dock.problems.text()
    # an undo made elsewhere refreshes the fiche, the refused text stays typed
    stations.undoStack().undo()
    assert stations.getFeature(first.id())["adresse"] == first["adresse"]
    assert dock.editors["adresse"].text() == (first["adresse"] or "")
    assert dock.editors["classe_plan_cm"].text() == "deux"
    # corrected: the dock follows the selection
    dock.editors["classe_plan_cm"].setText("2.5")
    stations.selectByIds([other.id()])
    assert dock.fid == other.id() and stations.getFeature(first.id())["classe_plan_cm"] == 2.5
    stations.rollBack()


def test_current_layer_change_keeps_the_fiche_until_the_value_is_corrected(dock, stations):
    features = editing(dock, stations)
    sample = stations.source().split("|")[0]
    benchmarks = QgsVectorLayer("{}|layername=benchmarks_synthetic".format(sample), "rn", "ogr")
    dock.editors["classe_alti_cm"].setText("inf")
    dock.set_layer(benchmarks)
    assert dock.layer is stations and dock.editors["classe_alti_cm"].text() == "inf"
    assert "is not a number a fiche can hold" in dock.problems.text()
    assert "before the fiche follows the current layer" in dock.problems.text()
    dock.editors["classe_alti_cm"].setText("1.5")
    assert dock.apply_field("classe_alti_cm")
    assert dock.layer is benchmarks  # followed once nothing is pending
    assert stations.getFeature(features[0].id())["classe_alti_cm"] == 1.5
    stations.rollBack()
    dock.set_layer(None)  # the layer is not kept alive past the test by the dock


@pytest.mark.parametrize("how", ["layer removed", "project closed"])
def test_typed_values_of_a_removed_layer_are_kept(dock, qgis_iface, qtbot, stations, how):
    QgsProject.instance().addMapLayer(stations)
    features = editing(dock, stations)
    dock.editors["adresse"].setText("5 place Hoche")  # typed, the box not left
    dock.editors["classe_plan_cm"].setText("nan")
    dock.apply_field("classe_plan_cm")
    if how == "layer removed":
        QgsProject.instance().removeMapLayer(stations.id())
    else:
        QgsProject.instance().clear()
    assert dock.layer is None
    kept = dock.kept.toPlainText()
    matricule = features[0]["matricule"]
    assert "stations {} — adresse: « 5 place Hoche » (not written yet)".format(matricule) in kept
    assert "classe_plan_cm: « nan » (« nan » in « classe_plan_cm » is not a number a fiche can hold" in kept
    assert not dock.kept_box.isHidden()
    # kept across sessions, until dismissed
    again = FicheDock(qgis_iface)
    qtbot.addWidget(again)
    assert again.kept.toPlainText() == kept
    again.dismiss_kept()
    fresh = FicheDock(qgis_iface)
    qtbot.addWidget(fresh)
    assert QgsSettings().value(KEPT_SETTING) is None and fresh.kept_box.isHidden()


def test_save_and_stop_editing_wait_for_a_refused_value(dock, stations):
    editing(dock, stations)
    dock.editors["classe_plan_cm"].setText("-1")
    assert not dock.commit()
    assert "must be above 0" in dock.problems.text() and "before saving" in dock.problems.text()
    dock.edit_button.setChecked(False)
    assert stations.isEditable() and dock.edit_button.isChecked()
    assert dock.editors["classe_plan_cm"].text() == "-1"
    dock.rollback()  # QGIS' cancel: the user discards edits and typed values
    assert not stations.isEditable() and dock.pending() == []


@pytest.mark.parametrize("typed,written", [("r21099", "R21099"), ("R021098", "R21098"), (" r 21097 ", "R21097")])
def test_matricule_is_written_in_its_one_form(dock, stations, typed, written):
    features = editing(dock, stations)
    dock.editors["matricule"].setText(typed)
    assert dock.apply_field("matricule")
    assert stations.getFeature(features[0].id())["matricule"] == written
    assert dock.editors["matricule"].text() == written and dock.pending() == []
    stations.rollBack()


@pytest.mark.parametrize("typed,reason", [("r21002", "already used by another station"),
                                          ("R021002", "already used by another station"),
                                          ("R21001A", "must end with its number"), ("R 2 1", "may hold only")])
def test_matricule_refused_with_its_reason(dock, stations, typed, reason):
    features = editing(dock, stations)
    assert any(f["matricule"] == "R21002" for f in features)
    dock.editors["matricule"].setText(typed)
    assert not dock.apply_field("matricule")
    assert reason in dock.problems.text() and dock.editors["matricule"].text() == typed
    assert stations.getFeature(features[0].id())["matricule"] == features[0]["matricule"]
    stations.rollBack()


def test_a_text_altitude_is_shown_missing_with_a_note(dock):
    layer = make_layer(["Point (1351771.813 7222969.080)"], "EPSG:3948", "Point",
                       [{"nom": "M.AC - 1", "cp1_coord3": "n.c.", "freres_info": ""}], "rn")
    dock.set_layer(layer)
    layer.selectByIds([next(layer.getFeatures()).id()])  # raised ValueError before
    texts = coords_texts(dock)
    assert "M.AC - 1" in dock.title.text()
    assert any(t == "—" for t in texts)
    assert any("The height « n.c. » of the field cp1_coord3 is not a number: shown as missing." in t for t in texts)
    assert any("1351771.813" in t for t in texts)


def test_height_field_and_geometry_z_are_edited_together(dock, stations):
    features = editing(dock, stations)
    fid = features[0].id()
    before = stations.getFeature(fid).geometry().constGet().z()
    assert stations.getFeature(fid)["z_ign69"] == pytest.approx(before, abs=0.0005)  # the sample agrees
    dock.editors["z_ign69"].setText("40.125")
    assert dock.apply_field("z_ign69")
    feature = stations.getFeature(fid)
    assert feature["z_ign69"] == 40.125 and feature.geometry().constGet().z() == 40.125
    assert any(t == "40.125 m" for t in coords_texts(dock))  # the fiche shows the new height
    stations.undoStack().undo()  # one undo step reverts both
    feature = stations.getFeature(fid)
    assert feature.geometry().constGet().z() == before and feature["z_ign69"] == features[0]["z_ign69"]
    # a Z changed elsewhere (vertex tool): the Z is the height, the field's value is noted
    from qgis.core import QgsGeometry, QgsPoint
    point = feature.geometry().vertexAt(0)  # a copy: constGet() would point into a temporary geometry
    stations.changeGeometry(fid, QgsGeometry(QgsPoint(point.x(), point.y(), 50.0)))
    dock.show_feature(fid)
    texts = coords_texts(dock)
    assert "50.000 m" in texts
    assert any("the geometry Z 50.000 m: the Z is the height" in t for t in texts)
    stations.rollBack()
