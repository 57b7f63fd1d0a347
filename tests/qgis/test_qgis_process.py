"""qgis_process (Debian: qgis_process.bin) runs the plugin's algorithms from the command line."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"


def qgis_process(args, tmp_path):
    if not shutil.which("qgis_process.bin"):
        pytest.fail("qgis_process.bin is needed: run `make setup`")
    # A throw-away home: the user's own QGIS profile is never touched; the user's own Python packages
    # (pip install --user, as README says for shapely on Debian 12) stay visible.
    user_base = subprocess.run(["/usr/bin/python3", "-m", "site", "--user-base"], capture_output=True, text=True,
                               check=True).stdout.strip()
    env = dict(os.environ, PYTHONUSERBASE=user_base, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "qgis"),
               QGIS_PLUGINPATH=str(ROOT / "build" / "pkg"))
    return subprocess.run(["qgis_process.bin"] + args, env=env, capture_output=True, text=True, timeout=180)


def test_ren09tocc48_from_the_command_line(tmp_path):
    enable = qgis_process(["plugins", "enable", "canevas"], tmp_path)
    assert enable.returncode == 0, enable.stderr
    out = tmp_path / "stations_cc48.gpkg"
    proc = qgis_process(["--json", "run", "canevas:ren09tocc48", "--",
                         "INPUT={}|layername=stations_synthetic".format(SAMPLE), "DATUM_SHIFT=1",
                         "OUTPUT={}".format(out)], tmp_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["COUNT"] == 300
    assert "3-parameter" in results["DATUM_SHIFT_NAME"]
    layer = QgsVectorLayer(str(out), "out", "ogr")
    assert layer.featureCount() == 300 and layer.crs().authid() == "EPSG:3948"


def system_python_has_shapely2():
    # by its API, not its version string: Debian unstable's says '0+unknown'
    probe = subprocess.run(["/usr/bin/python3", "-c", "import shapely; shapely.from_wkb, shapely.union_all"],
                           capture_output=True)
    return probe.returncode == 0


def test_density_without_shapely2_says_what_to_install(tmp_path):
    """QGIS' own Python may lack shapely 2: the plugin still loads, and the density study says why it can't run."""
    qgis_process(["plugins", "enable", "canevas"], tmp_path)
    proc = qgis_process(["run", "canevas:levelingdensity", "--",
                         "INPUT={}|layername=benchmarks_synthetic".format(SAMPLE), "RADIUS=1000",
                         "COVERAGE={}".format(tmp_path / "c.gpkg"), "GAPS={}".format(tmp_path / "g.gpkg"),
                         "STATS={}".format(tmp_path / "s.csv"), "PROPOSALS={}".format(tmp_path / "p.gpkg")], tmp_path)
    if system_python_has_shapely2():
        assert proc.returncode == 0, proc.stderr[-2000:]
    else:
        assert proc.returncode != 0
        assert "shapely" in proc.stdout + proc.stderr and "Traceback" not in proc.stdout + proc.stderr


def test_bad_inputs_from_the_command_line_stop_with_a_message_and_keep_the_files(tmp_path):
    """qgis_process, as scripts call it: a stopped run exits non-zero with the message, never a traceback, and
    leaves the user's files byte for byte (the output is the input / a GeoPackage of someone's layers / missing)."""
    import hashlib
    qgis_process(["plugins", "enable", "canevas"], tmp_path)
    own = tmp_path / "mine.gpkg"
    shutil.copyfile(SAMPLE, own)
    digest = hashlib.sha256(own.read_bytes()).hexdigest()
    cases = {
        "the output is the input": ("INPUT={}|layername=stations_synthetic".format(own), "OUTPUT={}".format(own)),
        "a GeoPackage of other layers": ("INPUT={}|layername=stations_synthetic".format(SAMPLE),
                                         "OUTPUT={}".format(own)),
        "a missing input": ("INPUT={}".format(tmp_path / "nowhere.gpkg"), "OUTPUT={}".format(tmp_path / "o.gpkg")),
    }
    for name, args in cases.items():
        proc = qgis_process(["run", "canevas:ren09tocc48", "--"] + list(args), tmp_path)
        said = proc.stdout + proc.stderr
        assert proc.returncode != 0, name
        assert "Traceback" not in said, (name, said[-2000:])
        words = ("input file", "other layers", "Could not load source layer")
        assert any(w in said for w in words), (name, said[-800:])
        assert hashlib.sha256(own.read_bytes()).hexdigest() == digest, name
    assert not (tmp_path / "o.gpkg").exists()
