"""Bad-input matrix of canevas:checkmatricules (see matrix.py): the SYNTHETIC stations against a ranges table.

The stations and the ranges are both damaged: the stations by the matrix, the ranges table by the plain tests
below (missing fields, empty, NULL or reversed bounds, huge ranges, a damaged file).
"""

import re

import pytest
from qgis.core import QgsFeature, QgsVectorLayer

from .matrix import Spec, damage_file, matrix_test, sample, snapshot, write_layer
from .matrix import run as matrix_run

#: (prestataire, prefixe, first, last): SYNTHETIC ranges; the stations R47xxx and R21011 lie in none
RANGES = (("Ville de Rennes (régie)", "R", 10001, 10020), ("Cabinet Ouest Topo (fictif)", "R", 21001, 21010),
          ("Géomètres Vilaine Associés (fictif)", "R", 34001, 34010))
FIELDS = "field=prestataire:string&field=prefixe:string&field=first:long&field=last:long"


def ranges_table(rows=RANGES, fields=FIELDS):
    table = QgsVectorLayer("None?" + fields, "matricule_ranges", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(table.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    table.dataProvider().addFeatures(features)
    return table


def params(tmp, rows=RANGES, fields=FIELDS):
    return {"STATIONS": sample("stations_synthetic"), "MATRICULE_FIELD": "matricule",
            "RANGES": write_layer(ranges_table(rows, fields), tmp / "ranges.gpkg", "matricule_ranges"),
            "OUTPUT": str(tmp / "o.gpkg"), "REPORT": str(tmp / "report.html")}


def expected(matricules, ranges=RANGES):
    """The figures of the check, computed again from the matricules with plain Python."""
    keys, missing, outside, problems = {}, 0, 0, set()
    for i, text in enumerate(matricules):
        if isinstance(text, float) and text == int(text):
            text = str(int(text))
        text = None if text is None else str(text).strip()
        if not text or text == "NULL":
            missing += 1
            problems.add(i)
            continue
        match = re.match(r"^(.*?)(\d+)$", text)
        key = (match.group(1).strip().upper(), int(match.group(2))) if match else ("?", text)
        keys.setdefault(key, []).append(i)
        if not match or not any(key[0] == p and a <= key[1] <= b for _, p, a, b in ranges):
            outside += 1
            problems.add(i)
    duplicates = [v for v in keys.values() if len(v) > 1]
    problems.update(i for group in duplicates for i in group)
    gaps = 0
    for _, prefix, first, last in ranges:
        used = {n for p, n in keys if p == prefix and first <= n <= last}
        gaps += (max(used) - first + 1 - len(used)) if used else 0
    return {"DUPLICATES": len(duplicates), "OUTSIDE_RANGES": outside, "MISSING": missing, "GAPS": gaps,
            "problems": len(problems)}


def check(case, result, tmp, params):
    """The counts are those of the matricules (independent figures); the offending stations come out whole."""
    stations = QgsVectorLayer(params["STATIONS"], "in", "ogr")
    field = params["MATRICULE_FIELD"] or "matricule"
    want = expected([f[field] if f[field] is not None and str(f[field]) != "NULL" else None
                     for f in stations.getFeatures()])
    assert {k: result[k] for k in ("DUPLICATES", "OUTSIDE_RANGES", "MISSING", "GAPS")} == \
        {k: want[k] for k in ("DUPLICATES", "OUTSIDE_RANGES", "MISSING", "GAPS")}, (result, want)
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.featureCount() == want["problems"]
    given = {f.geometry().asWkt(6) for f in stations.getFeatures()}
    for feature in out.getFeatures():
        assert feature["probleme"]
        geometry = feature.geometry()
        if not geometry.isNull() and not geometry.isEmpty():
            assert geometry.asWkt(6) in given  # the geometry as it is: a NaN or missing Z never 0
    if case == "valid":
        assert (result["OUTSIDE_RANGES"], result["GAPS"]) == (7, 0)  # R21011 and the six R47xxx; R10001–R10015
    if case in ("null_attributes", "empty_attributes"):
        assert result["MISSING"] == stations.featureCount()
    if case == "duplicates":
        assert result["DUPLICATES"] == stations.featureCount() // 2
    with open(result["REPORT"], encoding="utf-8") as report:
        assert report.read().strip().endswith("</html>")


SPEC = Spec("checkmatricules", params, layer="STATIONS", field="MATRICULE_FIELD", reads_geometry=False,
            check=check, extreme={"MATRICULE_FIELD": ["", "z_ign69", "classe_plan_cm", "synthetic"]})
test_matrix = matrix_test(SPEC)


def _run_with_ranges(tmp, rows, fields=FIELDS):
    p = params(tmp, rows, fields)
    before = snapshot(p["RANGES"])
    error, result, feedback = matrix_run("checkmatricules", p)
    assert snapshot(p["RANGES"]) == before
    if error is not None:
        assert not (tmp / "o.gpkg").exists() and not (tmp / "report.html").exists()
    return error, result, feedback


@pytest.mark.parametrize("rows,fields,message", [
    ((), FIELDS, "holds no range"),
    (RANGES, "field=prestataire:string&field=first:long", "lacks the field(s) last"),
    ((("A", "R", None, 10),), FIELDS, "has no first matricule"),
    ((("A", "R", 10, None),), FIELDS, "has no last matricule"),
    ((("A", "R", 20, 10),), FIELDS, "starts after its end"),
    ((("A", "R", 1.5, 10),), "field=prestataire:string&field=prefixe:string&field=first:double&field=last:long",
     "not a whole number"),
    ((("A", "R", "abc", "R10"),), "field=prestataire:string&field=prefixe:string&field=first:string&field=last:string",
     "does not end with a number"),
    ((("A", "R", -5, 10),), FIELDS, "starts below 0"),
])
def test_a_damaged_ranges_table_stops_with_its_row_named(provider, tmp_path, rows, fields, message):
    error, _, _ = _run_with_ranges(tmp_path, rows, fields)
    assert error is not None and message in error, error


def test_huge_ranges_and_null_prestataire_are_checked_within_memory(provider, tmp_path):
    rows = RANGES + ((None, "R", 1, 10 ** 12 - 1), ("B", None, 10 ** 11, 10 ** 12 - 1))
    error, result, feedback = _run_with_ranges(tmp_path, rows)
    assert error is None, error
    # R 1…10¹²−1 holds every station: none outside; it meets the three small ranges and the prefix-less one
    assert result["OUTSIDE_RANGES"] == 0 and result["OVERLAPPING_RANGES"] == 4
    # unused below the highest used: R47006 is the highest of 40 distinct numbers (the small ranges: none)
    assert result["GAPS"] == 47006 - 40
    assert any("next free: R47007" in m for m in feedback.messages), feedback.messages


@pytest.mark.parametrize("case", ["corrupt_layer", "truncated_layer", "missing_file", "empty_file"])
def test_a_damaged_ranges_file_stops_with_a_message(provider, tmp_path, case):
    p = params(tmp_path)
    damage_file(p["RANGES"].split("|")[0], {"missing_file": "missing_file", "empty_file": "empty_file"}.get(
        case, case))
    error, result, _ = matrix_run("checkmatricules", p)
    if error is None:  # the damage spared the table itself (only GeoPackage metadata): the right answer
        assert case == "corrupt_layer"
        assert (result["OUTSIDE_RANGES"], result["GAPS"], result["DUPLICATES"]) == (7, 0, 0)
        return
    assert not any(w in error for w in ("Traceback", "Error:", "sqlite3"))
    assert any(w in error.lower() for w in ("range", "read", "invalid", "load", "open")), error
    assert not (tmp_path / "o.gpkg").exists() and not (tmp_path / "report.html").exists()


@pytest.mark.parametrize("target", ["RANGES", "STATIONS"])
def test_the_report_is_never_written_over_an_input(provider, tmp_path, target):
    p = params(tmp_path)
    p["STATIONS"] = write_layer(p["STATIONS"], tmp_path / "stations.gpkg", "stations")
    p["REPORT"] = p[target].split("|")[0]
    before = {k: snapshot(p[k]) for k in ("RANGES", "STATIONS")}
    error, _, _ = matrix_run("checkmatricules", p)
    assert error is not None and any(w in error.lower() for w in ("input", "same file", "replace")), error
    assert {k: snapshot(p[k]) for k in ("RANGES", "STATIONS")} == before
    assert not (tmp_path / "o.gpkg").exists()
