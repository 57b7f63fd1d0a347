"""Leveling adjustment against an independent solver (numpy.linalg.lstsq on the weighted design
matrix, with the hat matrix for the redundancy numbers), on SYNTHETIC networks of known true heights."""

import math

import numpy as np
import pytest

from canevas.core.leveling import Benchmark, Observation, adjust, data_snooping, solver
from canevas.core.leveling import adjustment as adj
from canevas.core.messages import CanevasError

SIGMA_KM = 1.0  # mm/√km


def grid_network(rows=5, cols=6, seed=7, sigma_km=SIGMA_KM):
    """SYNTHETIC: points on a grid (~500 m apart), observations along the grid lines and some
    diagonals, noise σ = σ_km·√K; benchmarks at three corners."""
    rng = np.random.default_rng(seed)
    ids = ["P{}_{}".format(r, c) for r in range(rows) for c in range(cols)]
    true = {pid: 40.0 + rng.uniform(-5, 5) for pid in ids}
    pairs = []
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols:
                pairs.append(("P{}_{}".format(r, c), "P{}_{}".format(r, c + 1)))
            if r + 1 < rows:
                pairs.append(("P{}_{}".format(r, c), "P{}_{}".format(r + 1, c)))
            if r + 1 < rows and c + 1 < cols and rng.random() < 0.3:
                pairs.append(("P{}_{}".format(r, c), "P{}_{}".format(r + 1, c + 1)))
    obs = []
    for k, (a, b) in enumerate(pairs):
        dist = float(rng.uniform(300, 800))
        noise = rng.normal(0, sigma_km * math.sqrt(dist / 1000)) / 1000
        obs.append(Observation(a, b, true[b] - true[a] + noise, dist, int(dist // 60) + 1, "R{}".format(k // 4),
                               source_line=k + 1))
    corners = [ids[0], ids[cols - 1], ids[-1]]
    benchmarks = [Benchmark(pid, true[pid]) for pid in corners]
    return obs, benchmarks, true


def independent(obs, fixed, sigmas_mm):
    """Weighted least squares written as a plain lstsq on A·x ≈ l, rows scaled by 1/σ."""
    free = sorted({p for o in obs for p in (o.from_id, o.to_id)} - set(fixed))
    col = {p: j for j, p in enumerate(free)}
    A = np.zeros((len(obs), len(free)))
    lvec = np.zeros(len(obs))
    for i, o in enumerate(obs):
        lvec[i] = o.dh_m * 1000.0 - 1000.0 * fixed.get(o.to_id, 0.0) + 1000.0 * fixed.get(o.from_id, 0.0)
        if o.to_id in col:
            A[i, col[o.to_id]] = 1.0
        if o.from_id in col:
            A[i, col[o.from_id]] = -1.0
    Aw, lw = A / sigmas_mm[:, None], lvec / sigmas_mm
    x, *_ = np.linalg.lstsq(Aw, lw, rcond=None)
    rw = Aw @ x - lw
    dof = len(obs) - len(free)
    hat = Aw @ np.linalg.pinv(Aw)
    return {p: x[col[p]] / 1000.0 for p in free}, float(rw @ rw), dof, np.diag(np.eye(len(obs)) - hat), \
        np.linalg.inv(Aw.T @ Aw), col


@pytest.mark.parametrize("kind", ["dense", "sparse"])
@pytest.mark.parametrize("weighting", [adj.WEIGHT_DISTANCE, adj.WEIGHT_SETUPS, adj.WEIGHT_EQUAL])
def test_heights_sigma0_chi2_and_redundancy_equal_an_independent_solution(kind, weighting):
    if kind == "sparse" and not solver.HAVE_SCIPY:
        pytest.skip("scipy not importable")
    obs, benchmarks, true = grid_network()
    result = adjust(obs, benchmarks, weighting=weighting, sigma_mm_per_sqrt_km=SIGMA_KM, solver=kind)
    assert result.solver == kind
    sig = adj.observation_sigmas(obs, weighting, SIGMA_KM)
    heights, vtpv, dof, redundancy, qxx, col = independent(obs, {b.id: b.height_m for b in benchmarks}, sig)
    assert result.dof == dof
    for pid, h in heights.items():
        assert result.point(pid).height_m == pytest.approx(h, abs=1e-5)  # 0.01 mm
        assert result.point(pid).sigma_apriori_mm == pytest.approx(math.sqrt(qxx[col[pid], col[pid]]), rel=1e-9)
        assert result.point(pid).sigma_mm == pytest.approx(result.sigma0 * math.sqrt(qxx[col[pid], col[pid]]),
                                                           rel=1e-9)
    assert result.chi2 == pytest.approx(vtpv, rel=1e-9)
    assert result.sigma0 == pytest.approx(math.sqrt(vtpv / dof), rel=1e-9)
    assert [r.redundancy for r in result.residuals] == pytest.approx(list(redundancy), abs=1e-9)
    assert sum(r.redundancy for r in result.residuals) == pytest.approx(dof, abs=1e-9)
    for b in benchmarks:
        assert result.point(b.id).fixed and result.point(b.id).height_m == b.height_m


def test_heights_are_close_to_the_truth_and_the_test_passes():
    obs, benchmarks, true = grid_network(seed=11)
    result = adjust(obs, benchmarks, sigma_mm_per_sqrt_km=SIGMA_KM)
    errors = [1000 * (p.height_m - true[p.id]) for p in result.points if not p.fixed]
    sigmas = [p.sigma_apriori_mm for p in result.points if not p.fixed]
    assert max(abs(e) / s for e, s in zip(errors, sigmas)) < 4.0
    assert result.chi2_passed is True


def test_dense_and_sparse_agree():
    if not solver.HAVE_SCIPY:
        pytest.skip("scipy not importable")
    obs, benchmarks, _ = grid_network(rows=8, cols=9, seed=5)
    a = adjust(obs, benchmarks, solver="dense")
    b = adjust(obs, benchmarks, solver="sparse")
    assert [p.height_m for p in a.points] == pytest.approx([p.height_m for p in b.points], abs=1e-9)
    assert [p.sigma_mm for p in a.points] == pytest.approx([p.sigma_mm for p in b.points], rel=1e-9)
    assert [r.w for r in a.residuals] == pytest.approx([r.w for r in b.residuals], rel=1e-7)
    assert [r.mdb_mm for r in a.residuals] == pytest.approx([r.mdb_mm for r in b.residuals], rel=1e-7)


def test_a_5_mm_blunder_is_flagged_and_only_it():
    obs, benchmarks, _ = grid_network(seed=3, sigma_km=0.5)
    blunder = 17
    obs[blunder].dh_m += 0.005
    result = adjust(obs, benchmarks, sigma_mm_per_sqrt_km=0.5)
    assert [r.index for r in result.flagged] == [blunder]
    assert result.max_abs_w == pytest.approx(abs(result.residuals[blunder].w))
    assert result.chi2_passed is False
    # iterated snooping at α = 0.05 would also reject ~5 % of good observations: Baarda's α0 = 0.001
    snooped = data_snooping(obs, benchmarks, sigma_mm_per_sqrt_km=0.5, alpha=0.001)
    assert snooped.rejected == [blunder]
    assert snooped.flagged == [] and snooped.chi2_passed is True
    assert len(snooped.residuals) == len(obs) - 1


def test_critical_value_mdb_and_chi2_bounds():
    obs, benchmarks, _ = grid_network()
    result = adjust(obs, benchmarks, alpha=0.001, power=0.8)
    assert result.critical_w == pytest.approx(3.2905, abs=1e-4)
    assert result.lambda0 == pytest.approx((3.2905 + 0.8416) ** 2, rel=1e-4)
    r = result.residuals[0]
    assert r.mdb_mm == pytest.approx(math.sqrt(result.lambda0) * r.sigma_mm / math.sqrt(r.redundancy), rel=1e-12)
    low, high = adj.chi2_bounds(20, 0.05)
    assert (low, high) == pytest.approx((9.5908, 34.1696), abs=1e-3)


def test_wilson_hilferty_fallback_is_close(monkeypatch):
    monkeypatch.setattr(adj, "_chi2", None)
    low, high = adj.chi2_bounds(20, 0.05)
    assert (low, high) == pytest.approx((9.5908, 34.1696), rel=0.01)


def test_one_fixed_benchmark_warns():
    obs, benchmarks, _ = grid_network()
    result = adjust(obs, benchmarks[:1])
    assert any("Only one fixed benchmark" in m.text() for m in result.warnings)


def test_no_fixed_benchmark_is_refused():
    obs, benchmarks, _ = grid_network()
    with pytest.raises(CanevasError) as err:
        adjust(obs, [Benchmark("ELSEWHERE", 10.0)])
    assert "No fixed benchmark lies in the network" in err.value.text()


def test_a_disconnected_part_gets_no_height_and_a_clear_message():
    obs, benchmarks, _ = grid_network()
    island = [Observation("X1", "X2", 0.5, 400.0, 7, "island"), Observation("X2", "X3", -0.2, 300.0, 5, "island")]
    result = adjust(obs + island, benchmarks)
    assert result.floating == [["X1", "X2", "X3"]]
    assert result.unused == [len(obs), len(obs) + 1]
    assert not {"X1", "X2", "X3"} & {p.id for p in result.points}
    assert any("3 point(s) tied to no fixed benchmark got no height: X1, X2, X3" in m.text()
               for m in result.warnings)


def test_unusable_benchmarks_are_not_held_fixed_unless_asked():
    obs, benchmarks, true = grid_network()
    benchmarks[1].state = "Présumé déplacé"
    result = adjust(obs, benchmarks)
    assert benchmarks[1].id not in result.fixed
    assert not result.point(benchmarks[1].id).fixed
    assert result.excluded_benchmarks[0][0] == benchmarks[1].id
    held = adjust(obs, benchmarks, hold_unusable=True)
    assert benchmarks[1].id in held.fixed


def test_fixed_ids_choose_the_benchmarks():
    obs, benchmarks, _ = grid_network()
    result = adjust(obs, benchmarks, fixed_ids=[benchmarks[0].id, benchmarks[2].id])
    assert result.fixed == sorted([benchmarks[0].id, benchmarks[2].id])


def test_missing_distances_are_named():
    obs, benchmarks, _ = grid_network()
    obs[4].distance_m = None
    with pytest.raises(CanevasError) as err:
        adjust(obs, benchmarks)
    assert "1 lack one" in err.value.text() and "(line 5)" in err.value.text()


def test_selected_inversion_equals_the_blocked_inverse(monkeypatch):
    if not solver.HAVE_SCIPY:
        pytest.skip("scipy not importable")
    obs, benchmarks, _ = grid_network(rows=9, cols=7, seed=21)
    takahashi = adjust(obs, benchmarks, solver="sparse")
    monkeypatch.setattr(solver, "_takahashi", lambda *args: None)
    monkeypatch.setattr(solver, "BLOCK", 16)  # several blocks
    blocked = adjust(obs, benchmarks, solver="sparse")
    assert [p.sigma_mm for p in takahashi.points] == pytest.approx([p.sigma_mm for p in blocked.points], rel=1e-10)
    assert [r.redundancy for r in takahashi.residuals] == pytest.approx([r.redundancy for r in blocked.residuals],
                                                                        abs=1e-10)


# --- bounds, cancel, numbers that are not (issue 10) ---------------------------------------------------------

class Stop(Exception):
    pass


def test_the_dense_path_refuses_over_its_memory_bound_with_the_figure(monkeypatch):
    obs, benchmarks, _ = grid_network(rows=5, cols=6)  # 27 unknown heights: 3 × 27² × 8 = 17 496 bytes
    monkeypatch.setattr(solver, "DENSE_LIMIT_BYTES", 17000)
    with pytest.raises(CanevasError) as err:
        adjust(obs, benchmarks, solver="dense")
    assert err.value.text().startswith("Without scipy the adjustment of 27 unknown heights needs 0 MB of memory")
    monkeypatch.setattr(solver, "DENSE_LIMIT_BYTES", 17496)
    assert len(adjust(obs, benchmarks, solver="dense").points) == 30


@pytest.mark.parametrize("kind", ["dense", "sparse"])
def test_the_monitor_is_called_during_the_solve_and_may_stop_it(kind):
    if kind == "sparse" and not solver.HAVE_SCIPY:
        pytest.skip("scipy not importable")
    obs, benchmarks, _ = grid_network(rows=9, cols=7, seed=21)
    seen = []
    adjust(obs, benchmarks, solver=kind, monitor=seen.append)
    assert seen and all(0 <= f <= 1 for f in seen) and seen == sorted(seen)

    def stop(fraction):
        raise Stop(fraction)
    with pytest.raises(Stop):
        adjust(obs, benchmarks, solver=kind, monitor=stop)


def test_a_sigma_that_is_not_a_number_is_refused():
    obs, benchmarks, _ = grid_network()
    for value in (float("nan"), float("inf"), 0.0, -1.0, 1000.001, 1e300):
        with pytest.raises(CanevasError, match="must be a positive number of mm/√km, at most 1 000"):
            adjust(obs, benchmarks, sigma_mm_per_sqrt_km=value)
    assert adjust(obs, benchmarks, sigma_mm_per_sqrt_km=1000.0).points


def test_a_height_difference_that_is_not_a_number_never_gives_heights():
    obs, benchmarks, _ = grid_network()
    obs[3].dh_m = float("nan")
    with pytest.raises(CanevasError, match="could not be solved accurately"):
        adjust(obs, benchmarks)


def test_weights_over_twelve_orders_of_magnitude_are_refused():
    obs, benchmarks, _ = grid_network()
    obs[3].distance_m = 1e-12
    with pytest.raises(CanevasError) as err:
        adjust(obs, benchmarks)
    assert "12 orders of magnitude" in err.value.text() and "{} → {}".format(obs[3].from_id, obs[3].to_id) in \
        err.value.text()
    assert adjust(obs, benchmarks, weighting=adj.WEIGHT_EQUAL).points  # equal weights do not use the distance
