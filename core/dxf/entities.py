"""Per-type rules: which coordinates are points (exact) and which are sizes/directions (similarity).

Each handler registers the entity's points in job.points and a writer run after the one
transformation. Coordinates stored in an OCS are handled when the OCS is the WCS or its mirror
(extrusion ±Z, k = ±1): x_wcs = k·x_ocs and an angle turns by k·rotation. Z, elevations and
thicknesses are never changed.
"""

import math

from ezdxf.math import Vec3

from .job import ocs_sign, rotate

#: Points sampled on a circle, arc or ellipse to measure its deviation.
CURVE_SAMPLES = 8


def _xy(moved, i, k=1, z=0.0):
    x, y = moved.xy(i)
    return Vec3(k * x, y, z)


def line(e, job):
    ps = job.points
    h = job.owner(e)
    start, end = e.dxf.start, e.dxf.end
    i, j = ps.add(start.x, start.y), ps.add(end.x, end.y)
    ps.segment(h, i, j, 0.0)

    def write(m):
        e.dxf.start = _xy(m, i, 1, start.z)
        e.dxf.end = _xy(m, j, 1, end.z)
    job.later(write)


def point(e, job):
    loc = e.dxf.location
    i = job.points.add(loc.x, loc.y)
    job.owner(e)

    def write(m):
        e.dxf.location = _xy(m, i, 1, loc.z)
    job.later(write)


def _arc_samples(cx, cy, r, k, start_deg, end_deg):
    """WCS points on an OCS arc (k = ±1); a full circle when start == end is None."""
    if start_deg is None:
        angles = [2 * math.pi * n / CURVE_SAMPLES for n in range(CURVE_SAMPLES)]
    else:
        span = (end_deg - start_deg) % 360.0 or 360.0
        angles = [math.radians(start_deg + span * n / CURVE_SAMPLES) for n in range(CURVE_SAMPLES + 1)]
    return [(k * (cx + r * math.cos(t)), cy + r * math.sin(t)) for t in angles]


def circle(e, job, arc=False):
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    h = job.owner(e)
    c, r = e.dxf.center, e.dxf.radius
    a = job.points.anchor(k * c.x, c.y)
    start = e.dxf.start_angle if arc else None
    end = e.dxf.end_angle if arc else None
    job.points.sample(h, a, _arc_samples(c.x, c.y, r, k, start, end))

    def write(m):
        rot, scale = m.sim(a)
        e.dxf.center = _xy(m, a, k, c.z)
        e.dxf.radius = r * scale
        if arc:
            e.dxf.start_angle = (start + k * math.degrees(rot)) % 360.0
            e.dxf.end_angle = (end + k * math.degrees(rot)) % 360.0
    job.later(write)


def arc(e, job):
    circle(e, job, arc=True)


def ellipse(e, job):
    if ocs_sign(e) == 0:
        return fallback(e, job)
    h = job.owner(e)
    c, major = e.dxf.center, Vec3(e.dxf.major_axis)
    a = job.points.anchor(c.x, c.y)
    minor = Vec3(e.dxf.extrusion).normalize().cross(major) * e.dxf.ratio
    t0, t1 = e.dxf.start_param, e.dxf.end_param
    span = (t1 - t0) % (2 * math.pi) or 2 * math.pi
    ts = [t0 + span * n / CURVE_SAMPLES for n in range(CURVE_SAMPLES + 1)]
    job.points.sample(h, a, [(c.x + math.cos(t) * major.x + math.sin(t) * minor.x,
                              c.y + math.cos(t) * major.y + math.sin(t) * minor.y) for t in ts])

    def write(m):
        rot, scale = m.sim(a)
        e.dxf.center = _xy(m, a, 1, c.z)
        e.dxf.major_axis = rotate(major, rot, scale)
    job.later(write)


def lwpolyline(e, job):
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    h = job.owner(e)
    ps = job.points
    rows = list(e.get_points("xyseb"))
    if not rows:
        return None
    a = ps.anchor(k * rows[0][0], rows[0][1])
    idx = [a] + [ps.add(k * x, y) for x, y, _, _, _ in rows[1:]]
    _segments(ps, h, idx, [k * r[4] for r in rows], e.closed)

    def write(m):
        _, scale = m.sim(a)
        pts = [(k * m.xy(i)[0], m.xy(i)[1], sw * scale, ew * scale, b)
               for i, (_, _, sw, ew, b) in zip(idx, rows)]
        e.set_points(pts, format="xyseb")
        if e.dxf.hasattr("const_width"):
            e.dxf.const_width = e.dxf.const_width * scale
    job.later(write)


def _segments(ps, owner, idx, bulges, closed):
    n = len(idx)
    last = n if closed else n - 1
    for s in range(last):
        ps.segment(owner, idx[s], idx[(s + 1) % n], bulges[s])


