"""Precision classes of the arrêté of 16 September 2003 (DOMAIN.md §4)."""

import math

import numpy as np
import pytest

from canevas.core import precision as P
from canevas.core.messages import CanevasError

# --------------------------------------------------------------------------- regulation figures


def test_worked_numbers_class_2cm_plan():
    th = P.thresholds(2, 2.0)
    assert th.f == pytest.approx(1.125, abs=1e-15)
    assert th.mean_limit * 100 == pytest.approx(2.25, abs=1e-12)
    assert th.t1 * 100 == pytest.approx(5.445, abs=1e-12)
    assert th.t2 * 100 == pytest.approx(8.1675, abs=1e-12)
    # DOMAIN.md rounds them to 5.45 and 8.17 cm
    assert abs(th.t1 * 100 - 5.45) < 0.005 and abs(th.t2 * 100 - 8.17) < 0.005


def test_worked_numbers_class_1cm_height():
    th = P.thresholds(1, 1.0)
    assert th.mean_limit * 100 == pytest.approx(1.125, abs=1e-12)
    assert th.t1 * 100 == pytest.approx(3.63375, abs=1e-12)
    assert th.t2 * 100 == pytest.approx(5.450625, abs=1e-12)
    assert abs(th.t1 * 100 - 3.63) < 0.005 and abs(th.t2 * 100 - 5.45) < 0.005


def test_k_for_3d_and_safety_factor():
    th = P.thresholds(3, 1.0, C=3)
    assert th.k == 2.11
    assert th.f == pytest.approx(1 + 1 / 18)
    assert th.t1 == pytest.approx(2.11 * 0.01 * (1 + 1 / 18))


def test_safety_coefficient_below_2_is_refused():
    with pytest.raises(CanevasError, match="at least 2"):
        P.check_class([0.01] * 5, 2, 2.0, C=1.5)


@pytest.mark.parametrize("n", [0, 4])
def test_bad_number_of_coordinates(n):
    with pytest.raises(CanevasError, match="1 \\(height\\), 2 \\(plan\\) or 3"):
        P.thresholds(n, 2.0)


@pytest.mark.parametrize("cls", [0, -1, float("nan")])
def test_bad_class(cls):
    with pytest.raises(CanevasError, match="positive number of centimetres"):
        P.check_class([0.01], 2, cls)


TABLE = [(1, 4, 0), (5, 13, 1), (14, 44, 2), (45, 85, 3), (86, 132, 4), (133, 184, 5), (185, 240, 6),
         (241, 298, 7), (299, 359, 8), (360, 422, 9), (423, 487, 10)]


def test_allowed_count_full_table():
    expected = {N: count for lo, hi, count in TABLE for N in range(lo, hi + 1)}
    assert sorted(expected) == list(range(1, 488))
    got = {N: P.allowed_count(N) for N in range(1, 488)}
    assert got == expected
    assert P.allowed_count(0) == 0


def test_allowed_count_is_the_integer_strictly_above():
    # 0.01·62500 + 0.232·250 = 683 exactly: "l'entier immédiatement supérieur" is 684
    assert P.allowed_count(62500) == 684
    assert P.allowed_count(488) == 11


# --------------------------------------------------------------------------- verdicts

def test_verdict_figures_for_a_given_class():
    epos = np.array([0.01, 0.02, 0.03, 0.06, 0.005, 0.012, 0.018, 0.02, 0.01, 0.015])  # N = 10
    v = P.check_class(epos, 2, 2.0)
    assert (v.n_dims, v.N, v.C, v.class_cm) == (2, 10, 2.0, 2.0)
    assert v.mean == pytest.approx(0.02)
    assert v.mean_limit == pytest.approx(0.0225)
    assert v.max == pytest.approx(0.06)
    assert v.t1 == pytest.approx(0.05445)
    assert v.n_over_t1 == 1 and v.n_allowed == 1
    assert v.t2 == pytest.approx(0.081675)
    assert v.n_over_t2 == 0
    assert (v.cond_a, v.cond_b, v.cond_c, v.passed) == (True, True, True, True)
    assert "FAILED" not in " ".join(str(m) for m in v.lines())


