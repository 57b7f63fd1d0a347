"""The canevas register: schema as data, matricules and ranges, IGN benchmark mapping (no QGIS)."""

import datetime
import sqlite3

import pytest

from canevas.core import ign_benchmarks, register
from canevas.core.ign_benchmarks import ADDED, REJECTED, UNCHANGED, UPDATED, classify_benchmark, map_ign_benchmark
from canevas.core.messages import CanevasError
from canevas.core.register import (
    Matricule,
    check_matricules,
    in_range,
    make_range,
    next_free,
    overlapping_ranges,
    parse_matricule,
)

# --- schema ----------------------------------------------------------------------------------

def test_schema_layers_and_key_fields():
    assert register.LAYER_NAMES == ("stations", "benchmarks", "ties", "visits", "attachments", "matricule_ranges")
    stations = register.layer("stations")
    assert stations.geometry == "POINT"
    assert stations.field_names == ["matricule", "type_repere", "methode", "date_determination", "classe_plan_cm",
                                    "classe_alti_cm", "commune", "adresse", "description", "etat", "prestataire",
                                    "remarques"]
    matricule = stations.field("matricule")
    assert matricule.unique and matricule.not_null
    benchmarks = register.layer("benchmarks")
    for name in ("nom", "domaine", "type", "etat", "insee", "commune", "cp1_coord3", "cp1_srv", "cp1_altitude_type",
                 "cg1_coord1", "cg1_coord2", "voie_suivie", "voie_de", "voie_vers", "voie_cote", "voie_pk",
                 "localisation", "support", "freres_info", "vis_date", "obs_date", "expl_gps", "url_pdf",
                 "remarques", "derniere_visite_locale"):
        assert name in benchmarks.field_names
    assert benchmarks.field("nom").unique
    assert register.layer("ties").geometry is None
    assert register.layer("ties").field("station_matricule").references == "stations(matricule)"
    assert register.layer("ties").field("gisement_gon").not_null is False
    with pytest.raises(KeyError):
        register.layer("nothing")


def _database():
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA foreign_keys = ON")
    for table in register.SCHEMA:
        db.execute(register.create_table_sql(table))
    return db


def test_create_table_sql_gives_real_constraints():
    db = _database()
    db.execute("INSERT INTO stations (matricule) VALUES ('R10001')")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute("INSERT INTO stations (matricule) VALUES ('R10001')")
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
        db.execute("INSERT INTO stations (type_repere) VALUES ('clou')")
    db.execute("INSERT INTO ties (station_matricule, cible, distance_m) VALUES ('R10001', 'angle du mur', 4.25)")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute("INSERT INTO ties (station_matricule, cible, distance_m) VALUES ('R99999', 'poteau', 3.1)")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("INSERT INTO ties (station_matricule, cible, distance_m, gisement_gon) "
                   "VALUES ('R10001', 'poteau', 3.1, 400)")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("INSERT INTO attachments (station_matricule, kind) VALUES ('R10001', 'video')")
    db.execute("INSERT INTO attachments (station_matricule, kind, data) VALUES ('R10001', 'photo', x'ffd8')")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("INSERT INTO matricule_ranges (prestataire, first, last) VALUES ('X', 20, 10)")
    db.execute("INSERT INTO visits (station_matricule, date) VALUES ('R10001', '2024-03-01')")
    # renaming a station carries its ties, visits and attachments along
    db.execute("UPDATE stations SET matricule = 'R10002' WHERE matricule = 'R10001'")
    assert db.execute("SELECT station_matricule FROM ties").fetchall() == [("R10002",)]


def test_missing_layers():
    assert register.missing_layers(register.LAYER_NAMES + ("layer_styles",)) == []
    assert register.missing_layers(["stations", "benchmarks"]) == ["ties", "visits", "attachments",
                                                                   "matricule_ranges"]


# --- matricules ------------------------------------------------------------------------------

