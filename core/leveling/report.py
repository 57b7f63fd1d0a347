"""HTML listing of a leveling computation, as the Rennes specification asks for (DOMAIN.md §9):
closures of the runs and loops, the adjustment's tests, residuals and heights. QGIS-free.

Every text goes through `tr` (the QGIS side passes its translator; None = English).
"""

import datetime
import html
import math

from ..messages import N_, Message


def _e(value):
    return html.escape(str(value))


def _num(value, fmt="{:.2f}"):
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return "–"
    return fmt.format(value)


def _mark(passed, tr):
    if passed is None:
        return tr(N_("undecided"))
    return tr(N_("passed")) if passed else "<b>{}</b>".format(tr(N_("FAILED")))


def _table(headers, rows, tr):
    head = "".join("<th>{}</th>".format(_e(tr(h))) for h in headers)
    body = "".join("<tr>{}</tr>".format("".join("<td>{}</td>".format(c) for c in row)) for row in rows)
    return "<table><tr>{}</tr>{}</table>".format(head, body)


def _closure_rows(items, tr):
    return [(_e(c.name), _e(" → ".join(c.points[:8]) + (" …" if len(c.points) > 8 else "")),
             _num(c.km, "{:.3f}"), _num(c.setups, "{}"), _num(c.sum_dh_m, "{:.5f}"), _num(c.closure_mm),
             _num(c.tolerance_mm), _mark(c.passed, tr)) for c in items]


def closures_section(result, tr):
    parts = ["<h2>{}</h2>".format(_e(tr(N_("Closures"))))]
    if result.tolerance is not None:
        t = result.tolerance
        parts.append("<p>{}</p>".format(_e(Message(N_("Tolerance: {constant} mm + {per_km} mm·√K + {per_setup} mm·√n "
                                                      "({label})"), constant=t.constant_mm, per_km=t.mm_per_sqrt_km,
                                                   per_setup=t.mm_per_sqrt_setup, label=Message(t.label)).text(tr))))
    headers = (N_("Name"), N_("Points"), N_("K (km)"), N_("Set-ups"), N_("Σdh (m)"), N_("Closure (mm)"),
               N_("Tolerance (mm)"), N_("Test"))
    parts.append("<h3>{}</h3>".format(_e(tr(N_("Runs between known benchmarks")))))
    parts.append(_table(headers, _closure_rows(result.runs, tr), tr) if result.runs
                 else "<p>{}</p>".format(_e(tr(N_("No run joins two known benchmarks.")))))
    parts.append("<h3>{}</h3>".format(_e(tr(N_("Loops")))))
    parts.append(_table(headers, _closure_rows(result.loops, tr), tr) if result.loops
                 else "<p>{}</p>".format(_e(tr(N_("The network has no loop.")))))
    if result.open_runs:
        parts.append("<ul>{}</ul>".format("".join("<li>{}</li>".format(_e(m.text(tr))) for m in result.open_runs)))
    parts.append("<p>{}</p>".format(_e(Message(N_("{failed} of {count} closure(s) over the tolerance; largest "
                                                  "{largest} mm."), failed=result.n_failed,
                                               count=len(result.all), largest=_num(result.max_closure_mm)).text(tr))))
    return "\n".join(parts)


