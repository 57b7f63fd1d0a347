"""Benchmark of the leveling-network density core (core/density/) on SYNTHETIC benchmarks.

    .venv/bin/python bench/bench_density.py                       # 10 000, 100 000, 400 000 points
    .venv/bin/python bench/bench_density.py --sizes 10000 --native  # + the QGIS-native pipelines
    .venv/bin/python bench/bench_density.py --native --proposals --json out.json
    .venv/bin/python bench/bench_density.py --case native --pipeline union --n 10000   # one case

Cases (r = 1 km, m = 2 unless told otherwise), every one in its own process so that its peak
memory (ru_maxrss) is its own:
* département: N benchmarks over Ille-et-Vilaine (6 775 km², the real commune boundaries from
  ../shared/data when present, else an 80 × 84 km rectangle cut in 4 × 4 km squares); the study
  is run per commune (345 areas).
* france (N ≥ 400 000): benchmarks over a hexagon of 550 000 km² (« l'Hexagone »), 0.73
  benchmark per km² on average; the study area is the default one (convex hull + r).
* proposals (--proposals): Rennes Métropole's 43 communes, 650 benchmarks, r = 1000 and 500 m:
  study + propose.
Synthetic benchmarks: 45 % in towns (Gaussian clusters, Pareto sizes capped at 0.3 % of the marks,
at most ~25 marks per km² at a town centre), 55 % along leveling lines (wiggly lines between
nearby towns, a mark every 500–1100 m). They are not real IGN benchmarks.

Timed: `study()` as a whole (duplicates, classification, coverage, clipping per area, gaps) and
`coverage()` alone. The native cases (--native, need QGIS; run headless) use QGIS processing on
the same département points, buffers with the same segment count, and compare their covered
area with coverage():
* 'pairs' (N = --native-n, 10 000): native:buffer → native:intersection of the buffer layer with
  itself (every overlapping pair) → keep id < b_id → native:dissolve (m = 2 only);
* 'union' (N = --native-union-n, 1 000 and 2 000), the 2013 study's way: native:buffer →
  native:union of the buffer layer with itself (one copy of each piece per disc over it) →
  native:deleteduplicategeometries → a point on each piece → qgis:joinbylocationsummary (number
  of buffers over that point) → joined back onto the pieces → keep count ≥ m → native:dissolve.
  At 10 000 points it failed after 30 min (GEOS TopologyException inside native:union), hence
  the smaller sizes by default; a failure is recorded, not raised.
"""

import argparse
import contextlib
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "build" / "pkg"
COMMUNES = ROOT.parent / "shared" / "data" / "communes-35-ille-et-vilaine.geojson"


def _import_core():
    if not (PKG / "canevas").exists():
        PKG.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.symlink(ROOT, PKG / "canevas", target_is_directory=True)
    sys.path.insert(0, str(PKG))
    from canevas.core import density
    return density


# --------------------------------------------------------------------------------------------
# synthetic data
# --------------------------------------------------------------------------------------------

def departement_areas():
    """(polygons, names) of Ille-et-Vilaine's communes in Lambert-93, or a 4 km grid fallback."""
    import shapely
    from shapely.geometry import box, shape
    if COMMUNES.exists():
        import pyproj
        tr = pyproj.Transformer.from_crs(4326, 2154, always_xy=True)
        data = json.loads(COMMUNES.read_text(encoding="utf-8"))
        geoms, names = [], []
        for f in data["features"]:
            g = shape(f["geometry"])
            g = shapely.transform(g, lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1])))
            geoms.append(shapely.make_valid(g))
            names.append(f["properties"].get("nom", f["properties"].get("code")))
        return geoms, names
    x0, y0 = 300_000.0, 6_740_000.0
    geoms = [box(x0 + i * 4000, y0 + j * 4000, x0 + (i + 1) * 4000, y0 + (j + 1) * 4000)
             for i in range(20) for j in range(21)]
    return geoms, ["{:03d}".format(k) for k in range(len(geoms))]


