"""Bad-input matrix of canevas:benchmarkgaps (see matrix.py): the SYNTHETIC IGN-like benchmarks, in CC48."""

import unicodedata

import numpy as np
import pytest
from qgis.core import QgsVectorLayer

from canevas.core.density_defaults import UNUSABLE_STATES

from .conftest import make_layer
from .matrix import Spec, matrix_test, prepare, sample
from .matrix import run as matrix_run

RADIUS = 1000.0
OUTPUTS = ("ISOLATED", "LINE_GAPS", "TRIPLETS")


def params(tmp):
    result = {"INPUT": sample("benchmarks_synthetic", 650), "RADIUS": RADIUS, "MIN_BENCHMARKS": 2,
              "ID_FIELD": "nom"}
    result.update({key: str(tmp / "{}.gpkg".format(key.lower())) for key in OUTPUTS})
    return result


def _plain(text):
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(text.upper().split())


def expected(layer, radius=RADIUS):
    """Isolated benchmarks and broken triplets, computed again with plain NumPy (every benchmark distinct)."""
    rows = [(f["nom"], f["etat"], f["freres_info"], f.geometry()) for f in layer.getFeatures()]
    rows = [r for r in rows if not r[3].isNull() and not r[3].isEmpty()]
    names = [r[0] for r in rows]
    assert len(set(names)) == len(names)
    usable = np.array([_plain(r[1]) not in UNUSABLE_STATES for r in rows])
    xy = np.array([(r[3].constGet().x(), r[3].constGet().y()) for r in rows])
    u = xy[usable]
    d = np.hypot(u[:, None, 0] - u[None, :, 0], u[:, None, 1] - u[None, :, 1])
    isolated = int(((d <= radius).sum(axis=1) - 1 < 1).sum())
    state = dict(zip(names, usable))
    groups = {}
    for name, _, freres, _ in rows:
        if freres:
            members = frozenset([name] + [m.strip() for m in freres.split(",")])
            groups[members] = members
    incomplete = sum(any(m not in state for m in g) for g in groups)
    unusable = sum(any(m in state and not state[m] for m in g) for g in groups)
    return isolated, incomplete + unusable, len(groups)


def _counts(result):
    return tuple(result["N_" + key] for key in OUTPUTS)


def check(case, result, tmp, params):
    """Figures against NumPy for the valid layer; a damage that changes nothing changes no figure."""
    source = QgsVectorLayer(params["INPUT"], "in", "ogr")
    for key in OUTPUTS:  # every finding written, and only those
        assert QgsVectorLayer(result[key], key, "ogr").featureCount() == result["N_" + key]
    if case == "valid":
        isolated, triplets, groups = expected(source)
        assert groups > 0 and isolated > 0  # the sample has triplets and isolated marks to find
        assert (result["N_ISOLATED"], result["N_TRIPLETS"]) == (isolated, triplets)
    if case in ("duplicates", "z_missing"):  # the same mark published twice counts once; no Z is needed
        (tmp / "valid").mkdir()
        valid, _, _ = prepare(SPEC, "valid", tmp / "valid")
        error, reference, _ = matrix_run("benchmarkgaps", valid)
        assert error is None and _counts(result) == _counts(reference)


SPEC = Spec("benchmarkgaps", params, layer="INPUT", field="ID_FIELD",
            stops={"misdeclared_crs", "null_attributes", "empty_attributes", "non_text_attributes"}, check=check,
            extreme={"RADIUS": [0, -1, 1e-9, 49.9, 1e9, 1e12, float("nan"), float("inf")],
                     "MIN_BENCHMARKS": [0, -1, 11, 10 ** 9, 1.5]})
test_matrix = matrix_test(SPEC)


X0, Y0 = 1351000.0, 7222000.0  # CC48, Rennes
MEMBERS = ("M.AC - 1", "M.AC - 1 bis", "M.AC - 1 ter")
TRIPLET = [{"nom": n, "code": "C" + n[-3:], "etat": "BON ETAT", "freres_info": ", ".join(m for m in MEMBERS if m != n)}
           for n in MEMBERS]


def _layer(wkts, rows):
    return make_layer(wkts, "EPSG:3948", "Point", rows, name="benchmarks")


def _params(layer, **extra):
    return dict({"INPUT": layer, "RADIUS": 1000, "ISOLATED": "memory:", "LINE_GAPS": "memory:",
                 "TRIPLETS": "memory:"}, **extra)


def test_a_triplet_member_without_position_is_not_called_missing(provider):
    layer = _layer(["Point ({} {})".format(X0, Y0), "Point ({} {})".format(X0 + 5, Y0), None], TRIPLET)
    error, result, feedback = matrix_run("benchmarkgaps", _params(layer))
    assert error is None, error
    reasons = [f["reason"] for f in result["TRIPLETS"].getFeatures()]
    assert len(reasons) == 1 and "M.AC - 1 ter is in the data without a position" in reasons[0], reasons
    assert not any("not found in the data" in r for r in reasons)
    assert any("1 benchmark(s) without a point geometry" in m for m in feedback.messages)


@pytest.mark.parametrize("extra,message", [
    ({"MIN_BENCHMARKS": 1.5}, "must be a whole number, not 1.5"),
    ({"FILTER": "\"etat\" ="}, "is not valid"),
    ({"ID_FIELD": "code"}, "names 3 matricule(s)"),  # another identifier: every triplet « incomplete »
])
def test_settings_that_would_give_a_plausible_wrong_answer_are_refused(provider, extra, message):
    layer = _layer(["Point ({} {})".format(X0 + 5 * i, Y0) for i in range(3)], TRIPLET)
    error, _, _ = matrix_run("benchmarkgaps", _params(layer, **extra))
    assert error is not None and message in error, error


def test_a_line_layer_is_refused_as_benchmarks(provider):
    lines = make_layer(["LineString ({0} {1}, {2} {1})".format(X0, Y0, X0 + 10)] * 3, "EPSG:3948", "LineString",
                       TRIPLET, name="roads")
    error, _, _ = matrix_run("benchmarkgaps", _params(lines))
    assert error is not None and "« roads » is not a point layer (LineString)" in error, error
