"""Reports built by core.reports: one stylesheet inlined, values escaped, texts through tr, bounded histogram."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from canevas.core import precision as P
from canevas.core import reports
from canevas.core.messages import CanevasError
from canevas.core.reports.precision import ReportTest, build_report

ROOT = Path(__file__).resolve().parents[2]


def report_of(supplied, control, ids, class_cm=2.0, tr=None, **extra):
    a = P.assess(np.asarray(supplied, float), np.asarray(control, float), 2, class_cm=class_cm, ids=ids)
    verdict = a.verdict if a.verdict is not None else a.best
    xy = {i: (float(c[0]), float(c[1])) for i, c in zip(ids, control)}
    test = ReportTest("Plan test", a, verdict, a.best, class_cm, verdict.passed, xy)
    return build_report("Precision class control", [("Supplied points", "delivered")], [test], len(ids), tr=tr,
                        **extra), a


def grid(n):
    return [(1_351_000.0 + 37.0 * (i % 5), 7_220_000.0 + 29.0 * (i // 5)) for i in range(n)]


def test_one_stylesheet_inlined_and_nothing_external():
    ctl = grid(10)
    html, _ = report_of([(x + 0.01, y) for x, y in ctl], ctl, ["P{}".format(i) for i in range(10)])
    css = (ROOT / "core" / "reports" / "report.css").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" + css + "</style>" in html
    assert "src=" not in html and "href=" not in html and "<link" not in html
    assert html.count("<svg") == 1 and "</svg>" in html


def test_values_are_escaped_and_texts_go_through_tr():
    ctl = grid(6)
    ids = ["<script>alert(1)</script>", "A&B"] + ["P{}".format(i) for i in range(4)]
    html, _ = report_of([(x + 0.01, y) for x, y in ctl], ctl, ids, tr=lambda text: "«" + text + "»",
                        unmatched_supplied=["<b>x</b>"], supplied_label="« <i>d</i> »")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "A&amp;B" in html and "<b>x</b>" not in html and "<i>d</i>" not in html
    assert "«Summary»" in html and "«Histogram of the deviations (10 mm bins)»" in html
    assert "«PASSED»" in html  # the macros too
    assert "«Blue: within T; orange: over T; red: over 1.5·T. North up.»" in html  # and the SVG texts


def test_template_strings_are_extracted_for_translation():
    spec = importlib.util.spec_from_file_location("update_ts", ROOT / "i18n" / "update_ts.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    strings = tool.extract()
    where = strings["Histogram of the deviations (10 mm bins)"]
    assert where.startswith("core/reports/templates/precision.html:")
    line = int(where.rsplit(":", 1)[1])
    text = (ROOT / where.rsplit(":", 1)[0]).read_text(encoding="utf-8").splitlines()[line - 1]
    assert 'tr("Histogram of the deviations (10 mm bins)")' in text
    assert tool.template_strings("{{ tr('a « b »').format(x=1) }} {{ tr(\"c\") }} {{ tr(name) }}") == \
        [("a « b »", 1), ("c", 1)]
    # every tr("...") of every template is found: counted independently of the extractor's pattern
    for path in (ROOT / "core" / "reports" / "templates").glob("*.html"):
        source = path.read_text(encoding="utf-8")
        assert len(tool.template_strings(source)) == source.count('tr("') + source.count("tr('")


def test_histogram_is_bounded_and_keeps_every_deviation():
    rng = np.random.default_rng(3)
    epos = np.concatenate([rng.uniform(0, 0.05, 200), [50_000.0, 2.5, 1.0, 1.0 + 1e-6]])
    bins = P.histogram(epos)
    assert len(bins) == P.HISTOGRAM_MAX_BINS + 1
    last = bins[-1]
    assert last.beyond and last.lower == pytest.approx(1.0) and last.upper == 50_000.0
    assert last.count == 3  # 1.0 m itself is in (0.99, 1.0]; 1.000001 m, 2.5 m and 50 km are beyond
    assert str(last.label()) == "Deviations over 1000 mm (largest 50000.000 m)"
    assert sum(b.count for b in bins) == len(epos)
    # bins below the bound are the plain counts (independent: np.histogram on the same edges, ties excluded)
    counts, _ = np.histogram(epos[epos <= 0.05], bins=np.arange(0, 0.06, 0.01))
    assert [b.count for b in bins[:5]] == list(counts)
    assert all(b.count == 0 for b in bins[5:99]) and bins[99].count == 1
    small = P.histogram([0.004, 0.017])
    assert [b.beyond for b in small] == [False, False]  # no extra row when nothing is beyond


def test_report_with_a_50_km_typo_is_small_and_keeps_its_verdict():
    ctl = grid(30)
    epos = [0.004 + 0.0005 * i for i in range(30)]
    sup = [(x + e, y) for (x, y), e in zip(ctl, epos)]
    sup[7] = (sup[7][0] + 50_000.0, sup[7][1])  # one typo: 50 km
    ids = ["P{}".format(i) for i in range(30)]
    html, a = report_of(sup, ctl, ids, class_cm=2.0)
    assert len(html.encode("utf-8")) < 60_000
    assert html.count("<tr>") < 200
    assert "Deviations over 1000 mm (largest 50000.0" in html
    # the verdict is the one computed on the deviations themselves (a 50 km deviation fails condition c)
    expected = P.check_class(np.hypot(*(np.asarray(sup) - np.asarray(ctl)).T), 2, 2.0)
    assert a.verdict.passed is expected.passed is False and a.verdict.n_over_t2 == expected.n_over_t2 == 1
    assert "✘ FAILED" in html


def test_write_names_the_folder_when_it_cannot_be_written(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    with pytest.raises(CanevasError) as error:
        reports.write(str(blocker / "report.html"), "<html></html>")
    assert "in the folder « {} »".format(blocker) in str(error.value) and "choose a folder" in str(error.value)


def test_number_never_shows_a_missing_value_as_zero():
    assert reports.number(None) == "" and reports.number(float("nan")) == "" and reports.number(0.04) == "0.0"
    assert reports.number(float("inf"), "{:g}", "–") == "–"


def test_every_report_template_extends_the_one_base():
    templates = ROOT / "core" / "reports" / "templates"
    reports_ = [p for p in templates.glob("*.html") if p.name not in ("base.html", "macros.html")]
    assert {p.name for p in reports_} >= {"precision.html", "density.html", "matricules.html", "dxf.html",
                                         "leveling.html"}
    for path in reports_:
        assert path.read_text(encoding="utf-8").startswith('{% extends "base.html" %}'), path.name
    base = (templates / "base.html").read_text(encoding="utf-8")
    assert "<style>{{ css }}</style>" in base and "<link" not in base
    assert list((ROOT / "core").rglob("*.css")) == [ROOT / "core" / "reports" / "report.css"]


def test_svg_figure_escapes_attributes_and_texts():
    figure = reports.Figure(100, 50, style='a"b')
    figure.add("text", "<i>&", x="1", y='2"')
    figure.add("g", [reports.element("title", "<t>")], transform="translate(0,1)")
    svg = str(figure.html())
    assert 'style="a&quot;b"' in svg and 'y="2&quot;"' in svg
    assert "&lt;i&gt;&amp;" in svg and "<title>&lt;t&gt;</title>" in svg and "<i>" not in svg


# --------------------------------------------------------------------------- density report: cost, bound, SYNTHETIC

def density_report(totals_extra=None, method="greedy", **inputs_extra):
    from shapely.geometry import box

    from canevas.core import density
    from canevas.core.reports.density import build_report
    xy = np.array([(100.0 * i, 0.0) for i in range(5)] + [(3000.0, 3000.0)])
    result = density.study(xy, 1000.0, 2, areas=[box(-500, -500, 4000, 4000)], names=["bourg"])
    proposals = density.propose(result, method=method, **{k: v for k, v in inputs_extra.items()
                                                               if k.startswith("cost_")})
    totals = {"COVERED_PCT": result.covered_pct, "GAP_AREA": result.area - result.covered_area,
              "PROPOSED_COUNT": len(proposals.proposals), "LEVELING_KM": proposals.km, "DAYS": proposals.days,
              "COST": proposals.cost, **(totals_extra or {})}
    inputs = {"layer": "benchmarks", "crs": "EPSG:3948", "radius": 1000.0, "min_count": 2, "rate": 6.0,
              "triplets_only": False, "states": [], **inputs_extra}
    return build_report(result, proposals, totals, inputs), proposals


def paragraph(html, css_class):
    start = html.index('<p class="{}">'.format(css_class))
    return html[start:html.index("</p>", start)]


def test_density_report_prices_the_proposals_only_when_costs_are_given():
    plain, proposals = density_report()
    assert proposals.cost is None and "€" not in plain and "Estimated cost" not in plain
    assert 'class="synthetic"' not in plain and "SYNTHETIC" not in plain
    html, proposals = density_report(cost_per_benchmark=1500.0, cost_per_day=1200.0)
    count, days = len(proposals.proposals), sum(p.days for p in proposals.proposals)
    assert count > 0 and days > 0
    # independent total: marks × € per mark + leveling days × € per day, rounded to the euro
    expected = "{:,.0f}".format(count * 1500.0 + days * 1200.0).replace(",", "\u202f") + " €"
    line = paragraph(html, "big cost")
    assert "Estimated cost: " + expected + " excluding tax" in line
    assert "{} new benchmark(s) × 1\u202f500 €".format(count) in line and "× 1\u202f200 €" in line
    assert "Cost per new benchmark</td><td>1\u202f500 €" in html
    assert "Cost per day of leveling</td><td>1\u202f200 €" in html
    only_marks, _ = density_report(cost_per_benchmark=1000.0)
    assert "Cost per day of leveling" not in only_marks and "× 0 €" in paragraph(only_marks, "big cost")


def test_density_report_states_the_lower_bound_as_a_bound_of_the_lattice():
    html, proposals = density_report()
    assert proposals.lower_bound is None and 'class="bound"' not in html  # greedy alone: no bound, no line
    pytest.importorskip("scipy.optimize", reason="the bound comes from integer programming (scipy HiGHS)")
    html, proposals = density_report(method="best")
    bound, count = proposals.lower_bound, len(proposals.proposals)
    assert bound is not None and 0 < bound <= count
    line = paragraph(html, "bound")
    assert "fewer than {} new benchmark(s)".format(bound) in line
    assert "the {} proposed are at most {} above it".format(count, count - bound) in line
    assert "candidate lattice" in line and "not every possible place" in line


def test_density_report_marks_synthetic_inputs_at_its_top():
    html, _ = density_report(synthetic=True)
    banner = html.index('<p class="synthetic">SYNTHETIC data')
    assert banner < html.index("<h1>") and html.count("SYNTHETIC") == 1


# --------------------------------------------------------------------------- precision report: verdict first, ids

def test_precision_report_gives_the_verdict_first_and_summarises_long_id_lists():
    ctl = grid(10)
    ids = ["P{}".format(i) for i in range(10)]
    unmatched = ["U{:03d}".format(i) for i in range(267)]
    html, a = report_of([(x + 0.05, y) for x, y in ctl], ctl, ids, class_cm=2.0, unmatched_supplied=unmatched,
                        unmatched_control=["C1", "C2"])
    assert a.verdict.passed is False  # 5 cm on every point: far beyond class 2 cm
    first_verdict = html.index('<p class="verdict fail">Plan test')
    assert first_verdict < html.index("Reference:") < html.index("<h2>")
    assert "✘ FAILED" in html[first_verdict:html.index("</p>", first_verdict)]
    start = html.index("267 id(s) only in the supplied points:")
    summary = html[start:html.index("</p>", html.index('<p class="ids">', start) + 1)]
    assert "U000, U001, U002, U003, U004, U005, U006, U007, U008, U009 … and 257 more" in summary
    assert "U010" not in summary
    folded = html[html.index("<details>", start):html.index("</details>", start)]
    assert "All 267 ids" in folded and "U266" in folded
    short = html[html.index("2 id(s) only in the control points:"):]
    assert "C1, C2</p>" in short and "<details>" not in short  # a short list is shown whole, nothing folded


def test_numbers_in_the_readers_style():
    """core.messages.NUMBER_STYLE (set by the plugin from QGIS' locale): French decimal comma, narrow spaces."""
    from canevas.core.messages import NUMBER_STYLE, Message, lformat, localize
    from canevas.core.reports import number
    assert Message("{x:.2f} cm, {n} points", x=1234.567, n=12345).text() == "1234.57 cm, 12345 points"
    token = NUMBER_STYLE.set((",", "\u202f"))
    try:
        assert Message("{x:.2f} cm, {n} points", x=1234.567, n=12345).text() == "1\u202f234,57 cm, 12\u202f345 points"
        assert lformat("{:+.4f} m; {:g} %; {}", -0.01234, 99.5, True) == "-0,0123 m; 99,5 %; True"
        assert localize("1e-06") == "1e-06" and localize("nan") == "nan" and localize("-1,234.5") == "-1\u202f234,5"
        assert number(None) == "" and number(float("nan"), empty="–") == "–" and number(65.73) == "65,7"
        assert number(2.0, "{:g} km") == "2 km" and number(0.5, "{:g} km") == "0,5 km"
    finally:
        NUMBER_STYLE.reset(token)
    assert number(65.73) == "65.7"
