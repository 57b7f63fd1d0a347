"""Tag-level pass-through of the commonest model-space entities: LINE, LWPOLYLINE, POINT, TEXT, INSERT (with
its ATTRIBs), CIRCLE and ARC.

Loading and saving ezdxf's object model is about 80 % of a drawing's time, and a survey plan is mostly
these seven types. For them, only the group codes the object-model rules of entities.py change are
rewritten (points, heights, radii, angles, scales, widths), with the same arithmetic, so the values are
the same to the last digit (tests/core/test_dxf_fast.py compares both paths entity by entity); every other
tag is written back byte for byte. The rest of the drawing (header, tables, blocks, objects, every other
entity) is loaded, transformed and written by ezdxf as before, and the two are put back in file order.

An entity takes the tag path only when nothing can differ: an ASCII DXF R2000 or later, model space, a
handle of its own that no other tag points to (groups, sort tables, dictionaries, associative hatches),
the group codes the rule needs present once, a plain or mirrored OCS, no embedded object, for an INSERT a
block defined in the file that is not an xref. Anything else goes through ezdxf.
"""

import io
import math
from collections import Counter

from . import tags as T

#: DXF versions ezdxf writes back as they are (R13/R14 are upgraded, R12 has optional handles).
VERSIONS = frozenset(("AC1015", "AC1018", "AC1021", "AC1024", "AC1027", "AC1032"))

BLOCK_XREF = 4 | 8  # external reference, overlay


class NotFast(Exception):
    """This entity goes through ezdxf's object model."""


class Planned:
    __slots__ = ("kind", "handle", "first", "last", "register", "attribs")

    def __init__(self, kind, handle, first, last, register, attribs=0):
        self.kind, self.handle, self.first, self.last = kind, handle, first, last
        self.register, self.attribs = register, attribs


def open_drawing(path):
    """A TagDrawing when at least one entity can take the tag path, else None (the object model is used)."""
    from ezdxf.lldxf.const import DXFError
    try:
        drawing = TagDrawing(path)
    except (NotFast, DXFError, ValueError, OSError, UnicodeError, IndexError):  # ezdxf will say what is wrong
        return None
    return drawing if drawing.fast else None


