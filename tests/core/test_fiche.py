"""Fiche content: DMS, coordinates in every system, validation of station edits."""

import pytest

from canevas.core import fiche, systems
from canevas.core.register import make_range
from canevas.core.transform import transform_xy


@pytest.mark.parametrize("value,text", [
    (48.1115, "48°06′41.40000″ N"), (-1.6797, "1°40′46.92000″ W"),
    (47.99999999999, "48°00′00.00000″ N"),  # rounding carries into minutes and degrees
])
def test_dms(value, text):
    positive, negative = ("N", "S") if abs(value) > 10 else ("E", "W")
    assert fiche.dms(value, positive, negative) == text


def test_coordinates_in_every_system():
    c = fiche.coordinates("REN09", 47300.0, 68765.0)
    x, y = transform_xy("REN09", "CC48", [47300.0], [68765.0])
    assert c.cc48 == pytest.approx((x[0], y[0]), abs=1e-6)
    assert c.ren09 == pytest.approx((47300.0, 68765.0), abs=1e-6)
    assert c.lat_dms.startswith("48°") and c.lon_dms.endswith("W")
    assert c.datum_shift == systems.DATUM_3PARAM  # REN09 as Rennes defined it, the default


def test_validate_station():
    ranges = [make_range("Géomètre A", "R21001", "R21100"), make_range("Géomètre B", "R22001", "R22100")]
    ok = fiche.validate_station({"matricule": "R21005", "prestataire": "Géomètre A", "type_repere": "borne",
                                 "z_ign69": 35.2}, ["R21001"], ranges)
    assert ok == []
    texts = [m.text() for m in fiche.validate_station(
        {"matricule": "R21001", "prestataire": "Géomètre B", "type_repere": "", "z_ign69": 9000},
        ["R21001"], ranges)]
    assert "The field « type_repere » is required." in texts
    assert any("already used by another station" in t for t in texts)
    assert any("outside the ranges allocated to Géomètre B" in t for t in texts)
    assert any("is not a plausible IGN69 altitude" in t for t in texts)


def test_next_free_matricule():
    ranges = [make_range("Géomètre A", "R21001", "R21003"), make_range("Géomètre B", "R22001", "R22100")]
    assert fiche.next_free_in_ranges(ranges, ["R21001"]) == "R21002"
    assert fiche.next_free_in_ranges(ranges, ["R21001", "R21003"], "Géomètre A") is None
    assert fiche.next_free_in_ranges(ranges, ["R21003"]) == "R22001"


def test_text_lines_for_ties_and_visits():
    headers = ["cible", "distance_m", "distance2_m", "gisement_gon", "remarque"]
    rows = [["angle du bâtiment", "3.5", "", "", None], ["poteau EDF", "4", "4.02", "123.4567", "côté\nrue"]]
    assert fiche.text_lines(headers, rows) == (
        "• angle du bâtiment — 3.5 m\n"
        "• poteau EDF — 4 m — contrôle 4.02 m — gisement 123.4567 gon — côté rue")
    assert fiche.text_lines(["date", "visiteur"], [["2024-05-31", "J. Dupont"]], bullet="") == "2024-05-31 — J. Dupont"
    assert fiche.text_lines(headers, []) == "" and fiche.text_lines(headers, None) == ""
    assert {"ties_text", "visits_text", "ties_html"} <= set(fiche.FICHE_FIELDS)


# --- the one fiche computation (dock, PDF, canevas_fiche) ---------------------------------------

def test_figures_give_the_texts_printed_on_a_fiche():
    f = fiche.figures("REN09", 47300.0, 68765.0, 35.52, {}, systems.DATUM_3PARAM)
    x, y = transform_xy("REN09", "CC48", [47300.0], [68765.0], systems.DATUM_3PARAM)
    texts = f.texts()
    assert texts["x_cc48"] == "{:.3f}".format(x[0]) and texts["y_cc48"] == "{:.3f}".format(y[0])
    assert texts["x_ren09"] == "47300.000" and texts["z_ign69"] == "35.520"
    assert texts["lat_dms"].startswith("48°06′") and f.problem is None and f.notes == []


