"""Bad-input matrix of canevas:importlevelingbook (see matrix.py): a SYNTHETIC GSI-16 field book
(core.leveling.synthetic), every height difference checked against the true heights it was made from."""

import pytest
from qgis.core import QgsVectorLayer

from .matrix import Spec, copy_sample_file, matrix_test, run

STATIONS = [("R21001", 35.284), ("R21002", 41.917), ("R21003", 29.508), ("R21004", 52.006), ("R21005", 47.731)]
BENCHMARKS = [("RN1", 23.273), ("RN2", 44.120), ("RN3", 31.615)]  # GSI ids hold no space
SIGMA_KM = 0.7  # mm/√km: a section of at most 600 m stays within 3 mm at 5 σ


def job(seed=3):
    from canevas.core.leveling import synthetic
    return synthetic.synthetic_job(STATIONS, BENCHMARKS, seed=seed, stations_per_run=2,
                                   sigma_mm_per_sqrt_km=SIGMA_KM)


def book(tmp, seed=3):
    """The SYNTHETIC book written apart (job.gsi), as a level's card would hold it."""
    (tmp / "built").mkdir(exist_ok=True)
    path = tmp / "built" / "job.gsi"
    path.write_text("\r\n".join(job(seed)[2]) + "\r\n", encoding="utf-8")
    return path


def params(tmp):
    return {"INPUT": copy_sample_file(book(tmp), tmp), "DATE": "2024-05-02", "OUTPUT": str(tmp / "observations.gpkg")}


def check(case, result, tmp, params):
    """Sections chained along every run from its first to its last mark; each dh between two known marks, and the
    sum of each run, within 3 mm of the true heights. With the default turning-point pattern, one observation per
    section between marks; with a pattern that keeps turning points as marks, more (one per set-up)."""
    runs, heights, _lines = job()
    layer = QgsVectorLayer(result["OUTPUT"], "observations", "ogr")
    rows = sorted(((f["run"], f["source_line"]), f["from"], f["to"], f["dh_m"], f["distance_m"], f["setups"],
                   f["date"]) for f in layer.getFeatures())
    assert result["N_OBSERVATIONS"] == len(rows) and result["N_REJECTED"] == 0
    sections = [(name, a, b) for name, points in runs for a, b in zip(points, points[1:])]
    if params.get("TURNING_POINTS", "^\\d+$") == "^\\d+$":
        assert sorted((r[0][0], r[1], r[2]) for r in rows) == sorted(sections)
    else:
        assert len(rows) > len(sections)
    for name, points in runs:
        chain = [r for r in rows if r[0][0] == name]
        assert [chain[0][1]] + [r[2] for r in chain] == [chain[0][1]] + [r[1] for r in chain[1:]] + [chain[-1][2]]
        assert (chain[0][1], chain[-1][2]) == (points[0], points[-1])
        total = sum(r[3] for r in chain)
        assert abs(total - (heights[points[-1]] - heights[points[0]])) < 0.003 * len(points), (name, total)
    for _key, a, b, dh, distance, setups, date in rows:
        if a in heights and b in heights:
            assert abs(dh - (heights[b] - heights[a])) < 0.003, (a, b, dh)
        assert 0 < distance <= 600.0 and setups >= 1 and date == (params["DATE"] or None)


SPEC = Spec("importlevelingbook", params, file="INPUT", check=check,
            extreme={"TURNING_POINTS": ["(", "[0-9", "*", ".*", "", "x" * 100000],
                     "DATE": ["2024-13-45", "2024-02-30", "yesterday", "0000-00-00", "20240502"],
                     "FORMAT": [2, 3, 99, -1], "ENCODING": [1, 7]})
test_matrix = matrix_test(SPEC)


def _run_book(tmp_path, data, **extra):
    path = tmp_path / "book.gsi"
    path.write_bytes(data)
    values = dict(params(tmp_path), INPUT=str(path), OUTPUT=str(tmp_path / "obs.gpkg"))
    values.update(extra)
    return run("importlevelingbook", values)


def test_a_book_cut_inside_a_line_is_refused(provider, tmp_path):
    """A copy interrupted mid-line, at every character of a reading line: never fewer sections without a word."""
    data = book(tmp_path).read_bytes()
    start = data.index(b"\r\n", len(data) // 2) + 2
    end = data.index(b"\r\n", start)
    for cut in range(start + 1, end):
        error, _result, _feedback = _run_book(tmp_path, data[:cut])
        assert error is not None and ("truncated" in error or "bad line" in error or "ends on" in error), \
            (data[start:cut], error)
        assert not (tmp_path / "obs.gpkg").exists()


def test_a_book_cut_between_lines_is_refused(provider, tmp_path):
    """Cut after any line but the last: a run left open (ending on a turning point or a backsight) is reported."""
    data = book(tmp_path).read_bytes()
    ends = [i + 2 for i in range(len(data)) if data[i:i + 2] == b"\r\n"][:-1]
    runs, _heights, _lines = job()
    bad = 0
    for end in ends[1:]:
        error, result, _feedback = _run_book(tmp_path, data[:end])
        if error is None:  # a cut right after a section's last foresight: what was read is whole and right
            assert result["N_REJECTED"] == 0
        else:
            bad += 1
            assert "bad line" in error or "no height difference" in error, error
    assert bad > len(ends) // 2


def test_cancel_while_reading_a_long_book(provider, tmp_path):
    lines = []
    for seed in range(60):
        lines += job(seed)[2]
    data = ("\r\n".join(lines) + "\r\n").encode()
    path = tmp_path / "long.gsi"
    path.write_bytes(data * 3)
    error, _result, _feedback = run("importlevelingbook", dict(params(tmp_path), INPUT=str(path)),
                                    cancel_at_first_progress=True)
    assert error is not None and "ancel" in error, error
    assert not (tmp_path / "observations.gpkg").exists()


@pytest.mark.parametrize("pattern", ["(", "[0-9", "*"])
def test_an_invalid_turning_point_pattern_is_named(provider, tmp_path, pattern):
    error, _result, _feedback = _run_book(tmp_path, book(tmp_path).read_bytes(), TURNING_POINTS=pattern)
    assert error is not None and pattern in error and "regular expression" in error, error


@pytest.mark.parametrize("date", ["2024-13-45", "2024-02-30", "yesterday", "02/05/2024"])
def test_an_impossible_date_is_refused(provider, tmp_path, date):
    error, _result, _feedback = _run_book(tmp_path, book(tmp_path).read_bytes(), DATE=date)
    assert error is not None and date in error and "YYYY-MM-DD" in error, error


def test_a_csv_book_with_missing_values(provider, tmp_path):
    """Empty dh is a bad line (never 0); an empty distance stays empty (NULL, never 0)."""
    path = tmp_path / "book.csv"
    path.write_text("from;to;dh;distance\nA;B;1.234;250\nB;C;;300\nC;D;-0.5;\n", encoding="utf-8")
    values = dict(params(tmp_path), INPUT=str(path), OUTPUT=str(tmp_path / "obs.gpkg"))
    error, _result, _feedback = run("importlevelingbook", values)
    assert error is not None and "1 bad line(s)" in error, error
    error, result, _feedback = run("importlevelingbook", dict(values, SKIP_BAD_LINES=True))
    assert error is None and result["N_OBSERVATIONS"] == 2 and result["N_REJECTED"] == 1, error
    rows = {f["from"]: f for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()}
    assert rows["A"]["distance_m"] == 250 and rows["C"]["dh_m"] == -0.5
    assert rows["C"]["distance_m"] is None or str(rows["C"]["distance_m"]) == "NULL", rows["C"]["distance_m"]
