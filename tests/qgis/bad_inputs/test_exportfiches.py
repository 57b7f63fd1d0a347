"""canevas:exportfiches on bad inputs: each case stops with a message (or does the right thing), writes
nothing half-done, and leaves its input unchanged (checksums)."""

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsProcessingException, QgsVectorFileWriter

from canevas.core import systems

from .conftest import make_layer

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"
LAYOUTS = ROOT / "resources" / "layouts"
X, Y = 1351771.813, 7222969.080  # CC48, near Rennes town hall


def checksum(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def gpkg(tmp_path, name, wkts, attributes, crs="EPSG:3948"):
    """A GeoPackage layer written from WKT and attributes; returns its source."""
    layer = make_layer(wkts, crs, "PointZ" if "Z" in wkts[0] else "Point", attributes, name)
    path = str(tmp_path / "{}.gpkg".format(name))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return "{}|layername={}".format(path, name)


def stations(tmp_path, matricules):
    wkts = ["PointZ ({} {} 35.5)".format(X + 10 * i, Y) for i in range(len(matricules))]
    return gpkg(tmp_path, "stations", wkts, [{"matricule": m, "type_repere": "borne"} for m in matricules])


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_an_invalid_filter_expression_is_refused_not_ignored(run, tmp_path):
    out = tmp_path / "all.pdf"
    with pytest.raises(QgsProcessingException, match=re.escape("« \"commune\" = » of « Filter expression » is not "
                                                               "valid")):
        run("canevas:exportfiches", {"INPUT": "{}|layername=benchmarks_synthetic".format(SAMPLE),
                                     "EXPRESSION": "\"commune\" =", "OUTPUT": str(out)})
    assert not out.exists()


def test_expressions_are_read_in_one_place():
    """Every algorithm reads its expression parameters through CanevasAlgorithm.expression()."""
    algorithms = ROOT / "processing_provider" / "algorithms"
    offenders = [path.name for path in algorithms.glob("*.py") if "parameterAsExpression" in path.read_text("utf-8")]
    assert offenders == []


def test_one_pdf_per_fiche_gives_one_distinct_file_per_fiche(run, tmp_path):
    """Duplicates, matricules equal once made safe (R/1, R_1), equal but for the case, empty and NULL."""
    source = stations(tmp_path, ["R21001", "R21001", "R/1", "R_1", "", None, "r21001", "R21002"])
    before = checksum(source.split("|")[0])
    folder = tmp_path / "fiches"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 the user's own file")
    result = run("canevas:exportfiches", {"INPUT": source, "SEPARATE": True, "OUTPUT": str(folder)})
    names = sorted(Path(f).name for f in result["FILES"])
    assert result["COUNT"] == len(result["FILES"]) == 8
    assert names == ["R21001_fid1.pdf", "R21001_fid2.pdf", "R21002.pdf", "R_1_fid3.pdf", "R_1_fid4.pdf",
                     "fiche_fid5.pdf", "fiche_fid6.pdf", "r21001_fid7.pdf"]
    assert all(Path(f).is_file() and Path(f).parent == folder for f in result["FILES"])
    # each file is its own fiche, and the folder holds nothing else of ours (no staging left)
    assert "R/1" in pdf_text(folder / "R_1_fid3.pdf") and "R_1" in pdf_text(folder / "R_1_fid4.pdf")
    assert sorted(p.name for p in folder.iterdir()) == sorted(names + ["notes.pdf"])
    assert (folder / "notes.pdf").read_bytes() == b"%PDF-1.4 the user's own file"
    assert checksum(source.split("|")[0]) == before


@pytest.mark.parametrize("template,source,message", [
    ("fiche_benchmark.qpt", "stations", "prints benchmark fiches, but « stations » holds stations"),
    ("fiche_station.qpt", "benchmarks", "prints station fiches, but « sample » holds benchmarks"),
])
def test_a_template_of_the_other_kind_is_refused(run, tmp_path, template, source, message):
    if source == "stations":
        source = stations(tmp_path, ["R21001"])
    else:
        shutil.copy(SAMPLE, tmp_path / "sample.gpkg")
        source = "{}|layername=benchmarks_synthetic".format(tmp_path / "sample.gpkg")
    before = checksum(source.split("|")[0])
    out = tmp_path / "out.pdf"
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        run("canevas:exportfiches", {"INPUT": source, "TEMPLATE": str(LAYOUTS / template), "OUTPUT": str(out)})
    assert not out.exists() and checksum(source.split("|")[0]) == before


def truncated(path):
    text = (LAYOUTS / "fiche_station.qpt").read_bytes()
    path.write_bytes(text[:len(text) // 2])


def empty_layout(path):
    path.write_text('<Layout name="x" units="mm"><PageCollection/></Layout>', encoding="utf-8")


def not_utf8(path):
    path.write_bytes(b"\xff\xfe<\x00L\x00" + bytes(range(128, 256)))


def not_a_layout(path):
    path.write_text('<qgis version="3.22"><Project/></qgis>', encoding="utf-8")


@pytest.mark.parametrize("damage,message", [
    (truncated, "is not a complete QGIS layout template"),
    (empty_layout, "holds no item: it would print blank pages"),
    (not_utf8, "cannot be read"),
    (not_a_layout, "is not a complete QGIS layout template (no <Layout> element"),
])
def test_a_damaged_template_gives_a_message_not_blank_pages(run, tmp_path, damage, message):
    template = tmp_path / "fiche.qpt"
    damage(template)
    source = stations(tmp_path, ["R21001"])
    out = tmp_path / "out.pdf"
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        run("canevas:exportfiches", {"INPUT": source, "TEMPLATE": str(template), "OUTPUT": str(out)})
    assert not out.exists()


def test_a_text_altitude_is_printed_missing_with_a_message(run, tmp_path):
    source = gpkg(tmp_path, "rn", ["Point ({} {})".format(X, Y), "Point ({} {})".format(X + 50, Y)],
                  [{"nom": "M.AC - 1", "cp1_coord3": "n.c."}, {"nom": "M.AC - 2", "cp1_coord3": "35.25"}])
    before = checksum(source.split("|")[0])
    out = tmp_path / "rn.pdf"
    result = run("canevas:exportfiches", {"INPUT": source, "OUTPUT": str(out)})
    assert result["COUNT"] == 2 and out.is_file()
    assert "M.AC - 1: The height « n.c. » of the field cp1_coord3 is not a number: shown as missing." in \
        result["_messages"]
    assert "35.250" in pdf_text(out)
    assert checksum(source.split("|")[0]) == before


def test_a_point_outside_the_grid_stops_the_run_before_writing(run, tmp_path):
    source = stations(tmp_path, ["R21001"])
    path = source.split("|")[0]
    outside = gpkg(tmp_path, "far", ["PointZ (500000 7200000 10)", "PointZ ({} {} 35)".format(X, Y)],
                   [{"matricule": "R9"}, {"matricule": "R21001"}])
    out = tmp_path / "far.pdf"
    with pytest.raises(QgsProcessingException, match=re.escape(
            "1 fiche(s) cannot be computed, nothing was written: R9: the point 500000.000, 7200000.000 lies outside "
            "the area of the transformation")):
        run("canevas:exportfiches", {"INPUT": outside, "DATUM_SHIFT": systems.DATUM_GRID, "OUTPUT": str(out)})
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".canevas")]
    assert Path(path).is_file()


@pytest.mark.parametrize("separate", [False, True])
def test_a_missing_output_folder_gives_a_message(run, tmp_path, separate):
    source = stations(tmp_path, ["R21001"])
    out = tmp_path / "missing" / "sub" / ("rn" if separate else "rn.pdf")
    with pytest.raises(QgsProcessingException, match=re.escape("The folder « {} » does not exist".format(
            out.parent))):
        run("canevas:exportfiches", {"INPUT": source, "SEPARATE": separate, "OUTPUT": str(out)})
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/sys refuses new files even to root on Linux")
@pytest.mark.parametrize("separate", [False, True])
def test_a_read_only_output_folder_gives_a_message(run, tmp_path, separate):
    source = stations(tmp_path, ["R21001"])
    out = "/sys/canevas_fiches" if separate else "/sys/canevas_fiche.pdf"
    # the folder check every algorithm runs first (processing_provider/output_folders.py) answers
    with pytest.raises(QgsProcessingException, match=re.escape("The output folder « /sys » cannot be written")):
        run("canevas:exportfiches", {"INPUT": source, "SEPARATE": separate, "OUTPUT": out})
    assert not os.path.exists(out)


def test_an_output_folder_that_is_a_file_gives_a_message(run, tmp_path):
    source = stations(tmp_path, ["R21001"])
    (tmp_path / "rn").write_text("not a folder", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is a file, not a folder"):
        run("canevas:exportfiches", {"INPUT": source, "SEPARATE": True, "OUTPUT": str(tmp_path / "rn")})
    assert (tmp_path / "rn").read_text(encoding="utf-8") == "not a folder"


def test_a_pdf_is_replaced_only_once_complete(run, tmp_path):
    """The PDF is written beside the target then moved: an earlier PDF stays whole until the new one is."""
    source = stations(tmp_path, ["R21001", "R21002"])
    out = tmp_path / "fiches.pdf"
    out.write_bytes(b"%PDF-1.4 earlier")
    result = run("canevas:exportfiches", {"INPUT": source, "OUTPUT": str(out)})
    assert result["COUNT"] == 2 and result["FILES"] == [str(out)]
    text = pdf_text(out)
    assert "R21001" in text and "R21002" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fiches.pdf", "stations.gpkg"]


def test_cancel_writes_nothing(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    source = stations(tmp_path, ["R21001", "R21002"])
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    folder = tmp_path / "rn"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("canevas:exportfiches", {"INPUT": source, "SEPARATE": True, "OUTPUT": str(folder)},
                       feedback=feedback, context=QgsProcessingContext())
    assert not folder.exists() or list(folder.iterdir()) == []