def hexagon(area_km2=550_000.0, centre=(700_000.0, 6_600_000.0)):
    from shapely.geometry import Polygon
    side = math.sqrt(2 * area_km2 * 1e6 / (3 * math.sqrt(3)))
    ang = np.radians(np.arange(6) * 60 + 30)
    return Polygon(np.column_stack([centre[0] + side * np.cos(ang), centre[1] + side * np.sin(ang)]))


def synthetic_benchmarks(region, n, seed=0, town_centres=None, town_weights=None):
    """n clustered benchmark positions inside `region` (a shapely polygon), see module doc."""
    import shapely
    rng = np.random.default_rng(seed)
    shapely.prepare(region)
    x0, y0, x1, y1 = region.bounds

    def inside(xy):
        return xy[shapely.contains_xy(region, xy[:, 0], xy[:, 1])]

    if town_centres is None:
        k = max(10, n // 40)
        c = rng.uniform([x0, y0], [x1, y1], (k * 3, 2))
        town_centres = inside(c)[:k]
        town_weights = 1.0 + rng.pareto(1.3, len(town_centres))
    town_weights = np.asarray(town_weights, dtype=float)
    p = town_weights / town_weights.sum()
    p = np.minimum(p, 0.003)  # no town holds more than 0.3 % of the benchmarks
    p /= p.sum()
    n_town = int(0.45 * n)
    out = []
    # towns: Gaussian clusters, at most ~25 benchmarks per km² at their centre
    per_town = rng.multinomial(n_town, p)
    sigma = np.maximum(300.0, np.sqrt(per_town / (2 * np.pi * 25e-6)))
    reps = np.repeat(np.arange(len(town_centres)), per_town)
    out.append(inside(town_centres[reps] + rng.normal(0, 1, (len(reps), 2)) * sigma[reps, None]))
    # leveling lines between nearby towns
    got = sum(len(o) for o in out)
    while got < n:
        a = rng.choice(len(town_centres), 256, p=np.sqrt(p) / np.sqrt(p).sum())
        b = rng.choice(len(town_centres), 256)
        for i, j in zip(a, b):
            pa, pb = town_centres[i], town_centres[j]
            length = float(np.hypot(*(pb - pa)))
            if not 3_000 < length < 40_000:
                continue
            t = np.cumsum(rng.uniform(500, 1100, int(length / 500) + 2))
            t = t[t < length]
            if len(t) < 2:
                continue
            u = (pb - pa) / length
            wobble = np.cumsum(rng.normal(0, 120, len(t)))
            wobble -= np.linspace(0, wobble[-1], len(t))
            line = pa + np.outer(t, u) + np.outer(wobble, [-u[1], u[0]])
            line = inside(line)
            out.append(line)
            got += len(line)
            if got >= n:
                break
    xy = np.concatenate(out)
    rng.shuffle(xy)
    if len(xy) < n:  # pragma: no cover - a region too small for its towns
        xy = np.vstack([xy, inside(rng.uniform([x0, y0], [x1, y1], (4 * (n - len(xy)), 2)))[: n - len(xy)]])
    return xy[:n]


def departement_points(n, seed):
    import shapely
    geoms, names = departement_areas()
    region = shapely.union_all(geoms)
    centres = np.array([g.representative_point().coords[0] for g in geoms])
    rng = np.random.default_rng(seed + 1)
    weights = np.array([g.area for g in geoms]) * (1.0 + rng.pareto(1.2, len(geoms)))
    return synthetic_benchmarks(region, n, seed, centres, weights), geoms, names


RENNES_METROPOLE = [
    "35001", "35022", "35024", "35032", "35039", "35047", "35051", "35055", "35058", "35059", "35065", "35066",
    "35076", "35079", "35080", "35081", "35088", "35120", "35131", "35139", "35144", "35180", "35189", "35196",
    "35204", "35206", "35208", "35210", "35216", "35238", "35240", "35245", "35250", "35266", "35275", "35278",
    "35281", "35315", "35334", "35351", "35352", "35353", "35363"
]


def rennes_points(n, seed):
    """Rennes Métropole's 43 communes (real boundaries) and n synthetic benchmarks over them,
    denser in Rennes (35238) and in the town centres."""
    import pyproj
    import shapely
    from shapely.geometry import shape
    tr = pyproj.Transformer.from_crs(4326, 2154, always_xy=True)
    data = json.loads(COMMUNES.read_text(encoding="utf-8"))
    geoms, names, codes = [], [], []
    for f in data["features"]:
        if f["properties"]["code"] in RENNES_METROPOLE:
            g = shapely.transform(shape(f["geometry"]), lambda c: np.column_stack(tr.transform(c[:, 0], c[:, 1])))
            geoms.append(shapely.make_valid(g))
            names.append(f["properties"]["nom"])
            codes.append(f["properties"]["code"])
    centres = np.array([g.representative_point().coords[0] for g in geoms])
    weights = np.array([8.0 if c == "35238" else 1.0 for c in codes])
    return synthetic_benchmarks(shapely.union_all(geoms), n, seed, centres, weights), geoms, names


# --------------------------------------------------------------------------------------------
# cases (each run in a child process)
# --------------------------------------------------------------------------------------------

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def case_core(args):
    density = _import_core()
    import shapely
    t = time.perf_counter()
    if args.region == "france":
        region = hexagon()
        xy = synthetic_benchmarks(region, args.n, args.seed)
        areas, names = None, None
    else:
        xy, areas, names = departement_points(args.n, args.seed)
    t_gen = time.perf_counter() - t
    mem_data = peak_mb()
    t = time.perf_counter()
    res = density.study(xy, args.radius, args.min_count, areas=areas, names=names, quad_segs=args.quad_segs)
    t_study = time.perf_counter() - t
    n_rows = len(res.rows)
    covered, area = res.covered_area, res.area
    n_gap_parts = len(res.gap_parts)
    del res
    t = time.perf_counter()
    cov = density.coverage(xy, args.radius, args.min_count, quad_segs=args.quad_segs)
    t_cov = time.perf_counter() - t
    return {
        "case": "core", "region": args.region, "n": int(len(xy)), "radius": args.radius, "m": args.min_count,
        "quad_segs": args.quad_segs, "t_generate": t_gen, "t_study": t_study, "t_coverage": t_cov,
        "areas": n_rows, "study_area_km2": area / 1e6, "study_covered_km2": covered / 1e6,
        "gap_polygons": n_gap_parts,
        "coverage_km2": cov.area / 1e6, "coverage_parts": len(cov.geoms),
        "coverage_vertices": int(shapely.get_num_coordinates(cov)),
        "peak_mb": peak_mb(), "data_mb": mem_data,
        "density_per_km2": len(xy) / ((area if areas is None else sum(g.area for g in areas)) / 1e6),
    }


def case_proposals(args):
    density = _import_core()
    xy, geoms, names = rennes_points(args.n, args.seed)
    t = time.perf_counter()
    res = density.study(xy, args.radius, args.min_count, areas=geoms, names=names, quad_segs=args.quad_segs)
    t_study = time.perf_counter() - t
    t = time.perf_counter()
    prop = density.propose(res)
    t_prop = time.perf_counter() - t
    return {"case": "proposals", "n": int(len(xy)), "radius": args.radius, "m": args.min_count,
            "areas": len(geoms), "area_km2": res.area / 1e6, "covered_pct": res.covered_pct,
            "t_study": t_study, "t_propose": t_prop, "proposals": len(prop.proposals),
            "min_pct_after": min(prop.covered_pct_after), "reached": prop.reached,
            "km": prop.km, "days": prop.days, "peak_mb": peak_mb()}


def case_propose_region(args):
    """study + propose over the département (345 communes) or France (one hull), SYNTHETIC marks."""
    density = _import_core()
    from canevas.core.messages import CanevasError
    if args.region == "france":
        xy, areas, names = synthetic_benchmarks(hexagon(), args.n, args.seed), None, None
    else:
        xy, areas, names = departement_points(args.n, args.seed)
    t = time.perf_counter()
    res = density.study(xy, args.radius, args.min_count, areas=areas, names=names, quad_segs=args.quad_segs)
    t_study = time.perf_counter() - t
    t = time.perf_counter()
    max_bytes = None if not args.propose_max_gb else args.propose_max_gb * 1024 ** 3
    head = {"case": "propose_region", "region": args.region, "n": int(len(xy)), "radius": args.radius,
            "m": args.min_count, "method": args.method, "areas": len(res.rows), "covered_pct": res.covered_pct,
            "t_study": t_study, "max_gb": args.propose_max_gb}
    try:
        prop = density.propose(res, method=args.method, max_bytes=max_bytes)
    except CanevasError as exc:  # refused (memory estimate): the figure is the answer
        return dict(head, refused=str(exc), t_propose=time.perf_counter() - t, peak_mb=peak_mb())
    t_prop = time.perf_counter() - t
    return {**head, "t_propose": t_prop, "proposals": len(prop.proposals),
            "lower_bound": prop.lower_bound, "min_pct_after": min(prop.covered_pct_after), "reached": prop.reached,
            "km": prop.km, "peak_mb": peak_mb()}


def case_native(args):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import Qgis, QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    xy, _, _ = departement_points(args.n, args.seed)
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=id:integer", "benchmarks", "memory")
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(layer.fields())
        f.setAttributes([i])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    times = {}
    tmp = tempfile.mkdtemp(prefix="canevas-bench-")
    result = {"case": "native", "pipeline": args.pipeline, "n": int(len(xy)), "radius": args.radius,
              "m": args.min_count, "quad_segs": args.quad_segs, "qgis": Qgis.QGIS_VERSION, "times": times}
    t_start = time.perf_counter()

    def run(name, alg, params, output="memory:"):
        t = time.perf_counter()
        out = processing.run(alg, dict(params, OUTPUT=output))["OUTPUT"]
        times[name] = time.perf_counter() - t
        return out

    try:
        buffers = run("buffer", "native:buffer", {"INPUT": layer, "DISTANCE": args.radius,
                                                  "SEGMENTS": args.quad_segs, "END_CAP_STYLE": 0,
                                                  "JOIN_STYLE": 0, "MITER_LIMIT": 2, "DISSOLVE": False})
        if args.pipeline == "union":
            # the 2013 study: self-union, count the discs over each piece, keep ≥ m, dissolve.
            # The self-union also yields a few degenerate line pieces, which a memory layer
            # refuses: it goes to a GeoPackage, and only polygons go on.
            union = run("union", "native:union", {"INPUT": buffers}, os.path.join(tmp, "union.gpkg"))
            pieces = run("polygons", "native:extractbyexpression",
                         {"INPUT": union, "EXPRESSION": "geometry_type($geometry) = 'Polygon' AND area($geometry) > 0"})
            # one copy of each piece, a point inside it, the number of buffers over that point
            single = run("dedupe", "native:deleteduplicategeometries", {"INPUT": pieces})
            single = run("piece id", "native:addautoincrementalfield",
                         {"INPUT": single, "FIELD_NAME": "pid", "START": 0})
            inner = run("point on surface", "native:pointonsurface", {"INPUT": single, "ALL_PARTS": False})
            counts = run("count", "qgis:joinbylocationsummary",
                         {"INPUT": inner, "JOIN": buffers, "PREDICATE": [0], "JOIN_FIELDS": ["id"],
                          "SUMMARIES": [0], "DISCARD_NONMATCHING": False})
            counted = run("join back", "native:joinattributestable",
                          {"INPUT": single, "FIELD": "pid", "INPUT_2": counts, "FIELD_2": "pid",
                           "FIELDS_TO_COPY": ["id_count"], "METHOD": 1, "DISCARD_NONMATCHING": False,
                           "PREFIX": "n_"})
            kept = run("extract", "native:extractbyexpression",
                       {"INPUT": counted, "EXPRESSION": '"n_id_count" >= {}'.format(args.min_count)})
            result["pieces"] = pieces.featureCount()
        else:
            # m = 2 only: every pair of overlapping buffers (the layer intersected with itself),
            # each pair once, then dissolve
            if args.min_count != 2:
                raise SystemExit("the 'pairs' pipeline is for min_count = 2")
            pairs = run("intersection", "native:intersection",
                        {"INPUT": buffers, "OVERLAY": buffers, "OVERLAY_FIELDS_PREFIX": "b_"},
                        os.path.join(tmp, "pairs.gpkg"))
            kept = run("extract", "native:extractbyexpression",
                       {"INPUT": pairs, "EXPRESSION": "\"id\" < \"b_id\" AND geometry_type($geometry) = 'Polygon'"})
            result["pieces"] = kept.featureCount()
        dissolved = run("dissolve", "native:dissolve", {"INPUT": kept, "FIELD": []})
        result["covered_km2"] = sum(f.geometry().area() for f in dissolved.getFeatures()) / 1e6
        result["ok"] = True
    except Exception as error:  # QGIS' own overlay may fail on this many overlaps: record it
        result["ok"] = False
        result["error"] = str(error).strip().splitlines()[-1][:300]
        result["failed_after_s"] = time.perf_counter() - t_start
    result["t_total"] = time.perf_counter() - t_start
    result["peak_mb"] = peak_mb()
    shutil.rmtree(tmp, ignore_errors=True)
    return result


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------

def machine():
    import shapely
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = "{:.1f} GiB".format(int(line.split()[1]) / 1024 ** 2)
    except OSError:
        pass
    try:
        import scipy
        sp = scipy.__version__
    except ImportError:
        sp = "absent"
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": mem, "python": platform.python_version(),
            "numpy": np.__version__, "shapely": shapely.__version__, "geos": shapely.geos_version_string,
            "scipy": sp, "os": platform.platform()}


