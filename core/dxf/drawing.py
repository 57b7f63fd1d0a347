"""Transform one ezdxf document in place: model space, dimension geometry, views, UCS, header, CRS note.

Only model-space coordinates move. Block definitions keep their block coordinates (never exploded);
paper space keeps its layout, only the model-space view of its viewports follows the drawing.
"""

import math
from dataclasses import dataclass, field
from typing import Callable, Optional

from ezdxf.math import Vec3

from .. import systems, transform
from ..messages import N_, CanevasError
from . import entities as ent
from . import entities_more as more
from .crsnote import write_crs_note
from .job import Job, rotate

HANDLERS = {
    "LINE": ent.line, "POINT": ent.point, "CIRCLE": ent.circle, "ARC": ent.arc, "ELLIPSE": ent.ellipse,
    "LWPOLYLINE": ent.lwpolyline, "POLYLINE": ent.polyline, "SPLINE": ent.spline,
    "TEXT": ent.text, "ATTDEF": ent.text, "MTEXT": ent.mtext, "INSERT": ent.insert,
    "3DFACE": ent.face, "SOLID": ent.solid, "TRACE": ent.solid, "RAY": ent.ray, "XLINE": ent.ray,
    "HATCH": more.hatch, "DIMENSION": more.dimension, "LEADER": more.leader,
    "IMAGE": more.image, "WIPEOUT": more.image,
}

#: Metres, the unit of every system Canevas knows.
INSUNITS_METRES = 6


@dataclass
class DrawingResult:
    points: int = 0
    max_deviation_m: float = 0.0
    oversized: list = field(default_factory=list)  # (handle, type, deviation m)
    similarity_only: list = field(default_factory=list)
    copied: list = field(default_factory=list)
    dimension_texts: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    crs_note: str = ""


def transform_document(doc, source, target, datum_shift=systems.DEFAULT_DATUM_SHIFT, tolerance_m=0.001,
                       cancelled: Optional[Callable] = None, progress: Optional[Callable] = None, extra=None):
    """Transform `doc` in place from `source` to `target` (codes of core.systems); returns a DrawingResult.

    `extra`: model-space entities kept out of `doc` (fastpath.TagDrawing), transformed in the same job.
    """
    msp = doc.modelspace()
    total = max(1, len(msp) + (len(extra) if extra is not None else 0))
    job = Job(cancelled, on_tick=(lambda seen: progress(min(0.9, 0.9 * seen / total))) if progress else None)
    for e in msp:
        _dispatch(e, job)
    if extra is not None:
        extra.collect(job, doc)
    for name in sorted(job.dimension_blocks):
        block = doc.blocks.get(name)
        for e in block if block is not None else ():
            _dispatch(e, job)
    result = DrawingResult(points=len(job.points))
    _check_system(job.points, source)
    if len(job.points):
        moved = job.points.run(source, target, datum_shift)
        for write in job.writers:
            write(moved)
        job.writers = []  # each writer refers to its entity and the job: freed now, not by the collector
        worst = moved.deviations(source, target, datum_shift)
        for handle, gap in job.extra.items():
            worst[handle] = max(gap, worst.get(handle, 0.0))
        result.max_deviation_m = max(worst.values(), default=0.0)
        result.oversized = sorted((h, job.owners.get(h, "?"), gap) for h, gap in worst.items() if gap > tolerance_m)
    warnings = list(job.warnings)
    _move_views(doc, source, target, datum_shift, warnings)
    doc.header["$INSUNITS"] = INSUNITS_METRES
    result.crs_note = write_crs_note(doc, target, datum_shift)
    result.similarity_only = job.similarity_only
    result.copied = job.copied
    result.dimension_texts = job.dimension_texts
    result.warnings = warnings
    if progress:
        progress(1.0)
    return result


def _check_system(points, source):
    """Refuse a drawing whose coordinates look like another system (the file is in the wrong system)."""
    others = systems.other_systems(source, points.xs, points.ys)
    if others:
        raise CanevasError(N_("The drawing's coordinates look like {found}, not {source}: check the source system "
                              "(a drawing already transformed, or in another system)."),
                           found=", ".join(others), source=source)


def _dispatch(e, job):
    job.tick()
    handler = HANDLERS.get(e.dxftype(), ent.fallback)
    handler(e, job)


# --- views, UCS and header: points that may lie anywhere (0, 0 is common): a failure is a warning ---