class TagDrawing:
    def __init__(self, path):
        from ezdxf.filemanagement import dxf_file_info
        with open(str(path), "rb") as stream:
            data = stream.read()
        if data.startswith(b"AutoCAD Binary DXF"):
            raise NotFast("binary")
        info = dxf_file_info(str(path))
        if info.version not in VERSIONS:
            raise NotFast(info.version)
        lines = T.split_lines(data.decode(info.encoding, errors="surrogateescape"))  # as ezdxf.readfile
        if lines is None:
            raise NotFast("odd")
        self.lines, self.codes = lines, T.codes_of(lines)
        found = T.find_section(self.codes, lines, "ENTITIES")
        if found is None or found[1] >= len(self.codes):
            raise NotFast("no ENTITIES")
        self.first, self.end = found[0] + 2, found[1]
        self.units = T.units(self.codes, lines, self.first, self.end)
        self.blocks, self.xrefs = self._block_names()
        self.fast = self._plan()

    # --- what may take the tag path --------------------------------------------------------------

    def _block_names(self):
        codes, lines = self.codes, self.lines
        found = T.find_section(codes, lines, "BLOCKS")
        names, xrefs = set(), set()
        if found is None:
            return names, xrefs
        for a, b in T.chunks(codes, found[0] + 2, found[1]):
            if lines[2 * a + 1].strip() != "BLOCK":
                continue
            values = {c: lines[2 * t + 1].strip() for t, c in enumerate(codes[a + 1:b], a + 1) if c in (2, 70)}
            name = values.get(2, "").upper()
            names.add(name)
            if int(values.get(70, "0") or 0) & BLOCK_XREF:
                xrefs.add(name)
        return names, xrefs

    def _referenced(self):
        """Handles some tag points to, the entities' own owner pointers left out."""
        codes, lines = self.codes, self.lines
        owners = set()
        for unit in self.units:
            for a, b in unit:
                t = T.owner_tag(codes, lines, a, b)
                if t is not None:
                    owners.add(t)
        owners.update(_blkrefs(codes, lines))
        pointers = T.POINTER_CODES
        return {lines[2 * t + 1].strip().upper() for t, c in enumerate(codes) if c in pointers and t not in owners}

    def _plan(self):
        codes, lines = self.codes, self.lines
        handles = [T.handle_of(codes, lines, *unit[0]) for unit in self.units]
        if len(set(handles)) != len(handles) or None in handles:
            raise NotFast("missing or duplicate handles")
        self.handles = handles
        referenced = self._referenced()
        fast = {}
        for n, unit in enumerate(self.units):
            kind = lines[2 * unit[0][0] + 1].strip()
            rule = RULES.get(kind)
            if rule is None or handles[n] in referenced:
                continue
            try:
                fast[n] = rule(self, unit, handles[n])
            except (NotFast, ValueError):
                continue
        return fast

    def tags(self, a, b):
        """{group code: [tag indexes]} of one entity, refusing what the tag path does not handle."""
        found = {}
        codes = self.codes
        for t in range(a + 1, b):
            found.setdefault(codes[t], []).append(t)
        if 101 in found:
            raise NotFast("embedded object")
        if 67 in found and int(self.value(found[67][0])):
            raise NotFast("paper space")
        return found

    def value(self, t):
        return self.lines[2 * t + 1]

    def number(self, t):
        return float(self.lines[2 * t + 1])

    def set(self, t, x):
        self.lines[2 * t + 1] = str(x)

    # --- the rest through ezdxf, then both put back together ----------------------------------------

    def __len__(self):
        return len(self.fast)

    def counts(self):
        """Entities of the tag path by type, counted as files.entity_counts counts them."""
        found = Counter()
        for p in self.fast.values():
            found[p.kind] += 1
            found["ATTRIB"] += p.attribs
        return found

    def load(self):
        """The drawing without the tag-path entities, read by ezdxf."""
        import ezdxf
        kept = []
        lines = self.lines
        position = 2 * self.first
        for n in sorted(self.fast):
            p = self.fast[n]
            kept.append(lines[position:2 * p.first])
            position = 2 * p.last
        text = "\n".join(line for part in kept + [lines[position:]] for line in part)
        return ezdxf.read(io.StringIO("\n".join(lines[:2 * self.first]) + "\n" + text + "\n"))

    def collect(self, job, doc):
        """Points and writers of every tag-path entity, in the job the object model fills."""
        for p in self.fast.values():
            job.tick()
            p.register(job, doc)

    def compose(self, doc):
        """The final text: ezdxf's output with the tag-path entities back in their places."""
        _bump_handseed(doc, max(int(p.handle, 16) for p in self.fast.values()))
        stream = io.StringIO()
        doc.write(stream)
        out = T.split_lines(stream.getvalue())
        codes = T.codes_of(out)
        first, end = T.find_section(codes, out, "ENTITIES")
        written = {}
        for unit in T.units(codes, out, first + 2, end):
            a, b = unit[0][0], unit[-1][1]
            written[T.handle_of(codes, out, a, unit[0][1])] = out[2 * a:2 * b]
        merged = []
        for n in range(len(self.units)):
            p = self.fast.get(n)
            if p is not None:
                merged.append(self.lines[2 * p.first:2 * p.last])
            else:
                merged.append(written.pop(self.handles[n], []))
        merged += list(written.values())  # entities ezdxf added, if any
        body = [line for part in merged for line in part]
        return "\n".join(out[:2 * first + 4] + body + out[2 * end:]) + "\n"


    def release(self):
        """Drop the text and the rules (their closures refer back to this drawing: a cycle)."""
        self.fast, self.lines, self.codes, self.units = {}, [], [], []


def _blkrefs(codes, lines):
    """Tags of the {BLKREFS groups of block records (AutoCAD's list of a block's INSERTs): ezdxf drops them on
    load, so they hold no INSERT back from the tag path."""
    inside, found = False, []
    for t in (t for t, c in enumerate(codes) if c in (102, 331)):
        if codes[t] == 102:
            inside = lines[2 * t + 1].strip() == "{BLKREFS"
        elif inside:
            found.append(t)
    return found


def _bump_handseed(doc, highest):
    """ezdxf never saw the tag-path handles: its next handle must lie beyond them."""
    handles = doc.entitydb.handles
    if int(str(handles), 16) <= highest:
        handles.reset("%X" % (highest + 1))


# --- the rules (same arithmetic as entities.py) ------------------------------------------------------

def _one(found, code):
    ts = found.get(code)
    if ts is None or len(ts) != 1:
        raise NotFast(code)
    return ts[0]


def _opt(found, code):
    ts = found.get(code)
    if ts is None:
        return None
    if len(ts) != 1:
        raise NotFast(code)
    return ts[0]


def _sign(d, found):
    """ocs_sign of the extrusion tags: 1 WCS, −1 mirrored; an inclined OCS is not for the tag path."""
    ts = [_opt(found, c) for c in (210, 220, 230)]
    if ts == [None, None, None]:
        return 1
    if None in ts:
        raise NotFast("partial extrusion")
    x, y, z = (d.number(t) for t in ts)
    if abs(x) < 1e-12 and abs(y) < 1e-12 and z != 0:
        return 1 if z > 0 else -1
    raise NotFast("inclined OCS")


