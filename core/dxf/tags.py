"""A DXF file as group-code/value lines: split into sections and entities without ezdxf's object model.

Used by the tag-level pass-through (fastpath.py) and to read a written file back cheaply (counts by type).
Lines are kept as text: an untouched tag is written back byte for byte.
"""

from collections import Counter

#: Group codes whose value is a handle pointing to another object (DXF reference, "Group code value types").
POINTER_CODES = frozenset(list(range(320, 370)) + list(range(390, 400)) + [480, 481, 1005])

#: Entities that are parts of the entity before them (attributes, vertices, end of sequence).
FOLLOWERS = frozenset(("ATTRIB", "VERTEX", "SEQEND"))

#: What ezdxf's layouts do not count as entities of a block (see files.entity_counts).
NOT_COUNTED = frozenset(("BLOCK", "ENDBLK", "SEQEND", "VERTEX", "ENDSEC"))


def split_lines(text):
    """Universal newlines, as ezdxf reads a file in text mode; None when the tag count is odd."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) % 2:
        return None
    return lines


def codes_of(lines):
    """Group codes of every tag (ValueError on a line that is no group code)."""
    return [int(c) for c in lines[0::2]]


def find_section(codes, lines, name, start=0):
    """(first tag, ENDSEC tag) of section `name`, None when absent."""
    n = len(codes)
    t = start
    while t < n - 1:
        if codes[t] == 0 and lines[2 * t + 1].strip() == "SECTION" and lines[2 * t + 3].strip() == name \
                and codes[t + 1] == 2:
            end = t + 2
            while end < n and not (codes[end] == 0 and lines[2 * end + 1].strip() == "ENDSEC"):
                end += 1
            return t, end
        t += 1
    return None


def chunks(codes, first, last):
    """Tag ranges [a, b) of the entities between tags first and last (each starts at a group code 0)."""
    starts = [t for t in range(first, last) if codes[t] == 0]
    return list(zip(starts, starts[1:] + [last]))


def units(codes, lines, first, last):
    """Entities with their followers (INSERT + ATTRIBs + SEQEND, POLYLINE + VERTEXes + SEQEND), in file order.

    Each unit is a list of chunks (a, b); the first chunk is the entity itself.
    """
    found = []
    for a, b in chunks(codes, first, last):
        kind = lines[2 * a + 1].strip()
        if kind in FOLLOWERS and found:
            found[-1].append((a, b))
        else:
            found.append([(a, b)])
    return found


def handle_of(codes, lines, a, b):
    """The entity's handle (group 5, 105 for DIMSTYLE), upper case; None when missing."""
    for t in range(a + 1, b):
        if codes[t] in (5, 105):
            return lines[2 * t + 1].strip().upper()
    return None


def owner_tag(codes, lines, a, b):
    """Index of the owner pointer (the first 330 outside a 102 group), None when there is none."""
    inside = False
    for t in range(a + 1, b):
        c = codes[t]
        if c == 102:
            inside = lines[2 * t + 1].strip().startswith("{")
        elif c == 330 and not inside:
            return t
    return None


def count_written(path):
    """Read a written DXF back at tag level: (entities by type in ENTITIES and BLOCKS, number of BLOCKs).

    Counted as files.entity_counts counts an ezdxf document: block contents and both spaces, attributes
    included, vertices and end markers not. Raises ValueError on a file that is not a well-formed ASCII DXF.
    """
    with open(str(path), "rb") as stream:
        text = stream.read().decode("latin-1")  # any byte is a character: the line structure is kept
    lines = split_lines(text)
    if lines is None:
        raise ValueError("odd number of lines")
    codes = codes_of(lines)
    counts, blocks = Counter(), 0
    for name in ("BLOCKS", "ENTITIES"):
        found = find_section(codes, lines, name)
        if found is None:
            raise ValueError("no {} section".format(name))
        first, end = found
        if end >= len(codes):
            raise ValueError("{} section not closed".format(name))
        for t in range(first + 2, end):
            if codes[t] == 0:
                kind = lines[2 * t + 1].strip()
                if kind == "BLOCK":
                    blocks += 1
                elif kind not in NOT_COUNTED:
                    counts[kind] += 1
    if not lines or lines[-1].strip() != "EOF":
        raise ValueError("no EOF")
    return {k: v for k, v in sorted(counts.items())}, blocks
