"""IGN leveling benchmarks (Géoplateforme layer GEODESIE:data_geod) mapped onto the register's BENCHMARKS
table: values normalised, implausible rows rejected with their reason, changes against what is stored."""

import datetime
import math
import re
from dataclasses import dataclass
from typing import Optional

from .messages import N_, Message
from .register import IGN_BENCHMARK_FIELDS, IGN_FIELD_NAMES, is_empty

NIVF = "nivf"
REAL_FIELDS = tuple(f.name for f in IGN_BENCHMARK_FIELDS if f.type == "REAL")
DATE_FIELDS = tuple(f.name for f in IGN_BENCHMARK_FIELDS if f.type == "DATE")
ALTITUDE_FIELD = "cp1_coord3"
LON_FIELD, LAT_FIELD = "cg1_coord1", "cg1_coord2"
#: Tolerances telling an updated value from an unchanged one.
ALTITUDE_TOLERANCE = 0.0001  # m
POSITION_TOLERANCE = 0.001  # m
DEGREE_TOLERANCE = 1e-9

ADDED, UPDATED, UNCHANGED, REJECTED = "added", "updated", "unchanged", "rejected"

#: Plausible NGF-IGN69 altitudes in mainland France (m): a little below sea level (reclaimed marshes)
#: up to Mont Blanc (4 806 m). Outside: a typing or unit error, never stored.
ALTITUDE_RANGE = (-10.0, 4810.0)
#: RGF93 lon/lat box of mainland France, where NGF-IGN69 benchmarks are (west, south, east, north, degrees;
#: Ouessant −5.15° to Lauterbourg 8.23°, Puig de Coma Negra 42.33° to Bray-Dunes 51.09°, with a margin).
FRANCE_LONLAT = (-5.5, 42.2, 8.5, 51.2)


def _in_france(lon, lat):
    west, south, east, north = FRANCE_LONLAT
    return west <= lon <= east and south <= lat <= north


def position_problem(lon, lat, what="position"):
    """None when RGF93 lon/lat lies in mainland France, else the Message of the rejection.

    A point whose longitude and latitude, exchanged, fall in France is reported as swapped.
    """
    if _in_france(lon, lat):
        return None
    west, south, east, north = FRANCE_LONLAT
    if _in_france(lat, lon):
        return Message(N_("{what} {lon:.5f}, {lat:.5f}: latitude and longitude are swapped (the point would lie "
                          "outside mainland France)"), what=what, lon=lon, lat=lat)
    return Message(N_("{what} {lon:.5f}, {lat:.5f} (RGF93 lon/lat) lies outside mainland France ({west}° … {east}° "
                      "E, {south}° … {north}° N), the area of NGF-IGN69 benchmarks"),
                   what=what, lon=lon, lat=lat, west=west, east=east, south=south, north=north)


def find_ign_fields(names):
    """{IGN field: name in the source} for the IGN fields present (case-insensitive)."""
    lower = {str(n).lower(): n for n in names}
    return {f: lower[f] for f in IGN_FIELD_NAMES if f in lower}


