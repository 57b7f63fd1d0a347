"""README pictures: the density dialog, the loaded density outputs and the reports, in English and French.

    python3 scripts/screenshots.py [OUTPUT_FOLDER]      (default docs/images; needs xvfb-run and qgis.bin)

Runs the real QGIS desktop under Xvfb, once per language, with the plugin in a fresh profile, on the
SYNTHETIC sample data; QGIS runs this same file (--code), which then takes the pictures.
"""

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

# QGIS runs this file with exec() (no __file__): the launcher names the repository in the environment
ROOT = Path(os.environ.get("CANEVAS_SHOTS_ROOT") or Path(__file__).resolve().parent.parent)
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
LANGUAGES = ("en", "fr")
NAMES = ("density_dialog", "density_outputs", "density_report", "precision_report")
REPORT_WIDTH, REPORT_MAX_HEIGHT = 980, 1300
SCREEN_WIDTH, SCREEN_HEIGHT = 1400, 900
# QGIS ends itself after this (a step that never calls back); the launcher kills it a little later
WATCHDOG_S, LAUNCH_TIMEOUT_S = 200, 240


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
    # qgis.bin's embedded Python finds its home from the first python3 on PATH: a pyenv or venv one
    # (without the qgis module) would leave QGIS waiting on its « Couldn't load SIP module » dialog
    path = os.pathsep.join(["/usr/bin", "/bin", os.environ.get("PATH", "")])
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", CANEVAS_SHOTS_OUT=str(out), CANEVAS_SHOTS_LANG=lang,
               CANEVAS_SHOTS_ROOT=str(ROOT), PATH=path,
               LANG="fr_FR.UTF-8" if lang == "fr" else "C.UTF-8")
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(name, None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 {}x{}x24".format(SCREEN_WIDTH, SCREEN_HEIGHT), "qgis.bin",
               "--profiles-path", str(profiles), "--nologo", "--noversioncheck", "--code",
               str(ROOT / "scripts" / "screenshots.py")]
    # its own session, so that a QGIS stuck anyway is killed with its Xvfb (subprocess.run would leave both)
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          start_new_session=True) as proc:
        try:
            log, _ = proc.communicate(timeout=LAUNCH_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            log, _ = proc.communicate()
            log += "\n[killed after {} s]".format(LAUNCH_TIMEOUT_S)
    return proc.returncode, log


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "images").resolve()
    out.mkdir(parents=True, exist_ok=True)
    missing = 0
    for lang in LANGUAGES:
        stale = [out / "{}_{}.png".format(name, lang) for name in NAMES]
        for path in stale:  # a picture left from an older run must not pass for a new one
            path.unlink(missing_ok=True)
        code, log = launch(out, lang)
        lost = [path for path in stale if not path.exists()]
        if lost or code:
            print("--- QGIS ({}) exit {}, its output:\n{}".format(lang, code, log[-4000:]))
        for path in stale:
            print(("written  " if path.exists() else "MISSING  ") + str(path))
        missing += len(lost)
    return 1 if missing else 0


# --------------------------------------------------------------------------- inside QGIS

