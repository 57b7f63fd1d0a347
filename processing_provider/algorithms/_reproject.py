"""Shared body of canevas:ren09tocc48 and canevas:cc48toren09 (each in its own file)."""

import processing
from qgis.core import (
    QgsCsException,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
)

from ...core import systems
from ...toolbelt import crs as crs_tools
from ...toolbelt.read_whole import check_read_whole
from ..base import CanevasAlgorithm, sample_xy
from ..parameters import datum_shift_parameter


class ReprojectAlgorithm(CanevasAlgorithm):
    SOURCE = ""
    TARGET = ""
    GROUP_ID = "coordinates"
    GROUP = "Coordinates"
    ICON_FILE = "reproject.svg"

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Input layer"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]),
            self.tr("Layer to reproject (points, lines or polygons, with or without Z). It is never modified."))
        datum_shift_parameter(self)
        self.add(QgsProcessingParameterBoolean(
            "ASSUME_SOURCE", self.tr("Coordinates are in {} whatever the layer's CRS").format(self.SOURCE),
            defaultValue=False),
            self.tr("Tick when the layer has no CRS or a wrong one but its numbers are {}. The coordinates are "
                    "still checked: numbers that look like another system stop the algorithm.").format(self.SOURCE))
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Reprojected ({})").format(self.TARGET)),
            self.tr("Output layer in {}: same fields, same geometry type, heights (Z, IGN69) unchanged.").format(
                systems.SYSTEMS[self.TARGET].name))

    def _check_area(self, geom, fid, name):
        """Refuse a feature lying outside REN09's area of use (whichever datum shift)."""
        box = geom.boundingBox()
        if self._box_inside(box):
            return
        for vertex in geom.vertices():
            if systems.outside_ren09_area(vertex.x(), vertex.y()):
                self.fail("Feature {fid} of « {name} » lies {km:.1f} km from Rennes town hall in REN09, outside the "
                          "area of use of REN09 (Rennes Métropole and {margin:.0f} km around it): check its "
                          "coordinates and their system.", fid=fid, name=name,
                          km=systems.ren09_distance_km(vertex.x(), vertex.y()),
                          margin=systems.REN09_AREA_MARGIN_M / 1000.0)

    @staticmethod
    def _box_inside(box):
        # the area is convex: a box whose corners are all inside holds only inside points
        xs = [box.xMinimum(), box.xMaximum(), box.xMaximum(), box.xMinimum()]
        ys = [box.yMinimum(), box.yMinimum(), box.yMaximum(), box.yMaximum()]
        return not systems.outside_ren09_area_mask(xs, ys).any()

    def _check_area_of_layer(self, source, transform, name, feedback):
        """REN09's area of use on the layer's extent; feature by feature only when the extent is not inside."""
        extent = source.sourceExtent()
        if self.TARGET == "REN09" and not extent.isNull():
            try:
                extent = transform.transformBoundingBox(extent)
            except QgsCsException:
                extent = None
        if extent is not None and not extent.isNull() and self._box_inside(extent):
            return
        for i, feature in enumerate(source.getFeatures()):
            if not i % 1000 and feedback.isCanceled():
                return
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                continue
            if self.TARGET == "REN09":
                try:
                    geom.transform(transform)
                except QgsCsException as error:
                    self.fail("Feature {fid} of « {name} » cannot be transformed ({error}): it lies outside the "
                              "area of the REN09 transformation. Check the source system.",
                              fid=feature.id(), name=name, error=str(error))
            self._check_area(geom, feature.id(), name)

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            self.fail("The input layer cannot be read: choose a valid vector layer.")
        shift = self.parameterAsEnum(parameters, "DATUM_SHIFT", context)
        assume = self.parameterAsBoolean(parameters, "ASSUME_SOURCE", context)
        name = source.sourceName() or self.tr("the input layer")
        if source.featureCount() == 0:
            self.fail("The input layer « {name} » is empty: nothing to reproject.", name=name)
        sampled_nulls = []
        xs, ys = sample_xy(source, empty_ids=sampled_nulls)
        if not xs:
            self.fail("The input layer « {name} » has no geometry (all geometries are null or empty): "
                      "nothing to reproject.", name=name)
        # the numbers first: they say what the layer really is, whatever its declaration
        self.check_xy(xs, ys, self.SOURCE, "« {} »".format(name), converts_only=True)
        declared = crs_tools.declared_crs(source.sourceCrs())
        if not assume:
            if not declared.isValid():
                self.fail("The input layer « {name} » has no CRS. If its coordinates are {system}, tick "
                          "« Coordinates are in {system} whatever the layer's CRS ».", name=name, system=self.SOURCE)
            if crs_tools.system_of(declared) != self.SOURCE:
                if self.SOURCE in systems.looks_like(xs, ys):
                    self.fail("The input layer « {name} » is declared in {crs}, but its coordinates look like "
                              "{system}: the declaration is wrong. Tick « Coordinates are in {code} whatever the "
                              "layer's CRS » to convert it.", name=name, crs=crs_tools.crs_label(declared),
                              system=systems.SYSTEMS[self.SOURCE].name, code=self.SOURCE)
                self.fail("The input layer « {name} » is declared in {crs}, not {system}. Use QGIS' reprojection "
                          "for that system, or tick « Coordinates are in {system} whatever the layer's CRS » if the "
                          "declaration is wrong.", name=name, crs=crs_tools.crs_label(declared), system=self.SOURCE)
        transform = crs_tools.exact_transform(self.SOURCE, self.TARGET, shift)  # CanevasError if the grid is missing
        shift_name = self.tr(systems.datum_shift_name(shift))
        feedback.pushInfo(self.tr("{source} → {target}; REN09 used: {shift}.").format(
            source=systems.SYSTEMS[self.SOURCE].name, target=systems.SYSTEMS[self.TARGET].name, shift=shift_name))
        feedback.pushInfo(self.tr("PROJ pipeline: {}").format(
            systems.pipeline(self.SOURCE, self.TARGET, shift)))

        self._check_area_of_layer(source, transform, name, feedback)
        self.stop_if_cancelled(feedback)
        # QGIS' own reprojection does the copy, with exactly this operation and no fallback: as fast as
        # native:reprojectlayer, and the same output options (formats, temporary layers, append).
        layer = parameters["INPUT"]
        if declared != crs_tools.crs_for(self.SOURCE, shift):
            # no CRS, a wrong one (ASSUME_SOURCE) or the other REN09 variant: declare the system first
            layer = processing.run("native:assignprojection", {
                "INPUT": layer, "CRS": crs_tools.crs_for(self.SOURCE, shift), "OUTPUT": "TEMPORARY_OUTPUT"},
                context=context, feedback=feedback, is_child_algorithm=True)["OUTPUT"]
        child = processing.run("native:reprojectlayer", {
            "INPUT": layer, "TARGET_CRS": transform.destinationCrs(),
            "OPERATION": systems.pipeline(self.SOURCE, self.TARGET, shift), "OUTPUT": parameters["OUTPUT"]},
            context=context, feedback=feedback, is_child_algorithm=True)
        # QGIS' copy stops quietly on cancel and returns what it wrote: a cancel after it started is a
        # stopped run, whose output the base removes (never a half-written layer reported as done)
        self.stop_if_cancelled(feedback)
        dest_id = child["OUTPUT"]
        count = source.featureCount()
        written = QgsProcessingUtils.mapLayerFromString(dest_id, context)
        if written is not None and 0 <= written.featureCount() < count:
            # OGR stops quietly at a damaged page of a GeoPackage: the copy would look whole
            check_read_whole(source, written.featureCount(), name)
        nulls = sampled_nulls
        # copied as they are; listed from the sample, or from every feature when the sample met some
        if nulls and len(xs) + len(nulls) < count:
            nulls = [f.id() for f in source.getFeatures(
                QgsFeatureRequest().setFilterExpression("$geometry IS NULL").setNoAttributes().setLimit(21))]
        if nulls:
            feedback.reportError(self.tr("{count} feature(s) without geometry were copied as they are (ids: {ids}).")
                                 .format(count=len(nulls) if len(nulls) <= 20 else self.tr("more than 20"),
                                         ids=", ".join(str(f) for f in nulls[:20])), False)
        return {"OUTPUT": dest_id, "COUNT": count, "DATUM_SHIFT_NAME": shift_name}