def _single(unit):
    if len(unit) != 1:
        raise NotFast("followers")
    return unit[0]


def line(d, unit, h):
    a, b = _single(unit)
    found = d.tags(a, b)
    t = [_one(found, c) for c in (10, 20, 11, 21)]
    x1, y1, x2, y2 = (d.number(i) for i in t)

    def register(job, doc):
        ps = job.points
        job.owners[h] = "LINE"
        i, j = ps.add(x1, y1), ps.add(x2, y2)
        ps.segment(h, i, j, 0.0)

        def write(m):
            d.set(t[0], m._x[i]), d.set(t[1], m._y[i]), d.set(t[2], m._x[j]), d.set(t[3], m._y[j])
        job.later(write)
    return Planned("LINE", h, a, b, register)


def point(d, unit, h):
    a, b = _single(unit)
    found = d.tags(a, b)
    tx, ty = _one(found, 10), _one(found, 20)
    x, y = d.number(tx), d.number(ty)

    def register(job, doc):
        i = job.points.add(x, y)
        job.owners[h] = "POINT"

        def write(m):
            d.set(tx, m._x[i]), d.set(ty, m._y[i])
        job.later(write)
    return Planned("POINT", h, a, b, register)


def circle(d, unit, h, arc=False):
    from .entities import _arc_samples
    a, b = _single(unit)
    found = d.tags(a, b)
    k = _sign(d, found)
    tx, ty, tr = _one(found, 10), _one(found, 20), _one(found, 40)
    cx, cy, r = d.number(tx), d.number(ty), d.number(tr)
    ta = [_one(found, 50), _one(found, 51)] if arc else []
    start, end = [d.number(t) for t in ta] if arc else (None, None)
    kind = "ARC" if arc else "CIRCLE"

    def register(job, doc):
        job.owners[h] = kind
        c = job.points.anchor(k * cx, cy)
        job.points.sample(h, c, _arc_samples(cx, cy, r, k, start, end))

        def write(m):
            rot, scale = m.sim(c)
            d.set(tx, k * m._x[c]), d.set(ty, m._y[c])
            d.set(tr, r * scale)
            if arc:
                d.set(ta[0], (start + k * math.degrees(rot)) % 360.0)
                d.set(ta[1], (end + k * math.degrees(rot)) % 360.0)
        job.later(write)
    return Planned(kind, h, a, b, register)


def arc(d, unit, h):
    return circle(d, unit, h, arc=True)


def _text(d, a, b, h, kind):
    """TEXT and ATTRIB (entities.text): (register, ) with the tag indexes it rewrites."""
    found = d.tags(a, b)
    k = _sign(d, found)
    tx, ty, th = _one(found, 10), _one(found, 20), _one(found, 40)
    jx, jy, tr = _opt(found, 11), _opt(found, 21), _opt(found, 50)
    if (jx is None) != (jy is None):
        raise NotFast("half an alignment point")
    x, y, height = d.number(tx), d.number(ty), d.number(th)
    align = (d.number(jx), d.number(jy)) if jx is not None else None
    rotation = d.number(tr) if tr is not None else 0.0

    def register(job, doc):
        job.owners[h] = kind
        ps = job.points
        c = ps.anchor(k * x, y)
        j = ps.add(k * align[0], align[1]) if align is not None else None

        def write(m):
            rot, scale = m.sim(c)
            d.set(tx, k * m._x[c]), d.set(ty, m._y[c])
            if j is not None:
                d.set(jx, k * m._x[j]), d.set(jy, m._y[j])
            turned = str((rotation + k * math.degrees(rot)) % 360.0)
            if tr is None:  # the object model writes the rotation it sets: the tag goes in after the height
                d.lines[2 * th + 1] = str(height * scale) + "\n 50\n" + turned
            else:
                d.set(th, height * scale)
                d.lines[2 * tr + 1] = turned
        job.later(write)
    return register


def text(d, unit, h):
    a, b = _single(unit)
    return Planned("TEXT", h, a, b, _text(d, a, b, h, "TEXT"))


def _attribs(d, unit):
    """Registers of the ATTRIBs after an INSERT, which must end with its SEQEND (and nothing else)."""
    followers = unit[1:]
    if not followers:
        return []
    last = followers[-1]
    if d.value(last[0]).strip() != "SEQEND":
        raise NotFast("no SEQEND")
    registers = []
    for a, b in followers[:-1]:
        if d.value(a).strip() != "ATTRIB":
            raise NotFast("not an ATTRIB")
        handle = T.handle_of(d.codes, d.lines, a, b)
        if handle is None:
            raise NotFast("ATTRIB without handle")
        registers.append(_text(d, a, b, handle, "ATTRIB"))
    return registers