class Shots:
    """The pictures of one language, taken one after the other on timers (QGIS must draw in between).

    Every step runs guarded: an exception ends QGIS with its traceback on stdout instead of QGIS' modal
    Python error dialog, which nobody closes under Xvfb (the run then stalled until killed).
    """

    def __init__(self, iface, out, lang, done):
        self.iface, self.out, self.lang, self.done = iface, Path(out), lang, done
        self.work = Path(tempfile.mkdtemp(prefix="canevas_shots_work_"))
        self.keep = []  # dialogs and pages alive until their picture is taken

    def png(self, name):
        return str(self.out / "{}_{}.png".format(name, self.lang))

    def save(self, widget, name):
        if not widget.grab().save(self.png(name)):
            raise RuntimeError("cannot write " + self.png(name))
        print("picture " + self.png(name))

    def layer(self, name):
        from qgis.core import QgsVectorLayer
        return QgsVectorLayer("{}|layername={}".format(SAMPLE, name), name, "ogr")

    def parameters(self, benchmarks, areas):
        return {"INPUT": benchmarks, "STUDY_AREA": areas, "STUDY_NAME_FIELD": "nom", "RADIUS": 500,
                "MIN_BENCHMARKS": 2, "COST_PER_BENCHMARK": 1500, "COST_PER_DAY": 1200}

    def dialog(self, then):
        import processing
        from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsProject, QgsSingleSymbolRenderer
        benchmarks, areas = self.layer("benchmarks_synthetic"), self.layer("bourgs_approx")
        # study areas as outlines at the bottom, as a user would set them, so the outputs show through;
        # benchmarks in the report's blue rather than QGIS' random colour (the same in every language)
        areas.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#303030", "outline_width": "0.6"})))
        benchmarks.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#2255aa", "outline_color": "white", "size": "2.2"})))
        QgsProject.instance().addMapLayers([benchmarks, areas])  # the first one on top
        self.inputs = benchmarks, areas
        dialog = processing.createAlgorithmDialog("canevas:levelingdensity", self.parameters(benchmarks, areas))
        dialog.resize(900, 760)
        dialog.show()
        self.keep.append(dialog)
        self.later(1500, lambda: (self.save(dialog, "density_dialog"), dialog.close(), then()))

    def outputs(self, then):
        import processing
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDockWidget
        benchmarks, areas = self.inputs
        parameters = dict(self.parameters(benchmarks, areas), REPORT=str(self.work / "density_report.html"))
        # every sink the algorithm requires gets a value (STATS left out made the run fail)
        for key in ("COVERAGE", "GAPS", "STATS", "PROPOSALS"):
            parameters[key] = "TEMPORARY_OUTPUT"
        self.density = processing.runAndLoadResults("canevas:levelingdensity", parameters)
        window = self.iface.mainWindow()
        window.setGeometry(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)  # no window manager under Xvfb to maximise it
        browser, layers = window.findChild(QDockWidget, "Browser"), window.findChild(QDockWidget, "Layers")
        if browser is not None:
            browser.hide()
        if layers is not None:  # wide enough for the scenario in the names
            window.resizeDocks([layers], [540], Qt.Orientation.Horizontal)
        self.iface.layerTreeView().expandAllNodes()
        # the largest study area, where gaps and proposals are many: small ones are dots at full extent
        largest = max(areas.getFeatures(), key=lambda feature: feature.geometry().area())
        extent = largest.geometry().boundingBox()
        extent.scale(1.1)
        self.iface.mapCanvas().setExtent(extent)
        self.iface.mapCanvas().refresh()
        self.later(5000, lambda: (self.save(window, "density_outputs"), then()))

    def precision(self):
        """The precision report of `make demo` (its SYNTHETIC control sample)."""
        sys.path.insert(0, str(ROOT / "scripts"))
        import demo
        import processing
        from qgis.core import QgsProcessingFeedback
        demo.precision_demo(processing, self.work, QgsProcessingFeedback())
        return self.work / "precision_report.html"

    def report(self, path, name, then):
        from qgis.PyQt.QtCore import QSize, Qt, QUrl
        from qgis.PyQt.QtWebKitWidgets import QWebPage
        page = QWebPage()
        page.setViewportSize(QSize(REPORT_WIDTH, 800))
        for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):  # no scroll bar in the picture
            page.mainFrame().setScrollBarPolicy(orientation, Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.keep.append(page)

        def render(ok):
            from qgis.PyQt.QtGui import QColor, QImage, QPainter
            if not ok:
                raise RuntimeError("the report {} did not load".format(path))
            frame = page.mainFrame()
            height = min(frame.contentsSize().height(), REPORT_MAX_HEIGHT)
            page.setViewportSize(QSize(REPORT_WIDTH, height))
            image = QImage(REPORT_WIDTH, height, QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            frame.render(painter)
            painter.end()
            if not image.save(self.png(name)):
                raise RuntimeError("cannot write " + self.png(name))
            print("picture " + self.png(name))
            then()
        page.loadFinished.connect(self.guarded(render))
        page.mainFrame().setHtml(Path(path).read_text(encoding="utf-8"), QUrl.fromLocalFile(str(path)))

    def guarded(self, action):
        def run(*args):
            try:
                action(*args)
            except Exception:
                import traceback
                traceback.print_exc()
                sys.stdout.flush()
                self.done(1)
        return run

    def later(self, ms, action):
        from qgis.PyQt.QtCore import QTimer
        QTimer.singleShot(ms, self.guarded(action))

    def run(self):
        def reports():
            self.report(self.density["REPORT"], "density_report",
                        lambda: self.report(self.precision(), "precision_report", lambda: self.done(0)))
        self.guarded(lambda: self.dialog(lambda: self.outputs(reports)))()


def in_qgis():
    import traceback

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface

    def done(code=0):
        sys.stdout.flush()
        QgsApplication.exit(code)

    def excepthook(kind, value, trace):
        # anything else raised in a Qt slot: said on stdout, QGIS ended (its own hook opens a modal dialog)
        traceback.print_exception(kind, value, trace)
        done(2)
    sys.excepthook = excepthook
    QTimer.singleShot(WATCHDOG_S * 1000, lambda: (print("watchdog: no picture step finished in time"), done(3)))
    shots = Shots(iface, os.environ["CANEVAS_SHOTS_OUT"], os.environ["CANEVAS_SHOTS_LANG"], done)
    # a lambda, not shots.run: PyQt holds a bound method's object weakly, and nothing else keeps `shots`
    QTimer.singleShot(4000, lambda: shots.run())


if "CANEVAS_SHOTS_OUT" in os.environ:
    in_qgis()
elif __name__ == "__main__":
    sys.exit(main())
