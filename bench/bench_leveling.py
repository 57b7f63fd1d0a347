"""Leveling adjustment at scale: heights, σ of every height, residuals, w, MDB, χ² (core/leveling).

SYNTHETIC network: a grid of `side`² points about 400 m apart (every row levelled through, random
links between the rows) with `--observations` height differences, σ = 1 mm/√km noise, and one
benchmark every ~200 points held fixed. Target (issue 13): 10 000 points and 15 000 observations
adjusted with their statistics in under 10 s.

    .venv/bin/python bench/bench_leveling.py [--side 100] [--observations 15000] [--dense-side 40]
"""

import argparse
import math
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from canevas_package import make_importable

make_importable()

from canevas.core.leveling import Benchmark, Observation, adjust, compute_closures, solver  # noqa: E402
from canevas.core.leveling.closures import Tolerance  # noqa: E402


def network(side, n_obs, seed=1):
    rng = np.random.default_rng(seed)
    ids = ["P{:03d}_{:03d}".format(r, c) for r in range(side) for c in range(side)]
    true = 30.0 + rng.uniform(-10, 10, size=len(ids))
    edges = [(r * side + c, r * side + c + 1) for r in range(side) for c in range(side - 1)]
    vertical = [(r * side + c, (r + 1) * side + c) for r in range(side - 1) for c in range(side)]
    extra = max(0, n_obs - len(edges))
    picks = rng.choice(len(vertical), size=min(extra, len(vertical)), replace=False)
    edges += [vertical[k] for k in sorted(picks)]
    dist = rng.uniform(250.0, 600.0, size=len(edges))
    noise = rng.normal(0.0, 1.0, size=len(edges)) * np.sqrt(dist / 1000.0) / 1000.0
    obs = [Observation(ids[a], ids[b], float(true[b] - true[a] + e), float(d), int(d // 60) + 1,
                       "R{}".format(a // side)) for (a, b), d, e in zip(edges, dist, noise)]
    step = max(1, len(ids) // 50)
    benchmarks = [Benchmark(ids[k], float(true[k])) for k in range(0, len(ids), step)]
    return obs, benchmarks, dict(zip(ids, true))


def run(side, n_obs, kind):
    obs, benchmarks, true = network(side, n_obs)
    t0 = time.perf_counter()
    result = adjust(obs, benchmarks, sigma_mm_per_sqrt_km=1.0, solver=kind)
    t_adjust = time.perf_counter() - t0
    t0 = time.perf_counter()
    clo = compute_closures(obs, {b.id: b.height_m for b in benchmarks}, Tolerance(mm_per_sqrt_km=2.0))
    t_closures = time.perf_counter() - t0
    free = [p for p in result.points if not p.fixed]
    err = np.array([1000.0 * (p.height_m - true[p.id]) / p.sigma_apriori_mm for p in free])
    return {
        "solver": result.solver, "points": len(result.points), "observations": len(result.residuals),
        "fixed": len(result.fixed), "dof": result.dof, "adjust_s": t_adjust, "closures_s": t_closures,
        "loops": len(clo.loops), "runs": len(clo.runs), "sigma0": result.sigma0, "chi2_passed": result.chi2_passed,
        "max_sigma_mm": max(p.sigma_mm for p in free), "rms_true_error_over_sigma": float(math.sqrt(np.mean(err ** 2))),
        "flagged": len(result.flagged), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--side", type=int, default=100)
    parser.add_argument("--observations", type=int, default=15000)
    parser.add_argument("--dense-side", type=int, default=40, help="also run the dense path on side² points (0: no)")
    args = parser.parse_args()
    print("Python {}, numpy {}, scipy: {}; {}".format(platform.python_version(), np.__version__,
                                                      solver.HAVE_SCIPY, platform.platform()))
    cases = [(args.side, args.observations, "sparse")]
    if args.dense_side:
        d = args.dense_side
        cases += [(d, int(args.observations * d * d / args.side ** 2), k) for k in ("sparse", "dense")]
    for side, n_obs, kind in cases:
        figures = run(side, n_obs, kind)
        print(" | ".join("{} {}".format(k, "{:.3f}".format(v) if isinstance(v, float) else v)
                         for k, v in figures.items()))


if __name__ == "__main__":
    main()
