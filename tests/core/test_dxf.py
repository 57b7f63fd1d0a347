"""DXF drawings REN09 ↔ CC48: every coordinate against pyproj run independently here, curves by their distance
to the exact image of the source curve, counts, round trip, untouched inputs, audit, refusals.

The corpus (tests/dxf_corpus.py) is SYNTHETIC and built by the tests in R12, R2000, R2010 and R2018.
"""

import hashlib
import math

import ezdxf
import numpy as np
import pytest
from dxf_corpus import VERSIONS, X0, Y0, build, huge_circle
from pyproj import Transformer

from canevas.core import systems
from canevas.core.dxf import transform_batch, transform_file
from canevas.core.messages import CanevasError

TOL = 0.001  # m


def exact(source, target):
    """The operation, run by pyproj from the PROJ pipeline definition, independently of core.transform."""
    t = Transformer.from_pipeline(systems.pipeline(source, target, systems.DEFAULT_DATUM_SHIFT))

    def run(points):
        pts = np.asarray(points, dtype=float).reshape(-1, 2)
        x, y = t.transform(pts[:, 0].copy(), pts[:, 1].copy())
        return np.column_stack([x, y])
    return run


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def xy(v):
    v = tuple(v)
    return v[0], v[1]


def _wcs(e, p):
    k = -1 if e.dxf.get("extrusion", (0, 0, 1))[2] < 0 else 1
    return (k * p[0], p[1])


def _text_points(e):
    extra = [xy(e.dxf.align_point)] if e.dxftype() == "TEXT" and e.dxf.hasattr("align_point") else []
    return [xy(e.dxf.insert)] + extra


_POINTS = {
    "LINE": lambda e: [xy(e.dxf.start), xy(e.dxf.end)],
    "POINT": lambda e: [xy(e.dxf.location)],
    "CIRCLE": lambda e: [_wcs(e, e.dxf.center)],
    "ARC": lambda e: [_wcs(e, e.dxf.center)],
    "ELLIPSE": lambda e: [xy(e.dxf.center)],
    "LWPOLYLINE": lambda e: [xy(p) for p in e.get_points("xy")],
    "POLYLINE": lambda e: [xy(v.dxf.location) for v in e.vertices],
    "SPLINE": lambda e: [xy(p) for p in e.control_points],
    "TEXT": _text_points, "MTEXT": _text_points, "IMAGE": _text_points,
    "INSERT": lambda e: [xy(e.dxf.insert)] + [xy(a.dxf.insert) for a in e.attribs],
    "SOLID": lambda e: [xy(e.dxf.get(n)) for n in ("vtx0", "vtx1", "vtx2", "vtx3")],
    "3DFACE": lambda e: [xy(e.dxf.get(n)) for n in ("vtx0", "vtx1", "vtx2", "vtx3")],
    "DIMENSION": lambda e: [xy(e.dxf.get(n)) for n in ("defpoint", "defpoint2", "defpoint3", "text_midpoint")
                            if e.dxf.hasattr(n)],
    "LEADER": lambda e: [xy(v) for v in e.vertices],
}


def points_of(e):
    """WCS points of an entity, read the test's own way (which attributes are points)."""
    if e.dxftype() == "HATCH":
        return _hatch_points(e)
    return _POINTS.get(e.dxftype(), lambda e: [])(e)


def _hatch_points(e):
    pts = []
    for path in e.paths:
        if hasattr(path, "vertices"):
            pts += [xy(v) for v in path.vertices]
            continue
        for edge in path.edges:
            if type(edge).__name__ == "LineEdge":
                pts += [tuple(edge.start), tuple(edge.end)]
            elif hasattr(edge, "center"):
                pts.append(tuple(edge.center))
    return pts


