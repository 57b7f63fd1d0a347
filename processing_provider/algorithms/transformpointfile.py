"""canevas:transformpointfile — a surveyor's point file from one system to another, same format back."""

import os

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ...core import pointfile, systems, textfile
from ..base import CanevasAlgorithm
from ..parameters import datum_shift_parameter

SYSTEM_LABELS = systems.labels(systems.TRANSFORMABLE)
ENCODINGS = ("utf-8", "cp1252")


class TransformPointFile(CanevasAlgorithm):
    NAME = "transformpointfile"
    DISPLAY_NAME = "Transform a point file (CSV/TXT)"
    ICON_FILE = "reproject.svg"

    def initAlgorithm(self, config=None):
        systems_options = [self.tr(label) for label in SYSTEM_LABELS]
        self.add(QgsProcessingParameterFile(
            "INPUT", self.tr("Point file"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("Point files (*.csv *.txt *.xyz *.dat);;All files (*.*)")),
            self.tr("Text file with one point per line: id, X, Y, Z and any other columns. Blank lines and "
                    "lines starting with #, *, ! or // are copied unchanged."))
        self.add(QgsProcessingParameterEnum("SOURCE_SYSTEM", self.tr("Source system"), systems_options,
                                            defaultValue=0),
                 self.tr("System of the coordinates in the file. The numbers are checked: coordinates that look "
                         "like another system stop the algorithm."))
        self.add(QgsProcessingParameterEnum("TARGET_SYSTEM", self.tr("Target system"), systems_options,
                                            defaultValue=1),
                 self.tr("System to write. Heights (IGN69) are copied unchanged."))
        datum_shift_parameter(self)
        self.add(QgsProcessingParameterEnum(
            "SEPARATOR", self.tr("Column separator"),
            [self.tr("Semicolon ;"), self.tr("Comma ,"), self.tr("Tab"), self.tr("Spaces")], defaultValue=0),
            self.tr("How columns are separated. « Spaces » accepts any run of spaces or tabs and writes one space."))
        self.add(QgsProcessingParameterBoolean("DECIMAL_COMMA", self.tr("Decimal comma (47300,123)"),
                                               defaultValue=False),
                 self.tr("Tick for numbers written with a decimal comma, as French spreadsheets do."))
        self.add(QgsProcessingParameterBoolean("HEADER", self.tr("First line is a header"), defaultValue=False),
                 self.tr("The first line that is not blank nor a comment holds column names; it is copied unchanged."))
        columns = (
            ("ID_COLUMN", self.tr("Id column"), 1, 0, self.tr("Column number (from 1) of the point id; 0 = none.")),
            ("X_COLUMN", self.tr("X / longitude column"), 2, 1,
             self.tr("Column number (from 1) of X (east) or longitude.")),
            ("Y_COLUMN", self.tr("Y / latitude column"), 3, 1,
             self.tr("Column number (from 1) of Y (north) or latitude.")),
            ("Z_COLUMN", self.tr("Z column"), 4, 0, self.tr("Column number (from 1) of the height, checked to be a "
                                                         "number and copied unchanged; 0 = none.")))
        for name, label, default, minimum, helptext in columns:
            self.add(QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Integer, default,
                                                  minValue=minimum, maxValue=999), helptext)
        self.add(QgsProcessingParameterNumber("DECIMALS", self.tr("Decimals"),
                                              QgsProcessingParameterNumber.Type.Integer, 3, minValue=0, maxValue=12),
                 self.tr("Decimals written for metres (3 = millimetre); degrees get 5 more (8 decimals ≈ 1 mm)."))
        self.add(QgsProcessingParameterEnum("ENCODING", self.tr("Encoding"), list(ENCODINGS), defaultValue=0),
                 self.tr("Text encoding of the file, kept for the output (cp1252 for files from older Windows "
                         "software). A file starting with a byte-order mark (UTF-8 or UTF-16) is read as it says."))
        self.add(QgsProcessingParameterBoolean("SKIP_BAD_LINES", self.tr("Skip bad lines"), defaultValue=False),
                 self.tr("Unticked (default): any bad line stops the algorithm and nothing is written. Ticked: bad "
                         "lines are left out of the output and listed in the log."))
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Transformed point file"), self.tr("Point files (*.csv *.txt *.xyz *.dat)")),
            self.tr("File to write, in the same format as the input; written only when the whole job succeeded."))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        out_path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        source = systems.TRANSFORMABLE[self.parameterAsEnum(parameters, "SOURCE_SYSTEM", context)]
        target = systems.TRANSFORMABLE[self.parameterAsEnum(parameters, "TARGET_SYSTEM", context)]
        shift = self.parameterAsEnum(parameters, "DATUM_SHIFT", context)
        encoding = ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)]
        fmt = pointfile.PointFileFormat(
            separator=pointfile.SEPARATORS[self.parameterAsEnum(parameters, "SEPARATOR", context)],
            header=self.parameterAsBoolean(parameters, "HEADER", context),
            id_col=self.parameterAsInt(parameters, "ID_COLUMN", context),
            x_col=self.parameterAsInt(parameters, "X_COLUMN", context),
            y_col=self.parameterAsInt(parameters, "Y_COLUMN", context),
            z_col=self.parameterAsInt(parameters, "Z_COLUMN", context),
            decimal_comma=self.parameterAsBoolean(parameters, "DECIMAL_COMMA", context),
            decimals=self.parameterAsInt(parameters, "DECIMALS", context))
        if not path or not os.path.isfile(path):
            self.fail("The point file « {path} » does not exist: choose an existing file.", path=path)
        if source == target:
            self.fail("The source and target systems are the same ({system}): choose another target.",
                      system=systems.SYSTEMS[source].name)
        text = textfile.read(path, encoding)
        feedback.setProgress(10)
        self.stop_if_cancelled(feedback)
        try:
            result = pointfile.convert(text.lines, fmt, source, target, shift,
                                       self.parameterAsBoolean(parameters, "SKIP_BAD_LINES", context),
                                       cancelled=feedback.isCanceled, final_newline=text.final_newline)
        except pointfile.Cancelled:
            self.stop_if_cancelled(feedback)
            raise  # not reached: Cancelled is only raised when the feedback says so
        feedback.setProgress(90)
        self.stop_if_cancelled(feedback)
        for bad in result.rejected:
            feedback.reportError(self.tr("Rejected {}").format(bad.text(self.tr)), False)
        shift_name = self.tr(systems.datum_shift_name(shift)) if "REN09" in (source, target) else ""
        feedback.pushInfo(self.tr("{count} point(s) converted from {source} to {target}{shift}.").format(
            count=result.converted, source=systems.SYSTEMS[source].name, target=systems.SYSTEMS[target].name,
            shift=self.tr("; REN09 used: {}").format(shift_name) if shift_name else ""))
        # Same encoding, byte-order mark and line endings as the input; whole or absent.
        textfile.write_atomically(out_path, text, result.lines, mode_from=path)
        feedback.setProgress(100)
        return {"OUTPUT": out_path, "CONVERTED": result.converted, "REJECTED": len(result.rejected),
                "DATUM_SHIFT_NAME": shift_name}
