"""`make demo`: run Canevas' main jobs headless on the sample data and write the outputs.

    python scripts/demo.py OUTPUT_FOLDER

Uses the synthetic sample GeoPackage (resources/sample/canevas_sample.gpkg).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"


def import_plugin():
    from canevas_package import make_importable
    make_importable()
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
    return "{},{},{},{} [{}]".format(e.xMinimum(), e.xMaximum(), e.yMinimum(), e.yMaximum(),
                                     layer.crs().authid() or crs)


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
    written += density_demo(processing, out, feedback)
    stations = processing.run("canevas:ren09tocc48", {
        "INPUT": sample_layer("stations_synthetic"), "DATUM_SHIFT": 1,  # 1 = REN09 as Rennes defined it
        "OUTPUT": str(out / "stations_cc48.gpkg")}, feedback=feedback)
    print("- {} stations REN09 → CC48, {}".format(stations["COUNT"], stations["DATUM_SHIFT_NAME"]))
    written.append(stations["OUTPUT"])

    extent = extent_of(sample_layer("communes_rennes_metropole"))
    for code, label in ((0, "ren09"), (1, "cc48")):
        result = processing.run("canevas:linearalteration", {
            "SYSTEM": code, "EXTENT": extent, "SPACING": 250,
            "OUTPUT": str(out / "linear_alteration_{}.tif".format(label))}, feedback=feedback)
        print("- linear alteration {}: {:.1f} to {:.1f} mm/km over Rennes Métropole".format(
            label.upper(), result["MIN"], result["MAX"]))
        written.append(result["OUTPUT"])

    written += precision_demo(processing, out, feedback)
    written += register_demo(processing, out, feedback)
    written += leveling_demo(processing, out, feedback)

    print("Outputs in {}:".format(out))
    for path in written:
        print("  {}".format(path))
    app.exitQgis()


#: The study areas of the density demo: the 2013 study's own (the town centres), then the whole communes.
DENSITY_AREAS = (("bourgs", "bourgs_approx", "the town centres (bourgs, approximate)"),
                 ("communes", "communes_rennes_metropole", "the 43 whole communes"))


def named_layer(name):
    """The sample layer loaded under its own name: algorithms recognise SYNTHETIC data by the layer's name (a
    « file|layername=… » string would be named after the GeoPackage), so the density report shows its banner."""
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer(sample_layer(name), name, "ogr")


def density_run(processing, out, feedback, radius, kind, layer):
    stem = "leveling_density_{}_{}m_SYNTHETIC".format(kind, radius)
    gpkg = out / (stem + ".gpkg")
    if gpkg.exists():
        gpkg.unlink()
    sinks = {key: "ogr:dbname='{}' table=\"{}_synthetic\" (geom)".format(gpkg, key.lower())
             for key in ("COVERAGE", "GAPS", "PROPOSALS")}
    sinks["STATS"] = str(out / (stem + "_stats.csv"))  # for a spreadsheet
    result = processing.run("canevas:levelingdensity", {
        "INPUT": named_layer("benchmarks_synthetic"), "RADIUS": radius, "MIN_BENCHMARKS": 2,
        "STUDY_AREA": sample_layer(layer), "STUDY_NAME_FIELD": "nom",
        "REPORT": str(out / (stem + ".html")), **sinks}, feedback=feedback)
    return result, [str(gpkg), sinks["STATS"], result["REPORT"]]


def density_demo(processing, out, feedback):
    """The main job: the leveling density study, both scenarios of the 2013 study (r = 1000 m « densification
    minimale », r = 500 m « densification optimale »), on the town centres as the study did (it found +50 and
    +150 new benchmarks with ~650 real IGN benchmarks) and on the whole communes. SYNTHETIC benchmarks: the
    figures show the method, not Rennes Métropole's needs."""
    written = []
    for kind, layer, label in DENSITY_AREAS:
        for radius, scenario in ((1000, "densification minimale"), (500, "densification optimale")):
            result, files = density_run(processing, out, feedback, radius, kind, layer)
            print("- leveling density (SYNTHETIC benchmarks) of {}, r = {} m ({}): {:.1f} % covered, {:.1f} km² "
                  "to densify, {} new benchmarks proposed, {:.0f} km of leveling ≈ {:.0f} days".format(
                      label, radius, scenario, result["COVERED_PCT"], result["GAP_AREA"] / 1e6,
                      result["PROPOSED_COUNT"], result["LEVELING_KM"], result["DAYS"]))
            written += files
    print("  (the 2013 study, on the town centres with the real IGN benchmarks: +50 for r = 1000 m, +150 for "
          "r = 500 m)")
    return written