def test_each_condition_can_fail_alone():
    base = [0.01] * 10
    a = P.check_class([0.03] * 10, 2, 2.0)                 # mean 3 cm > 2.25
    assert (a.cond_a, a.cond_b, a.cond_c, a.passed) == (False, True, True, False)
    b = P.check_class(base[:8] + [0.06, 0.06], 2, 2.0)     # 2 over T, 1 allowed
    assert (b.cond_a, b.cond_b, b.cond_c, b.passed) == (True, False, True, False)
    c = P.check_class(base[:9] + [0.09], 2, 2.0)           # 1 over T allowed, but > 1.5·T
    assert (c.cond_a, c.cond_b, c.cond_c, c.passed) == (True, True, False, False)
    lines = [str(m) for m in c.lines()]
    assert lines[2].startswith("c. 1 deviation(s) over 1.5·T = 8.17 cm") and lines[2].endswith("FAILED")


def test_n_zero_is_a_clear_error():
    with pytest.raises(CanevasError, match="No deviation to test"):
        P.check_class([], 2, 2.0)
    with pytest.raises(CanevasError, match="No deviation to test"):
        P.best_class([], 2)


def test_n_one():
    # with one point the mean is the deviation, and xx·f < T: condition a decides
    v = P.check_class([0.0225], 2, 2.0)
    assert (v.N, v.n_allowed, v.n_over_t1, v.passed) == (1, 0, 0, True)
    v = P.check_class([0.06], 2, 2.0)
    assert (v.cond_a, v.cond_b, v.cond_c, v.passed) == (False, False, True, False)
    assert P.best_class([0.0225], 2).class_cm == pytest.approx(2.0)


def test_n_four_allows_nothing_over_t_n_five_allows_one():
    four = P.check_class([0.005, 0.005, 0.005, 0.06], 2, 2.0)
    assert four.n_over_t1 == 1 and four.n_allowed == 0 and not four.passed
    five = P.check_class([0.005, 0.005, 0.005, 0.005, 0.06], 2, 2.0)
    assert five.n_over_t1 == 1 and five.n_allowed == 1 and five.passed


def test_nan_deviation_is_refused_by_check_class():
    with pytest.raises(CanevasError, match="finite"):
        P.check_class([0.01, float("nan")], 1, 1.0)


# --------------------------------------------------------------------------- equality at a threshold

def _pairs_at(dy, base_y=7_200_000.0, base_x=1_350_000.0):
    """Control points in CC48-size coordinates and supplied ones dy metres north of them."""
    control = np.array([[base_x + 10 * i, base_y + 7 * i] for i in range(len(dy))])
    supplied = control + np.column_stack([np.zeros(len(dy)), dy])
    return supplied, control


def test_deviation_equal_to_t_is_not_over_t():
    t = 0.05445  # T of class 2 cm plan, as written in a file to 0.01 mm
    sup, ctl = _pairs_at([t, 0.0, 0.0, 0.0])
    e = P.deviations(sup, ctl, 2).epos
    assert e[0] == pytest.approx(t, abs=1e-8)
    v = P.check_class(e, 2, 2.0)
    assert v.n_over_t1 == 0 and v.cond_b and v.passed      # N = 4: none allowed, yet it passes
    # one tenth of a millimetre more is over T
    sup, ctl = _pairs_at([t + 0.0001, 0.0, 0.0, 0.0])
    v = P.check_class(P.deviations(sup, ctl, 2).epos, 2, 2.0)
    assert v.n_over_t1 == 1 and not v.passed


def test_deviation_equal_to_t_read_from_text_at_cc48_size():
    # As read from a point file: Y 7200003.07545 supplied, 7200003.02100 control, i.e. 5.445 cm = T.
    # In doubles the difference comes out 6e-10 m above T: the tolerance must keep it equal.
    sup = np.array([[float("1350000.000"), float("7200003.07545")]] + [[1350010.0, 7200010.0]] * 3)
    ctl = np.array([[float("1350000.000"), float("7200003.02100")]] + [[1350010.0, 7200010.0]] * 3)
    e = P.deviations(sup, ctl, 2).epos
    assert e[0] > 0.05445 * (1 + 1e-9)                     # the float rounding this guards against
    v = P.check_class(e, 2, 2.0)
    assert v.n_over_t1 == 0 and v.passed
    assert P.best_class(e, 2).class_cm == pytest.approx(2.0)