def polyline(e, job):
    is_2d = e.is_2d_polyline
    k = ocs_sign(e) if is_2d else 1
    if k == 0:
        return fallback(e, job)
    h = job.owner(e)
    ps = job.points
    vertices = [v for v in e.vertices if not _is_face_record(v)]
    idx = [ps.add(k * v.dxf.location.x, v.dxf.location.y) for v in vertices]
    if is_2d and idx:
        _segments(ps, h, idx, [k * v.dxf.get("bulge", 0.0) for v in vertices], e.is_closed)

    def write(m):
        for v, i in zip(vertices, idx):
            v.dxf.location = _xy(m, i, k, v.dxf.location.z)
    job.later(write)


def _is_face_record(vertex):
    flags = vertex.dxf.get("flags", 0)
    return bool(flags & 128) and not flags & 64  # polyface face records carry indexes, not a location


def spline(e, job):
    h = job.owner(e)
    ps = job.points
    control = [Vec3(p) for p in e.control_points]
    fit = [Vec3(p) for p in e.fit_points]
    first = (control or fit or [None])[0]
    if first is None:
        return None
    a = ps.anchor(first.x, first.y)
    ci = [ps.add(p.x, p.y) for p in control]
    fi = [ps.add(p.x, p.y) for p in fit]
    params, source_curve = _spline_samples(e)
    si = [ps.add(p.x, p.y) for p in source_curve]

    def write(m):
        rot, _ = m.sim(a)
        if control:
            e.control_points = [_xy(m, i, 1, p.z) for i, p in zip(ci, control)]
        if fit:
            e.fit_points = [_xy(m, i, 1, p.z) for i, p in zip(fi, fit)]
        for name in ("start_tangent", "end_tangent"):
            if e.dxf.hasattr(name):
                e.dxf.set(name, rotate(e.dxf.get(name), rot))
        if params:
            out = e.construction_tool()
            for t, i in zip(params, si):
                x, y = m.xy(i)
                p = out.point(t)
                job.record(h, math.hypot(p.x - x, p.y - y))
    job.later(write)


def _spline_samples(e):
    try:
        tool = e.construction_tool()
        params = [tool.max_t * n / (2 * CURVE_SAMPLES) for n in range(2 * CURVE_SAMPLES + 1)]
        return params, [tool.point(t) for t in params]
    except Exception:  # an invalid spline is still transformed point by point
        return [], []


def text(e, job):
    """TEXT, ATTRIB, ATTDEF: insertion and alignment points exact, height and rotation by similarity."""
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    job.owner(e)
    ins = e.dxf.insert
    a = job.points.anchor(k * ins.x, ins.y)
    align = e.dxf.get("align_point")
    j = job.points.add(k * align.x, align.y) if align is not None else None

    def write(m):
        rot, scale = m.sim(a)
        e.dxf.insert = _xy(m, a, k, ins.z)
        if j is not None:
            e.dxf.align_point = _xy(m, j, k, align.z)
        e.dxf.height = e.dxf.height * scale
        e.dxf.rotation = (e.dxf.get("rotation", 0.0) + k * math.degrees(rot)) % 360.0
    job.later(write)


def mtext(e, job):
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    job.owner(e)
    ins = e.dxf.insert
    a = job.points.anchor(ins.x, ins.y)

    def write(m):
        rot, scale = m.sim(a)
        e.dxf.insert = _xy(m, a, 1, ins.z)
        e.dxf.char_height = e.dxf.char_height * scale
        if e.dxf.hasattr("width"):
            e.dxf.width = e.dxf.width * scale
        if e.dxf.hasattr("text_direction"):
            e.dxf.text_direction = rotate(e.dxf.text_direction, rot)
        else:
            e.dxf.rotation = (e.dxf.get("rotation", 0.0) + k * math.degrees(rot)) % 360.0
    job.later(write)


def insert(e, job):
    """Block reference: insertion point exact, rotation and plan scale by similarity; the block is untouched."""
    k = ocs_sign(e)
    if k == 0:
        return fallback(e, job)
    block = _block(e, job)
    if block is not None and block.block.is_xref and _identity_placement(e, block):
        # a georeferenced xref: its own file is transformed; moving the reference would move it twice
        job.warnings.append(("xref_kept", e.dxf.handle, e.dxf.name))
        return None
    h = job.owner(e)
    ins = e.dxf.insert
    a = job.points.anchor(k * ins.x, ins.y)
    placement = {41: e.dxf.get("xscale", 1.0), 42: e.dxf.get("yscale", 1.0), 50: e.dxf.get("rotation", 0.0)}
    job.points.sample(h, a, _block_corners_of(block, job.block_extents, k, ins.x, ins.y, placement))
    for attrib in e.attribs:
        text(attrib, job)

    def write(m):
        rot, scale = m.sim(a)
        e.dxf.insert = _xy(m, a, k, ins.z)
        e.dxf.rotation = (e.dxf.get("rotation", 0.0) + k * math.degrees(rot)) % 360.0
        e.dxf.xscale = e.dxf.get("xscale", 1.0) * scale
        e.dxf.yscale = e.dxf.get("yscale", 1.0) * scale
        for name in ("column_spacing", "row_spacing"):
            if e.dxf.hasattr(name):
                e.dxf.set(name, e.dxf.get(name) * scale)
    job.later(write)


