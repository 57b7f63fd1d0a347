"""Rules for HATCH, DIMENSION, LEADER and IMAGE/WIPEOUT (see entities.py for the conventions)."""

import math

from ezdxf.math import Vec2, Vec3

from .entities import _arc_samples, _segments, _xy, fallback
from .job import ocs_sign, rotate


def hatch(e, job):
    """Boundary vertices and edge points exact; arcs, ellipses and the pattern by the local similarity."""
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    h = job.owner(e)
    first = _first_point(e)
    if first is None:
        return None
    anchor = job.points.anchor(k * first[0], first[1])
    writers = [_path_writer(path, job, h, k) for path in e.paths]
    seeds = [job.points.add(k * x, y) for x, y in (e.seeds or [])]

    def write(m):
        for w in writers:
            w(m)
        if seeds:
            e.set_seed_points([tuple(_xy(m, i, k))[:2] for i in seeds])
        if e.has_pattern_fill and e.pattern is not None:
            _move_pattern(e, m, anchor, k)
    job.later(write)


def _first_point(e):
    for path in e.paths:
        if path.type == 1 or hasattr(path, "vertices"):  # polyline path
            if path.vertices:
                return path.vertices[0][:2]
        elif path.edges:
            p = path.edges[0].start_point
            return p[0], p[1]
    return None


def _path_writer(path, job, h, k):
    if hasattr(path, "vertices"):
        return _polyline_path(path, job, h, k)
    edges = [_edge_writer(edge, job, h, k) for edge in path.edges]

    def write(m):
        for w in edges:
            w(m)
    return write


def _polyline_path(path, job, h, k):
    ps = job.points
    rows = [tuple(v) for v in path.vertices]
    idx = [ps.add(k * v[0], v[1]) for v in rows]
    if idx:
        _segments(ps, h, idx, [k * (v[2] if len(v) > 2 else 0.0) for v in rows], path.is_closed)

    def write(m):
        path.set_vertices([(k * m.xy(i)[0], m.xy(i)[1], v[2] if len(v) > 2 else 0.0)
                           for i, v in zip(idx, rows)], is_closed=path.is_closed)
    return write


def _edge_writer(edge, job, h, k):
    kind = type(edge).__name__
    if kind == "LineEdge":
        return _line_edge(edge, job, h, k)
    if kind in ("ArcEdge", "EllipseEdge"):
        return _curve_edge(edge, job, h, k, kind == "ArcEdge")
    return _spline_edge(edge, job, k)


def _v2(moved, i, k):
    x, y = moved.xy(i)
    return Vec2(k * x, y)


def _line_edge(edge, job, h, k):
    ps = job.points
    i = ps.add(k * edge.start[0], edge.start[1])
    j = ps.add(k * edge.end[0], edge.end[1])
    ps.segment(h, i, j, 0.0)

    def write(m):
        edge.start, edge.end = _v2(m, i, k), _v2(m, j, k)
    return write


def _curve_edge(edge, job, h, k, is_arc):
    c = edge.center
    a = job.points.anchor(k * c[0], c[1])
    if is_arc:
        job.points.sample(h, a, _arc_samples(c[0], c[1], edge.radius, k, edge.start_angle, edge.end_angle))
    else:
        major = Vec2(edge.major_axis)
        minor = Vec2(-major.y, major.x) * edge.ratio
        job.points.sample(h, a, [(k * (c[0] + math.cos(t) * major.x + math.sin(t) * minor.x),
                                  c[1] + math.cos(t) * major.y + math.sin(t) * minor.y)
                                 for t in (n * math.pi / 4 for n in range(8))])

    def write(m):
        rot, scale = m.sim(a)
        edge.center = _v2(m, a, k)
        if is_arc:
            edge.radius = edge.radius * scale
            # ezdxf keeps edge angles counter-clockwise (it converts clockwise edges on load and save)
            edge.start_angle = edge.start_angle + k * math.degrees(rot)
            edge.end_angle = edge.end_angle + k * math.degrees(rot)
        else:  # an ellipse's angles are measured from its major axis, which turns
            edge.major_axis = Vec2(rotate(Vec3(edge.major_axis), k * rot, scale))
    return write


def _spline_edge(edge, job, k):
    ps = job.points
    control = [tuple(p) for p in edge.control_points]
    fit = [tuple(p) for p in edge.fit_points]
    first = (control or fit or [(0.0, 0.0)])[0]
    a = ps.anchor(k * first[0], first[1])
    ci = [ps.add(k * p[0], p[1]) for p in control]
    fi = [ps.add(k * p[0], p[1]) for p in fit]

    def write(m):
        rot, _ = m.sim(a)
        if control:
            edge.control_points = [_v2(m, i, k) for i in ci]
        if fit:
            edge.fit_points = [_v2(m, i, k) for i in fi]
        for name in ("start_tangent", "end_tangent"):
            value = getattr(edge, name, None)
            if value is not None and Vec2(value).magnitude > 0:
                setattr(edge, name, Vec2(rotate(Vec3(value), k * rot)))
    return write


