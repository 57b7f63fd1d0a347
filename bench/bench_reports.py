"""Precision report with gross outliers (issue 10, item 3): time, peak Python memory and size of the HTML.

    .venv/bin/python bench/bench_reports.py [--sizes 10 1000 10000]

SYNTHETIC points: N control points on a grid in CC48, supplied = control + 0.4–1.9 cm, then two
faults: one X typed 50 km off, and every supplied point in REN09 numbers against CC48 control (a
wrong CRS: deviations of ~7.2 million m). Before the bounded histogram, the 50 km typo asked for one
row per centimetre (5 million rows: 45 s, 5 GB, a 673 MB file). Markdown rows for bench/RESULTS.md.
"""

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from canevas_package import make_importable  # noqa: E402

make_importable()

from canevas.core import precision  # noqa: E402
from canevas.core.reports.precision import ReportTest, build_report  # noqa: E402


def points(n, fault):
    side = int(np.ceil(np.sqrt(n)))
    ctl = np.array([(1_351_000.0 + 37.0 * (i % side), 7_220_000.0 + 29.0 * (i // side)) for i in range(n)])
    sup = ctl + np.column_stack([0.004 + 0.015 * np.random.default_rng(n).random(n), np.zeros(n)])
    if fault == "50 km typo":
        sup[n // 2, 0] += 50_000.0
    elif fault == "wrong CRS (REN09 numbers)":
        sup -= (1_304_000.0, 7_152_000.0)
    return sup, ctl


def run(n, fault):
    sup, ctl = points(n, fault)
    ids = ["P{}".format(i) for i in range(n)]
    tracemalloc.start()
    start = time.perf_counter()
    a = precision.assess(sup, ctl, 2, class_cm=2.0, ids=ids)
    test = ReportTest("Plan test", a, a.verdict, a.best, 2.0, a.verdict.passed,
                      {i: tuple(c) for i, c in zip(ids, ctl)})
    html = build_report("Precision class control", [], [test], n)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, len(html.encode("utf-8")), len(precision.histogram(a.deviations.epos)), a.verdict.passed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1000, 10000])
    args = parser.parse_args()
    print("| points | fault | wall clock | peak Python memory | HTML size | histogram rows | class 2 cm |")
    print("|---:|---|---:|---:|---:|---:|---|")
    for n in args.sizes:
        for fault in ("none", "50 km typo", "wrong CRS (REN09 numbers)"):
            seconds, peak, size, rows, passed = run(n, fault)
            print("| {} | {} | {:.2f} s | {:.1f} MB | {:.0f} kB | {} | {} |".format(
                n, fault, seconds, peak / 1e6, size / 1e3, rows, "passed" if passed else "failed"))


if __name__ == "__main__":
    main()
