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
