"""The plugin as a user has it: the zip of `make package` unzipped into a fresh QGIS profile, run by
QGIS' own Python (qgis_process.bin and the desktop), with no venv in sight.

Only the distribution's packages plus what the README's install section tells a user to run are
there (on Debian 12: `make qgis-python-deps`). This tier runs on every QGIS of the matrix.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from desktop_runner import run_desktop

ROOT = Path(__file__).resolve().parents[2]
ZIP = Path(os.environ.get("CANEVAS_ZIP", ROOT / "canevas.zip"))
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
ARTIFACTS = ROOT / "tests" / "artifacts"
SYSTEM_PYTHON = "/usr/bin/python3"
X, Y, Z = 1351771.813, 7222969.080, 35.52  # CC48, near Rennes town hall


def _user_base():
    """Where `pip install --user` put packages for the real user (kept when HOME is a throw-away)."""
    return subprocess.run([SYSTEM_PYTHON, "-m", "site", "--user-base"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    if not ZIP.is_file():
        pytest.fail("{} is missing: run `make package` first".format(ZIP))
    base = tmp_path_factory.mktemp("qgis-config")
    plugins = base / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(plugins)
    assert (plugins / "canevas" / "metadata.txt").is_file()
    ini = base / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[Qgis]\nshowTips=false\n", encoding="utf-8")  # enabled below, as README says
    venv_bin = str(Path(sys.prefix) / "bin")
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONNOUSERSITE")}
    env.update(
        PATH=os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != venv_bin),
        HOME=str(base / "home"), PYTHONUSERBASE=_user_base(), QGIS_CUSTOM_CONFIG_PATH=str(base),
        XDG_RUNTIME_DIR=str(base / "runtime"), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    (base / "home").mkdir()
    (base / "runtime").mkdir(mode=0o700)
    enable = subprocess.run(["qgis_process.bin", "plugins", "enable", "canevas"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout[-2000:] + enable.stderr[-2000:]
    return base, env


def qgis_process(env, alg, params):
    args = ["qgis_process.bin", "--json", "run", alg, "--"] + ["{}={}".format(k, v) for k, v in params.items()]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, "{} failed ({}):\n{}\n{}".format(alg, proc.returncode, proc.stdout[-3000:],
                                                                  proc.stderr[-3000:])
    return json.loads(proc.stdout[proc.stdout.index("{"):])["results"]


def test_the_zip_holds_the_plugin_and_no_test_or_cache():
    names = zipfile.ZipFile(ZIP).namelist()
    assert "canevas/metadata.txt" in names and "canevas/i18n/canevas_fr.qm" in names
    assert "canevas/resources/grids/ntf_r93.gsb" in names
    assert not [n for n in names if n.startswith("canevas/tests/") or "__pycache__" in n or n.endswith(".pyc")]


def test_density_study_runs_in_qgis_own_python(profile, tmp_path):
    _, env = profile
    results = qgis_process(env, "canevas:levelingdensity", {
        "INPUT": "{}|layername=benchmarks_synthetic".format(SAMPLE), "RADIUS": 1000,
        "STUDY_AREA": "{}|layername=communes_rennes_metropole".format(SAMPLE), "STUDY_NAME_FIELD": "nom",
        "COVERAGE": tmp_path / "coverage.gpkg", "GAPS": tmp_path / "gaps.gpkg", "STATS": tmp_path / "stats.csv",
        "PROPOSALS": tmp_path / "proposals.gpkg", "REPORT": tmp_path / "report.html"})
    assert 0 < results["COVERED_PCT"] < 100
    assert results["PROPOSED_COUNT"] > 0 and results["GAP_AREA"] > 0
    stats = (tmp_path / "stats.csv").read_text(encoding="utf-8")
    assert "Rennes" in stats and len(stats.splitlines()) >= 44  # header + the 43 communes
    assert sqlite3.connect(str(tmp_path / "proposals.gpkg")).execute(
        "SELECT count(*) FROM gpkg_contents").fetchone()[0] == 1
    assert "<svg" in (tmp_path / "report.html").read_text(encoding="utf-8")


def _register(env, path):
    """A register with one station, its ties and a visit, written as a user would (createdatabase, then
    rows added through OGR, an independent writer)."""
    qgis_process(env, "canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": path})
    from osgeo import ogr
    ogr.UseExceptions()
    ds = ogr.Open(str(path), 1)
    stations = ds.GetLayerByName("stations")
    feature = ogr.Feature(stations.GetLayerDefn())
    for name, value in {"matricule": "R21001", "type_repere": "borne", "methode": "GNSS statique",
                        "commune": "Rennes", "adresse": "place de la Mairie"}.items():
        feature.SetField(name, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT Z ({} {} {})".format(X, Y, Z)))
    assert stations.CreateFeature(feature) == 0
    ties = ds.GetLayerByName("ties")
    for i, target in enumerate(("angle du bâtiment", "poteau EDF", "bordure", "regard")):
        tie = ogr.Feature(ties.GetLayerDefn())
        tie.SetField("station_matricule", "R21001")
        tie.SetField("cible", target)
        tie.SetField("distance_m", 3.5 + i)
        assert ties.CreateFeature(tie) == 0
    visits = ds.GetLayerByName("visits")
    visit = ogr.Feature(visits.GetLayerDefn())
    for name, value in {"station_matricule": "R21001", "date": "2024-05-31", "visiteur": "J. Dupont",
                        "etat_constate": "bon état"}.items():
        visit.SetField(name, value)
    assert visits.CreateFeature(visit) == 0
    ds = None


def _ren09(x, y):
    sys.path.insert(0, str(ROOT / "scripts"))
    from canevas_package import make_importable
    make_importable()
    from canevas.core.transform import transform_xy
    rx, ry = transform_xy("CC48", "REN09", [x], [y])
    return "{:.3f}".format(float(rx[0])), "{:.3f}".format(float(ry[0]))


def test_fiche_pdf_is_searchable_text_with_coordinates(profile, tmp_path):
    _, env = profile
    register = tmp_path / "canevas.gpkg"
    _register(env, register)
    out = tmp_path / "fiche.pdf"
    results = qgis_process(env, "canevas:exportfiches", {"INPUT": "{}|layername=stations".format(register),
                                                          "OUTPUT": out})
    assert results["COUNT"] == 1
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("R21001", "1351771.813", "7222969.080", *_ren09(X, Y), "35.520", "poteau EDF", "regard",
                     "2024-05-31", "Dupont"):
        assert expected in text, "« {} » missing from the fiche's text:\n{}".format(expected, text)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(out),
                    str(ARTIFACTS / "installed_fiche_station")], check=True)


DESKTOP = """
import json, traceback
from qgis.core import QgsApplication, Qgis
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins
problems = []
def on_message(message, tag, level):
    if tag in ("Python error", "Python warning") or "Traceback" in message or (
            tag == "Canevas" and level >= Qgis.MessageLevel.Warning):
        problems.append("{{}}: {{}}".format(tag, message))
