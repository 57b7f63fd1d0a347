"""What one drawing's transformation collects: points, deferred writes, and what it could not do exactly."""

import math

from ezdxf.math import Matrix44, Vec3

from .pointset import PointSet


class Cancelled(Exception):
    """The user cancelled: nothing more is written."""


#: How often (in entities) the cancel callback is asked.
CANCEL_EVERY = 1000


class Job:
    def __init__(self, cancelled=None, on_tick=None):
        self.points = PointSet()
        self.writers = []
        self.owners = {}  # handle -> DXF type, for the report
        self.copied = []  # (handle, type, reason): copied unchanged
        self.similarity_only = []  # (handle, type): carried whole by the local similarity
        self.extra = {}  # handle -> deviation (m) measured by a writer (splines)
        self.dimension_texts = []  # (handle, displayed before, displayed after)
        self.warnings = []
        self.dimension_blocks = set()  # anonymous blocks drawing dimensions, in WCS
        self.block_extents = {}  # block name -> extents in block coordinates
        self.blocks = {}  # block name (upper case) -> block layout or None
        self._cancelled = cancelled
        self._on_tick = on_tick
        self._seen = 0

    def tick(self):
        self._seen += 1
        if self._seen % CANCEL_EVERY:
            return
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        if self._on_tick is not None:
            self._on_tick(self._seen)

    def owner(self, entity):
        handle = entity.dxf.handle
        self.owners[handle] = entity.dxftype()
        return handle

    def later(self, writer):
        self.writers.append(writer)

    def record(self, handle, deviation):
        if deviation > self.extra.get(handle, -1.0):
            self.extra[handle] = deviation


def ocs_sign(entity):
    """+1 when the entity's OCS is the WCS, −1 when mirrored (extrusion −Z), 0 for an inclined plane."""
    v = entity.dxf.get("extrusion")
    if v is None:
        return 1
    x, y, z = v
    if abs(x) < 1e-12 and abs(y) < 1e-12 and z != 0:
        return 1 if z > 0 else -1
    return 0


def rotate(vector, rot, scale=1.0):
    """A WCS direction turned by rot (radians) about Z and scaled in plan; its z is kept."""
    v = Vec3(vector)
    c, s = math.cos(rot) * scale, math.sin(rot) * scale
    return Vec3(c * v.x - s * v.y, s * v.x + c * v.y, v.z)


def similarity_matrix(moved, a, z=0.0):
    """Matrix44 of the similarity at anchor a: WCS point -> transformed point (z about the anchor kept)."""
    rot, scale = moved.sim(a)
    ax, ay = moved.points.xs[a], moved.points.ys[a]
    tx, ty = moved.xy(a)
    return Matrix44.chain(
        Matrix44.translate(-ax, -ay, -z), Matrix44.scale(scale, scale, scale),
        Matrix44.z_rotate(rot), Matrix44.translate(tx, ty, z))
