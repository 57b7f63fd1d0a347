"""DXF drawings REN09 ↔ CC48: every coordinate against pyproj run independently here, curves by their distance
to the exact image of the source curve, counts, round trip, untouched inputs, audit, refusals.

The corpus (tests/dxf_corpus.py) is SYNTHETIC and built by the tests in R12, R2000, R2010 and R2018.
"""

import math

import numpy as np
import pytest

ezdxf = pytest.importorskip("ezdxf", minversion="0.18")  # ezdxf>=0.18 is in the test requirements
from dxf_checks import TOL, check_drawing, exact, points_of, sha, xy  # noqa: E402
from dxf_corpus import VERSIONS, X0, Y0, build, huge_circle  # noqa: E402

from canevas.core.dxf import transform_batch, transform_file  # noqa: E402
from canevas.core.messages import CanevasError  # noqa: E402


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
            assert geodata is not None and geodata.get_crs() == (3948, True)  # ezdxf reads EPSG:3948 back


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


def test_report_lists_every_file_through_tr(tmp_path):
    from canevas.core.dxf.report import build_report
    folder = tmp_path / "plans"
    folder.mkdir()
    build("R2010", folder / "a.dxf")
    huge_circle(path=folder / "big.dxf")
    (folder / "bad.dxf").write_text("hello\n")
    batch = transform_batch(folder, tmp_path / "out", "REN09", "CC48")
    page = build_report(batch, tr=lambda text: "«" + text + "»")
    assert "«DXF transformation report»" in page and "«Batch summary»" in page
    assert page.index("«Batch summary»") < page.index("a.dxf") < page.index("big.dxf")
    assert "«{} is not a readable DXF drawing".format(folder / "bad.dxf") in page  # the error through tr too
    assert "«Shapes beyond the tolerance (reported, not split)»" in page and "CIRCLE" in page
    assert "<td>LWPOLYLINE</td>" in page
