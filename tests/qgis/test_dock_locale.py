"""The « Fiche canevas » dock in the user's locale: numbers shown as users write them (« 1 351 771,813 » in
French), typed back in that form or with a dot decimal, refused when two readings differ; field labels
in users' words (the layer's alias first), never a raw column name such as derniere_visite_locale."""

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPoint, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QLocale

from canevas.core.fiche import dms
from canevas.core.transform import transform_xy
from canevas.plugin.fiche_dock import FicheDock

ROOT = Path(__file__).resolve().parents[2]
NNBSP = "\u202f"  # French thousands separator (CLDR, Qt ≥ 5.12)
XY = "X {}   Y {}"


@pytest.fixture
def locale():
    """Sets the default QLocale for one test, and restores the one before."""
    before = QLocale()
    yield lambda language, country: QLocale.setDefault(QLocale(language, country))
    QLocale.setDefault(before)


@pytest.fixture
def stations(tmp_path):
    path = tmp_path / "sample.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "canevas_sample.gpkg", path)
    layer = QgsVectorLayer("{}|layername=stations_synthetic".format(path), "stations", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture
def dock(qgis_iface, qtbot):
    widget = FicheDock(qgis_iface)
    qtbot.addWidget(widget)
    yield widget
    widget.set_layer(None)


def french(value, decimals=3):
    """The French form written by hand, not by QLocale: 1351771.813 → « 1 351 771,813 »."""
    return "{:,.{}f}".format(value, decimals).replace(",", NNBSP).replace(".", ",")


def coords(dock):
    """The coordinate rows: label → text (the notes, without a label, under "")."""
    form, rows = dock.coords, {}
    for i in range(form.rowCount()):
        label = form.itemAt(i, form.ItemRole.LabelRole)
        rows[label.widget().text() if label else ""] = form.itemAt(i, form.ItemRole.FieldRole).widget().text()
    return rows


def row_labels(dock):
    return {name: dock.identity.labelForField(editor).text() for name, editor in dock.editors.items()}


def show_first(dock, layer):
    feature = next(layer.getFeatures())
    dock.set_layer(layer)
    layer.selectByIds([feature.id()])
    assert dock.fid == feature.id()
    return feature


def test_french_dock_shows_coordinates_heights_and_fields_with_a_decimal_comma(dock, stations, locale):
    locale(QLocale.Language.French, QLocale.Country.France)
    assert QLocale().groupSeparator() == NNBSP
    feature = show_first(dock, stations)
    point = feature.geometry().constGet()
    x48, y48 = transform_xy("REN09", "CC48", [point.x()], [point.y()])
    lon, lat = transform_xy("REN09", "RGF93G", [point.x()], [point.y()])
    shown = coords(dock)
    assert shown["REN09"] == XY.format(french(point.x()), french(point.y()))
    assert shown["RGF93 / CC48"] == XY.format(french(x48[0]), french(y48[0]))
    assert shown["RGF93 / CC48"].startswith("X 1{}3".format(NNBSP))  # a CC48 X is above a million
    assert shown["RGF93 geographic"] == "{}   {}".format(dms(lat[0], "N", "S").replace(".", ","),
                                                      dms(lon[0], "E", "W").replace(".", ","))
    assert "." not in shown["RGF93 geographic"]
    assert shown["Height IGN69"] == french(point.z()) + " m"
    # the fields in their boxes: decimals as stored, with a comma; whole values without decimals
    assert dock.editors["z_ign69"].text() == french(feature["z_ign69"])
    assert feature["classe_plan_cm"] == 2.0 and dock.editors["classe_plan_cm"].text() == "2"
    assert dock.editors["date_determination"].text() == feature["date_determination"].toString("yyyy-MM-dd")


def test_english_dock_groups_with_commas(dock, stations, locale):
    locale(QLocale.Language.English, QLocale.Country.UnitedStates)
    feature = show_first(dock, stations)
    point = feature.geometry().constGet()
    x48, y48 = transform_xy("REN09", "CC48", [point.x()], [point.y()])
    assert coords(dock)["RGF93 / CC48"] == XY.format("{:,.3f}".format(x48[0]), "{:,.3f}".format(y48[0]))
    assert dock.editors["z_ign69"].text() == "{:g}".format(feature["z_ign69"])


def test_french_editing_reads_the_locale_form_and_a_dot_decimal(dock, stations, locale):
    locale(QLocale.Language.French, QLocale.Country.France)
    feature = show_first(dock, stations)
    dock.edit_button.setChecked(True)
    z = dock.editors["z_ign69"]
    for typed, written, shown in (("36,25", 36.25, "36,25"), ("36.5", 36.5, "36,5"),
                                  ("1 234,5", 1234.5, "1{}234,5".format(NNBSP)),
                                  ("1{}234,75".format(NNBSP), 1234.75, "1{}234,75".format(NNBSP)),
                                  ("-2,125", -2.125, "-2,125")):
        z.setText(typed)
        assert dock.apply_field("z_ign69"), dock.problems.text()
        assert stations.getFeature(feature.id())["z_ign69"] == written
        assert z.text() == shown and dock.pending() == []
    assert coords(dock)["Height IGN69"] == "-2,125 m"  # the geometry's Z follows, shown the same way
    # the same number typed the other way: nothing written, the box shows the locale form
    steps = stations.undoStack().count()
    z.setText("-2.125")
    assert not dock.apply_field("z_ign69")
    assert stations.undoStack().count() == steps and z.text() == "-2,125" and dock.pending() == []
    # a dot as thousands separator is not French: refused, the text kept, the value unchanged
    z.setText("1.234,5")
    assert not dock.apply_field("z_ign69")
    assert dock.problems.text() == ("« 1.234,5 » does not fit the field « Height IGN69 (m) » (a number, or a date as "
                                    "2024-05-31).")
    assert z.text() == "1.234,5" and stations.getFeature(feature.id())["z_ign69"] == -2.125
    # the fiche's own checks still speak, their numbers in French
    z.setText("9000,5")
    assert not dock.apply_field("z_ign69")
    assert dock.problems.text() == ("The height 9{0}000,5 m is not a plausible IGN69 altitude (between -10 and "
                                    "4{0}810 m).".format(NNBSP))
    stations.rollBack()


@pytest.mark.parametrize("language,country,typed,readings", [
    (QLocale.Language.English, QLocale.Country.UnitedStates, "40,125", "40.125 or as 40125"),
    (QLocale.Language.English, QLocale.Country.UnitedStates, "1,250", "1.25 or as 1250"),
    (QLocale.Language.German, QLocale.Country.Germany, "40.125", "40,125 or as 40125"),
], ids=["en 40,125", "en 1,250", "de 40.125"])
def test_a_number_with_two_readings_is_refused(dock, stations, locale, language, country, typed, readings):
    locale(language, country)
    feature = show_first(dock, stations)
    dock.edit_button.setChecked(True)
    dock.editors["z_ign69"].setText(typed)
    assert not dock.apply_field("z_ign69")
    assert dock.problems.text() == ("« {} » in « Height IGN69 (m) » reads as {}: type it without thousands "
                                    "separators.".format(typed, readings))
    assert dock.editors["z_ign69"].text() == typed and dock.pending() == ["z_ign69"]
    assert stations.getFeature(feature.id())["z_ign69"] == feature["z_ign69"]
    stations.rollBack()


def test_english_editing_reads_grouping_dot_and_a_lone_comma_decimal(dock, stations, locale):
    locale(QLocale.Language.English, QLocale.Country.UnitedStates)
    feature = show_first(dock, stations)
    dock.edit_button.setChecked(True)
    z = dock.editors["z_ign69"]
    for typed, written, shown in (("40.125", 40.125, "40.125"), ("2,5", 2.5, "2.5"), ("1,234.5", 1234.5, "1,234.5"),
                                  ("1 234.75", 1234.75, "1,234.75")):
        z.setText(typed)
        assert dock.apply_field("z_ign69"), dock.problems.text()
        assert stations.getFeature(feature.id())["z_ign69"] == written and z.text() == shown
    z.setText("1234.75")  # the stored number without grouping: nothing to write, the box in the locale form
    assert not dock.apply_field("z_ign69") and z.text() == "1,234.75" and dock.pending() == []
    stations.rollBack()


def test_labels_are_users_words_and_the_alias_comes_first(dock, run, tmp_path):
    path = str(tmp_path / "register.gpkg")
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": path})
    benchmarks = QgsVectorLayer("{}|layername=benchmarks".format(path), "benchmarks", "ogr")
    benchmarks.startEditing()
    mark = QgsFeature(benchmarks.fields())
    mark.setGeometry(QgsGeometry(QgsPoint(1351771.813, 7222969.08, 35.5)))
    mark["nom"], mark["cp1_coord3"], mark["derniere_visite_locale"] = "M.AC - 1", 35.5, QDate(2024, 5, 31)
    assert benchmarks.addFeature(mark)
    assert benchmarks.commitChanges(), benchmarks.commitErrors()
    show_first(dock, benchmarks)
    labels = row_labels(dock)
    assert labels["derniere_visite_locale"] == "Last visit by the city's teams"
    assert dock.editors["derniere_visite_locale"].text() == "2024-05-31"
    assert labels["cp1_coord3"] == "Altitude (m)" and labels["remarques"] == "Remarks"
    assert [name for name, label in labels.items() if label == name] == []  # no raw column name
    benchmarks.setFieldAlias(benchmarks.fields().indexOf("derniere_visite_locale"), "Passage des équipes")
    dock.show_feature(dock.fid)
    assert row_labels(dock)["derniere_visite_locale"] == "Passage des équipes"


def test_ties_and_visits_tables_have_labels_and_locale_numbers(dock, run, tmp_path, locale):
    path = str(tmp_path / "register.gpkg")
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": path})
    stations = QgsVectorLayer("{}|layername=stations".format(path), "stations", "ogr")
    stations.startEditing()
    station = QgsFeature(stations.fields())
    station.setGeometry(QgsGeometry(QgsPoint(1351771.813, 7222969.08, 35.5)))
    station["matricule"], station["type_repere"] = "R21001", "borne"
    assert stations.addFeature(station) and stations.commitChanges(), stations.commitErrors()
    ties = QgsVectorLayer("{}|layername=ties".format(path), "ties", "ogr")
    ties.startEditing()
    tie = QgsFeature(ties.fields())
    tie["station_matricule"], tie["cible"], tie["distance_m"], tie["distance2_m"] = "R21001", "angle mur", 12.5, 12.51
    tie["gisement_gon"], tie["remarque"] = 105.25, "au clou"
    assert ties.addFeature(tie) and ties.commitChanges(), ties.commitErrors()
    locale(QLocale.Language.French, QLocale.Country.France)
    show_first(dock, stations)
    table = dock.ties
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Tie point", "Distance (m)", "Check distance (m)", "Bearing (gon)", "Remark"]
    assert [table.item(0, c).text() for c in range(table.columnCount())] == ["angle mur", "12,5", "12,51", "105,25",
                                                                             "au clou"]
