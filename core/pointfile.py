"""Surveyors' text point files (CSV/TXT): read, check, transform and write back the same format.

A file is either produced whole or not at all: every bad line is collected with its number and
reason before anything is produced. Columns other than X and Y (ids, heights, codes, remarks)
are copied verbatim, so IGN69 heights keep their exact text.
"""

import re
from dataclasses import dataclass, field

import numpy as np

from . import systems
from .messages import N_, CanevasError, Message
from .transform import TransformError, transform_xy

#: Separator choices, in the order of the algorithm's enum.
SEPARATORS = (";", ",", "\t", " ")
COMMENT_PREFIXES = ("#", "*", "!", "//")


@dataclass
class PointFileFormat:
    separator: str = ";"          # one character; " " means any run of spaces/tabs (layout kept)
    header: bool = False          # first non-comment line holds column names
    id_col: int = 1               # 1-based column numbers; 0 = none
    x_col: int = 2
    y_col: int = 3
    z_col: int = 0
    decimal_comma: bool = False   # "47300,123" as written by French spreadsheets
    decimals: int = 3             # decimals written for metres; degrees get 5 more (≈ 1 mm)

    def check(self):
        cols = [c for c in (self.id_col, self.x_col, self.y_col, self.z_col) if c]
        if self.x_col < 1 or self.y_col < 1 or self.id_col < 0 or self.z_col < 0:
            raise CanevasError(N_("Column numbers start at 1: X and Y are required; 0 means 'none' for the id and Z."))
        if len(set(cols)) != len(cols):
            raise CanevasError(N_("The id, X, Y and Z columns must be different columns."))
        if self.decimal_comma and self.separator == ",":
            raise CanevasError(N_("A comma cannot be both the column separator and the decimal separator: "
                                  "choose the semicolon or tab separator."))
        if not 0 <= self.decimals <= 12:
            raise CanevasError(N_("Decimals must be between 0 and 12."))


@dataclass
class Result:
    lines: list                   # output lines, without line endings
    converted: int = 0
    rejected: list = field(default_factory=list)  # Message per rejected line


def _bad(line_no, template, **params):
    msg = Message(N_("line {line}: ") + template, line=line_no, **params)
    msg.line_no = line_no
    return msg


def _split(line, sep):
    return line.split() if sep == " " else line.split(sep)


def _join(fields, sep):
    return sep.join(fields)


_TOKEN = re.compile(r"\S+")


def _replace_aligned(line, replacements):
    """Replace whitespace-separated tokens {index: text}, keeping the layout of fixed-width files.

    A replaced number keeps its right edge (surveyors' columns are right-aligned); other tokens
    stay where they were; tabs are kept. Columns only move when a number outgrows its room.
    """
    spans = [m.span() for m in _TOKEN.finditer(line)]
    out, prev_end = "", 0
    for i, (a, b) in enumerate(spans):
        token = replacements.get(i, line[a:b])
        start = b - len(token) if i in replacements else a
        start = max(start, len(out) + (1 if i else 0))
        gap = line[prev_end:a]
        if "\t" in gap or (start == a and len(out) == prev_end):
            out += gap
        else:
            out += " " * (start - len(out))
        out += token
        prev_end = b
    return out + line[prev_end:]


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _number(text, decimal_comma):
    t = text.strip()
    if decimal_comma:
        t = t.replace(",", ".")
    if not _NUMBER.fullmatch(t):
        raise ValueError(text)
    return float(t)


def _format(value, decimals, decimal_comma):
    s = "{:.{}f}".format(value, decimals)
    return s.replace(".", ",") if decimal_comma else s


def _is_comment(stripped):
    return not stripped or stripped.startswith(COMMENT_PREFIXES)


def parse(lines, fmt):
    """Returns (rows, bad): rows are (line_no, fields, x, y) of the point lines."""
    fmt.check()
    rows, bad = [], []
    needed = max(fmt.id_col, fmt.x_col, fmt.y_col, fmt.z_col)
    header_pending = fmt.header
    for line_no, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if _is_comment(stripped):
            continue
        if header_pending:
            header_pending = False
            continue
        fields = _split(line, fmt.separator)
        if len(fields) < needed:
            bad.append(_bad(line_no, N_("expected at least {needed} columns, found {found}"),
                            needed=needed, found=len(fields)))
            continue
        values, problem = {}, None
        for name, col in (("X", fmt.x_col), ("Y", fmt.y_col), ("Z", fmt.z_col)):
            if not col:
                continue
            try:
                values[name] = _number(fields[col - 1], fmt.decimal_comma)
            except ValueError:
                problem = _bad(line_no, N_("{name} value '{value}' (column {col}) is not a number"),
                               name=name, value=fields[col - 1].strip(), col=col)
                break
        if problem is None and fmt.id_col and not fields[fmt.id_col - 1].strip():
            problem = _bad(line_no, N_("the point id (column {col}) is empty"), col=fmt.id_col)
        if problem:
            bad.append(problem)
        else:
            rows.append((line_no, fields, values["X"], values["Y"]))
    return rows, bad


