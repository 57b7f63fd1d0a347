"""Run the real QGIS desktop under Xvfb on a check script that writes a JSON file, and read it."""

import json
import os
import signal
import subprocess


def run_desktop(profiles, script, out, env, timeout=180):
    """qgis.bin --code script in a fresh profile folder; returns (the JSON the script wrote, stderr)."""
    env = dict(env, QT_QPA_PLATFORM="xcb")
    # its own session, so that a QGIS stuck on a dialog is killed with its Xvfb on time-out
    with subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis.bin", "--profiles-path",
                           str(profiles), "--nologo", "--noversioncheck", "--code", str(script)], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
    assert out.exists(), "QGIS did not run the check script:\n" + stdout[-2000:] + stderr[-3000:]
    result = json.loads(out.read_text())
    assert "exception" not in result, result["exception"]
    return result, stderr
