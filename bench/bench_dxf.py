"""REN09 → CC48 of a batch of SYNTHETIC DXF drawings: time and peak memory (issue 12: 500 files of ~20 000
entities in under 10 minutes on 2 cores).

    .venv/bin/python bench/bench_dxf.py                      # 500 files × 20 000 entities, 2 workers
    .venv/bin/python bench/bench_dxf.py --files 20 --no-verify
    .venv/bin/python bench/bench_dxf.py --files 20 --object-model  # every entity through ezdxf's objects

`--distinct` drawings (seeded, a mix of lines, bulged polylines, circles, arcs, texts, block references
with attributes and points over 4 km around Rennes town hall) are generated once and copied to make
`--files` files: the work per file is the same whatever its content. Each worker process runs
core.dxf.transform_file on one file at a time (read, transform, write, and by default the verification:
the written file read back at tag level, entity counts, ezdxf audit). Prints a Markdown row for
bench/RESULTS.md.
"""

import argparse
import multiprocessing
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
from canevas_package import make_importable  # noqa: E402

make_importable()


def _one(task):
    from canevas.core.dxf import transform_file
    source, output, verify, tag_path = task
    start, cpu = time.perf_counter(), time.process_time()
    result = transform_file(source, output, "REN09", "CC48", verify=verify, tag_path=tag_path)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return (time.perf_counter() - start, result.entities, result.max_deviation_mm, result.failed, peak_mb,
            time.process_time() - cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--entities", type=int, default=20000)
    parser.add_argument("--distinct", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-verify", action="store_true", help="skip reading back, audit and counts")
    parser.add_argument("--object-model", action="store_true", help="no tag-level pass-through")
    args = parser.parse_args()
    from dxf_corpus import synthetic
    with tempfile.TemporaryDirectory(prefix="bench-dxf-") as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        start = time.perf_counter()
        models = []
        for n in range(min(args.distinct, args.files)):
            models.append(tmp / "model{}.dxf".format(n))
            synthetic(models[-1], args.entities, seed=n)
        for n in range(args.files):
            shutil.copyfile(models[n % len(models)], tmp / "in" / "plan{:04d}.dxf".format(n))
        print("generated in {:.0f} s".format(time.perf_counter() - start), flush=True)
        tasks = [(p, tmp / "out" / p.name, not args.no_verify, not args.object_model)
                 for p in sorted((tmp / "in").iterdir())]
        (tmp / "out").mkdir()
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(args.workers, maxtasksperchild=50) as pool:
            rows = pool.map(_one, tasks, chunksize=1)
        wall = time.perf_counter() - start
    per_file = sorted(r[0] for r in rows)
    cpu = sorted(r[5] for r in rows)
    entities = sum(r[1] for r in rows)
    # CPU time is what a quiet machine would take: 500 files on 2 cores = 250 × the CPU time of one file
    row = ("| {} | {} | {} | {:,} | {} | {} | {:.0f} s ({:.1f} min) | {:.2f} s | {:.2f} s | {:.1f} min | {:.0f} MB "
           "| {:.4f} | {} |")
    print(row.format("object model" if args.object_model else "tags + object model", args.files, args.entities,
                     entities, args.workers, "no" if args.no_verify else "yes", wall,
                  wall / 60, per_file[len(per_file) // 2], cpu[len(cpu) // 2], 250 * cpu[len(cpu) // 2] / 60,
                  max(r[4] for r in rows), max(r[2] for r in rows), sum(r[3] for r in rows)))


if __name__ == "__main__":
    main()
