"""Leveling field books (carnets de nivellement) → observations, one per section between two marks.

Three formats are read; every bad line is collected with its number and reason before anything
is returned (as core.pointfile does), and `skip_bad_lines` leaves them out instead of failing.

How readings become height differences (all formats)
----------------------------------------------------
A set-up (station de niveau) is a backsight (lecture arrière) on one point followed by a foresight
(lecture avant) on the next; repeated readings of the same sight (BFFB, BBFF, aBFFB…) are
averaged. The set-up gives dh = mean(backsights) − mean(foresights) and a length = mean backsight
distance + mean foresight distance. Set-ups are chained through turning points (points de
changement), whose ids are matched by `turning_pattern` (default: digits only, the numbers a digital
level gives itself); a section ends on the first point that is not a turning point (a station or a
benchmark) and becomes one observation: from, to, Σdh, Σlength, number of set-ups. The backsight
of a set-up must be on the foresight point of the previous one. Intermediate sights (visées
intermédiaires) are not part of a cheminement and are skipped.

Leica GSI-8 / GSI-16 (DNA03, DNA10, LS10, LS15)
-----------------------------------------------
A line is a block of words separated by blanks; GSI-16 lines start with '*'. A word is the word
index (2 digits, or 3 for the leveling words 330–339, 390–392, 571–574), information characters up
to column 6, the sign in column 7, then 8 (GSI-8) or 16 (GSI-16) data characters. The last
information character is the unit of a measured value: 0 = metre, last digit 1 mm; 6 = metre,
1/10 mm; 8 = metre, 1/100 mm; 1 and 7 = US/international feet, 1/1000 and 1/10 000 ft (converted to
metres). Words read:

- 11: point id (data characters, leading zeros removed), in columns 3–6 the block number;
- 41: code block — starts a new run (cheminement), named after its word 42 (information 1) when
  present, else numbered;
- 32: horizontal distance instrument–staff of the reading on the same line;
- 331 and 335: backsight readings (first and second reading of the set-up);
- 332 and 336: foresight readings (first and second);
- 330 (single staff reading outside a line), 333 (intermediate sight) and 334 (setting-out) are
  skipped: they make no height difference of a cheminement.

Words not read (recomputed here from the readings, never trusted): 83 (height computed by the
instrument), 571/572 (station difference and its running sum), 573/574 (the instrument's running
sums of sight distances), 390–392 (measurement statistics), 95 and others. The year is not in a GSI
file (word 19 is month.day.hour.minute): give the date of the job with `date`.

Trimble DiNi (M5 format, successor of Zeiss REC 500)
----------------------------------------------------
A data line is 'For M5|Adr nnnnn|<type identifier + 27-character information block>|<T3 value
unit>|<T4 value unit>|<T5 value unit>|' (Trimble M3/DiNi user guides, appendix "M5 data format":
5 blocks separated by '|', each value block a 2-character type identifier, a 14-character value and
a 4-character unit). Read: an information block of type KD*/PI* gives the point id (its first
token after the type); TO/TI text blocks containing 'Start-Line' / 'End-Line' start and end a run;
value blocks Rb (backsight reading), Rf (foresight reading) and HD (horizontal distance) in m or ft.
Skipped: Rz (intermediate sight) and the computed values (Z, Sh, dz, Db, Df, …).

Plain CSV
---------
A header line naming the columns, in any order: from, to, dh (metres), and optionally distance
(metres), setups, run, date. Separator ';', tab or ',' (read from the header); decimal comma
accepted with ';' or tab.
"""

import datetime
import re
from dataclasses import dataclass, field
from typing import List, Optional

from ..messages import N_, CanevasError
from .observations import Observation, bad_line

FORMATS = ("auto", "gsi", "dini", "csv")
#: Ids given by digital levels to turning points: digits only.
DEFAULT_TURNING_PATTERN = r"^\d+$"

