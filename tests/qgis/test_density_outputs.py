"""What a QGIS user sees after a density run: outputs named with the scenario, one group per run below the
input benchmarks, points above polygons in a fixed order, every output styled; the cost result."""

import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsRenderContext, QgsRuleBasedRenderer

from .conftest import make_layer
from .test_density_algorithms import X0, Y0, benchmarks, density_params, square


@pytest.fixture
def project():
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()
    yield project
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def run_and_load(provider, project, params):
    context = QgsProcessingContext()
    context.setProject(project)
    return processing.runAndLoadResults("canevas:levelingdensity", params, feedback=QgsProcessingFeedback(),
                                        context=context)


def spread_benchmarks():
    pts = [(X0 + 300 * i, Y0 + 700 * (i % 2)) for i in range(6)]
    return benchmarks(pts)


def layer_nodes(group):
    return [child for child in group.children() if hasattr(child, "layer")]


def run_groups(project):
    return [g for g in project.layerTreeRoot().children() if g.customProperty("canevas/run")]


def test_outputs_grouped_named_ordered_and_styled(provider, project):
    other = make_layer(["Point ({} {})".format(X0, Y0)], "EPSG:3948", "Point", name="other")
    layer = spread_benchmarks()
    area = square(X0 - 1000, Y0 - 1000, 4000)
    project.addMapLayers([layer, area, other])  # top of the tree: other, study, benchmarks
    results = run_and_load(provider, project, density_params(layer, area, RADIUS=500))
    assert results["PROPOSED_COUNT"] > 0
    root = project.layerTreeRoot()
    groups = run_groups(project)
    assert len(groups) == 1
    group = groups[0]
    assert group.name() == "Leveling density, r = 500 m — benchmarks"
    # the group sits right below the input benchmarks: they show above the coverage and gaps
    top = root.children()
    assert top.index(group) == top.index(root.findLayer(layer.id())) + 1
    names = [node.layer().name() for node in layer_nodes(group)]
    assert names == ["Proposed new benchmarks (r = 500 m)", "Covered zones (r = 500 m)",
                     "Zones to densify (r = 500 m)", "Statistics per study area (r = 500 m)"]
    proposals, coverage, gaps, _stats = [node.layer() for node in layer_nodes(group)]
    star = proposals.renderer().symbol().symbolLayer(0)
    assert star.encodeShape(star.shape()) == "star"
    color = proposals.renderer().symbol().color()
    assert (color.red(), color.green(), color.blue()) == (255, 221, 0)  # yellow, not orange
    fill = coverage.renderer().symbol().color()
    assert fill.green() > fill.red() and fill.alpha() < 255
    fill = gaps.renderer().symbol().color()
    assert fill.red() > fill.green() and fill.alpha() < 255
    # only one group per run, a second run makes a second group in the same order
    run_and_load(provider, project, density_params(layer, area, RADIUS=1000))
    groups = run_groups(project)
    assert sorted(g.name() for g in groups) == ["Leveling density, r = 1000 m — benchmarks",
                                                 "Leveling density, r = 500 m — benchmarks"]
    for g in groups:
        assert [n.customProperty("canevas/output") for n in layer_nodes(g)] == ["PROPOSALS", "COVERAGE", "GAPS",
                                                                                 "STATS"]


def test_order_does_not_depend_on_the_loading_order(provider, project):
    from canevas.processing_provider.styles import RunGroup
    a = make_layer(["Point ({} {})".format(X0, Y0)], "EPSG:3948", "Point", name="a")
    layers = {key: make_layer([], "EPSG:3948", "Point", name=key) for key in ("PROPOSALS", "COVERAGE", "GAPS", "STATS")}
    project.addMapLayers([a] + list(layers.values()))
    for permutation in (("STATS", "GAPS", "PROPOSALS", "COVERAGE"), ("COVERAGE", "STATS", "PROPOSALS", "GAPS")):
        group = RunGroup("run", ("PROPOSALS", "COVERAGE", "GAPS", "STATS"), a.id())
        for key in permutation:
            group.insert(project, layers[key], key)
        made = [g for g in run_groups(project) if g.customProperty("canevas/run") == group.run_id][0]
        assert [n.layer().name() for n in layer_nodes(made)] == ["PROPOSALS", "COVERAGE", "GAPS", "STATS"]


def test_costs_give_the_cost_result_stats_and_log(run):
    layer = spread_benchmarks()
    area = square(X0 - 1000, Y0 - 1000, 4000)
    result = run("canevas:levelingdensity", density_params(layer, area, RADIUS=500, COST_PER_BENCHMARK=400,
                                                           COST_PER_DAY=1200))
    expected = result["PROPOSED_COUNT"] * 400 + result["DAYS"] * 1200
    assert result["PROPOSED_COUNT"] > 0
    assert result["COST"] == pytest.approx(expected)
    stats = list(result["STATS"].getFeatures())
    assert sum(f["cost_eur"] for f in stats) == pytest.approx(expected)
    assert any(m.startswith("Cost: ") and "€" in m for m in result["_messages"])
    unpriced = run("canevas:levelingdensity", density_params(layer, area, RADIUS=500))
    assert unpriced["COST"] is None
    assert not any(m.startswith("Cost: ") for m in unpriced["_messages"])
    only_days = run("canevas:levelingdensity", density_params(layer, area, RADIUS=500, COST_PER_DAY=1000))
    assert only_days["COST"] == pytest.approx(only_days["DAYS"] * 1000)


def test_deviations_coloured_against_t_and_one_and_a_half_t(provider, project):
    ids = ["P{}".format(i) for i in range(20)]
    control = make_layer(["Point ({} {})".format(X0 + 10 * i, Y0) for i in range(20)], "EPSG:3948", "Point",
                         [{"id": i} for i in ids], name="control")
    offsets = [0.0] * 17 + [0.06, 0.07, 0.2]  # class 2 cm: T = 5.45 cm, 1.5·T = 8.17 cm
    supplied = make_layer(["Point ({} {})".format(X0 + 10 * i + d, Y0) for i, d in enumerate(offsets)], "EPSG:3948",
                          "Point", [{"id": i} for i in ids], name="supplied")
    project.addMapLayers([control, supplied])
    context = QgsProcessingContext()
    context.setProject(project)
    processing.runAndLoadResults("canevas:precisionclass", {
        "SUPPLIED": supplied, "SUPPLIED_ID_FIELD": "id", "CONTROL": control, "CONTROL_ID_FIELD": "id",
        "CLASS_CM": 2, "OUTPUT": "memory:"}, feedback=QgsProcessingFeedback(), context=context)
    loaded = [lyr for lyr in project.mapLayers().values() if lyr.id() not in (control.id(), supplied.id())]
    assert len(loaded) == 1
    renderer = loaded[0].renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    counts = {}
    for feature in loaded[0].getFeatures():
        ctx = QgsRenderContext()
        ctx.expressionContext().setFields(loaded[0].fields())
        ctx.expressionContext().setFeature(feature)
        renderer.startRender(ctx, loaded[0].fields())
        colour = [s.color().name() for s in renderer.symbolsForFeature(feature, ctx)]
        assert len(colour) == 1
        colour = colour[0]
        renderer.stopRender(ctx)
        counts[colour] = counts.get(colour, 0) + 1
    assert counts == {"#1a9641": 17, "#fdae61": 2, "#d7191c": 1}
