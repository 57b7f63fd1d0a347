"""The tag-level pass-through (core/dxf/fastpath.py) against the object-model path, entity by entity, and the
cheap read-back of the verification (core/dxf/tags.py) against ezdxf reading the whole output.

Drawings are SYNTHETIC, built here: every variant the tag path handles (mirrored OCS, missing rotation or
scales, alignment points, widths, bulges, attributes, array spacing, extended data) mixed with what it
must leave to ezdxf (paper space, a grouped line, MTEXT, a hatch, an inclined circle).
"""

import math
import random

import numpy as np
import pytest

ezdxf = pytest.importorskip("ezdxf", minversion="0.18")  # ezdxf>=0.18 is in the test requirements
from dxf_checks import TOL, exact, xy  # noqa: E402
from dxf_corpus import X0, Y0, build  # noqa: E402

from canevas.core.dxf import entity_counts, fastpath, tags, transform_file  # noqa: E402
from canevas.core.dxf.entities import _block_corners_of  # noqa: E402

MIRRORED = {"extrusion": (0, 0, -1)}


def _mixed(path, version, seed=1, n=60):
    rnd = random.Random(seed)
    doc = ezdxf.new(version, setup=True)
    msp = doc.modelspace()
    block = doc.blocks.new("BORNE", base_point=(0.3, -0.2))
    block.add_circle((0, 0), 0.5)
    block.add_line((-1, 0), (1, 2))
    block.add_attdef("MATRICULE", (0.6, 0), dxfattribs={"height": 0.3})
    doc.appids.new("CANEVAS_TEST")
    grouped = []
    for k in range(n):
        _add(msp, rnd, k, grouped)
    doc.groups.new("RESEAU").extend(grouped[:3])
    hatch = msp.add_hatch()
    hatch.paths.add_polyline_path([(X0, Y0), (X0 + 10, Y0), (X0 + 10, Y0 + 10)])
    doc.layout("Layout1").add_line((0, 0), (100, 50))  # paper space: paper coordinates, never moved
    doc.saveas(str(path))
    return doc


def _add(msp, rnd, k, grouped):
    x, y = X0 + rnd.uniform(-1500, 1500), Y0 + rnd.uniform(-1500, 1500)
    mirror = MIRRORED if k % 3 == 0 else {}
    KINDS[k % len(KINDS)](msp, rnd, k, x, y, mirror, grouped)


def _line(msp, rnd, k, x, y, mirror, grouped):
    far = 150.0 if k % 2 else 5.0  # a long segment is sampled too
    e = msp.add_line((x, y, 12.5), (x + far, y - 3, 13.0))
    e.set_xdata("CANEVAS_TEST", [(1000, "kept"), (1040, 3.25)])
    grouped.append(e)


def _point(msp, rnd, k, x, y, mirror, grouped):
    msp.add_point((x, y, 35.25))


def _circles(msp, rnd, k, x, y, mirror, grouped):
    msp.add_circle((-x if mirror else x, y, 4.0), rnd.uniform(0.2, 8), dxfattribs=dict(mirror))
    msp.add_arc((x, y), rnd.uniform(0.5, 8), rnd.uniform(0, 360), rnd.uniform(0, 360), dxfattribs=mirror)


def _lwpolyline(msp, rnd, k, x, y, mirror, grouped):
    pts = [(x + 4 * i, y + math.sin(i), rnd.choice([0, 0.1]), rnd.choice([0, 0.2]), rnd.choice([0, 0.4, -1]))
           for i in range(5)]
    if mirror:
        pts = [(-p[0],) + p[1:] for p in pts]
    attribs = dict(mirror, const_width=0.05) if k % 2 else dict(mirror)
    msp.add_lwpolyline(pts, format="xyseb", close=bool(k % 2), dxfattribs=attribs)


def _text(msp, rnd, k, x, y, mirror, grouped):
    attribs = dict(mirror, insert=(-x if mirror else x, y), height=0.4)
    if k % 2:
        attribs["rotation"] = 12.0
    t = msp.add_text("T{}".format(k), dxfattribs=attribs)
    if k % 4 == 0:
        t.dxf.align_point = (x + 3, y + 1)
        t.dxf.halign = 5  # fit


def _insert(msp, rnd, k, x, y, mirror, grouped):
    attribs = dict(mirror, rotation=rnd.uniform(0, 360)) if k % 2 else dict(mirror)
    ref = msp.add_blockref("BORNE", (-x if mirror else x, y), dxfattribs=attribs)
    if k % 4 == 1:
        ref.dxf.xscale, ref.dxf.yscale = 2.0, 2.0
    if k % 3:
        ref.add_auto_attribs({"MATRICULE": "R{:05d}".format(k)})


