"""README pictures: the density dialog, the loaded density outputs and the reports, in English and French.

    python3 scripts/screenshots.py [OUTPUT_FOLDER]      (default docs/images; needs xvfb-run and qgis.bin)

Runs the real QGIS desktop under Xvfb, once per language, with the plugin in a fresh profile, on the
SYNTHETIC sample data; QGIS runs this same file (--code), which then takes the pictures.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

# QGIS runs this file with exec() (no __file__): the launcher names the repository in the environment
ROOT = Path(os.environ.get("CANEVAS_SHOTS_ROOT") or Path(__file__).resolve().parent.parent)
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
LANGUAGES = ("en", "fr")
REPORT_WIDTH, REPORT_MAX_HEIGHT = 980, 1300


def launch(out, lang):
    """One QGIS desktop in `lang` (a fresh profile, the plugin linked in) running this file."""
    profiles = Path(tempfile.mkdtemp(prefix="canevas_shots_"))
    plugins = profiles / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    os.symlink(ROOT, plugins / "canevas")
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ncanevas=true\n[Qgis]\nshowTips=false\n[locale]\noverrideFlag=true\n"
                   "userLocale={0}\nglobalLocale={0}\n".format(lang), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", CANEVAS_SHOTS_OUT=str(out), CANEVAS_SHOTS_LANG=lang,
               CANEVAS_SHOTS_ROOT=str(ROOT),
               LANG="fr_FR.UTF-8" if lang == "fr" else "C.UTF-8")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis.bin", "--profiles-path", str(profiles),
               "--nologo", "--noversioncheck", "--code", str(ROOT / "scripts" / "screenshots.py")]
    subprocess.run(command, env=env, timeout=240, check=False)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "images").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        launch(out, lang)
    for lang in LANGUAGES:
        for name in ("density_dialog", "density_outputs", "density_report", "precision_report"):
            path = out / "{}_{}.png".format(name, lang)
            print(("written  " if path.exists() else "MISSING  ") + str(path))


# --------------------------------------------------------------------------- inside QGIS

class Shots:
    """The pictures of one language, taken one after the other on timers (QGIS must draw in between)."""

    def __init__(self, iface, out, lang):
        self.iface, self.out, self.lang = iface, Path(out), lang
        self.work = Path(tempfile.mkdtemp(prefix="canevas_shots_work_"))
        self.keep = []  # dialogs and pages alive until their picture is taken

    def png(self, name):
        return str(self.out / "{}_{}.png".format(name, self.lang))

    def layer(self, name):
        from qgis.core import QgsVectorLayer
        return QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")

    def parameters(self, benchmarks, areas):
        return {"INPUT": benchmarks, "STUDY_AREA": areas, "STUDY_NAME_FIELD": "nom", "RADIUS": 500,
                "MIN_BENCHMARKS": 2, "COST_PER_BENCHMARK": 1500, "COST_PER_DAY": 1200}

    def dialog(self, then):
        import processing
        from qgis.core import QgsProject
        benchmarks, areas = self.layer("benchmarks_synthetic"), self.layer("bourgs_approx")
        QgsProject.instance().addMapLayers([areas, benchmarks])
        self.inputs = benchmarks, areas
        dialog = processing.createAlgorithmDialog("canevas:levelingdensity", self.parameters(benchmarks, areas))
        dialog.resize(900, 760)
        dialog.show()
        self.keep.append(dialog)
        self.later(1500, lambda: (dialog.grab().save(self.png("density_dialog")), dialog.close(), then()))

    def outputs(self, then):
        import processing
        benchmarks, areas = self.inputs
        parameters = dict(self.parameters(benchmarks, areas), REPORT=str(self.work / "density_report.html"))
        for key in ("COVERAGE", "GAPS", "PROPOSALS"):
            parameters[key] = "TEMPORARY_OUTPUT"
        self.density = processing.runAndLoadResults("canevas:levelingdensity", parameters)
        extent = areas.extent()
        extent.scale(1.05)
        self.iface.mapCanvas().setExtent(extent)
        self.iface.mapCanvas().refresh()
        self.later(4000, lambda: (self.iface.mainWindow().grab().save(self.png("density_outputs")), then()))

    def precision(self):
        """The precision report of `make demo` (its SYNTHETIC control sample)."""
        sys.path.insert(0, str(ROOT / "scripts"))
        import demo
        import processing
        from qgis.core import QgsProcessingFeedback
        demo.precision_demo(processing, self.work, QgsProcessingFeedback())
        return self.work / "precision_report.html"

    def report(self, path, name, then):
        from qgis.PyQt.QtCore import QSize, QUrl
        from qgis.PyQt.QtWebKitWidgets import QWebPage
        page = QWebPage()
        page.setViewportSize(QSize(REPORT_WIDTH, 800))
        self.keep.append(page)

        def render(ok):
            from qgis.PyQt.QtGui import QColor, QImage, QPainter
            frame = page.mainFrame()
            height = min(frame.contentsSize().height(), REPORT_MAX_HEIGHT)
            page.setViewportSize(QSize(REPORT_WIDTH, height))
            image = QImage(REPORT_WIDTH, height, QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            frame.render(painter)
            painter.end()
            image.save(self.png(name))
            then()
        page.loadFinished.connect(render)
        page.mainFrame().setHtml(Path(path).read_text(encoding="utf-8"), QUrl.fromLocalFile(str(path)))

    def later(self, ms, action):
        from qgis.PyQt.QtCore import QTimer
        QTimer.singleShot(ms, action)

    def run(self, done):
        def reports():
            self.report(self.density["REPORT"], "density_report",
                        lambda: self.report(self.precision(), "precision_report", done))
        self.dialog(lambda: self.outputs(reports))


def in_qgis():
    import traceback

    from qgis.core import QgsApplication
    from qgis.utils import iface

    def done():
        QgsApplication.exit(0)

    def start():
        try:
            Shots(iface, os.environ["CANEVAS_SHOTS_OUT"], os.environ["CANEVAS_SHOTS_LANG"]).run(done)
        except Exception:  # a broken run must still end QGIS (and say why)
            traceback.print_exc()
            done()
    from qgis.PyQt.QtCore import QTimer
    QTimer.singleShot(4000, start)


if "CANEVAS_SHOTS_OUT" in os.environ:
    in_qgis()
elif __name__ == "__main__":
    main()
