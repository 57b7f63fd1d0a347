"""HTML report of a leveling density study (canevas:levelingdensity): an SVG map and the statistics table.

The QGIS side passes the study and proposals of core.density and the inputs as plain values (the
working CRS already named).
"""

import datetime

import numpy as np

from .. import density_defaults
from ..messages import N_, NUMBER_STYLE, lformat
from . import Figure, element, number, render

WIDTH = 900  # px of the map


def _path(geom, to_px):
    """SVG path data of a (multi)polygon, holes included (even-odd fill)."""
    import shapely  # core.density checked its version before a study could be made
    parts = []
    for poly in shapely.get_parts(geom):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in [poly.exterior, *poly.interiors]:
            xy = to_px(np.asarray(ring.coords)[:, :2])
            parts.append("M" + " L".join("{:.1f},{:.1f}".format(x, y) for x, y in xy) + " Z")
    return " ".join(parts)


def map_figure(result, proposals):
    import shapely
    x0, y0, x1, y1 = shapely.union_all([row.geometry for row in result.rows]).bounds
    scale = WIDTH / max(x1 - x0, 1.0)
    height = max(int((y1 - y0) * scale), 50)

    def to_px(xy):
        return np.column_stack([(xy[:, 0] - x0) * scale, (y1 - xy[:, 1]) * scale])

    tolerance = 0.5 / scale  # half a pixel keeps the file small without visible change
    figure = Figure(WIDTH, height + 40, style="background:#fafafa;border:1px solid #ccc")
    for row in result.rows:
        for geom, fill in ((row.gaps, "#e31a1c"), (row.coverage, "#33a02c")):
            if not geom.is_empty:
                figure.add("path", fill_rule="evenodd", fill=fill, fill_opacity="0.45", stroke="none",
                           d=_path(shapely.simplify(geom, tolerance), to_px))
        figure.add("path", fill="none", stroke="#555", stroke_width="0.8",
                   d=_path(shapely.simplify(row.geometry, tolerance), to_px))
    if len(result.points):
        for x, y in to_px(result.points):
            figure.add("circle", cx="{:.1f}".format(x), cy="{:.1f}".format(y), r="1.8", fill="#1f4e9c")
    for n, p in enumerate(proposals.proposals, start=1):
        (x, y), = to_px(np.array([[p.x, p.y]]))
        figure.add("path", [element("title", str(n))], d="M{:.1f},{:.1f} l4,8 l-8,0 z".format(x, y),
                   transform="translate(0,-5)", fill="#ffd92f", stroke="black", stroke_width="0.8")
    # scale bar: a round number of km about a fifth of the width
    km = max(1, int(round((x1 - x0) / 5000.0)))
    figure.add("g", [element("rect", width="{:.1f}".format(km * 1000 * scale), height="5", fill="black"),
                     element("text", "{} km".format(km), x="0", y="18", font_size="11")],
               transform="translate(10,{})".format(height + 10))
    return figure


def _rows(result, proposals):
    rows = []
    for k, row in enumerate(result.rows):
        mine = [p for p in proposals.proposals if p.area == k]
        rows.append((row.name, row.n_usable, row.n_unusable, row.n_triplet, row.n_counted,
                     number(row.area / 1e6, "{:.2f}"), number(row.covered_pct),
                     number(row.gap_area / 1e6, "{:.3f}"), len(mine), number(sum(p.km for p in mine)),
                     number(sum(p.days for p in mine)), number(proposals.covered_pct_after[k])))
    return rows


def _money(value):
    """€ with a thin space between thousands (1 234 567 €), the way a French budget line reads."""
    return "{:,.0f}".format(value).replace(",", NUMBER_STYLE.get()[1] or "\u202f") + " €"


def _cost_parameters(inputs, tr):
    rows = []
    if inputs.get("cost_per_benchmark") is not None:
        rows.append((tr(N_("Cost per new benchmark")), _money(inputs["cost_per_benchmark"])))
    if inputs.get("cost_per_day") is not None:
        rows.append((tr(N_("Cost per day of leveling")), _money(inputs["cost_per_day"])))
    return rows


def cost_line(totals, inputs, tr):
    """The cost sentence of the summary, None when no cost was given (a missing cost is never shown as 0 €)."""
    if totals.get("COST") is None:
        return None
    return lformat(tr(N_("Estimated cost: {cost} excluding tax ({count} new benchmark(s) × {per_benchmark} + "
                         "{days:.1f} day(s) of leveling × {per_day}).")),
        cost=_money(totals["COST"]), count=totals["PROPOSED_COUNT"],
        per_benchmark=_money(inputs.get("cost_per_benchmark") or 0.0), days=totals["DAYS"],
        per_day=_money(inputs.get("cost_per_day") or 0.0))


def bound_line(proposals, totals, tr):
    """The lower bound sentence, None when no bound was computed (integer programming not run everywhere)."""
    bound = getattr(proposals, "lower_bound", None)
    if bound is None:
        return None
    text = tr(N_("Lower bound: no placement on the candidate lattice (marks every r/4) reaches the goal with fewer "
                 "than {bound} new benchmark(s); the {count} proposed are at most {extra} above it. It bounds that "
                 "lattice, not every possible place."))
    return lformat(text,
        bound=bound, count=totals["PROPOSED_COUNT"], extra=max(0, totals["PROPOSED_COUNT"] - bound))


def build_report(result, proposals, totals, inputs, tr=None, today=None):
    """The HTML text. inputs: layer (name), crs (its label), radius, min_count, rate, triplets_only, states;
    optional: synthetic (True: a SYNTHETIC banner), cost_per_benchmark, cost_per_day (€, None: not priced).
    totals: COVERED_PCT, GAP_AREA, PROPOSED_COUNT, LEVELING_KM, DAYS, optional COST."""
    tr = tr or (lambda text: text)
    parameters = [
        (tr(N_("Benchmarks")), inputs["layer"]),
        (tr(N_("Working CRS")), inputs["crs"]),
        (tr(N_("Radius")), number(inputs["radius"], "{:g} m")),
        (tr(N_("Benchmarks needed within the radius")), str(inputs["min_count"])),
        (tr(N_("Triplet members only")), tr(N_("yes")) if inputs["triplets_only"] else tr(N_("no"))),
        (tr(N_("Unusable states")), ", ".join(inputs["states"]) or "—"),
        (tr(N_("Leveling per day")), number(inputs["rate"], "{:g} km")),
        *_cost_parameters(inputs, tr),
        (tr(N_("Duplicates counted once")), str(len(result.duplicates))),
    ]
    return render("density.html", tr, title=tr(N_("Leveling network density study")), totals=totals,
                  area_km2=result.area / 1e6, map=map_figure(result, proposals), rows=_rows(result, proposals),
                  parameters=parameters, inputs=inputs, quad_segs=result.quad_segs,
                  synthetic=bool(inputs.get("synthetic")), cost=cost_line(totals, inputs, tr),
                  bound=bound_line(proposals, totals, tr),
                  detour=density_defaults.ROAD_DETOUR, today=(today or datetime.date.today()).isoformat())
