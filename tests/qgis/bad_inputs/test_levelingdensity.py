"""canevas:levelingdensity on bad inputs: invalid filter, radius too small for the memory, cancel."""

import re

import pytest
from qgis.core import QgsProcessingException

from .conftest import make_layer

X0, Y0 = 1351000.0, 7222000.0  # CC48, Rennes


def benchmarks(points):
    attrs = [{"nom": "RN{}".format(i), "etat": "BON ETAT", "freres_info": ""} for i in range(len(points))]
    return make_layer(["Point ({} {})".format(x, y) for x, y in points], "EPSG:3948", "Point", attrs,
                      name="benchmarks")


def params(layer, **extra):
    result = {"INPUT": layer, "RADIUS": 1000, "MIN_BENCHMARKS": 2, "COVERAGE": "memory:", "GAPS": "memory:",
              "STATS": "memory:", "PROPOSALS": "memory:"}
    result.update(extra)
    return result


def test_an_invalid_filter_expression_is_refused_not_ignored(run):
    layer = benchmarks([(X0, Y0), (X0 + 500, Y0)])
    with pytest.raises(QgsProcessingException, match=re.escape("« \"etat\" = » of « Filter expression » is not "
                                                               "valid")):
        run("canevas:levelingdensity", params(layer, FILTER="\"etat\" ="))
    # a valid one still filters
    result = run("canevas:levelingdensity", params(layer, FILTER="\"nom\" = 'RN0'"))
    assert any("1 benchmark(s) read" in m for m in result["_messages"])


def test_triplets_only_without_triplet_field_is_refused_not_zero_percent(run):
    layer = make_layer(["Point ({} {})".format(X0, Y0), "Point ({} {})".format(X0 + 10, Y0)], "EPSG:3948", "Point",
                       [{"nom": "A"}, {"nom": "B"}], name="benchmarks")
    with pytest.raises(QgsProcessingException, match="needs the triplet field"):
        run("canevas:levelingdensity", params(layer, TRIPLETS_ONLY=True))
    with pytest.raises(QgsProcessingException, match="needs the triplet field"):
        run("canevas:levelingdensity", params(benchmarks([(X0, Y0), (X0 + 10, Y0)]), TRIPLETS_ONLY=True,
                                              TRIPLET_FIELD=""))
