"""Precision classes of the arrêté of 16 September 2003 (JORF 30/10/2003), numpy only.

A sample of N control points gives one position deviation Epos per point: the Euclidean distance
over the n coordinates that follow the same statistical model (n = 1 height, 2 plan, 3 isotropic
3D). With f = 1 + 1/(2C²) and k = 3.23 / 2.42 / 2.11 for n = 1 / 2 / 3, the population is of
class xx when
  a. mean(Epos) ≤ xx·f;
  b. at most floor(0.01·N + 0.232·√N) + 1 deviations (0 when N < 5) are > T = k·xx·f;
  c. no deviation is > 1.5·T.
Total mode tests the raw deviations; internal mode tests them after the most favourable rigid fit
(translation, plus rotation for n = 2 and 3, never a scale) of the supplied points onto the
control points.

Units: every length is in metres; only classes are in centimetres (class_cm), as the regulation
speaks of "classe 2 cm". Residuals are supplied − control (after the fit in internal mode), so a
positive dZ means the supplied height is too high.

Equality at a threshold: the arrêté counts the deviations "supérieurs à" T (condition b) and to
1.5·T (condition c), and asks the mean to be "inférieure ou égale" to xx·f (condition a). A
deviation equal to a threshold is therefore on the passing side: it is not counted over T or
1.5·T, and a mean equal to its limit passes. Deviations come from differences of large
coordinates (Y ≈ 7 200 000 m in CC48, where a double is only good to ~1e-9 m), so "equal" is
decided with a tolerance (see over_threshold): a deviation written 5.445 cm in the files stays equal to
T = 5.445 cm whatever the float rounding.
"""

import math
from dataclasses import dataclass

import numpy as np

from .fit import fit_2d
from .messages import N_, CanevasError, Message

#: How the two sides are named in messages unless the caller names them (translatable words).
SUPPLIED = Message(N_("the supplied points"))
CONTROL = Message(N_("the control points"))

#: k per number of coordinates: 99 % quantile over the mean of a χ law with n degrees of freedom.
K = {1: 3.23, 2: 2.42, 3: 2.11}
TOTAL = "total"
INTERNAL = "internal"
MODES = (TOTAL, INTERNAL)
#: Tolerance for "equal to a threshold": relative (float rounding of the threshold itself) plus
#: absolute, in metres (rounding of coordinate differences; 0.1 µm is far below any survey).
REL_TOL = 1e-9
ABS_TOL_M = 1e-7


def over_threshold(values, limit):
    """values > limit, a value equal to the limit (within the tolerance) being NOT over it."""
    return np.asarray(values, dtype=float) > limit * (1 + REL_TOL) + ABS_TOL_M


# --------------------------------------------------------------------------- regulation figures

def safety_factor(C=2.0):
    """f = 1 + 1/(2C²); C ≥ 2 is required by the arrêté (control twice as precise as the class)."""
    C = float(C)
    if not C >= 2:  # also rejects nan
        raise CanevasError(N_("The safety coefficient C must be at least 2 (the control measurements must be at "
                              "least twice as precise as the class tested); {value} given."), value=C)
    return 1.0 + 1.0 / (2.0 * C * C)


def allowed_count(N):
    """Number of deviations allowed over T: the integer immediately above 0.01·N + 0.232·√N, 0 when N < 5.

    "Immediately above" is floor(x) + 1, also when x is a whole number. The floor is computed
    exactly in integers (x = (10N + 232√N) / 1000), so that no float rounding of √N can shift it.
    """
    N = int(N)
    if N < 5:
        return 0
    m = int(math.floor(0.01 * N + 0.232 * math.sqrt(N)))

    def fits(m):  # 1000·m ≤ 10·N + 232·√N, in integers
        d = 1000 * m - 10 * N
        return d <= 0 or d * d <= 232 * 232 * N
    while not fits(m):
        m -= 1
    while fits(m + 1):
        m += 1
    return m + 1


def _check_dims(n):
    if n not in K:
        raise CanevasError(N_("The number of coordinates tested must be 1 (height), 2 (plan) or 3 (3D); {n} given."),
                           n=n)


def _check_class(class_cm):
    c = float(class_cm)
    if not (math.isfinite(c) and c > 0):
        raise CanevasError(N_("The precision class must be a positive number of centimetres; {value} given."),
                           value=class_cm)
    return c


