"""The canevas register (DOMAIN.md §5, §6): its schema, matricules and their ranges, IGN benchmarks.

Pure Python (no QGIS): the Processing algorithms of the "Canevas register" group build the
GeoPackage from SCHEMA and check matricules with check_matricules(); IGN benchmark rows are mapped
onto BENCHMARKS by core.ign_benchmarks.

Matricules: a station matricule is a prefix followed by a number, e.g. 'R00123' → prefix 'R',
number 123, written on 5 digits. The SIG service alone hands out ranges of matricules
(« plages de matricules ») to each contractor (« prestataire »); a range is (prestataire, first,
last, date) with an optional prefix. A matricule is never handed out twice, and the matricule of a
destroyed station is not reused: the next free matricule of a range follows the highest one used.
"""

import math
import re
from dataclasses import dataclass, field
from typing import Optional

from .messages import N_, CanevasError

# --- schema -----------------------------------------------------------------------------------

#: Custom srs_id given to REN09 in gpkg_spatial_ref_sys (it has no EPSG code).
REN09_SRS_ID = 100009
#: The systems a Canevas database may use (core.systems codes).
ALLOWED_SYSTEMS = ("CC48", "REN09")
GEOMETRY_COLUMN = "geom"
FID_COLUMN = "fid"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # a GeoPackage column type: TEXT, REAL, INTEGER, DATE, DATETIME, BLOB
    not_null: bool = False
    unique: bool = False
    references: Optional[str] = None  # "table(column)"
    check: Optional[str] = None  # an SQL expression on this column
    description: str = ""
    label: str = ""  # the users' words for the field (an N_() template), shown on fiches and in the dock


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: Optional[str]  # "POINT" (always with Z) or None for an attribute table
    fields: tuple
    description: str
    checks: tuple = ()  # table-level CHECK expressions

    @property
    def field_names(self):
        return [f.name for f in self.fields]

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def _fk(table="stations", column="matricule"):
    return "{}({})".format(table, column)


#: The IGN fields of GEODESIE:data_geod kept in the benchmarks layer (DOMAIN.md §6), same names.
IGN_BENCHMARK_FIELDS = (
    Field("nom", "TEXT", label=N_("Matricule"), not_null=True, unique=True,
          description="IGN matricule of the benchmark"),
    Field("domaine", "TEXT", label=N_("Domain"), description="'nivf' = NGF-IGN69 mainland leveling network"),
    Field("type", "TEXT", label=N_("Type"), description="type of mark"),
    Field("etat", "TEXT", label=N_("State"), description="IGN state: BON ETAT, IMPRENABLE, MAUVAIS ETAT, "
                                                         "NON RETROUVE, PRESUME DEPLACE, DETRUIT"),
    Field("insee", "TEXT", label=N_("INSEE code"), description="INSEE code of the commune"),
    Field("commune", "TEXT", label=N_("Commune")),
    Field("cp1_coord3", "REAL", label=N_("Altitude (m)"), description="altitude (m)"),
    Field("cp1_srv", "TEXT", label=N_("Height system"), description="height system, e.g. NGF-IGN 1969"),
    Field("cp1_altitude_type", "TEXT", label=N_("Type of altitude")),
    Field("cg1_coord1", "REAL", label=N_("Longitude"), description="RGF93 longitude (degrees)"),
    Field("cg1_coord2", "REAL", label=N_("Latitude"), description="RGF93 latitude (degrees)"),
    Field("voie_suivie", "TEXT", label=N_("Road followed"), description="street or road followed by the leveling line"),
    Field("voie_de", "TEXT", label=N_("From")),
    Field("voie_vers", "TEXT", label=N_("To")),
    Field("voie_cote", "TEXT", label=N_("Side")),
    Field("voie_pk", "TEXT", label=N_("Kilometre point")),
    Field("localisation", "TEXT", label=N_("Location")),
    Field("support", "TEXT", label=N_("Support")),
    Field("freres_info", "TEXT", label=N_("Triplet members"), description="other members of the triplet"),
    Field("vis_date", "DATE", label=N_("Last visit"), description="last IGN visit"),
    Field("obs_date", "DATE", label=N_("Last observation"), description="last IGN observation"),
    Field("expl_gps", "TEXT", label=N_("Usable by GNSS"), description="GNSS usability"),
    Field("url_pdf", "TEXT", label=N_("IGN fiche (PDF)"), description="IGN fiche signalétique (PDF)"),
)
IGN_FIELD_NAMES = tuple(f.name for f in IGN_BENCHMARK_FIELDS)
#: Fields of the benchmarks layer kept by the city and never touched by an IGN import.
LOCAL_BENCHMARK_FIELDS = (
    Field("remarques", "TEXT", label=N_("Remarks")),
    Field("derniere_visite_locale", "DATE", description="last visit by the city's own teams"),
)

