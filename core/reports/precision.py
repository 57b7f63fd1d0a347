"""HTML report of a precision-class control (canevas:precisionclass, canevas:rasterprecisionclass).

The QGIS side reads the layers and passes plain data: the tests already computed, the inputs as
(label, value) texts, and `tr`. The map of the deviation vectors is an inline SVG drawn here.
"""

import datetime
import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .. import precision
from ..messages import N_, lformat
from . import Figure, number, render

#: Official title of the regulation (kept in French: it is the title published in the JORF).
ARRETE_TITLE = ("Arrêté du 16 septembre 2003 portant sur les classes de précision applicables aux catégories de "
                "travaux topographiques réalisés par l'État, les collectivités locales et leurs établissements "
                "publics ou exécutés pour leur compte")
WORST_COUNT = 10
MAX_LISTED_IDS = 500  # in the folded list
FIRST_IDS = 10  # shown before the fold: the count says how many there are
MAP_WIDTH = 640
COLOURS = ("#1f5fa8", "#e08a00", "#c00000")  # within T, over T, over 1.5·T


@dataclass
class ReportTest:
    """One test of the report (plan, height or 3D), already computed.

    verdict is the verdict reported (class asked, or best class); passed may differ from
    verdict.passed (a class refused for the pixel size, a failed error template); notes are
    translated sentences explaining such a difference.
    """
    title: str
    assessment: precision.Assessment
    verdict: precision.Verdict
    best: precision.Verdict        # best class, maybe raised to the pixel size
    class_asked: Optional[float]   # cm, None when the best class was searched
    passed: bool
    xy: Dict[str, Tuple[float, float]]  # id -> (x, y) of the control point, for the map
    notes: List[str] = field(default_factory=list)


# --------------------------------------------------------------------------- SVG map

def _nice(value, down=True):
    """1, 2 or 5 × 10^k just below (down) or above the value."""
    if not value > 0 or not math.isfinite(value):
        return 1.0
    base = 10 ** math.floor(math.log10(value))
    steps = (1, 2, 5, 10)
    if down:
        return max(s * base for s in steps if s * base <= value * (1 + 1e-12))
    return min(s * base for s in steps if s * base >= value * (1 - 1e-12))


def length_label(metres):
    if metres >= 1000:
        return number(metres / 1000, "{:g} km")
    if metres >= 1:
        return number(metres, "{:g} m")
    if metres >= 0.01:
        return number(round(metres * 100, 6), "{:g} cm")
    return number(round(metres * 1000, 6), "{:g} mm")


def _f(value):
    return "{:.1f}".format(value)


def _arrow(figure, x0, y0, x1, y1, colour):
    """A line with a filled head drawn as a polygon (SVG markers are not supported by every renderer)."""
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 0.5:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head = min(7.0, 0.45 * length)
    bx, by = x1 - head * ux, y1 - head * uy
    half = head * 0.45
    figure.add("line", x1=_f(x0), y1=_f(y0), x2=_f(bx), y2=_f(by), stroke=colour, stroke_width="1.4")
    corners = ((x1, y1), (bx - half * uy, by + half * ux), (bx + half * uy, by - half * ux))
    figure.add("polygon", points=" ".join("{},{}".format(_f(x), _f(y)) for x, y in corners), fill=colour)


class _Frame:
    """Ground → pixel: the points' box (at least 20 % as high as wide) in a width × width square, with margins."""
    margin, legend = 45, 60

    def __init__(self, xy, width):
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        span = hi - lo
        size = max(float(span.max()), 1.0)
        self.span = np.maximum(span, size * 0.2)  # a line of points still gets a drawable box
        self.lo = (lo + hi) / 2 - self.span / 2
        self.inner = width - 2 * self.margin
        self.scale = min(self.inner / self.span[0], self.inner / self.span[1])  # px per ground metre
        self.plot_h = self.span[1] * self.scale
        self.height = int(self.plot_h + 2 * self.margin + self.legend)

    def px(self, x, y):
        return (self.margin + (x - self.lo[0]) * self.scale,
                self.margin + self.plot_h - (y - self.lo[1]) * self.scale)