def test_parse_matricule_keeps_padding():
    m = parse_matricule("R00123")
    assert (m.prefix, m.number, m.width) == ("R", 123, 5)
    assert m.text == "R00123" and str(m) == "R00123"
    assert parse_matricule(" 42 ") == Matricule("", 42, 2)
    assert parse_matricule("ST-0007").prefix == "ST-"
    assert parse_matricule("R123").key == parse_matricule("r00123").key


@pytest.mark.parametrize("bad", ["", "ABC", "R12a", None])
def test_parse_matricule_rejects_text_without_number(bad):
    with pytest.raises(CanevasError, match="matricule"):
        parse_matricule(bad)


def test_ranges_from_numbers_or_matricules():
    r = make_range("Cabinet Ouest Topo", 21001, 21999.0, "2015-01-01")
    assert (r.first, r.last, r.prefix, r.size) == (21001, 21999, None, 999)
    r = make_range("Armor Mesures", "R00100", "R00199")
    assert (r.prefix, r.width, r.first, r.last) == ("R", 5, 100, 199)
    assert r.matricule(150).text == "R00150"
    assert make_range("X", 1, 9, prefix="S").prefix == "S"
    with pytest.raises(CanevasError, match="swap first and last"):
        make_range("X", 30, 10)
    with pytest.raises(CanevasError, match="no last"):
        make_range("X", 1, None)
    with pytest.raises(CanevasError, match="does not end with a number"):
        make_range("X", "R1", "Rxx")
    with pytest.raises(CanevasError, match="prefixes"):
        make_range("X", "R1", "S9")
    with pytest.raises(CanevasError, match="whole number"):
        make_range("X", 1.5, 9)


def test_in_range_and_overlaps():
    a = make_range("A", "R10001", "R10999")
    b = make_range("B", 10500, 11000)  # any prefix
    c = make_range("C", "S10001", "S10999")
    d = make_range("D", "R11000", "R11999")
    assert in_range("R10001", a) and in_range("R10999", a) and not in_range("R11000", a)
    assert not in_range("S10500", a) and in_range("S10500", b)
    assert not in_range("garbage", a)
    assert overlapping_ranges([a, b, c, d]) == [(0, 1), (1, 2), (1, 3)]
    assert overlapping_ranges([a, c, d]) == []


def test_next_free_follows_the_highest_used():
    r = make_range("A", "R10001", "R10005")
    assert next_free(r, []) == "R10001"
    assert next_free(r, ["R10001", "R10003", "S10004", "R20000"]) == "R10004"  # R10002 is not reused
    assert next_free(r, ["R10005"]) is None  # the range is exhausted
    open_prefix = make_range("B", 1, 999)
    assert next_free(open_prefix, ["R00007", "R00012"]) == "R00013"
    assert next_free(open_prefix, []) == "001"


def test_check_matricules():
    ranges = [make_range("A", "R10001", "R10010"), make_range("B", "R10008", "R10020"),
              make_range("C", "R30001", "R30100")]
    matricules = ["R10001", "R10002", "R10005", "R10002", "R99999", None, "XX", "R30001", "r010001"]
    check = check_matricules(matricules, ranges)
    assert check.duplicates == {"R10001": [0, 8], "R10002": [1, 3]}
    assert check.outside == [4, 6]
    assert check.unreadable == [6]
    assert check.missing == [5]
    assert check.overlapping == [(0, 1)]
    # range A: used 1, 2, 5 → 3 and 4 unused below the highest; B and C: nothing missing
    assert [(g.range_index, g.start, g.end) for g in check.gaps] == [(0, 10003, 10004)]
    assert check.gap_count == 2
    usage = check.usage[0]
    assert (usage.used, usage.highest, usage.next_free, usage.unused_below_highest) == (3, 10005, "R10006", 2)
    assert check.usage[1].used == 0 and check.usage[1].next_free == "R10008"
    problems = check.problems()
    assert problems[0] == ["duplicate"] and problems[4] == ["outside"] and problems[5] == ["missing"]
    assert 2 not in problems


