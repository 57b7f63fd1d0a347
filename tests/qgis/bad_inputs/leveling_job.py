"""A small SYNTHETIC leveling job for the bad-input matrices of canevas:levelingclosures and
canevas:levelingadjustment: twelve stations tied by three runs onto three benchmarks, written as a GSI-16
book by core.leveling.synthetic and imported by canevas:importlevelingbook (as scripts/demo.py does).

The independent figures the checks compare with are computed here by hand: run closures as Σdh minus the
benchmarks' difference, heights by a dense weighted least squares of the design matrix (numpy.linalg.lstsq),
not by the core's normal equations.
"""

import math
import shutil

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from .matrix import _Feedback

SIGMA_KM = 0.7
#: SYNTHETIC truth (CC48 positions around Rennes), as in tests/qgis/test_leveling_algorithms.py.
STATIONS = [("S{:02d}".format(i + 1), 30.0 + 0.37 * i + (0.9 if i % 3 == 0 else -0.4)) for i in range(12)]
BENCHMARKS = [("MAC12", 31.2541), ("MAC13", 36.0127), ("NPK356", 29.4480)]
XY = {pid: (1351000.0 + 220.0 * k, 7221000.0 + 130.0 * (k % 4))
      for k, (pid, _h) in enumerate(STATIONS + BENCHMARKS)}
COLUMNS = (("run", "string"), ("from", "string"), ("to", "string"), ("dh_m", "double"), ("distance_m", "double"),
           ("setups", "integer"), ("date", "string"), ("source_line", "integer"))

_cache = {}


def job_rows():
    """Rows (dicts) of the SYNTHETIC job's observations table, imported once by canevas:importlevelingbook."""
    if "rows" not in _cache:
        import tempfile

        import processing

        from canevas.core.leveling import synthetic
        runs, _heights, lines = synthetic.synthetic_job(STATIONS, BENCHMARKS, seed=13, sigma_mm_per_sqrt_km=SIGMA_KM)
        folder = tempfile.mkdtemp(prefix="canevas_leveling_")
        book = "{}/synthetic_job.gsi".format(folder)
        with open(book, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        result = processing.run("canevas:importlevelingbook", {"INPUT": book, "DATE": "2024-05-02",
                                                               "OUTPUT": "memory:"})
        shutil.rmtree(folder, ignore_errors=True)
        layer = result["OUTPUT"]
        assert result["N_REJECTED"] == 0 and layer.featureCount() == 15
        _cache["rows"] = [{name: _plain(f[name]) for name, _t in COLUMNS} for f in layer.getFeatures()]
        _cache["runs"] = runs
    return [dict(row) for row in _cache["rows"]]


def job_runs():
    job_rows()
    return list(_cache["runs"])


def _plain(value):
    from canevas.toolbelt.layers import is_null
    return None if is_null(value) else value


def observations_table(rows=None, name="observations_synthetic", columns=COLUMNS):
    """A memory table (no geometry) of observation rows; a missing key or None is NULL."""
    rows = job_rows() if rows is None else rows
    uri = "None?" + "&".join("field={}:{}".format(n, t) for n, t in columns)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.get(n) for n, _t in columns])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def benchmark_layer(rows=BENCHMARKS, states=None, heights_in="z", name="benchmarks_synthetic", crs="EPSG:3948",
                    height_type="double"):
    """Benchmarks (PointZ, CC48) with nom/etat/freres_info; heights_in="field" also gives an « alt » field."""
    geometry = "PointZ" if heights_in == "z" else "Point"
    uri = "{}?crs={}&field=nom:string&field=etat:string&field=freres_info:string".format(geometry, crs)
    if heights_in == "field":
        uri += "&field=alt:" + height_type
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for pid, h in rows:
        feature = QgsFeature(layer.fields())
        values = [pid, (states or {}).get(pid, "BON ETAT"), ""]
        x, y = XY.get(pid, (1351500.0, 7221500.0))
        if heights_in == "z":
            z = "nan" if h is None else h
            feature.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} {})".format(x, y, z)))
        else:
            values.append(h)
            feature.setGeometry(QgsGeometry.fromWkt("Point ({} {})".format(x, y)))
        feature.setAttributes(values)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def make_register(path, stations):
    """A Canevas register (canevas:createdatabase) at `path` holding `stations` [(matricule, (x, y, z))]."""
    import processing
    processing.run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path)})
    layer = QgsVectorLayer("{}|layername=stations".format(path), "stations", "ogr")
    assert layer.isValid() and layer.startEditing()
    for matricule, (x, y, z) in stations:
        feature = QgsFeature(layer.fields())
        feature["matricule"] = matricule
        feature["methode"] = "GNSS RTK"
        feature.setGeometry(QgsGeometry.fromWkt("PointZ ({} {} {})".format(x, y, z)))
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    del layer
    return str(path)


