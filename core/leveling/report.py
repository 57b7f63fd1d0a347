"""HTML listing of a leveling computation, as the Rennes specification asks for (DOMAIN.md §9):
closures of the runs and loops, the adjustment's tests, residuals and heights. QGIS-free.

Built by core.reports (template leveling.html); every text goes through `tr` (the QGIS side passes
its translator; None = English).
"""

import datetime

from .. import reports
from ..messages import N_, Message


def _closure_texts(result, tr):
    texts = {"open_runs": [m.text(tr) for m in result.open_runs], "tolerance": ""}
    if result.tolerance is not None:
        t = result.tolerance
        texts["tolerance"] = Message(N_("Tolerance: {constant} mm + {per_km} mm·√K + {per_setup} mm·√n ({label})"),
                                     constant=t.constant_mm, per_km=t.mm_per_sqrt_km, per_setup=t.mm_per_sqrt_setup,
                                     label=Message(t.label)).text(tr)
    texts["closure_summary"] = Message(N_("{failed} of {count} closure(s) over the tolerance; largest {largest} mm."),
                                       failed=result.n_failed, count=len(result.all),
                                       largest=reports.number(result.max_closure_mm, "{:.2f}", "–")).text(tr)
    return texts


def _adjustment_texts(result, tr):
    return {"adjusted": sum(1 for p in result.points if not p.fixed),
            "warnings": [m.text(tr) for m in result.warnings],
            "excluded": [(pid, reason.text(tr)) for pid, reason in result.excluded_benchmarks],
            "heights": sorted(result.points, key=lambda p: (not p.fixed, p.id))}


def build_report(title, closures=None, adjustment=None, inputs=(), synthetic=False, tr=None, now=None):
    """The whole listing; `inputs` are (label, value) lines shown first (labels N_() texts, translated here)."""
    tr = tr or reports.identity
    context = {"title": title, "closures": closures, "adjustment": adjustment, "inputs": list(inputs),
               "synthetic": synthetic, "now": (now or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M")}
    if closures is not None:
        context.update(_closure_texts(closures, tr))
    if adjustment is not None:
        context.update(_adjustment_texts(adjustment, tr))
    return reports.render("leveling.html", tr, **context)