def child(kind, args, **over):
    cmd = [sys.executable, str(Path(__file__).resolve()), "--case", kind, "--radius", str(args.radius),
           "--min-count", str(args.min_count), "--quad-segs", str(args.quad_segs), "--seed", str(args.seed)]
    for k, v in over.items():
        cmd += ["--" + k.replace("_", "-"), str(v)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return dict(over, case=kind, timeout_s=args.timeout)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit("case {} {} failed".format(kind, over))
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_propose_regions(args):
    out = []
    for n in args.propose_sizes:
        region = "france" if n >= args.france_from else "departement"
        for method in ("best", "greedy"):
            r = child("propose_region", args, n=n, region=region, method=method, propose_max_gb=args.propose_max_gb)
            out.append(r)
            if "timeout_s" in r or "refused" in r:
                print("propose {} N={} ({}): {}".format(region, n, method, r.get("refused") or
                                                        "stopped after {} s".format(r["timeout_s"])), flush=True)
                continue
            print("propose {region} N={n} ({method}): {areas} areas, {covered_pct:.1f} % covered; "
                  "study {t_study:.2f} s, propose {t_propose:.2f} s → {proposals} new marks (lower bound "
                  "{lower_bound}), worst area {min_pct_after:.2f} %, peak {peak_mb:.0f} MB".format(**r), flush=True)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 400_000],
                    help="numbers of benchmarks; sizes ≥ --france-from go over the France hexagon")
    ap.add_argument("--france-from", type=int, default=400_000)
    ap.add_argument("--radius", type=float, default=1000.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--quad-segs", type=int, default=64)
    ap.add_argument("--seed", type=int, default=2013)
    ap.add_argument("--native", action="store_true", help="also run the QGIS-native pipeline (needs QGIS)")
    ap.add_argument("--native-n", type=int, default=10_000)
    ap.add_argument("--native-union-n", type=int, nargs="*", default=[1_000, 2_000],
                    help="sizes for the 2013 self-union pipeline (slow; at 10 000 it failed after 30 min)")
    ap.add_argument("--pipeline", default="pairs", choices=["pairs", "union"], help=argparse.SUPPRESS)
    ap.add_argument("--json", help="write all the results to this file")
    ap.add_argument("--proposals", action="store_true",
                    help="also time study + propose on Rennes Métropole (43 communes, 650 synthetic marks, "
                         "r = 1000 and 500 m)")
    ap.add_argument("--propose-sizes", type=int, nargs="*", default=[],
                    help="with --proposals: also study + propose over the département (or France from --france-from) "
                         "with these numbers of benchmarks, e.g. 10000 400000")
    ap.add_argument("--propose-max-gb", type=float, default=2.0,
                    help="propose()'s memory bound (max_bytes) in GB; 0: none (tiles bound each lattice)")
    ap.add_argument("--timeout", type=float, default=None, help="stop a case after this many seconds")
    ap.add_argument("--method", default="best", choices=["best", "milp", "greedy", "fill"], help=argparse.SUPPRESS)
    ap.add_argument("--case", choices=["core", "native", "proposals", "propose_region"], help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--region", default="departement", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.case:
        cases = {"core": case_core, "native": case_native, "proposals": case_proposals,
                 "propose_region": case_propose_region}
        print(json.dumps(cases[args.case](args)))
        return

    info = machine()
    print("# machine: " + json.dumps(info))
    results = []
    for n in args.sizes:
        region = "france" if n >= args.france_from else "departement"
        r = child("core", args, n=n, region=region)
        results.append(r)
        print("core  {region:12s} N={n:>7d}  study {t_study:7.2f} s  coverage {t_coverage:7.2f} s  "
              "peak {peak_mb:7.0f} MB  covered {coverage_km2:10.1f} km²  ({coverage_parts} parts, "
              "{coverage_vertices} vertices)".format(**r), flush=True)
    if args.proposals and COMMUNES.exists():
        for radius in (1000.0, 500.0):
            sub = argparse.Namespace(**dict(vars(args), radius=radius))
            r = child("proposals", sub, n=650)
            results.append(r)
            print("propose Rennes Métropole r={radius:.0f} m: {areas} communes {area_km2:.0f} km², {n} marks, "
                  "{covered_pct:.1f} % covered; study {t_study:.2f} s, propose {t_propose:.2f} s → {proposals} "
                  "new marks, worst commune {min_pct_after:.2f} %, {km:.0f} km ≈ {days:.0f} days".format(**r),
                  flush=True)
    if args.proposals:
        results += run_propose_regions(args)
    if args.native:
        runs = [("pairs", args.native_n)] + [("union", n) for n in args.native_union_n]
        for pipeline, n in runs:
            native = child("native", args, n=n, pipeline=pipeline)
            results.append(native)
            core = next((r for r in results if r["case"] == "core" and r["n"] == n
                         and r["region"] == "departement"), None)
            if core is None:
                core = child("core", args, n=n, region="departement")
                results.append(core)
            detail = ", ".join("{} {:.1f} s".format(k, v) for k, v in native["times"].items())
            if not native["ok"]:
                print("native QGIS {} '{}' N={}: FAILED after {:.0f} s ({}): {}".format(
                    native["qgis"], pipeline, n, native["failed_after_s"], detail, native["error"]), flush=True)
                continue
            diff = native["covered_km2"] / core["coverage_km2"] - 1
            native["vs_core"] = {"area_diff_pct": 100 * diff, "x_coverage": native["t_total"] / core["t_coverage"],
                                 "x_study": native["t_total"] / core["t_study"]}
            print("native QGIS {qgis} '{pipeline}' N={n}: {t_total:.1f} s ({detail}), peak {peak_mb:.0f} MB, "
                  "covered {covered_km2:.2f} km²; core coverage() {cov:.2f} km² ({diff:+.3f} %), "
                  "{xc:.0f}× faster, whole study() {xs:.0f}× faster".format(
                      detail=detail, cov=core["coverage_km2"], diff=100 * diff,
                      xc=native["vs_core"]["x_coverage"], xs=native["vs_core"]["x_study"], **native), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "date": time.strftime("%Y-%m-%d"),
                                               "results": results}, indent=1))


if __name__ == "__main__":
    main()
