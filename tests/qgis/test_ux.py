"""What a QGIS user reads: parameters in a user's order with an Advanced group and sensible decimals, labels
without a doubled « optional », precisionclass's verdict first, numbers in the user's locale."""

import re

import pytest
from qgis.core import (
    QgsProcessingDestinationParameter,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QLocale

from canevas.processing_provider.provider import ALGORITHMS
from canevas.toolbelt.i18n import number
from canevas.toolbelt.qt_compat import is_advanced

from .conftest import make_layer

X0, Y0 = 1351000.0, 7222000.0


def algorithms(provider):
    return [provider.algorithm(alg.NAME) for alg in ALGORITHMS]


def inputs(alg):
    return [p for p in alg.parameterDefinitions() if not isinstance(p, QgsProcessingDestinationParameter)]


def test_every_algorithm_registered(provider):
    assert all(alg is not None for alg in algorithms(provider))


@pytest.mark.parametrize("name", [alg.NAME for alg in ALGORITHMS])
def test_labels_numbers_and_advanced_group(provider, name):
    alg = provider.algorithm(name)
    for p in alg.parameterDefinitions():
        # QGIS adds « [optional] » itself
        assert "optional" not in p.description().lower() and "facultati" not in p.description().lower(), p.name()
        assert p.help(), "{} has no help".format(p.name())
        if isinstance(p, QgsProcessingParameterNumber) and p.dataType() == QgsProcessingParameterNumber.Type.Double:
            decimals = p.metadata().get("widget_wrapper", {}).get("decimals")
            assert decimals is not None and 0 <= decimals <= 4, p.name()
    # the Advanced group comes last: no plain input after an advanced one
    flags = [is_advanced(p) for p in inputs(alg)]
    assert flags == sorted(flags), [p.name() for p in inputs(alg)]
    # a required input is never hidden in the Advanced group
    assert not any(is_advanced(p) and not p.flags() & p.FlagOptional and p.defaultValue() is None
                   for p in inputs(alg)), name


def test_levelingdensity_what_where_how(provider):
    alg = provider.algorithm("levelingdensity")
    names = [p.name() for p in inputs(alg)]
    assert names[:5] == ["INPUT", "RADIUS", "MIN_BENCHMARKS", "STUDY_AREA", "STUDY_NAME_FIELD"]
    advanced = {p.name() for p in inputs(alg) if is_advanced(p)}
    assert advanced == {"FILTER", "ID_FIELD", "STATE_FIELD", "UNUSABLE_STATES", "TRIPLET_FIELD", "WORK_CRS"}
    assert len(names) - len(advanced) <= 9
    decimals = {p.name(): p.metadata()["widget_wrapper"]["decimals"] for p in inputs(alg)
                if isinstance(p, QgsProcessingParameterNumber) and p.dataType() == p.Type.Double}
    assert decimals == {"RADIUS": 0, "LEVELING_RATE_KM_PER_DAY": 1, "COST_PER_BENCHMARK": 0, "COST_PER_DAY": 0}
    assert "€" in alg.parameterDefinition("COST_PER_BENCHMARK").description()
    assert {o.name() for o in alg.outputDefinitions()} >= {"COST", "PROPOSED_COUNT"}


def test_precisionclass_says_zero_finds_the_best_class(provider):
    for name in ("precisionclass", "rasterprecisionclass"):
        alg = provider.algorithm(name)
        assert "0 = find the best class" in alg.parameterDefinition("CLASS_CM").description()
        assert alg.parameterDefinition("TEMPLATE").description() == "Error template"
        assert is_advanced(alg.parameterDefinition("SAFETY_C"))


@pytest.fixture
def french_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def plain_spaces(text):
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_numbers_in_the_users_locale(french_locale):
    assert plain_spaces(number(1234.5, 1)) == "1 234,5"
    assert plain_spaces(number(0.012, 2)) == "0,01"
    assert number(2.5, None) == "2,5" and number(2.0, None) == "2"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert number(1234.5, 1) == "1,234.5"


def test_density_log_in_the_users_locale(run, french_locale):
    from .test_density_algorithms import benchmarks, density_params, square
    layer = benchmarks([(X0 + 300 * i, Y0 + 700 * (i % 2)) for i in range(6)])
    result = run("canevas:levelingdensity", density_params(layer, square(X0 - 1000, Y0 - 1000, 4000), RADIUS=500,
                                                           COST_PER_BENCHMARK=1500))
    line = [m for m in result["_messages"] if m.startswith("Covered: ")][0]
    assert plain_spaces(number(result["COVERED_PCT"], 1)) in plain_spaces(line) and "," in line
    cost = [m for m in result["_messages"] if m.startswith("Cost: ")][0]
    assert plain_spaces(number(result["COST"])) in plain_spaces(cost)


def points(ids, dx=None, name="points"):
    dx = dx or [0.0] * len(ids)
    return make_layer(["Point ({} {})".format(X0 + 10 * i + d, Y0) for i, d in enumerate(dx)], "EPSG:3948", "Point",
                      [{"id": i} for i in ids], name=name)


def precision(run, supplied, control, **extra):
    params = {"SUPPLIED": supplied, "SUPPLIED_ID_FIELD": "id", "CONTROL": control, "CONTROL_ID_FIELD": "id",
              "CLASS_CM": 2, "OUTPUT": "memory:"}
    params.update(extra)
    return run("canevas:precisionclass", params)


def test_precision_verdict_first_and_long_id_lists_summarised(run):
    ids = ["P{:03d}".format(i) for i in range(300)]
    control = points(ids[:20], name="control")
    supplied = points(ids, [0.005 * (i % 3) for i in range(300)], name="supplied")
    result = precision(run, supplied, control)
    messages = result["_messages"]
    tested = [i for i, m in enumerate(messages) if "point(s) tested" in m][0]
    verdict = [i for i, m in enumerate(messages) if "class 2 cm PASSED" in m][0]
    assert verdict < tested  # the verdict before its figures
    only = [m for m in messages if "only in « supplied »" in m][0]
    assert only.startswith("280 id(s)") and only.endswith("P029, …")
    assert only.count(", P") == 9  # ten ids shown
    assert len(result["UNMATCHED_SUPPLIED"].split(", ")) == 280  # the result keeps them all


def test_identical_layers_and_zero_deviations_warned(run):
    ids = ["A{}".format(i) for i in range(10)]
    same = points(ids, name="same")
    result = precision(run, same, same)
    assert any("same layer" in m for m in result["_messages"])
    copy = points(ids, name="copy")
    result = precision(run, copy, same)
    assert any("Every deviation is zero" in m for m in result["_messages"])
    moved = points(ids, [0.01] * 10, name="moved")
    result = precision(run, moved, same)
    assert not any("Every deviation is zero" in m or "same layer" in m for m in result["_messages"])


def test_precision_report_and_log_in_the_users_locale(run, tmp_path, french_locale):
    """The worked 2 cm example (T = 5.445 cm, mean 2 cm): in French the report and the log write « 5,45 »; the
    SVG drawing keeps its dots (coordinates are not words)."""
    from .test_precision_algorithms import params, worked_layers
    supplied, control = worked_layers()
    report = tmp_path / "r.html"
    result = run("canevas:precisionclass", params(supplied, control, REPORT=str(report)))
    assert any("b. 1 deviation(s) over T = 5,45 cm, 1 allowed: passed" in m for m in result["_messages"])
    text = report.read_text(encoding="utf-8")
    assert "mean deviation 2,00 cm, limit 2,25 cm" in text and "T = 5,45 cm" in text
    assert "5.45 cm" not in text and "2.25 cm" not in text
    assert re.search(r'<circle cx="\d+\.\d"', text)


def test_precision_report_as_python_writes_numbers_in_the_c_locale(run, tmp_path):
    from .test_precision_algorithms import params, worked_layers
    supplied, control = worked_layers()
    report = tmp_path / "r.html"
    run("canevas:precisionclass", params(supplied, control, REPORT=str(report)))
    assert "mean deviation 2.00 cm, limit 2.25 cm" in report.read_text(encoding="utf-8")
