"""canevas:levelingdensity and canevas:benchmarkgaps through Processing, against independent figures."""

import math
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProject,
)

from canevas.core.transform import transform_xy

from .conftest import make_layer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
X0, Y0 = 1351000.0, 7222000.0  # CC48, Rennes


def lens(r, d):
    return 2 * r * r * math.acos(d / (2 * r)) - d / 2 * math.sqrt(4 * r * r - d * d)


def square(x, y, side, crs="EPSG:3948"):
    wkt = "Polygon (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + side, y + side)
    return make_layer([wkt], crs, "Polygon", [{"nom": "square"}], name="study")


def benchmarks(points, crs="EPSG:3948", states=None, freres=None, names=None):
    n = len(points)
    attrs = [{"nom": (names or ["RN{}".format(i) for i in range(n)])[i], "etat": (states or ["BON ETAT"] * n)[i],
              "freres_info": (freres or [""] * n)[i]} for i in range(n)]
    return make_layer(["Point ({} {})".format(x, y) for x, y in points], crs, "Point", attrs, name="benchmarks")


def density_params(layer, area=None, **extra):
    params = {"INPUT": layer, "RADIUS": 1000, "MIN_BENCHMARKS": 2, "COVERAGE": "memory:", "GAPS": "memory:",
              "STATS": "memory:", "PROPOSALS": "memory:"}
    if area is not None:
        params.update({"STUDY_AREA": area, "STUDY_NAME_FIELD": "nom"})
    params.update(extra)
    return params


def area_of(layer):
    return sum(f.geometry().area() for f in layer.getFeatures())


@pytest.mark.parametrize("d", [0.0, 500.0, 1000.0, 1500.0, 1900.0])
def test_two_benchmarks_cover_the_analytic_lens(run, d):
    layer = benchmarks([(X0, Y0), (X0 + d + 0.01, Y0)])
    result = run("canevas:levelingdensity", density_params(layer, square(X0 - 5000, Y0 - 5000, 12000)))
    expected = lens(1000.0, d + 0.01)
    assert area_of(result["COVERAGE"]) == pytest.approx(expected, rel=1e-3)
    assert result["GAP_AREA"] == pytest.approx(12000 ** 2 - expected, rel=1e-4)


def test_square_fully_covered_and_outside_benchmarks_count(run):
    # two benchmarks 1 m apart, 400 m west of a 1 km square: its far corner is 1 404 m... not covered;
    # placed at the centre of the square instead, every corner is within 708 m: all covered.
    centre = benchmarks([(X0 + 500, Y0 + 500), (X0 + 501, Y0 + 500)])
    result = run("canevas:levelingdensity", density_params(centre, square(X0, Y0, 1000)))
    assert result["COVERED_PCT"] == pytest.approx(100.0, abs=1e-6) and result["PROPOSED_COUNT"] == 0
    # benchmarks outside the study area still count inside it
    outside = benchmarks([(X0 - 300, Y0 + 500), (X0 - 299, Y0 + 500)])
    result = run("canevas:levelingdensity", density_params(outside, square(X0, Y0, 1000)))
    stats = next(result["STATS"].getFeatures())
    assert stats["benchmarks"] == 0 and 0 < result["COVERED_PCT"] < 100


def test_duplicates_count_once(run):
    same = benchmarks([(X0, Y0), (X0, Y0)], names=["A", "A"])
    result = run("canevas:levelingdensity", density_params(same, square(X0 - 500, Y0 - 500, 1000)))
    assert result["COVERED_PCT"] == 0.0
    assert any("duplicate" in m for m in result["_messages"])


