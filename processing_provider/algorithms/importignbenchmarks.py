"""canevas:importignbenchmarks — IGN leveling benchmarks (GEODESIE:data_geod) into a Canevas database.

New benchmarks (by `nom`, the IGN matricule) are added, those whose IGN values changed are
updated, the others counted as unchanged; bad rows are rejected with their reason. All writes go
through one edit session on the database's `benchmarks` layer: committed whole, or rolled back.
"""

import os
import re
import sqlite3
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProviderRegistry,
    QgsTransaction,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ...core import ign_benchmarks, register, systems
from ...core.messages import N_, Message
from ...toolbelt import crs as crs_tools
from ...toolbelt.layers import python_value
from ...toolbelt.qt_compat import FieldType
from ...toolbelt.read_whole import check_read_whole
from ..base import CanevasAlgorithm
from ..parameters import datum_shift_parameter

MAX_LISTED = 50
NOTHING_WRITTEN = N_("Cancelled: nothing was written in the database.")
RGF93_LONLAT = "EPSG:4171"


class WriteError(Exception):
    """A step of the edit session failed: everything is rolled back."""


def qgis_value(field_name, value):
    """A mapped value for the benchmarks layer (dates as QDate)."""
    if value is None:
        return None
    if field_name in ign_benchmarks.DATE_FIELDS:
        return QDate.fromString(value, "yyyy-MM-dd")
    return value


