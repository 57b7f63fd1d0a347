"""Read-only, missing or blocked output folders: one message naming the folder and the fix, before any output
is written (outputs.check_outputs → output_folders.check_folders, run for every algorithm)."""

import os
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from ..test_density_algorithms import SAMPLE, density_params
from ..test_precision_algorithms import params, worked_layers

UNWRITABLE = "/proc/canevas-x/report.html"  # even root cannot create a folder in /proc


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*"))


def test_proc_is_unwritable_even_for_root():
    with pytest.raises(OSError):
        os.makedirs("/proc/canevas-x")


def test_precision_report_in_an_unwritable_folder_writes_nothing(run, tmp_path):
    supplied, control = worked_layers()
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:precisionclass", params(supplied, control, OUTPUT=str(tmp_path / "deviations.gpkg"),
                                             REPORT=UNWRITABLE))
    message = str(error.value)
    assert "The output folder « /proc » cannot be written (" in message
    assert "choose a folder you can write to" in message
    assert files_under(tmp_path) == []


def test_density_report_under_a_regular_file_writes_no_other_output(run, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n")
    outputs = {key: str(tmp_path / "{}.gpkg".format(key.lower())) for key in ("COVERAGE", "GAPS", "STATS",
                                                                             "PROPOSALS")}
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:levelingdensity", density_params(
            "{}|layername=benchmarks_synthetic".format(SAMPLE), "{}|layername=communes_rennes_metropole".format(SAMPLE),
            RADIUS=500, REPORT=str(blocker / "sub" / "density.html"), **outputs))
    assert "« {} » is a file, not a folder. Choose another folder.".format(blocker) in str(error.value)
    assert files_under(tmp_path) == ["notes.txt"] and blocker.read_text() == "a file, not a folder\n"


def test_layer_output_in_a_missing_folder_is_refused_before_the_report(run, tmp_path):
    supplied, control = worked_layers()
    missing = tmp_path / "no_such_folder"
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:precisionclass", params(supplied, control, OUTPUT=str(missing / "deviations.gpkg"),
                                             REPORT=str(tmp_path / "report.html")))
    assert "The output « Deviations » cannot be written: its folder « {} » does not exist. Create it".format(missing) \
        in str(error.value)
    assert files_under(tmp_path) == []


def test_linear_alteration_outputs_in_a_read_only_folder(run, tmp_path):
    if os.geteuid() == 0:
        target = Path("/proc")  # chmod does not stop root
    else:
        target = tmp_path / "locked"
        target.mkdir()
        target.chmod(0o500)
    points = tmp_path / "points.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:linearalteration", {"SYSTEM": 1, "EXTENT": "1350000,1352000,7220000,7222000 [EPSG:3948]",
                                         "SPACING": 1000, "OUTPUT": str(target / "alteration.tif"),
                                         "OUTPUT_POINTS": str(points)})
    assert "The output folder « {} » cannot be written (".format(target) in str(error.value)
    assert not points.exists()


def test_a_report_folder_that_can_be_created_is_created(run, tmp_path):
    supplied, control = worked_layers()
    report = tmp_path / "new" / "deeper" / "report.html"
    result = run("canevas:precisionclass", params(supplied, control, REPORT=str(report)))
    assert result["REPORT"] == str(report) and "Precision class control" in report.read_text(encoding="utf-8")


def test_temporary_and_memory_outputs_are_not_checked(run):
    supplied, control = worked_layers()
    result = run("canevas:precisionclass", params(supplied, control, OUTPUT="TEMPORARY_OUTPUT"))
    assert result["N"] == 10


def test_a_geopackage_without_crs_is_no_crs(provider, tmp_path):
    """A GeoPackage written without a CRS declares the « Undefined geographic SRS » of its specification, which
    QGIS reads as a valid CRS: Canevas takes it as no CRS (never as degrees, never as a system to check against)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from canevas.toolbelt import crs as crs_tools

    from .matrix import damaged_layer, sample, write_layer
    uri = write_layer(damaged_layer(sample("stations_synthetic", 3), "no_crs"), tmp_path / "nocrs.gpkg")
    declared = QgsVectorLayer(uri, "nocrs", "ogr").crs()
    # QGIS 3.22 reads the specification's undefined SRS as a valid CRS; QGIS 3.40 as no CRS
    assert not declared.isValid() or "undefined" in declared.description().lower()
    assert not crs_tools.has_crs(declared) and crs_tools.system_of(declared) is None
    assert crs_tools.crs_label(declared) == "?"
    assert crs_tools.has_crs(QgsCoordinateReferenceSystem("EPSG:3948"))
