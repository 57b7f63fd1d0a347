"""Content of a fiche signalétique: coordinates in every system, DMS, and edit validation.

Shared by the « Fiche canevas » dock and the PDF fiches, so that a sheet and the dock always show
the same figures.
"""

import math
from dataclasses import dataclass

from . import systems
from .messages import N_, Message
from .register import IGN_FIELD_NAMES, STATIONS, in_range, next_free
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
    ren09: tuple
    cc48: tuple
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
        if matricule in {str(m).strip() for m in other_matricules}:
            problems.append(Message(N_("The matricule {matricule} is already used by another station: "
                                       "matricules are unique across the whole database."), matricule=matricule))
        contractor = values.get("prestataire")
        own = [r for r in ranges if not contractor or r.prestataire == contractor]
        if ranges and not any(in_range(matricule, r) for r in own):
            problems.append(Message(N_("The matricule {matricule} is outside the ranges allocated to {contractor}: "
                                       "ask the SIG service for a range."), matricule=matricule,
                                    contractor=contractor or "?"))
    return problems + height_problems(values)


HEIGHT_FIELDS = ("z_ign69", "altitude", "cp1_coord3")


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
        if math.isnan(h) or not HEIGHT_RANGE[0] <= h <= HEIGHT_RANGE[1]:
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