_FT = 0.3048
GSI_UNITS = {"0": 1e-3, "6": 1e-4, "8": 1e-5, "1": 1e-3 * _FT, "7": 1e-4 * _FT}
GSI_BACK = ("331", "335")
GSI_FORE = ("332", "336")
GSI_SKIPPED_READINGS = ("330", "333", "334")
_GSI_WORD = re.compile(r"^\*?\d{2}[0-9.]{4}[+-]")
_COMMENT = ("#", "//", "!")


@dataclass
class BookResult:
    observations: List[Observation]
    rejected: list = field(default_factory=list)  # Message per rejected line
    format: str = ""


@dataclass
class _Setup:
    back_id: str
    line_no: int
    back: list = field(default_factory=list)     # (reading_m, distance_m or None)
    fore_id: Optional[str] = None
    fore: list = field(default_factory=list)


def _mean(values):
    return sum(values) / len(values)


class _Run:
    """Chains set-ups into sections between marks (see the module docstring)."""

    def __init__(self, name, is_turning, bad, date):
        self.name, self.is_turning, self.bad, self.date = name, is_turning, bad, date
        self.rows, self.setup, self.section = [], None, None
        self.last_line = None

    def sight(self, line_no, point, backsight, reading, distance):
        self.last_line = line_no
        if backsight:
            # BFFB: a second backsight on the set-up's own back point belongs to it; a backsight on
            # the point just aimed at starts the next set-up
            if self.setup is not None and self.setup.fore and point != self.setup.back_id:
                self._close_setup()
            if self.setup is None:
                self.setup = _Setup(point, line_no)
            elif self.setup.back_id != point:
                self.bad.append(bad_line(line_no, N_("backsight on {point} while the set-up began on {first}"),
                                         point=point, first=self.setup.back_id))
                return
            self.setup.back.append((reading, distance))
            return
        if self.setup is None:
            self.bad.append(bad_line(line_no, N_("foresight on {point} without a backsight before it"), point=point))
            return
        if self.setup.fore_id not in (None, point):
            self.bad.append(bad_line(line_no, N_("foresight on {point} while the set-up aims at {first}"),
                                     point=point, first=self.setup.fore_id))
            return
        self.setup.fore_id = point
        self.setup.fore.append((reading, distance))

    def _close_setup(self):
        s, self.setup = self.setup, None
        dh = _mean([r for r, _ in s.back]) - _mean([r for r, _ in s.fore])
        dists = [d for _, d in s.back], [d for _, d in s.fore]
        length = None if None in dists[0] + dists[1] else _mean(dists[0]) + _mean(dists[1])
        sec = self.section
        if sec is None:
            sec = self.section = {"from": s.back_id, "at": s.back_id, "dh": 0.0, "dist": 0.0, "setups": 0}
        if s.back_id != sec["at"]:
            self.bad.append(bad_line(s.line_no, N_("backsight on {point} but the previous foresight was on {previous}"),
                                     point=s.back_id, previous=sec["at"]))
            self.section = None
            return
        sec["dh"] += dh
        sec["dist"] = None if length is None or sec["dist"] is None else sec["dist"] + length
        sec["setups"] += 1
        sec["at"] = s.fore_id
        if not self.is_turning(s.fore_id):
            self.rows.append(Observation(sec["from"], s.fore_id, sec["dh"], sec["dist"], sec["setups"], self.name,
                                         self.date, self.last_line))
            self.section = {"from": s.fore_id, "at": s.fore_id, "dh": 0.0, "dist": 0.0, "setups": 0}

    def finish(self):
        if self.setup is not None:
            if self.setup.fore:
                self._close_setup()
            else:
                self.bad.append(bad_line(self.setup.line_no, N_("backsight on {point} without a foresight after it"),
                                         point=self.setup.back_id))
        if self.section is not None and self.section["setups"]:
            self.bad.append(bad_line(self.last_line, N_("the run ends on turning point {point}: the last foresight "
                                                        "must be on a mark (station or benchmark)"),
                                     point=self.section["at"]))
        return self.rows


