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


_TOKEN = re.compile(r"\S+")


def _field_spans(line, sep):
    """(start, end) of each field's text in the line; a field in double quotes spans its inside.

    " " means any run of spaces/tabs. Quoted fields may hold the separator ("R 1; borne").
    """
    if sep == " ":
        return [m.span() for m in _TOKEN.finditer(line)]
    spans, i, n = [], 0, len(line)
    while True:
        j = i
        while j < n and line[j] in " \t":
            j += 1
        if j < n and line[j] == '"':
            close = j + 1
            while True:
                close = line.find('"', close)
                if close < 0 or close + 1 >= n or line[close + 1] != '"':
                    break
                close += 2  # "" is a quote inside a quoted field
            if close >= 0:
                spans.append((j + 1, close))
                nxt = line.find(sep, close + 1)
                if nxt < 0:
                    return spans
                i = nxt + 1
                continue
        nxt = line.find(sep, i)
        spans.append((i, n if nxt < 0 else nxt))
        if nxt < 0:
            return spans
        i = nxt + 1


def _replace_spans(line, spans, replacements):
    """Replace fields {index: text} in place; everything else (quotes, spaces) stays as it was."""
    out, prev = [], 0
    for index in sorted(replacements):
        a, b = spans[index]
        out += [line[prev:a], replacements[index]]
        prev = b
    return "".join(out) + line[prev:]


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
# 48°06'41.4"N, 1°40′47″W, -1°40'47" : degrees, minutes, seconds with their signs or hemisphere
_DMS = re.compile(r"([+-]?)(\d+(?:[.,]\d+)?)\s*°\s*(?:(\d+(?:[.,]\d+)?)\s*['′’]\s*)?"
                  r"(?:(\d+(?:[.,]\d+)?)\s*(?:\"|″|''|′′)\s*)?([NSEWO]?)", re.IGNORECASE)


def _number(text, decimal_comma):
    t = text.strip()
    if decimal_comma:
        t = t.replace(",", ".")
    if not _NUMBER.fullmatch(t):
        raise ValueError(text)
    return float(t)


def dms_to_degrees(text):
    """Decimal degrees of a degrees-minutes-seconds text, or None when the text is not one."""
    m = _DMS.fullmatch(text.strip())
    if not m:
        return None
    sign, d, mi, se, hemisphere = m.groups()
    parts = [float(v.replace(",", ".")) if v else 0.0 for v in (d, mi, se)]
    if parts[1] >= 60 or parts[2] >= 60:
        return None
    value = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0
    negative = sign == "-" or hemisphere.upper() in ("S", "W", "O")  # O: ouest
    return -value if negative else value


def _format(value, decimals, decimal_comma):
    s = "{:.{}f}".format(value, decimals)
    return s.replace(".", ",") if decimal_comma else s


def _is_comment(stripped):
    return not stripped or stripped.startswith(COMMENT_PREFIXES)


@dataclass
class Row:
    line_no: int
    spans: list
    x: float
    y: float
    dms: bool = False  # X or Y was written in degrees, minutes, seconds


def _coordinate(text, decimal_comma):
    """(value, dms) of an X/Y field; raises ValueError."""
    try:
        return _number(text, decimal_comma), False
    except ValueError:
        value = dms_to_degrees(text)
        if value is None:
            raise
        return value, True


def _parse_line(line_no, line, fmt, needed):
    """A Row, or a Message saying why the line is bad."""
    spans = _field_spans(line, fmt.separator)
    if len(spans) < needed:
        return _bad(line_no, N_("expected at least {needed} columns, found {found}"), needed=needed, found=len(spans))
    fields = [line[a:b] for a, b in spans]
    values, dms = {}, False
    for name, col in (("X", fmt.x_col), ("Y", fmt.y_col)):
        try:
            values[name], was_dms = _coordinate(fields[col - 1], fmt.decimal_comma)
        except ValueError:
            return _bad(line_no, N_("{name} value '{value}' (column {col}) is not a number"),
                        name=name, value=fields[col - 1].strip(), col=col)
        dms = dms or was_dms
    if fmt.z_col and fields[fmt.z_col - 1].strip():  # a missing height stays missing: copied as it is
        try:
            _number(fields[fmt.z_col - 1], fmt.decimal_comma)
        except ValueError:
            return _bad(line_no, N_("{name} value '{value}' (column {col}) is not a number"),
                        name="Z", value=fields[fmt.z_col - 1].strip(), col=fmt.z_col)
    if fmt.id_col and not fields[fmt.id_col - 1].strip():
        return _bad(line_no, N_("the point id (column {col}) is empty"), col=fmt.id_col)
    return Row(line_no, spans, values["X"], values["Y"], dms)


