"""The real QGIS desktop, under Xvfb, with the plugin installed in a fresh profile."""

import json
import os
import shutil
import signal
import subprocess
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

CHECK = textwrap.dedent("""
    import json, traceback
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface, active_plugins, plugins
    errors = []
    def on_message(message, tag, level):
        if tag in ("Python error", "Python warning") or "Traceback" in message:
            errors.append(tag + ": " + message)
    QgsApplication.messageLog().messageReceived.connect(on_message)
    def check():
        out = {{"active": list(active_plugins), "errors": errors}}
        try:
            registry = QgsApplication.processingRegistry()
            provider = registry.providerById("canevas")
            out["provider"] = provider is not None
            out["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
            out["user_crs"] = [d.name for d in QgsApplication.coordinateReferenceSystemRegistry().userCrsList()]
            out["menu"] = [a.text() for a in plugins["canevas"].actions] if "canevas" in plugins else []
            iface.mainWindow().grab().save({png!r})
        except Exception:
            out["exception"] = traceback.format_exc()
        with open({out!r}, "w") as handle:
            json.dump(out, handle)
        QgsApplication.exit(0)
    QTimer.singleShot(4000, check)
""")


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
    out = tmp_path / "result.json"
    script = tmp_path / "check.py"
    script.write_text(CHECK.format(png=str(ARTIFACTS / "desktop.png"), out=str(out)), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    # its own session, so that a QGIS stuck on a dialog is killed with its Xvfb on time-out
    with subprocess.Popen(["xvfb-run", "-a", "qgis.bin", "--profiles-path", str(profiles), "--nologo",
                           "--noversioncheck", "--code", str(script)], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, start_new_session=True) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
    assert out.exists(), "QGIS did not run the check script:\n" + stdout[-2000:] + stderr[-3000:]
    result = json.loads(out.read_text())
    assert "exception" not in result, result["exception"]
    assert "canevas" in result["active"]
    assert result["provider"]
    assert "canevas:ren09tocc48" in result["algorithms"] and "canevas:transformpointfile" in result["algorithms"]
    assert "REN09 (Rennes 2009)" in result["user_crs"]
    assert len(result["menu"]) >= 5
    assert result["errors"] == []
    assert "Traceback" not in stderr