class _Book:
    """Runs of one file; a new run starts on the format's run marker."""

    def __init__(self, turning_pattern, date):
        pattern = _pattern(turning_pattern)
        self.is_turning = (lambda pid: bool(pattern.search(pid))) if pattern else (lambda pid: False)
        self.bad, self.rows, self.date, self.count = [], [], date, 0
        self.run = None

    def start(self, name=None):
        self.end()
        self.count += 1
        self.run = _Run(name or "{}".format(self.count), self.is_turning, self.bad, self.date)

    def sight(self, *args):
        if self.run is None:
            self.start()
        self.run.sight(*args)

    def end(self):
        if self.run is not None:
            self.rows += self.run.finish()
        self.run = None


# --- Leica GSI ---------------------------------------------------------------------------------

def _gsi_words(text):
    words = []
    for word in text.lstrip("*").split():
        if len(word) < 8 or word[6] not in "+-":
            raise ValueError(N_("'{word}' is not a GSI word (index, information, sign, data)"), word)
        two = word[:2]
        wi = two if two in ("11", "41") or not word[2].isdigit() else word[:3]
        data = word[7:]
        if len(data) not in (8, 16):
            raise ValueError(N_("word '{word}' has {count} data characters: GSI-8 has 8, GSI-16 has 16"), word,
                             len(data))
        words.append((wi, word[5], word[6], data))
    return words


def _gsi_value(wi, unit, sign, data):
    if unit not in GSI_UNITS:
        raise ValueError(N_("word {wi} has unit code '{unit}', not a length unit (0, 1, 6, 7 or 8)"), wi, unit)
    if not data.isdigit():
        raise ValueError(N_("word {wi} holds '{data}', not a number"), wi, data)
    value = int(data) * GSI_UNITS[unit]
    return -value if sign == "-" else value


def _gsi_text(data):
    return data.lstrip("0") or "0"


def _gsi_line(book, line_no, text):
    words = _gsi_words(text)
    by_wi = {}
    for wi, unit, sign, data in words:
        by_wi.setdefault(wi, (unit, sign, data))
    if words and words[0][0] == "41":
        info = by_wi.get("42")
        book.start(_gsi_text(info[2]) if info else None)
        return
    readings = [wi for wi in by_wi if wi in GSI_BACK + GSI_FORE]
    if not readings:
        return  # header, code, intermediate (330/333/334) or sums line: nothing to chain
    if len(readings) > 1:
        raise ValueError(N_("more than one staff reading on the line ({words})"), ", ".join(readings))
    if "11" not in by_wi:
        raise ValueError(N_("staff reading without a point id (word 11)"))
    wi = readings[0]
    reading = _gsi_value(wi, *by_wi[wi])
    distance = abs(_gsi_value("32", *by_wi["32"])) if "32" in by_wi else None
    book.sight(line_no, _gsi_text(by_wi["11"][2]), wi in GSI_BACK, reading, distance)


# --- Trimble DiNi M5 ---------------------------------------------------------------------------

_M5_LENGTH = {"m": 1.0, "ft": _FT}


def _m5_value(block_tokens, line_no):
    kind, value = block_tokens[0], block_tokens[1] if len(block_tokens) > 1 else ""
    unit = block_tokens[2] if len(block_tokens) > 2 else ""
    if unit not in _M5_LENGTH:
        raise ValueError(N_("{kind} value without a length unit (m or ft): '{unit}'"), kind, unit)
    try:
        return float(value) * _M5_LENGTH[unit]
    except ValueError:
        raise ValueError(N_("{kind} value '{value}' is not a number"), kind, value) from None