def test_check_matricules_sample_like_ranges_have_no_problem():
    ranges = [make_range("Régie", 10001, 10999), make_range("Ouest Topo", 21001, 21999)]
    matricules = ["R{:05d}".format(n) for n in list(range(10001, 10101)) + list(range(21001, 21051))]
    check = check_matricules(matricules, ranges)
    assert not (check.duplicates or check.outside or check.overlapping or check.gaps or check.missing)
    assert [u.next_free for u in check.usage] == ["R10101", "R21051"]


# --- IGN benchmarks --------------------------------------------------------------------------

def ign_row(**changes):
    row = {"nom": "M.AC - 12", "domaine": "nivf", "type": "Repère console", "etat": "BON ETAT", "insee": "35238",
           "commune": "Rennes", "cp1_coord3": 31.254, "cp1_srv": "NGF-IGN 1969", "cp1_altitude_type": "normale",
           "cg1_coord1": -1.68, "cg1_coord2": 48.11, "voie_suivie": "RN 12", "voie_de": "Rennes",
           "voie_vers": "Saint-Brieuc", "voie_cote": "droit", "voie_pk": "3.2", "localisation": "Rennes, RN 12",
           "support": "Parapet de pont", "freres_info": "", "vis_date": "2019-05-03", "obs_date": "1984-06-12",
           "expl_gps": "oui", "url_pdf": "https://example.invalid/M.AC-12.pdf"}
    row.update(changes)
    return row


def test_find_ign_fields_is_case_insensitive():
    found = ign_benchmarks.find_ign_fields(["NOM", "Domaine", "cp1_coord3", "other"])
    assert found == {"nom": "NOM", "domaine": "Domaine", "cp1_coord3": "cp1_coord3"}


def test_map_ign_benchmark_normalises_values():
    assert map_ign_benchmark(ign_row(vis_date="2019-05-03Z"), True).values["vis_date"] == "2019-05-03"
    assert map_ign_benchmark(ign_row(vis_date=datetime.datetime(2019, 5, 3, 10)), True).values["vis_date"] \
        == "2019-05-03"
    mapped = map_ign_benchmark(ign_row(cp1_coord3="31,254", vis_date=datetime.date(2019, 5, 3),
                                       obs_date="12/06/1984", freres_info="  ", voie_pk=3.0), True)
    assert mapped.reason is None
    v = mapped.values
    assert v["nom"] == "M.AC - 12" and v["cp1_coord3"] == pytest.approx(31.254)
    assert v["vis_date"] == "2019-05-03" and v["obs_date"] == "1984-06-12"
    assert v["freres_info"] is None and v["voie_pk"] == "3"
    assert mapped.lonlat == (-1.68, 48.11)
    assert set(v) == set(register.IGN_FIELD_NAMES)


@pytest.mark.parametrize("changes, has_geometry, only_nivf, reason", [
    ({"nom": None}, True, True, "no « nom »"),
    ({"nom": "  "}, True, True, "no « nom »"),
    ({"domaine": "geod"}, True, True, "is not « nivf »"),
    ({"cp1_coord3": "n.c."}, True, True, "altitude cp1_coord3 « n.c. » is not a number"),
    ({"cp1_coord3": None}, True, True, "no altitude"),
    ({"vis_date": "hier"}, True, True, "vis_date « hier » is not a date"),
    ({"cg1_coord1": "abc"}, True, True, "cg1_coord1 « abc » is not a number"),
    ({"cg1_coord1": None}, False, True, "no geometry and no coordinates"),
    ({"cg1_coord2": 95.0}, False, True, "no geometry and no coordinates"),
])
def test_map_ign_benchmark_rejections(changes, has_geometry, only_nivf, reason):
    mapped = map_ign_benchmark(ign_row(**changes), has_geometry, only_nivf)
    assert mapped.reason is not None
    assert reason in mapped.reason.text()


def test_domaine_filter_can_be_turned_off():
    assert map_ign_benchmark(ign_row(domaine="geod"), True, only_nivf=False).reason is None
    # lon/lat replace a missing geometry
    assert map_ign_benchmark(ign_row(), False).lonlat == (-1.68, 48.11)


