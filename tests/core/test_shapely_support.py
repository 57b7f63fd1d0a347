"""The shapely check that keeps QGIS from crashing, and the 2.1.0 workaround of the density core."""

import types

import numpy as np
import pytest

from canevas.core import shapely_support as support


def fake(version, geos=(3, 11, 1), api=True):
    module = types.SimpleNamespace(__version__=version, geos_version=geos,
                                   geos_version_string="{}.{}.{}-CAPI-1.17.1".format(*geos))
    if api:
        for name in ("from_wkb", "STRtree", "union_all", "contains_xy"):
            setattr(module, name, object())
    return module


@pytest.mark.parametrize("text, expected", [("2.1.0", (2, 1, 0)), ("2.2", (2, 2, 0)), ("2.1.1.post1", (2, 1, 1)),
                                            ("0+unknown", None), ("", None), (None, None), ("dev", None)])
def test_version_strings_even_unreadable_ones(text, expected):
    assert support.parse_version(text) == expected


def test_ragged_array_is_trusted_only_where_it_is_known_good():
    assert support.ragged_array_safe("2.1.1") and support.ragged_array_safe("2.0.1")
    assert not support.ragged_array_safe("2.1.0")
    assert not support.ragged_array_safe("0+unknown")  # Debian unstable's shapely


def test_missing_old_and_mismatched_shapely_are_refused_with_the_command_to_run():
    template, values = support.problem(None, "3.11.1-CAPI-1.17.1")
    assert "not installed" in template and "--no-binary shapely" in values["hint"]
    template, values = support.problem(fake("1.8.5", api=False), "3.11.1-CAPI-1.17.1")
    assert values["found"] == "1.8.5" and "shapely 2" in template
    template, values = support.problem(fake("2.2.0", geos=(3, 14, 1)), "3.11.1-CAPI-1.17.1")
    assert (values["shapely_geos"], values["qgis_geos"]) == ("3.14.1", "3.11.1")
    assert "crash QGIS" in template


def test_matching_shapely_passes_even_with_an_unreadable_version():
    assert support.problem(fake("2.1.2"), "3.11.1-CAPI-1.17.1") is None
    assert support.problem(fake("0+unknown", geos=(3, 14, 1)), "3.14.1-CAPI-1.20.5") is None
    assert support.problem(fake("2.2.0", geos=(3, 14, 1)), None) is None  # outside QGIS: one GEOS only


def test_polygons_built_without_from_ragged_array_are_the_same():
    shapely = pytest.importorskip("shapely")
    from canevas.core import density
    coords = np.array([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0], [2, 2], [2, 4], [4, 4], [4, 2], [2, 2],
                       [20, 0], [25, 0], [25, 5], [20, 0]], float)
    rings, polys = np.array([0, 5, 10, 14]), np.array([0, 2, 3])
    fallback = density._polygons_from_ragged(coords, rings, polys, trust_ragged=False)
    assert [len(p.interiors) for p in fallback] == [1, 0]
    assert [p.area for p in fallback] == [96.0, 12.5]
    multi = density._multipolygon_from_ragged(coords, rings, polys, trust_ragged=False)
    assert multi.geom_type == "MultiPolygon" and multi.area == 108.5
    if support.ragged_array_safe(shapely.__version__):
        assert all(shapely.equals(fallback, density._polygons_from_ragged(coords, rings, polys, True)))
