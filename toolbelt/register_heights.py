"""Heights of a leveling adjustment written into a Canevas register (GeoPackage), all or nothing.

The stations' Z is replaced and one row per station is added to `visits` saying where the height
comes from, in ONE database transaction opened through OGR: any failure rolls every change back, so
the register is left as it was. Only the Z of the stations is changed: their method, date and
precision classes describe the station as delivered and stay the user's to edit.
"""

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from osgeo import ogr
from qgis.core import QgsVectorLayer

from ..core import register
from ..core.messages import N_, CanevasError


@dataclass
class Station:
    matricule: str
    fid: int
    x: float            # nan when the station has no geometry
    y: float
    z: float            # nan when unknown


def check_register(path):
    """Raise CanevasError unless `path` is a whole Canevas register (the GeoPackage of « Create a Canevas
    database »): an empty, truncated or damaged file is named as such before anything is read or written."""
    if path and Path(path).is_dir():
        raise CanevasError(N_("The register « {path} » is a folder: choose the GeoPackage file made by « Create a "
                              "Canevas database »."), path=path)
    if not path or not Path(path).is_file():
        raise CanevasError(N_("The register « {path} » does not exist: choose the GeoPackage made by « Create a "
                              "Canevas database »."), path=path or "")
    with open(path, "rb") as handle:
        header = handle.read(16)
    if not header:
        raise CanevasError(N_("The register « {path} » is empty (0 bytes): choose the GeoPackage made by « Create a "
                              "Canevas database », or restore it from a backup."), path=path)
    if header != b"SQLite format 3\x00":
        raise CanevasError(N_("« {path} » is not a GeoPackage (another kind of file, or a damaged one): choose the "
                              "Canevas register made by « Create a Canevas database »."), path=path)
    try:
        db = sqlite3.connect("file:{}?mode=ro".format(Path(path).as_posix()), uri=True)
        try:
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")] if verdict == "ok" else []
        finally:
            db.close()
    except sqlite3.Error as error:
        verdict = str(error)
    if verdict == "file is not a database":
        raise CanevasError(N_("« {path} » is not a GeoPackage (another kind of file, or a damaged one): choose the "
                              "Canevas register made by « Create a Canevas database »."), path=path)
    if verdict != "ok":
        raise CanevasError(N_("The register « {path} » is damaged or truncated ({error}): nothing was read nor "
                              "written. Restore it from a backup, then run again."), path=path, error=verdict)
    missing = register.missing_layers(tables)
    if missing:
        raise CanevasError(N_("« {path} » is not a Canevas register: the layer(s) {missing} are missing."), path=path,
                           missing=", ".join(missing))


def stations_layer(path):
    layer = QgsVectorLayer("{}|layername=stations".format(path), "stations", "ogr")
    if not layer.isValid():
        raise CanevasError(N_("The stations of the register « {path} » cannot be opened."), path=path)
    return layer


def read_stations(path, stop=None):
    """{matricule: Station} of the register and its stations layer (for its CRS)."""
    layer = stations_layer(path)
    stations, twice = {}, []
    for feature in layer.getFeatures():
        if stop is not None:
            stop()
        matricule = str(feature["matricule"] or "").strip()
        geom = feature.geometry()
        x = y = z = float("nan")
        if not geom.isNull() and not geom.isEmpty():
            vertex = next(iter(geom.vertices()))
            x, y, z = vertex.x(), vertex.y(), vertex.z()
        if matricule in stations and matricule not in twice:
            twice.append(matricule)
        if matricule:
            stations[matricule] = Station(matricule, feature.id(), x, y, z)
    if twice:  # one height for two stations, or the second left as it was: both wrong
        raise CanevasError(N_("The register « {path} » holds the matricule(s) {ids} on more than one station: give "
                              "each station its own matricule (« Check station matricules »), then run again. Nothing "
                              "was written."), path=path, ids=", ".join(twice[:20]))
    return stations, layer


class _WriteError(Exception):
    pass


def _check(code, what):
    if code != 0:
        raise _WriteError("{} ({})".format(what, ogr.GetLastErrorMsg() if hasattr(ogr, "GetLastErrorMsg") else code))


def _write_station(stations, visits, row, date, visitor):
    fid, matricule, height, remark = row
    feature = stations.GetFeature(fid)
    if feature is None or feature.GetGeometryRef() is None:
        raise _WriteError("station {} has no geometry".format(matricule))
    geometry = feature.GetGeometryRef().Clone()
    geometry.Set3D(True)
    geometry.SetPoint(0, geometry.GetX(0), geometry.GetY(0), float(height))
    feature.SetGeometry(geometry)
    _check(stations.SetFeature(feature), "station {}".format(matricule))
    visit = ogr.Feature(visits.GetLayerDefn())
    visit.SetField("station_matricule", matricule)
    visit.SetField("date", date)
    visit.SetField("visiteur", visitor)
    visit.SetField("remarque", remark)
    _check(visits.CreateFeature(visit), "visit of station {}".format(matricule))


def write_heights(path, rows, date, visitor):
    """Write rows (fid, matricule, height m, remark) in one transaction; CanevasError (nothing written) on failure."""
    from osgeo import gdal
    gdal.ErrorReset()
    try:  # GDAL raises instead of returning None when its exceptions are on (GDAL ≥ 3.9 may have them on)
        dataset = ogr.Open(str(path), 1)
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise CanevasError(N_("The register « {path} » cannot be opened for writing (read-only file, or open "
                              "elsewhere?): nothing was written."), path=path)
    try:
        stations, visits = dataset.GetLayerByName("stations"), dataset.GetLayerByName("visits")
        try:
            started = dataset.StartTransaction() == 0
        except RuntimeError:
            started = False
        if not started or stations is None or visits is None:
            raise CanevasError(N_("No transaction can be opened on the register « {path} »: nothing was written."),
                               path=path)
        try:
            for row in rows:
                _write_station(stations, visits, row, date, visitor)
            _check(dataset.CommitTransaction(), "commit")
        except Exception as error:  # whatever stops the writes, the transaction is rolled back
            with contextlib.suppress(RuntimeError):  # nothing committed: closing drops the transaction as well
                dataset.RollbackTransaction()
            raise CanevasError(N_("The heights could not be written into the register « {path} » ({error}): the "
                                  "transaction was rolled back, nothing was changed."), path=path,
                               error=str(error)) from None
    finally:
        dataset = None  # closes the GeoPackage
