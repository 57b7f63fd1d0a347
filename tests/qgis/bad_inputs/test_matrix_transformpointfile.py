"""Bad-input matrix of canevas:transformpointfile (see matrix.py): a CC48 point file (SYNTHETIC benchmarks) to
Lambert-93, checked against QGIS' own EPSG:3948 → EPSG:2154 transformation (an independent figure)."""

import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)

from .matrix import Spec, copy_sample_file, matrix_test, run, sample

HEADER = "matricule;x_cc48;y_cc48;z_ign69"
#: The line (1-based, in the point lines) whose height is left empty: it must stay empty, never 0.
NO_HEIGHT = 3


def point_lines(limit=30):
    """(id, x, y, z text) of SYNTHETIC benchmarks, CC48, ids holding spaces ("M.AC - 1")."""
    rows = []
    for i, feature in enumerate(sample("benchmarks_synthetic", limit).getFeatures(), start=1):
        point = feature.geometry().constGet()
        z = "" if i == NO_HEIGHT else "{:.3f}".format(feature["cp1_coord3"])
        rows.append((feature["nom"], point.x(), point.y(), z))
    return rows


def write_points(path, rows, header=True, newline="\r\n"):
    lines = ([HEADER] if header else []) + ["{};{:.3f};{:.3f};{}".format(*row) for row in rows]
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def params(tmp):
    (tmp / "source").mkdir(exist_ok=True)
    source = write_points(tmp / "source" / "points_cc48.csv", point_lines())
    return {"INPUT": copy_sample_file(source, tmp), "SOURCE_SYSTEM": 1, "TARGET_SYSTEM": 2, "HEADER": True,
            "ID_COLUMN": 1, "X_COLUMN": 2, "Y_COLUMN": 3, "Z_COLUMN": 4, "OUTPUT": str(tmp / "points_l93.csv")}


def expected_l93(rows):
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3948"),
                                       QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())
    out = []
    for _id, x, y, _z in rows:
        point = transform.transform(QgsPointXY(round(x, 3), round(y, 3)))
        out.append((point.x(), point.y()))
    return out


def check(case, result, tmp, params):
    """Every point converted to within 1 mm of QGIS' figure (or the decimals asked), ids and heights copied as
    they were (the missing height stays empty, never 0)."""
    text = Path(result["OUTPUT"]).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == HEADER
    rows = point_lines()
    assert result["CONVERTED"] == len(rows) == len(lines) - 1
    decimals = params.get("DECIMALS", 3)
    tolerance = max(0.001, 0.5 * 10 ** -decimals + 1e-6)
    for (nom, _x, _y, z), (ex, ey), line in zip(rows, expected_l93(rows), lines[1:]):
        fields = line.split(";")
        assert fields[0] == nom and fields[3] == z, line
        assert re.fullmatch(r"-?\d+" + (r"\.\d{" + str(decimals) + "}" if decimals else ""), fields[1]), line
        assert abs(float(fields[1]) - ex) <= tolerance and abs(float(fields[2]) - ey) <= tolerance, (line, ex, ey)
    assert lines[NO_HEIGHT].endswith(";"), lines[NO_HEIGHT]


SPEC = Spec("transformpointfile", params, file="INPUT", check=check,
            extreme={"DECIMALS": [0, 12, -1, 13, 1e9], "X_COLUMN": [0, -1, 999, 1e12], "Z_COLUMN": [999, 1e9],
                     "ID_COLUMN": [999, -3], "SOURCE_SYSTEM": [2, 99, -1], "TARGET_SYSTEM": [1]})
test_matrix = matrix_test(SPEC)


def _run_file(tmp_path, content, **extra):
    path = tmp_path / "points.csv"
    path.write_bytes(content)
    values = dict(params(tmp_path), INPUT=str(path))
    values.update(extra)
    return run("transformpointfile", values), path


def test_a_file_cut_inside_its_last_line_is_refused(provider, tmp_path):
    """A copy interrupted mid-line, at every character of a line: the last point would otherwise be converted
    with a cut-off number (« 23.2 » for « 23.273 »), or dropped without a word."""
    source = write_points(tmp_path / "whole.csv", point_lines(12), newline="\n")
    data = source.read_bytes()
    start = data.rstrip(b"\n").rindex(b"\n", 0, len(data) // 2) + 1  # a line in the middle of the file
    end = data.index(b"\n", start)
    for cut in range(start + 1, end):
        (error, result, _feedback), _path = _run_file(tmp_path, data[:cut])
        assert error is not None and ("truncated" in error or "bad line" in error), (data[start:cut], error)
        assert not (tmp_path / "points_l93.csv").exists()


def test_a_file_without_final_line_end_is_converted(provider, tmp_path):
    """A whole file whose last line has no line ending (common) is not taken for a truncated one."""
    source = write_points(tmp_path / "whole.csv", point_lines())
    (error, result, _feedback), _path = _run_file(tmp_path, source.read_bytes().rstrip(b"\r\n"))
    assert error is None, error
    assert result["CONVERTED"] == len(point_lines())


def test_cancel_while_converting_a_long_file_writes_nothing(provider, tmp_path):
    rows = point_lines() * 4000  # 120 000 lines
    source = write_points(tmp_path / "long.csv", rows)
    values = dict(params(tmp_path), INPUT=str(source))
    error, result, feedback = run("transformpointfile", values, cancel_at_first_progress=True)
    assert error is not None and "ancel" in error, error
    assert not (tmp_path / "points_l93.csv").exists()


def test_nan_and_infinite_numbers_are_bad_lines(provider, tmp_path):
    rows = point_lines(5)
    lines = [HEADER] + ["{};{:.3f};{:.3f};{}".format(*row) for row in rows]
    lines[2] = "X1;nan;7222824.125;30.0"
    lines[3] = "X2;1351338.806;inf;30.0"
    lines[4] = "X3;1351338.806;7222824.125;nan"
    lines[5] = "X4;1e999;7222824.125;30.0"  # a number too large for a float: infinite, never converted
    (error, result, _feedback), _path = _run_file(tmp_path, ("\n".join(lines) + "\n").encode())
    assert error is not None and "4 bad line(s)" in error, error
    # the same file with bad lines skipped: only the good line is written
    (error, result, _feedback), _path = _run_file(tmp_path, ("\n".join(lines) + "\n").encode(), SKIP_BAD_LINES=True)
    assert error is None and result["CONVERTED"] == 1 and result["REJECTED"] == 4, error
