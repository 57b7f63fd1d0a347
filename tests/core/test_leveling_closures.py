"""Closures of runs and loops against hand sums; a moved benchmark shows; the report reads them."""

import pytest

from canevas.core.leveling import Benchmark, Observation, Tolerance, adjust, books, compute_closures, solver, synthetic
from canevas.core.leveling.closures import PRESETS
from canevas.core.leveling.report import build_report
from canevas.core.messages import CanevasError

# SYNTHETIC: RN1 (50.000) → S1 → S2 → RN2 (49.000) → S3 → RN3 (51.500), then a spur S2 → S4 and back.
HEIGHTS = {"RN1": 50.000, "RN2": 49.000, "RN3": 51.500}
OBS = [
    Observation("RN1", "S1", 0.1012, 400.0, 7, "A", source_line=10),
    Observation("S1", "S2", 1.2000, 300.0, 5, "A", source_line=20),
    Observation("S2", "RN2", -2.3000, 500.0, 9, "A", source_line=30),
    Observation("RN2", "S3", -1.0000, 250.0, 4, "B", source_line=40),
    Observation("S3", "RN3", 3.4990, 250.0, 4, "B", source_line=50),
    Observation("S2", "S4", 0.3000, 100.0, 2, "C", source_line=60),
    Observation("S4", "S2", -0.2996, 100.0, 2, "C", source_line=70),
]


def test_run_closures_equal_hand_sums():
    result = compute_closures(OBS, HEIGHTS, Tolerance(mm_per_sqrt_km=2.0))
    a, b = result.runs
    # A: 0.1012 + 1.2000 − 2.3000 = −0.9988 against 49.000 − 50.000 = −1.000 → +1.2 mm over 1.2 km
    assert a.points == ["RN1", "S1", "S2", "RN2"]
    assert a.closure_mm == pytest.approx(1.2, abs=1e-9)
    assert a.km == pytest.approx(1.2) and a.setups == 21
    assert a.tolerance_mm == pytest.approx(2.0 * 1.2 ** 0.5) and a.passed is True
    # B: −1.0000 + 3.4990 = 2.4990 against 2.500 → −1.0 mm over 0.5 km
    assert b.closure_mm == pytest.approx(-1.0, abs=1e-9)
    assert b.source_lines == [40, 50]
    assert result.n_runs == 2
    assert result.open_runs[0].text() == "run C starts on S2, not a known benchmark"


def test_loop_closures_of_the_cycle_basis():
    result = compute_closures(OBS, HEIGHTS, Tolerance(constant_mm=0.3))
    (loop,) = result.loops  # the spur out and back: one observation outside the spanning tree
    assert sorted(loop.observations) == [5, 6]
    assert abs(loop.closure_mm) == pytest.approx(0.4, abs=1e-9)  # 0.3000 − 0.2996
    assert loop.passed is False and loop.km == pytest.approx(0.2)
    assert result.n_failed == 3  # the runs (1.2 and 1.0 mm) fail 0.3 mm too
    assert result.max_closure_mm == pytest.approx(1.2, abs=1e-9)


def test_a_loop_of_three_runs():
    obs = [Observation("A", "B", 1.0, 1000.0, 10), Observation("B", "C", 0.5, 1000.0, 10),
           Observation("C", "A", -1.4985, 1000.0, 10)]
    (loop,) = compute_closures(obs, {}).loops
    assert abs(loop.closure_mm) == pytest.approx(1.5, abs=1e-9)
    assert loop.km == pytest.approx(3.0) and loop.setups == 30
    assert loop.tolerance_mm is None and loop.passed is None
    assert loop.points[0] == loop.points[-1]


def test_a_run_onto_a_moved_benchmark_is_caught():
    moved = dict(HEIGHTS, RN2=49.000 + 0.020)  # the published height no longer fits the mark
    result = compute_closures(OBS, moved, PRESETS[0][1])
    assert [c.passed for c in result.runs] == [False, False]
    assert [round(c.closure_mm, 1) for c in result.runs] == [-18.8, 19.0]
    # the adjustment with RN2 held fixed points at the observations next to it
    bms = [Benchmark(k, v) for k, v in moved.items()]
    adjusted = adjust(OBS, bms, sigma_mm_per_sqrt_km=1.0)
    assert adjusted.chi2_passed is False
    assert {adjusted.residuals[i].to_id for i in range(len(OBS)) if adjusted.residuals[i].exceeds} & {"RN2", "S3"}


def test_tolerance_presets_and_checks():
    assert dict(PRESETS)["study_2mm"].mm(1.0, 10) == 2.0
    assert Tolerance(mm_per_sqrt_setup=0.5).mm(None, 16) == 2.0
    assert Tolerance(mm_per_sqrt_km=3.0).mm(None, 4) is None
    with pytest.raises(CanevasError):
        Tolerance().check()


def test_auto_solver_falls_back_to_dense_without_scipy(monkeypatch):
    monkeypatch.setattr(solver, "HAVE_SCIPY", False)
    assert solver.choose("auto") == "dense" and solver.choose("sparse") == "dense"
    result = adjust(OBS, [Benchmark(k, v) for k, v in HEIGHTS.items()])
    assert result.solver == "dense"


def test_report_lists_closures_tests_residuals_and_heights():
    runs, heights, lines = synthetic.synthetic_job([("S1", 50.1), ("S2", 51.3), ("S3", 49.8)],
                                                   [("RN1", 50.0), ("RN2", 49.0)], seed=2)
    obs = books.read_book(lines).observations
    bms = [Benchmark("RN1", 50.0), Benchmark("RN2", 49.0)]
    clo = compute_closures(obs, {b.id: b.height_m for b in bms}, PRESETS[0][1])
    res = adjust(obs, bms)
    french = {"Closures": "Fermetures", "Residuals": "Résidus"}
    html = build_report("Leveling", clo, res, inputs=[("Field book", "demo.gsi")], synthetic=True,
                        tr=lambda s: french.get(s, s))
    assert "Fermetures" in html and "Résidus" in html and "SYNTHETIC" in html
    assert "RN1 → S1" in html and "demo.gsi" in html
    for p in res.points:
        assert p.id in html
    assert "{:.4f}".format(res.point("S2").height_m) in html


def test_the_monitor_is_called_through_runs_and_loops_and_may_stop_them():
    obs = []
    for k in range(60):  # a ladder of 60 rungs: 59 loops, runs from A to B along its sides
        obs.append(Observation("L{}".format(k), "L{}".format(k + 1), 0.1, 100.0, 2, "left"))
        obs.append(Observation("R{}".format(k), "R{}".format(k + 1), 0.1, 100.0, 2, "right"))
        obs.append(Observation("L{}".format(k), "R{}".format(k), 0.01, 100.0, 2, "rung{}".format(k)))
    seen = []
    result = compute_closures(obs, {"L0": 10.0, "L60": 16.0}, Tolerance(constant_mm=2.0), monitor=seen.append)
    assert len(result.loops) == 59 and result.n_runs == 1
    assert seen and seen == sorted(seen) and seen[0] < 0.2 < seen[-1] <= 1.0

    def stop(fraction):
        if fraction > 0.2:
            raise RuntimeError("stopped at {}".format(fraction))
    with pytest.raises(RuntimeError, match="stopped at"):
        compute_closures(obs, {"L0": 10.0, "L60": 16.0}, Tolerance(constant_mm=2.0), monitor=stop)