def insert(d, unit, h):
    a, b = unit[0]
    found = d.tags(a, b)
    k = _sign(d, found)
    name = d.value(_one(found, 2)).strip().upper()
    if name not in d.blocks or name in d.xrefs:
        raise NotFast("xref or unknown block")
    follows = _opt(found, 66)
    attribs = _attribs(d, unit)
    if bool(follows is not None and int(d.value(follows))) != (len(unit) > 1):
        raise NotFast("attributes flag")
    tx, ty, tz = _one(found, 10), _one(found, 20), _opt(found, 30)
    x, y = d.number(tx), d.number(ty)
    optional = {c: _opt(found, c) for c in (41, 42, 43, 50, 44, 45)}
    old = {c: (d.number(t) if t is not None else None) for c, t in optional.items()}

    def register(job, doc):
        from .entities import _block_corners_of, block_of
        job.owners[h] = "INSERT"
        block = block_of(doc, name, job.blocks)
        c = job.points.anchor(k * x, y)
        job.points.sample(h, c, _block_corners_of(block, job.block_extents, k, x, y, old))
        for attrib in attribs:
            attrib(job, doc)

        def write(m):
            rot, scale = m.sim(c)
            d.set(tx, k * m._x[c]), d.set(ty, m._y[c])
            new = {50: (_or(old[50], 0.0) + k * math.degrees(rot)) % 360.0,
                   41: _or(old[41], 1.0) * scale, 42: _or(old[42], 1.0) * scale}
            for code in (44, 45):
                if optional[code] is not None:
                    new[code] = old[code] * scale
            added = ""
            for code in (41, 42, 50, 44, 45):
                if code not in new:
                    continue
                if optional[code] is None:
                    added += "\n {}\n{}".format(code, new[code])
                else:
                    d.set(optional[code], new[code])
            after = tz if tz is not None else ty
            d.lines[2 * after + 1] += added
        job.later(write)
    return Planned("INSERT", h, a, unit[-1][1], register, len(attribs))


def _or(value, default):
    return default if value is None else value


def lwpolyline(d, unit, h):
    from .entities import _segments
    a, b = _single(unit)
    found = d.tags(a, b)
    k = _sign(d, found)
    xs_t, ys_t = found.get(10, []), found.get(20, [])
    if len(xs_t) != len(ys_t) or any(ty != tx + 1 for tx, ty in zip(xs_t, ys_t)):
        raise NotFast("vertices")
    if xs_t and any(t < xs_t[0] for c in (40, 41, 42, 91) for t in found.get(c, ())):
        raise NotFast("vertex data before the first vertex")
    rows = [(d.number(tx), d.number(ty)) for tx, ty in zip(xs_t, ys_t)]
    bulges = _per_vertex(d, found.get(42, ()), xs_t)
    widths = found.get(40, []) + found.get(41, [])
    width_values = [d.number(t) for t in widths]
    tc = _opt(found, 43)
    const = d.number(tc) if tc is not None else None
    flags = _opt(found, 70)
    closed = bool(int(d.value(flags)) & 1) if flags is not None else False

    def register(job, doc):
        if not rows:
            return
        job.owners[h] = "LWPOLYLINE"
        ps = job.points
        c = ps.anchor(k * rows[0][0], rows[0][1])
        idx = [c] + [ps.add(k * x, y) for x, y in rows[1:]]
        _segments(ps, h, idx, [k * v for v in bulges], closed)

        def write(m):
            _, scale = m.sim(c)
            X, Y = m._x, m._y
            for i, tx, ty in zip(idx, xs_t, ys_t):
                d.set(tx, k * X[i]), d.set(ty, Y[i])
            for t, w in zip(widths, width_values):
                d.set(t, w * scale)
            if tc is not None:
                d.set(tc, const * scale)
        job.later(write)
    return Planned("LWPOLYLINE", h, a, b, register)


def _per_vertex(d, tagged, vertices):
    """The bulge of each vertex (0 when it has none): a 42 belongs to the last vertex before it."""
    out = [0.0] * len(vertices)
    n = 0
    for t in tagged:
        while n + 1 < len(vertices) and vertices[n + 1] < t:
            n += 1
        out[n] = d.number(t)
    return out


RULES = {"LINE": line, "POINT": point, "CIRCLE": circle, "ARC": arc, "TEXT": text, "INSERT": insert,
         "LWPOLYLINE": lwpolyline}