def precision_demo(processing, out, feedback):
    """Control sample of the stations, SYNTHETIC control measurements (σ = 6 mm plan, 4 mm height),
    then the precision class of the delivery against them (arrêté du 16 septembre 2003)."""
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsPoint, QgsVectorLayer
    sample = processing.run("canevas:controlsample", {
        "INPUT": sample_layer("stations_synthetic"), "SEED": 2009,
        "OUTPUT": str(out / "control_sample.gpkg")}, feedback=feedback)
    print("- control sample: {} of {} stations ((ln N)² rounded up)".format(sample["SAMPLE_SIZE"], sample["N"]))
    picked = QgsVectorLayer(sample["OUTPUT"], "sample", "ogr")
    control = QgsVectorLayer("PointZ?crs=EPSG:3948&field=matricule:string", "control (SYNTHETIC)", "memory")
    to_cc48 = processing.run("canevas:ren09tocc48", {"INPUT": picked, "OUTPUT": "memory:"}, feedback=feedback)
    rng = np.random.default_rng(16092003)
    features = []
    for feature in to_cc48["OUTPUT"].getFeatures():
        p = feature.geometry().constGet()
        dx, dy, dz = rng.normal(0, 0.006), rng.normal(0, 0.006), rng.normal(0, 0.004)
        f = QgsFeature(control.fields())
        f.setGeometry(QgsGeometry(QgsPoint(p.x() + dx, p.y() + dy, p.z() + dz)))
        f["matricule"] = feature["matricule"]
        features.append(f)
    control.dataProvider().addFeatures(features)
    result = processing.run("canevas:precisionclass", {
        "SUPPLIED": sample_layer("stations_synthetic"), "SUPPLIED_ID_FIELD": "matricule",
        "CONTROL": control, "CONTROL_ID_FIELD": "matricule", "DIMENSION": 2, "MODE": 0,
        "CLASS_CM": 2, "CLASS_HEIGHT_CM": 1, "SAFETY_C": 2,
        "OUTPUT": str(out / "precision_deviations.gpkg"), "REPORT": str(out / "precision_report.html")},
        feedback=feedback)
    for label, suffix in (("plan 2 cm", ""), ("height 1 cm", "_HEIGHT")):
        print("- precision class {}: {} (N = {}, mean {:.1f} mm, {} over T = {:.1f} mm, allowed {}), "
              "best class {} cm".format(label, "PASSED" if result["PASSED" + suffix] else "FAILED",
                                       result["N" + suffix], result["MEAN" + suffix] * 1000,
                                       result["N_OVER_T1" + suffix], result["T1" + suffix] * 1000,
                                       result["N_ALLOWED" + suffix], result["BEST_CLASS_CM" + suffix]))
    return [sample["OUTPUT"], result["OUTPUT"], result["REPORT"]]


def register_demo(processing, out, feedback):
    """A Canevas register with the SYNTHETIC IGN-like benchmarks, and PDF fiches of a triplet."""
    database = out / "canevas_register.gpkg"
    if database.exists():
        database.unlink()
    processing.run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(database)}, feedback=feedback)
    imported = processing.run("canevas:importignbenchmarks", {
        "INPUT": sample_layer("benchmarks_synthetic"), "DATABASE": str(database)}, feedback=feedback)
    print("- register: {} benchmarks added to {}".format(imported["ADDED"], database.name))
    fiches = processing.run("canevas:exportfiches", {
        "INPUT": "{}|layername=benchmarks".format(database), "EXPRESSION": "\"nom\" LIKE 'M.AE - 1%'",
        "OUTPUT": str(out / "fiches_M.AE-1.pdf")}, feedback=feedback)
    print("- {} benchmark fiches (PDF, one page each)".format(fiches["COUNT"]))
    return [str(database), fiches["OUTPUT"]]


