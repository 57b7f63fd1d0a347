"""Self-contained HTML report of a leveling density study: an SVG map and the statistics table."""

import datetime
import html

import numpy as np
import shapely  # loaded only through _benchmarks.load_density, which checks its version

from ..core import density_defaults
from ..toolbelt import crs as crs_tools
from ..toolbelt.i18n import tr

WIDTH = 900  # px of the map


def _path(geom, to_px):
    """SVG path data of a (multi)polygon, holes included (even-odd fill)."""
    parts = []
    for poly in shapely.get_parts(geom):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in [poly.exterior, *poly.interiors]:
            xy = to_px(np.asarray(ring.coords)[:, :2])
            parts.append("M" + " L".join("{:.1f},{:.1f}".format(x, y) for x, y in xy) + " Z")
    return " ".join(parts)


def map_svg(result, proposals):
    extent = shapely.union_all([row.geometry for row in result.rows]).bounds
    x0, y0, x1, y1 = extent
    scale = WIDTH / max(x1 - x0, 1.0)
    height = max(int((y1 - y0) * scale), 50)

    def to_px(xy):
        return np.column_stack([(xy[:, 0] - x0) * scale, (y1 - xy[:, 1]) * scale])

    # a tolerance of half a pixel keeps the file small without visible change
    tolerance = 0.5 / scale
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           'style="background:#fafafa;border:1px solid #ccc">'.format(w=WIDTH, h=height + 40)]
    for row in result.rows:
        for geom, style in ((row.gaps, 'fill="#e31a1c" fill-opacity="0.45" stroke="none"'),
                            (row.coverage, 'fill="#33a02c" fill-opacity="0.45" stroke="none"')):
            if not geom.is_empty:
                out.append('<path fill-rule="evenodd" {} d="{}"/>'.format(
                    style, _path(shapely.simplify(geom, tolerance), to_px)))
        out.append('<path fill="none" stroke="#555" stroke-width="0.8" d="{}"/>'.format(
            _path(shapely.simplify(row.geometry, tolerance), to_px)))
    if len(result.points):
        for x, y in to_px(result.points):
            out.append('<circle cx="{:.1f}" cy="{:.1f}" r="1.8" fill="#1f4e9c"/>'.format(x, y))
    for n, p in enumerate(proposals.proposals, start=1):
        (x, y), = to_px(np.array([[p.x, p.y]]))
        out.append('<path d="M{0:.1f},{1:.1f} l4,8 l-8,0 z" transform="translate(0,-5)" fill="#ffd92f" '
                   'stroke="black" stroke-width="0.8"><title>{2}</title></path>'.format(x, y, n))
    # scale bar: a round number of km about a fifth of the width
    km = max(1, int(round((x1 - x0) / 5000.0)))
    bar = km * 1000 * scale
    out.append('<g transform="translate(10,{})"><rect width="{:.1f}" height="5" fill="black"/>'
               '<text x="0" y="18" font-size="11">{} km</text></g>'.format(height + 10, bar, km))
    out.append("</svg>")
    return "\n".join(out)


def write(path, result, proposals, totals, inputs):
    esc = html.escape
    rows = []
    for k, row in enumerate(result.rows):
        mine = [p for p in proposals.proposals if p.area == k]
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2f}</td><td>{:.1f}</td>"
                    "<td>{:.3f}</td><td>{}</td><td>{:.1f}</td><td>{:.1f}</td><td>{:.1f}</td></tr>".format(
                        esc(row.name), row.n_usable, row.n_unusable, row.n_triplet, row.n_counted, row.area / 1e6,
                        row.covered_pct, row.gap_area / 1e6, len(mine), sum(p.km for p in mine),
                        sum(p.days for p in mine), proposals.covered_pct_after[k]))
    headers = [tr("Study area"), tr("Usable"), tr("Unusable"), tr("Triplet members"), tr("Counted"),
               tr("Area (km²)"), tr("Covered (%)"), tr("To densify (km²)"), tr("New benchmarks"),
               tr("Leveling (km)"), tr("Days"), tr("Covered after (%)")]
    parameters = [
        (tr("Benchmarks"), esc(inputs["layer"])),
        (tr("Working CRS"), esc(crs_tools.crs_label(inputs["crs"]))),
        (tr("Radius"), "{:g} m".format(inputs["radius"])),
        (tr("Benchmarks needed within the radius"), str(inputs["min_count"])),
        (tr("Triplet members only"), tr("yes") if inputs["triplets_only"] else tr("no")),
        (tr("Unusable states"), esc(", ".join(inputs["states"])) or "—"),
        (tr("Leveling per day"), "{:g} km".format(inputs["rate"])),
        (tr("Duplicates counted once"), str(len(result.duplicates))),
    ]
    text = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:1em auto;color:#222}}
table{{border-collapse:collapse;margin:0.5em 0}}td,th{{border:1px solid #bbb;padding:3px 6px;text-align:right}}
td:first-child,th:first-child{{text-align:left}}th{{background:#eee}}.legend span{{display:inline-block;width:14px;
height:14px;margin:0 4px 0 12px;vertical-align:middle}}.big{{font-size:1.2em}}</style></head><body>
<h1>{title}</h1>
<p class="big">{summary}</p>
<div class="legend"><span style="background:#33a02c99"></span>{covered}<span style="background:#e31a1c99"></span>{gaps}
<span style="background:#1f4e9c;border-radius:7px"></span>{bench}<span
style="background:#ffd92f"></span>{proposed}</div>
{svg}
<h2>{stats}</h2><table><tr>{head}</tr>{rows}</table>
<h2>{params}</h2><table>{param_rows}</table>
<h2>{method}</h2><p>{method_text}</p>
<p><small>{generated}</small></p></body></html>""".format(
        title=tr("Leveling network density study"),
        summary=tr("Covered: {pct:.1f} % of {area:.2f} km². To densify: {gap:.2f} km². Proposed: {count} new "
                   "benchmark(s), {km:.1f} km of leveling, about {days:.1f} day(s).").format(
            pct=totals["COVERED_PCT"], area=result.area / 1e6, gap=totals["GAP_AREA"] / 1e6,
            count=totals["PROPOSED_COUNT"], km=totals["LEVELING_KM"], days=totals["DAYS"]),
        covered=tr("covered"), gaps=tr("to densify"), bench=tr("usable benchmark"), proposed=tr("proposed benchmark"),
        svg=map_svg(result, proposals), stats=tr("Statistics per study area"),
        head="".join("<th>{}</th>".format(esc(h)) for h in headers), rows="".join(rows),
        params=tr("Parameters"), param_rows="".join("<tr><td>{}</td><td>{}</td></tr>".format(esc(a), b)
                                                   for a, b in parameters),
        method=tr("Method"),
        method_text=esc(tr("A place is covered when at least {m} usable benchmarks lie within {r:g} m: a surveyor can "
                           "then tie a job onto {m} benchmarks with at most {l:g} km of leveling. Circles are drawn "
                           "with {q} segments per quarter (exact to 0.01 % of a disc). Proposals are chosen greedily "
                           "on a lattice inside the study areas until each area is at least 99 % covered; each new "
                           "benchmark is tied by leveling from its two nearest marks (distance × {d:g} for the "
                           "streets).").format(m=inputs["min_count"], r=inputs["radius"],
                                               l=2 * inputs["radius"] / 1000.0, q=result.quad_segs,
                                               d=density_defaults.ROAD_DETOUR)),
        generated=esc(tr("Generated on {} by Canevas (QGIS).").format(datetime.date.today().isoformat())))
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