def _move_pattern(e, m, anchor, k):
    """Pattern lines turned and scaled like the boundary, and shifted so they keep their phase on it."""
    rot, scale = m.sim(anchor)
    turn = k * math.degrees(rot)
    e.pattern.scale(factor=scale, angle=turn)
    e.dxf.pattern_angle = (e.dxf.get("pattern_angle", 0.0) + turn) % 360.0
    e.dxf.pattern_scale = e.dxf.get("pattern_scale", 1.0) * scale
    # the OCS image of the origin by the same similarity: every base point moves by it
    ox, oy = m.apply_sim(anchor, 0.0, 0.0)
    shift = Vec2(k * ox, oy)
    for line in e.pattern.lines:
        line.base_point = Vec2(line.base_point) + shift


_DIM_POINTS_WCS = ("defpoint", "defpoint2", "defpoint3", "defpoint4")
_DIM_POINTS_OCS = ("text_midpoint", "insert", "defpoint5")


def dimension(e, job):
    """Definition points exact; the drawn geometry (an anonymous block in WCS) is transformed as well."""
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    h = job.owner(e)
    names = [n for n in _DIM_POINTS_WCS + _DIM_POINTS_OCS if e.dxf.hasattr(n)]
    old = {n: Vec3(e.dxf.get(n)) for n in names}
    signs = {n: (1 if n in _DIM_POINTS_WCS else k) for n in names}
    first = old.get("defpoint", Vec3())
    a = job.points.anchor(first.x, first.y)
    idx = {n: job.points.add(signs[n] * old[n].x, old[n].y) for n in names}
    before = measured_text(e)
    if e.dxf.hasattr("geometry"):
        job.dimension_blocks.add(e.dxf.geometry)

    def write(m):
        rot, _ = m.sim(a)
        for n in names:
            e.dxf.set(n, _xy(m, idx[n], signs[n], old[n].z))
        for n in ("angle", "horizontal_direction"):
            if e.dxf.hasattr(n):
                e.dxf.set(n, (e.dxf.get(n) + k * math.degrees(rot)) % 360.0)
        length = measured_length(e)
        if length is not None and e.dxf.hasattr("actual_measurement"):
            e.dxf.actual_measurement = length
        after = measured_text(e)
        if before != after:
            job.dimension_texts.append((h, before, after))
    job.later(write)


def measured_length(e):
    """Length a linear or aligned dimension measures (drawing units), None for other kinds."""
    kind = e.dxf.get("dimtype", 0) & 7
    if kind not in (0, 1) or not (e.dxf.hasattr("defpoint2") and e.dxf.hasattr("defpoint3")):
        return None
    d = Vec3(e.dxf.defpoint3) - Vec3(e.dxf.defpoint2)
    if kind == 1:
        return math.hypot(d.x, d.y)
    angle = math.radians(e.dxf.get("angle", 0.0))
    return abs(d.x * math.cos(angle) + d.y * math.sin(angle))


def measured_text(e):
    """The value the dimension displays by default: its length at the style's precision (DIMDEC, DIMLFAC)."""
    length = measured_length(e)
    if length is None:
        return None
    try:
        style = e.override()
        decimals = int(style.get("dimdec", 4) or 0)
        factor = float(style.get("dimlfac", 1.0) or 1.0)
    except Exception:  # a dimension without a usable style: ezdxf's defaults
        decimals, factor = 4, 1.0
    return "{:.{}f}".format(length * factor, decimals)


def leader(e, job):
    job.owner(e)
    vertices = [Vec3(v) for v in e.vertices]
    if not vertices:
        return None
    a = job.points.anchor(vertices[0].x, vertices[0].y)
    idx = [a] + [job.points.add(v.x, v.y) for v in vertices[1:]]

    def write(m):
        rot, scale = m.sim(a)
        e.set_vertices([_xy(m, i, 1, v.z) for i, v in zip(idx, vertices)])
        for name in ("horizontal_direction", "leader_offset_block_ref", "leader_offset_annotation_placement"):
            if e.dxf.hasattr(name):
                factor = 1.0 if name == "horizontal_direction" else scale
                e.dxf.set(name, rotate(e.dxf.get(name), rot, factor))
    job.later(write)


def image(e, job):
    """IMAGE and WIPEOUT: insertion point exact, pixel vectors u/v by similarity (the picture is not resampled)."""
    h = job.owner(e)
    ins, u, v = Vec3(e.dxf.insert), Vec3(e.dxf.u_pixel), Vec3(e.dxf.v_pixel)
    size = e.dxf.get("image_size", Vec2(1, 1))
    a = job.points.anchor(ins.x, ins.y)
    corners = [ins + u * size[0], ins + u * size[0] + v * size[1], ins + v * size[1]]
    job.points.sample(h, a, [(p.x, p.y) for p in corners])

    def write(m):
        rot, scale = m.sim(a)
        e.dxf.insert = _xy(m, a, 1, ins.z)
        e.dxf.u_pixel = rotate(u, rot, scale)
        e.dxf.v_pixel = rotate(v, rot, scale)
    job.later(write)
