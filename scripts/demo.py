"""`make demo`: run Canevas' main jobs headless on the sample data and write the outputs.

    python scripts/demo.py OUTPUT_FOLDER

Uses the synthetic sample GeoPackage (resources/sample/canevas_sample.gpkg).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"


def import_plugin():
    """Make the repository importable as the `canevas` package (as QGIS names it)."""
    pkg = ROOT / "build" / "pkg"
    pkg.mkdir(parents=True, exist_ok=True)
    if not (pkg / "canevas").exists():
        os.symlink(ROOT, pkg / "canevas", target_is_directory=True)
    sys.path.insert(0, str(pkg))
    sys.path.append("/usr/share/qgis/python/plugins")


def start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from canevas.processing_provider.provider import CanevasProvider
    provider = CanevasProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def sample_layer(name):
    return "{}|layername={}".format(SAMPLE, name)


def extent_of(layer_uri, crs="EPSG:3948"):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(layer_uri, "extent", "ogr")
    e = layer.extent()
    return "{},{},{},{} [{}]".format(e.xMinimum(), e.xMaximum(), e.yMinimum(), e.yMaximum(), layer.crs().authid() or crs)


def main(out_dir):
    import_plugin()
    app, _provider = start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    feedback = QgsProcessingFeedback()
    written = []

    print("Canevas demo on the SYNTHETIC sample data of Rennes Métropole ({})".format(SAMPLE.name))
    stations = processing.run("canevas:ren09tocc48", {
        "INPUT": sample_layer("stations_synthetic"), "DATUM_SHIFT": 0,
        "OUTPUT": str(out / "stations_cc48.gpkg")}, feedback=feedback)
    print("- {} stations REN09 → CC48 with the {}".format(stations["COUNT"], stations["DATUM_SHIFT_NAME"]))
    written.append(stations["OUTPUT"])

    extent = extent_of(sample_layer("communes_rennes_metropole"))
    for code, label in ((0, "ren09"), (1, "cc48")):
        result = processing.run("canevas:linearalteration", {
            "SYSTEM": code, "EXTENT": extent, "SPACING": 250,
            "OUTPUT": str(out / "linear_alteration_{}.tif".format(label))}, feedback=feedback)
        print("- linear alteration {}: {:.1f} to {:.1f} mm/km over Rennes Métropole".format(
            label.upper(), result["MIN"], result["MAX"]))
        written.append(result["OUTPUT"])

    print("Outputs in {}:".format(out))
    for path in written:
        print("  {}".format(path))
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