def test_deviation_equal_to_second_threshold_and_mean_equal_to_limit():
    t2 = 0.081675
    sup, ctl = _pairs_at([t2, 0.0, 0.0, 0.0, 0.0])
    v = P.check_class(P.deviations(sup, ctl, 2).epos, 2, 2.0)
    assert v.n_over_t2 == 0 and v.cond_c and v.passed      # one over T is allowed at N = 5
    sup, ctl = _pairs_at([t2 + 0.0001, 0.0, 0.0, 0.0, 0.0])
    assert not P.check_class(P.deviations(sup, ctl, 2).epos, 2, 2.0).cond_c
    at_limit = P.check_class(P.deviations(*_pairs_at([0.0225] * 6), 2).epos, 2, 2.0)
    assert at_limit.cond_a
    assert not P.check_class(P.deviations(*_pairs_at([0.0226] * 6), 2).epos, 2, 2.0).cond_a


def test_height_deviation_equal_to_t():
    # class 1.5 cm height: T = 3.23 · 1.5 · 1.125 = 5.450625 cm
    z_ctl = np.array([48.123, 52.0, 61.5, 40.25])
    z_sup = z_ctl + np.array([0.05450625, 0, 0, 0])
    v = P.check_class(P.deviations(z_sup, z_ctl, 1).epos, 1, 1.5)
    assert v.t1 == pytest.approx(0.05450625) and v.n_over_t1 == 0 and v.passed


# --------------------------------------------------------------------------- best class

def test_best_class_to_the_millimetre():
    rng = np.random.default_rng(7)
    for n in (1, 2, 3):
        for N in (3, 12, 60):
            epos = np.abs(rng.normal(0, 0.01, N)) + rng.uniform(0, 0.005, N)
            best = P.best_class(epos, n)
            assert best.passed
            assert round(best.class_cm * 10) == pytest.approx(best.class_cm * 10)   # a whole number of mm
            assert not P.check_class(epos, n, best.class_cm - 0.1).passed


def test_best_class_when_a_deviation_is_exactly_at_t():
    sup, ctl = _pairs_at([0.05445, 0.001, 0.002, 0.003])
    best = P.best_class(P.deviations(sup, ctl, 2).epos, 2)
    assert best.class_cm == pytest.approx(2.0)


def test_best_class_of_identical_points_is_1mm():
    assert P.best_class(np.zeros(10), 2).class_cm == pytest.approx(0.1)


# --------------------------------------------------------------------------- deviations and modes

def _shifted_rotated(N=20, shift=(0.05, 0.05), angle=0.001, noise=0.003, seed=42):
    rng = np.random.default_rng(seed)
    ctl = rng.uniform(0, 200, (N, 2)) + [1_350_000.0, 7_200_000.0]
    c = ctl.mean(axis=0)
    R = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    sup = (ctl - c) @ R.T + c + shift + rng.normal(0, noise, (N, 2))
    return sup, ctl


def test_shift_and_rotation_pass_internal_and_fail_total():
    sup, ctl = _shifted_rotated()
    total = P.deviations(sup, ctl, 2, P.TOTAL)
    internal = P.deviations(sup, ctl, 2, P.INTERNAL)
    assert total.fit is None
    assert not P.check_class(total.epos, 2, 2.0).passed
    v = P.check_class(internal.epos, 2, 2.0)
    assert v.passed and v.mean < 0.01
    # the fitted transform shows the shift and rotation (supplied -> control undoes them)
    assert internal.fit.translation == pytest.approx([-0.05, -0.05], abs=0.003)
    assert internal.fit.rotation_rad == pytest.approx(-0.001, abs=1e-4)
    assert internal.fit.rotation_gon == pytest.approx(internal.fit.rotation_rad * 200 / math.pi)


def test_residuals_are_supplied_minus_control():
    d = P.deviations([10.05, 20.0], [10.0, 20.02], 1)
    assert d.residuals[:, 0] == pytest.approx([0.05, -0.02])
    assert d.epos == pytest.approx([0.05, 0.02])


