"""Field books: sample records written from the GSI and M5 format descriptions, hand-reduced figures."""

import pytest

from canevas.core.leveling import books, synthetic
from canevas.core.messages import CanevasError

# GSI-8, one BF run RN1 → (turning point 1001) → S1; units 8 = 1/100 mm.
# set-up 1: 1.45230 − 1.02110 = 0.43120; set-up 2: 1.32500 − 1.50000 = −0.17500 → dh = 0.25620 m,
# length 25.000 + 24.800 + 30.100 + 30.200 = 110.100 m, 2 set-ups.
GSI8 = [
    "410001+0000RUN1 42....+0000RUN1 ",
    "110002+00000RN1 32...8+02500000 331.08+00145230 ",
    "110003+00001001 32...8+02480000 332.08+00102110 ",
    "110004+00001001 32...8+03010000 331.08+00132500 ",
    "110005+000000S1 32...8+03020000 332.08+00150000 83..08+05025620 ",
    "110006+000000S1 571.08+00000000 572.08+00000000 573..8+00000000 574..8+11010000 ",
]

# GSI-16, BFFB with units 6 = 1/10 mm; an intermediate sight (333) and a height word (83) are skipped.
# dh = mean(1.4523, 1.4527) − mean(1.0211, 1.0213) = 0.4313; length 25.0 + mean(24.0, 24.2) = 49.1 m.
GSI16 = [
    "*410001+0000000000000000 42....+000000000000BFFB ",
    "*110002+0000000000000RN1 32...6+0000000000250000 331..6+0000000000014523 ",
    "*110003+00000000000000S2 32...6+0000000000240000 332..6+0000000000010211 ",
    "*110004+0000000000000P17 32...6+0000000000100000 333..6+0000000000009000 ",
    "*110005+00000000000000S2 32...6+0000000000242000 336..6+0000000000010213 83..06+0000000000504313 ",
    "*110006+0000000000000RN1 32...6+0000000000250000 335..6+0000000000014527 ",
]

# Trimble DiNi M5: the same run as GSI8.
DINI = [
    "For M5|Adr     1|TO  Start-Line         BF   1|                      |                      |"
    "                      | ",
    "For M5|Adr     2|KD1       RN1      11:00:01   1|Rb        1.45230 m   |HD         25.000 m   |"
    "                      | ",
    "For M5|Adr     3|KD1      1001      11:00:30   1|Rf        1.02110 m   |HD         24.800 m   |"
    "                      | ",
    "For M5|Adr     4|KD1      1001      11:01:30   1|Rb        1.32500 m   |HD         30.100 m   |"
    "                      | ",
    "For M5|Adr     5|KD1        S1      11:02:00   1|Rf        1.50000 m   |HD         30.200 m   |"
    "Z         50.256 m   | ",
    "For M5|Adr     6|TO  End-Line                1|                      |                      |"
    "                      | ",
]


def test_gsi8_sections_between_marks():
    result = books.read_book(GSI8, date="2024-05-02")
    assert result.format == "gsi" and result.rejected == []
    (obs,) = result.observations
    assert (obs.from_id, obs.to_id, obs.run, obs.setups, obs.date) == ("RN1", "S1", "RUN1", 2, "2024-05-02")
    assert obs.dh_m == pytest.approx(0.25620, abs=1e-9)
    assert obs.distance_m == pytest.approx(110.1, abs=1e-9)
    assert obs.source_line == 5


def test_gsi16_bffb_averages_and_skips_intermediate_sights():
    (obs,) = books.read_book(GSI16).observations
    assert (obs.from_id, obs.to_id, obs.setups, obs.run) == ("RN1", "S2", 1, "BFFB")
    assert obs.dh_m == pytest.approx(0.4313, abs=1e-9)
    assert obs.distance_m == pytest.approx(49.1, abs=1e-9)


