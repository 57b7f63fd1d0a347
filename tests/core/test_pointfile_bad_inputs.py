"""Point files as users send them: each fault gives a message naming it, never a silently wrong file."""

import codecs

import pytest

from canevas.core import pointfile, systems, textfile
from canevas.core.messages import CanevasError
from canevas.core.pointfile import PointFileFormat
from canevas.core.transform import transform_xy

REN09 = ["R001;47300.000;68765.000;35.100", "R002;47410.500;68902.250;36.020", "R003;46950.000;68500.000;34.000"]


def _cc48(x, y):
    tx, ty = transform_xy("REN09", "CC48", [x], [y])
    return tx[0], ty[0]


def test_header_ticked_on_a_file_without_header_is_refused():
    with pytest.raises(CanevasError, match=r"« First line is a header » is ticked but line 1 is a point"):
        pointfile.convert(REN09, PointFileFormat(header=True), "REN09", "CC48")


def test_a_header_without_the_option_is_named():
    with pytest.raises(CanevasError, match=r"Line 2 is not a point but looks like a header .*tick « First line"):
        pointfile.convert(["# exported", "id;x;y;z"] + REN09, PointFileFormat(), "REN09", "CC48")
    result = pointfile.convert(["id;x;y;z"] + REN09, PointFileFormat(header=True), "REN09", "CC48")
    assert result.lines[0] == "id;x;y;z" and result.converted == 3


def test_spaces_separator_with_an_id_holding_a_space_rejects_that_line_and_says_why():
    lines = ["R001 47300.000 68765.000 35.1", "R 002 47410.500 68902.250 36.0", "R003 46950.000 68500.000 34.0"]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(lines, PointFileFormat(separator=" "), "REN09", "CC48")
    (detail,) = [m.text() for m in error.value.details]
    assert detail.startswith("line 2: ") and "5 columns where the others have 4" in detail
    assert "an id or a code holding a space shifts the columns" in detail


@pytest.mark.parametrize("source,line", [
    ("REN09", "R{};{:.3f};{:.3f}"),
    ("CC48", "R{};{:.3f};{:.3f}"),
])
def test_swapped_x_and_y_are_refused(source, line):
    points = [(47300.0 + 150 * i, 68765.0 - 90 * i) for i in range(5)]
    if source == "CC48":
        points = [_cc48(x, y) for x, y in points]
    lines = [line.format(i, y, x) for i, (x, y) in enumerate(points)]  # Y written in the X column
    with pytest.raises(CanevasError, match="look swapped: most points lie outside the area of use of"):
        pointfile.convert(lines, PointFileFormat(), source, "L93")


def test_a_stray_line_of_another_system_is_refused_with_its_line_number():
    x, y = _cc48(47300.0, 68765.0)
    lines = REN09 + ["R004;{:.3f};{:.3f};35.0".format(x, y)]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(lines, PointFileFormat(z_col=4), "REN09", "CC48", systems.DATUM_3PARAM)
    (detail,) = [m.text() for m in error.value.details]
    assert detail.startswith("line 4: the point lies") and "outside the area of use of REN09" in detail
    # the same in CC48 → Lambert-93 with a stray REN09 line
    cc = ["C{};{:.3f};{:.3f}".format(i, *_cc48(47300.0 + i, 68765.0)) for i in range(3)] + ["C9;47300.000;68765.000"]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(cc, PointFileFormat(), "CC48", "L93")
    (detail,) = [m.text() for m in error.value.details]
    assert detail.startswith("line 4: the point (47300.000, 68765.000) lies outside the area of use of RGF93 v1 / CC48")


def test_quoted_csv_fields_are_read_and_their_quotes_kept():
    lines = ['"R 001; borne";"47300.000";"68765.000";"35.100"', '"R002";47410.500;68902.250;36.020']
    result = pointfile.convert(lines, PointFileFormat(z_col=4), "REN09", "CC48")
    x, y = transform_xy("REN09", "CC48", [47300.0, 47410.5], [68765.0, 68902.25])
    assert result.lines[0] == '"R 001; borne";"{:.3f}";"{:.3f}";"35.100"'.format(x[0], y[0])
    assert result.lines[1] == '"R002";{:.3f};{:.3f};36.020'.format(x[1], y[1])


