"""Self-contained HTML verification report of a DXF batch (no QGIS): batch summary on top, then per file.

Every sentence is an N_() template shown through the `tr` callable the caller gives (QGIS's
translation in the plugin, identity in tests and scripts).
"""

import datetime
import html

from .. import systems
from ..messages import N_

MAX_LISTED = 200

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; margin: 1.5em; max-width: 70em; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 2px solid #5a7; margin-top: 1.6em; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
th, td { border: 1px solid #bbb; padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef3ee; } td.num { text-align: right; font-family: "DejaVu Sans Mono", monospace; }
.fail { color: #b00000; font-weight: bold; } .pass { color: #176317; font-weight: bold; } .note { color: #8a5300; }
"""

XREF_STATUS = {
    "in_batch": N_("transformed in this batch, reference kept"),
    "outside_batch": N_("found but not in this batch: not transformed, reference kept"),
    "missing": N_("missing: the referenced file was not found"),
}


def _e(value):
    return html.escape(str(value), quote=False)


def _identity(text):
    return text


def build_report(batch, tr=None):
    """HTML text of the report of a BatchResult."""
    tr = tr or _identity
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head><body>".format(
        _e(tr(N_("DXF transformation report"))), CSS)]
    out.append("<h1>{}</h1>".format(_e(tr(N_("DXF transformation report")))))
    out.append(_summary(batch, tr))
    for result in batch.files:
        out.append(_file(result, batch.tolerance_mm, tr))
    out.append("</body></html>")
    return "\n".join(out)


def _row(label, value, tr, num=False):
    return "<tr><th>{}</th><td{}>{}</td></tr>".format(_e(tr(label)), ' class="num"' if num else "", _e(value))


def _system(code, datum_shift, tr):
    if code == "REN09":
        return tr(systems.datum_shift_name(datum_shift))
    return systems.SYSTEMS[code].name


def _summary(batch, tr):
    s = batch.summary
    rows = [
        _row(N_("Source system"), _system(batch.source, batch.datum_shift, tr), tr),
        _row(N_("Target system"), _system(batch.target, batch.datum_shift, tr), tr),
        _row(N_("Output folder"), batch.output_folder, tr),
        _row(N_("Files"), s["FILES"], tr, True),
        _row(N_("Entities"), s["ENTITIES"], tr, True),
        _row(N_("Failed files"), s["FAILED"], tr, True),
        _row(N_("Largest deviation from the exact operation (mm)"), "{:.3f}".format(s["MAX_DEVIATION_MM"]), tr, True),
        _row(N_("Tolerance (mm)"), "{:g}".format(batch.tolerance_mm), tr, True),
        _row(N_("Date"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), tr),
    ]
    text = ["<h2>{}</h2><table>{}</table>".format(_e(tr(N_("Batch summary"))), "".join(rows))]
    text.append("<p>{}</p>".format(_e(tr(N_(
        "Every point (vertices, insertion and definition points, text positions, hatch boundaries, view centres, "
        "UCS origins) is transformed by the exact operation. Sizes and directions (radii, angles, text heights, "
        "block rotations and scales, hatch patterns) follow the local similarity of the operation at each "
        "entity; the deviation is the largest distance between the shape so carried and the exact "
        "transformation of points sampled on it. Block definitions are never exploded; paper space is kept; "
        "dimension texts are kept as drawn.")))))
    if batch.cancelled:
        text.append('<p class="fail">{}</p>'.format(_e(tr(N_("Cancelled: the files below were done before.")))))
    return "\n".join(text)


def _file(result, tolerance_mm, tr):
    parts = ["<h2>{}</h2>".format(_e(result.source))]
    if result.failed:
        parts.append('<p class="fail">{} {}</p>'.format(_e(tr(N_("Failed:"))), _e(result.error.text(tr))))
        return "\n".join(parts)
    verdict_ok = not result.oversized and not result.audit_errors
    parts.append('<p class="{}">{}</p>'.format("pass" if verdict_ok else "fail", _e(tr(
        N_("Every shape within the tolerance, audit without errors.") if verdict_ok else
        N_("Some shapes exceed the tolerance or the audit found errors: see below.")))))
    parts.append("<table>{}{}{}{}</table>".format(
        _row(N_("Output file"), result.output, tr),
        _row(N_("Largest deviation from the exact operation (mm)"), "{:.3f}".format(result.max_deviation_mm), tr, True),
        _row(N_("Coordinate system written as"), result.crs_note, tr),
        _row(N_("DWG converter"), result.converter, tr) if result.converter else ""))
    parts.append(_counts(result, tr))
    parts.append(_listing(N_("Shapes beyond the tolerance (reported, not split)"),
                          ["{} {} {:.3f} mm".format(t, h, d) for h, t, d in result.oversized], tr))
    parts.append(_listing(N_("Entities carried whole by the local similarity"),
                          ["{} {}".format(t, h) for h, t in result.similarity_only], tr))
    parts.append(_listing(N_("Entities copied unchanged (not transformable)"),
                          ["{} {} ({})".format(t, h, r) for h, t, r in result.copied], tr))
    parts.append(_listing(N_("Dimensions whose measured value now reads differently (drawn text kept)"),
                          ["{}: {} → {}".format(h, a, b) for h, a, b in result.dimension_texts], tr))
    parts.append(_listing(N_("External references (xrefs)"),
                          ["{} — {}: {}".format(x.block, x.path, tr(XREF_STATUS[x.status])) for x in result.xrefs], tr))
    parts.append(_listing(N_("Audit errors of the output"), result.audit_errors, tr))
    parts.append(_listing(N_("Notes"), [" ".join(str(v) for v in w) for w in result.warnings], tr))
    return "\n".join(p for p in parts if p)


def _counts(result, tr):
    types = sorted(set(result.counts_in) | set(result.counts_out))
    rows = ["<tr><th>{}</th><th>{}</th><th>{}</th></tr>".format(
        _e(tr(N_("Entity type"))), _e(tr(N_("In"))), _e(tr(N_("Out"))))]
    for name in types + ["BLOCK"]:
        a = result.blocks_in if name == "BLOCK" else result.counts_in.get(name, 0)
        b = result.blocks_out if name == "BLOCK" else result.counts_out.get(name, 0)
        cls = "" if a == b else ' class="fail"'
        rows.append('<tr{}><td>{}</td><td class="num">{}</td><td class="num">{}</td></tr>'.format(cls, name, a, b))
    return "<table>{}</table>".format("".join(rows))


def _listing(title, items, tr):
    if not items:
        return ""
    shown = "".join("<li>{}</li>".format(_e(i)) for i in items[:MAX_LISTED])
    more = "" if len(items) <= MAX_LISTED else "<li>… {}</li>".format(
        _e(tr(N_("{count} more")).format(count=len(items) - MAX_LISTED)))
    return "<h3>{}</h3><ul>{}{}</ul>".format(_e(tr(title)), shown, more)
