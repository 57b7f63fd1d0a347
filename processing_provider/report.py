"""Self-contained HTML report of a precision-class control (canevas:precisionclass, canevas:rasterprecisionclass).

Everything is built as strings: inline CSS, inline SVG map of the deviation vectors, no external
file and no QGIS rendering. Every sentence goes through tr(), so the report is in the language
of the QGIS interface (French when the plugin's .qm is loaded).
"""

import datetime
import html
import math
from dataclasses import dataclass, field

import numpy as np

from ..core.precision import histogram, over_threshold
from ..toolbelt.i18n import tr

#: Official title of the regulation (kept in French: it is the title published in the JORF).
ARRETE_TITLE = ("Arrêté du 16 septembre 2003 portant sur les classes de précision applicables aux catégories de "
                "travaux topographiques réalisés par l'État, les collectivités locales et leurs établissements "
                "publics ou exécutés pour leur compte")
WORST_COUNT = 10
MAX_LISTED_IDS = 500

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; margin: 1.5em; max-width: 60em; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; border-bottom: 2px solid #5a7; padding-bottom: 0.1em; margin-top: 1.6em; }
h3 { font-size: 11pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
th, td { border: 1px solid #bbb; padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef3ee; }
td.num { text-align: right; font-family: "DejaVu Sans Mono", monospace; }
.ref { font-style: italic; color: #444; }
.pass { color: #176317; font-weight: bold; }
.fail { color: #b00000; font-weight: bold; }
.verdict { font-size: 12pt; padding: 0.4em 0.6em; border: 2px solid; display: inline-block; margin: 0.3em 0; }
.verdict.pass { border-color: #176317; background: #eef8ee; }
.verdict.fail { border-color: #b00000; background: #fbeeee; }
.bar { background: #5a7; height: 0.8em; }
.note { color: #8a5300; }
.ids { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
"""


def _e(value):
    return html.escape(str(value), quote=False)


def _mark(passed):
    if passed:
        return '<span class="pass">✔ {}</span>'.format(_e(tr("PASSED")))
    return '<span class="fail">✘ {}</span>'.format(_e(tr("FAILED")))


def _num(value, fmt="{:.1f}"):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    return fmt.format(value)


@dataclass
class ReportTest:
    """One test of the report (plan, height or 3D), already computed.

    verdict is the verdict reported (class asked, or best class); passed may differ from
    verdict.passed (a class refused for the pixel size, a failed error template); notes are
    translated sentences explaining such a difference.
    """
    title: str
    assessment: object          # core.precision.Assessment
    verdict: object             # core.precision.Verdict
    best: object                # core.precision.Verdict (best class, maybe raised to the pixel size)
    class_asked: object         # float (cm) or None when the best class was searched
    passed: bool
    xy: dict                    # id -> (x, y) of the control point, for the map
    notes: list = field(default_factory=list)


def _table(headers, rows, numeric=()):
    out = ["<table><tr>"]
    out += ["<th>{}</th>".format(_e(h)) for h in headers]
    out.append("</tr>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            raw = isinstance(cell, tuple) and cell[0] == "html"
            text = cell[1] if raw else _e(cell)
            out.append('<td{}>{}</td>'.format(' class="num"' if i in numeric else "", text))
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _ids(ids):
    ids = [str(i) for i in ids]
    shown = ", ".join(ids[:MAX_LISTED_IDS])
    if len(ids) > MAX_LISTED_IDS:
        shown += " " + tr("… and {count} more").format(count=len(ids) - MAX_LISTED_IDS)
    return '<p class="ids">{}</p>'.format(_e(shown))


# --------------------------------------------------------------------------- SVG map

def _nice(value, down=True):
    """1, 2 or 5 × 10^k just below (down) or above the value."""
    if not value > 0 or not math.isfinite(value):
        return 1.0
    exp = math.floor(math.log10(value))
    base = 10 ** exp
    steps = (1, 2, 5, 10)
    if down:
        return max(s * base for s in steps if s * base <= value * (1 + 1e-12))
    return min(s * base for s in steps if s * base >= value * (1 - 1e-12))


def _length_label(metres):
    if metres >= 1000:
        return "{:g} km".format(metres / 1000)
    if metres >= 1:
        return "{:g} m".format(metres)
    if metres >= 0.01:
        return "{:g} cm".format(round(metres * 100, 6))
    return "{:g} mm".format(round(metres * 1000, 6))


def _arrow(x0, y0, x1, y1, colour):
    """A line with a filled head drawn as a polygon (SVG markers are not supported by every renderer)."""
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 0.5:
        return ""
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head = min(7.0, 0.45 * length)
    bx, by = x1 - head * ux, y1 - head * uy
    half = head * 0.45
    return ('<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{c}" stroke-width="1.4"/>'
            '<polygon points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" fill="{c}"/>').format(
        x0, y0, bx, by, x1, y1, bx - half * uy, by + half * ux, bx + half * uy, by - half * ux, c=colour)


def svg_map(ids, xy, vectors, over_t1, over_t2, vertical=False, width=640):
    """Inline SVG of the points and their exaggerated deviation vectors, with two scale bars.

    xy: (N, 2) ground coordinates (metres); vectors: (N, 2) plan residuals, or (N,) height
    residuals drawn as vertical arrows when vertical is True. Points over T are orange, over
    1.5·T red.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    vec = np.asarray(vectors, dtype=float)
    vec = np.column_stack([np.zeros(len(vec)), vec.reshape(-1)]) if vertical else vec.reshape(-1, 2)
    vec = np.where(np.isfinite(vec), vec, 0.0)
    if len(xy) == 0:
        return ""
    margin, legend = 45, 60
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = hi - lo
    size = max(float(span.max()), 1.0)
    span = np.maximum(span, size * 0.2)  # a line of points still gets a drawable box
    centre = (lo + hi) / 2
    lo = centre - span / 2
    inner = width - 2 * margin
    scale = min(inner / span[0], inner / span[1])  # px per ground metre
    height = int(span[1] * scale + 2 * margin + legend)
    plot_h = span[1] * scale

    def px(x, y):
        return margin + (x - lo[0]) * scale, margin + plot_h - (y - lo[1]) * scale

    lengths = np.hypot(vec[:, 0], vec[:, 1])
    vmax = float(lengths.max()) if len(lengths) else 0.0
    # Exaggeration: the longest vector is drawn about 12 % of the map width, with a round factor.
    exaggeration = _nice(0.12 * inner / (vmax * scale)) if vmax > 0 else 1.0
    vpx = scale * exaggeration  # px per metre of deviation
    colours = {0: "#1f5fa8", 1: "#e08a00", 2: "#c00000"}
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           'font-family="DejaVu Sans, Arial, sans-serif" font-size="10">'.format(w=width, h=height),
           '<rect x="0" y="0" width="{}" height="{}" fill="#fff" stroke="#999"/>'.format(width, height)]
    label_all = len(xy) <= 30
    for i, (x, y) in enumerate(xy):
        level = 2 if over_t2[i] else 1 if over_t1[i] else 0
        colour = colours[level]
        sx, sy = px(x, y)
        out.append('<circle cx="{:.1f}" cy="{:.1f}" r="2.5" fill="{}"/>'.format(sx, sy, colour))
        dx, dy = vec[i] * vpx
        out.append(_arrow(sx, sy, sx + dx, sy - dy, colour))
        if label_all or level:
            out.append('<text x="{:.1f}" y="{:.1f}" fill="#333">{}</text>'.format(sx + 4, sy - 4, _e(ids[i])))
    # ground scale bar
    base_y = height - legend + 22
    ground = _nice(span[0] / 4)
    gpx = ground * scale
    out.append('<line x1="{m}" y1="{y}" x2="{x2:.1f}" y2="{y}" stroke="#000" stroke-width="3"/>'
               '<text x="{m}" y="{ty}">{label}</text>'.format(m=margin, y=base_y, x2=margin + gpx, ty=base_y + 14,
                                                              label=_e(_length_label(ground))))
    # deviation scale
    if vmax > 0:
        dev = _nice(vmax / 2)
        dpx = dev * vpx
        x0 = width / 2
        out.append(_arrow(x0, base_y, x0 + dpx, base_y, colours[0]))
        out.append('<text x="{x0:.1f}" y="{ty}">{label}</text>'.format(
                       x0=x0, ty=base_y + 14,
                       label=_e(tr("deviation of {length} (vectors exaggerated ×{factor:g})").format(
                           length=_length_label(dev), factor=exaggeration))))
    out.append('<text x="{m}" y="{y}" fill="#555">{t}</text>'.format(
        m=margin, y=height - 8, t=_e(tr("Blue: within T; orange: over T; red: over 1.5·T. North up."))))
    out.append("</svg>")
    return "".join(out)


# --------------------------------------------------------------------------- sections

def _axes(n_dims):
    return {1: ("dZ",), 2: ("dX", "dY"), 3: ("dX", "dY", "dZ")}[n_dims]


def _fit_text(fit):
    if fit is None:
        return ""
    t = fit.translation
    if fit.n_dims == 1:
        return tr("Height translation of the supplied points: dZ = {tz:+.4f} m.").format(tz=t[0])
    if fit.n_dims == 2:
        return tr("Translation of the supplied points: dX = {tx:+.4f} m, dY = {ty:+.4f} m; rotation {rot:+.5f} gon "
                  "(counter-clockwise) about their centroid (X = {cx:.3f}, Y = {cy:.3f}).").format(
            tx=t[0], ty=t[1], rot=fit.rotation_gon, cx=fit.centre[0], cy=fit.centre[1])
    axis = fit.rotation_axis
    axis_text = "—" if axis is None else "({:+.4f}, {:+.4f}, {:+.4f})".format(*axis)
    return tr("Translation of the supplied points: dX = {tx:+.4f} m, dY = {ty:+.4f} m, dZ = {tz:+.4f} m; rotation "
              "{rot:.5f} gon about the axis {axis} through their centroid.").format(
        tx=t[0], ty=t[1], tz=t[2], rot=fit.rotation_gon, axis=axis_text)


def _test_section(test):
    a = test.assessment
    dev = a.deviations
    v = test.verdict
    out = ["<h2>{}</h2>".format(_e(test.title))]
    out.append("<p>{}</p>".format(_e(tr("{count} point(s) tested, n = {n} coordinate(s) per deviation, "
                                        "k = {k:.2f}, f = {f:.6g}.").format(count=dev.N, n=dev.n_dims, k=v.k,
                                                                            f=v.f))))
    if test.class_asked is None:
        out.append("<h3>{}</h3>".format(_e(tr("Conditions at the best class, {cls:g} cm").format(cls=v.class_cm))))
    else:
        out.append("<h3>{}</h3>".format(_e(tr("Conditions for class {cls:g} cm").format(cls=v.class_cm))))
    rows = []
    for line, ok in zip(v.lines(), (v.cond_a, v.cond_b, v.cond_c)):
        rows.append((line.text(tr), ("html", _mark(ok))))
    out.append(_table((tr("Condition"), tr("Result")), rows))
    for note in test.notes:
        out.append('<p class="note">{}</p>'.format(_e(note)))
    if test.class_asked is None:
        verdict = tr("Best class: {cls:g} cm").format(cls=test.best.class_cm)
    else:
        verdict = tr("Class {cls:g} cm").format(cls=test.class_asked)
    out.append('<p class="verdict {}">{} — {}</p>'.format("pass" if test.passed else "fail", _e(verdict),
                                                          _mark(test.passed)))
    if test.class_asked is not None:
        out.append("<p>{}</p>".format(_e(tr("Best class reached by these deviations: {cls:g} cm.").format(
            cls=test.best.class_cm))))
    # error template
    if a.template is not None:
        out.append("<h3>{}</h3>".format(_e(tr("Error template"))))
        rows = [(_num(line.threshold * 100, "{:g}"), _num(line.max_percent, "{:g}"), line.n_over,
                 _num(line.percent_over, "{:.1f}"), line.n_allowed, ("html", _mark(line.passed)))
                for line in a.template.lines]
        out.append(_table((tr("Threshold (cm)"), tr("Max. % above"), tr("Deviations above"), tr("% above"),
                           tr("Allowed"), tr("Result")), rows, numeric=(0, 1, 2, 3, 4)))
        out.append("<p>{} {}</p>".format(_e(tr("Error template:")), _mark(a.template.passed)))
    # histogram
    out.append("<h3>{}</h3>".format(_e(tr("Histogram of the deviations (10 mm bins)"))))
    bins = histogram(dev.epos, 0.01)
    top = max([b.count for b in bins] + [1])
    rows = [(b.label().text(tr), b.count,
             ("html", '<div class="bar" style="width:{:.0f}px"></div>'.format(200.0 * b.count / top)))
            for b in bins]
    out.append(_table((tr("Deviations"), tr("Count"), ""), rows, numeric=(1,)))
    # worst points
    out.append("<h3>{}</h3>".format(_e(tr("The {count} largest deviations").format(
        count=min(WORST_COUNT, dev.N)))))
    order = np.argsort(-dev.epos, kind="stable")[:WORST_COUNT]
    axes = _axes(dev.n_dims)
    rows = []
    for i in order:
        e = float(dev.epos[i])
        state = tr("over 1.5·T") if over_threshold(e, v.t2) else tr("over T") if over_threshold(e, v.t1) else ""
        rows.append([dev.ids[i]] + [_num(r * 1000) for r in dev.residuals[i]] + [_num(e * 1000), state])
    headers = [tr("Id")] + ["{} (mm)".format(a_) for a_ in axes] + [tr("Deviation (mm)"), ""]
    out.append(_table(headers, rows, numeric=tuple(range(1, len(axes) + 2))))
    # internal fit
    if dev.fit is not None:
        out.append("<h3>{}</h3>".format(_e(tr("Internal mode: most favourable rigid transformation"))))
        out.append("<p>{}</p>".format(_e(_fit_text(dev.fit))))
        out.append("<p>{}</p>".format(_e(tr("The deviations above are measured after this transformation "
                                            "(translation and rotation, no scale factor)."))))
    # excluded points
    if dev.excluded_ids:
        out.append("<h3>{}</h3>".format(_e(tr("Points set aside"))))
        out.append("<p>{}</p>".format(_e(tr("{count} point(s) without all their coordinates (e.g. no height) "
                                            "take no part in this test:").format(count=len(dev.excluded_ids)))))
        out.append(_ids(dev.excluded_ids))
    # map
    if test.xy:
        xy = np.array([test.xy[i] for i in dev.ids], dtype=float)
        e = dev.epos
        over1, over2 = over_threshold(e, v.t1), over_threshold(e, v.t2)
        vertical = dev.n_dims == 1
        vectors = dev.residuals[:, 0] if vertical else dev.residuals[:, :2]
        out.append("<h3>{}</h3>".format(_e(tr("Map of the height deviations (up = supplied too high)") if vertical
                                           else tr("Map of the plan deviation vectors (supplied − control)"))))
        out.append(svg_map([str(i) for i in dev.ids], xy, vectors, over1, over2, vertical))
    return "".join(out)


def build_report(title, inputs, tests, n_pairs, unmatched_supplied=(), unmatched_control=(), messages=(),
                 supplied_label=None, control_label=None):
    """The whole HTML document.

    inputs: list of (label, value) already translated; tests: ReportTest list; messages:
    translated warnings to show at the top (CRS transformation, pixel size...).
    """
    supplied_label = supplied_label or tr("the supplied points")
    control_label = control_label or tr("the control points")
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{}</title><style>{}</style></head><body>'
           .format(_e(title), CSS)]
    out.append("<h1>{}</h1>".format(_e(title)))
    out.append('<p class="ref">{}</p>'.format(_e(tr("Reference: « {title} », published in the JORF of "
                                                   "30 October 2003.").format(title=ARRETE_TITLE))))
    out.append("<p>{}</p>".format(_e(tr("Report generated on {date} by the Canevas QGIS plugin.").format(date=now))))
    # summary
    out.append("<h2>{}</h2>".format(_e(tr("Summary"))))
    rows = []
    for test in tests:
        asked = "—" if test.class_asked is None else "{:g}".format(test.class_asked)
        rows.append((test.title, asked, "{:g}".format(test.best.class_cm), test.verdict.N,
                     ("html", _mark(test.passed))))
    out.append(_table((tr("Test"), tr("Class tested (cm)"), tr("Best class (cm)"), tr("Points"), tr("Verdict")),
                      rows, numeric=(1, 2, 3)))
    # inputs
    out.append("<h2>{}</h2>".format(_e(tr("Inputs"))))
    out.append(_table((tr("Parameter"), tr("Value")), [(label, value) for label, value in inputs]))
    out.append("<p>{}</p>".format(_e(tr("{count} pair(s) of points matched by id.").format(count=n_pairs))))
    for message in messages:
        out.append('<p class="note">{}</p>'.format(_e(message)))
    for test in tests:
        out.append(_test_section(test))
    # unmatched
    if unmatched_supplied or unmatched_control:
        out.append("<h2>{}</h2>".format(_e(tr("Unmatched ids (not tested)"))))
        for ids, label in ((unmatched_supplied, supplied_label), (unmatched_control, control_label)):
            if ids:
                out.append("<p>{}</p>".format(_e(tr("{count} id(s) only in {side}:").format(
                    count=len(ids), side=label))))
                out.append(_ids(ids))
    out.append("</body></html>\n")
    return "".join(out)