@dataclass
class Thresholds:
    """The limits of one class, in metres."""
    n_dims: int
    class_cm: float
    C: float
    f: float
    k: float
    mean_limit: float  # xx·f (condition a)
    t1: float          # T = k·xx·f (condition b)
    t2: float          # 1.5·T (condition c)


def thresholds(n, class_cm, C=2.0):
    """Limits of class class_cm (cm) for n coordinates, in metres. E.g. 2 cm plan: 0.0225, 0.05445, 0.081675."""
    _check_dims(n)
    class_cm = _check_class(class_cm)
    f = safety_factor(C)
    xx = class_cm / 100.0
    t1 = K[n] * xx * f
    return Thresholds(n, class_cm, float(C), f, K[n], xx * f, t1, 1.5 * t1)


# --------------------------------------------------------------------------- verdicts

@dataclass
class Verdict:
    """Outcome of the three conditions for one class. Lengths in metres, class in centimetres."""
    n_dims: int
    N: int
    C: float
    f: float
    k: float
    class_cm: float
    mean: float        # mean of Epos
    mean_limit: float  # xx·f
    max: float         # largest Epos
    t1: float          # T = k·xx·f
    n_over_t1: int     # deviations > T
    n_allowed: int     # allowed_count(N)
    t2: float          # 1.5·T
    n_over_t2: int     # deviations > 1.5·T
    cond_a: bool
    cond_b: bool
    cond_c: bool
    passed: bool

    def lines(self):
        """One translatable line per condition, figures in cm, for reports and logs."""
        cm = 100.0
        return [
            Message(N_("a. mean deviation {mean:.2f} cm, limit {limit:.2f} cm: passed") if self.cond_a else
                    N_("a. mean deviation {mean:.2f} cm, limit {limit:.2f} cm: FAILED"),
                    mean=self.mean * cm, limit=self.mean_limit * cm),
            Message(N_("b. {count} deviation(s) over T = {t:.2f} cm, {allowed} allowed: passed") if self.cond_b else
                    N_("b. {count} deviation(s) over T = {t:.2f} cm, {allowed} allowed: FAILED"),
                    count=self.n_over_t1, t=self.t1 * cm, allowed=self.n_allowed),
            Message(N_("c. {count} deviation(s) over 1.5·T = {t:.2f} cm, none allowed: passed") if self.cond_c else
                    N_("c. {count} deviation(s) over 1.5·T = {t:.2f} cm, none allowed: FAILED"),
                    count=self.n_over_t2, t=self.t2 * cm),
        ]


def _epos_array(epos):
    e = np.asarray(epos, dtype=float).reshape(-1)
    if len(e) == 0:
        raise CanevasError(N_("No deviation to test: at least one control point with all its coordinates is needed."))
    if not np.all(np.isfinite(e)) or np.any(e < 0):
        raise CanevasError(N_("The deviations must be finite and positive: compute them with the deviations step, "
                              "which sets aside points with missing coordinates."))
    return e


def check_class(epos, n, class_cm, C=2.0):
    """Verdict of the deviations epos (metres) for class class_cm (cm) with n coordinates per point."""
    e = _epos_array(epos)
    th = thresholds(n, class_cm, C)
    N = len(e)
    mean = float(e.mean())
    n1 = int(over_threshold(e, th.t1).sum())
    n2 = int(over_threshold(e, th.t2).sum())
    allowed = allowed_count(N)
    a = not over_threshold(mean, th.mean_limit)
    b = n1 <= allowed
    c = n2 == 0
    return Verdict(n, N, th.C, th.f, th.k, th.class_cm, mean, th.mean_limit, float(e.max()),
                   th.t1, n1, allowed, th.t2, n2, bool(a), bool(b), bool(c), bool(a and b and c))


def best_class(epos, n, C=2.0):
    """Verdict at the smallest class, in 0.1 cm (1 mm) steps, that the deviations pass.

    Each condition gives a lower bound of xx: mean/f (a), the (allowed+1)-th largest deviation
    over k·f (b), the largest over 1.5·k·f (c). The search starts just below the largest bound and
    climbs by 1 mm, so the result is exactly the first class check_class accepts.
    """
    e = _epos_array(epos)
    _check_dims(n)
    f, k = safety_factor(C), K[n]
    desc = np.sort(e)[::-1]
    allowed = allowed_count(len(e))
    bounds = [e.mean() / f, desc[0] / (1.5 * k * f)]
    if allowed < len(desc):
        bounds.append(desc[allowed] / (k * f))
    mm = max(bounds) * 1000.0
    step = max(1, int(math.floor(mm)) - 1)  # a class of 0 is meaningless: 1 mm at least
    while True:
        v = check_class(e, n, step / 10.0, C)
        if v.passed:
            return v
        step += 1


