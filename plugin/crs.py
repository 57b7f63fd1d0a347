"""QGIS side of the coordinate systems of core.systems: CRS objects, custom CRS, recognition."""

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
)

from ..core import systems

#: Names of the custom CRS registered in the user's QGIS CRS database.
USER_CRS_NAMES = {
    systems.DATUM_GRID: "REN09 (Rennes 2009)",
    systems.DATUM_3PARAM: "REN09 (Rennes 2009, NTF 3 paramètres)",
}


def ren09_crs(datum_shift=systems.DATUM_GRID):
    return QgsCoordinateReferenceSystem.fromProj(systems.ren09_crs_proj(datum_shift))


def crs_for(code, datum_shift=systems.DATUM_GRID):
    """QGIS CRS of a system code of core.systems."""
    if code == "REN09":
        return ren09_crs(datum_shift)
    return QgsCoordinateReferenceSystem("EPSG:{}".format(systems.SYSTEMS[code].epsg))


def system_of(crs):
    """Code of the system a QGIS CRS is (REN09, CC48, L93, RGF93G, LII) or None."""
    if not crs.isValid():
        return None
    authid = crs.authid().upper()
    for code, s in systems.SYSTEMS.items():
        if s.epsg and authid == "EPSG:{}".format(s.epsg):
            return code
    return systems.identify_proj(crs.toProj())


def crs_label(crs):
    if not crs.isValid():
        return "?"
    return "{} ({})".format(crs.description() or crs.toProj(), crs.authid() or "custom")


def exact_transform(source, target, datum_shift=systems.DATUM_GRID):
    """QgsCoordinateTransform that runs exactly core's pipeline, with no fallback to another operation."""
    src, dst = crs_for(source, datum_shift), crs_for(target, datum_shift)
    context = QgsCoordinateTransformContext()
    context.addCoordinateOperation(src, dst, systems.pipeline(source, target, datum_shift), False)
    ct = QgsCoordinateTransform(src, dst, context)
    ct.setAllowFallbackTransforms(False)
    return ct


def register_user_crs():
    """Add or update the REN09 custom CRS (both realisations) in the user's CRS database.

    Run at every load: the grid path inside the definition follows the plugin's location.
    Returns the ids of the custom CRS.
    """
    # Makes sure the user database has its CRS tables (a fresh headless profile may lack them).
    QgsApplication.createDatabase()
    registry = QgsApplication.coordinateReferenceSystemRegistry()
    existing = {details.name: details for details in registry.userCrsList()}
    ids = {}
    for shift, name in USER_CRS_NAMES.items():
        crs = ren09_crs(shift)
        if not crs.isValid():
            continue
        if name in existing:
            details = existing[name]
            if details.proj != crs.toProj():
                registry.updateUserCrs(details.id, crs, name)
            ids[shift] = details.id
        else:
            ids[shift] = registry.addUserCrs(crs, name)
    return ids


def use_exact_ren09_operations(project, layers, datum_shift=systems.DATUM_GRID):
    """Make the project's transform context run core's pipeline between its REN09 layers and RGF93.

    Without it QGIS picks PROJ's preferred NTF→RGF93 operation, which may need a grid PROJ lacks,
    and falls back silently to a less exact one. Returns the names of the layers concerned.
    """
    context = project.transformContext()
    names = []
    for layer in layers:
        crs = layer.crs() if hasattr(layer, "crs") else None
        if crs is None or system_of(crs) != "REN09":
            continue
        targets = {"CC48", "L93", "RGF93G"}
        if system_of(project.crs()) in targets:
            targets.add(system_of(project.crs()))
        for target in sorted(targets):
            context.addCoordinateOperation(crs, crs_for(target),
                                           systems.pipeline("REN09", target, datum_shift), False)
        names.append(layer.name())
    if names:
        project.setTransformContext(context)
    return names
