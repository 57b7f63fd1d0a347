"""canevas:rasterprecisionclass — precision class of an orthophoto / PCRS image (arrêté 16/09/2003, art. 8).

Well-identified details measured in the field (CONTROL) against the same details digitised on the
image (DIGITISED), plan only. Art. 8: a class can never be better than the pixel size, so a class
finer than the pixel is refused (PASSED false, with the reason) and the best class is never
below the pixel size.
"""

import math
import os

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsUnitTypes,
)

from ...core import precision
from ...core.messages import lformat
from ...toolbelt import crs as crs_tools
from ...toolbelt.i18n import number
from ._precision import PrecisionClassBase, Test, first_ids
from ._rasters import damaged_blocks, raster_file_problem


class RasterPrecisionClass(PrecisionClassBase):
    NAME = "rasterprecisionclass"
    DISPLAY_NAME = "Precision class of an orthophoto or image (art. 8)"
    TESTED = "DIGITISED"

    def initAlgorithm(self, config=None):
        self.add_points("CONTROL", self.tr("Control points"),
                        self.tr("Well-identified details (corners of buildings, road markings...) measured in the "
                                "field, more precise than the class tested. Their CRS is the reference; it must be "
                                "projected."),
                        self.tr("Field identifying the control details, matched with the id of the digitised "
                                "points."))
        self.add_points("DIGITISED", self.tr("Digitised points"),
                        self.tr("The same details digitised on the image. They are brought to the CRS of the "
                                "control layer when theirs differs."),
                        self.tr("Field identifying the digitised points; they are paired with the control points "
                                "having the same id."))
        self.add(QgsProcessingParameterRasterLayer("RASTER", self.tr("Image (orthophoto, PCRS)")),
                 self.tr("The image checked; only its pixel size is read: a class finer than the pixel size is "
                         "refused (art. 8)."))
        self.add_mode()
        self.add_class("CLASS_CM", self.tr("Class tested (cm; 0 = find the best class)"),
                       self.tr("Precision class to check, in centimetres; 0 = find the best class. A class finer "
                               "than the pixel size fails whatever the deviations."))
        self.add_safety_and_template()
        self.add_outputs()

    def checkParameterValues(self, parameters, context):
        """A missing, empty or unreadable image named with the fix, instead of QGIS' « Could not load source
        layer »."""
        value = parameters.get("RASTER")
        if isinstance(value, str) and context.getMapLayer(value) is None and (
                context.project() is None or context.project().mapLayer(value) is None):
            problem = raster_file_problem(value)
            if problem:
                return False, problem
        return super().checkParameterValues(parameters, context)

    def side_labels(self):
        return self.tr("Digitised points"), self.tr("Control points (reference)")

    def report_title(self):
        return self.tr("Precision class of an image (art. 8)")

    def tests(self, parameters, context):
        class_cm = self.parameterAsDouble(parameters, "CLASS_CM", context) or None
        return [Test("", 2, self.tr("Plan test"), class_cm)]

    def prepare(self, parameters, context, feedback):
        raster = self.parameterAsRasterLayer(parameters, "RASTER", context)
        if raster is None or not raster.isValid():
            self.fail("The image cannot be read: choose a valid raster layer.")
        crs = crs_tools.declared_crs(raster.crs())
        name = raster.name()
        if raster.providerType() == "gdal":
            path = raster.source().split("|")[0]
            if os.path.isfile(path):
                problem = damaged_blocks(path, feedback, self.stop_if_cancelled)
                if problem:
                    self.fail("The image « {path} » is damaged or truncated ({error}): choose the complete file "
                              "as delivered.", path=path, error=problem)
        declared = crs_tools.system_of(crs)
        if declared is not None:
            center = raster.extent().center()
            self.check_xy([center.x()], [center.y()], declared, "« {} »".format(name), crs_tools.crs_label(crs))
        if crs.isValid() and crs.isGeographic():
            self.fail("The image « {name} » is in a geographic CRS ({crs}): its pixel size is not in metres. "
                      "Choose the image in its projected CRS.", name=name, crs=crs_tools.crs_label(crs))
        if crs.isValid() and crs.mapUnits() != QgsUnitTypes.DistanceUnit.DistanceMeters:
            self.fail("The CRS of the image « {name} » ({crs}) is not in metres: its pixel size cannot be compared "
                      "with a class in centimetres.", name=name, crs=crs_tools.crs_label(crs))
        messages = []
        if not crs.isValid():
            messages.append(self.tr("The image « {name} » has no CRS: its pixel size is assumed to be in metres.")
                            .format(name=name))
            feedback.reportError(messages[-1], False)
        self.pixel = max(abs(raster.rasterUnitsPerPixelX()), abs(raster.rasterUnitsPerPixelY()))
        if not (math.isfinite(self.pixel) and self.pixel > 0):
            self.fail("The pixel size of the image « {name} » cannot be read: choose a georeferenced raster.",
                      name=name)
        self.raster_name = name
        self.raster_extent, self.raster_crs = QgsRectangle(raster.extent()), crs
        feedback.pushInfo(self.tr("Pixel size of « {name} »: {pixel:g} cm.").format(name=name,
                                                                                  pixel=self.pixel * 100))
        return [(self.tr("Image"), name), (self.tr("Pixel size"), lformat("{:g} cm", self.pixel * 100))], messages

    def check_pairs(self, pairing, crs, context, feedback):
        """The digitised points must lie on the image: elsewhere it is not the image they were digitised on, and
        its pixel size says nothing of them."""
        extent = QgsRectangle(self.raster_extent)
        if self.raster_crs.isValid() and crs.isValid() and self.raster_crs != crs:
            try:
                extent = QgsCoordinateTransform(self.raster_crs, crs, context.transformContext()).transformBoundingBox(
                    extent)
            except QgsCsException as error:
                self.fail("The extent of the image « {name} » cannot be brought to the CRS of the control points "
                          "({error}): check the CRS of the image.", name=self.raster_name, error=str(error))
        extent.grow(self.pixel)
        xy = np.asarray(pairing.supplied, dtype=float)
        inside = (xy[:, 0] >= extent.xMinimum()) & (xy[:, 0] <= extent.xMaximum()) & \
            (xy[:, 1] >= extent.yMinimum()) & (xy[:, 1] <= extent.yMaximum())
        outside = [pid for pid, ok in zip(pairing.ids, inside) if not ok]
        if not inside.any():
            self.fail("The image « {name} » does not cover the digitised points (its extent {extent}; the points "
                      "around {x:.1f}, {y:.1f}{crs}): choose the image the points were digitised on, or set its CRS.",
                      name=self.raster_name, extent=extent.toString(1), x=float(np.mean(xy[:, 0])),
                      y=float(np.mean(xy[:, 1])), crs=" ({})".format(crs_tools.crs_label(crs)) if crs.isValid() else "")
        if outside:
            feedback.reportError(self.tr("{count} digitised point(s) lie outside the image « {name} »: {ids}. Check "
                                         "that this is the image they were digitised on.").format(
                count=number(len(outside)), name=self.raster_name, ids=first_ids(outside)), False)

    def adjust(self, test, C):
        pixel_cm = self.pixel * 100
        # Smallest class in 1 mm steps that is not finer than the pixel.
        floor_cm = math.ceil(pixel_cm * 10 - 1e-6) / 10
        if test.class_asked is not None and test.class_asked < pixel_cm * (1 - 1e-9):
            test.passed = False
            test.notes.append(self.tr("Class {cls:g} cm is refused: it is finer than the pixel size of « {name} » "
                                      "({pixel:g} cm), and an image can never be of a class better than its pixel "
                                      "(art. 8). Test a class of at least {min:g} cm.").format(
                cls=test.class_asked, name=self.raster_name, pixel=pixel_cm, min=floor_cm))
        if test.best.class_cm < floor_cm:
            test.notes.append(self.tr("The deviations alone would reach class {best:g} cm; the best class is raised "
                                      "to the pixel size, {min:g} cm.").format(best=test.best.class_cm,
                                                                               min=floor_cm))
            test.best = precision.check_class(test.assessment.deviations.epos, 2, floor_cm, C)
            if test.class_asked is None:
                test.verdict = test.best
