"""canevas:checkcommonpoints — which REN09 realisation fits points known in REN09 and in CC48."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...core import commonpoints, systems
from ...toolbelt import crs as crs_tools
from ...toolbelt.points import EMPTY_XY, read_points
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm

SIDES = ("REN09", "CC48")
OUTPUT_FIELDS = ("x_ren09", "y_ren09", "x_cc48", "y_cc48",
                 "de_grid", "dn_grid", "d_grid", "de_3param", "dn_3param", "d_3param", "de_sim", "dn_sim", "d_sim")


class CheckCommonPoints(CanevasAlgorithm):
    NAME = "checkcommonpoints"
    DISPLAY_NAME = "Check common points REN09 / CC48"
    ICON_FILE = "reproject.svg"

    def initAlgorithm(self, config=None):
        for side in SIDES:
            layer = "{}_LAYER".format(side)
            self.add(QgsProcessingParameterFeatureSource(layer, self.tr("Points with {} coordinates").format(side),
                                                         [QgsProcessing.SourceType.TypeVector]),
                     self.tr("Layer holding the {} coordinates of the common points, as point geometries or as two "
                             "fields. It may be the same layer for both systems.").format(side))
            self.add(QgsProcessingParameterField("{}_ID_FIELD".format(side), self.tr("{} id field").format(side),
                                                 parentLayerParameterName=layer),
                     self.tr("Field identifying the points; ids are matched between the two systems."))
            for axis in ("X", "Y"):
                self.add(QgsProcessingParameterField(
                    "{}_{}_FIELD".format(side, axis), self.tr("{side} {axis} field").format(side=side, axis=axis),
                    parentLayerParameterName=layer, type=QgsProcessingParameterField.DataType.Numeric, optional=True),
                    self.tr("Numeric field holding {side} {axis}; leave empty to use the point geometry.").format(
                        side=side, axis=axis))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Common points residuals"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 self.tr("One point per common id (in CC48) with both coordinates and the residuals "
                         "measured − computed (m) of the IGN grid, the 3-parameter shift and the best-fit similarity."))

    def _check_fields(self, source, side, id_field, x_field, y_field):
        name = source.sourceName()
        fields = source.fields()
        for field in (id_field, x_field, y_field):
            if field and fields.indexOf(field) < 0:
                self.fail("The field « {field} » is missing from « {name} »: choose one of its fields.",
                          field=field, name=name)
        if bool(x_field) != bool(y_field):
            self.fail("Give both the X and the Y field of the {side} points, or neither to use the geometry.",
                      side=side)
        if not x_field:
            if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
                self.fail("« {name} » has no point geometry: choose its {side} X and Y fields.", name=name, side=side)
            self._check_crs(source, side)

    def _check_crs(self, source, side):
        """Positions read from the geometry are taken as {side} coordinates: the layer must say so.

        No CRS, degrees, or another known system would silently compare other numbers than the user meant.
        """
        name = source.sourceName()
        crs = crs_tools.declared_crs(source.sourceCrs())
        if not crs.isValid():
            self.fail("« {name} » has no CRS: its positions cannot be taken as {side} coordinates. Set its CRS to "
                      "{side} (Layer Properties › Source), or choose its {side} X and Y fields.", name=name, side=side)
        if crs.isGeographic():
            self.fail("« {name} » is in a geographic CRS ({crs}); {side} coordinates in metres are needed: "
                      "choose the right layer or its X/Y fields.", name=name, crs=crs_tools.crs_label(crs), side=side)
        self.check_numbers(source, crs=crs)
        declared = crs_tools.system_of(crs)
        if declared is not None and declared != side:
            self.fail("« {name} » is declared in {crs}, not {side}: the {side} coordinates of the common points are "
                      "needed. Choose the layer holding them, or convert it to {side} first.", name=name,
                      crs=crs_tools.crs_label(crs), side=side)

    def _points(self, parameters, context, feedback, side):
        source = self.parameterAsSource(parameters, "{}_LAYER".format(side), context)
        if source is None:
            self.fail("The {side} layer cannot be read: choose a valid layer.", side=side)
        name = source.sourceName()
        id_field = self.parameterAsString(parameters, "{}_ID_FIELD".format(side), context)
        x_field = self.parameterAsString(parameters, "{}_X_FIELD".format(side), context)
        y_field = self.parameterAsString(parameters, "{}_Y_FIELD".format(side), context)
        self._check_fields(source, side, id_field, x_field, y_field)
        points, no_id = [], 0
        for row in read_points(source, id_field, (x_field, y_field) if x_field else None, feedback=feedback,
                               stop=self.stop_if_cancelled):
            if not row.id:  # ids compared as text, 12.0 read from a real field being "12" like the integer 12
                no_id += 1
                continue
            if row.problem == EMPTY_XY:
                self.fail("Point « {id} » of « {name} » has an empty {side} X or Y field.", id=row.id, name=name,
                          side=side)
            if row.problem:
                self.fail("Point « {id} » of « {name} » has no geometry: fill it or use X/Y fields.",
                          id=row.id, name=name)
            points.append((row.id, row.x, row.y))
        if no_id:
            feedback.reportError(self.tr("{count} point(s) of « {name} » have no id and are not compared.").format(
                count=no_id, name=name), False)
        if not points:
            self.fail("« {name} » holds no point with an id: nothing to compare.", name=name)
        return points

    def processAlgorithm(self, parameters, context, feedback):
        steps = self.steps(feedback, 3)  # REN09 points, CC48 points, output
        ren = self._points(parameters, context, steps, "REN09")
        steps.setCurrentStep(1)
        cc = self._points(parameters, context, steps, "CC48")
        steps.setCurrentStep(2)
        result = commonpoints.check_common_points(ren, cc)
        for side, missing in (("REN09", result.only_ren09), ("CC48", result.only_cc48)):
            if missing:
                feedback.reportError(self.tr("{count} id(s) only in the {side} points, not compared: {ids}").format(
                    count=len(missing), side=side, ids=", ".join(missing[:50])), False)
        fields = QgsFields()
        fields.append(QgsField("id", FieldType.String))
        for name in OUTPUT_FIELDS:
            fields.append(QgsField(name, FieldType.Double))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point,
                                          crs_tools.crs_for("CC48"))
        if sink is None:
            self.fail("The output layer cannot be created: check the output path.")
        sim = result.similarity
        grid, three = result.variants[systems.DATUM_GRID], result.variants[systems.DATUM_3PARAM]
        for i, pid in enumerate(result.ids):
            self.stop_if_cancelled(feedback)
            r, c = result.ren09[i], result.cc48[i]
            values = [*r, *c]
            for variant in (grid, three):
                de, dn = variant.residuals[i]
                values += [de, dn, variant.distances[i]]
            if sim is not None:
                de, dn = sim.residuals[i]
                values += [de, dn, (de ** 2 + dn ** 2) ** 0.5]
            else:
                values += [None] * 3
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*c)))
            feature.setAttributes([str(pid)] + [None if v is None else float(v) for v in values])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        best = result.best_datum_shift
        for shift, variant in result.variants.items():
            feedback.pushInfo(self.tr("{name}: RMS {rms:.3f} m, max {max:.3f} m, mean shift dE {de:+.3f} m, "
                                      "dN {dn:+.3f} m").format(name=self.tr(systems.datum_shift_name(shift)),
                                                               rms=variant.rms, max=variant.max,
                                                               de=variant.mean[0], dn=variant.mean[1]))
        sim_results = dict.fromkeys(("RMS_SIMILARITY", "SIMILARITY_SCALE_PPM", "SIMILARITY_ROTATION_GON",
                                     "SIMILARITY_TX", "SIMILARITY_TY"))
        if sim is None:
            feedback.reportError(self.tr("A similarity needs at least 2 common points: not fitted."), False)
        else:
            sim_rms = float((sim.residuals ** 2).sum(axis=1).mean() ** 0.5)
            sim_results = {"RMS_SIMILARITY": sim_rms, "SIMILARITY_SCALE_PPM": sim.scale_ppm,
                           "SIMILARITY_ROTATION_GON": sim.rotation_gon, "SIMILARITY_TX": sim.tx,
                           "SIMILARITY_TY": sim.ty}
            feedback.pushInfo(self.tr("Best-fit similarity REN09 → CC48: scale {ppm:+.1f} ppm (mm/km), rotation "
                                      "{rot:.5f} gon, RMS {rms:.3f} m over {n} point(s).").format(
                ppm=sim.scale_ppm, rot=sim.rotation_gon, rms=sim_rms, n=len(result.ids)))
        feedback.pushInfo(self.tr("Best datum shift for these points: {}.").format(
            self.tr(systems.datum_shift_name(best))))
        return {
            "OUTPUT": dest, "N_COMMON": len(result.ids),
            "RMS_GRID": grid.rms, "MAX_GRID": grid.max, "RMS_3PARAM": three.rms, "MAX_3PARAM": three.max,
            **sim_results,
            "BEST_DATUM_SHIFT": best, "BEST_DATUM_SHIFT_NAME": self.tr(systems.datum_shift_name(best)),
            "UNMATCHED_REN09": ", ".join(result.only_ren09), "UNMATCHED_CC48": ", ".join(result.only_cc48),
        }
