"""Content of a fiche signalétique: coordinates in every system, DMS, and edit validation.

Shared by the « Fiche canevas » dock and the PDF fiches, so that a sheet and the dock always show
the same figures.
"""

import math
import re
from dataclasses import dataclass, field
from typing import Optional

from . import systems
from .messages import N_, CanevasError, Message
from .register import IGN_FIELD_NAMES, STATIONS, in_range, matricule_key, next_free, normalize_matricule
from .transform import transform_xy

#: Plausible IGN69 heights in mainland France (m): below the lowest polders, above Mont Blanc.
HEIGHT_RANGE = (-10.0, 4810.0)
STATION_REQUIRED = ("matricule", "type_repere")


def dms(value, positive, negative, decimals=5):
    """48.1115 → 48°06′41.40000″ N — seconds to 1e-5″ (0.3 mm) by default."""
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    scale = 10 ** decimals
    total = round(value * 3600 * scale)  # whole units of the last decimal: no 60″ carry error
    degrees, rest = divmod(total, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    return "{}°{:02d}′{:0{}.{}f}″ {}".format(int(degrees), int(minutes), seconds / scale, 3 + decimals, decimals,
                                              hemisphere)


@dataclass
class FicheCoordinates:
    ren09: tuple  # (x, y) m
    cc48: tuple  # (x, y) m
    lon: float
    lat: float
    datum_shift: int

    @property
    def lon_dms(self):
        return dms(self.lon, "E", "W")

    @property
    def lat_dms(self):
        return dms(self.lat, "N", "S")


def coordinates(system, x, y, datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """The point in REN09, CC48 and RGF93 geographic, from its coordinates in `system`."""
    if system not in systems.TRANSFORMABLE:
        raise ValueError(system)
    out = {}
    for target in ("REN09", "CC48", "RGF93G"):
        tx, ty = transform_xy(system, target, [x], [y], datum_shift)
        out[target] = (float(tx[0]), float(ty[0]))
    return FicheCoordinates(out["REN09"], out["CC48"], out["RGF93G"][0], out["RGF93G"][1], datum_shift)


#: Gap (m) between the geometry's Z and a height field beyond which the fiche notes the disagreement.
HEIGHT_TOLERANCE = 0.0005


def read_number(value):
    """A finite float from a number or a text ('35.2', '35,2'); None when empty; ValueError otherwise ('n.c.', inf)."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        if text == "" or text.upper() == "NULL":
            return None
        number = float(text.replace(",", "."))
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def fiche_height(z, attributes):
    """(height m or None, notes) of a point: its geometry Z is the height, a height field is a copy.

    The register keeps a station's height as the Z of its geometry (the leveling adjustment writes it
    there); z_ign69 (stations) or cp1_coord3 (benchmarks) copy it for tables. Without a usable Z (2D
    geometry, NaN) the first readable height field is the height. A field that is not a number
    ('n.c.') is shown as missing with a note, and a field that disagrees with Z is noted.
    """
    notes = []
    height = z if z is not None and math.isfinite(z) else None
    for name in HEIGHT_FIELDS:
        if name not in attributes:
            continue
        try:
            value = read_number(attributes[name])
        except (TypeError, ValueError):
            notes.append(Message(N_("The height « {value} » of the field {field} is not a number: shown as missing."),
                                 value=attributes[name], field=name))
            continue
        if value is None:
            continue
        if height is None:
            height = value
        elif abs(value - height) > HEIGHT_TOLERANCE:
            notes.append(Message(N_("The field {field} says {value:.3f} m, the geometry Z {z:.3f} m: the Z is the "
                                    "height."), field=name, value=value, z=height))
    return height, notes


@dataclass
class FicheFigures:
    """The computed part of a fiche: coordinates in the systems shown, height, and what could not be computed."""
    coordinates: Optional[FicheCoordinates]
    height: Optional[float]
    problem: Optional[Message] = None  # why the coordinates were not computed
    notes: list = field(default_factory=list)  # Message items (height read from a field, disagreements...)

    def texts(self):
        """The COMPUTED_FIELDS of coordinates and height as printed (metres to 3 decimals); None when unknown."""
        c = self.coordinates
        texts = dict.fromkeys(("x_ren09", "y_ren09", "x_cc48", "y_cc48", "lon_dms", "lat_dms"))
        if c is not None:
            texts.update({"x_ren09": "{:.3f}".format(c.ren09[0]), "y_ren09": "{:.3f}".format(c.ren09[1]),
                          "x_cc48": "{:.3f}".format(c.cc48[0]), "y_cc48": "{:.3f}".format(c.cc48[1]),
                          "lon_dms": c.lon_dms, "lat_dms": c.lat_dms})
        texts["z_ign69"] = None if self.height is None else "{:.3f}".format(self.height)
        return texts


def figures(system, x, y, z=None, attributes=None, datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """The one fiche computation (dock, PDF fiches, canevas_fiche()): a point in `system` → FicheFigures.

    `z`: the geometry's Z (None or NaN when it has none); `attributes`: the feature's fields by name
    (for the height fields). Coordinates are not computed, with the reason in `problem`, when the
    system is unknown, the numbers look like another known system than the declared one, or the
    point lies outside the area of the transformation.
    """
    height, notes = fiche_height(z, attributes or {})
    c, problem = _coordinates_or_problem(system, x, y, datum_shift)
    return FicheFigures(c, height, problem, notes)


def _coordinates_or_problem(system, x, y, datum_shift):
    if system not in systems.TRANSFORMABLE:
        return None, Message(N_("the layer's CRS is unknown: set it to compute the coordinates"))
    if not (math.isfinite(x) and math.isfinite(y)):
        return None, Message(N_("the point has no finite X, Y"))
    others = systems.other_systems(system, [x], [y])
    if others:
        return None, Message(N_("the coordinates look like {found}, not {expected} as the layer's CRS declares"),
                             found=" or ".join(systems.SYSTEMS[c].name for c in others),
                             expected=systems.SYSTEMS[system].name)
    try:
        c = coordinates(system, x, y, datum_shift)
    except CanevasError:
        c = None
    if c is None or not all(math.isfinite(v) for v in c.ren09 + c.cc48 + (c.lon, c.lat)):
        return None, Message(N_("the point {x:.3f}, {y:.3f} lies outside the area of the transformation ({datum}): "
                                "check its position and the layer's CRS"), x=x, y=y,
                             datum=Message(systems.datum_shift_name(datum_shift)))
    return c, None


def next_free_in_ranges(ranges, used, contractor=None):
    """First matricule a new station can take in the ranges (of `contractor` if given), or None."""
    for rng in ranges:
        if contractor and rng.prestataire != contractor:
            continue
        proposal = next_free(rng, used)
        if proposal is not None:
            return proposal
    return None


def validate_station(values, other_matricules, ranges=()):
    """Problems of a station's values before they go to the layer; empty list when valid.

    values: dict of field → value; other_matricules: matricules of the other stations;
    ranges: core.register.MatriculeRange allocated by the SIG service.
    """

    problems = []
    for name in STATION_REQUIRED:
        if name in values and (values[name] is None or str(values[name]).strip() == ""):
            problems.append(Message(N_("The field « {field} » is required."), field=name))
    matricule = str(values.get("matricule") or "").strip()
    if matricule:
        key = matricule_key(matricule)
        if key is not None and key in {matricule_key(m) for m in other_matricules}:
            problems.append(Message(N_("The matricule {matricule} is already used by another station: "
                                       "matricules are unique across the whole database."), matricule=matricule))
        contractor = values.get("prestataire")
        own = [r for r in ranges if not contractor or r.prestataire == contractor]
        if ranges and not any(in_range(matricule, r) for r in own):
            problems.append(Message(N_("The matricule {matricule} is outside the ranges allocated to {contractor}: "
                                       "ask the SIG service for a range."), matricule=matricule,
                                    contractor=contractor or "?"))
    return problems + height_problems(values) + number_problems(values)


def number_problems(values):
    """Numbers a fiche cannot hold: not finite (inf, nan), or a precision class not above 0."""
    problems = []
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or name in HEIGHT_FIELDS:
            continue  # heights: height_problems
        if not math.isfinite(value):
            problems.append(Message(N_("« {value} » in « {field} » is not a number a fiche can hold: type a finite "
                                       "number."), value=value, field=name))
        elif name in POSITIVE_FIELDS and value <= 0:
            problems.append(Message(N_("« {field} » must be above 0 (a precision class in cm), not {value:g}."),
                                    field=name, value=value))
    return problems


#: Fields of the register whose values must be above 0 (their CHECK in the GeoPackage).
POSITIVE_FIELDS = tuple(f.name for f in STATIONS.fields if f.check == "{} > 0".format(f.name))


def prepare_station_value(name, value, ranges=()):
    """(value to store, problems) of one station field typed in the dock: the matricule in its one written form.

    The matricule goes through core.register.normalize_matricule ('r21001' → 'R21001'); a refused one
    gives its message. Other values are returned as they are.
    """
    if name != "matricule" or value is None or str(value).strip() == "":
        return value, []
    try:
        return normalize_matricule(value, ranges), []
    except CanevasError as error:
        return value, [error.message]


HEIGHT_FIELDS = ("z_ign69", "altitude", "cp1_coord3")


def validate_benchmark(values):
    """Problems of a benchmark's values before they go to the layer (altitude, finite numbers)."""
    return height_problems(values) + number_problems(values)


def height_problems(values):
    """Heights (station z_ign69, benchmark cp1_coord3...) that are not numbers or not plausible IGN69."""
    problems = []
    for name in HEIGHT_FIELDS:
        height = values.get(name)
        if height in (None, ""):
            continue
        try:
            h = float(height)
        except (TypeError, ValueError):
            problems.append(Message(N_("The height « {value} » is not a number."), value=height))
            continue
        if not math.isfinite(h) or not HEIGHT_RANGE[0] <= h <= HEIGHT_RANGE[1]:
            problems.append(Message(N_("The height {value} m is not a plausible IGN69 altitude "
                                       "(between {low:g} and {high:g} m)."), value=h, low=HEIGHT_RANGE[0],
                                    high=HEIGHT_RANGE[1]))
    return problems


# --- the fields a fiche page reads (contract between canevas:exportfiches and the .qpt templates) ---
# The register's own fields (core.register), so that a field added there reaches the sheets too.
STATION_FIELDS = tuple(STATIONS.field_names)
BENCHMARK_FIELDS = IGN_FIELD_NAMES
COMPUTED_FIELDS = ("fiche_matricule", "x_ren09", "y_ren09", "x_cc48", "y_cc48", "lon_dms", "lat_dms", "z_ign69",
                   "datum_name", "system_names", "ties_text", "visits_text", "ties_html", "visits_html",
                   "sketch_path", "photo1_path", "photo2_path", "edition_date", "synthetic_note")
FICHE_FIELDS = tuple(dict.fromkeys(STATION_FIELDS + BENCHMARK_FIELDS + COMPUTED_FIELDS))


#: Units written after a value, by the suffix of its column name (distance_m → « 3.5 m »).
UNIT_SUFFIXES = (("_gon", "gon"), ("_cm", "cm"), ("_m", "m"))
#: Words written before a value whose column alone would be ambiguous on a sheet.
COLUMN_PREFIXES = {"distance2_m": "contrôle", "gisement_gon": "gisement"}


def text_lines(headers, rows, bullet="• "):
    """Ties or visits as plain text for a layout label, one line per row, values joined by « — ».

    Needs no HTML rendering (QGIS built without QtWebKit prints HTML labels blank). Empty values are
    left out, values of columns ending in _m, _cm or _gon get their unit. Empty string without rows.
    """
    lines = []
    for row in rows or ():
        parts = []
        for header, value in zip(headers, row):
            text = "" if value is None else " ".join(str(value).split())
            if not text:
                continue
            unit = next((u for suffix, u in UNIT_SUFFIXES if str(header).endswith(suffix)), None)
            if unit:
                text = "{} {}".format(text, unit)
            prefix = COLUMN_PREFIXES.get(str(header))
            parts.append("{} {}".format(prefix, text) if prefix else text)
        if parts:
            lines.append(bullet + " — ".join(parts))
    return "\n".join(lines)


def html_table(headers, rows):
    """Small HTML table for a layout label (ties, visits); escaped, empty string without rows."""
    import html
    if not rows:
        return ""
    head = "".join("<th>{}</th>".format(html.escape(str(h))) for h in headers)
    body = "".join("<tr>{}</tr>".format("".join("<td>{}</td>".format(html.escape("" if v is None else str(v)))
                                                for v in row)) for row in rows)
    return '<table class="fiche">{}{}</table>'.format("<tr>{}</tr>".format(head), body)


# --- one PDF per fiche: file names, and the kind of fiche a template prints ---------------------

#: Longest file name stem (before the feature id suffix): file systems and archives cope with it.
FILE_STEM_LENGTH = 80
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {"COM{}".format(i) for i in range(1, 10)} | \
    {"LPT{}".format(i) for i in range(1, 10)}


def safe_stem(matricule):
    """A matricule as a file name stem: runs of characters other than letters, digits, « . _ - » become « _ »."""
    stem = _UNSAFE.sub("_", str(matricule or "").strip()).strip("._")[:FILE_STEM_LENGTH]
    return stem


def fiche_file_names(fiches):
    """{feature id: file name} for one PDF per fiche, every name distinct; fiches: (feature id, matricule) pairs.

    The name is the matricule made safe for a file name. When two fiches would get the same name
    (the same matricule twice, matricules equal once made safe such as « R/1 » and « R_1 », or equal
    but for the case, which Windows and macOS do not tell apart) and when the matricule is empty or a
    reserved device name, the feature id is added: « R_1_fid12.pdf », « fiche_fid7.pdf ».
    """
    fiches = list(fiches)
    stems = {fid: safe_stem(m) for fid, m in fiches}
    counts = {}
    for stem in stems.values():
        counts[stem.lower()] = counts.get(stem.lower(), 0) + 1
    names, taken = {}, set()
    for fid, _ in fiches:
        stem = stems[fid]
        if not stem or counts[stem.lower()] > 1 or stem.upper().split(".")[0] in _RESERVED:
            stem = "{}_fid{}".format(stem or "fiche", fid)
        candidate, n = stem, 1
        while candidate.lower() in taken:  # a matricule that already reads « X_fid12 »
            n += 1
            candidate = "{}_{}".format(stem, n)
        taken.add(candidate.lower())
        names[fid] = candidate + ".pdf"
    return names


#: Fields only a station fiche reads, and fields only a benchmark fiche reads (to tell a template's kind).
STATION_ONLY_FIELDS = frozenset(STATION_FIELDS + ("ties_text", "visits_text", "ties_html", "visits_html",
                                                  "sketch_path", "photo1_path", "photo2_path")) - set(BENCHMARK_FIELDS)
BENCHMARK_ONLY_FIELDS = frozenset(BENCHMARK_FIELDS) - set(STATION_FIELDS) - {"commune", "etat", "insee", "type"}
_QUOTED = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"')


def referenced_fields(texts):
    """Field names quoted in expressions ("nom", "cp1_coord3"...) in the attribute values and texts of a template."""
    found = set()
    for text in texts:
        found.update(_QUOTED.findall(text or ""))
    return found


def template_kind(fields):
    """'station', 'benchmark' or None (reads fields of both kinds, or of neither) from the fields a template reads."""
    station, benchmark = bool(fields & STATION_ONLY_FIELDS), bool(fields & BENCHMARK_ONLY_FIELDS)
    if station == benchmark:
        return None
    return "station" if station else "benchmark"
