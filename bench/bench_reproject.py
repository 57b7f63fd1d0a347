"""REN09 → CC48 of a SYNTHETIC point layer: canevas:ren09tocc48 against native:reprojectlayer with
the very same operation (the plugin's exact pipeline set in the context), side by side in one run.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=/usr/share/qgis/python/plugins \
        .venv/bin/python bench/bench_reproject.py [--sizes 100000 1000000] [--repeat 3]

Each size: one GeoPackage of N synthetic points within 10 km of Rennes town hall (seeded), then the
two tools alternated `repeat` times in one process, GeoPackage to GeoPackage; the median wall
clock time of each and their ratio are printed (Markdown row for bench/RESULTS.md).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from canevas_package import make_importable  # noqa: E402

make_importable()


def write_points(path, n, crs):
    import numpy as np
    from qgis.core import (
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPoint,
        QgsProject,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )

    from canevas.toolbelt.qt_compat import FieldType
    rng = np.random.default_rng(2009)
    xs = 47300.0 + rng.uniform(-10000, 10000, n)
    ys = 68766.0 + rng.uniform(-10000, 10000, n)
    zs = rng.uniform(20, 110, n)
    fields = QgsFields()
    fields.append(QgsField("num", FieldType.Int))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.PointZ, crs,
                                        QgsProject.instance().transformContext(), options)
    feature = QgsFeature(fields)
    for i in range(n):
        feature.setAttributes([i])
        feature.setGeometry(QgsGeometry(QgsPoint(float(xs[i]), float(ys[i]), float(zs[i]))))
        writer.addFeature(feature)
    del writer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from qgis.core import QgsApplication, QgsCoordinateTransformContext, QgsProcessingContext, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing
    Processing.initialize()
    from canevas.core import systems
    from canevas.processing_provider.provider import CanevasProvider
    from canevas.toolbelt import crs as crs_tools
    provider = CanevasProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    shift = systems.DEFAULT_DATUM_SHIFT
    src, dst = crs_tools.crs_for("REN09", shift), crs_tools.crs_for("CC48")
    print("| points | canevas:ren09tocc48 | native:reprojectlayer (same operation) | ratio |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            data = Path(tmp) / "ren09_{}.gpkg".format(n)
            write_points(data, n, src)
            times = {"canevas": [], "native": []}
            for k in range(args.repeat):
                for tool in ("canevas", "native"):
                    out = Path(tmp) / "{}_{}_{}.gpkg".format(tool, n, k)
                    context = QgsProcessingContext()
                    transform_context = QgsCoordinateTransformContext()
                    transform_context.addCoordinateOperation(src, dst, systems.pipeline("REN09", "CC48", shift),
                                                             False)
                    context.setTransformContext(transform_context)
                    start = time.perf_counter()
                    if tool == "canevas":
                        processing.run("canevas:ren09tocc48", {"INPUT": str(data), "DATUM_SHIFT": shift,
                                                               "OUTPUT": str(out)},
                                       context=context, feedback=QgsProcessingFeedback())
                    else:
                        processing.run("native:reprojectlayer", {"INPUT": str(data), "TARGET_CRS": dst,
                                                                 "OUTPUT": str(out)},
                                       context=context, feedback=QgsProcessingFeedback())
                    times[tool].append(time.perf_counter() - start)
            ours, native = statistics.median(times["canevas"]), statistics.median(times["native"])
            print("| {:,} | {:.2f} s | {:.2f} s | {:.2f}× |".format(n, ours, native, ours / native).replace(",", " "),
                  flush=True)
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    main()
