"""Self-contained HTML verification report of a DXF batch (no QGIS): batch summary on top, then per file.

Built by core.reports (template dxf.html); every sentence is shown through the `tr` callable the
caller gives (QGIS's translation in the plugin, identity in tests and scripts).
"""

import datetime

from .. import reports, systems
from ..messages import N_, Message

MAX_LISTED = 200

XREF_STATUS = {
    "in_batch": N_("transformed in this batch, reference kept"),
    "outside_batch": N_("found but not in this batch: not transformed, reference kept"),
    "missing": N_("missing: the referenced file was not found"),
}


def _system(code, datum_shift, tr):
    if code == "REN09":
        return tr(systems.datum_shift_name(datum_shift))
    return systems.SYSTEMS[code].name


def _counts(result):
    types = sorted(set(result.counts_in) | set(result.counts_out))
    rows = [(name, result.counts_in.get(name, 0), result.counts_out.get(name, 0)) for name in types]
    return rows + [("BLOCK", result.blocks_in, result.blocks_out)]


def _listings(result, tr):
    """(title, lines) of what is reported per file, in the report's order (title an N_() text)."""
    return [
        (N_("Shapes beyond the tolerance (reported, not split)"),
         ["{} {} {:.3f} mm".format(t, h, d) for h, t, d in result.oversized]),
        (N_("Entities carried whole by the local similarity"),
         ["{} {}".format(t, h) for h, t in result.similarity_only]),
        (N_("Entities copied unchanged (not transformable)"),
         ["{} {} ({})".format(t, h, r) for h, t, r in result.copied]),
        (N_("Dimensions whose measured value now reads differently (drawn text kept)"),
         ["{}: {} → {}".format(h, a, b) for h, a, b in result.dimension_texts]),
        (N_("External references (xrefs)"),
         ["{} — {}: {}".format(x.block, x.path, tr(XREF_STATUS[x.status])) for x in result.xrefs]),
        (N_("Audit errors of the output"), [e.text(tr) if isinstance(e, Message) else e for e in result.audit_errors]),
        (N_("Notes"), [" ".join(str(v) for v in w) for w in result.warnings]),
    ]


def _file(result, tr):
    if result.failed:
        return {"result": result, "error": result.error.text(tr)}
    return {"result": result, "ok": not result.oversized and not result.audit_errors, "counts": _counts(result),
            "listings": _listings(result, tr)}


def build_report(batch, tr=None, now=None):
    """HTML text of the report of a BatchResult."""
    tr = tr or reports.identity
    return reports.render("dxf.html", tr, title=tr(N_("DXF transformation report")), batch=batch,
                          source=_system(batch.source, batch.datum_shift, tr),
                          target=_system(batch.target, batch.datum_shift, tr),
                          files=[_file(result, tr) for result in batch.files], max_listed=MAX_LISTED,
                          now=(now or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M"))