def _check_header(line_no, result, fmt):
    """The first line after the comments against the HEADER option."""
    if fmt.header and isinstance(result, Row):
        raise CanevasError(N_("« First line is a header » is ticked but line {line} is a point (X {x:g}, Y {y:g}): "
                              "untick the option, or it would be copied unconverted."),
                           line=line_no, x=result.x, y=result.y)
    if not fmt.header and isinstance(result, Message) and "is not a number" in result.template:
        raise CanevasError(N_("Line {line} is not a point but looks like a header ({reason}): tick « First line is "
                              "a header », or check the columns."), line=line_no, reason=result.text())


def parse(lines, fmt, cancelled=None):
    """Returns (rows, bad): rows are Row objects of the point lines, bad the Messages of the others."""
    fmt.check()
    rows, bad = [], []
    needed = max(fmt.id_col, fmt.x_col, fmt.y_col, fmt.z_col)
    first = True
    for line_no, raw in enumerate(lines, start=1):
        if cancelled is not None and line_no % 20000 == 0 and cancelled():
            raise Cancelled()
        line = raw.rstrip("\r\n")
        if _is_comment(line.strip()):
            continue
        if first and fmt.header:
            result = _parse_line(line_no, line, fmt, needed)
            _check_header(line_no, result, fmt)
            first = False
            continue
        result = _parse_line(line_no, line, fmt, needed)
        if first:
            _check_header(line_no, result, fmt)
            first = False
        (rows if isinstance(result, Row) else bad).append(result)
    return rows, bad


class Cancelled(Exception):
    """The user cancelled: nothing was produced."""


def convert(lines, fmt, source, target, datum_shift=systems.DEFAULT_DATUM_SHIFT, skip_bad_lines=False,
            cancelled=None, final_newline=True):
    """Transform the X/Y columns of a point file from `source` to `target` (codes of core.systems).

    Raises CanevasError listing every bad line unless `skip_bad_lines`, in which case the bad
    lines are left out of the output and returned in `Result.rejected`. `cancelled()` is asked
    as the lines are read and between the phases; Cancelled is raised when it says yes.
    `final_newline`: whether the file ended with a line ending (False: its last line may have been cut).
    """
    def stop_if_cancelled():
        if cancelled is not None and cancelled():
            raise Cancelled()

    lines = [raw.rstrip("\r\n") for raw in lines]
    rows, bad = parse(lines, fmt, cancelled)
    stop_if_cancelled()
    if not rows and not bad:
        raise CanevasError(N_("The file holds no point line: check the separator and the header option."))
    if not final_newline:
        _check_truncated(lines, rows, bad, fmt)
    tx = ty = None
    rows, xs, ys = _finite(rows, bad)
    if rows:
        _check_system(source, xs, ys, fmt, rows)
        stop_if_cancelled()
        tx, ty = _transform_rows(rows, xs, ys, source, target, datum_shift, bad)
        stop_if_cancelled()
        bad += _outside_area(rows, xs, ys, tx, ty, source, target, fmt, lines, {m.line_no for m in bad})
        stop_if_cancelled()
    bad.sort(key=lambda m: m.line_no)
    if bad and not skip_bad_lines:
        raise CanevasError(N_("{count} bad line(s) in the point file; nothing was written. Correct them, "
                              "or allow skipping bad lines."), details=bad, count=len(bad))
    rejected = {m.line_no for m in bad}
    out = list(lines)
    decimals = fmt.decimals + (5 if target == "RGF93G" else 0)
    converted = 0
    for i, row in enumerate(rows):
        if i % 20000 == 0:
            stop_if_cancelled()
        if row.line_no in rejected:
            continue
        new = {fmt.x_col - 1: _format(tx[i], decimals, fmt.decimal_comma),
               fmt.y_col - 1: _format(ty[i], decimals, fmt.decimal_comma)}
        if fmt.separator == " ":
            out[row.line_no - 1] = _replace_aligned(out[row.line_no - 1], new)
        else:
            out[row.line_no - 1] = _replace_spans(out[row.line_no - 1], row.spans, new)
        converted += 1
    if converted == 0:
        raise CanevasError(N_("No point of the file could be converted; nothing was written."), details=bad)
    out = [line for line_no, line in enumerate(out, start=1) if line_no not in rejected]
    return Result(out, converted, bad)


