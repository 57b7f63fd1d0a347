"""QGIS side of the coordinate systems of core.systems: CRS objects, custom CRS, recognition."""

import contextlib
import functools
import os
import shutil
import sys
import tempfile
import threading
import warnings

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsMessageLog,
    QgsProjUtils,
)

from ..core import systems
from .i18n import tr

#: Names of the custom CRS registered in the user's QGIS CRS database.
USER_CRS_NAMES = dict(systems.REN09_NAMES)
#: Names used before REN09's default became the 3-parameter shift (Canevas ≤ 0.x): the IGN-grid
#: definition was registered as "REN09 (Rennes 2009)", the 3-parameter one under this name.
LEGACY_3PARAM_NAME = "REN09 (Rennes 2009, NTF 3 paramètres)"


#: What PROJ prints on stderr each time QGIS identifies a CRS bound to a grid (REN09's grid variant): expected.
PROJ_WKT1_NOTICE = "Transformation cannot be formatted as WKT1 TOWGS84"


#: Descriptor 2 is the process' own: two threads swapping it at once could leave it on a deleted file.
_STDERR_SWAP = threading.RLock()


@contextlib.contextmanager
def without_proj_wkt1_notice():
    """Keep PROJ's WKT1 notice (PROJ_WKT1_NOTICE) out of the log; anything else printed meanwhile is passed on.

    PROJ writes it to the process' stderr (file descriptor 2), out of Python's reach: the descriptor is
    pointed at a temporary file for the time of the block (one thread at a time).
    """
    with _STDERR_SWAP, _stderr_filtered():
        yield


@contextlib.contextmanager
def _stderr_filtered():
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):  # no stderr descriptor (some embedded Pythons)
        yield
        return
    with tempfile.TemporaryFile() as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            captured.seek(0)
            rest = [line for line in captured.read().decode("utf-8", "replace").splitlines(True)
                    if PROJ_WKT1_NOTICE not in line]
            if rest:
                os.write(2, "".join(rest).encode("utf-8"))