class _Optional:
    """Points outside the drawing proper; each one transformed on its own if the batch call fails."""

    def __init__(self):
        self.items = []  # (x, y, writer(x', y', rotation, scale), label)

    def add(self, x, y, writer, label):
        self.items.append((float(x), float(y), writer, label))

    def run(self, source, target, datum_shift, warnings):
        for x, y, writer, label in self.items:
            try:
                xs, ys = transform.transform_xy(source, target, [x, x + 1.0, x], [y, y, y + 1.0], datum_shift)
            except transform.TransformError:
                warnings.append(("not_transformed", label, "({:.3f}, {:.3f})".format(x, y)))
                continue
            c = ((xs[1] - xs[0]) + (ys[2] - ys[0])) / 2.0
            s = ((ys[1] - ys[0]) - (xs[2] - xs[0])) / 2.0
            writer(float(xs[0]), float(ys[0]), math.atan2(s, c), math.hypot(c, s))


def _move_views(doc, source, target, datum_shift, warnings):
    todo = _Optional()
    _viewports(doc, todo, warnings)
    _ucs(doc, todo)
    _header(doc, todo)
    todo.run(source, target, datum_shift, warnings)


def _viewports(doc, todo, warnings):
    for layout in doc.layouts:
        if layout.name.lower() == "model":
            continue
        for vp in layout.query("VIEWPORT"):
            if vp.dxf.get("id", 0) == 1:
                continue  # the paper space's own view: paper coordinates
            _viewport(vp, todo, warnings)
    for vport in _active_vports(doc):
        centre = vport.dxf.get("center")
        if centre is not None:
            todo.add(centre[0], centre[1], _setter(vport, "center", 2), "VPORT *Active")


def _active_vports(doc):
    try:
        return list(doc.viewports.get_config("*Active"))
    except Exception:  # a drawing without an active model view
        return []


def _viewport(vp, todo, warnings):
    direction = Vec3(vp.dxf.get("view_direction_vector", (0, 0, 1)))
    if abs(vp.dxf.get("view_twist_angle", 0.0)) > 1e-12 or not direction.isclose(Vec3(0, 0, 1)):
        # the view centre is in display coordinates, only the plan view reads it as model coordinates
        warnings.append(("viewport_not_plan", vp.dxf.handle, ""))
        return
    target = Vec3(vp.dxf.get("view_target_point", (0, 0, 0)))
    centre = Vec3(vp.dxf.get("view_center_point", (0, 0, 0)))

    def write(x, y, rot, scale):
        vp.dxf.view_center_point = Vec3(x - target.x, y - target.y, centre.z)
    todo.add(target.x + centre.x, target.y + centre.y, write, "VIEWPORT " + vp.dxf.handle)


def _setter(entity, name, dims=3):
    old = Vec3(entity.dxf.get(name))

    def write(x, y, rot, scale):
        entity.dxf.set(name, (x, y) if dims == 2 else Vec3(x, y, old.z))
    return write


def _ucs(doc, todo):
    for ucs in doc.ucs:
        origin = Vec3(ucs.dxf.get("origin", (0, 0, 0)))

        def write(x, y, rot, scale, ucs=ucs, origin=origin):
            ucs.dxf.origin = Vec3(x, y, origin.z)
            for axis in ("xaxis", "yaxis"):
                if ucs.dxf.hasattr(axis):
                    ucs.dxf.set(axis, rotate(ucs.dxf.get(axis), rot))
        todo.add(origin.x, origin.y, write, "UCS " + ucs.dxf.name)


def _header(doc, todo):
    header = doc.header
    base = Vec3(header.get("$INSBASE", (0, 0, 0)))
    if not base.isclose(Vec3()):
        todo.add(base.x, base.y, lambda x, y, r, s: header.__setitem__("$INSBASE", Vec3(x, y, base.z)), "$INSBASE")
    lo, hi = header.get("$EXTMIN"), header.get("$EXTMAX")
    if lo is None or hi is None or not all(abs(v) < 1e19 for v in tuple(lo) + tuple(hi)) or lo[0] > hi[0]:
        return
    box = {}

    def corner(key):
        def write(x, y, rot, scale):
            box[key] = (x, y)
            if len(box) == 4:
                xs, ys = [p[0] for p in box.values()], [p[1] for p in box.values()]
                header["$EXTMIN"] = Vec3(min(xs), min(ys), lo[2])
                header["$EXTMAX"] = Vec3(max(xs), max(ys), hi[2])
        return write
    for key, (x, y) in enumerate(((lo[0], lo[1]), (hi[0], lo[1]), (hi[0], hi[1]), (lo[0], hi[1]))):
        todo.add(x, y, corner(key), "$EXTMIN/$EXTMAX")