def test_unusable_states_and_triplets_only(run):
    pts = [(X0, Y0), (X0 + 10, Y0), (X0 + 20, Y0), (X0 + 30, Y0)]
    layer = benchmarks(pts, states=["BON ETAT", "DETRUIT", "N", "Bon état"],
                       freres=["RN1, RN2", "", "", "RN0"])
    result = run("canevas:levelingdensity", density_params(layer, square(X0 - 500, Y0 - 500, 1000)))
    stats = next(result["STATS"].getFeatures())
    assert (stats["usable"], stats["unusable"], stats["triplet"], stats["counted"]) == (2, 2, 2, 2)
    assert result["COVERED_PCT"] == pytest.approx(100.0)
    only = run("canevas:levelingdensity", density_params(layer, square(X0 - 500, Y0 - 500, 1000),
                                                         TRIPLETS_ONLY=True))
    assert next(only["STATS"].getFeatures())["counted"] == 2
    none = run("canevas:levelingdensity", density_params(layer, square(X0 - 500, Y0 - 500, 1000),
                                                         UNUSABLE_STATES="DETRUIT, N, BON ETAT"))
    assert none["COVERED_PCT"] == 0.0


def test_geographic_input_is_computed_in_cc48(run):
    lon, lat = transform_xy("CC48", "RGF93G", [X0, X0 + 800], [Y0, Y0])
    layer = benchmarks(list(zip(lon, lat)), crs="EPSG:4326")
    result = run("canevas:levelingdensity", density_params(layer, square(X0 - 3000, Y0 - 3000, 7000)))
    assert result["COVERAGE"].crs().authid() == "EPSG:3948"
    assert area_of(result["COVERAGE"]) == pytest.approx(lens(1000.0, 800.0), rel=1e-3)
    assert any("EPSG:3948" in m for m in result["_messages"])


def test_empty_input_and_area_without_benchmark(run):
    with pytest.raises(QgsProcessingException, match="holds no benchmark"):
        run("canevas:levelingdensity", density_params(make_layer([], "EPSG:3948", "Point"), square(X0, Y0, 1000)))
    with pytest.raises(QgsProcessingException, match="The field « statut » is missing"):
        run("canevas:levelingdensity", density_params(benchmarks([(X0, Y0)]), STATE_FIELD="statut"))
    far = benchmarks([(X0 + 50000, Y0), (X0 + 50001, Y0)])
    result = run("canevas:levelingdensity", density_params(far, square(X0, Y0, 1000)))
    assert result["COVERED_PCT"] == 0.0 and result["GAP_AREA"] == pytest.approx(1e6)
    assert result["PROPOSED_COUNT"] >= 2  # a gap far from everything needs two new marks


def test_proposals_close_the_gaps_on_the_sample(run):
    params = density_params("{}|layername=benchmarks_synthetic".format(SAMPLE),
                            "{}|layername=communes_rennes_metropole".format(SAMPLE), RADIUS=1000)
    result = run("canevas:levelingdensity", params)
    assert 0 < result["COVERED_PCT"] < 99 and result["PROPOSED_COUNT"] > 0
    assert result["DAYS"] == pytest.approx(result["LEVELING_KM"] / 6.0)
    proposals = result["PROPOSALS"]
    assert {f["area_name"] for f in proposals.getFeatures()} <= {f["name"] for f in result["STATS"].getFeatures()}
    # re-run with the existing benchmarks + the proposals: every commune at least 99 % covered
    import processing
    merged = processing.run("native:mergevectorlayers", {
        "LAYERS": ["{}|layername=benchmarks_synthetic".format(SAMPLE), proposals], "CRS": "EPSG:3948",
        "OUTPUT": "memory:"})["OUTPUT"]
    again = run("canevas:levelingdensity", density_params(merged, params["STUDY_AREA"], ID_FIELD=None))
    assert min(f["covered_pct"] for f in again["STATS"].getFeatures()) >= 99.0


def test_html_report(run, tmp_path):
    report = tmp_path / "density.html"
    result = run("canevas:levelingdensity", density_params(
        "{}|layername=benchmarks_synthetic".format(SAMPLE), "{}|layername=communes_rennes_metropole".format(SAMPLE),
        RADIUS=500, REPORT=str(report)))
    text = report.read_text(encoding="utf-8")
    assert result["REPORT"] == str(report)
    assert "<svg" in text and text.count("<path") > 43 and "Chartres-de-Bretagne" in text
    assert "{:.1f} %".format(result["COVERED_PCT"]) in text
    assert "500 m" in text


