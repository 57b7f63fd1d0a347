"""Proposals of new benchmarks (core/density/proposals.py) against an independent simple greedy
and an independent integer program.

The reference greedy is written here on its own: candidates on a 250 m grid, coverage counted on a
50 m grid of points, one mark at a time, the one that covers the most still-uncovered ground
(ties: the one that brings most points one mark closer), until the exact study says the target is
reached. The reference integer program is written differently from core/density/milp.py: probes at
the centres of 100 m cells of the whole square (not gap samples), a count of uncovered probes, dense
matrices, no decomposition; its answer is checked with the exact study (aiming 0.1 % higher until
it passes). Random sets are SYNTHETIC (uniform benchmarks in a 10 km square).
"""

import numpy as np
import pytest

shapely = pytest.importorskip("shapely")
from canevas.core import density  # noqa: E402
from canevas.core.messages import CanevasError  # noqa: E402

R = 1000.0
X0, Y0 = 300_000.0, 6_700_000.0


def simple_greedy(xy, area, radius, m, target, step=250.0, probe=50.0):
    """Marks chosen one at a time on a `step` grid until the exact study reaches `target`."""
    x0, y0, x1, y1 = area.bounds
    gx, gy = np.meshgrid(np.arange(x0 + probe / 2, x1, probe), np.arange(y0 + probe / 2, y1, probe))
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    pts = pts[shapely.contains_xy(area, pts[:, 0], pts[:, 1])]
    cx, cy = np.meshgrid(np.arange(np.ceil(x0 / step) * step, x1 + 1, step),
                         np.arange(np.ceil(y0 / step) * step, y1 + 1, step))
    cands = np.column_stack([cx.ravel(), cy.ravel()])
    cands = cands[shapely.intersects_xy(area, cands[:, 0], cands[:, 1])]
    count = np.zeros(len(pts), dtype=int)
    for b in xy:
        count += np.hypot(pts[:, 0] - b[0], pts[:, 1] - b[1]) < radius
    reach = [np.flatnonzero(np.hypot(pts[:, 0] - c[0], pts[:, 1] - c[1]) < radius) for c in cands]
    chosen = []
    while True:
        res = density.study(np.vstack([xy] + ([np.array(chosen)] if chosen else [])), radius, m, areas=[area])
        if res.covered_pct >= 100 * target - 1e-9:
            return chosen
        best, best_key = None, None
        for k, idx in enumerate(reach):
            c = count[idx]
            key = (int(np.sum(c == m - 1)), int(np.sum(c < m)))
            if best_key is None or key > best_key:
                best, best_key = k, key
        count[reach[best]] += 1
        chosen.append(tuple(cands[best]))


def random_set(seed, n=100, side=10_000.0):
    rng = np.random.default_rng(seed)
    return rng.uniform(0, side, (n, 2)) + [X0, Y0], shapely.box(X0, Y0, X0 + side, Y0 + side)


SEEDS = range(8)


def needs_milp():
    from canevas.core.density import milp
    if not milp.available():
        pytest.skip("scipy >= 1.9 (HiGHS) is not installed: the greedy alone")


@pytest.fixture(scope="module")
def compared():
    """(proposed, simple greedy) counts on SYNTHETIC random sets, both checked with the exact study."""
    out = []
    for seed in SEEDS:
        xy, area = random_set(seed)
        res = density.study(xy, R, 2, areas=[area])
        prop = density.propose(res, target=0.99)
        assert prop.reached and min(prop.covered_pct_after) >= 99.0
        out.append((len(prop.proposals), len(simple_greedy(xy, area, R, 2, 0.99))))
    return out


def test_proposals_never_worse_than_a_simple_greedy(compared):
    # measured (scipy 1.10): 27/24/23/25/23/25/26/23 vs 30/28/27/28/25/27/29/25
    needs_milp()
    assert all(p <= g for p, g in compared), compared
    assert sum(p for p, _ in compared) < sum(g for _, g in compared)