def _minsert(msp, rnd, k, x, y, mirror, grouped):
    msp.add_blockref("BORNE", (x, y), dxfattribs=dict(column_count=2, row_count=3, column_spacing=4.0,
                                                        row_spacing=5.0, rotation=30.0))


def _left_to_ezdxf(msp, rnd, k, x, y, mirror, grouped):
    msp.add_mtext("M{}".format(k), dxfattribs={"insert": (x, y), "char_height": 0.5})
    msp.add_circle((x, y), 2.0, dxfattribs={"extrusion": (0.6, 0, 0.8)})


KINDS = (_line, _point, _circles, _lwpolyline, _text, _insert, _minsert, _left_to_ezdxf)


def _same(a, b, where):
    assert a.dxftype() == b.dxftype(), where
    keys = set(a.dxf.all_existing_dxf_attribs()) | set(b.dxf.all_existing_dxf_attribs())
    for key in sorted(keys):
        va, vb = (e.dxf.get(key, e.dxf.get_default(key)) for e in (a, b))
        if isinstance(va, float) or hasattr(va, "isclose"):
            assert np.allclose(np.asarray(tuple(va) if hasattr(va, "x") else va, dtype=float),
                               np.asarray(tuple(vb) if hasattr(vb, "x") else vb, dtype=float),
                               rtol=1e-15, atol=1e-12), (where, key, va, vb)
        else:
            assert va == vb, (where, key, va, vb)
    if a.dxftype() == "LWPOLYLINE":
        assert list(a.get_points("xyseb")) == list(b.get_points("xyseb")), where
    if a.has_xdata("CANEVAS_TEST") or b.has_xdata("CANEVAS_TEST"):
        assert a.get_xdata("CANEVAS_TEST") == b.get_xdata("CANEVAS_TEST") == [(1000, "kept"), (1040, 3.25)]


@pytest.mark.parametrize("version", ["R2000", "R2010", "R2018"])
def test_tag_path_writes_what_the_object_model_writes(tmp_path, version):
    source = tmp_path / "plan.dxf"
    _mixed(source, version)
    tagged = fastpath.open_drawing(source)
    assert tagged is not None and len(tagged) >= 40  # most entities take the tag path
    assert {p.kind for p in tagged.fast.values()} == {"LINE", "POINT", "CIRCLE", "ARC", "LWPOLYLINE", "TEXT",
                                                      "INSERT"}
    fast = transform_file(source, tmp_path / "fast" / "plan.dxf", "REN09", "CC48")
    slow = transform_file(source, tmp_path / "slow" / "plan.dxf", "REN09", "CC48", tag_path=False)
    assert fast.counts_in == slow.counts_in == fast.counts_out == slow.counts_out
    assert fast.blocks_in == slow.blocks_in == fast.blocks_out == slow.blocks_out
    assert fast.max_deviation_mm == pytest.approx(slow.max_deviation_mm, rel=1e-9, abs=1e-9)
    assert fast.oversized == slow.oversized and fast.audit_errors == slow.audit_errors == []
    assert fast.copied == slow.copied and fast.similarity_only == slow.similarity_only
    a, b = ezdxf.readfile(str(tmp_path / "fast" / "plan.dxf")), ezdxf.readfile(str(tmp_path / "slow" / "plan.dxf"))
    assert not a.audit().has_errors
    for space_a, space_b in ((a.modelspace(), b.modelspace()), (a.layout("Layout1"), b.layout("Layout1"))):
        assert [e.dxf.handle for e in space_a] == [e.dxf.handle for e in space_b]  # file order kept
        for ea, eb in zip(space_a, space_b):
            _same(ea, eb, ea.dxf.handle)
            for xa, xb in zip(getattr(ea, "attribs", ()), getattr(eb, "attribs", ())):
                _same(xa, xb, xa.dxf.handle)
    assert sorted(e.dxf.handle for e in a.groups.get("RESEAU")) == sorted(e.dxf.handle for e in
                                                                          b.groups.get("RESEAU"))
    assert len(a.groups.get("RESEAU")) == 3
    # every handle of the written file once, and $HANDSEED where ezdxf puts it (not below any of them)
    lines = tags.split_lines((tmp_path / "fast" / "plan.dxf").read_text("utf-8"))
    codes = tags.codes_of(lines)
    handles = [int(lines[2 * t + 1], 16) for t, c in enumerate(codes) if c in (5, 105)]
    seed = [lines[2 * t + 3] for t, c in enumerate(codes) if c == 9 and lines[2 * t + 1] == "$HANDSEED"]
    assert len(handles) == len(set(handles)) > 200 and int(seed[0], 16) >= max(handles)