def test_internal_height_is_a_translation_only():
    z_ctl = np.array([10.0, 20.0, 30.0, 40.0])
    z_sup = z_ctl + 0.10 + np.array([0.01, -0.01, 0.002, -0.002])
    d = P.deviations(z_sup, z_ctl, 1, P.INTERNAL)
    assert d.fit.translation == pytest.approx([-0.10])
    assert d.fit.rotation_rad == 0.0
    assert d.epos == pytest.approx([0.01, 0.01, 0.002, 0.002])


def test_identical_points_give_zero_deviations():
    pts = np.array([[1_350_000.0, 7_200_000.0, 50.0], [1_350_100.0, 7_200_050.0, 51.0],
                    [1_350_030.0, 7_200_200.0, 49.0]])
    for n in (1, 2, 3):
        for mode in P.MODES:
            d = P.deviations(pts, pts.copy(), n, mode)
            assert d.epos == pytest.approx(np.zeros(3), abs=1e-9)
            assert P.check_class(d.epos, n, 0.1).passed


def test_nan_height_is_excluded_and_reported():
    sup = np.array([[0.0, 0.0, 10.00], [5.0, 0.0, np.nan], [0.0, 5.0, 12.01], [5.0, 5.0, 13.0]])
    ctl = [[0.0, 0.0, 10.01], [5.0, 0.0, 11.0], [0.0, 5.0, 12.0], [5.0, 5.0, None]]
    ids = ["A", "B", "C", "D"]
    h = P.deviations(sup, ctl, 1, ids=ids)
    assert h.ids == ["A", "C"] and h.excluded_ids == ["B", "D"]
    assert h.N == 2 and h.epos == pytest.approx([0.01, 0.01])
    # the plan test on the same points keeps all of them
    p = P.deviations(sup, ctl, 2, ids=ids)
    assert p.N == 4 and p.excluded_ids == []


def test_all_heights_missing_is_a_clear_error():
    with pytest.raises(CanevasError, match="set aside for a missing coordinate") as err:
        P.deviations([np.nan, np.nan], [1.0, 2.0], 1)
    assert err.value.message.params["excluded"] == 2


def test_internal_mode_needs_two_points():
    with pytest.raises(CanevasError, match="at least 2 points"):
        P.deviations([[0.0, 0.0]], [[0.01, 0.0]], 2, P.INTERNAL)
    assert P.deviations([[0.0, 0.0]], [[0.01, 0.0]], 2, P.TOTAL).epos == pytest.approx([0.01])


def test_bad_mode_and_bad_shapes():
    with pytest.raises(CanevasError, match="'total' or 'internal'"):
        P.deviations([1.0], [1.0], 1, "relative")
    with pytest.raises(CanevasError, match="same number of points"):
        P.deviations([1.0, 2.0], [1.0], 1)
    with pytest.raises(CanevasError, match="1 coordinate"):
        P.deviations([[1.0, 2.0]], [[1.0, 2.0]], 1)   # two columns for a height test: ambiguous


def test_assess_plan_and_height_in_one_run():
    rng = np.random.default_rng(3)
    ctl = np.column_stack([rng.uniform(0, 100, (30, 2)), rng.uniform(40, 60, 30)])
    sup = ctl + np.column_stack([rng.normal(0, 0.006, (30, 2)), rng.normal(0, 0.003, 30)])
    sup[4, 2] = np.nan
    res = P.assess_plan_and_height(sup, ctl, P.TOTAL, plan_class_cm=2.0, height_class_cm=1.0)
    assert res.plan.verdict.n_dims == 2 and res.plan.verdict.N == 30 and res.plan.verdict.passed
    assert res.height.verdict.n_dims == 1 and res.height.verdict.N == 29 and res.height.verdict.passed
    assert res.height.deviations.excluded_ids == [4]
    assert res.plan.best.class_cm > res.height.best.class_cm
    assert P.assess_plan_and_height(sup[:, :2], ctl[:, :2]).height is None


# --------------------------------------------------------------------------- rigid fit