def _number(value):
    """float of a number or of a text ('45.2', '45,2'); None when empty; raises ValueError."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        result = float(value)
    else:
        result = float(str(value).strip().replace(",", "."))
    if math.isnan(result) or math.isinf(result):
        raise ValueError(value)
    return result


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T Z+].*)?$"), (1, 2, 3)),  # also 2019-05-03Z, ...T10:00:00
    (re.compile(r"^(\d{4})/(\d{2})/(\d{2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), (3, 2, 1)),
)


def _date(value):
    """ISO 'YYYY-MM-DD' of a date, datetime or text; None when empty; raises ValueError."""
    if is_empty(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value).strip()
    for pattern, (y, m, d) in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return datetime.date(int(match.group(y)), int(match.group(m)), int(match.group(d))).isoformat()
    raise ValueError(value)


def _text(value):
    if is_empty(value):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


@dataclass
class MappedBenchmark:
    """One IGN row mapped to the benchmarks layer, or rejected (reason is then a Message)."""
    values: dict
    reason: Optional[Message] = None
    lonlat: Optional[tuple] = None  # cg1_coord1/2 when usable, for rows without geometry

    @property
    def nom(self):
        return self.values.get("nom")


def _read_ign_field(name, raw, values):
    """Store the IGN field `name` read from `raw` in `values`; the reason of the rejection when it cannot be read."""
    if name in REAL_FIELDS:
        try:
            values[name] = _number(raw)
        except ValueError:
            if name == ALTITUDE_FIELD:
                return Message(N_("altitude cp1_coord3 « {value} » is not a number"), value=raw)
            return Message(N_("{field} « {value} » is not a number"), field=name, value=raw)
    elif name in DATE_FIELDS:
        try:
            values[name] = _date(raw)
        except ValueError:
            return Message(N_("{field} « {value} » is not a date"), field=name, value=raw)
    else:
        values[name] = _text(raw)
    return None


def map_ign_benchmark(row, has_geometry, only_nivf=True):
    """Map one IGN row (dict of field → value; names as in find_ign_fields) to the benchmarks fields.

    Rejects (reason set): no `nom`; domaine not 'nivf' when only_nivf; altitude missing, not a
    number or outside ALTITUDE_RANGE; lon/lat or a date that cannot be read; lon/lat outside mainland
    France (or swapped); no geometry and no usable lon/lat.
    """
    lower = {str(k).lower(): v for k, v in row.items()}
    values = {}
    nom = _text(lower.get("nom"))
    values["nom"] = nom
    if nom is None:
        return MappedBenchmark(values, Message(N_("no « nom » (matricule)")))
    domaine = _text(lower.get("domaine"))
    if only_nivf and (domaine or "").lower() != NIVF:
        return MappedBenchmark(values, Message(N_("domaine « {domaine} » is not « nivf » (NGF-IGN69 leveling)"),
                                               domaine=domaine or ""))
    for name in IGN_FIELD_NAMES:
        if name != "nom":
            reason = _read_ign_field(name, lower.get(name), values)
            if reason is not None:
                return MappedBenchmark(values, reason)
    if values[ALTITUDE_FIELD] is None:
        return MappedBenchmark(values, Message(N_("no altitude cp1_coord3")))
    low, high = ALTITUDE_RANGE
    if not low <= values[ALTITUDE_FIELD] <= high:
        return MappedBenchmark(values, Message(N_("altitude cp1_coord3 {value} m is outside the plausible NGF-IGN69 "
                                                  "altitudes of mainland France ({low} … {high} m)"),
                                               value=values[ALTITUDE_FIELD], low=low, high=high))
    lon, lat = values[LON_FIELD], values[LAT_FIELD]
    lonlat = (lon, lat) if lon is not None and lat is not None and -180 <= lon <= 180 and -90 <= lat <= 90 else None
    if not has_geometry and lonlat is None:
        return MappedBenchmark(values, Message(N_("no geometry and no coordinates cg1_coord1 / cg1_coord2")))
    if lon is not None and lat is not None:
        # stored as they are: swapped or foreign coordinates would be silently wrong in the register
        problem = position_problem(lon, lat, "cg1_coord1 / cg1_coord2")
        if problem is not None:
            return MappedBenchmark(values, problem)
    return MappedBenchmark(values, None, lonlat)


def _same(name, new, old):
    if new is None or old is None:
        return new is None and old is None
    if name in REAL_FIELDS:
        tolerance = ALTITUDE_TOLERANCE if name == ALTITUDE_FIELD else DEGREE_TOLERANCE
        try:
            return abs(float(new) - float(old)) <= tolerance
        except (TypeError, ValueError):
            return False
    if name in DATE_FIELDS:
        try:
            return _date(new) == _date(old)
        except ValueError:
            return False
    return str(new) == str(old)


def changed_fields(new, old, new_xy=None, old_xy=None):
    """IGN fields (and 'geometry') whose values differ between a mapped row and the stored one.

    Local fields (remarques, derniere_visite_locale) are never compared: an import keeps them.
    """
    changed = [name for name in IGN_FIELD_NAMES if name in new and not _same(name, new[name], old.get(name))]
    if new_xy is not None and (old_xy is None or math.hypot(new_xy[0] - old_xy[0], new_xy[1] - old_xy[1])
                               > POSITION_TOLERANCE):
        changed.append("geometry")
    return changed


def classify_benchmark(mapped, existing, seen, xy=None, existing_xy=None):
    """ADDED, UPDATED, UNCHANGED or REJECTED for one mapped row, and the changed fields.

    `existing`: {nom: stored values}; `seen`: the noms already met in this import (updated here),
    so that a benchmark given twice is rejected the second time. Returns (status, changed, reason).
    """
    if mapped.reason is not None:
        return REJECTED, [], mapped.reason
    nom = mapped.nom
    if nom in seen:
        return REJECTED, [], Message(N_("« {nom} » appears more than once in the input: the first one was kept"),
                                     nom=nom)
    seen.add(nom)
    if nom not in existing:
        return ADDED, [], None
    changed = changed_fields(mapped.values, existing[nom], xy, existing_xy)
    return (UPDATED if changed else UNCHANGED), changed, None