def _block(e, job):
    """The referenced block layout, looked up once per name (ezdxf's lookup walks the block records)."""
    if e.doc is None:
        return None
    return block_of(e.doc, e.dxf.name, job.blocks)


def block_of(doc, name, cache):
    key = name.upper()
    if key not in cache:
        cache[key] = doc.blocks.get(name)
    return cache[key]


def _identity_placement(e, block):
    base = block.block.dxf.get("base_point", Vec3())
    dxf = e.dxf
    return (Vec3(dxf.insert).isclose(Vec3(base), abs_tol=1e-6) and abs(dxf.get("rotation", 0.0)) < 1e-9
            and all(abs(dxf.get(n, 1.0) - 1.0) < 1e-12 for n in ("xscale", "yscale")))


def _block_corners_of(block, cache, k, x, y, placement):
    """WCS corners and centre of the block's extents as placed by an INSERT at OCS (x, y) (to measure its
    deviation): placement {41: x scale, 42: y scale, 50: rotation in degrees}, None for the default.

    The same placement as ezdxf's Insert.matrix44() in plan (tests/core/test_dxf_fast.py compares them).
    """
    if block is None:
        return []
    name = block.name
    if name not in cache:
        cache[name] = _extents(block)
    box = cache[name]
    if box is None:
        return []
    (x0, y0), (x1, y1) = box
    base = block.block.dxf.get("base_point", (0.0, 0.0, 0.0))
    sx, sy = _or(placement.get(41), 1.0), _or(placement.get(42), 1.0)
    angle = math.radians(_or(placement.get(50), 0.0))
    cos, sin = math.cos(angle), math.sin(angle)
    out = []
    for px, py in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), ((x0 + x1) / 2, (y0 + y1) / 2)):
        dx, dy = (px - base[0]) * sx, (py - base[1]) * sy
        out.append((k * (x + dx * cos - dy * sin), y + dx * sin + dy * cos))
    return out


def _or(value, default):
    return default if value is None else value


def _extents(block):
    from ezdxf import bbox
    try:
        box = bbox.extents(block, fast=True)
    except Exception:  # extents are for the deviation check only
        return None
    if not box.has_data:
        return None
    return (box.extmin.x, box.extmin.y), (box.extmax.x, box.extmax.y)


def face(e, job, ocs=False):
    """3DFACE (WCS) and SOLID/TRACE (OCS): four corner points, exact."""
    k = ocs_sign(e) if ocs else 1
    if k == 0:
        return fallback(e, job)
    job.owner(e)
    names = [n for n in ("vtx0", "vtx1", "vtx2", "vtx3") if e.dxf.hasattr(n)]
    old = [Vec3(e.dxf.get(n)) for n in names]
    idx = [job.points.add(k * p.x, p.y) for p in old]

    def write(m):
        for n, p, i in zip(names, old, idx):
            e.dxf.set(n, _xy(m, i, k, p.z))
    job.later(write)


def solid(e, job):
    face(e, job, ocs=True)


def ray(e, job):
    """RAY and XLINE: start point exact, direction turned."""
    job.owner(e)
    start = e.dxf.start
    a = job.points.anchor(start.x, start.y)

    def write(m):
        rot, _ = m.sim(a)
        e.dxf.start = _xy(m, a, 1, start.z)
        e.dxf.unit_vector = rotate(e.dxf.unit_vector, rot).normalize()
    job.later(write)


#: Entities that cannot be moved at all (ACIS bodies, proxies): copied unchanged and listed.
NOT_TRANSFORMABLE = {"ACAD_PROXY_ENTITY", "3DSOLID", "REGION", "BODY", "SURFACE", "OLE2FRAME", "OLEFRAME"}


def fallback(e, job):
    """Any other entity ezdxf can transform: carried whole by the similarity at its centre, listed."""
    from ezdxf import bbox
    h = job.owner(e)
    reason = "not_transformable"
    if e.dxftype() not in NOT_TRANSFORMABLE and hasattr(e, "transform"):
        try:
            box = bbox.extents([e], fast=True)
        except Exception:  # no extents: the entity is copied and listed
            box = None
        if box is not None and box.has_data:
            return _carry(e, job, h, box)
        reason = "no_extents"
    job.copied.append((h, e.dxftype(), reason))
    return None


def _carry(e, job, h, box):
    from .job import similarity_matrix
    centre = box.center
    a = job.points.anchor(centre.x, centre.y)
    (x0, y0), (x1, y1) = (box.extmin.x, box.extmin.y), (box.extmax.x, box.extmax.y)
    job.points.sample(h, a, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])

    def write(m):
        try:
            e.transform(similarity_matrix(m, a, centre.z))
            job.similarity_only.append((h, e.dxftype()))
        except Exception as error:  # e.g. non-uniform scaling refused: copied and listed
            job.copied.append((h, e.dxftype(), type(error).__name__))
    job.later(write)
