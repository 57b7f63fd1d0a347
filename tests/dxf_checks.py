"""Independent checks of a transformed drawing: pyproj run here from the PROJ pipeline, the tests' own reading
of which attributes are points, and curves compared by their distance to the exact image of the source curve.
"""

import hashlib
import math

import ezdxf
import numpy as np
from pyproj import Transformer

from canevas.core import systems

TOL = 0.001  # m


def exact(source, target):
    """The operation, run by pyproj from the PROJ pipeline definition, independently of core.transform."""
    t = Transformer.from_pipeline(systems.pipeline(source, target, systems.DEFAULT_DATUM_SHIFT))

    def run(points):
        pts = np.asarray(points, dtype=float).reshape(-1, 2)
        if len(pts) == 1:  # pyproj ≥ 3.5 turns one-element arrays into scalars: a NumPy ≥ 1.25 warning
            x, y = t.transform(float(pts[0, 0]), float(pts[0, 1]))
            return np.array([[x, y]])
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