def leveling_demo(processing, out, feedback):
    """A SYNTHETIC leveling job: 12 sample stations tied by 3 runs onto the 3 usable sample benchmarks nearest to
    them (a GSI-16 book from their heights, σ 0.3 mm/√km as a DNA03 with invar staves), then closures and the
    least-squares adjustment."""
    from qgis.core import QgsFeature, QgsPointXY, QgsVectorLayer

    from canevas.core.leveling import synthetic
    from canevas.toolbelt import crs as crs_tools
    stations = list(QgsVectorLayer(sample_layer("stations_synthetic"), "s", "ogr").getFeatures())[:12]
    to_cc48 = crs_tools.exact_transform("REN09", "CC48")
    xy = [to_cc48.transform(QgsPointXY(f.geometry().constGet().x(), f.geometry().constGet().y())) for f in stations]
    centre = QgsPointXY(sum(p.x() for p in xy) / len(xy), sum(p.y() for p in xy) / len(xy))
    sample = QgsVectorLayer(sample_layer("benchmarks_synthetic"), "b", "ogr")
    usable = [f for f in sample.getFeatures() if f["etat"] == "BON ETAT"]
    chosen = sorted(usable, key=lambda f: f.geometry().asPoint().distance(centre))[:3]
    # the level's keyboard takes no blanks: the benchmarks are typed as their matricule without them
    benchmarks = QgsVectorLayer("Point?crs=EPSG:3948&field=nom:string&field=code:string&field=etat:string"
                                "&field=cp1_coord3:double", "benchmarks_synthetic", "memory")
    for f in chosen:
        copy = QgsFeature(benchmarks.fields())
        copy.setGeometry(f.geometry())
        copy.setAttributes([f["nom"], f["nom"].replace(" ", ""), f["etat"], f["cp1_coord3"]])
        benchmarks.dataProvider().addFeatures([copy])
    _runs, _heights, lines = synthetic.synthetic_job(
        [(f["matricule"], f.geometry().constGet().z()) for f in stations],
        [(f["nom"].replace(" ", ""), f["cp1_coord3"]) for f in chosen], seed=2009, sigma_mm_per_sqrt_km=0.3)
    book = out / "leveling_synthetic_job.gsi"
    book.write_text("\n".join(lines) + "\n", encoding="utf-8")
    observations = processing.run("canevas:importlevelingbook", {"INPUT": str(book), "DATE": "2013-06-12",
                                                                 "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    common = {"OBSERVATIONS": observations, "BENCHMARKS": benchmarks, "BENCHMARK_ID_FIELD": "code",
              "BENCHMARK_HEIGHT_FIELD": "cp1_coord3"}
    closures = processing.run("canevas:levelingclosures", dict(common, **{
        "TOLERANCE": 0, "OUTPUT": str(out / "leveling_closures.csv"),
        "REPORT": str(out / "leveling_closures.html")}), feedback=feedback)
    gpkg = out / "leveling_adjustment.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    adjusted = processing.run("canevas:levelingadjustment", dict(common, **{
        "SIGMA_MM_PER_SQRT_KM": 0.3, "OUTPUT": str(gpkg), "OUTPUT_RESIDUALS": str(out / "leveling_residuals.csv"),
        "REPORT": str(out / "leveling_adjustment.html")}), feedback=feedback)
    print("- leveling (SYNTHETIC job, {} stations on {}): {} runs, largest closure {:.2f} mm ({} over 2 mm); "
          "adjustment dof {}, σ0 {:.2f}, χ² test {}, {} flagged".format(
              len(stations), ", ".join(f["nom"] for f in chosen), closures["N_RUNS"], closures["MAX_CLOSURE_MM"],
              closures["N_FAILED"], adjusted["DOF"], adjusted["SIGMA0"],
              "passed" if adjusted["CHI2_PASSED"] else "FAILED", adjusted["N_FLAGGED"]))
    return [str(book), closures["OUTPUT"], closures["REPORT"], adjusted["OUTPUT"], adjusted["OUTPUT_RESIDUALS"],
            adjusted["REPORT"]]


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo-output")