def _dini_line(book, line_no, text):
    blocks = text.split("|")
    if len(blocks) < 3 or not blocks[0].strip().startswith("For M5"):
        raise ValueError(N_("not an M5 data line ('For M5|Adr …|…')"))
    info = blocks[2].split()
    kind = info[0] if info else ""
    if kind in ("TO", "TI"):
        words = " ".join(info[1:])
        if "Start-Line" in words:
            book.start(words.split("Start-Line", 1)[1].strip() or None)
        elif "End-Line" in words:
            book.end()
        return
    values = {}
    for block in blocks[3:6]:
        tokens = block.split()
        if tokens:
            values.setdefault(tokens[0], tokens)
    reading_kind = "Rb" if "Rb" in values else "Rf" if "Rf" in values else None
    if reading_kind is None:
        return  # Rz intermediate sight, computed heights, header lines
    if not (kind.startswith("KD") or kind.startswith("PI")) or len(info) < 2:
        raise ValueError(N_("staff reading without a point id (KD or PI block)"))
    reading = _m5_value(values[reading_kind], line_no)
    distance = abs(_m5_value(values["HD"], line_no)) if "HD" in values else None
    book.sight(line_no, info[1], reading_kind == "Rb", reading, distance)


# --- CSV ---------------------------------------------------------------------------------------

CSV_ALIASES = {"from": ("from", "de", "from_id"), "to": ("to", "vers", "to_id"), "dh": ("dh", "dh_m"),
               "distance": ("distance", "distance_m"), "setups": ("setups", "stations"), "run": ("run", "cheminement"),
               "date": ("date",)}


def _csv_header(line):
    sep = ";" if ";" in line else "\t" if "\t" in line else ","
    names = [c.strip().lower() for c in line.split(sep)]
    columns = {}
    for key, aliases in CSV_ALIASES.items():
        for i, name in enumerate(names):
            if name in aliases:
                columns[key] = i
                break
    missing = [k for k in ("from", "to", "dh") if k not in columns]
    if missing:
        raise CanevasError(N_("The CSV header '{header}' lacks the column(s) {missing}: the header must name "
                              "from, to and dh (and may name distance, setups, run, date)."),
                           header=line.strip(), missing=", ".join(missing))
    return sep, columns


def _csv_number(text, sep, what):
    t = text.strip()
    if sep != ",":
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        raise ValueError(N_("{what} '{value}' is not a number"), what, text.strip()) from None


def _csv_cell(fields, columns, key):
    i = columns.get(key)
    return fields[i].strip() if i is not None and i < len(fields) else ""


def _csv_row(fields, columns, sep, line_no):
    if len(fields) <= max(columns[k] for k in ("from", "to", "dh")):
        raise ValueError(N_("expected at least {count} columns, found {found}"),
                         max(columns.values()) + 1, len(fields))
    frm, to = _csv_cell(fields, columns, "from"), _csv_cell(fields, columns, "to")
    if not frm or not to:
        raise ValueError(N_("the from or to point is empty"))
    if frm == to:
        raise ValueError(N_("from and to are the same point ({point})"), frm)
    dh = _csv_number(_csv_cell(fields, columns, "dh"), sep, "dh")
    dist_text, setups_text = _csv_cell(fields, columns, "distance"), _csv_cell(fields, columns, "setups")
    distance = _csv_number(dist_text, sep, "distance") if dist_text else None
    if distance is not None and distance < 0:
        raise ValueError(N_("distance {value} is negative"), dist_text)
    setups = None
    if setups_text:
        s = _csv_number(setups_text, sep, "setups")
        if s < 1 or s != int(s):
            raise ValueError(N_("setups '{value}' is not a whole number of set-ups"), setups_text)
        setups = int(s)
    return Observation(frm, to, dh, distance, setups, _csv_cell(fields, columns, "run"),
                       _csv_cell(fields, columns, "date") or None, line_no)


def _read_csv(numbered, date):
    rows, bad, header = [], [], None
    for line_no, text in numbered:
        if header is None:
            header = _csv_header(text)
            continue
        sep, columns = header
        try:
            obs = _csv_row(text.split(sep), columns, sep, line_no)
        except ValueError as exc:
            bad.append(bad_line(line_no, exc.args[0], **_named(exc.args[0], exc.args[1:])))
            continue
        obs.date = obs.date or date
        rows.append(obs)
    return rows, bad


# --- all formats -------------------------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)")


