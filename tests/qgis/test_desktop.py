"""The real QGIS desktop, under Xvfb, with the plugin installed in a fresh profile."""

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from desktop_runner import run_desktop

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

PRELUDE = """
import json, traceback
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, active_plugins, plugins
errors = []
def on_message(message, tag, level):
    if tag in ("Python error", "Python warning") or "Traceback" in message:
        errors.append(tag + ": " + message)
QgsApplication.messageLog().messageReceived.connect(on_message)
def finish(out):
    out["errors"] = errors
    out["active"] = list(active_plugins)
    with open({out!r}, "w") as handle:
        json.dump(out, handle)
    QgsApplication.exit(0)
"""

FIRST = """
def check():
    out = {{}}
    try:
        provider = QgsApplication.processingRegistry().providerById("canevas")
        out["provider"] = provider is not None
        out["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        out["user_crs"] = [d.name for d in QgsApplication.coordinateReferenceSystemRegistry().userCrsList()]
        out["menu"] = [a.text() for a in plugins["canevas"].actions]
        plugins["canevas"].dock_action.trigger()  # the user opens the « Fiche canevas » dock
        out["dock_open"] = plugins["canevas"].dock.isVisible()
        iface.mainWindow().grab().save({png!r})
    except Exception:
        out["exception"] = traceback.format_exc()
    finish(out)
QTimer.singleShot(4000, check)
"""

SECOND = """
sample = {sample!r}
stations = QgsVectorLayer(sample + "|layername=stations_synthetic", "stations_synthetic", "ogr")
QgsProject.instance().addMapLayer(stations)
def check():
    out = {{}}
    try:
        dock = plugins["canevas"].dock
        out["dock_reopened"] = dock is not None and dock.isVisible()
        iface.setActiveLayer(stations)
        iface.mapCanvas().setExtent(stations.extent())
        stations.selectByIds([next(stations.getFeatures()).id()])
        out["dock_title"] = dock.title.text()
        QTimer.singleShot(1500, lambda: (iface.mainWindow().grab().save({png!r}), finish(out)))
        return
    except Exception:
        out["exception"] = traceback.format_exc()
    finish(out)
QTimer.singleShot(4000, check)
"""


def run_qgis(profiles, script_text, tmp_path, name):
    out = tmp_path / "{}.json".format(name)
    script = tmp_path / "{}.py".format(name)
    script.write_text(textwrap.dedent(PRELUDE.format(out=str(out)) + script_text), encoding="utf-8")
    result, stderr = run_desktop(profiles, script, out, os.environ)
    assert "Traceback" not in stderr
    return result


@pytest.mark.desktop
def test_plugin_loads_in_the_real_desktop(tmp_path):
    if not shutil.which("xvfb-run") or not shutil.which("qgis.bin"):
        pytest.fail("xvfb-run and qgis.bin are needed: run `make setup`")
    profiles = tmp_path / "profiles"
    plugins_dir = profiles / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    os.symlink(ROOT, plugins_dir / "canevas")
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ncanevas=true\n[Qgis]\nshowTips=false\n", encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    first = run_qgis(profiles, FIRST.format(png=str(ARTIFACTS / "desktop.png")), tmp_path, "first")
    assert "canevas" in first["active"] and first["provider"]
    assert {"canevas:ren09tocc48", "canevas:levelingdensity", "canevas:precisionclass",
            "canevas:exportfiches"} <= set(first["algorithms"])
    assert "REN09 (Rennes 2009)" in first["user_crs"]
    assert len(first["menu"]) >= 14 and first["dock_open"]
    assert first["errors"] == []

    # the dock the user left open comes back at the next start, and follows the selection
    sample = str(ROOT / "resources" / "sample" / "canevas_sample.gpkg")
    second = run_qgis(profiles, SECOND.format(sample=sample, png=str(ARTIFACTS / "desktop_dock.png")), tmp_path,
                      "second")
    assert second["dock_reopened"]
    assert "Station R" in second["dock_title"]
    assert second["errors"] == []
