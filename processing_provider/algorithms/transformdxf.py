"""canevas:transformdxf — DXF drawings (a file or a folder) between REN09, CC48 and Lambert-93, nothing exploded."""

import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
)

from ...core import reports, systems
from ...core.messages import N_
from ..base import CanevasAlgorithm
from ..parameters import datum_shift_parameter

#: The systems a drawing can be transformed between, in the order of the SOURCE/TARGET options (as transformpointfile).
DXF_SYSTEMS = ("REN09", "CC48", "L93")
SYSTEM_LABELS = systems.labels(DXF_SYSTEMS)


class TransformDxf(CanevasAlgorithm):
    NAME = "transformdxf"
    DISPLAY_NAME = "Transform DXF drawings"
    ICON_FILE = "reproject.svg"

    def initAlgorithm(self, config=None):
        options = [self.tr(label) for label in SYSTEM_LABELS]
        # Folder behaviour: QGIS refuses a folder for a File parameter, while a Folder one also takes a file path
        self.add(QgsProcessingParameterFile("INPUT", self.tr("Folder of drawings, or one DXF file"),
                                            behavior=QgsProcessingParameterFile.Behavior.Folder),
                 self.tr("A folder of DXF drawings, or the path of one DXF file (type or paste it). DWG files need "
                         "LibreDWG (dwg2dxf) or ODA File Converter installed, otherwise save them as DXF first."))
        self.add(QgsProcessingParameterBoolean("RECURSIVE", self.tr("Include sub-folders"), defaultValue=False),
                 self.tr("When the input is a folder: also transform the drawings of its sub-folders; the output "
                         "folder mirrors the tree."))
        self.add(QgsProcessingParameterEnum("SOURCE_SYSTEM", self.tr("Source system"), options, defaultValue=0),
                 self.tr("System of the drawings' model space. Drawings whose numbers look like another system fail "
                         "with a message and the others go on."))
        self.add(QgsProcessingParameterEnum("TARGET_SYSTEM", self.tr("Target system"), options, defaultValue=1),
                 self.tr("System to write. Z and elevations are kept; the system is recorded in the drawing."))
        datum_shift_parameter(self)
        self.add(QgsProcessingParameterBoolean("OVERWRITE", self.tr("Replace existing output files"),
                                               defaultValue=False),
                 self.tr("Unticked (default): an output folder that already holds one of the drawings stops the "
                         "run before anything is written."))
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("Output folder")),
                 self.tr("Folder receiving the transformed drawings with the same names; never the input folder "
                         "nor a folder inside it."))
        self.add(QgsProcessingParameterFileDestination("REPORT", self.tr("Verification report"),
                                                       self.tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=False),
                 self.tr("HTML report: batch summary, then per file the entity counts in and out, the largest "
                         "deviation from the exact operation, what was reported, copied or failed, the xrefs."))
        for name, label in (("FILES", N_("Files")), ("ENTITIES", N_("Entities")), ("FAILED", N_("Failed files")),
                            ("MAX_DEVIATION_MM", N_("Largest deviation (mm)"))):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        out_folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        source = DXF_SYSTEMS[self.parameterAsEnum(parameters, "SOURCE_SYSTEM", context)]
        target = DXF_SYSTEMS[self.parameterAsEnum(parameters, "TARGET_SYSTEM", context)]
        if not path or not os.path.exists(path):
            self.fail("The drawing or folder « {path} » does not exist: choose an existing file or folder.",
                      path=path)
        if source == target:
            self.fail("The source and target systems are the same ({system}): choose another target.",
                      system=systems.SYSTEMS[source].name)
        try:  # ezdxf is imported here: the provider loads even where it is not installed
            from ...core.dxf import transform_batch
            from ...core.dxf.report import build_report
        except ImportError as error:
            self.fail("The Python package ezdxf is missing ({error}): install python3-ezdxf (Debian, Ubuntu) or "
                      "run « pip install ezdxf » in QGIS' Python, then restart QGIS.", error=str(error))
        batch = transform_batch(
            path, out_folder, source, target, self.parameterAsEnum(parameters, "DATUM_SHIFT", context),
            recursive=self.parameterAsBoolean(parameters, "RECURSIVE", context),
            overwrite=self.parameterAsBoolean(parameters, "OVERWRITE", context),
            progress=lambda f: feedback.setProgress(100.0 * f), cancelled=feedback.isCanceled)
        self.stop_if_cancelled(feedback)
        self._log(batch, feedback)
        failed = [result for result in batch.files if result.failed]
        if batch.files and len(failed) == len(batch.files):
            # nothing was transformed: a result of zero drawings would look like a success
            self.fail("No drawing could be transformed, nothing was written:\n{errors}",
                      errors="\n".join(self.tr("{path}: {error}").format(path=r.source, error=r.error.text(self.tr))
                                        for r in failed[:20]))
        if report:
            reports.write(report, build_report(batch, self.tr))
        results = dict(batch.summary, OUTPUT_FOLDER=out_folder)
        if report:
            results["REPORT"] = report
        return results

    def _log(self, batch, feedback):
        for result in batch.files:
            if result.failed:
                feedback.reportError(self.tr("{path}: {error}").format(path=result.source,
                                                                        error=result.error.text(self.tr)), False)
                continue
            feedback.pushInfo(self.tr("{path}: {count} entities, largest deviation {mm:.3f} mm").format(
                path=result.source, count=result.entities, mm=result.max_deviation_mm))
            for handle, kind, mm in result.oversized:
                feedback.reportError(self.tr("{path}: {kind} {handle} is too large for the local similarity "
                                             "({mm:.1f} mm): check it").format(path=result.source, kind=kind,
                                                                                handle=handle, mm=mm), False)
            for xref in (x for x in result.xrefs if x.status == "missing"):
                feedback.reportError(self.tr("{path}: the external reference {name} ({ref}) is missing").format(
                    path=result.source, name=xref.block, ref=xref.path), False)
        summary = batch.summary
        feedback.pushInfo(self.tr("{files} drawing(s), {entities} entities, {failed} failed; largest deviation "
                                  "{mm:.3f} mm.").format(files=summary["FILES"], entities=summary["ENTITIES"],
                                                         failed=summary["FAILED"], mm=summary["MAX_DEVIATION_MM"]))
