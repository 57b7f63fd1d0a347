"""Is the shapely found in this Python safe for the leveling density tools?

Pure Python (shapely is inspected, never required): the QGIS side passes the GEOS version QGIS
itself loaded. Two GEOS libraries in one process crash QGIS (measured: PyPI's shapely wheels bundle
their own GEOS; mixing it with QGIS' one segfaults in GEOSPreparedIntersectsXY_r), so inside QGIS
shapely must be linked to the very GEOS QGIS uses.
"""

import re

from .messages import N_

#: shapely 2.1.0 writes out of bounds in from_ragged_array for (multi)polygons (fixed in 2.1.1,
#: shapely issue 2291): the density core then builds its polygons another way.
RAGGED_ARRAY_BAD = ((2, 1, 0),)

_VERSION = re.compile(r"^\s*(\d+)\.(\d+)(?:\.(\d+))?")

INSTALL_HINT = N_(
    "Install shapely 2 built for the GEOS library of your QGIS, then restart QGIS: on Debian 13 or later "
    "`apt install python3-shapely`; on Debian 12 `apt install libgeos-dev python3-pip python3-dev build-essential` "
    "then `pip install --user --break-system-packages --no-binary shapely \"shapely>=2.1.1,<2.2\" \"numpy<2\"` "
    "(builds shapely against the system GEOS; see the README); on Windows (OSGeo4W) shapely comes with "
    "QGIS' Python.")


def parse_version(text):
    """(major, minor, patch) of a version string, or None when it is not one (e.g. '0+unknown')."""
    match = _VERSION.match(str(text or ""))
    if not match:
        return None
    return tuple(int(g or 0) for g in match.groups())


def ragged_array_safe(version_text):
    """True when shapely.from_ragged_array can be trusted with polygons.

    An unreadable version (Debian unstable reports '0+unknown') is not trusted: the fallback is
    slower but always right.
    """
    version = parse_version(version_text)
    return version is not None and version not in RAGGED_ARRAY_BAD


def problem(shapely_module, host_geos=None):
    """None when this shapely can run the density tools here, else (message template, values).

    shapely_module: the imported module, or None when the import failed.
    host_geos: GEOS version string of the host application (QGIS), e.g. '3.11.1-CAPI-1.17.1';
    None outside QGIS (tests, scripts), where only shapely's own GEOS is loaded.
    """
    if shapely_module is None:
        return N_("The leveling network tools need the Python package shapely 2 in QGIS' Python, "
                  "and it is not installed. {hint}"), {"hint": INSTALL_HINT}
    found = str(getattr(shapely_module, "__version__", "?"))
    if not all(hasattr(shapely_module, name) for name in ("from_wkb", "STRtree", "union_all", "contains_xy")):
        return N_("The leveling network tools need shapely 2 or later; QGIS' Python has shapely {found}. "
                  "{hint}"), {"found": found, "hint": INSTALL_HINT}
    if host_geos:
        ours = parse_version(getattr(shapely_module, "geos_version_string", "")) or tuple(
            getattr(shapely_module, "geos_version", ()) or ())
        host = parse_version(host_geos)
        if host is not None and ours and tuple(ours[:3]) != host:
            return N_("shapely {found} uses GEOS {shapely_geos} but QGIS uses GEOS {qgis_geos}: two GEOS "
                      "libraries in one process crash QGIS, so the tool stops here. This happens with "
                      "shapely from PyPI wheels, which bundle their own GEOS. {hint}"), {
                "found": found, "shapely_geos": ".".join(map(str, ours[:3])),
                "qgis_geos": ".".join(map(str, host)), "hint": INSTALL_HINT}
    return None