def test_round_trip_through_the_tag_path(tmp_path):
    source = tmp_path / "plan.dxf"
    _mixed(source, "R2010", seed=7)
    transform_file(source, tmp_path / "cc48.dxf", "REN09", "CC48")
    transform_file(tmp_path / "cc48.dxf", tmp_path / "back.dxf", "CC48", "REN09")
    before, after = ezdxf.readfile(str(source)), ezdxf.readfile(str(tmp_path / "back.dxf"))
    for e in before.modelspace().query("LINE POINT TEXT INSERT"):
        o = after.entitydb[e.dxf.handle]
        name = "start" if e.dxftype() == "LINE" else "location" if e.dxftype() == "POINT" else "insert"
        assert np.hypot(*(np.asarray(xy(o.dxf.get(name))) - np.asarray(xy(e.dxf.get(name))))) < TOL
        if e.dxftype() in ("TEXT", "INSERT"):
            turn = (o.dxf.get("rotation", 0.0) - e.dxf.get("rotation", 0.0) + 180.0) % 360.0 - 180.0
            assert abs(turn) < 1e-6


def test_block_corners_are_ezdxfs_placement(tmp_path):
    """The corners the deviation check samples: ezdxf's own Insert.matrix44(), base point and mirror included."""
    doc = _mixed(tmp_path / "plan.dxf", "R2010")
    block = doc.blocks.get("BORNE")
    rnd = random.Random(3)
    for n in range(20):
        attribs = {"rotation": rnd.uniform(0, 360), "xscale": rnd.uniform(0.5, 2), "yscale": rnd.uniform(0.5, 2)}
        if n % 2:
            attribs.update(MIRRORED)
        ref = doc.modelspace().add_blockref("BORNE", (rnd.uniform(-50, 50), rnd.uniform(-50, 50)),
                                            dxfattribs=attribs)
        k = -1 if n % 2 else 1
        got = _block_corners_of(block, {}, k, ref.dxf.insert.x, ref.dxf.insert.y,
                                {41: attribs["xscale"], 42: attribs["yscale"], 50: attribs["rotation"]})
        box = ezdxf.bbox.extents(block, fast=True)
        (x0, y0), (x1, y1) = (box.extmin.x, box.extmin.y), (box.extmax.x, box.extmax.y)
        m = ref.matrix44()
        expected = [xy(m.transform((x, y, 0))) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1),
                                                             ((x0 + x1) / 2, (y0 + y1) / 2))]
        assert np.abs(np.asarray(got) - np.asarray(expected)).max() < 1e-9


def test_what_the_tag_path_leaves_to_ezdxf(tmp_path):
    source = tmp_path / "plan.dxf"
    doc = _mixed(source, "R2010")
    tagged = fastpath.open_drawing(source)
    fast = {p.handle for p in tagged.fast.values()}
    msp = doc.modelspace()
    for e in msp.query("MTEXT HATCH"):
        assert e.dxf.handle not in fast
    inclined = [e for e in msp.query("CIRCLE") if abs(e.dxf.extrusion.x) > 0.1]
    assert inclined and all(e.dxf.handle not in fast for e in inclined)
    assert all(e.dxf.handle not in fast for e in doc.groups.get("RESEAU"))  # pointed to by the group
    assert all(e.dxf.handle not in fast for e in doc.layout("Layout1"))
    mirrored = [e for e in msp.query("CIRCLE ARC TEXT INSERT LWPOLYLINE") if e.dxf.extrusion.z < 0]
    assert mirrored and all(e.dxf.handle in fast for e in mirrored)
    # R12 (optional handles) and binary DXF always go through ezdxf
    build("R12", tmp_path / "r12.dxf")
    assert fastpath.open_drawing(tmp_path / "r12.dxf") is None
    doc.saveas(str(tmp_path / "binary.dxf"), fmt="bin")
    assert fastpath.open_drawing(tmp_path / "binary.dxf") is None
    result = transform_file(tmp_path / "binary.dxf", tmp_path / "o" / "binary.dxf", "REN09", "CC48")
    assert result.counts_in == result.counts_out and result.audit_errors == []


@pytest.mark.parametrize("version", ["R12", "R2000", "R2018"])
def test_written_counts_read_back_equal_ezdxfs(tmp_path, version):
    """The verification's tag-level read-back counts what ezdxf counts reading the whole file."""
    source = tmp_path / "plan.dxf"
    if version == "R12":
        build(version, source)
    else:
        _mixed(source, version)
    out = tmp_path / "o" / "plan.dxf"
    result = transform_file(source, out, "REN09", "CC48")
    after = ezdxf.readfile(str(out))
    assert result.counts_out == entity_counts(after) == tags.count_written(out)[0]
    assert result.blocks_out == len(after.blocks)


def test_a_damaged_output_is_detected(tmp_path):
    source = tmp_path / "plan.dxf"
    _mixed(source, "R2010")
    out = tmp_path / "plan_out.dxf"
    transform_file(source, out, "REN09", "CC48")
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError):
        tags.count_written(out)
    dropped = data.replace(b"\nLINE\n", b"\nXLINE\n", 1)
    out.write_bytes(dropped)
    counts, _ = tags.count_written(out)
    assert counts["LINE"] == entity_counts(ezdxf.readfile(str(source)))["LINE"] - 1