def _named(template, values):
    """Parameters of a ValueError(template, *values) by the names in the template, in order."""
    return dict(zip(_FIELD.findall(template), values))


def detect_format(lines):
    for raw in lines:
        text = raw.strip()
        if not text or text.startswith(_COMMENT):
            continue
        if text.startswith("For M5"):
            return "dini"
        return "gsi" if _GSI_WORD.match(text) else "csv"
    return "csv"


def _numbered(lines):
    for line_no, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if text.strip() and not text.strip().startswith(_COMMENT):
            yield line_no, text


class Cancelled(Exception):
    """The user cancelled: nothing was read."""


#: How often (in lines) the cancel callback is asked.
CANCEL_EVERY = 2000


def _checked(numbered, cancelled):
    for k, item in enumerate(numbered):
        if cancelled is not None and k % CANCEL_EVERY == 0 and cancelled():
            raise Cancelled()
        yield item


def _pattern(turning_pattern):
    """The compiled turning-point pattern (None: every point ends a section); CanevasError when it is invalid."""
    if not turning_pattern:
        return None
    try:
        return re.compile(turning_pattern)
    except (re.error, OverflowError, RecursionError) as error:
        raise CanevasError(N_("The turning point ids « {pattern} » are not a valid regular expression ({error}): "
                              "correct it (default: ^\\d+$, digits only), or leave it empty so that every point "
                              "ends a section."), pattern=turning_pattern, error=str(error)) from None


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def check_date(date):
    """`date` when it is a real YYYY-MM-DD date (or empty: None); CanevasError otherwise."""
    if date is None or not str(date).strip():
        return None
    text = str(date).strip()
    match = _ISO_DATE.match(text)
    try:
        if match is None:
            raise ValueError(text)
        datetime.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise CanevasError(N_("The date « {date} » is not a date written YYYY-MM-DD (e.g. 2024-05-02): correct it, "
                              "or leave it empty."), date=text) from None
    return text


def _read_instrument(numbered, parse_line, turning_pattern, date):
    book = _Book(turning_pattern, date)
    for line_no, text in numbered:
        try:
            parse_line(book, line_no, text)
        except ValueError as exc:
            book.bad.append(bad_line(line_no, exc.args[0], **_named(exc.args[0], exc.args[1:])))
    book.end()
    return book.rows, book.bad


def read_book(lines, fmt="auto", skip_bad_lines=False, turning_pattern=DEFAULT_TURNING_PATTERN, date=None,
              cancelled=None):
    """Observations of a field book (see the module docstring). Returns a BookResult.

    Raises CanevasError listing every bad line unless `skip_bad_lines` (then they are returned in
    `rejected`), and when the book holds no height difference at all, the date is not a YYYY-MM-DD date
    or the turning-point pattern is not a regular expression. `cancelled()` is asked as the lines are
    read; Cancelled is raised when it says yes.
    """
    if fmt not in FORMATS:
        raise CanevasError(N_("Unknown field-book format '{fmt}': choose one of {formats}."), fmt=fmt,
                           formats=", ".join(FORMATS))
    date = check_date(date)
    _pattern(turning_pattern)
    lines = list(lines)
    fmt = detect_format(lines) if fmt == "auto" else fmt
    numbered = _checked(_numbered(lines), cancelled)
    if fmt == "csv":
        rows, bad = _read_csv(numbered, date)
    else:
        rows, bad = _read_instrument(numbered, _gsi_line if fmt == "gsi" else _dini_line, turning_pattern, date)
    bad.sort(key=lambda m: m.line_no or 0)
    if bad and not skip_bad_lines:
        raise CanevasError(N_("{count} bad line(s) in the field book; nothing was imported. Correct them, or allow "
                              "skipping bad lines."), details=bad, count=len(bad))
    if not rows:
        raise CanevasError(N_("The field book holds no height difference between two marks: check the format "
                              "({fmt}) and that each run ends on a station or a benchmark."), details=bad, fmt=fmt)
    return BookResult(rows, bad, fmt)