STATIONS = Layer("stations", "POINT", (
    Field("matricule", "TEXT", label=N_("Matricule"), not_null=True, unique=True,
          description="unique across the whole register"),
    Field("type_repere", "TEXT", label=N_("Type of mark"), description="borne, clou, spit, tige, piquet…"),
    Field("methode", "TEXT", label=N_("Determination method"),
          description="GNSS RTK, GNSS statique, polygonation, nivellement direct…"),
    Field("date_determination", "DATE", label=N_("Determination date")),
    Field("classe_plan_cm", "REAL", label=N_("Plan class (cm)"), check="classe_plan_cm > 0"),
    Field("classe_alti_cm", "REAL", label=N_("Height class (cm)"), check="classe_alti_cm > 0"),
    Field("commune", "TEXT", label=N_("Commune")),
    Field("adresse", "TEXT", label=N_("Address"), description="street and house number"),
    Field("description", "TEXT", label=N_("Description"), description="how to find the point"),
    Field("etat", "TEXT", label=N_("State")),
    Field("prestataire", "TEXT", label=N_("Contractor"), description="contractor who determined the station"),
    Field("remarques", "TEXT", label=N_("Remarks")),
), "Canevas stations: X, Y in the system of the database, Z in NGF-IGN69.")

BENCHMARKS = Layer("benchmarks", "POINT", IGN_BENCHMARK_FIELDS + LOCAL_BENCHMARK_FIELDS,
                   "IGN leveling benchmarks (repères de nivellement), fields of the Géoplateforme layer "
                   "GEODESIE:data_geod; Z = altitude NGF-IGN69.")

TIES = Layer("ties", None, (
    Field("station_matricule", "TEXT", not_null=True, references=_fk()),
    Field("cible", "TEXT", not_null=True, description="the tie point (rattachement): what it is and where"),
    Field("distance_m", "REAL", not_null=True, check="distance_m > 0"),
    Field("distance2_m", "REAL", check="distance2_m > 0", description="second (check) measurement"),
    Field("gisement_gon", "REAL", check="gisement_gon >= 0 AND gisement_gon < 400"),
    Field("remarque", "TEXT"),
), "Tie points (rattachements) of the stations, with chained distances.")

VISITS = Layer("visits", None, (
    Field("station_matricule", "TEXT", not_null=True, references=_fk()),
    Field("date", "DATE", not_null=True),
    Field("visiteur", "TEXT"),
    Field("etat_constate", "TEXT"),
    Field("remarque", "TEXT"),
), "History of the visits of the stations.")

ATTACHMENT_KINDS = ("sketch", "photo")
ATTACHMENTS = Layer("attachments", None, (
    Field("station_matricule", "TEXT", not_null=True, references=_fk()),
    Field("kind", "TEXT", not_null=True, check="kind IN ({})".format(", ".join("'{}'".format(k)
                                                                              for k in ATTACHMENT_KINDS))),
    Field("file_name", "TEXT"),
    Field("mime_type", "TEXT"),
    Field("data", "BLOB"),
), "Oriented sketches and photos of the stations (fiches signalétiques).")

RANGES = Layer("matricule_ranges", None, (
    Field("prestataire", "TEXT", not_null=True),
    Field("prefixe", "TEXT", description="prefix of the matricules (e.g. R); empty = any prefix"),
    Field("first", "INTEGER", not_null=True),
    Field("last", "INTEGER", not_null=True),
    Field("date_attribution", "DATE"),
), "Matricule ranges handed out by the SIG service to each contractor.",
    checks=("first <= last",))

SCHEMA = (STATIONS, BENCHMARKS, TIES, VISITS, ATTACHMENTS, RANGES)
LAYER_NAMES = tuple(layer.name for layer in SCHEMA)
#: Labels of fields the sample data and exports add to the register's (heights of the stations, the synthetic flag).
OTHER_FIELD_LABELS = {"z_ign69": N_("Height IGN69 (m)"), "synthetic": N_("Synthetic data")}


def field_label(name):
    """The users' words for a register or IGN field (an N_() template to translate), None when it has none."""
    for layer in SCHEMA:
        for f in layer.fields:
            if f.name == name and f.label:
                return f.label
    return OTHER_FIELD_LABELS.get(name)