def _wcs_points(e):
    """WCS points of the seven tag-path types, mirrored OCS included (x_wcs = −x_ocs)."""
    k = -1 if e.dxf.get("extrusion", (0, 0, 1))[2] < 0 else 1
    kind = e.dxftype()
    if kind == "LINE":
        return [xy(e.dxf.start), xy(e.dxf.end)]
    if kind == "POINT":
        return [xy(e.dxf.location)]
    if kind == "LWPOLYLINE":
        ocs = list(e.get_points("xy"))
    elif kind in ("CIRCLE", "ARC"):
        ocs = [xy(e.dxf.center)]
    else:  # TEXT, ATTRIB, INSERT
        ocs = [xy(e.dxf.insert)] + ([xy(e.dxf.align_point)] if e.dxf.hasattr("align_point") else [])
    return [(k * x, y) for x, y in ocs]


def test_exact_points_of_the_tag_path_against_pyproj(tmp_path):
    source = tmp_path / "plan.dxf"
    _mixed(source, "R2000", seed=11, n=120)
    out = tmp_path / "o.dxf"
    transform_file(source, out, "REN09", "CC48")
    before, after = ezdxf.readfile(str(source)), ezdxf.readfile(str(out))
    run = exact("REN09", "CC48")
    seen = set()
    for e in before.modelspace().query("LINE POINT LWPOLYLINE CIRCLE ARC TEXT INSERT"):
        if abs(e.dxf.get("extrusion", (0, 0, 1))[0]) > 1e-12:
            continue  # an inclined OCS: carried whole by the similarity (test_dxf.py), not the tag path
        o = after.entitydb[e.dxf.handle]
        pairs = [(e, o)] + list(zip(getattr(e, "attribs", []), getattr(o, "attribs", [])))
        for a, b in pairs:
            assert np.hypot(*(run(_wcs_points(a)) - np.asarray(_wcs_points(b))).T).max() < TOL, a.dxf.handle
            seen.add((a.dxftype(), a.dxf.get("extrusion", (0, 0, 1))[2]))
    assert len(seen) >= 12  # every type, mirrored or not


def test_the_verification_catches_a_defective_writer(tmp_path, monkeypatch):
    """A writer that loses the end of the file: the cheap read-back says so, in the report too."""
    from canevas.core.dxf import transform_batch
    from canevas.core.dxf.report import build_report
    folder = tmp_path / "plans"
    folder.mkdir()
    _mixed(folder / "plan.dxf", "R2010")
    compose = fastpath.TagDrawing.compose
    monkeypatch.setattr(fastpath.TagDrawing, "compose", lambda self, doc: compose(self, doc)[:-2000])
    batch = transform_batch(folder, tmp_path / "out", "REN09", "CC48")
    errors = batch.files[0].audit_errors
    assert len(errors) == 1 and "cannot be read back" in errors[0].text()
    page = build_report(batch, tr=lambda text: "«" + text + "»")
    assert "«The written file {}".format(tmp_path / "out" / "plan.dxf") in page


def test_autocads_list_of_block_references_does_not_hold_them_back(tmp_path):
    """AutoCAD lists a block's INSERTs in its BLOCK_RECORD ({BLKREFS, 331); ezdxf drops that list on load."""
    source = tmp_path / "plan.dxf"
    doc = _mixed(source, "R2010")
    refs = [e.dxf.handle for e in doc.modelspace().query("INSERT")]
    record = doc.block_records.get("BORNE").dxf.handle
    text = source.read_text("utf-8")
    head = "  0\nBLOCK_RECORD\n  5\n{}\n".format(record)
    assert text.count(head) == 1
    start = text.index(head)
    name = text.index("\n  2\nBORNE\n", start) + len("\n  2\nBORNE")
    listing = "\n102\n{BLKREFS" + "".join("\n331\n" + h for h in refs) + "\n102\n}"
    source.write_text(text[:name] + listing + text[name:], "utf-8")
    tagged = fastpath.open_drawing(source)
    assert {p.handle for p in tagged.fast.values() if p.kind == "INSERT"} == set(refs)
    fast = transform_file(source, tmp_path / "fast.dxf", "REN09", "CC48")
    slow = transform_file(source, tmp_path / "slow.dxf", "REN09", "CC48", tag_path=False)
    assert fast.counts_out == slow.counts_out == fast.counts_in and fast.audit_errors == []
    a, b = ezdxf.readfile(str(tmp_path / "fast.dxf")), ezdxf.readfile(str(tmp_path / "slow.dxf"))
    for h in refs:
        _same(a.entitydb[h], b.entitydb[h], h)