# --------------------------------------------------------------------------- error template

@dataclass
class TemplateRule:
    """At most max_percent % of the deviations may be over threshold (metres)."""
    threshold: float
    max_percent: float


@dataclass
class TemplateLine:
    threshold: float
    max_percent: float
    n_over: int
    percent_over: float
    n_allowed: int     # floor(max_percent·N/100)
    passed: bool


@dataclass
class TemplateVerdict:
    N: int
    lines: list        # TemplateLine per threshold, ascending
    passed: bool


def _rules(template):
    rules = []
    for item in template:
        rule = item if isinstance(item, TemplateRule) else TemplateRule(*item)
        t, p = float(rule.threshold), float(rule.max_percent)
        if not (math.isfinite(t) and t > 0):
            raise CanevasError(N_("Each threshold of the error template must be a positive length; {value} given."),
                               value=rule.threshold)
        if not (0 <= p <= 100):
            raise CanevasError(N_("Each percentage of the error template must be between 0 and 100; {value} given."),
                               value=rule.max_percent)
        rules.append(TemplateRule(t, p))
    if not rules:
        raise CanevasError(N_("The error template is empty: give at least one threshold and its percentage."))
    rules.sort(key=lambda r: r.threshold)
    for a, b in zip(rules, rules[1:]):
        if b.threshold == a.threshold:
            raise CanevasError(N_("The threshold {value} m appears twice in the error template."), value=a.threshold)
    return rules