def triplet_members(freres_info):
    """Matricules listed in an IGN `freres_info` field (comma or semicolon separated), as written."""
    if freres_info is None:
        return []
    text = str(freres_info).strip()
    if not text or text.upper() in ("NULL", "NONE"):
        return []
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def layer(name):
    for candidate in SCHEMA:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def quote(identifier):
    return '"{}"'.format(identifier.replace('"', '""'))


def create_table_sql(table):
    """CREATE TABLE statement of a layer of SCHEMA, following the GeoPackage conventions."""
    columns = ["{} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL".format(quote(FID_COLUMN))]
    if table.geometry:
        columns.append("{} {}".format(quote(GEOMETRY_COLUMN), table.geometry))
    for f in table.fields:
        parts = [quote(f.name), f.type]
        if f.not_null:
            parts.append("NOT NULL")
        if f.unique:
            parts.append("UNIQUE")
        if f.check:
            parts.append("CHECK ({})".format(f.check))
        if f.references:
            ref_table, ref_column = f.references[:-1].split("(")
            parts.append("REFERENCES {}({}) ON UPDATE CASCADE ON DELETE CASCADE".format(
                quote(ref_table), quote(ref_column)))
        columns.append(" ".join(parts))
    columns += ["CHECK ({})".format(c) for c in table.checks]
    return "CREATE TABLE {} (\n  {}\n)".format(quote(table.name), ",\n  ".join(columns))


def missing_layers(names):
    """Layers of SCHEMA absent from `names` (the tables of a GeoPackage)."""
    present = set(names)
    return [name for name in LAYER_NAMES if name not in present]


# --- matricules ---------------------------------------------------------------------------------

_MATRICULE = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True)
class Matricule:
    prefix: str
    number: int
    width: int  # number of digits, zero padding included

    @property
    def text(self):
        return "{}{}".format(self.prefix, str(self.number).zfill(self.width))

    @property
    def key(self):
        """Identity of the matricule: 'R123', 'r00123' and 'R 123' are the same station number."""
        return self.prefix.strip().upper(), self.number

    def __str__(self):
        return self.text


def parse_matricule(text):
    """'R00123' → Matricule('R', 123, 5). Raises CanevasError when no number ends the text."""
    if text is None:
        raise CanevasError(N_("A station has no matricule: give every station its matricule."))
    stripped = str(text).strip()
    match = _MATRICULE.match(stripped)
    if not match:
        raise CanevasError(N_("« {matricule} » is not a matricule: it must end with its number, e.g. R00123."),
                           matricule=stripped)
    return Matricule(match.group(1), int(match.group(2)), len(match.group(2)))


def try_parse_matricule(text):
    try:
        return parse_matricule(text)
    except CanevasError:
        return None


#: Digits of a station matricule when no allocated range says otherwise ('R00123', 'R21001').
MATRICULE_DIGITS = 5
#: A prefix may hold letters, digits and the separators « . - _ / » (e.g. 'R', 'RM-'); no spaces inside.
_PREFIX = re.compile(r"^[A-Z0-9._/-]*$")
#: Longest number of a matricule: beyond, a typing error (and no range reaches it).
MAX_MATRICULE_DIGITS = 12


def normalize_matricule(text, ranges=()):
    """The one written form of a station matricule, shared by the « Fiche canevas » dock and checkmatricules.

    Rule (the register's format: a prefix, then the number): surrounding spaces and spaces between the
    prefix and the number are dropped, the prefix is written in capitals, the number keeps no extra
    leading zero and is padded to the width of the allocated range holding it (MatriculeRange.width,
    else the digits of its last matricule), else to MATRICULE_DIGITS. So 'r21001', 'R 21001' and
    'R021001' are all 'R21001', and 'R123' is 'R00123'. Raises CanevasError when the text is empty,
    does not end with a number, holds a space or a character other than letters, digits and « . - _ / »
    in its prefix, or a number of more than MAX_MATRICULE_DIGITS digits.
    """
    if is_empty(text):
        raise CanevasError(N_("A station has no matricule: give every station its matricule."))
    stripped = str(text).strip()
    m = try_parse_matricule(stripped)
    if m is None:
        raise CanevasError(N_("« {matricule} » is not a matricule: it must end with its number, e.g. R21001."),
                           matricule=stripped)
    prefix = m.prefix.strip().upper()
    if not _PREFIX.match(prefix):
        raise CanevasError(N_("« {matricule} » is not a matricule: its prefix « {prefix} » may hold only letters, "
                              "digits and « . - _ / », without spaces, e.g. R21001."), matricule=stripped,
                           prefix=m.prefix.strip())
    digits = len(str(m.number))
    if digits > MAX_MATRICULE_DIGITS:
        raise CanevasError(N_("« {matricule} » is not a matricule: its number has {digits} digits (at most {most})."),
                           matricule=stripped, digits=digits, most=MAX_MATRICULE_DIGITS)
    bare = Matricule(prefix, m.number, 0)
    width = next((rng.width or len(str(rng.last)) for rng in ranges if in_range(bare, rng)), MATRICULE_DIGITS)
    return Matricule(prefix, m.number, max(width, digits)).text