def test_geometry_z_is_the_height_and_a_disagreeing_field_is_noted():
    height, notes = fiche.fiche_height(35.52, {"z_ign69": 35.0})
    assert height == 35.52
    assert [n.text() for n in notes] == ["The field z_ign69 says 35.000 m, the geometry Z 35.520 m: the Z is the "
                                         "height."]
    assert fiche.fiche_height(35.52, {"z_ign69": 35.5203}) == (35.52, [])  # within 0.5 mm: one height
    assert fiche.fiche_height(float("nan"), {"z_ign69": "35,25"}) == (35.25, [])  # no Z: the field
    assert fiche.fiche_height(None, {}) == (None, [])


@pytest.mark.parametrize("text", ["n.c.", "inf", "nan", "35 m"])
def test_a_text_altitude_is_shown_missing_with_a_note(text):
    f = fiche.figures("CC48", 1351771.813, 7222969.080, None, {"cp1_coord3": text})
    assert f.height is None and f.texts()["z_ign69"] is None
    assert [n.text() for n in f.notes] == ["The height « {} » of the field cp1_coord3 is not a number: shown as "
                                           "missing.".format(text)]
    assert f.coordinates is not None  # the rest of the fiche is computed


def test_coordinates_not_computed_say_why():
    outside = fiche.figures("CC48", 500000.0, 7200000.0, datum_shift=systems.DATUM_GRID)
    assert outside.coordinates is None and outside.texts()["x_ren09"] is None
    assert "lies outside the area of the transformation (REN09 with the IGN NTF→RGF93 grid" in outside.problem.text()
    wrong = fiche.figures("CC48", 47300.0, 68765.0)
    assert "look like REN09 (Rennes 2009), not RGF93 v1 / CC48" in wrong.problem.text()
    assert "CRS is unknown" in fiche.figures(None, 1.0, 2.0).problem.text()
    assert "no finite X, Y" in fiche.figures("CC48", float("inf"), 7222969.0).problem.text()


def test_station_values_typed_in_the_dock():
    ranges = [make_range("Géomètre A", "R21001", "R21100")]
    assert fiche.prepare_station_value("matricule", "r021005", ranges) == ("R21005", [])
    value, problems = fiche.prepare_station_value("matricule", "R21005B", ranges)
    assert value == "R21005B" and "must end with its number" in problems[0].text()
    assert fiche.prepare_station_value("adresse", "r1", ranges) == ("r1", [])
    # written differently, the same station number is a duplicate
    texts = [m.text() for m in fiche.validate_station({"matricule": "R21001"}, ["r021001"], ranges)]
    assert any("already used by another station" in t for t in texts)


@pytest.mark.parametrize("name,value,message", [
    ("classe_plan_cm", float("inf"), "is not a number a fiche can hold"),
    ("classe_alti_cm", float("nan"), "is not a number a fiche can hold"),
    ("classe_plan_cm", 0.0, "must be above 0"),
    ("z_ign69", float("inf"), "is not a plausible IGN69 altitude"),
    ("cp1_coord3", float("nan"), "is not a plausible IGN69 altitude"),
])
def test_non_finite_numbers_are_refused(name, value, message):
    texts = [m.text() for m in fiche.validate_station({name: value}, [])]
    assert len(texts) == 1 and message in texts[0]
    assert [m.text() for m in fiche.validate_benchmark({name: value})] == texts


def test_one_file_name_per_fiche():
    names = fiche.fiche_file_names([(1, "R21001"), (2, "R/1"), (3, "R_1"), (4, ""), (5, None), (6, "R21001"),
                                    (7, "r21001"), (8, "M.AC - 0-VIII"), (9, "CON"), (10, "R_1_fid2")])
    assert names == {1: "R21001_fid1.pdf", 2: "R_1_fid2.pdf", 3: "R_1_fid3.pdf", 4: "fiche_fid4.pdf",
                     5: "fiche_fid5.pdf", 6: "R21001_fid6.pdf", 7: "r21001_fid7.pdf", 8: "M.AC_-_0-VIII.pdf",
                     9: "CON_fid9.pdf", 10: "R_1_fid2_2.pdf"}
    assert len({n.lower() for n in names.values()}) == len(names)


def test_template_kind_from_the_fields_it_reads():
    station = fiche.referenced_fields(['[% "fiche_matricule" %]', '[% coalesce("ties_text", \'\') %]'])
    benchmark = fiche.referenced_fields(['[% "cp1_coord3" %] m', '"voie_suivie"', '"commune"'])
    assert fiche.template_kind(station) == "station" and fiche.template_kind(benchmark) == "benchmark"
    assert fiche.template_kind(station | benchmark) is None and fiche.template_kind({"commune"}) is None
