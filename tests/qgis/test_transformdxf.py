"""canevas:transformdxf (not yet registered in the provider: run from its class) on a SYNTHETIC drawing folder."""

import pytest

ezdxf = pytest.importorskip("ezdxf", minversion="0.18")  # ezdxf>=0.18 is in the test requirements
from dxf_checks import check_drawing  # noqa: E402 — tests/ is on sys.path (tests/conftest.py)
from dxf_corpus import build  # noqa: E402
from qgis.core import QgsProcessingException  # noqa: E402

from canevas.processing_provider.algorithms.transformdxf import TransformDxf  # noqa: E402


def _run(params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    alg = TransformDxf()
    alg.initAlgorithm()
    return processing.run(alg, params, feedback=QgsProcessingFeedback(), context=QgsProcessingContext())


def test_folder_to_cc48_with_report(qgis_app, qgis_processing, tmp_path):
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    build("R2010", folder / "a.dxf")
    build("R2000", folder / "sub" / "b.dxf")
    (folder / "sub" / "bad.dxf").write_text("hello\n")
    out = tmp_path / "cc48"
    report = tmp_path / "report.html"
    result = _run({"INPUT": str(folder), "RECURSIVE": True, "SOURCE_SYSTEM": 0, "TARGET_SYSTEM": 1,
                   "OUTPUT_FOLDER": str(out), "REPORT": str(report)})
    assert result["FILES"] == 3 and result["FAILED"] == 1 and result["ENTITIES"] > 40
    assert result["MAX_DEVIATION_MM"] < 1.0 and result["OUTPUT_FOLDER"] == str(out)
    check_drawing(folder / "sub" / "b.dxf", out / "sub" / "b.dxf", "REN09", "CC48")
    text = report.read_text(encoding="utf-8")
    assert "bad.dxf" in text and "LWPOLYLINE" in text
    assert ezdxf.readfile(str(out / "a.dxf")).header["$INSUNITS"] == 6


def test_same_system_and_unsafe_output_are_refused(qgis_app, qgis_processing, tmp_path):
    build("R2010", tmp_path / "a.dxf")
    with pytest.raises(QgsProcessingException, match="same"):
        _run({"INPUT": str(tmp_path / "a.dxf"), "SOURCE_SYSTEM": 1, "TARGET_SYSTEM": 1,
              "OUTPUT_FOLDER": str(tmp_path / "o")})
    with pytest.raises(QgsProcessingException, match="input"):
        _run({"INPUT": str(tmp_path / "a.dxf"), "SOURCE_SYSTEM": 0, "TARGET_SYSTEM": 1,
              "OUTPUT_FOLDER": str(tmp_path)})