def parse_template(text):
    """'5:10; 10:1; 15:0' (threshold in cm : max % above it; ';' or new lines) -> [TemplateRule] in metres."""
    rules = []
    for part in str(text).replace("\n", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        bits = part.replace("%", "").split(":")
        try:
            if len(bits) != 2:
                raise ValueError
            rules.append(TemplateRule(float(bits[0].replace(",", ".")) / 100.0, float(bits[1].replace(",", "."))))
        except ValueError:
            raise CanevasError(N_("The error template item '{item}' is not 'threshold in cm : percentage', "
                                  "e.g. '5:10; 10:1; 15:0'."), item=part) from None
    return _rules(rules)


def check_template(epos, template):
    """Verdict for an error template (list of TemplateRule or (threshold_m, max_percent)).

    Like the arrêté, a deviation equal to a threshold is not over it.
    """
    e = _epos_array(epos)
    N = len(e)
    lines = []
    for rule in _rules(template):
        n_over = int(over_threshold(e, rule.threshold).sum())
        n_allowed = int(math.floor(rule.max_percent * N / 100.0 + 1e-9))  # 10 % of 30 stays 3
        lines.append(TemplateLine(rule.threshold, rule.max_percent, n_over, 100.0 * n_over / N, n_allowed,
                                  n_over <= n_allowed))
    return TemplateVerdict(N, lines, all(line.passed for line in lines))


# --------------------------------------------------------------------------- rigid fit

@dataclass
class RigidFit:
    """supplied → control: fitted = R·(p − centre) + centre + translation (metres).

    The rotation is about the centroid of the supplied points, so translation is the shift of the
    points as a whole, the figure a report should show (about the origin, a tiny rotation of CC48
    coordinates would look like kilometres of translation: see origin_translation).
    """
    n_dims: int
    centre: np.ndarray       # (n,)
    translation: np.ndarray  # (n,)
    rotation: np.ndarray     # (n, n) rotation matrix; identity for n = 1

    def apply(self, points):
        p = np.asarray(points, dtype=float).reshape(-1, self.n_dims)
        return (p - self.centre) @ self.rotation.T + self.centre + self.translation

    @property
    def origin_translation(self):
        """t of fitted = R·p + t."""
        return self.centre + self.translation - self.rotation @ self.centre

    @property
    def rotation_rad(self):
        """Signed angle (counter-clockwise) for n = 2; angle about rotation_axis for n = 3; 0 for n = 1."""
        R = self.rotation
        if self.n_dims == 2:
            return float(math.atan2(R[1, 0], R[0, 0]))
        if self.n_dims == 3:
            w = self._axis_sin()
            return float(math.atan2(np.linalg.norm(w), (np.trace(R) - 1) / 2))
        return 0.0

    @property
    def rotation_gon(self):
        return self.rotation_rad * 200.0 / math.pi

    @property
    def rotation_axis(self):
        """Unit axis of the 3D rotation (None for n < 3 or no rotation)."""
        if self.n_dims != 3:
            return None
        w = self._axis_sin()
        norm = np.linalg.norm(w)
        return w / norm if norm > 0 else None

    def _axis_sin(self):
        R = self.rotation
        return np.array([R[2, 1] - R[1, 2], R[0, 2] - R[2, 0], R[1, 0] - R[0, 1]]) / 2  # sin θ · axis


def fit_rigid(supplied, control):
    """Least-squares rigid fit (no scale) of supplied onto control, points of 1, 2 or 3 coordinates.

    n = 1: translation only (the mean difference); n = 2: core.fit.fit_2d without scale;
    n = 3: Kabsch (SVD of the cross-covariance, reflection excluded).
    """
    src = np.asarray(supplied, dtype=float)
    dst = np.asarray(control, dtype=float)
    if src.ndim == 1:
        src, dst = src.reshape(-1, 1), dst.reshape(-1, 1)
    n = src.shape[1]
    _check_dims(n)
    if src.shape != dst.shape:
        raise CanevasError(N_("Both point sets must have the same number of points."))
    if len(src) < 1:
        raise CanevasError(N_("No deviation to test: at least one control point with all its coordinates is needed."))
    cs, cd = src.mean(axis=0), dst.mean(axis=0)
    if n == 1:
        R = np.eye(1)
    elif n == 2:
        theta = fit_2d(src, dst, with_scale=False).rotation_rad
        c, s = math.cos(theta), math.sin(theta)
        R = np.array([[c, -s], [s, c]])
    else:
        a, b = src - cs, dst - cd
        if not np.any(a):
            raise CanevasError(N_("The points are all at the same place: no rotation can be fitted."))
        u, _, vt = np.linalg.svd(a.T @ b)
        d = 1.0 if np.linalg.det(vt.T @ u.T) >= 0 else -1.0  # a proper rotation, never a mirror
        R = vt.T @ np.diag([1.0, 1.0, d]) @ u.T
    # The least-squares fit maps the supplied centroid onto the control centroid.
    return RigidFit(n, cs, cd - cs, R)


# --------------------------------------------------------------------------- deviations

@dataclass
class Deviations:
    """Deviations of the points kept; points with a missing coordinate are listed, never dropped silently."""
    n_dims: int
    mode: str
    epos: np.ndarray          # (N,) metres
    residuals: np.ndarray     # (N, n) supplied (fitted in internal mode) − control
    ids: list                 # ids of the points kept (row numbers when no ids were given)
    excluded_ids: list        # ids of the points set aside for a missing/non-numeric coordinate
    fit: object = None        # RigidFit in internal mode

    @property
    def N(self):
        return len(self.epos)


def _columns(points, n, side):
    """The n coordinates of each point: (N,) or (N, n) arrays, or (N, 3) X, Y, Z arrays from which
    plan takes X, Y and height takes Z, so that the same arrays serve both tests."""
    try:
        a = np.array(points, dtype=float)  # None -> nan
    except (TypeError, ValueError):
        raise CanevasError(N_("The coordinates of {side} must be numbers (or empty for a missing value)."),
                           side=side) from None
    if a.ndim == 1:
        a = a.reshape(-1, 1)
    if a.ndim != 2 or a.shape[1] not in (n, 3):
        raise CanevasError(N_("The points of {side} must have {n} coordinate(s) each, or X, Y and Z."), side=side, n=n)
    if a.shape[1] == 3 and n == 1:
        return a[:, 2:3]
    return a[:, :n]


def deviations(supplied, control, n, mode=TOTAL, ids=None):
    """Epos of each pair of points (supplied and control in the same order), with n = 1, 2 or 3.

    Points with a missing (None/NaN) coordinate on either side are set aside and returned in
    excluded_ids: a station without a levelled height takes no part in the height test.
    """
    _check_dims(n)
    if mode not in MODES:
        raise CanevasError(N_("The mode must be 'total' or 'internal'; '{mode}' given."), mode=mode)
    s = _columns(supplied, n, SUPPLIED)
    c = _columns(control, n, CONTROL)
    if len(s) != len(c):
        raise CanevasError(N_("Both point sets must have the same number of points."))
    ids = list(range(len(s))) if ids is None else list(ids)
    if len(ids) != len(s):
        raise CanevasError(N_("There must be one id per point: {ids} ids for {count} points."),
                           ids=len(ids), count=len(s))
    keep = np.all(np.isfinite(s), axis=1) & np.all(np.isfinite(c), axis=1)
    excluded = [i for i, k in zip(ids, keep) if not k]
    s, c = s[keep], c[keep]
    if len(s) == 0:
        raise CanevasError(N_("No point to test: {excluded} point(s) were set aside for a missing coordinate and "
                              "none is left. Check the coordinate fields."), excluded=len(excluded))
    fit = None
    if mode == INTERNAL:
        if len(s) < 2:
            # One point: the fit would absorb the whole deviation and the test would say nothing.
            raise CanevasError(N_("The internal mode needs at least 2 points; {count} given. Use the total mode "
                                  "or add control points."), count=len(s))
        fit = fit_rigid(s, c)
        s = fit.apply(s)
    res = s - c
    return Deviations(n, mode, np.sqrt((res ** 2).sum(axis=1)), res,
                      [i for i, k in zip(ids, keep) if k], excluded, fit)


@dataclass
class Assessment:
    deviations: Deviations
    verdict: object = None   # Verdict for the class asked, None without one
    best: object = None      # Verdict at the best class (to 1 mm)
    template: object = None  # TemplateVerdict when a template was given


def assess(supplied, control, n, mode=TOTAL, class_cm=None, C=2.0, ids=None, template=None):
    """Deviations, then the verdict for class_cm (if given), the best class, and the template (if given)."""
    dev = deviations(supplied, control, n, mode, ids)
    return Assessment(dev,
                      check_class(dev.epos, n, class_cm, C) if class_cm is not None else None,
                      best_class(dev.epos, n, C),
                      check_template(dev.epos, template) if template is not None else None)


@dataclass
class PlanHeight:
    plan: Assessment
    height: object = None    # Assessment, None when the points have no Z


def assess_plan_and_height(supplied, control, mode=TOTAL, plan_class_cm=None, height_class_cm=None, C=2.0, ids=None):
    """Plan (n = 2) and height (n = 1) tested separately on the same (N, 2) or (N, 3) points."""
    shape = np.shape(supplied)
    has_z = len(shape) == 2 and shape[1] == 3
    plan = assess(supplied, control, 2, mode, plan_class_cm, C, ids)
    height = assess(supplied, control, 1, mode, height_class_cm, C, ids) if has_z else None
    return PlanHeight(plan, height)


# --------------------------------------------------------------------------- pairing by id

@dataclass
class Pairing:
    ids: list            # matched ids, in the order of the supplied points
    supplied: np.ndarray # (N, d)
    control: np.ndarray  # (N, d)
    only_supplied: list  # ids without a control point
    only_control: list   # ids without a supplied point


def _index(points, side):
    items = points.items() if hasattr(points, "items") else points
    out, dims = {}, None
    for pid, coords in items:
        key = str(pid).strip()
        if not key:
            raise CanevasError(N_("A point of {side} has an empty id: every point needs an id to be paired."),
                               side=side)
        if key in out:
            raise CanevasError(N_("The id '{id}' appears twice in {side}: ids must be unique."),
                               id=key, side=side)
        xyz = np.array(coords, dtype=float).reshape(-1)  # a single height may be a plain number
        if dims is None:
            dims = len(xyz)
        elif len(xyz) != dims:
            raise CanevasError(N_("The point '{id}' of {side} has {found} coordinates where the others have {count}."),
                               side=side, id=key, found=len(xyz), count=dims)
        out[key] = xyz
    return out, dims


def pair_by_id(supplied, control, labels=None):
    """Pair two point sets by id. Each is a dict id -> coordinates or an iterable of (id, coordinates).

    Ids are compared as stripped text; a duplicate id is an error naming it and its side
    (`labels`: how to name the two sides in messages, e.g. the layer names).
    """
    supplied_label, control_label = labels or (SUPPLIED, CONTROL)
    s, ds = _index(supplied, supplied_label)
    c, dc = _index(control, control_label)
    if ds is not None and dc is not None and ds != dc:
        raise CanevasError(N_("The supplied points have {found} coordinates and the control points {count}."),
                           found=ds, count=dc)
    ids = [i for i in s if i in c]
    d = ds or dc or 0
    return Pairing(ids,
                   np.array([s[i] for i in ids], dtype=float).reshape(-1, d),
                   np.array([c[i] for i in ids], dtype=float).reshape(-1, d),
                   [i for i in s if i not in c], [i for i in c if i not in s])


# --------------------------------------------------------------------------- control sample

def sample_size(N):
    """Rennes' field control sample: ceil((ln N)²) of N stations; at least 1 when N ≥ 1, at most N."""
    N = int(N)
    if N <= 0:
        return 0
    return max(1, min(N, int(math.ceil(math.log(N) ** 2))))


def control_sample(xy, seed=None, size=None):
    """Indices (sorted) of a control sample of the points xy (N, 2), spread over the area.

    Spatially stratified: the points are cut recursively along the longer side of their extent
    into `size` groups of (nearly) equal count, then one point is drawn at random in each group.
    Every part of the network is thus controlled in proportion to its stations (farthest-point
    sampling would pick the edges first), and the draw is reproducible with `seed`.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if not np.all(np.isfinite(xy)):
        raise CanevasError(N_("Every point of the control sample needs X and Y coordinates."))
    N = len(xy)
    m = sample_size(N) if size is None else max(0, min(int(size), N))
    rng = np.random.default_rng(seed)
    picks = []

    def split(idx, m):
        if m == 1:
            picks.append(int(idx[rng.integers(len(idx))]))
            return
        pts = xy[idx]
        axis = int(np.argmax(pts.max(axis=0) - pts.min(axis=0)))
        order = idx[np.argsort(pts[:, axis], kind="stable")]
        m1 = m // 2
        # Counts proportional to the picks, each side keeping at least one point per pick.
        cut = min(max(int(round(len(idx) * m1 / m)), m1), len(idx) - (m - m1))
        split(order[:cut], m1)
        split(order[cut:], m - m1)

    if m > 0:
        split(np.arange(N), m)
    return np.array(sorted(picks), dtype=int)


# --------------------------------------------------------------------------- histogram

#: A histogram has at most this many bins (10 mm bins: 0 to 1 m); the deviations beyond are counted in one
#: last bin with the largest of them, so that one gross outlier (a 50 km typo, a wrong CRS) cannot ask for
#: millions of rows (issue 10: 5.4 GiB for one row per centimetre up to 50 km).
HISTOGRAM_MAX_BINS = 100


@dataclass
class HistogramBin:
    lower: float   # metres
    upper: float   # metres; for the last bin of a bounded histogram, the largest deviation
    count: int
    beyond: bool = False  # the bin of every deviation over `lower` (the bound)

    def label(self):
        if self.beyond:
            return Message(N_("Deviations over {lower:g} mm (largest {largest:.3f} m)"), lower=self.lower * 1000,
                           largest=self.upper)
        return Message(N_("Deviations from {lower:g} to {upper:g} mm"), lower=self.lower * 1000,
                       upper=self.upper * 1000)


def histogram(epos, bin_m=0.01, max_bins=HISTOGRAM_MAX_BINS):
    """Counts of deviations per bin of bin_m metres (10 mm by default), from 0 to the largest, at most max_bins bins
    and one last bin (beyond=True) for the deviations over max_bins·bin_m.

    Bins are (lower, upper]: a deviation of exactly 10 mm is "between 0 and 10 mm", as a
    deviation equal to T is not over T; 0 falls in the first bin. Empty inner bins are kept.
    """
    e = np.asarray(epos, dtype=float).reshape(-1)
    e = e[np.isfinite(e)]
    if not bin_m > 0:
        raise CanevasError(N_("The histogram bin width must be positive; {value} given."), value=bin_m)
    # Same tolerance as the thresholds, in bin units: 10 mm computed as 10.0000000001 mm stays in (0, 10].
    units = e / bin_m - (REL_TOL + ABS_TOL_M / bin_m)
    beyond = units > max_bins  # decided on floats: a huge deviation never becomes a huge integer
    idx = np.maximum(np.ceil(units[~beyond]) - 1, 0).astype(int)
    bins = [HistogramBin(i * bin_m, (i + 1) * bin_m, int(n)) for i, n in enumerate(np.bincount(idx))]
    if beyond.any():
        bins.append(HistogramBin(max_bins * bin_m, float(e[beyond].max()), int(beyond.sum()), True))
    return bins