def curve(e, distance=0.00005):
    """Dense points along the entity's curves (ezdxf's own geometry of arcs, bulges, ellipses, splines)."""
    from ezdxf import path
    if e.dxftype() == "LWPOLYLINE":
        return [_bulge_curve(e)]
    if e.dxftype() == "HATCH":
        paths = list(path.from_hatch(e))  # hatch arcs: ezdxf uses enough Béziers
    else:
        # 16 Bézier curves per quarter: the default (one) is 1.3 mm off a 5 m circle
        paths = [path.make_path(e, segments=16)]
    return [np.array([xy(v) for v in p.flattening(distance)]) for p in paths if len(p)]


def _bulge_curve(e, n=400):
    """The polyline's arcs sampled from ezdxf's bulge_to_arc (ezdxf 0.18's paths are 1.3 mm off a 5 m arc)."""
    from ezdxf.math import bulge_to_arc
    rows = list(e.get_points("xyb"))
    if e.closed:
        rows.append(rows[0])
    out = []
    for (x1, y1, b), (x2, y2, _) in zip(rows, rows[1:]):
        if not b:
            out += [(x1, y1), (x2, y2)]
            continue
        centre, start, end, radius = bulge_to_arc((x1, y1), (x2, y2), b)
        span = (end - start) % (2 * math.pi)
        angles = [start + span * k / n for k in range(n + 1)]
        arc = [(centre[0] + radius * math.cos(a), centre[1] + radius * math.sin(a)) for a in angles]
        out += arc if b > 0 else arc[::-1]
    return np.array(out)