def svg_map(ids, xy, vectors, over_t1, over_t2, tr, vertical=False, width=MAP_WIDTH):
    """Figure of the points and their exaggerated deviation vectors, with two scale bars (None without points).

    xy: (N, 2) ground coordinates (metres); vectors: (N, 2) plan residuals, or (N,) height
    residuals drawn as vertical arrows when vertical is True. Points over T are orange, over
    1.5·T red.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    vec = np.asarray(vectors, dtype=float)
    vec = np.column_stack([np.zeros(len(vec)), vec.reshape(-1)]) if vertical else vec.reshape(-1, 2)
    vec = np.where(np.isfinite(vec), vec, 0.0)
    if len(xy) == 0:
        return None
    frame = _Frame(xy, width)
    figure = Figure(width, frame.height, font_family="DejaVu Sans, Arial, sans-serif", font_size="10")
    figure.add("rect", x="0", y="0", width=width, height=frame.height, fill="#fff", stroke="#999")
    lengths = np.hypot(vec[:, 0], vec[:, 1])
    vmax = float(lengths.max())
    # Exaggeration: the longest vector is drawn about 12 % of the map width, with a round factor.
    exaggeration = _nice(0.12 * frame.inner / (vmax * frame.scale)) if vmax > 0 else 1.0
    vpx = frame.scale * exaggeration  # px per metre of deviation
    label_all = len(xy) <= 30
    for i, (x, y) in enumerate(xy):
        level = 2 if over_t2[i] else 1 if over_t1[i] else 0
        sx, sy = frame.px(x, y)
        figure.add("circle", cx=_f(sx), cy=_f(sy), r="2.5", fill=COLOURS[level])
        dx, dy = vec[i] * vpx
        _arrow(figure, sx, sy, sx + dx, sy - dy, COLOURS[level])
        if label_all or level:
            figure.add("text", str(ids[i]), x=_f(sx + 4), y=_f(sy - 4), fill="#333")
    _scales(figure, frame, vmax, vpx, exaggeration, tr)
    return figure


def _scales(figure, frame, vmax, vpx, exaggeration, tr):
    base_y = frame.height - frame.legend + 22
    ground = _nice(frame.span[0] / 4)
    m = frame.margin
    figure.add("line", x1=m, y1=base_y, x2=_f(m + ground * frame.scale), y2=base_y, stroke="#000", stroke_width="3")
    figure.add("text", length_label(ground), x=m, y=base_y + 14)
    if vmax > 0:
        dev = _nice(vmax / 2)
        x0 = figure.width / 2
        _arrow(figure, x0, base_y, x0 + dev * vpx, base_y, COLOURS[0])
        figure.add("text", tr(N_("deviation of {length} (vectors exaggerated ×{factor:g})")).format(
            length=length_label(dev), factor=exaggeration), x=_f(x0), y=base_y + 14)
    figure.add("text", tr(N_("Blue: within T; orange: over T; red: over 1.5·T. North up.")), x=m,
               y=frame.height - 8, fill="#555")


# --------------------------------------------------------------------------- sections

AXES = {1: ("dZ",), 2: ("dX", "dY"), 3: ("dX", "dY", "dZ")}


def fit_text(fit, tr):
    if fit is None:
        return ""
    t = fit.translation
    if fit.n_dims == 1:
        return lformat(tr(N_("Height translation of the supplied points: dZ = {tz:+.4f} m.")), tz=t[0])
    if fit.n_dims == 2:
        return lformat(tr(N_("Translation of the supplied points: dX = {tx:+.4f} m, dY = {ty:+.4f} m; rotation "
                             "{rot:+.5f} gon (counter-clockwise) about their centroid (X = {cx:.3f}, Y = {cy:.3f}).")),
            tx=t[0], ty=t[1], rot=fit.rotation_gon, cx=fit.centre[0], cy=fit.centre[1])
    axis = fit.rotation_axis
    axis_text = "—" if axis is None else lformat("({:+.4f}; {:+.4f}; {:+.4f})", *axis)
    return lformat(tr(N_("Translation of the supplied points: dX = {tx:+.4f} m, dY = {ty:+.4f} m, dZ = {tz:+.4f} m; "
                         "rotation {rot:.5f} gon about the axis {axis} through their centroid.")),
        tx=t[0], ty=t[1], tz=t[2], rot=fit.rotation_gon, axis=axis_text)


def listed_ids(ids, tr, first=FIRST_IDS):
    """The ids as one line: the first `first` of them, then « … and N more » (None: at most MAX_LISTED_IDS)."""
    ids = [str(i) for i in ids]
    limit = MAX_LISTED_IDS if first is None else first
    shown = ", ".join(ids[:limit])
    if len(ids) > limit:
        shown += " " + lformat(tr(N_("… and {count} more")), count=len(ids) - limit)
    return shown


def id_list(ids, tr):
    """(count, the first FIRST_IDS, the longer list or None): a long list is summarised, the rest folded away."""
    return len(ids), listed_ids(ids, tr), listed_ids(ids, tr, None) if len(ids) > FIRST_IDS else None


def _worst(test, tr):
    dev, v = test.assessment.deviations, test.verdict
    rows = []
    for i in np.argsort(-dev.epos, kind="stable")[:WORST_COUNT]:
        e = float(dev.epos[i])
        state = (tr(N_("over 1.5·T")) if precision.over_threshold(e, v.t2) else
                 tr(N_("over T")) if precision.over_threshold(e, v.t1) else "")
        rows.append([dev.ids[i]] + [number(r * 1000) for r in dev.residuals[i]] + [number(e * 1000), state])
    return rows


def _histogram(epos, tr):
    """(label, count, bar width in px) per bin; bounded (precision.HISTOGRAM_MAX_BINS)."""
    bins = precision.histogram(epos, 0.01)
    top = max([b.count for b in bins] + [1])
    return [(b.label().text(tr), b.count, "{:.0f}".format(200.0 * b.count / top)) for b in bins]


def _map(test, tr):
    dev, v = test.assessment.deviations, test.verdict
    if not test.xy:
        return None
    xy = np.array([test.xy[i] for i in dev.ids], dtype=float)
    vertical = dev.n_dims == 1
    vectors = dev.residuals[:, 0] if vertical else dev.residuals[:, :2]
    return svg_map([str(i) for i in dev.ids], xy, vectors, precision.over_threshold(dev.epos, v.t1),
                   precision.over_threshold(dev.epos, v.t2), tr, vertical)


def _section(test, tr):
    dev = test.assessment.deviations
    return {
        "test": test, "dev": dev, "verdict": test.verdict, "template": test.assessment.template,
        "conditions": [(line.text(tr), ok) for line, ok in zip(test.verdict.lines(), (
            test.verdict.cond_a, test.verdict.cond_b, test.verdict.cond_c))],
        "histogram": _histogram(dev.epos, tr), "worst": _worst(test, tr),
        "axes": ["{} (mm)".format(axis) for axis in AXES[dev.n_dims]],
        "fit": fit_text(dev.fit, tr), "excluded": id_list(dev.excluded_ids, tr), "map": _map(test, tr),
    }


def build_report(title, inputs, tests: Sequence[ReportTest], n_pairs, unmatched_supplied=(), unmatched_control=(),
                 messages=(), supplied_label=None, control_label=None, tr: Optional[Callable] = None, now=None):
    """The whole HTML document.

    inputs: list of (label, value) already translated; tests: ReportTest list; messages:
    translated warnings to show at the top (CRS transformation, pixel size...).
    """
    tr = tr or (lambda text: text)
    unmatched = [(ids, label) for ids, label in (
        (unmatched_supplied, supplied_label or tr(N_("the supplied points"))),
        (unmatched_control, control_label or tr(N_("the control points")))) if ids]
    return render("precision.html", tr, title=title, arrete=ARRETE_TITLE, inputs=inputs, n_pairs=n_pairs,
                  messages=messages, tests=tests, sections=[_section(t, tr) for t in tests],
                  unmatched=[(label, *id_list(ids, tr)) for ids, label in unmatched],
                  now=(now or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M"))