def _tests(result, tr):
    rows = [
        (N_("Observations used"), "{}".format(len(result.residuals))),
        (N_("Adjusted points"), "{}".format(sum(1 for p in result.points if not p.fixed))),
        (N_("Fixed benchmarks"), _e(", ".join(result.fixed))),
        (N_("Degrees of freedom"), "{}".format(result.dof)),
        (N_("A priori σ (mm/√km)"), _num(result.sigma_mm_per_sqrt_km)),
        (N_("σ0 a posteriori"), _num(result.sigma0, "{:.3f}")),
        (N_("χ² = vᵀPv"), _num(result.vtpv, "{:.3f}")),
        (N_("χ² acceptance interval"), "[{}, {}]".format(_num(result.chi2_low, "{:.3f}"),
                                                          _num(result.chi2_high, "{:.3f}"))),
        (N_("Global test (two-sided, α)"), "{} (α = {})".format(_mark(result.chi2_passed, tr), result.alpha)),
        (N_("Critical value of |w| (normal, two-sided, from α)"), _num(result.critical_w, "{:.2f}")),
        (N_("λ0 of the minimal detectable bias (power)"), "{} ({})".format(_num(result.lambda0),
                                                                            _num(result.power))),
        (N_("Solver"), _e(result.solver)),
    ]
    return "<table>{}</table>".format("".join("<tr><th>{}</th><td>{}</td></tr>".format(_e(tr(k)), v)
                                              for k, v in rows))


def adjustment_section(result, tr):
    parts = ["<h2>{}</h2>".format(_e(tr(N_("Least-squares adjustment")))), _tests(result, tr)]
    if result.warnings:
        parts.append("<ul>{}</ul>".format("".join("<li><b>{}</b></li>".format(_e(m.text(tr)))
                                                  for m in result.warnings)))
    if result.excluded_benchmarks:
        parts.append("<p>{}</p><ul>{}</ul>".format(_e(tr(N_("Benchmarks not held fixed:"))), "".join(
            "<li>{}: {}</li>".format(_e(pid), _e(reason.text(tr))) for pid, reason in result.excluded_benchmarks)))
    rows = [(_e(r.run), _e(r.from_id), _e(r.to_id), _num(r.dh_m, "{:.5f}"), _num(r.sigma_mm),
             _num(r.residual_mm), _num(r.redundancy, "{:.3f}"), _num(r.w), _num(r.mdb_mm, "{:.1f}"),
             "<b>{}</b>".format(_e(tr(N_("blunder?")))) if r.flagged else ("&gt; k" if r.exceeds else ""))
            for r in result.residuals]
    parts.append("<h3>{}</h3>".format(_e(tr(N_("Residuals")))))
    parts.append(_table((N_("Run"), N_("From"), N_("To"), N_("dh (m)"), N_("σ (mm)"), N_("v (mm)"), N_("r"),
                         N_("w"), N_("MDB (mm)"), N_("Flag")), rows, tr))
    heights = [(_e(p.id), _num(p.height_m, "{:.4f}"), _num(p.sigma_mm), tr(N_("fixed")) if p.fixed else "")
               for p in sorted(result.points, key=lambda p: (not p.fixed, p.id))]
    parts.append("<h3>{}</h3>".format(_e(tr(N_("Heights (NGF-IGN69)")))))
    parts.append(_table((N_("Point"), N_("Height (m)"), N_("σ (mm)"), N_("Fixed")), heights, tr))
    return "\n".join(parts)


def build_report(title, closures=None, adjustment=None, inputs=(), synthetic=False, tr=None, now=None):
    """The whole listing; `inputs` are (label, value) lines shown first."""
    tr = tr or (lambda s: s)
    now = now or datetime.datetime.now()
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>{}</title>".format(_e(title)),
             "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
             "td,th{border:1px solid #999;padding:2px 6px;text-align:right}</style></head><body>",
             "<h1>{}</h1>".format(_e(title)), "<p>{}</p>".format(_e(now.strftime("%Y-%m-%d %H:%M")))]
    if synthetic:
        parts.append("<p><b>{}</b></p>".format(_e(tr(N_("SYNTHETIC data: not a real survey.")))))
    if inputs:
        parts.append("<table>{}</table>".format("".join("<tr><th>{}</th><td>{}</td></tr>".format(_e(tr(k)), _e(v))
                                                        for k, v in inputs)))
    if closures is not None:
        parts.append(closures_section(closures, tr))
    if adjustment is not None:
        parts.append(adjustment_section(adjustment, tr))
    parts.append("</body></html>")
    return "\n".join(parts)
