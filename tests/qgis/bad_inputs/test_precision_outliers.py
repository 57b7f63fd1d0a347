"""precisionclass / rasterprecisionclass with a gross outlier: the report stays small (bounded histogram),
the verdict is the one computed without a report."""

import numpy as np
import pytest

from canevas.core import precision as P

from ..test_precision_algorithms import (
    EPOS,
    grid_points,
    make_raster,
    params,
    point_layer,
    raster_params,
)

TYPO = 50_000.0  # one X typed 50 km off


def typo_layers():
    ctl = grid_points(len(EPOS))
    sup = [(x + e, y, z) for (x, y, z), e in zip(ctl, EPOS)]
    sup[4] = (sup[4][0] + TYPO, sup[4][1], sup[4][2])
    return point_layer(sup, id_field="num", name="delivered"), point_layer(ctl, name="control"), sup, ctl


KEYS = ("N", "MEAN", "N_OVER_T1", "N_OVER_T2", "PASSED", "BEST_CLASS_CM", "TESTED_CLASS_CM")


@pytest.mark.parametrize("class_cm", [2.0, 0.0])
def test_a_50_km_typo_gives_a_small_report_and_the_same_verdict(run, tmp_path, class_cm):
    supplied, control, sup, ctl = typo_layers()
    report = tmp_path / "typo.html"
    with_report = run("canevas:precisionclass", params(supplied, control, CLASS_CM=class_cm, REPORT=str(report)))
    without = run("canevas:precisionclass", params(supplied, control, CLASS_CM=class_cm))
    assert {k: with_report[k] for k in KEYS} == {k: without[k] for k in KEYS}
    epos = np.hypot(*(np.asarray(sup)[:, :2] - np.asarray(ctl)[:, :2]).T)
    expected = P.check_class(epos, 2, 2.0) if class_cm else P.best_class(epos, 2)
    assert with_report["PASSED"] is expected.passed and with_report["BEST_CLASS_CM"] == pytest.approx(
        P.best_class(epos, 2).class_cm)
    assert report.stat().st_size < 60_000  # one row per centimetre up to 50 km was 673 MB
    text = report.read_text(encoding="utf-8")
    assert "Deviations over 1000 mm (largest 50000.0" in text
    assert text.count("Deviations from") <= P.HISTOGRAM_MAX_BINS


def test_raster_report_with_a_typo_is_small(run, tmp_path):
    supplied, control, _, _ = typo_layers()
    raster = make_raster(tmp_path / "ortho.tif", 0.05)
    report = tmp_path / "ortho.html"
    result = run("canevas:rasterprecisionclass", raster_params(supplied, control, raster, CLASS_CM=5.0,
                                                               REPORT=str(report)))
    assert result["PASSED"] is False and result["N_OVER_T2"] == 1
    assert report.stat().st_size < 60_000