def _rotation(axis, angle):
    axis = np.asarray(axis, float) / np.linalg.norm(axis)
    K = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    return np.eye(3) + math.sin(angle) * K + (1 - math.cos(angle)) * K @ K


def test_3d_rigid_fit_recovers_rotation_and_translation():
    rng = np.random.default_rng(11)
    src = rng.uniform(-50, 50, (12, 3)) + [1_350_000.0, 7_200_000.0, 50.0]
    R = _rotation([0.3, -0.5, 0.8], 0.002)
    t = np.array([0.12, -0.07, 0.03])
    dst = src @ R.T + t
    fit = P.fit_rigid(src, dst)
    assert fit.rotation == pytest.approx(R, abs=1e-9)
    assert np.linalg.det(fit.rotation) == pytest.approx(1.0)
    assert fit.rotation_rad == pytest.approx(0.002, abs=1e-9)
    assert fit.rotation_axis == pytest.approx(np.array([0.3, -0.5, 0.8]) / np.linalg.norm([0.3, -0.5, 0.8]), abs=1e-5)
    assert fit.origin_translation == pytest.approx(t, abs=1e-4)
    assert fit.apply(src) == pytest.approx(dst, abs=1e-6)
    d = P.deviations(src, dst, 3, P.INTERNAL)
    assert d.epos.max() < 1e-6


def test_3d_fit_never_returns_a_mirror():
    src = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1.0]])
    dst = src * [1, 1, -1]  # a reflection: the best rotation is not it
    fit = P.fit_rigid(src, dst)
    assert np.linalg.det(fit.rotation) == pytest.approx(1.0)


def test_2d_rigid_fit_matches_known_transform():
    src = np.array([[0.0, 0.0], [100.0, 0.0], [0.0, 100.0], [100.0, 100.0]])
    a = 0.003
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    dst = src @ R.T + [1.0, 2.0]
    fit = P.fit_rigid(src, dst)
    assert fit.rotation_rad == pytest.approx(a)
    assert fit.origin_translation == pytest.approx([1.0, 2.0])
    assert fit.translation == pytest.approx(dst.mean(axis=0) - src.mean(axis=0))


# --------------------------------------------------------------------------- error template

def test_error_template():
    epos = np.array([0.01] * 85 + [0.06] * 10 + [0.12] * 4 + [0.15])   # N = 100
    tv = P.check_template(epos, [(0.10, 5.0), (0.05, 15.0), (0.15, 0.0)])
    assert [line.threshold for line in tv.lines] == [0.05, 0.10, 0.15]         # sorted
    assert [line.n_over for line in tv.lines] == [15, 5, 0]                    # 0.15 is not over 0.15
    assert [line.n_allowed for line in tv.lines] == [15, 5, 0]
    assert [line.percent_over for line in tv.lines] == pytest.approx([15.0, 5.0, 0.0])
    assert tv.passed
    tv = P.check_template(epos, [(0.05, 10.0), (0.10, 5.0)])
    assert [line.passed for line in tv.lines] == [False, True] and not tv.passed


def test_parse_template_in_cm():
    rules = P.parse_template("10:1 ; 5 : 10 %\n15:0")
    assert [r.threshold for r in rules] == pytest.approx([0.05, 0.10, 0.15])
    assert [r.max_percent for r in rules] == [10.0, 1.0, 0.0]
    with pytest.raises(CanevasError, match="'5-10'"):
        P.parse_template("5-10")
    with pytest.raises(CanevasError, match="between 0 and 100"):
        P.parse_template("5:110")
    with pytest.raises(CanevasError, match="empty"):
        P.parse_template(" ; ")


# --------------------------------------------------------------------------- pairing