QgsApplication.messageLog().messageReceived.connect(on_message)
def check():
    out = {{"active": list(active_plugins)}}
    try:
        import processing
        density = processing.run("canevas:levelingdensity", {density!r})
        out["covered"] = density["COVERED_PCT"]
        fiches = processing.run("canevas:exportfiches", {fiches!r})
        out["fiches"] = fiches["COUNT"]
    except Exception:
        out["exception"] = traceback.format_exc()
    out["problems"] = problems
    with open({out!r}, "w") as handle:
        json.dump(out, handle)
    QgsApplication.exit(0)
QTimer.singleShot(3000, check)
"""


@pytest.mark.desktop
def test_desktop_runs_density_and_fiches_without_python_error(profile, tmp_path):
    base, env = profile
    if not shutil.which("xvfb-run"):
        pytest.fail("xvfb-run is needed (Debian package xvfb)")
    register = tmp_path / "canevas.gpkg"
    _register(env, register)
    out = tmp_path / "desktop.json"
    script = tmp_path / "desktop.py"
    script.write_text(textwrap.dedent(DESKTOP.format(out=str(out), density={
        "INPUT": "{}|layername=benchmarks_synthetic".format(SAMPLE), "RADIUS": 1000,
        "STUDY_AREA": "{}|layername=bourgs_approx".format(SAMPLE),
        "COVERAGE": str(tmp_path / "c.gpkg"), "GAPS": str(tmp_path / "g.gpkg"), "STATS": str(tmp_path / "s.csv"),
        "PROPOSALS": str(tmp_path / "p.gpkg")}, fiches={
        "INPUT": "{}|layername=stations".format(register), "OUTPUT": str(tmp_path / "f.pdf")})), encoding="utf-8")
    result, _ = run_desktop(base, script, out, env, timeout=600)
    assert "canevas" in result["active"]
    assert 0 < result["covered"] < 100 and result["fiches"] == 1
    assert result["problems"] == []
    assert (tmp_path / "f.pdf").stat().st_size > 1000