def gap_to_polyline(points, line):
    """Largest distance from each point to the polyline `line` (both N×2 arrays)."""
    a, b = line[:-1], line[1:]
    ab = b - a
    worst = 0.0
    for chunk in np.array_split(points, max(1, len(points) // 200)):
        ap = chunk[:, None, :] - a[None, :, :]
        t = np.clip((ap * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-30), 0, 1)
        d = np.linalg.norm(ap - t[..., None] * ab, axis=-1).min(axis=1)
        worst = max(worst, float(d.max()))
    return worst


CURVED = ("CIRCLE", "ARC", "ELLIPSE", "LWPOLYLINE", "SPLINE", "HATCH")


def check_drawing(src_path, out_path, source, target):
    """Every point and every curve of the output within 1 mm of the exact operation applied to the input."""
    run = exact(source, target)
    before, after = ezdxf.readfile(str(src_path)), ezdxf.readfile(str(out_path))
    seen = 0
    for e in before.modelspace():
        o = after.entitydb[e.dxf.handle]
        assert o.dxftype() == e.dxftype()
        pts = points_of(e)
        if pts:
            gap = np.hypot(*(run(pts) - np.asarray(points_of(o))).T).max()
            assert gap < TOL, (e.dxftype(), e.dxf.handle, gap)
            seen += 1
        if e.dxftype() in CURVED:
            for src, out in zip(curve(e), curve(o)):
                image = run(src)
                assert gap_to_polyline(image, out) < TOL, (e.dxftype(), e.dxf.handle)
                assert gap_to_polyline(out, image) < TOL, (e.dxftype(), e.dxf.handle)
    return before, after, seen


@pytest.fixture(params=VERSIONS)
def corpus(request, tmp_path):
    source = tmp_path / "in" / "plan_{}.dxf".format(request.param)
    source.parent.mkdir()
    build(request.param, source)
    return source


def test_every_coordinate_and_curve_within_1_mm_of_pyproj(corpus, tmp_path):
    digest = sha(corpus)
    out = tmp_path / "out" / corpus.name
    result = transform_file(corpus, out, "REN09", "CC48")
    before, after, seen = check_drawing(corpus, out, "REN09", "CC48")
    assert seen >= 15
    assert sha(corpus) == digest  # the input is only read
    assert result.counts_in == result.counts_out and result.counts_in["INSERT"] >= 4
    assert result.blocks_in == result.blocks_out == len(before.blocks) == len(after.blocks)
    assert result.audit_errors == [] and not after.audit().has_errors
    assert result.max_deviation_mm < 1.0 and result.oversized == []
    assert result.copied == []
    assert after.header.get("$INSUNITS") == 6 or corpus.name.endswith("R12.dxf")  # R12 has no $INSUNITS


def _local_similarity(x, y):
    """Rotation (deg) and scale REN09 → CC48 at (x, y), by central differences of ±5 m (not the code's way)."""
    p = exact("REN09", "CC48")([(x - 5, y), (x + 5, y)])
    d = p[1] - p[0]
    return math.degrees(math.atan2(d[1], d[0])), math.hypot(*d) / 10.0


def test_blocks_texts_and_views_follow_the_local_similarity(tmp_path):
    source = tmp_path / "plan.dxf"
    build("R2018", source)
    out = tmp_path / "o" / "plan.dxf"
    transform_file(source, out, "REN09", "CC48")
    rot, scale = _local_similarity(X0, Y0)
    assert 0.4 < abs(rot) < 0.7 and -100e-6 < scale - 1 < -80e-6  # ~0.55°, ~−89 ppm at Rennes
    before, after = ezdxf.readfile(str(source)), ezdxf.readfile(str(out))
    for e in before.modelspace().query("INSERT TEXT MTEXT"):
        o = after.entitydb[e.dxf.handle]
        assert o.dxf.rotation == pytest.approx((e.dxf.get("rotation", 0) + rot) % 360, abs=1e-5)
        if e.dxftype() == "INSERT":
            assert o.dxf.xscale == pytest.approx(e.dxf.xscale * scale, rel=1e-7)
            assert o.dxf.name == e.dxf.name and len(o.attribs) == len(e.attribs)
            for a, b in zip(e.attribs, o.attribs):
                assert b.dxf.height == pytest.approx(a.dxf.height * scale, rel=1e-7)
                assert b.dxf.rotation == pytest.approx((a.dxf.get("rotation", 0) + rot) % 360, abs=1e-5)
    # block content stays in block coordinates (never exploded, never moved)
    for name in ("BORNE", "REPERE"):
        assert [points_of(e) for e in before.blocks[name]] == [points_of(e) for e in after.blocks[name]]
    # the paper-space viewport still shows the same place of model space
    vp_in = [v for v in before.layout().query("VIEWPORT") if v.dxf.id != 1][0]
    vp_out = after.entitydb[vp_in.dxf.handle]
    expected = exact("REN09", "CC48")([xy(vp_in.dxf.view_center_point)])[0]
    assert np.hypot(*(np.asarray(xy(vp_out.dxf.view_center_point)) - expected)) < TOL
    assert vp_out.dxf.center == vp_in.dxf.center  # paper space itself untouched
    hatch_in = before.modelspace().query("HATCH")[0]
    hatch_out = after.entitydb[hatch_in.dxf.handle]
    assert hatch_out.dxf.pattern_angle == pytest.approx((hatch_in.dxf.pattern_angle + rot) % 360, abs=1e-5)
    assert hatch_out.dxf.pattern_scale == pytest.approx(hatch_in.dxf.pattern_scale * scale, rel=1e-7)


def test_dimension_text_is_kept_and_still_reads_the_new_length(tmp_path):
    source = tmp_path / "dim.dxf"
    doc = ezdxf.new("R2010", setup=True)
    dim = doc.modelspace().add_linear_dim(base=(X0, Y0 + 3), p1=(X0, Y0), p2=(X0 + 12.34, Y0), dimstyle="EZDXF",
                                          override={"dimlfac": 1.0, "dimdec": 2})
    dim.render()
    doc.saveas(str(source))
    out = tmp_path / "o" / "dim.dxf"
    result = transform_file(source, out, "REN09", "CC48")
    after = ezdxf.readfile(str(out))
    o = after.modelspace().query("DIMENSION")[0]
    p2, p3 = exact("REN09", "CC48")([(X0, Y0), (X0 + 12.34, Y0)])
    length = math.hypot(*(p3 - p2))
    assert 12.338 < length < 12.34  # −89 ppm
    drawn = [t.text for t in after.blocks[o.dxf.geometry] if t.dxftype() == "MTEXT"]
    assert drawn == ["12.34"] == ["{:.2f}".format(length)]
    assert result.dimension_texts == []


def test_round_trip_returns_every_coordinate(corpus, tmp_path):
    there = tmp_path / "cc48" / corpus.name
    back = tmp_path / "back" / corpus.name
    transform_file(corpus, there, "REN09", "CC48")
    transform_file(there, back, "CC48", "REN09")
    before, after = ezdxf.readfile(str(corpus)), ezdxf.readfile(str(back))
    for e in before.modelspace():
        o = after.entitydb[e.dxf.handle]
        if points_of(e):
            assert np.abs(np.asarray(points_of(e)) - np.asarray(points_of(o))).max() < TOL
        if e.dxftype() in ("CIRCLE", "ARC"):
            assert o.dxf.radius == pytest.approx(e.dxf.radius, abs=1e-6)


def test_lambert93_too(tmp_path):
    source = tmp_path / "plan.dxf"
    build("R2010", source)
    out = tmp_path / "o" / "plan.dxf"
    transform_file(source, out, "REN09", "L93")
    check_drawing(source, out, "REN09", "L93")


def test_a_huge_circle_is_reported_not_silently_distorted(tmp_path):
    source = tmp_path / "big.dxf"
    doc = huge_circle(path=source)
    big, small = (e.dxf.handle for e in doc.modelspace())
    result = transform_file(source, tmp_path / "o" / "big.dxf", "REN09", "CC48")
    flagged = {h: (t, mm) for h, t, mm in result.oversized}
    assert set(flagged) == {big} and flagged[big][0] == "CIRCLE"
    # a 20 km radius off by centimetres: the similarity error grows with the square of the size
    assert 10.0 < flagged[big][1] == result.max_deviation_mm < 500.0


def test_batch_mirrors_the_tree_and_refuses_unsafe_outputs(tmp_path):
    folder = tmp_path / "plans"
    (folder / "quartier").mkdir(parents=True)
    build("R2000", folder / "a.dxf")
    build("R2010", folder / "quartier" / "b.dxf")
    (folder / "quartier" / "broken.dxf").write_text("hello world\n")  # not a DXF at all
    far = ezdxf.new("R2010")
    far.modelspace().add_line((1351801.2, 7222967.8), (1351802.2, 7222967.8))  # already CC48
    far.saveas(str(folder / "quartier" / "far.dxf"))
    out = tmp_path / "cc48"
    with pytest.raises(CanevasError, match="inside the input folder"):
        transform_batch(folder, folder / "out", "REN09", "CC48", recursive=True)
    with pytest.raises(CanevasError, match="inside the input folder"):
        transform_batch(folder, folder, "REN09", "CC48")
    fractions = []
    batch = transform_batch(folder, out, "REN09", "CC48", recursive=True, progress=fractions.append)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.dxf")) == ["a.dxf", "quartier/b.dxf"]
    summary = batch.summary
    assert summary["FILES"] == 4 and summary["FAILED"] == 2 and summary["ENTITIES"] > 40
    failed = {f.source.rsplit("/", 1)[-1]: f.error.text() for f in batch.files if f.failed}
    assert "not a readable DXF" in failed["broken.dxf"] and "look like CC48" in failed["far.dxf"]
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    with pytest.raises(CanevasError, match="already exist"):
        transform_batch(folder, out, "REN09", "CC48", recursive=True)
    assert len(transform_batch(folder, out, "REN09", "CC48", overwrite=True).files) == 1  # not recursive
    with pytest.raises(CanevasError, match="already exists"):
        transform_file(folder / "a.dxf", out / "a.dxf", "REN09", "CC48")


def test_cancel_stops_the_batch(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for n in range(3):
        build("R2010", folder / "p{}.dxf".format(n))
    batch = transform_batch(folder, tmp_path / "out", "REN09", "CC48", cancelled=lambda: True)
    assert batch.cancelled and len(batch.files) == 1


def test_xrefs_are_listed_kept_and_transformed_with_the_batch(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    build("R2010", folder / "parcelle.dxf")
    host = ezdxf.new("R2010")
    host.add_xref_def("parcelle.dxf", "PARCELLE")
    host.add_xref_def("absent.dxf", "ABSENT")
    host.modelspace().add_blockref("PARCELLE", (0, 0))
    host.modelspace().add_line((X0, Y0), (X0 + 5, Y0))
    host.saveas(str(folder / "hote.dxf"))
    batch = transform_batch(folder, tmp_path / "out", "REN09", "CC48")
    result = {f.source.rsplit("/", 1)[-1]: f for f in batch.files}["hote.dxf"]
    assert {x.block: x.status for x in result.xrefs} == {"PARCELLE": "in_batch", "ABSENT": "missing"}
    after = ezdxf.readfile(str(tmp_path / "out" / "hote.dxf"))
    ref = after.modelspace().query("INSERT")[0]
    assert tuple(ref.dxf.insert) == (0, 0, 0)  # the xref's content moved in its own file, not twice
    assert after.blocks["PARCELLE"].block.dxf.xref_path == "parcelle.dxf"
    assert (tmp_path / "out" / "parcelle.dxf").is_file()


def test_the_target_system_is_written_into_the_drawing(tmp_path):
    for version in ("R12", "R2000", "R2018"):
        source = tmp_path / "{}.dxf".format(version)
        build(version, source)
        out = tmp_path / "o" / source.name
        transform_file(source, out, "REN09", "CC48")
        doc = ezdxf.readfile(str(out))
        if version == "R12":
            assert "CC48" in [v for _, v in doc.layers.get("0").get_xdata("CANEVAS")]
            continue
        record = doc.rootdict["CANEVAS_CRS"]
        assert [v for c, v in record.tags if c == 1][0] == "CC48"
        if version == "R2018":
            geodata = doc.modelspace().get_geodata()
            assert geodata is not None and 'id="3948"' in geodata.coordinate_system_definition


def test_dwg_without_converter_says_to_save_as_dxf(tmp_path, monkeypatch):
    import shutil as sh
    monkeypatch.setattr(sh, "which", lambda name: None)
    dwg = tmp_path / "plan.dwg"
    dwg.write_bytes(b"AC1027 not really a drawing")
    with pytest.raises(CanevasError, match="save it as DXF"):
        transform_file(dwg, tmp_path / "o" / "plan.dxf", "REN09", "CC48")


def test_unknown_entities_are_copied_and_listed(tmp_path):
    source = tmp_path / "odd.dxf"
    doc = ezdxf.new("R2010")
    doc.modelspace().add_mline([(X0, Y0), (X0 + 10, Y0)])
    body = doc.modelspace().add_body()
    sat = ["400 0 1 0", "16 Autodesk AutoCAD 19 ASM 223.0.1.1930 NT 24 Mon Jan 1 00:00:00 2024", "1 9.9e-07 1e-10",
           "End-of-ACIS-data"]
    if hasattr(type(body), "sat"):
        body.sat = sat
    else:  # ezdxf 0.18
        body.acis_data = sat
    doc.saveas(str(source))
    result = transform_file(source, tmp_path / "o" / "odd.dxf", "REN09", "CC48")
    assert [(h, t) for h, t, _ in result.copied] == [(body.dxf.handle, "BODY")]
    assert [t for _, t in result.similarity_only] == ["MLINE"]
    after = ezdxf.readfile(str(tmp_path / "o" / "odd.dxf"))
    start = after.modelspace().query("MLINE")[0].start_location()
    assert np.hypot(*(np.asarray(xy(start)) - exact("REN09", "CC48")([(X0, Y0)])[0])) < TOL
