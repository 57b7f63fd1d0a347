"""canevas:benchmarkgaps on bad inputs: no matricule, a field that is no identifier."""

import pytest
from qgis.core import QgsProcessingException

from .conftest import make_layer

X0, Y0 = 1351000.0, 7222000.0  # CC48, Rennes


def layer(attrs, step=300.0):
    return make_layer(["Point ({} {})".format(X0 + step * i, Y0) for i in range(len(attrs))], "EPSG:3948", "Point",
                      attrs, name="benchmarks")


def params(source, **extra):
    result = {"INPUT": source, "RADIUS": 1000, "ISOLATED": "memory:", "LINE_GAPS": "memory:", "TRIPLETS": "memory:"}
    result.update(extra)
    return result


TRIPLET = [{"nom": "M.AC - {}".format(i), "commune": "Rennes", "etat": "BON ETAT",
            "freres_info": ", ".join("M.AC - {}".format(j) for j in range(3) if j != i)} for i in range(3)]


def test_without_matricule_field_the_run_is_refused_not_full_of_false_triplets(run):
    no_ids = layer([{"etat": row["etat"], "freres_info": row["freres_info"]} for row in TRIPLET])
    with pytest.raises(QgsProcessingException, match="need the benchmark matricules"):
        run("canevas:benchmarkgaps", params(no_ids, ID_FIELD=""))
    # complete triplet with its matricules: nothing to report
    result = run("canevas:benchmarkgaps", params(layer(TRIPLET), ID_FIELD=""))
    assert result["N_TRIPLETS"] == 0
    assert any("« nom »" in m for m in result["_messages"])


def test_a_matricule_field_named_matricule_is_used_by_default(run):
    stations = layer([{"matricule": row["nom"], "etat": row["etat"], "freres_info": row["freres_info"]}
                      for row in TRIPLET])
    result = run("canevas:benchmarkgaps", params(stations))
    assert result["N_TRIPLETS"] == 0
    assert any("« matricule »" in m for m in result["_messages"])


def test_an_id_field_that_is_not_unique_is_refused(run):
    rows = [dict(row, commune="Rennes" if i < 3 else "Cesson") for i, row in enumerate(TRIPLET * 2)]
    with pytest.raises(QgsProcessingException, match=r"« commune » .* is not a matricule: 6 benchmarks share their "
                                                     r"value .* \(« Rennes », « Cesson »…\)"):
        run("canevas:benchmarkgaps", params(layer(rows), ID_FIELD="commune"))
    # the same mark published twice at the same place is a duplicate, counted once
    twice = make_layer(["Point ({} {})".format(X0, Y0)] * 2, "EPSG:3948", "Point", [TRIPLET[0], TRIPLET[0]])
    run("canevas:benchmarkgaps", params(twice))


def test_two_matricules_at_one_place_are_said_not_merged_silently(run):
    rows = [dict(row) for row in TRIPLET] + [{"nom": "M.AC - 9", "commune": "Rennes", "etat": "BON ETAT",
                                               "freres_info": ""}]
    source = make_layer(["Point ({} {})".format(X0 + 300 * i, Y0) for i in range(3)] + ["Point ({} {})".format(X0, Y0)],
                        "EPSG:3948", "Point", rows, name="benchmarks")
    result = run("canevas:benchmarkgaps", params(source))
    said = [m for m in result["_messages"] if "given twice" in m]
    assert said and said[0].startswith("1 benchmark(s)"), result["_messages"]
    assert any("M.AC - 9" in m or "M.AC - 0" in m for m in result["_messages"] if m.startswith("  "))
    plain = run("canevas:benchmarkgaps", params(layer(TRIPLET)))
    assert not [m for m in plain["_messages"] if "given twice" in m]