def test_outputs_are_styled_when_loaded(provider, tmp_path):
    import processing
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    layer = benchmarks([(X0, Y0), (X0 + 500, Y0)])
    processing.runAndLoadResults("canevas:levelingdensity", density_params(layer, square(X0 - 2000, Y0 - 2000, 4000)),
                                 context=context, feedback=QgsProcessingFeedback())
    loaded = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    coverage = [layer for name, layer in loaded.items() if "Covered" in name][0]
    color = coverage.renderer().symbol().color()
    assert color.green() > color.red()
    gaps = [layer for name, layer in loaded.items() if "densify" in name][0]
    assert gaps.renderer().symbol().color().red() > 200
    QgsProject.instance().removeAllMapLayers()


def test_in_a_model(run):
    model = QgsProcessingModelAlgorithm("density model", "tests")
    model.addModelParameter(QgsProcessingParameterFeatureSource("benchmarks", "benchmarks"),
                            QgsProcessingModelParameter("benchmarks"))
    model.addModelParameter(QgsProcessingParameterNumber("radius", "radius", defaultValue=1000),
                            QgsProcessingModelParameter("radius"))
    child = QgsProcessingModelChildAlgorithm("canevas:levelingdensity")
    child.setChildId("density")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("benchmarks")])
    child.addParameterSources("RADIUS", [QgsProcessingModelChildParameterSource.fromModelParameter("radius")])
    output = QgsProcessingModelOutput("proposals", "proposals")
    output.setChildOutputName("PROPOSALS")
    child.setModelOutputs({"proposals": output})
    model.addChildAlgorithm(child)
    layer = benchmarks([(X0, Y0), (X0 + 700, Y0), (X0 + 3000, Y0)])
    # the names QGIS gives a model's outputs changed after 3.22 ("density:proposals" → "proposals"):
    # read them from the model
    model.updateDestinationParameters()
    (destination,) = [p.name() for p in model.destinationParameterDefinitions()]
    (output_name,) = [o.name() for o in model.outputDefinitions()]
    for radius in (1000, 500):  # the same model run twice, as batch mode does
        result = run(model, {"benchmarks": layer, "radius": radius, destination: "memory:"})
        assert result[output_name] is not None


def test_benchmark_gaps_finds_planted_problems(run):
    # a line with a 3 km hole, an isolated mark, and a triplet with a destroyed member and one missing
    pts = [(X0, Y0), (X0 + 800, Y0), (X0 + 3800, Y0), (X0 + 4500, Y0), (X0 + 20000, Y0 + 20000),
           (X0 + 10000, Y0 + 5000), (X0 + 10100, Y0 + 5000)]
    names = ["M.AB - 1", "M.AB - 2", "M.AB - 3", "M.AB - 4", "N.X - 1", "T - 1", "T - 2"]
    states = ["BON ETAT"] * 5 + ["BON ETAT", "DETRUIT"]
    freres = [""] * 5 + ["T - 2, T - 3", "T - 1, T - 3"]
    result = run("canevas:benchmarkgaps", {"INPUT": benchmarks(pts, states=states, freres=freres, names=names),
                                           "RADIUS": 1000, "ISOLATED": "memory:", "LINE_GAPS": "memory:",
                                           "TRIPLETS": "memory:"})
    gaps = list(result["LINE_GAPS"].getFeatures())
    assert [(g["matricule_1"], g["matricule_2"]) for g in gaps] == [("M.AB - 2", "M.AB - 3")]
    assert gaps[0]["distance_m"] == pytest.approx(3000.0) and gaps[0].geometry().length() == pytest.approx(3000.0)
    isolated = {f["matricule_1"] for f in result["ISOLATED"].getFeatures()}
    assert "N.X - 1" in isolated
    kinds = {f["kind"] for f in result["TRIPLETS"].getFeatures()}
    assert kinds == {"triplet_incomplete", "triplet_unusable"}
    assert all(f["reason"] for f in result["TRIPLETS"].getFeatures())