def test_pair_by_id():
    sup = [("A", (1.0, 2.0)), ("B ", (3.0, 4.0)), ("X", (9.0, 9.0)), ("C", (5.0, 6.0))]
    ctl = {"C": (5.01, 6.0), "A": (1.0, 2.02), "B": (3.0, 4.0), "Y": (0.0, 0.0), "Z": (1.0, 1.0)}
    p = P.pair_by_id(sup, ctl)
    assert p.ids == ["A", "B", "C"]
    assert p.supplied.tolist() == [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    assert p.control.tolist() == [[1.0, 2.02], [3.0, 4.0], [5.01, 6.0]]
    assert p.only_supplied == ["X"] and p.only_control == ["Y", "Z"]


def test_pair_by_id_heights_as_plain_numbers_with_missing():
    p = P.pair_by_id({"R1": 48.2, "R2": None}, [("R1", 48.21), ("R2", 50.0)])
    d = P.deviations(p.supplied, p.control, 1, ids=p.ids)
    assert d.ids == ["R1"] and d.excluded_ids == ["R2"]


def test_pair_by_id_duplicate_names_the_id():
    with pytest.raises(CanevasError, match="'S12' appears twice in the control points") as err:
        P.pair_by_id([("S1", (0, 0))], [("S12", (0, 0)), ("S2", (1, 1)), (" S12", (2, 2))])
    assert err.value.message.params["id"] == "S12"


def test_pair_by_id_dimension_mismatch():
    with pytest.raises(CanevasError, match="3 coordinates and the control points 2"):
        P.pair_by_id([("A", (0, 0, 0))], [("A", (0, 0))])


# --------------------------------------------------------------------------- control sample

@pytest.mark.parametrize("N,size", [(0, 0), (1, 1), (2, 1), (3, 2), (5, 3), (10, 6), (100, 22), (400, 36),
                                    (1000, 48), (9000, 83)])
def test_sample_size(N, size):
    assert P.sample_size(N) == size
    if N >= 2:
        assert size == math.ceil(math.log(N) ** 2)


def _grid(n=20):
    return np.array([(x, y) for x in range(n) for y in range(n)], dtype=float)


def test_control_sample_size_and_reproducibility():
    xy = np.random.default_rng(0).uniform(0, 1000, (1000, 2))
    a = P.control_sample(xy, seed=5)
    assert len(a) == 48 and len(set(a.tolist())) == 48
    assert a.tolist() == P.control_sample(xy, seed=5).tolist()
    assert a.tolist() != P.control_sample(xy, seed=6).tolist()


def test_control_sample_small_n():
    assert P.control_sample(np.empty((0, 2)), seed=1).tolist() == []
    assert P.control_sample([[5.0, 5.0]], seed=1).tolist() == [0]
    assert len(P.control_sample([[0.0, 0.0], [1.0, 1.0]], seed=1)) == 1


def test_control_sample_is_spread_over_the_area():
    xy = _grid()                                           # N = 400 -> 36 points
    def mean_nn(pts):
        d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        np.fill_diagonal(d, np.inf)
        return d.min(axis=1).mean()
    ours, rand = [], []
    for seed in range(20):
        idx = P.control_sample(xy, seed=seed)
        s = xy[idx]
        quadrants = [((s[:, 0] < 10) == left) & ((s[:, 1] < 10) == low)
                     for left in (True, False) for low in (True, False)]
        assert [int(q.sum()) for q in quadrants] == [9, 9, 9, 9]   # random picks rarely split 36 so evenly
        ours.append(mean_nn(s))
        rand.append(mean_nn(xy[np.random.default_rng(seed).choice(len(xy), len(idx), replace=False)]))
    assert np.mean(ours) > 1.1 * np.mean(rand)


def test_control_sample_refuses_missing_coordinates():
    with pytest.raises(CanevasError, match="X and Y"):
        P.control_sample([[0.0, 0.0], [np.nan, 1.0]])


# --------------------------------------------------------------------------- histogram

def test_histogram_10mm_bins():
    base = 1000.0
    # bins are (lower, upper]: 20 mm is "between 10 and 20 mm", a rounding above 30 mm stays below
    epos = [0.0, 0.005, (base + 0.01) - base, 0.0101, 0.02, 0.025, 0.03 + 1e-12, 0.041]
    bins = P.histogram(epos)
    assert [(round(b.lower * 1000), round(b.upper * 1000), b.count) for b in bins] == \
        [(0, 10, 3), (10, 20, 2), (20, 30, 2), (30, 40, 0), (40, 50, 1)]
    assert str(bins[1].label()) == "Deviations from 10 to 20 mm"
    assert sum(b.count for b in P.histogram(epos, bin_m=0.005)) == len(epos)
    assert P.histogram([]) == []
