"""Bad-input matrix of canevas:exportfiches (see matrix.py): three SYNTHETIC stations printed with a copy of the
plugin's station template. The matrix damages the layer and the template file (TEMPLATE); extreme values are filter
expressions that cannot be evaluated and the one-PDF-per-fiche mode; plain tests add file-name collisions."""

import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from .matrix import ROOT, Spec, check_case, copy_sample_file, matrix_test, run, sample

N = 3
TEMPLATE = ROOT / "resources" / "layouts" / "fiche_station.qpt"


def params(tmp):
    return {"INPUT": sample("stations_synthetic", N), "TEMPLATE": copy_sample_file(TEMPLATE, tmp),
            "SEPARATE": False, "OUTPUT": str(tmp / "fiches.pdf")}


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def check(case, result, tmp, params):
    """One page (or one file) per station printed, each file a complete PDF."""
    expected = 2 * N if case == "duplicates" else N
    if case.startswith("extreme:EXPRESSION"):
        expected = 1
    if case in ("some_null_geometries", "z_nan"):  # stations without position get no fiche (and a message)
        source = QgsVectorLayer(params["INPUT"], "input", "ogr")
        expected = sum(not f.geometry().isEmpty() for f in source.getFeatures())
        assert expected < N or case == "z_nan"
    assert result["COUNT"] == expected, result
    if params.get("SEPARATE"):
        assert len(result["FILES"]) == expected and all(pdf_pages(f) == 1 for f in result["FILES"])
        assert len({Path(f).name for f in result["FILES"]}) == expected
    else:
        assert pdf_pages(result["OUTPUT"]) == expected


SPEC = Spec("exportfiches", params, layer="INPUT", file="TEMPLATE", check=check,
            extreme={"EXPRESSION": ['"matricule" = \'R21001\'', '"matricule" = ', "no_such_field = 1",
                                    "to_int('a') = 1", "1/0 = 1"],
                     "SEPARATE": [True]},
            stops={"misdeclared_crs", "wrong_geometry"})
test_matrix = matrix_test(SPEC)


@pytest.mark.parametrize("expression, words", [('"matricule" = ', "not valid"),
                                               ("no_such_field = 1", "no_such_field"),
                                               ("to_int('a') = 1", "cannot be evaluated")])
def test_a_filter_that_fails_is_named_and_nothing_written(provider, tmp_path, expression, words):
    p = params(tmp_path)
    p["EXPRESSION"] = expression
    error, _, _ = run("exportfiches", p)
    assert error is not None and words in error, error
    assert not (tmp_path / "fiches.pdf").exists()


def test_one_pdf_per_fiche_with_colliding_matricules_writes_every_fiche(provider, tmp_path):
    """R/1 and R_1 (equal once made file-safe), r1 and R1 (equal but for the case), an empty one: 5 files."""
    layer = sample("stations_synthetic", 5)
    layer.startEditing()
    index = layer.fields().indexOf("matricule")
    for f, name in zip(layer.getFeatures(), ["R/1", "R_1", "r1", "R1", ""]):
        layer.changeAttributeValue(f.id(), index, name)
    assert layer.commitChanges()
    p = params(tmp_path)
    p.update({"INPUT": layer, "SEPARATE": True, "OUTPUT": str(tmp_path / "fiches")})
    error, result, _ = run("exportfiches", p)
    assert error is None, error
    files = sorted(Path(f).name for f in result["FILES"])
    assert result["COUNT"] == 5 and len(set(f.lower() for f in files)) == 5, files
    assert all(pdf_pages(f) == 1 for f in result["FILES"])


def test_a_template_holding_no_item_is_refused(provider, tmp_path):
    p = params(tmp_path)
    Path(p["TEMPLATE"]).write_text('<Layout name="empty" units="mm"></Layout>\n', encoding="utf-8")
    error, _, _ = run("exportfiches", p)
    assert error is not None and "no item" in error, error


def test_a_station_at_a_polygon_is_refused_before_writing(provider, tmp_path):
    error, _, _ = check_case(SPEC, "wrong_geometry", tmp_path)
    assert "not points" in error and not (tmp_path / "fiches.pdf").exists()


def test_a_missing_template_names_the_file(provider, tmp_path):
    p = params(tmp_path)
    p["TEMPLATE"] = str(tmp_path / "gone.qpt")
    error, _, _ = run("exportfiches", p)
    assert error is not None and "gone.qpt" in error, error


def test_a_point_without_z_prints_no_height_zero(provider, tmp_path):
    """A 2D station: its fiche shows no ellipsoidal/Z height of 0.000 m."""
    layer = sample("stations_synthetic", 1)
    flat = QgsVectorLayer("Point", "flat", "memory")
    flat.setCrs(layer.crs())
    flat.dataProvider().addAttributes(layer.fields().toList())
    flat.updateFields()
    f = next(layer.getFeatures())
    g = QgsFeature(flat.fields())
    g.setAttributes(f.attributes())
    g.setAttribute("z_ign69", None)
    p = f.geometry().constGet()
    g.setGeometry(QgsGeometry.fromWkt("Point ({} {})".format(p.x(), p.y())))
    flat.dataProvider().addFeatures([g])
    params_ = params(tmp_path)
    params_["INPUT"] = flat
    error, result, _ = run("exportfiches", params_)
    assert error is None, error
    text = subprocess.run(["pdftotext", "-layout", result["OUTPUT"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "0.000 m" not in text and "0,000 m" not in text, text