def _finite(rows, bad):
    """(rows, xs, ys) of the rows whose X and Y are finite; the others (1e999) become bad lines."""
    xs = np.array([r.x for r in rows], dtype=float)
    ys = np.array([r.y for r in rows], dtype=float)
    keep = np.isfinite(xs) & np.isfinite(ys)
    if keep.all():
        return rows, xs, ys
    for i in np.flatnonzero(~keep):
        bad.append(_bad(rows[i].line_no, N_("X or Y is not a finite number ({x}, {y})"), x=rows[i].x, y=rows[i].y))
    return [row for row, k in zip(rows, keep) if k], xs[keep], ys[keep]


def _shape(line, fmt):
    """(column count, {column: decimals of the number there, or None when empty}) of a point line."""
    spans = _field_spans(line, fmt.separator)
    decimals = {}
    for col in (fmt.x_col, fmt.y_col, fmt.z_col):
        if col and col <= len(spans):
            text = line[spans[col - 1][0]:spans[col - 1][1]].strip()
            mark = "," if fmt.decimal_comma else "."
            decimals[col] = None if not text else (len(text) - text.index(mark) - 1 if mark in text else -1)
    return len(spans), decimals


def _check_truncated(lines, rows, bad, fmt):
    """Stop when the file, which does not end with a line ending, looks cut inside its last line.

    A copy or download interrupted mid-line leaves a last point with a cut-off number (« 23.2 » for
    « 23.273 ») or an empty height: converted, it would be a plausible wrong point. The last line is
    compared with the other point lines: fewer columns, fewer decimals where the others holding a number
    there all have the same number of decimals, or an empty value where most others have one.
    """
    last = len(lines)
    while last and _is_comment(lines[last - 1].strip()):
        last -= 1
    if last != len(lines) or last == 0:
        return  # the file ends with a blank or comment line: nothing was cut inside a point
    if any(m.line_no == last for m in bad):
        return  # already a bad line, reported as such
    others = [_shape(lines[row.line_no - 1], fmt) for row in rows if row.line_no != last]
    if len(others) < 3:
        return
    count, decimals = _shape(lines[last - 1], fmt)
    reason = None
    counts = {c for c, _ in others}
    if len(counts) == 1 and count < min(counts):
        reason = Message(N_("{found} columns where the other lines have {usual}"), found=count, usual=min(counts))
    for col, value in sorted(decimals.items()):
        if reason is not None:
            break
        seen = [d[col] for _, d in others if col in d]
        filled = [d for d in seen if d is not None]
        if value is None and len(filled) > len(seen) / 2:
            reason = Message(N_("column {col} is empty where the other lines hold a number"), col=col)
        elif value is not None and len(set(filled)) == 1 and len(filled) >= 3 and value < filled[0]:
            reason = Message(N_("column {col} has {found} decimal(s) where every other line has {usual}"),
                             col=col, found=max(value, 0), usual=filled[0])
    if reason is not None:
        raise CanevasError(N_("The last line ({line}) of the point file looks truncated ({reason}) and the file does "
                              "not end with a line ending: the file was probably cut while being copied; nothing "
                              "was written. Copy the whole file again; if it is complete, end its last line with a "
                              "line ending and run again."), line=last, reason=reason)


