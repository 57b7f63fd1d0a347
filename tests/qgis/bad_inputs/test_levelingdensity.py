"""canevas:levelingdensity on bad inputs: invalid filter, radius too small for the memory, cancel."""

import re
from pathlib import Path

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


def square(x, y, side):
    wkt = "Polygon (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + side, y + side)
    return make_layer([wkt], "EPSG:3948", "Polygon", [{"nom": "square"}], name="study")


def test_a_radius_below_50_m_is_refused(run):
    layer = benchmarks([(X0, Y0), (X0 + 500, Y0)])
    with pytest.raises(QgsProcessingException):
        run("canevas:levelingdensity", params(layer, RADIUS=10))


def test_proposals_beyond_the_memory_bound_are_refused_with_the_figure(run, tmp_path):
    layer = benchmarks([(X0, Y0), (X0 + 30, Y0)])
    out = tmp_path / "proposals.gpkg"
    with pytest.raises(QgsProcessingException, match=r"would need about [0-9.]+ GB of memory .* more than the 2.0 GB "
                                                     r"allowed"):
        # 100 km square at r = 50 m: neither the lattice nor the country pattern's raster fits in 2 GB
        run("canevas:levelingdensity", params(layer, RADIUS=50, STUDY_AREA=square(X0 - 50000, Y0 - 50000, 100000),
                                              STUDY_NAME_FIELD="nom", PROPOSALS=str(out)))
    assert not out.exists()


def test_cancel_during_the_proposals_stops_at_once_and_writes_nothing(provider, tmp_path):
    import time

    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class CancelAtProposals(QgsProcessingFeedback):
        cancelled_at = None

        def setProgress(self, progress):
            super().setProgress(progress)
            if progress == 50 and self.cancelled_at is None:  # the study is done, the proposals start
                self.cancelled_at = time.monotonic()
                self.cancel()

    layer = benchmarks([(X0 + 3000 * i, Y0 + 1500 * (i % 2)) for i in range(6)])
    outputs = {key: str(tmp_path / "{}.gpkg".format(key.lower())) for key in ("COVERAGE", "GAPS", "STATS",
                                                                               "PROPOSALS")}
    feedback = CancelAtProposals()
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        processing.run("canevas:levelingdensity", dict(params(layer, STUDY_AREA=square(X0 - 2000, Y0 - 2000, 20000),
                                                              STUDY_NAME_FIELD="nom"), **outputs),
                       feedback=feedback, context=QgsProcessingContext())
    assert feedback.cancelled_at is not None and time.monotonic() - feedback.cancelled_at < 1.0
    assert not any(Path(path).exists() for path in outputs.values())