def convert(lines, fmt, source, target, datum_shift=systems.DEFAULT_DATUM_SHIFT, skip_bad_lines=False):
    """Transform the X/Y columns of a point file from `source` to `target` (codes of core.systems).

    Raises CanevasError listing every bad line unless `skip_bad_lines`, in which case the bad
    lines are left out of the output and returned in `Result.rejected`.
    """
    lines = [raw.rstrip("\r\n") for raw in lines]
    rows, bad = parse(lines, fmt)
    if not rows and not bad:
        raise CanevasError(N_("The file holds no point line: check the separator and the header option."))
    tx = ty = None
    if rows:
        xs = np.array([r[2] for r in rows])
        ys = np.array([r[3] for r in rows])
        _check_system(source, xs, ys, fmt)
        try:
            tx, ty = transform_xy(source, target, xs, ys, datum_shift)
        except TransformError:
            tx, ty = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
            for i, (line_no, _, x, y) in enumerate(rows):
                try:
                    (tx[i],), (ty[i],) = transform_xy(source, target, [x], [y], datum_shift)
                except TransformError:
                    bad.append(_bad(line_no, N_("the point lies outside the area of the transformation")))
        if "REN09" in (source, target):  # REN09's area of use, whichever datum shift
            rx, ry = (xs, ys) if source == "REN09" else (tx, ty)
            failed = {m.line_no for m in bad}
            for i, (line_no, _, _, _) in enumerate(rows):
                if line_no not in failed and np.isfinite(rx[i]) and systems.outside_ren09_area(rx[i], ry[i]):
                    bad.append(_bad(line_no, N_("the point lies {km:.1f} km from Rennes town hall in REN09, outside "
                                                "the area of use of REN09 (within {limit:.0f} km of the town hall)"),
                                    km=systems.ren09_distance_km(rx[i], ry[i]),
                                    limit=systems.REN09_AREA_RADIUS_M / 1000.0))
    bad.sort(key=lambda m: m.line_no)
    if bad and not skip_bad_lines:
        raise CanevasError(N_("{count} bad line(s) in the point file; nothing was written. Correct them, "
                              "or allow skipping bad lines."), details=bad, count=len(bad))
    rejected = {m.line_no for m in bad}
    out = list(lines)
    decimals = fmt.decimals + (5 if target == "RGF93G" else 0)
    converted = 0
    for i, (line_no, fields, _, _) in enumerate(rows):
        if line_no in rejected:
            continue
        new = {fmt.x_col - 1: _format(tx[i], decimals, fmt.decimal_comma),
               fmt.y_col - 1: _format(ty[i], decimals, fmt.decimal_comma)}
        if fmt.separator == " ":
            out[line_no - 1] = _replace_aligned(out[line_no - 1], new)
        else:
            fields = list(fields)
            for index, text in new.items():
                fields[index] = text
            out[line_no - 1] = _join(fields, fmt.separator)
        converted += 1
    if converted == 0:
        raise CanevasError(N_("No point of the file could be converted; nothing was written."), details=bad)
    out = [line for line_no, line in enumerate(out, start=1) if line_no not in rejected]
    return Result(out, converted, bad)


def _check_system(source, xs, ys, fmt):
    others = systems.other_systems(source, xs, ys)
    if source == "RGF93G" and not systems.looks_like(xs, ys) and systems.looks_like(ys, xs) == ["RGF93G"]:
        raise CanevasError(N_("The X column ({x}) holds latitudes and the Y column ({y}) longitudes: "
                              "swap the columns (X = longitude, Y = latitude)."), x=fmt.x_col, y=fmt.y_col)
    if others:
        raise CanevasError(
            N_("The coordinates (columns {x} and {y}) do not look like {expected} but like {found}: "
               "choose the right source system, or check the X/Y columns."),
            x=fmt.x_col, y=fmt.y_col, expected=systems.SYSTEMS[source].name,
            found=" or ".join(systems.SYSTEMS[c].name for c in others))

