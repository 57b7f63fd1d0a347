"""canevas:exportfiches on bad inputs: an expression that does not parse stops the run, no fiche is printed."""

import re
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"


def test_an_invalid_filter_expression_is_refused_not_ignored(run, tmp_path):
    out = tmp_path / "all.pdf"
    with pytest.raises(QgsProcessingException, match=re.escape("« \"commune\" = » of « Filter expression » is not "
                                                               "valid")):
        run("canevas:exportfiches", {"INPUT": "{}|layername=benchmarks_synthetic".format(SAMPLE),
                                     "EXPRESSION": "\"commune\" =", "OUTPUT": str(out)})
    assert not out.exists()


def test_expressions_are_read_in_one_place():
    """Every algorithm reads its expression parameters through CanevasAlgorithm.expression()."""
    algorithms = ROOT / "processing_provider" / "algorithms"
    offenders = [path.name for path in algorithms.glob("*.py") if "parameterAsExpression" in path.read_text("utf-8")]
    assert offenders == []