def test_degrees_minutes_seconds_are_read_as_degrees():
    assert pointfile.dms_to_degrees("48°06'41.4\"N") == pytest.approx(48 + 6 / 60 + 41.4 / 3600, abs=1e-12)
    assert pointfile.dms_to_degrees("1°40′47″W") == pytest.approx(-(1 + 40 / 60 + 47 / 3600), abs=1e-12)
    assert pointfile.dms_to_degrees("47300.000") is None and pointfile.dms_to_degrees("48°61'0\"") is None
    dms = pointfile.convert(["A;1°40'47\"W;48°06'41.4\"N"], PointFileFormat(), "RGF93G", "CC48")
    dec = pointfile.convert(["A;{!r};{!r}".format(-(1 + 40 / 60 + 47 / 3600), 48 + 6 / 60 + 41.4 / 3600)],
                            PointFileFormat(), "RGF93G", "CC48")
    assert dms.lines == dec.lines
    with pytest.raises(CanevasError, match="degrees, minutes and seconds but the source system is RGF93 v1 / CC48"):
        pointfile.convert(["A;1°40'47\"W;48°06'41.4\"N"], PointFileFormat(), "CC48", "L93")


def test_a_missing_height_stays_missing():
    lines = ["R001;47300.000;68765.000;", "R002;47410.500;68902.250;36.020"]
    result = pointfile.convert(lines, PointFileFormat(z_col=4), "REN09", "CC48")
    assert result.lines[0].endswith(";") and result.converted == 2
    with pytest.raises(CanevasError, match="Z value 'n.c.' .* is not a number"):
        pointfile.convert(["R001;47300.000;68765.000;n.c."] + REN09, PointFileFormat(z_col=4), "REN09", "CC48")


def test_cancel_stops_reading():
    lines = REN09 * 20000
    with pytest.raises(pointfile.Cancelled):
        pointfile.convert(lines, PointFileFormat(), "REN09", "CC48", cancelled=lambda: True)


def test_decoding_names_the_real_problem():
    text = "R001;47300,000;68765,000;Église\r\n"
    utf16 = textfile.decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-8", "a.csv")
    assert utf16.lines == [text.strip()] and utf16.encoding == "utf-16-le" and utf16.newline == "\r\n"
    with pytest.raises(CanevasError, match=r"« a.csv » is not UTF-8 text \(byte 25\) but reads as Windows-1252"):
        textfile.decode(text.encode("cp1252"), "utf-8", "a.csv")
    with pytest.raises(CanevasError, match="« a.csv » is not Windows-1252 .* but reads as UTF-8"):
        textfile.decode("R001;Œuvre\x81".encode(), "cp1252", "a.csv")
    with pytest.raises(CanevasError, match=r"« a.gpkg » is not a text file \(byte 15 is a control character\)"):
        textfile.decode(b"SQLite format 3\x00\x10\x00\x01", "utf-8", "a.gpkg")
    with pytest.raises(CanevasError, match="neither UTF-8 nor Windows-1252"):
        textfile.decode(b"R001;\x81\x8d\xff", "utf-8", "a.csv")


def test_round_trip_of_encoding_bom_and_line_endings(tmp_path):
    data = codecs.BOM_UTF8 + b"R001;1;2\r\nR002;3;4\r\n"
    read = textfile.decode(data, "cp1252", "a.csv")
    assert read.encoding == "utf-8" and read.lines == ["R001;1;2", "R002;3;4"]
    textfile.write_atomically(str(tmp_path / "b.csv"), read, read.lines)
    assert (tmp_path / "b.csv").read_bytes() == data


def test_unwritable_output_folders_give_a_message(tmp_path):
    like = textfile.TextFile(["a"], "utf-8", b"", "\n", True)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CanevasError, match="The output folder .* cannot be written"):
        textfile.write_atomically(str(blocker / "out.csv"), like, ["a"])
    with pytest.raises(CanevasError, match="The output folder .* cannot be written"):
        textfile.write_atomically("/proc/canevas-no-such-folder/out.csv", like, ["a"])
    assert blocker.read_text() == "x" and list(tmp_path.iterdir()) == [blocker]


def test_a_point_without_coordinates_is_not_said_to_be_outside_the_area():
    from canevas.core.transform import TransformError
    with pytest.raises(TransformError, match=r"Point 2 has no coordinates \(X nan, Y 68765.0\)"):
        transform_xy("REN09", "CC48", [47300.0, float("nan")], [68765.0, 68765.0])