def _transform_rows(rows, xs, ys, source, target, datum_shift, bad):
    """Transformed arrays; points PROJ cannot transform get NaN and a bad-line message."""
    try:
        return transform_xy(source, target, xs, ys, datum_shift)
    except TransformError:
        pass
    tx, ty = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
    for i, row in enumerate(rows):
        try:
            (tx[i],), (ty[i],) = transform_xy(source, target, [row.x], [row.y], datum_shift)
        except TransformError:
            bad.append(_bad(row.line_no, N_("the point lies outside the area of the transformation")))
    return tx, ty


def _outside_area(rows, xs, ys, tx, ty, source, target, fmt, lines, failed):
    """Bad-line messages for points outside the area of use of the source system, or of REN09 as target."""
    checks = [(source, xs, ys)] + ([("REN09", tx, ty)] if target == "REN09" else [])
    bad, usual = [], None
    for code, ax, ay in checks:
        for i in np.flatnonzero(systems.outside_area_of_use(code, ax, ay)):
            row = rows[i]
            if row.line_no in failed:
                continue
            failed.add(row.line_no)
            msg = _outside_message(row, code, ax[i], ay[i])
            if fmt.separator == " ":
                usual = _usual_field_count(lines, fmt) if usual is None else usual
                if len(row.spans) != usual:
                    msg = Message(N_("{message} (this line has {count} columns where the others have {usual}: with "
                                     "the spaces separator, an id or a code holding a space shifts the columns — "
                                     "choose another separator or remove the space)"),
                                  message=msg, count=len(row.spans), usual=usual)
                    msg.line_no = row.line_no
            bad.append(msg)
    return bad


def _outside_message(row, code, x, y):
    if code == "REN09":
        return _bad(row.line_no, N_("the point lies {km:.1f} km from Rennes town hall in REN09, outside the area of "
                                    "use of REN09 (Rennes Métropole and {margin:.0f} km around it)"),
                    km=systems.ren09_distance_km(x, y), margin=systems.REN09_AREA_MARGIN_M / 1000.0)
    return _bad(row.line_no, N_("the point ({x:.3f}, {y:.3f}) lies outside the area of use of {system}: check the "
                                "source system and the X/Y columns"), x=row.x, y=row.y,
                system=systems.SYSTEMS[code].name)


def _usual_field_count(lines, fmt):
    """The most frequent number of columns among the point lines."""
    counts = {}
    for line in lines:
        if not _is_comment(line.strip()):
            n = len(_field_spans(line, fmt.separator))
            counts[n] = counts.get(n, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else 0


def _check_system(source, xs, ys, fmt, rows=()):
    """Whole-file checks of the numbers against the source system: another system, swapped columns, DMS."""
    if any(row.dms for row in rows) and source != "RGF93G":
        line = next(row.line_no for row in rows if row.dms)
        raise CanevasError(N_("Line {line} holds degrees, minutes and seconds but the source system is {system}: "
                              "choose « RGF93 geographic » as the source system."),
                           line=line, system=systems.SYSTEMS[source].name)
    if source == "RGF93G" and not systems.looks_like(xs, ys) and systems.looks_like(ys, xs) == ["RGF93G"]:
        raise CanevasError(N_("The X column ({x}) holds latitudes and the Y column ({y}) longitudes: "
                              "swap the columns (X = longitude, Y = latitude)."), x=fmt.x_col, y=fmt.y_col)
    if _looks_swapped(source, xs, ys):
        raise CanevasError(N_("The X column ({x}) and the Y column ({y}) look swapped: most points lie outside the "
                              "area of use of {system} as they are, and inside it swapped. Swap the X and Y column "
                              "numbers (X = east or longitude, Y = north or latitude)."),
                           x=fmt.x_col, y=fmt.y_col, system=systems.SYSTEMS[source].name)
    others = systems.other_systems(source, xs, ys)
    if others:
        raise CanevasError(
            N_("The coordinates (columns {x} and {y}) do not look like {expected} but like {found}: "
               "choose the right source system, or check the X/Y columns."),
            x=fmt.x_col, y=fmt.y_col, expected=systems.SYSTEMS[source].name,
            found=" or ".join(systems.SYSTEMS[c].name for c in others))


def _looks_swapped(source, xs, ys):
    outside = systems.outside_area_of_use(source, xs, ys).mean()
    return outside > 0.5 and systems.outside_area_of_use(source, ys, xs).mean() < 0.1
