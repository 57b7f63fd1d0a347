"""canevas:checkmatricules and the « Fiche canevas » dock share one written form of a matricule."""

from canevas.core.register import normalize_matricule

from .conftest import make_layer


def test_matricules_written_otherwise_are_named_with_their_form(run):
    stations = make_layer(["Point (1351771 7222969)"] * 4, "EPSG:3948", "Point",
                          [{"matricule": m} for m in ("R21001", "r21001", "R021002", "R21003")], "stations")
    ranges = make_layer([None], None, "NoGeometry", [{"prestataire": "Géomètre A", "first": "R21001",
                                                       "last": "R21100"}], "ranges")
    result = run("canevas:checkmatricules", {"STATIONS": stations, "RANGES": ranges, "OUTPUT": "memory:"})
    assert result["DUPLICATES"] == 1  # r21001 is R21001
    messages = result["_messages"]
    for typed in ("r21001", "R021002"):
        written = normalize_matricule(typed)
        assert "Matricule « {} » is written {} in the register's form (prefix in capitals, the digits of its " \
               "range): duplicates are found on that form.".format(typed, written) in messages
    assert not any("« R21003 » is written" in m for m in messages)
