"""Every number parameter of every algorithm: a value below its minimum, above its maximum, NaN or infinite stops
the run before anything is read, with a message naming the parameter and its range (QGIS' own check says only
« Incorrect parameter value » and lets NaN through)."""

import math

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingParameterNumber

from canevas.processing_provider.provider import ALGORITHMS


def _numbers():
    for cls in ALGORITHMS:
        alg = cls()
        alg.initAlgorithm({})
        for definition in alg.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                yield cls, definition.name()


@pytest.mark.parametrize("cls,name", [pytest.param(c, n, id="{}-{}".format(c.NAME, n)) for c, n in _numbers()])
def test_numbers_out_of_range_are_named_with_their_range(provider, cls, name):
    alg = cls()
    alg.initAlgorithm({})
    definition = alg.parameterDefinition(name)
    low, high = definition.minimum(), definition.maximum()
    wrong = [math.nan, math.inf, -math.inf]
    if low > -1e300:
        wrong.append(low - 1)
    if high < 1e300:
        wrong.append(high + 1)
    for value in wrong:
        ok, message = alg.checkParameterValues({name: value}, QgsProcessingContext())
        assert not ok, (name, value)
        assert definition.description() in message, message
        if not math.isfinite(value):
            assert "must be a finite number" in message, message
            continue
        if low > -1e300:
            assert "{:g}".format(low) in message, message
        if high < 1e300:
            assert "{:g}".format(high) in message, message


def test_a_number_in_range_is_left_to_the_other_checks(provider):
    from canevas.processing_provider.algorithms.levelingdensity import LevelingDensity
    alg = LevelingDensity()
    alg.initAlgorithm({})
    ok, message = alg.checkParameterValues({"RADIUS": 1000}, QgsProcessingContext())
    assert "Radius" not in message  # whatever else is missing (the benchmarks), the radius is fine


def test_the_run_stops_with_the_range(provider, run):
    import processing  # noqa: F401 (the run fixture's processing)
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:levelingdensity", {"INPUT": "nowhere.gpkg", "RADIUS": -5, "COVERAGE": "memory:",
                                        "GAPS": "memory:", "STATS": "memory:", "PROPOSALS": "memory:"})
    assert "must be" in str(error.value) and "-5" in str(error.value)
