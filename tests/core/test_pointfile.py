"""Point files: same format back, exact figures, every bad line reported with its number."""

import pytest

from canevas.core import pointfile, systems
from canevas.core.messages import CanevasError
from canevas.core.pointfile import PointFileFormat
from canevas.core.transform import transform_xy

LINES = [
    "# synthetic stations, REN09",
    "R00001;47300.000;68765.000;35.520;borne",
    "",
    "R00002;47412.345;68801.002;36.100;clou",
]


def test_convert_keeps_the_format_and_the_heights():
    result = pointfile.convert(LINES, PointFileFormat(z_col=4), "REN09", "CC48")
    assert result.converted == 2 and result.rejected == []
    assert result.lines[0] == LINES[0] and result.lines[2] == ""
    fields = result.lines[1].split(";")
    x, y = transform_xy("REN09", "CC48", [47300.0], [68765.0])
    assert fields == ["R00001", "{:.3f}".format(x[0]), "{:.3f}".format(y[0]), "35.520", "borne"]
    assert result.lines[3].endswith(";36.100;clou")


def test_decimal_comma_header_and_geographic_decimals():
    lines = ["id;x;y;z", "A;47300,000;68765,000;35,52"]
    fmt = PointFileFormat(header=True, z_col=4, decimal_comma=True, decimals=3)
    result = pointfile.convert(lines, fmt, "REN09", "RGF93G")
    assert result.lines[0] == "id;x;y;z"
    _, lon, lat, z = result.lines[1].split(";")
    assert z == "35,52"
    assert len(lon.split(",")[1]) == 8  # 3 + 5 decimals for degrees ≈ 1 mm
    assert float(lon.replace(",", ".")) == pytest.approx(-1.6797, abs=0.002)
    assert float(lat.replace(",", ".")) == pytest.approx(48.1115, abs=0.002)


def test_space_separated_round_trip():
    lines = ["P1   47300.000  68765.000  35.52", "P2\t47500.5\t68000.25\t30"]
    fmt = PointFileFormat(separator=" ", z_col=4, decimals=3)
    there = pointfile.convert(lines, fmt, "REN09", "L93")
    back = pointfile.convert(there.lines, fmt, "L93", "REN09")
    assert back.lines[0].split() == ["P1", "47300.000", "68765.000", "35.52"]
    assert back.lines[1] == "P2\t47500.500\t68000.250\t30"  # tabs kept


def test_fixed_width_columns_stay_aligned():
    lines = ["   1      47300.000      68765.000   35.520  borne",
             "  12      47412.345      68801.002   36.100  clou"]
    result = pointfile.convert(lines, PointFileFormat(separator=" ", z_col=4), "REN09", "CC48")
    for before, after in zip(lines, result.lines):
        assert len(after) == len(before)
        assert after[-15:] == before[-15:]  # Z and code columns where they were
        assert after[:4] == before[:4]
    x = transform_xy("REN09", "CC48", [47300.0], [68765.0])[0][0]
    assert result.lines[0][:19].endswith("{:.3f}".format(x))  # right edge of the X column kept


def test_bad_lines_are_all_reported_and_nothing_is_produced():
    lines = ["R1;47300;68765;35", "R2;47300;abc;35", "R3;47300", ";47300;68765;1", "R5;47300;68765;x"]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(lines, PointFileFormat(z_col=4), "REN09", "CC48")
    text = error.value.text()
    assert "4 bad line(s) in the point file; nothing was written" in text
    assert "line 2: Y value 'abc' (column 3) is not a number" in text
    assert "line 3: expected at least 4 columns, found 2" in text
    assert "line 4: the point id (column 1) is empty" in text
    assert "line 5: Z value 'x' (column 4) is not a number" in text


def test_skip_bad_lines_keeps_the_good_ones():
    lines = ["R1;47300;68765", "R2;47300;abc", "R3;47400;68800"]
    result = pointfile.convert(lines, PointFileFormat(), "REN09", "CC48", skip_bad_lines=True)
    assert result.converted == 2 and len(result.lines) == 2
    assert [m.line_no for m in result.rejected] == [2]
    assert result.lines[1].startswith("R3;1351")


def test_wrong_source_system_names_what_the_numbers_look_like():
    with pytest.raises(CanevasError, match=r"do not look like RGF93 v1 / CC48 .* but like REN09 \(Rennes 2009\)"):
        pointfile.convert(["R1;47300;68765"], PointFileFormat(), "CC48", "REN09")


def test_swapped_latitude_longitude():
    with pytest.raises(CanevasError, match="holds latitudes and the Y column .* longitudes: swap"):
        pointfile.convert(["A;48.11;-1.68"], PointFileFormat(), "RGF93G", "CC48")


@pytest.mark.parametrize("fmt,message", [
    (PointFileFormat(x_col=2, y_col=2), "must be different columns"),
    (PointFileFormat(separator=",", decimal_comma=True), "both the column separator and the decimal separator"),
    (PointFileFormat(x_col=0), "Column numbers start at 1"),
])
def test_inconsistent_format(fmt, message):
    with pytest.raises(CanevasError, match=message):
        pointfile.convert(["R1;47300;68765"], fmt, "REN09", "CC48")


def test_file_without_points():
    with pytest.raises(CanevasError, match="holds no point line"):
        pointfile.convert(["# only a comment", ""], PointFileFormat(), "REN09", "CC48")


def test_point_outside_the_grid_is_a_bad_line():
    # far outside France: the NTF grid has no value there
    lines = ["R1;47300;68765", "R2;47300;-4000000"]
    with pytest.raises(CanevasError) as error:
        pointfile.convert(lines, PointFileFormat(), "REN09", "CC48", systems.DATUM_GRID)
    assert "line 2: the point lies outside the area of the transformation" in error.value.text()
