"""Shared body of canevas:ren09tocc48 and canevas:cc48toren09 (each in its own file)."""

from qgis.core import (
    QgsCsException,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...core import systems
from ...core.messages import CanevasError
from ...toolbelt import crs as crs_tools
from ..base import CanevasAlgorithm, sample_xy
from ..parameters import datum_shift_parameter


def check_coordinates(alg, xs, ys, expected, what):
    """Stop when the numbers look like another known system than `expected`."""
    others = systems.other_systems(expected, xs, ys)
    if others:
        alg.fail("The coordinates of {what} look like {found}, not {expected}: this algorithm converts {expected} "
                 "only. Choose the tool for the system the layer really is in (QGIS' « Reproject layer », or the "
                 "other Canevas conversion).",
                 what=what, found=" or ".join(systems.SYSTEMS[c].name for c in others),
                 expected=systems.SYSTEMS[expected].name)


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
        # the area is a disc (convex): a box whose corners are all inside holds only inside vertices
        if not any(systems.outside_ren09_area(x, y) for x in (box.xMinimum(), box.xMaximum())
                   for y in (box.yMinimum(), box.yMaximum())):
            return
        for vertex in geom.vertices():
            if systems.outside_ren09_area(vertex.x(), vertex.y()):
                self.fail("Feature {fid} of « {name} » lies {km:.1f} km from Rennes town hall in REN09, outside the "
                          "area of use of REN09 (within {limit:.0f} km of the town hall): check its coordinates and "
                          "their system.", fid=fid, name=name, km=systems.ren09_distance_km(vertex.x(), vertex.y()),
                          limit=systems.REN09_AREA_RADIUS_M / 1000.0)

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            self.fail("The input layer cannot be read: choose a valid vector layer.")
        shift = self.parameterAsEnum(parameters, "DATUM_SHIFT", context)
        assume = self.parameterAsBoolean(parameters, "ASSUME_SOURCE", context)
        name = source.sourceName() or self.tr("the input layer")
        if source.featureCount() == 0:
            self.fail("The input layer « {name} » is empty: nothing to reproject.", name=name)
        xs, ys = sample_xy(source)
        if not xs:
            self.fail("The input layer « {name} » has no geometry (all geometries are null or empty): "
                      "nothing to reproject.", name=name)
        # the numbers first: they say what the layer really is, whatever its declaration
        check_coordinates(self, xs, ys, self.SOURCE, "« {} »".format(name))
        declared = source.sourceCrs()
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
        try:
            transform = crs_tools.exact_transform(self.SOURCE, self.TARGET, shift)
        except CanevasError as error:  # the shipped grid is missing
            raise self.core_error(error)
        shift_name = self.tr(systems.datum_shift_name(shift))
        feedback.pushInfo(self.tr("{source} → {target}; REN09 used: {shift}.").format(
            source=systems.SYSTEMS[self.SOURCE].name, target=systems.SYSTEMS[self.TARGET].name, shift=shift_name))
        feedback.pushInfo(self.tr("PROJ pipeline: {}").format(
            systems.pipeline(self.SOURCE, self.TARGET, shift)))

        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), source.wkbType(),
                                             transform.destinationCrs())
        if sink is None:
            self.fail("The output layer cannot be created: check the output path.")
        total = source.featureCount()
        step = 100.0 / total
        nulls, count = [], 0
        for i, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                break
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                nulls.append(feature.id())
            else:
                if self.SOURCE == "REN09":
                    self._check_area(geom, feature.id(), name)
                try:
                    geom.transform(transform)
                except QgsCsException as error:
                    self.fail("Feature {fid} of « {name} » cannot be transformed ({error}): it lies outside the "
                              "area of the REN09 transformation. Check the source system.",
                              fid=feature.id(), name=name, error=str(error))
                if self.TARGET == "REN09":
                    self._check_area(geom, feature.id(), name)
                feature.setGeometry(geom)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            count += 1
            if not i % 1000:  # a progress signal per feature costs more than the transformation
                feedback.setProgress(int(i * step))
        if nulls:
            feedback.reportError(self.tr("{count} feature(s) without geometry were copied as they are (ids: {ids}).")
                                 .format(count=len(nulls), ids=", ".join(str(f) for f in nulls[:20])), False)
        return {"OUTPUT": dest_id, "COUNT": count, "DATUM_SHIFT_NAME": shift_name}