def output_rows(value, key_field=None):
    """Rows of an output (a path or a layer) as dicts, keyed by `key_field` when given."""
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), "out", "ogr")
    assert layer.isValid(), value
    names = [f.name() for f in layer.fields()]
    rows = [dict(zip(names, (_plain(v) for v in f.attributes())), _geometry=f.geometry()) for f in layer.getFeatures()]
    return {r[key_field]: r for r in rows} if key_field else rows


# --- independent figures -------------------------------------------------------------------------------

def hand_run_closures(rows, known):
    """{(first, last): closure mm} of each run from its first to its last point, both known: Σdh − ΔH."""
    by_run = {}
    for row in rows:
        by_run.setdefault(row["run"], []).append(row)
    out = {}
    for sections in by_run.values():
        first, last = sections[0]["from"], sections[-1]["to"]
        if first in known and last in known:
            out[(first, last)] = 1000.0 * (sum(r["dh_m"] for r in sections) - (known[last] - known[first]))
    return out


def lstsq_heights(rows, fixed, weights=None):
    """{id: height} of the free points by weighted least squares on the design matrix (dense lstsq)."""
    free = sorted({p for r in rows for p in (r["from"], r["to"])} - set(fixed))
    col = {p: i for i, p in enumerate(free)}
    A = np.zeros((len(rows), len(free)))
    b = np.zeros(len(rows))
    for i, r in enumerate(rows):
        b[i] = r["dh_m"] - fixed.get(r["to"], 0.0) + fixed.get(r["from"], 0.0)
        if r["to"] in col:
            A[i, col[r["to"]]] += 1.0
        if r["from"] in col:
            A[i, col[r["from"]]] -= 1.0
    w = np.sqrt(np.array(weights if weights is not None else [1.0 / r["distance_m"] for r in rows]))
    x = np.linalg.lstsq(A * w[:, None], b * w, rcond=None)[0]
    return dict(zip(free, (float(v) for v in x)))


def large_network(points=5000, per_run=50, seed=7):
    """Observation rows of a SYNTHETIC network of `points` stations in runs of `per_run` between benchmarks
    B0, B1… (each run from benchmark k to k+1), with cross-ties every ten stations so that it has loops."""
    rng = np.random.default_rng(seed)
    heights = {"S{}".format(i): 30.0 + float(rng.normal(0, 2)) for i in range(points)}
    n_runs = int(math.ceil(points / per_run))
    benchmarks = [("B{}".format(k), 30.0 + float(rng.normal(0, 2))) for k in range(n_runs + 1)]
    heights.update(dict(benchmarks))
    rows = []
    for k in range(n_runs):
        chain = ["B{}".format(k)] + ["S{}".format(i) for i in range(k * per_run, min(points, (k + 1) * per_run))]
        chain.append("B{}".format(k + 1))
        for a, b in zip(chain, chain[1:]):
            rows.append({"run": "R{}".format(k), "from": a, "to": b, "distance_m": 300.0, "setups": 6,
                         "dh_m": heights[b] - heights[a] + float(rng.normal(0, 0.0005))})
    for i in range(0, points - per_run, 10):  # ties between neighbouring runs: loops
        a, b = "S{}".format(i), "S{}".format(i + per_run)
        rows.append({"run": "X", "from": a, "to": b, "distance_m": 300.0, "setups": 6,
                     "dh_m": heights[b] - heights[a] + float(rng.normal(0, 0.0005))})
    return rows, benchmarks


# --- cancel ----------------------------------------------------------------------------------------------

class CancelPast(_Feedback):
    """A feedback cancelling once the progress passes `at` % (the matrix's cancels at the first report)."""

    def __init__(self, at):
        super().__init__()
        self.at = at

    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > self.at and self.cancelled_at is None:
            self.cancelled_at = progress
            self.cancel()


def run_cancelled_past(alg, params, at):
    """(error, feedback) of a run cancelled once its progress passes `at` %."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException
    feedback = CancelPast(at)
    try:
        processing.run("canevas:" + alg, params, feedback=feedback, context=QgsProcessingContext())
    except QgsProcessingException as error:
        return str(error), feedback
    return None, feedback


def known_heights(value, id_field="nom"):
    """{id: height} of a benchmarks input as given (a layer or a path): the Z of each point when finite, first
    row of an id kept; ids as text (12.0 is « 12 »)."""
    from canevas.toolbelt.layers import id_text
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), "benchmarks", "ogr")
    heights = {}
    for feature in layer.getFeatures():
        pid = id_text(feature[id_field])
        geometry = feature.geometry()
        if not pid or geometry.isNull() or geometry.isEmpty():
            continue
        z = next(iter(geometry.vertices())).z()
        if math.isfinite(z) and pid not in heights:
            heights[pid] = z
    return heights