def ren09_crs(datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """REN09 as a QGIS CRS, from the portable WKT that files and the registered custom CRS carry.

    Built from the same WKT as the registered custom CRS, it is recognised as that CRS (its name, USER:id).
    """
    if datum_shift == systems.DATUM_GRID:
        with without_proj_wkt1_notice():
            return QgsCoordinateReferenceSystem.fromWkt(systems.ren09_wkt(datum_shift))
    return QgsCoordinateReferenceSystem.fromWkt(systems.ren09_wkt(datum_shift))


def pyproj_data_dir():
    """Point pyproj at QGIS' PROJ data when it finds none of its own; returns the folder pyproj uses, or None.

    A pyproj installed apart from PROJ (pip, a venv, another Python) may find no proj.db: it then warns
    « Valid PROJ data directory not found » at import and fails on first use. QGIS' own search paths hold one.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the warning this function exists to make pointless
            import pyproj.datadir
            from pyproj.exceptions import DataDirError
    except ImportError:
        return None
    try:
        return pyproj.datadir.get_data_dir()
    except DataDirError:
        pass
    for folder in QgsProjUtils.searchPaths():
        if os.path.isfile(os.path.join(folder, "proj.db")):
            pyproj.datadir.set_data_dir(folder)
            return folder
    return None


def grid_search_path():
    """Make PROJ find the shipped grid by its file name; returns the folder where PROJ finds it.

    QGIS 3.22 has no API to add a PROJ search path at run time (PROJ_DATA is read at start-up), but it
    always searches the `proj` folder of the user's profile: the grid is copied there when PROJ's own
    search paths lack it. Returns None when it cannot be made available (the grid variant then fails
    with a message; the default 3-parameter REN09 needs no grid).
    """
    paths = QgsProjUtils.searchPaths()
    for folder in paths:
        if any(os.path.isfile(os.path.join(folder, name)) for name in (systems.GRID_NAME, "fr_ign_ntf_r93.tif")):
            return folder
    if not systems.GRID_FILE.is_file():
        return None
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "proj")
    try:
        os.makedirs(folder, exist_ok=True)
        shutil.copyfile(str(systems.GRID_FILE), os.path.join(folder, systems.GRID_NAME))
    except OSError as error:
        QgsMessageLog.logMessage(tr("The NTF→RGF93 grid could not be copied to {folder}: {error}").format(
            folder=folder, error=error), "Canevas", Qgis.MessageLevel.Warning)
        return None
    return folder


def crs_for(code, datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """QGIS CRS of a system code of core.systems."""
    if code == "REN09":
        return ren09_crs(datum_shift)
    return QgsCoordinateReferenceSystem("EPSG:{}".format(systems.SYSTEMS[code].epsg))


def declared_crs(crs):
    """The CRS a layer declares; an invalid one when it declares none.

    A GeoPackage written without a CRS holds the « Undefined geographic SRS » (or Cartesian) of its
    specification, which QGIS reads as a valid CRS: it is no CRS at all, not degrees.
    """
    if crs is None or not crs.isValid():
        return QgsCoordinateReferenceSystem()
    if crs.description().lower().startswith("undefined ") or any(
            name in crs.toWkt().lower() for name in ("undefined geographic srs", "undefined cartesian srs")):
        return QgsCoordinateReferenceSystem()
    return crs


def has_crs(crs):
    """False for no CRS and for a GeoPackage's « Undefined … SRS » (declared_crs)."""
    return declared_crs(crs).isValid()


def system_of(crs):
    """Code of the system a QGIS CRS is (REN09, CC48, L93, RGF93G, LII) or None."""
    if not has_crs(crs):
        return None
    authid = crs.authid().upper()
    for code, s in systems.SYSTEMS.items():
        if s.epsg and authid == "EPSG:{}".format(s.epsg):
            return code
    return systems.identify_proj(crs.toProj())


def datum_shift_of(crs):
    """REN09 variant of a CRS: the grid when its definition names one, else the default 3-parameter shift."""
    if not crs.isValid() or system_of(crs) != "REN09":
        return systems.DEFAULT_DATUM_SHIFT
    return systems.datum_shift_of_definition(crs.toProj() + " " + crs.toWkt())


def crs_label(crs):
    if not has_crs(crs):
        return "?"
    return "{} ({})".format(crs.description() or crs.toProj(), crs.authid() or "custom")


def exact_transform(source, target, datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """QgsCoordinateTransform that runs exactly core's pipeline, with no fallback to another operation."""
    src, dst = crs_for(source, datum_shift), crs_for(target, datum_shift)
    context = QgsCoordinateTransformContext()
    context.addCoordinateOperation(src, dst, systems.pipeline(source, target, datum_shift), False)
    context.addCoordinateOperation(dst, src, systems.pipeline(target, source, datum_shift), False)
    ct = QgsCoordinateTransform(src, dst, context)
    ct.setAllowFallbackTransforms(False)
    return ct


def _definition_of(crs):
    return crs.toProj().replace(" +type=crs", "").strip()


def _quiet(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with without_proj_wkt1_notice():
            return function(*args, **kwargs)
    return wrapper


@_quiet
def register_user_crs(iface=None):
    """Add or update the two REN09 custom CRS in the user's CRS database; returns {datum shift: id}.

    Definitions are the portable WKT of core.systems (no file path). A profile that holds an older
    definition (the IGN grid under the name "REN09 (Rennes 2009)", with the grid's absolute path) is
    updated once, with one message in the log (and the message bar when `iface` is given).
    """
    # Makes sure the user database has its CRS tables (a fresh headless profile may lack them).
    QgsApplication.createDatabase()
    registry = QgsApplication.coordinateReferenceSystemRegistry()
    existing = {details.name: details for details in registry.userCrsList()}
    ids, changed = {}, []
    for shift in (systems.DATUM_3PARAM, systems.DATUM_GRID):
        name = USER_CRS_NAMES[shift]
        crs = ren09_crs(shift)
        if not crs.isValid():
            continue
        if name in existing:
            details = existing[name]
            stored = QgsCoordinateReferenceSystem.fromWkt(details.wkt) if details.wkt else \
                QgsCoordinateReferenceSystem.fromProj(details.proj)
            if _definition_of(stored) != _definition_of(crs) or "/" in (details.proj or "") + (details.wkt or ""):
                registry.updateUserCrs(details.id, crs, name)
                changed.append(name)
            ids[shift] = details.id
        else:
            ids[shift] = registry.addUserCrs(crs, name)
    legacy = existing.get(LEGACY_3PARAM_NAME)
    if legacy is not None:  # now the same definition as "REN09 (Rennes 2009)": two names would be ambiguous
        registry.removeUserCrs(legacy.id)
        changed.append(LEGACY_3PARAM_NAME)
    if changed or len(ids) != len(existing.keys() & set(USER_CRS_NAMES.values())):
        # CRS built before the (re)registration keep their cached identity: those made from now on match
        QgsCoordinateReferenceSystem.invalidateCache()
    if changed:
        message = tr("Canevas updated the REN09 custom CRS of this profile ({names}): « {default} » is now REN09 as "
                     "Rennes defined it, NTF with the standard 3-parameter shift −168, −60, 320 m (the study's "
                     "definition), no longer the IGN grid; the grid variant is « {grid} ». Definitions no longer hold "
                     "a file path, so files written in REN09 open on any machine. Data placed with the grid moves by "
                     "about 0.6 m east and 2 m north against RGF93 data: check with « Check common points ».").format(
            names=", ".join(changed), default=USER_CRS_NAMES[systems.DATUM_3PARAM],
            grid=USER_CRS_NAMES[systems.DATUM_GRID])
        QgsMessageLog.logMessage(message, "Canevas", Qgis.MessageLevel.Warning)
        if iface is not None:
            with contextlib.suppress(AttributeError):  # no message bar (headless)
                iface.messageBar().pushWarning(tr("Canevas"), message)
    return ids


def use_exact_ren09_operations(project, layers, datum_shift=None):
    """Make the project's transform context run core's pipeline between its REN09 layers and RGF93.

    Without it QGIS picks PROJ's preferred NTF→RGF93 operation, which may need a grid PROJ lacks,
    and falls back silently to a less exact one. The variant is the layer's own (the grid when its CRS
    names one, else the 3-parameter default) unless `datum_shift` forces one.
    Returns {layer name: datum shift} for the layers concerned.
    """
    context = project.transformContext()
    names = {}
    for layer in layers:
        crs = layer.crs() if hasattr(layer, "crs") else None
        if crs is None or system_of(crs) != "REN09":
            continue
        shift = datum_shift if datum_shift is not None else datum_shift_of(crs)
        targets = {"CC48", "L93", "RGF93G"}
        if system_of(project.crs()) in targets:
            targets.add(system_of(project.crs()))
        for target in sorted(targets):
            # both directions: the 3-parameter shift's inverse is its own pipeline (height kept apart), not
            # PROJ's inversion of the forward one (0.5 mm off)
            context.addCoordinateOperation(crs, crs_for(target),
                                           systems.pipeline("REN09", target, shift), False)
            context.addCoordinateOperation(crs_for(target), crs,
                                           systems.pipeline(target, "REN09", shift), False)
        names[layer.name()] = shift
    if names:
        project.setTransformContext(context)
    return names


def layer_transform(source_crs, target_crs, transform_context, datum_shift=systems.DEFAULT_DATUM_SHIFT):
    """(QgsCoordinateTransform from a layer's CRS to another, True when it is core's exact pipeline).

    The one choice of transformation of every algorithm: between REN09 and another system Canevas
    knows, core's exact pipeline (`datum_shift`'s REN09); otherwise QGIS' own, with the run's
    transform context.
    """
    a, b = system_of(source_crs), system_of(target_crs)
    if a in systems.TRANSFORMABLE and b in systems.TRANSFORMABLE and (a == "REN09") != (b == "REN09"):
        return exact_transform(a, b, datum_shift), True
    return QgsCoordinateTransform(source_crs, target_crs, transform_context), False
