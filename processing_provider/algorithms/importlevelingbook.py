"""canevas:importlevelingbook — a leveling field book (GSI-8/16, DiNi M5, CSV) → an observations table."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import textfile
from ...core.leveling import books
from ...core.messages import N_
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm

FORMAT_LABELS = (N_("Detect from the content"), N_("Leica GSI-8 / GSI-16 (DNA03, DNA10, LS10, LS15)"),
                 N_("Trimble DiNi (M5)"), N_("CSV with a header (from;to;dh;distance;setups;run;date)"))
ENCODINGS = ("utf-8", "cp1252")
FIELDS = (("run", FieldType.String), ("from", FieldType.String), ("to", FieldType.String),
          ("dh_m", FieldType.Double), ("distance_m", FieldType.Double), ("setups", FieldType.Int),
          ("date", FieldType.String), ("source_line", FieldType.Int))


class ImportLevelingBook(CanevasAlgorithm):
    NAME = "importlevelingbook"
    DISPLAY_NAME = "Import a leveling field book"
    GROUP_ID = "leveling"
    GROUP = "Leveling network"

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFile(
            "INPUT", self.tr("Field book"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("Field books (*.gsi *.dat *.txt *.csv);;All files (*.*)")),
            self.tr("The file written by the digital level (GSI, M5) or a CSV of height differences."))
        self.add(QgsProcessingParameterEnum("FORMAT", self.tr("Format"), [self.tr(x) for x in FORMAT_LABELS],
                                            defaultValue=0),
                 self.tr("GSI lines are made of words such as 110001+…, M5 lines start with « For M5 », a CSV names "
                         "its columns in a header."))
        self.add(QgsProcessingParameterString("TURNING_POINTS", self.tr("Turning point ids (regular expression)"),
                                              defaultValue=books.DEFAULT_TURNING_PATTERN, optional=True),
                 self.tr("Ids of the turning points (points de changement) the level numbers itself: a section ends "
                         "on the first other point. Default: digits only. Empty: every point ends a section."))
        self.add(QgsProcessingParameterString("DATE", self.tr("Date of the job (YYYY-MM-DD)"), optional=True),
                 self.tr("GSI and M5 files carry no year: the date written on every row without one."))
        self.add(QgsProcessingParameterEnum("ENCODING", self.tr("Encoding"), list(ENCODINGS), defaultValue=0),
                 self.tr("Text encoding of the file."))
        self.add(QgsProcessingParameterBoolean("SKIP_BAD_LINES", self.tr("Skip bad lines"), defaultValue=False),
                 self.tr("Unticked (default): any bad line stops the algorithm and nothing is written. Ticked: bad "
                         "lines are left out and listed in the log."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Observations"),
                                                   type=QgsProcessing.SourceType.TypeVector),
                 self.tr("One row per height difference between two marks: run, from, to, dh_m, distance_m, "
                         "setups, date, source_line."))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        if not path or not os.path.isfile(path):
            self.fail("The field book « {path} » does not exist: choose an existing file.", path=path)
        fmt = books.FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)]
        text = textfile.read(path, ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)])
        feedback.setProgress(10)
        self.stop_if_cancelled(feedback)
        try:
            result = books.read_book(text.lines, fmt, self.parameterAsBoolean(parameters, "SKIP_BAD_LINES", context),
                                     self.parameterAsString(parameters, "TURNING_POINTS", context) or None,
                                     self.parameterAsString(parameters, "DATE", context) or None,
                                     cancelled=feedback.isCanceled)
        except books.Cancelled:
            self.stop_if_cancelled(feedback)
            raise  # not reached: Cancelled is only raised when the feedback says so
        feedback.setProgress(50)
        self.stop_if_cancelled(feedback)
        for bad in result.rejected:
            feedback.reportError(self.tr("Rejected {}").format(bad.text(self.tr)), False)
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        total = max(len(result.observations), 1)
        for i, obs in enumerate(result.observations):
            self.stop_if_cancelled(feedback)
            feedback.setProgress(50 + 50 * i / total)
            feature = QgsFeature(fields)
            feature.setAttributes(list(obs.as_row()))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("{count} height difference(s) read ({fmt}), {rejected} line(s) rejected.").format(
            count=len(result.observations), fmt=result.format, rejected=len(result.rejected)))
        return {"OUTPUT": dest, "N_OBSERVATIONS": len(result.observations), "N_REJECTED": len(result.rejected),
                "FORMAT": result.format}