def canevas_tables(path):
    """Table names of a GeoPackage (gpkg_contents); raises sqlite3.Error when it is not one."""
    db = sqlite3.connect("file:{}?mode=ro".format(Path(path).as_posix()), uri=True)
    try:
        return [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
    finally:
        db.close()


def open_canevas_layer(alg, path, table):
    """The `table` layer of a Canevas database, after checking the file is one (else alg.fail)."""
    if not path or not os.path.isfile(path):
        alg.fail("The Canevas database « {path} » does not exist: choose the GeoPackage made by « Create a Canevas "
                 "database ».", path=path or "")
    if os.path.getsize(path) == 0:
        alg.fail("« {path} » is empty (0 bytes): it is not a Canevas database. Choose the GeoPackage made by "
                 "« Create a Canevas database », or restore it from a backup.", path=path)
    try:
        tables = canevas_tables(path)
    except sqlite3.Error as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            alg.fail("The Canevas database « {path} » is locked by another program ({error}): finish or close the "
                     "editing there, then run again; nothing was written.", path=path, error=str(error))
        alg.fail("« {path} » is not a GeoPackage, or a damaged one ({error}): choose the Canevas database made by "
                 "« Create a Canevas database », or restore it from a backup.", path=path, error=str(error))
    missing = register.missing_layers(tables)
    if missing:
        alg.fail("« {path} » is not a Canevas database: the layer(s) {missing} are missing. Create one with "
                 "« Create a Canevas database ».", path=path, missing=", ".join(missing))
    layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    if not layer.isValid():
        alg.fail("The layer « {table} » of « {path} » cannot be opened by QGIS.", table=table, path=path)
    absent = [name for name in register.layer(table).field_names if layer.fields().indexOf(name) < 0]
    if absent:
        alg.fail("The layer « {table} » of « {path} » lacks the field(s) {fields}: it is not a Canevas database "
                 "(or it was altered).", table=table, path=path, fields=", ".join(absent))
    return layer


def file_of(uri):
    """The file path of a layer source or output destination ('ogr:dbname=…', 'x.gpkg|layername=…'), or None."""
    if not uri or uri.startswith("memory:"):
        return None
    if uri.startswith("ogr:"):
        uri = uri[4:]
    match = re.match(r"""\s*dbname\s*=\s*(?:'([^']*)'|"([^"]*)"|(\S+))""", uri)
    if match:  # ogr:dbname='…' table="…" (geom)
        path = next(group for group in match.groups() if group is not None)
    else:
        path = QgsProviderRegistry.instance().decodeUri("ogr", uri).get("path") or uri.split("|", 1)[0]
    return os.path.normcase(os.path.realpath(path)) if path else None


class ImportIgnBenchmarks(CanevasAlgorithm):
    NAME = "importignbenchmarks"
    DISPLAY_NAME = "Import IGN leveling benchmarks"
    GROUP_ID = "register"
    GROUP = "Canevas register"
    ICON_FILE = "register.svg"

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFeatureSource("INPUT", self.tr("IGN benchmarks"),
                                                     [QgsProcessing.SourceType.TypeVector]),
                 self.tr("IGN leveling benchmarks with the field names of the Géoplateforme layer GEODESIE:data_geod "
                         "(nom, domaine, etat, cp1_coord3…): a GeoJSON or GeoPackage download or the WFS layer, in "
                         "any CRS. Rows without geometry use cg1_coord1 / cg1_coord2 (RGF93 lon/lat). Never modified."))
        self.add(QgsProcessingParameterFile("DATABASE", self.tr("Canevas database"),
                                            behavior=QgsProcessingParameterFile.Behavior.File,
                                            fileFilter=self.tr("GeoPackage (*.gpkg *.GPKG)")),
                 self.tr("The GeoPackage made by « Create a Canevas database »; its « benchmarks » layer is updated "
                         "and the benchmarks are reprojected to its coordinate system."))
        self.add(QgsProcessingParameterBoolean("ONLY_NIVF", self.tr("Only NGF-IGN69 leveling benchmarks (domaine "
                                                                    "« nivf »)"), defaultValue=True),
                 self.tr("Ticked: rows whose domaine is not « nivf » (geodetic points, other networks) are rejected. "
                         "Unticked: every row with a matricule and an altitude is imported."))
        datum_shift_parameter(self)
        self.add(QgsProcessingParameterFeatureSink("REJECTED_OUTPUT", self.tr("Rejected rows"),
                                                   QgsProcessing.SourceType.TypeVector, optional=True,
                                                   createByDefault=False),
                 self.tr("Optional layer of the rows that were not imported, with all their fields and the "
                         "« reason » of the rejection."))
        for name, description in (("ADDED", self.tr("Benchmarks added")), ("UPDATED", self.tr("Benchmarks updated")),
                                  ("UNCHANGED", self.tr("Benchmarks unchanged")),
                                  ("REJECTED", self.tr("Rows rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    # --- reading ----------------------------------------------------------------------------
    def _existing(self, layer, feedback):
        names = layer.fields().names()
        existing, xy, fids = {}, {}, {}
        for feature in layer.getFeatures():
            self.stop_if_cancelled(feedback, NOTHING_WRITTEN)
            values = {name: python_value(feature[name]) for name in register.IGN_FIELD_NAMES if name in names}
            nom = values.get("nom")
            if nom is None:
                continue
            existing[nom] = values
            fids[nom] = feature.id()
            geom = feature.geometry()
            if not geom.isNull() and not geom.isEmpty():
                vertex = next(iter(geom.vertices()))
                xy[nom] = (vertex.x(), vertex.y())
        return existing, xy, fids

    def _transforms(self, source, target, shift, context):
        """(transform of the input geometries or None, transform of RGF93 lon/lat) to the database system."""
        lonlat = crs_tools.exact_transform("RGF93G", target, shift)
        if QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.NullGeometry,
                                                           QgsWkbTypes.GeometryType.UnknownGeometry):
            return None, lonlat
        crs = crs_tools.declared_crs(source.sourceCrs())
        if not crs.isValid():
            self.fail("The input layer « {name} » has no CRS: set its CRS (IGN data: EPSG:4326, EPSG:2154 or "
                      "RGF93) so that the benchmarks can be reprojected.", name=source.sourceName())
        code = crs_tools.system_of(crs)
        if code in systems.TRANSFORMABLE:
            return [crs_tools.exact_transform(code, target, shift)], lonlat
        # any other CRS: QGIS to RGF93 lon/lat, then the plugin's exact pipeline
        to_rgf93 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4171"),
                                          context.transformContext())
        return [to_rgf93, lonlat], lonlat

    @staticmethod
    def _apply(transforms, x, y):
        point = QgsPointXY(x, y)
        for transform in transforms:
            point = transform.transform(point)
        return point.x(), point.y()

    def _check_destination(self, parameters, context, path):
        """Refuse a rejected-rows output written over the database or the input file: checked before any write."""
        dest = self.parameterAsOutputLayer(parameters, "REJECTED_OUTPUT", context)
        target = file_of(dest)
        if target is None:
            return
        if target == file_of(path):
            self.fail("The rejected rows output « {dest} » is the Canevas database itself: it would replace the "
                      "register. Choose another file; nothing was written.", dest=dest)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is not None and target == file_of(layer.source()):
            self.fail("The rejected rows output « {dest} » is the input file: it would destroy the IGN data. Choose "
                      "another file; nothing was written.", dest=dest)

    def _check_input(self, source, name, layer, path, feedback):
        """(the database's system, {register field: input field}) once the input and the database are checked."""
        target = crs_tools.system_of(layer.crs())
        if target not in register.ALLOWED_SYSTEMS:
            self.fail("The benchmarks of « {path} » are in {crs}, neither CC48 nor REN09: this database was altered; "
                      "create a new one.", path=path, crs=crs_tools.crs_label(layer.crs()))
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        if geometry_type in (QgsWkbTypes.GeometryType.LineGeometry, QgsWkbTypes.GeometryType.PolygonGeometry):
            self.fail("« {name} » holds lines or polygons: IGN benchmarks are points. Choose the benchmarks layer.",
                      name=name)
        ign = ign_benchmarks.find_ign_fields(source.fields().names())
        if "nom" not in ign:
            self.fail("« {name} » has no « nom » field: it is not IGN benchmark data (fields of GEODESIE:data_geod: "
                      "nom, domaine, etat, cp1_coord3…).", name=name)
        absent = [f for f in register.IGN_FIELD_NAMES if f not in ign]
        if absent:
            feedback.pushInfo(self.tr("Fields absent from « {name} », left empty on new benchmarks and unchanged on "
                                      "existing ones: {fields}.").format(name=name, fields=", ".join(absent)))
        return target, ign

    # --- run ----------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            self.fail("The input layer cannot be read: choose a valid layer of IGN benchmarks.")
        if source.featureCount() == 0:
            self.fail("« {name} » is empty: it holds no benchmark to import; nothing was written.",
                      name=source.sourceName())
        self.check_numbers(source)
        name = source.sourceName() or self.tr("the input layer")
        path = self.parameterAsFile(parameters, "DATABASE", context)
        only_nivf = self.parameterAsBoolean(parameters, "ONLY_NIVF", context)
        shift = self.parameterAsEnum(parameters, "DATUM_SHIFT", context)
        self._check_destination(parameters, context, path)
        layer = open_canevas_layer(self, path, "benchmarks")
        target, ign = self._check_input(source, name, layer, path, feedback)
        transforms, lonlat = self._transforms(source, target, shift, context)
        # the position of every geometry is checked in RGF93 lon/lat (mainland France, lat/lon not swapped)
        to_lonlat = None if transforms is None else QgsCoordinateTransform(
            source.sourceCrs(), QgsCoordinateReferenceSystem(RGF93_LONLAT), context.transformContext())
        feedback.pushInfo(self.tr("Benchmarks reprojected to {system}.").format(system=systems.SYSTEMS[target].name))

        steps = self.steps(feedback, 2)  # rows read, database written
        existing, existing_xy, fids = self._existing(layer, steps)
        total = max(source.featureCount(), 1)
        seen = set()
        added, updated, unchanged, rejected = [], [], [], []
        for i, feature in enumerate(source.getFeatures()):
            self.stop_if_cancelled(feedback, NOTHING_WRITTEN)
            steps.setProgress(100 * i / total)
            mapped, xy = self._map_row(feature, ign, only_nivf, target, transforms, lonlat, to_lonlat)
            status, changed, reason = ign_benchmarks.classify_benchmark(mapped, existing, seen, xy,
                                                                  existing_xy.get(mapped.nom))
            if status == ign_benchmarks.REJECTED:
                rejected.append((feature, reason))
            elif status == ign_benchmarks.ADDED:
                added.append((mapped.values, xy))
            elif status == ign_benchmarks.UPDATED:
                updated.append((mapped.values, xy, changed))
            else:
                unchanged.append(mapped.nom)
        # a damaged file read short: nothing written (each row read went to one of the four lists)
        check_read_whole(source, len(added) + len(updated) + len(unchanged) + len(rejected))

        # the rejected rows are written first: a failing output leaves the database untouched
        dest = self._rejected_sink(parameters, context, source, rejected)
        steps.setCurrentStep(1)
        self._write(layer, added, updated, fids, steps)
        steps.setProgress(100)
        feedback.pushInfo(self.tr("{added} benchmark(s) added, {updated} updated, {unchanged} unchanged, "
                                  "{rejected} row(s) rejected.").format(added=len(added), updated=len(updated),
                                                                        unchanged=len(unchanged),
                                                                        rejected=len(rejected)))
        for values, _, changed in updated[:MAX_LISTED]:
            feedback.pushInfo(self.tr("Updated « {nom} »: {fields}.").format(nom=values["nom"],
                                                                             fields=", ".join(changed)))
        for feature, reason in rejected[:MAX_LISTED]:
            nom = python_value(feature[ign["nom"]])
            feedback.reportError(self.tr("Rejected row {fid} ({nom}): {reason}.").format(
                fid=feature.id(), nom=nom if nom is not None else "—", reason=reason.text(self.tr)), False)
        if len(rejected) > MAX_LISTED:
            feedback.reportError(self.tr("… and {count} more rejected row(s).").format(
                count=len(rejected) - MAX_LISTED), False)
        return {"ADDED": len(added), "UPDATED": len(updated), "UNCHANGED": len(unchanged),
                "REJECTED": len(rejected), "REJECTED_OUTPUT": dest}

    def _map_row(self, feature, ign, only_nivf, target, transforms, lonlat, to_lonlat):
        """(mapped IGN row, its position in the database system or None) of one input feature."""
        raw = {field: python_value(feature[source_name]) for field, source_name in ign.items()}
        geom = feature.geometry()
        has_geometry = transforms is not None and not geom.isNull() and not geom.isEmpty()
        mapped = ign_benchmarks.map_ign_benchmark(raw, has_geometry, only_nivf)
        # fields absent from the input are left as stored, never emptied
        mapped.values = {k: v for k, v in mapped.values.items() if k in ign}
        xy = None
        if mapped.reason is None:
            try:
                if has_geometry:
                    vertex = next(iter(geom.vertices()))
                    mapped.reason = ign_benchmarks.position_problem(*self._apply([to_lonlat], vertex.x(), vertex.y()),
                                                              self.tr("geometry"))
                    if mapped.reason is None:
                        xy = self._apply(transforms, vertex.x(), vertex.y())
                else:
                    xy = self._apply([lonlat], *mapped.lonlat)
            except QgsCsException as error:
                mapped.reason = Message(N_("cannot be reprojected to {system} ({error})"),
                                        system=systems.SYSTEMS[target].name, error=str(error))
        return mapped, xy

    # --- writing ------------------------------------------------------------------------------
    def _write(self, layer, added, updated, fids, feedback):
        """Adds and updates in one database transaction: everything is written, or nothing."""
        if not added and not updated:
            return
        provider = layer.dataProvider()
        provider.clearErrors()
        provider.enterUpdateMode()  # the transaction needs the GeoPackage open for writing
        transaction = self._transaction(layer, feedback)
        try:
            self._edit(layer, added, updated, fids, feedback)
            if not layer.commitChanges():
                raise WriteError("; ".join(layer.commitErrors()))
            if transaction is not None:
                ok, error = transaction.commit()
                if not ok:
                    raise WriteError(error)
        except WriteError as error:
            self._roll_back(layer, transaction)
            details = [str(error)] + [e for e in provider.errors()[-3:] if e]
            self.fail("The benchmarks could not be written, nothing was changed in the database: {errors}",
                      errors="; ".join(details))
        except Exception:
            self._roll_back(layer, transaction)
            raise
        finally:
            del transaction
            provider.leaveUpdateMode()

    def _transaction(self, layer, feedback):
        """A database transaction on the layer's GeoPackage, None when none can be opened (said in the log)."""
        transaction = QgsTransaction.create({layer})
        if transaction is not None and not transaction.begin()[0]:
            transaction = None
        if transaction is None:
            feedback.reportError(self.tr("No database transaction could be opened on the GeoPackage: the benchmarks "
                                         "are written in a plain edit session."), False)
        return transaction

    @staticmethod
    def _roll_back(layer, transaction):
        if transaction is not None:
            transaction.rollback()
        if layer.isEditable():
            layer.rollBack()

    def _edit(self, layer, added, updated, fids, feedback):
        """The adds and updates in the layer's edit buffer; WriteError when one fails."""
        if not layer.startEditing():
            raise WriteError(self.tr("the layer cannot be edited (read-only file?)"))
        fields = layer.fields()
        new = []
        for values, xy in added:
            feature = QgsFeature(fields)
            for field_name in register.IGN_FIELD_NAMES:
                feature[field_name] = qgis_value(field_name, values.get(field_name))
            feature.setGeometry(QgsGeometry(QgsPoint(xy[0], xy[1], values[ign_benchmarks.ALTITUDE_FIELD])))
            new.append(feature)
        if new and not layer.addFeatures(new):
            raise WriteError(self.tr("adding the new benchmarks failed"))
        for j, (values, xy, changed) in enumerate(updated):
            if feedback.isCanceled():
                raise WriteError(self.tr("cancelled"))
            fid = fids[values["nom"]]
            attributes = {fields.indexOf(f): qgis_value(f, values.get(f)) for f in changed if f != "geometry"}
            if attributes and not layer.changeAttributeValues(fid, attributes):
                raise WriteError(self.tr("updating « {nom} » failed").format(nom=values["nom"]))
            if "geometry" in changed or ign_benchmarks.ALTITUDE_FIELD in changed:
                point = QgsGeometry(QgsPoint(xy[0], xy[1], values[ign_benchmarks.ALTITUDE_FIELD]))
                if not layer.changeGeometry(fid, point):
                    raise WriteError(self.tr("moving « {nom} » failed").format(nom=values["nom"]))
            feedback.setProgress(100 * j / max(len(updated), 1))

    def _rejected_sink(self, parameters, context, source, rejected):
        fields = QgsFields(source.fields())
        reason_field = "reason" if fields.indexOf("reason") < 0 else "canevas_reason"
        fields.append(QgsField(reason_field, FieldType.String))
        sink, dest = self.parameterAsSink(parameters, "REJECTED_OUTPUT", context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            if self.parameterAsOutputLayer(parameters, "REJECTED_OUTPUT", context):
                self.fail("The rejected rows output cannot be created: check its path; nothing was written in the "
                          "database.")
            return None
        for feature, reason in rejected:
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [reason.text(self.tr)])
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                self.fail("The rejected rows could not be written to « {dest} » ({error}): nothing was written in "
                          "the database.", dest=dest, error=sink.lastError())
        if not sink.flushBuffer():
            self.fail("The rejected rows could not be written to « {dest} » ({error}): nothing was written in the "
                      "database.", dest=dest, error=sink.lastError())
        return dest