def reference_ip(xy, area, radius, m, target, step=250.0, probe=100.0):
    """Fewest marks on a `step` grid so that all but (1 − target) of the 100 m probes of the square
    have m marks within r; aimed 0.1 % higher until the exact study agrees."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    x0, y0, x1, y1 = area.bounds
    gx, gy = np.meshgrid(np.arange(x0 + probe / 2, x1, probe), np.arange(y0 + probe / 2, y1, probe))
    probes = np.column_stack([gx.ravel(), gy.ravel()])
    have = (np.hypot(probes[:, None, 0] - xy[None, :, 0], probes[:, None, 1] - xy[None, :, 1]) < radius).sum(axis=1)
    short = have < m
    lack = (m - have)[short].astype(float)
    cx, cy = np.meshgrid(np.arange(x0, x1 + 1, step), np.arange(y0, y1 + 1, step))
    sites = np.column_stack([cx.ravel(), cy.ravel()])
    near = (np.hypot(probes[short, None, 0] - sites[None, :, 0], probes[short, None, 1] - sites[None, :, 1])
            < radius).astype(float)
    ns, nc = near.shape[0], near.shape[1]
    rows = np.hstack([near, -np.diag(lack)])
    for margin in (0.0, 0.001, 0.002, 0.003, 0.004, 0.005):
        may_stay = (1 - target - margin) * len(probes)
        res = milp(np.r_[np.ones(nc), np.zeros(ns)], integrality=np.ones(nc + ns), bounds=Bounds(0, 1),
                   constraints=[LinearConstraint(rows, 0, np.inf),
                                LinearConstraint(np.r_[np.zeros(nc), np.ones(ns)][None, :], ns - may_stay, np.inf)],
                   options={"time_limit": 120})
        new = sites[res.x[:nc] > 0.5]
        if density.study(np.vstack([xy, new]), radius, m, areas=[area]).covered_pct >= 100 * target:
            return len(new)
    raise AssertionError("the reference program never reached the target")


def test_proposals_within_5_percent_of_an_integer_program(compared):
    # the bound: 5 % in total and on every set; on a set of n reference marks that is
    # floor(0.05 n) marks, at least 1 (5 % of a set of fewer than 20 marks is less than one mark).
    # measured: reference 27/25/23/25 (100) on every platform vs proposals 27/24/23/25 (99) on Debian 12
    # (scipy 1.10.1), 27/24/24/26 (101) on Debian 13 (scipy 1.15.3), 27/25/23/25 (100) on unstable (scipy 1.17.1)
    needs_milp()
    ref = []
    for seed in range(4):
        xy, area = random_set(seed)
        ref.append(reference_ip(xy, area, R, 2, 0.99))
    ours = [p for p, _ in compared[:4]]
    assert sum(ours) <= 1.05 * sum(ref), (ours, ref)
    assert all(p <= q + max(1, int(0.05 * q)) for p, q in zip(ours, ref)), (ours, ref)


def test_country_scale_pattern_reaches_the_target():
    # the thinned pattern (fill.py) that propose() uses beyond 20 000 estimated marks, here on a
    # SYNTHETIC 30 km square: reached in the exact study, inside the area, spaced, and at most 20 %
    # more marks than the lattice greedy (measured: 658 vs 579)
    rng = np.random.default_rng(0)
    side = 30_000.0
    xy = rng.uniform(0, side, (300, 2)) + [X0, Y0]
    area = shapely.box(X0, Y0, X0 + side, Y0 + side)
    res = density.study(xy, R, 2, areas=[area])
    filled = density.propose(res, method="fill")
    assert filled.reached and min(filled.covered_pct_after) >= 99.0
    pts = np.array([(p.x, p.y) for p in filled.proposals])
    assert shapely.contains_xy(area, pts[:, 0], pts[:, 1]).all()
    d = np.hypot(pts[:, None, 0] - xy[None, :, 0], pts[:, None, 1] - xy[None, :, 1])
    assert d.min() >= R / 10.0
    greedy = density.propose(res, method="greedy")
    assert len(filled.proposals) <= 1.2 * len(greedy.proposals)


def test_lower_bound_from_integer_programming():
    needs_milp()
    xy, area = random_set(1)
    prop = density.propose(density.study(xy, R, 2, areas=[area]))
    assert prop.lower_bound is not None
    assert 0.85 * len(prop.proposals) <= prop.lower_bound <= len(prop.proposals)
    greedy = density.propose(density.study(xy, R, 2, areas=[area]), method="greedy")
    assert greedy.lower_bound is None and greedy.reached
    assert len(prop.proposals) <= len(greedy.proposals)


def test_without_scipy_the_greedy_alone(monkeypatch):
    from canevas.core.density import milp
    monkeypatch.setattr(milp, "_milp", lambda: None)
    xy, area = random_set(3)
    res = density.study(xy, R, 2, areas=[area])
    prop = density.propose(res)
    assert prop.reached and prop.lower_bound is None
    assert len(prop.proposals) == len(density.propose(res, method="greedy").proposals)
    with pytest.raises(CanevasError):
        density.propose(res, method="simplex")


def test_the_users_target_is_the_goal():
    xy, area = random_set(1)
    res = density.study(xy, R, 2, areas=[area])
    at_99 = density.propose(res, target=0.99)
    at_995 = density.propose(res, target=0.995)
    assert 99.0 <= min(at_99.covered_pct_after) < 99.5
    assert min(at_995.covered_pct_after) >= 99.5
    assert len(at_99.proposals) < len(at_995.proposals)


@pytest.mark.parametrize("seed", [0, 5])
def test_deterministic_under_micrometre_jitter(seed):
    xy, area = random_set(seed)
    first = density.propose(density.study(xy, R, 2, areas=[area]))
    jitter = np.random.default_rng(99).uniform(-1e-6, 1e-6, xy.shape)
    again = density.propose(density.study(xy + jitter, R, 2, areas=[area]))
    assert [(p.x, p.y) for p in first.proposals] == [(p.x, p.y) for p in again.proposals]


def test_cost():
    xy, area = random_set(2)
    res = density.study(xy, R, 2, areas=[area])
    plain = density.propose(res)
    assert plain.cost is None
    priced = density.propose(res, cost_per_benchmark=250.0, cost_per_day=900.0)
    days = sum(p.km for p in priced.proposals) / 6.0
    assert priced.cost == pytest.approx(250.0 * len(priced.proposals) + 900.0 * days)
    with pytest.raises(CanevasError):
        density.propose(res, cost_per_day=-1.0)


def test_beyond_the_memory_bound_the_pattern_takes_over_where_it_fits(monkeypatch):
    """With a memory bound (the plugin's 2 GB), a country is not refused when the lattice would not fit but the
    pattern's raster does; where the lattice fits it is kept (fewer marks); where neither fits: refused."""
    from canevas.core.density import proposals as P
    from canevas.core.density.fill import fill_bytes
    from canevas.core.density.lattice import lattice_bytes
    from canevas.core.messages import CanevasError
    monkeypatch.setattr(P, "FILL_FROM", 100)  # this SYNTHETIC 30 km square stands for a country
    rng = np.random.default_rng(0)
    side = 30_000.0
    xy = rng.uniform(0, side, (300, 2)) + [X0, Y0]
    res = density.study(xy, R, 2, areas=[shapely.box(X0, Y0, X0 + side, Y0 + side)])
    geoms = [g for _, g in res.gap_parts]
    bounds = shapely.total_bounds(np.array(geoms, dtype=object))
    lattice = lattice_bytes(bounds, sum(g.area for g in geoms), R, R / 8.0)[0]
    pattern = fill_bytes(bounds, R)
    assert pattern < lattice
    between = density.propose(res, max_bytes=(pattern + lattice) / 2)
    assert between.reached and len(between.proposals) == len(density.propose(res, method="fill").proposals)
    assert between.pattern  # said to the user (levelingdensity's log): more marks than the lattice
    assert not density.propose(res, method="greedy").pattern
    from types import SimpleNamespace
    assert not P._use_fill(SimpleNamespace(radius=R, max_bytes=2 * lattice), res)  # the lattice fits: kept
    assert P._use_fill(SimpleNamespace(radius=R, max_bytes=None), res)
    with pytest.raises(CanevasError, match="GB of memory"):
        density.propose(res, max_bytes=pattern / 2)