def matricule_key(text):
    """Identity of a station matricule for duplicate checks: (prefix in capitals, number); None when unreadable.

    Two matricules with the same key are the same station number, however they are written
    ('r21001', 'R021001', 'R 21001' and 'R21001').
    """
    m = try_parse_matricule(text)
    return None if m is None else m.key


@dataclass(frozen=True)
class MatriculeRange:
    prestataire: str
    first: int
    last: int
    date: Optional[str] = None
    prefix: Optional[str] = None  # None: any prefix
    width: Optional[int] = None  # digits of the matricules; None: that of `last`

    def __post_init__(self):
        if self.first > self.last:
            raise CanevasError(N_("The range of « {prestataire} » starts after its end ({first} > {last}): "
                                  "swap first and last."),
                               prestataire=self.prestataire, first=self.first, last=self.last)

    @property
    def size(self):
        return self.last - self.first + 1

    def matricule(self, number):
        return Matricule(self.prefix or "", number, self.width or len(str(self.last)))

    @property
    def label(self):
        return "{} {} – {}".format(self.prestataire, self.matricule(self.first), self.matricule(self.last))


def is_empty(value):
    """None, NaN, blank or the text NULL: a value the user left empty."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() in ("", "NULL")


def make_range(prestataire, first, last, date=None, prefix=None):
    """A MatriculeRange from table values: first/last are numbers or matricules ('R21001')."""
    name = "" if is_empty(prestataire) else str(prestataire).strip()
    bounds = []
    for what, value in (("first", first), ("last", last)):
        if is_empty(value):
            raise CanevasError(N_("The range of « {prestataire} » has no {what} matricule: fill it."),
                               prestataire=name, what=what)
        if isinstance(value, float):
            if value != int(value):
                raise CanevasError(N_("The {what} matricule of the range of « {prestataire} » is {value}, "
                                      "not a whole number."), prestataire=name, what=what, value=value)
            value = int(value)
        if isinstance(value, int):
            bounds.append(Matricule("", value, 0))
            continue
        m = try_parse_matricule(value)
        if m is None:
            raise CanevasError(N_("The {what} matricule of the range of « {prestataire} » is « {value} », which "
                                  "does not end with a number."), prestataire=name, what=what, value=value)
        bounds.append(m)
    lo, hi = bounds
    prefix = None if is_empty(prefix) else str(prefix).strip()
    for m in (lo, hi):
        if m.prefix:
            if prefix is not None and m.prefix.upper() != prefix.upper():
                raise CanevasError(N_("The range of « {prestataire} » mixes the prefixes « {a} » and « {b} »: "
                                      "one range has one prefix."), prestataire=name, a=prefix, b=m.prefix)
            prefix = m.prefix
    widths = {m.width for m in (lo, hi) if m.width and m.prefix}
    width = max(widths) if widths else None
    return MatriculeRange(name, lo.number, hi.number, None if is_empty(date) else str(date), prefix, width)


def in_range(matricule, rng):
    """True when the matricule (text or Matricule) lies in the range (same prefix if the range has one)."""
    m = matricule if isinstance(matricule, Matricule) else try_parse_matricule(matricule)
    if m is None:
        return False
    if rng.prefix is not None and m.prefix.strip().upper() != rng.prefix.strip().upper():
        return False
    return rng.first <= m.number <= rng.last


def _prefixes_meet(a, b):
    return a.prefix is None or b.prefix is None or a.prefix.upper() == b.prefix.upper()


def overlapping_ranges(ranges):
    """Index pairs (i, j), i < j, of ranges sharing at least one matricule."""
    pairs = []
    for i, a in enumerate(ranges):
        for j in range(i + 1, len(ranges)):
            b = ranges[j]
            if _prefixes_meet(a, b) and a.first <= b.last and b.first <= a.last:
                pairs.append((i, j))
    return pairs


def next_free(rng, used):
    """Next matricule to hand out in a range: the one after the highest used (text), or None if full.

    Numbers left unused below the highest are not proposed: the matricule of a destroyed or
    abandoned station is never given again.
    """
    inside = [m for m in (u if isinstance(u, Matricule) else try_parse_matricule(u) for u in used)
              if m is not None and in_range(m, rng)]
    if not inside:
        return rng.matricule(rng.first).text
    highest = max(inside, key=lambda m: m.number)
    number = highest.number + 1
    if number > rng.last:
        return None
    # follow the matricules in use for what the range leaves open (prefix, zero padding)
    prefix = highest.prefix if rng.prefix is None else rng.prefix
    return Matricule(prefix, number, rng.width or highest.width).text


@dataclass
class Gap:
    range_index: int
    start: int
    end: int

    @property
    def count(self):
        return self.end - self.start + 1


@dataclass
class RangeUsage:
    range_index: int
    used: int  # distinct numbers used
    highest: Optional[int]
    next_free: Optional[str]
    unused_below_highest: int


@dataclass
class MatriculeCheck:
    """Result of check_matricules; indices refer to the list of matricules given."""
    duplicates: dict = field(default_factory=dict)  # matricule text (first seen) -> [indices]
    outside: list = field(default_factory=list)  # indices of matricules in no range
    missing: list = field(default_factory=list)  # indices of empty matricules
    unreadable: list = field(default_factory=list)  # indices of matricules not ending with a number
    #: {index: written form} of readable matricules not written in the one form of normalize_matricule
    not_normalised: dict = field(default_factory=dict)
    overlapping: list = field(default_factory=list)  # (i, j) range index pairs
    gaps: list = field(default_factory=list)  # Gap runs
    usage: list = field(default_factory=list)  # RangeUsage per range

    @property
    def gap_count(self):
        return sum(g.count for g in self.gaps)

    def problems(self):
        """{index: short English codes} of the offending matricules: 'missing', 'duplicate', 'outside'."""
        found = {}
        for code, indices in (("missing", self.missing),
                              ("duplicate", [i for group in self.duplicates.values() for i in group]),
                              ("outside", self.outside)):
            for i in indices:
                found.setdefault(i, []).append(code)
        return dict(sorted(found.items()))


def _normal_form(text, ranges):
    try:
        return normalize_matricule(text, ranges)
    except CanevasError:
        return None


def check_matricules(matricules, ranges):
    """Duplicates, matricules outside any range, overlapping ranges and gaps in use of each range.

    `matricules`: texts (None or '' for a station without one); `ranges`: MatriculeRange list.
    Duplicates compare matricule_key (prefix in capitals, number), so 'R123' duplicates 'r00123'; matricules
    not written in the form of normalize_matricule are listed in `not_normalised` with that form.
    A gap is a run of unused numbers between a range's first and its highest used number.
    """
    result = MatriculeCheck()
    parsed = []
    seen = {}
    for i, text in enumerate(matricules):
        if is_empty(text):
            result.missing.append(i)
            parsed.append(None)
            continue
        m = try_parse_matricule(text)
        parsed.append(m)
        key = m.key if m else ("?", str(text).strip())
        seen.setdefault(key, []).append(i)
        if m is None:
            result.unreadable.append(i)
            result.outside.append(i)
        elif not any(in_range(m, r) for r in ranges):
            result.outside.append(i)
        if m is not None:
            written = _normal_form(text, ranges)
            if written is not None and written != str(text).strip():
                result.not_normalised[i] = written
    for indices in seen.values():
        if len(indices) > 1:
            result.duplicates[str(matricules[indices[0]]).strip()] = indices
    result.overlapping = overlapping_ranges(ranges)
    for r_index, rng in enumerate(ranges):
        used = sorted({m.number for m in parsed if m is not None and in_range(m, rng)})
        highest = used[-1] if used else None
        # the runs of unused numbers lie between consecutive used ones: never one list entry per number
        # (a range 1…10¹² would not fit in memory)
        gaps = []
        previous = rng.first - 1
        for number in used:
            if number > previous + 1:
                gaps.append(Gap(r_index, previous + 1, number - 1))
            previous = number
        result.gaps += gaps
        result.usage.append(RangeUsage(r_index, len(used), highest, next_free(rng, [m for m in parsed if m]),
                                       sum(g.count for g in gaps)))
    return result