def test_dini_m5_gives_the_same_section_as_gsi():
    result = books.read_book(DINI)
    assert result.format == "dini"
    (obs,) = result.observations
    (ref,) = books.read_book(GSI8).observations
    assert (obs.from_id, obs.to_id, obs.setups) == (ref.from_id, ref.to_id, ref.setups)
    assert obs.dh_m == pytest.approx(ref.dh_m, abs=1e-9) and obs.distance_m == pytest.approx(ref.distance_m)


def test_feet_units_are_converted():
    line = "110002+00000RN1 32...7+00820210 331.07+00047647 "  # unit 7: 1/10 000 ft
    lines = [line, "110003+000000S1 32...7+00820210 332.07+00037647 "]
    (obs,) = books.read_book(lines).observations
    assert obs.dh_m == pytest.approx(1.0 * 0.3048, abs=1e-9)
    assert obs.distance_m == pytest.approx(2 * 82.0210 * 0.3048, abs=1e-6)


def test_bad_gsi_lines_are_reported_with_their_numbers():
    lines = list(GSI8)
    lines[2] = "110003+00001001 32...8+02480000 332.08+0010A110 "   # not a number
    lines.insert(1, "110099+000000S9 32...8+02480000 332.08+00102110 ")  # foresight before any backsight
    with pytest.raises(CanevasError) as err:
        books.read_book(lines)
    text = err.value.text()
    assert "3 bad line(s)" in text
    assert "line 2: foresight on S9 without a backsight" in text
    assert "line 4: word 332 holds '0010A110', not a number" in text
    # the set-up of line 3 lost its foresight, so the next backsight cannot chain on
    assert "line 5: backsight on 1001 while the set-up began on RN1" in text
    skipped = books.read_book(lines, skip_bad_lines=True)
    assert [m.line_no for m in skipped.rejected] == [2, 4, 5]


def test_a_run_ending_on_a_turning_point_is_refused():
    with pytest.raises(CanevasError) as err:
        books.read_book(GSI8[:4])
    assert "line 4: the run ends on turning point 1001" in err.value.text()


def test_broken_chain_is_reported():
    lines = GSI8[:3] + ["110004+00001002 32...8+03010000 331.08+00132500 "] + GSI8[4:]
    with pytest.raises(CanevasError) as err:
        books.read_book(lines)
    assert "backsight on 1002 but the previous foresight was on 1001" in err.value.text()


def test_csv_with_header_decimal_comma_and_a_bad_line():
    lines = ["# synthetic", "from;to;dh;distance;setups;run;date", "RN1;S1;0,2562;110,1;2;A;2024-05-02",
             "S1;S2;abc;100;2;A;", "S2;RN2;-1,5;300;;A;"]
    with pytest.raises(CanevasError) as err:
        books.read_book(lines)
    assert "line 4: dh 'abc' is not a number" in err.value.text()
    result = books.read_book(lines, skip_bad_lines=True)
    first, last = result.observations
    assert (first.dh_m, first.distance_m, first.setups, first.date) == (0.2562, 110.1, 2, "2024-05-02")
    assert (last.setups, last.distance_m, last.source_line) == (None, 300.0, 5)


def test_csv_header_must_name_from_to_dh():
    with pytest.raises(CanevasError) as err:
        books.read_book(["a;b;c", "1;2;3"], fmt="csv")
    assert "from, to, dh" in err.value.text()


def test_synthetic_book_round_trip():
    runs, heights, lines = synthetic.synthetic_job([("S1", 50.1), ("S2", 51.3)], [("RN1", 50.0), ("RN2", 49.0)],
                                                   seed=3, sigma_mm_per_sqrt_km=0.0)
    assert "SYNTHETIC" in lines[0]
    obs = books.read_book(lines).observations
    assert [(o.from_id, o.to_id) for o in obs] == [("RN1", "S1"), ("S1", "S2"), ("S2", "RN2")]
    for o in obs:  # noiseless: only the 1/100 mm rounding of the readings is left
        assert o.dh_m == pytest.approx(heights[o.to_id] - heights[o.from_id], abs=1e-5 * o.setups)
