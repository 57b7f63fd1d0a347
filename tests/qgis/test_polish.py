"""Polish a user meets outside the algorithms: the plugin menu in titled groups, `qgis_process help` as
readable text with each parameter once, and normal runs without PROJ/pyproj noise in the log."""

import os
import subprocess
import sys
from pathlib import Path

from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar

from canevas.plugin.main import MENU, CanevasPlugin, menu_order
from canevas.processing_provider.provider import ALGORITHMS

from .test_qgis_process import SAMPLE, qgis_process

ROOT = Path(__file__).resolve().parents[2]
NOISE = ("proj_identify", "Valid PROJ data directory not found", "Cannot find layer")


class MenuIface:
    """The part of QgisInterface the menu uses, with QGIS' own rule: a plugin submenu goes when it is empty."""

    def __init__(self):
        self.window = QMainWindow()
        self.plugins = QMenu("Plugins", self.window)

    def mainWindow(self):
        return self.window

    def pluginMenu(self):
        return self.plugins

    def submenu(self, name):
        return next((a.menu() for a in self.plugins.actions() if a.menu() and a.menu().title() == name), None)

    def addPluginToMenu(self, name, action):
        menu = self.submenu(name) or self.plugins.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):
        menu = self.submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugins.removeAction(menu.menuAction())

    def addToolBar(self, name):
        return QToolBar(name, self.window)

    def addDockWidget(self, *args):
        pass

    def removeDockWidget(self, *args):
        pass


def test_menu_in_titled_groups_and_gone_after_unload(qgis_app, monkeypatch):
    from qgis.core import QgsSettings
    QgsSettings().setValue("canevas/fiche_dock/visible", False)
    iface = MenuIface()
    plugin = CanevasPlugin(iface)
    monkeypatch.setattr(plugin, "initProcessing", lambda: None)
    plugin.initGui()
    try:
        entries = [("---" + a.text()) if a.isSeparator() else a.text() for a in iface.submenu(MENU).actions()]
        assert entries[0] == "---Coordinates"
        sections = [e[3:] for e in entries if e.startswith("---")]
        assert sections == ["Coordinates", "Leveling network", "Precision classes", "Canevas register"]
        names = [alg.DISPLAY_NAME for alg in menu_order(ALGORITHMS)]
        assert [e for e in entries if not e.startswith("---")] == names + ["Fiche canevas"]
        # each algorithm under the title of its Processing group
        current = None
        for entry in entries:
            if entry.startswith("---"):
                current = entry[3:]
            elif entry != "Fiche canevas":
                alg = next(a for a in ALGORITHMS if entry == a.DISPLAY_NAME)
                assert current == alg.GROUP
    finally:
        plugin.unload()
    assert iface.submenu(MENU) is None


def enabled(tmp_path):
    proc = qgis_process(["plugins", "enable", "canevas"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_qgis_process_help_is_plain_text_with_each_parameter_once(tmp_path):
    enabled(tmp_path)
    proc = qgis_process(["help", "canevas:levelingdensity"], tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    description = out[out.index("Description"):out.index("Arguments")]
    assert "<" not in description and "**" not in description and "`" not in description
    assert "« Benchmarks needed »" in description and "\n- " in description
    # each parameter once: in qgis_process' own argument list, with its help
    assert out.count("Leveling benchmarks") == 1
    assert out.count("Distance within which a benchmark can be reached") == 1
    assert "COST_PER_BENCHMARK: Cost of a new benchmark (€)" in out
    assert not [line for line in (proc.stdout + proc.stderr).splitlines() if any(n in line for n in NOISE)]


def test_a_normal_run_prints_no_noise(tmp_path):
    enabled(tmp_path)
    proc = qgis_process(["run", "canevas:levelingdensity", "--",
                         "INPUT={}|layername=benchmarks_synthetic".format(SAMPLE), "RADIUS=1000",
                         "STUDY_AREA={}|layername=bourgs_approx".format(SAMPLE),
                         "COVERAGE={}".format(tmp_path / "c.gpkg"), "GAPS={}".format(tmp_path / "g.gpkg"),
                         "STATS={}".format(tmp_path / "s.csv"), "PROPOSALS={}".format(tmp_path / "p.gpkg")], tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "PROPOSED_COUNT" in proc.stdout
    noise = [line for line in (proc.stdout + proc.stderr).splitlines() if any(n in line for n in NOISE)]
    assert noise == []


PYPROJ_PROBE = """
import warnings, sys
warnings.simplefilter("always")
sys.path.insert(0, {pkg!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from canevas.toolbelt.crs import pyproj_data_dir
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    folder = pyproj_data_dir()
    from pyproj import CRS
    print("OK", folder, CRS.from_epsg(3948).name, [str(w.message) for w in caught])
"""


def test_pyproj_gets_qgis_proj_data_when_it_has_none(tmp_path):
    """A pyproj that finds no PROJ data (here: no `proj` program on the PATH, a venv prefix) gets QGIS' folder."""
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.environ.get("PYTHONPATH", ""), "XDG_RUNTIME_DIR": str(tmp_path)}
    bare = subprocess.run([sys.executable, "-c", "import pyproj.datadir; print(pyproj.datadir.get_data_dir())"],
                          env=env, capture_output=True, text=True)
    if bare.returncode == 0:
        import pytest
        pytest.skip("this pyproj finds PROJ data by itself ({}): nothing to set".format(bare.stdout.strip()))
    proc = subprocess.run([sys.executable, "-c", PYPROJ_PROBE.format(pkg=str(ROOT / "build" / "pkg"))], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = [x for x in proc.stdout.splitlines() if x.startswith("OK")][0]
    assert "CC48" in line and "Valid PROJ data directory" not in proc.stdout + proc.stderr
