"""canevas:transformpointfile on bad inputs: a message naming the fault, the input unchanged, no output written."""

import codecs
import hashlib

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

POINTS = "R001;47300.000;68765.000;35.100\r\nR002;47410.500;68902.250;36.020\r\n"


def _params(path, out, **extra):
    params = {"INPUT": str(path), "SOURCE_SYSTEM": 0, "TARGET_SYSTEM": 1, "Z_COLUMN": 4, "OUTPUT": str(out)}
    params.update(extra)
    return params


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_utf16_file_is_read_and_written_back_in_utf16(run, tmp_path):
    src = tmp_path / "points.csv"
    src.write_bytes(codecs.BOM_UTF16_LE + POINTS.encode("utf-16-le"))
    before = _digest(src)
    result = run("canevas:transformpointfile", _params(src, tmp_path / "out.csv"))
    out = (tmp_path / "out.csv").read_bytes()
    assert result["CONVERTED"] == 2 and out.startswith(codecs.BOM_UTF16_LE)
    assert out[2:].decode("utf-16-le").startswith("R001;1") and _digest(src) == before


@pytest.mark.parametrize("content,message", [
    (b"SQLite format 3\x00\x10\x00", "is not a text file (byte 15 is a control character)"),
    ("R001;Église;68765\n".encode("cp1252"), "reads as Windows-1252 (cp1252): choose the encoding"),
])
def test_binary_and_wrongly_encoded_files_are_named(run, tmp_path, content, message):
    src = tmp_path / "points.csv"
    src.write_bytes(content)
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:transformpointfile", _params(src, tmp_path / "out.csv"))
    assert message in str(error.value) and not (tmp_path / "out.csv").exists()


def test_header_ticked_on_a_headerless_file(run, tmp_path):
    src = tmp_path / "points.csv"
    src.write_text(POINTS)
    with pytest.raises(QgsProcessingException, match="is ticked but line 1 is a point"):
        run("canevas:transformpointfile", _params(src, tmp_path / "out.csv", HEADER=True))
    assert not (tmp_path / "out.csv").exists()


def test_unwritable_output_folder_gives_a_message(run, tmp_path):
    src = tmp_path / "points.csv"
    src.write_text(POINTS)
    with pytest.raises(QgsProcessingException, match="The output folder .* cannot be written"):
        run("canevas:transformpointfile", _params(src, "/proc/canevas-no-such-folder/out.csv"))


def test_cancel_writes_nothing(provider, tmp_path):
    import processing
    src = tmp_path / "points.csv"
    src.write_text(POINTS * 30000)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("canevas:transformpointfile", _params(src, tmp_path / "out.csv"), feedback=feedback)
    assert not (tmp_path / "out.csv").exists()