def test_classify_benchmark():
    stored = map_ign_benchmark(ign_row(), True).values
    stored["remarques"] = "vu le 2024-02-01"  # local fields are never compared
    existing = {"M.AC - 12": stored}
    seen = set()
    status, changed, reason = classify_benchmark(map_ign_benchmark(ign_row(), True), existing, seen,
                                                 (1000.0, 2000.0), (1000.0004, 2000.0))
    assert (status, changed, reason) == (UNCHANGED, [], None)
    status, _, reason = classify_benchmark(map_ign_benchmark(ign_row(), True), existing, seen)
    assert status == REJECTED and "more than once" in reason.text()
    seen.clear()
    status, changed, _ = classify_benchmark(map_ign_benchmark(ign_row(cp1_coord3=31.26, etat="MAUVAIS ETAT"), True),
                                            existing, seen, (1000.0, 2000.0), (1000.0, 2000.1))
    assert status == UPDATED and changed == ["etat", "cp1_coord3", "geometry"]
    status, _, _ = classify_benchmark(map_ign_benchmark(ign_row(nom="M.AC - 13"), True), existing, seen)
    assert status == ADDED
    status, _, reason = classify_benchmark(map_ign_benchmark(ign_row(nom=None), True), existing, seen)
    assert status == REJECTED and reason is not None


def test_field_labels_live_on_the_schema():
    # every field a fiche shows has the users' words; the register's own and IGN's names share them
    assert register.field_label("matricule") == register.field_label("nom") == "Matricule"
    assert register.field_label("cp1_coord3") == "Altitude (m)"
    assert register.field_label("z_ign69") == "Height IGN69 (m)"
    assert register.field_label("fid") is None
    labelled = {f.name for f in register.STATIONS.fields if f.label}
    assert labelled == set(register.STATIONS.field_names)
    assert all(f.label for f in register.IGN_BENCHMARK_FIELDS)


# --- one written form of a matricule (the dock and checkmatricules) -------------------------------

@pytest.mark.parametrize("typed,written", [
    ("R21001", "R21001"), ("r21001", "R21001"), ("R021001", "R21001"), (" R 21001 ", "R21001"),
    ("R123", "R00123"), ("r00123", "R00123"), ("21001", "21001"), ("RM-7", "RM-00007"), ("R1234567", "R1234567"),
])
def test_normalize_matricule_without_ranges(typed, written):
    assert register.normalize_matricule(typed) == written
    assert register.matricule_key(typed) == register.matricule_key(written)


def test_normalize_matricule_follows_the_width_of_its_range():
    ranges = [make_range("Géomètre A", 1, 100, prefix="R"), make_range("Géomètre B", "R21001", "R21100")]
    assert register.normalize_matricule("r0007", ranges) == "R007"  # the range 1…100 writes 3 digits
    assert register.normalize_matricule("R021001", ranges) == "R21001"
    assert register.normalize_matricule("X7", ranges) == "X00007"  # in no range: the register's 5 digits


@pytest.mark.parametrize("typed,reason", [
    ("", "has no matricule"), (None, "has no matricule"), ("R21001A", "must end with its number"),
    ("R 2 1001", "may hold only letters"), ("R'1", "may hold only letters"), ("é1", "may hold only letters"),
    ("R1234567890123", "13 digits"),
])
def test_normalize_matricule_refuses_with_a_message(typed, reason):
    with pytest.raises(CanevasError, match=reason):
        register.normalize_matricule(typed)


def test_check_matricules_lists_the_matricules_not_in_their_written_form():
    ranges = [make_range("Géomètre A", "R21001", "R21100")]
    check = check_matricules(["R21001", "r21001", "R021002", "R21003", "bad"], ranges)
    assert check.duplicates == {"R21001": [0, 1]}
    assert check.not_normalised == {1: "R21001", 2: "R21002"}
    assert check.unreadable == [4]
