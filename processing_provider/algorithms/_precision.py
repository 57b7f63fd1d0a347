"""Shared base of canevas:precisionclass and canevas:rasterprecisionclass (arrêté 16/09/2003).

PrecisionClassBase holds everything the two algorithms share: reading and
pairing the two point layers by id, bringing them to the control layer's CRS, the tests, the
output points, the HTML report and the result keys.
"""

import os
from dataclasses import dataclass, field

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import precision, reports, systems
from ...core.messages import N_, lformat
from ...core.reports.precision import ReportTest, build_report
from ...toolbelt import crs as crs_tools
from ...toolbelt.i18n import number
from ...toolbelt.points import NO_GEOMETRY, NOT_A_POINT, NOT_TRANSFORMED, read_points
from ...toolbelt.qt_compat import FieldType
from .. import styles
from ..base import CanevasAlgorithm
from ..parameters import datum_shift_parameter

PLAN, HEIGHT, PLAN_AND_HEIGHT, THREE_D = 0, 1, 2, 3
DIMENSION_LABELS = (N_("Plan (X, Y)"), N_("Height (Z)"), N_("Plan and height, tested separately"),
                    N_("3D (X, Y and Z together, same precision)"))
MODE_LABELS = (N_("Total: deviations as measured"),
               N_("Internal: deviations after the most favourable translation and rotation"))
MODES = (precision.TOTAL, precision.INTERNAL)
TEST_TITLES = {2: N_("Plan test"), 1: N_("Height test"), 3: N_("3D test")}
#: How many ids a log line lists (the count says how many there are; the report and the results list them all).
LOG_IDS = 10


def first_ids(ids):
    """The first LOG_IDS ids of a list, « … » when there are more (the log line gives the count)."""
    ids = [str(i) for i in ids]
    return ", ".join(ids[:LOG_IDS]) + (", …" if len(ids) > LOG_IDS else "")


@dataclass
class Test:
    """One test (plan, height or 3D) of a run."""
    suffix: str                # "" or "_HEIGHT" (result keys and output fields)
    n_dims: int
    title: str
    class_asked: object        # cm, None to search the best class
    assessment: object = None
    verdict: object = None     # verdict reported: class asked, or best class
    best: object = None
    passed: bool = False
    notes: list = field(default_factory=list)


class PrecisionClassBase(CanevasAlgorithm):
    GROUP_ID = "precision"
    GROUP = "Precision classes"
    ICON_FILE = "precision.svg"
    #: Parameter prefix of the tested points (SUPPLIED or DIGITISED); the reference is always CONTROL.
    TESTED = "SUPPLIED"

    # --- parameters ----------------------------------------------------------------
    def add_points(self, key, label, help_text, id_help, z_help=None):
        self.add(QgsProcessingParameterFeatureSource(key, label, [QgsProcessing.SourceType.TypeVectorPoint]), help_text)
        self.add(QgsProcessingParameterField("{}_ID_FIELD".format(key), self.tr("{} id field").format(label),
                                             parentLayerParameterName=key), id_help)
        if z_help:
            self.add(QgsProcessingParameterField("{}_Z_FIELD".format(key), self.tr("{} height field").format(label),
                                                 parentLayerParameterName=key,
                                                 type=QgsProcessingParameterField.DataType.Numeric, optional=True),
                     z_help)

    def add_mode(self):
        self.add(QgsProcessingParameterEnum("MODE", self.tr("Mode"), [self.tr(m) for m in MODE_LABELS],
                                            defaultValue=0),
                 self.tr("Total: the deviations as measured, including the tie to the legal network. Internal: "
                         "after the most favourable translation and rotation of the tested points onto the control "
                         "points (no scale), i.e. the consistency of the points among themselves."))

    def add_class(self, key, label, help_text):
        self.add(QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0),
                 help_text, decimals=1)

    def add_safety_and_template(self):
        self.add(QgsProcessingParameterNumber("SAFETY_C", self.tr("Safety coefficient C"),
                                              QgsProcessingParameterNumber.Type.Double, 2.0),
                 self.tr("How much more precise the control measurements are than the class tested; at least 2 "
                         "(arrêté, art. 3). The thresholds are multiplied by f = 1 + 1/(2C²)."), decimals=1,
                 advanced=True)
        self.add(QgsProcessingParameterString("TEMPLATE", self.tr("Error template"), optional=True),
                 self.tr("Error template of the contract, tested in addition to the class: 'threshold in cm : "
                         "maximum % of deviations above it', separated by ';', e.g. '5:10; 10:1; 15:0'."),
                 advanced=True)
        # Explicit: a REN09 layer's CRS text cannot tell which realisation its coordinates follow.
        datum_shift_parameter(self, advanced=True)

    def add_outputs(self, suffixes=("",)):
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Deviations"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 self.tr("One point per pair matched by id, at the control point, with the deviations "
                         "tested − control (m; after the fit in internal mode), the deviation Epos and whether it "
                         "is over T and over 1.5·T of the class reported."))
        self.add(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"),
                                                       self.tr("HTML files (*.html)"), optional=True),
                 self.tr("Self-contained HTML report: reference to the arrêté, inputs, the three conditions with "
                         "their figures, verdict, best class, histogram, largest deviations, map of the vectors."))
        tested = self.TESTED.lower()
        for suffix in suffixes:
            def what(label, suffix=suffix):
                return self.tr("{label} (height test)").format(label=label) if suffix else label
            for key, label in (("N", self.tr("Number of points tested")), ("MEAN", self.tr("Mean deviation (m)")),
                               ("T1", self.tr("Threshold T (m)")), ("T2", self.tr("Threshold 1.5·T (m)")),
                               ("N_OVER_T1", self.tr("Deviations over T")),
                               ("N_ALLOWED", self.tr("Deviations allowed over T")),
                               ("N_OVER_T2", self.tr("Deviations over 1.5·T")),
                               ("TESTED_CLASS_CM", self.tr("Class tested (cm)")),
                               ("BEST_CLASS_CM", self.tr("Best class (cm)"))):
                self.addOutput(QgsProcessingOutputNumber(key + suffix, what(label)))
            self.addOutput(QgsProcessingOutputBoolean("PASSED" + suffix, what(self.tr("Passed"))))
            self.addOutput(QgsProcessingOutputBoolean("TEMPLATE_PASSED" + suffix,
                                                      what(self.tr("Error template passed"))))
            self.addOutput(QgsProcessingOutputString("EXCLUDED" + suffix,
                                                     what(self.tr("Ids set aside for a missing coordinate"))))
        self.addOutput(QgsProcessingOutputNumber("N_PAIRS", self.tr("Pairs matched by id")))
        self.addOutput(QgsProcessingOutputString("UNMATCHED_" + self.TESTED,
                                                 self.tr("Ids only in the {} layer").format(tested)))
        self.addOutput(QgsProcessingOutputString("UNMATCHED_CONTROL", self.tr("Ids only in the control layer")))

    # --- hooks for the subclasses ----------------------------------------------------
    def tests(self, parameters, context):
        """The tests to run: list of Test."""
        raise NotImplementedError

    def z_field(self, parameters, context, key):
        return ""

    def prepare(self, parameters, context, feedback):
        """Extra checks before reading the points; returns (rows for the report's inputs, messages)."""
        return [], []

    def check_pairs(self, pairing, crs, context, feedback):
        """Last check of the pairs (tested points brought to the control CRS `crs`) before any test."""

    def adjust(self, test, C):
        """Last word on a computed test (e.g. the pixel size of an image)."""

    def report_title(self):
        return self.tr("Precision class control")

    def side_labels(self):
        return self.tr("Supplied points"), self.tr("Control points (reference)")

    # --- reading -----------------------------------------------------------------------
    def _source(self, parameters, context, key, label):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            self.fail("The layer « {label} » cannot be read: choose a valid point layer.", label=label)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            self.fail("« {name} » holds {kind} geometries, not points: choose a point layer for « {label} ».",
                      name=source.sourceName(), label=label,
                      kind=QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType())))
        self.check_numbers(source, crs=crs_tools.declared_crs(source.sourceCrs()))
        return source

    def _transform(self, tested, control, context, shift=systems.DEFAULT_DATUM_SHIFT):
        """QgsCoordinateTransform bringing the tested points into the control layer's CRS (None if not needed)
        and a sentence saying what was done."""
        t_crs, c_crs = crs_tools.declared_crs(tested.sourceCrs()), crs_tools.declared_crs(control.sourceCrs())
        t_name, c_name = tested.sourceName(), control.sourceName()
        for crs, name in ((c_crs, c_name), (t_crs, t_name)):
            if crs.isValid() and crs.isGeographic():
                self.fail("« {name} » is in a geographic CRS ({crs}): deviations must be measured in metres. "
                          "Reproject it to the projected CRS of the work (e.g. RGF93 / CC48 or REN09) first.",
                          name=name, crs=crs_tools.crs_label(crs))
        if not t_crs.isValid() and not c_crs.isValid():
            return None, self.tr("Neither layer has a CRS: the coordinates are compared as they are, assumed in "
                                 "metres in the same system.")
        for crs, name in ((c_crs, c_name), (t_crs, t_name)):
            if not crs.isValid():
                self.fail("« {name} » has no CRS while the other layer has one: set its CRS (Layer Properties › "
                          "Source) so that both layers can be compared in the same system.", name=name)
        if t_crs == c_crs:
            return None, self.tr("Both layers are in {crs}: no transformation.").format(
                crs=crs_tools.crs_label(c_crs))
        transform, exact = crs_tools.layer_transform(t_crs, c_crs, context.transformContext(), shift)
        if exact:
            message = self.tr("« {name} » is transformed from {source} to {target} (the control layer's CRS) with "
                              "the Canevas pipeline, {shift}.").format(
                name=t_name, source=systems.SYSTEMS[crs_tools.system_of(t_crs)].name,
                target=systems.SYSTEMS[crs_tools.system_of(c_crs)].name,
                shift=self.tr(systems.datum_shift_name(shift)))
        else:
            message = self.tr("« {name} » is transformed from {source} to {target} (the control layer's CRS) with "
                              "the transformation of the project.").format(
                name=t_name, source=crs_tools.crs_label(t_crs), target=crs_tools.crs_label(c_crs))
        return transform, message

    def _read(self, source, parameters, context, key, need_z, transform, feedback):
        """[(id, (x, y, z))] in the reference CRS; z is nan when unknown."""
        name = source.sourceName()
        id_field = self.parameterAsString(parameters, "{}_ID_FIELD".format(key), context)
        z_field = self.z_field(parameters, context, key)
        fields = source.fields()
        for f in (id_field, z_field):
            if f and fields.indexOf(f) < 0:
                self.fail("The field « {field} » is missing from « {name} »: choose one of its fields.",
                          field=f, name=name)
        if not id_field:
            self.fail("Choose the id field of « {name} »: points are paired by id.", name=name)
        has_z = QgsWkbTypes.hasZ(source.wkbType())
        if need_z and not z_field and not has_z:
            self.fail("« {name} » has no Z coordinates and no height field is chosen: choose its height field, or "
                      "test the plan only.", name=name)
        points = []
        for row in read_points(source, id_field, z_field=z_field, transform=transform, feedback=feedback,
                               stop=self.stop_if_cancelled):
            if row.id == "":
                self.fail("Feature {fid} of « {name} » has an empty id: every point needs an id to be paired. "
                          "Fill it in or remove the point.", fid=row.feature.id(), name=name)
            if row.problem in (NO_GEOMETRY, NOT_A_POINT):
                self.fail("Point « {id} » of « {name} » has no geometry: fill it in or remove the point.",
                          id=row.id, name=name)
            if row.problem == NOT_TRANSFORMED:
                self.fail("Point « {id} » of « {name} » cannot be transformed to the CRS of the control layer "
                          "({error}): check the CRS of both layers.", id=row.id, name=name, error=row.error)
            points.append((row.id, (row.x, row.y, row.z)))
        if not points:
            self.fail("« {name} » holds no point: nothing to compare.", name=name)
        return points

    # --- the run -------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        tested_label, control_label = self.side_labels()
        tested = self._source(parameters, context, self.TESTED, tested_label)
        control = self._source(parameters, context, "CONTROL", control_label)
        mode = MODES[self.parameterAsEnum(parameters, "MODE", context)]
        C = self.parameterAsDouble(parameters, "SAFETY_C", context)
        template_text = (self.parameterAsString(parameters, "TEMPLATE", context) or "").strip()
        tests = self.tests(parameters, context)
        precision.safety_factor(C)
        rules = precision.parse_template(template_text) if template_text else None
        extra_inputs, messages = self.prepare(parameters, context, feedback)
        transform, crs_message = self._transform(tested, control, context,
                                                 self.parameterAsEnum(parameters, "DATUM_SHIFT", context))
        feedback.pushInfo(crs_message)
        need_z = any(t.n_dims != 2 for t in tests)
        steps = self.steps(feedback, 4)  # tested points, control points, tests, outputs
        t_points = self._read(tested, parameters, context, self.TESTED, need_z, transform, steps)
        steps.setCurrentStep(1)
        c_points = self._read(control, parameters, context, "CONTROL", need_z, None, steps)
        t_name, c_name = tested.sourceName(), control.sourceName()
        pairing = precision.pair_by_id(t_points, c_points, ("« {} »".format(t_name), "« {} »".format(c_name)))
        self._log_pairing(pairing, t_name, c_name, t_points, c_points, feedback)
        self.check_pairs(pairing, crs_tools.declared_crs(control.sourceCrs()), context, feedback)
        steps.setCurrentStep(2)

        for test in tests:
            test.assessment = precision.assess(pairing.supplied, pairing.control, test.n_dims, mode,
                                               test.class_asked, C, ids=pairing.ids, template=rules)
            a = test.assessment
            test.verdict = a.verdict if a.verdict is not None else a.best
            test.best = a.best
            test.passed = test.verdict.passed and (a.template is None or a.template.passed)
            if a.template is not None and not a.template.passed:
                test.notes.append(self.tr("The error template is not met."))
            self.adjust(test, C)
            self._log_test(test, feedback)
        self._warn_suspicious(parameters, context, tests, feedback)
        steps.setCurrentStep(3)

        control_crs = crs_tools.declared_crs(control.sourceCrs())
        dest = self._write_points(parameters, context, steps, pairing, tests, control_crs)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            inputs = [(tested_label, t_name), (control_label, c_name),
                      (self.tr("Reference CRS"), crs_tools.crs_label(crs_tools.declared_crs(control.sourceCrs()))),
                      (self.tr("CRS transformation"), crs_message)] + extra_inputs
            inputs += self._setting_rows(parameters, context, tests, mode, C, template_text)
            self._write_report(report_path, inputs, tests, pairing, messages, t_name, c_name, feedback)
        steps.setProgress(100)

        results = {"OUTPUT": dest, "REPORT": report_path or None, "N_PAIRS": len(pairing.ids),
                   "UNMATCHED_" + self.TESTED: ", ".join(pairing.only_supplied),
                   "UNMATCHED_CONTROL": ", ".join(pairing.only_control)}
        for t in tests:
            v, s, a = t.verdict, t.suffix, t.assessment
            results.update({
                "N" + s: v.N, "MEAN" + s: v.mean, "T1" + s: v.t1, "T2" + s: v.t2,
                "N_OVER_T1" + s: v.n_over_t1, "N_ALLOWED" + s: v.n_allowed, "N_OVER_T2" + s: v.n_over_t2,
                "TESTED_CLASS_CM" + s: v.class_cm, "PASSED" + s: bool(t.passed),
                "BEST_CLASS_CM" + s: t.best.class_cm,
                "TEMPLATE_PASSED" + s: None if a.template is None else bool(a.template.passed),
                "EXCLUDED" + s: ", ".join(str(i) for i in a.deviations.excluded_ids),
            })
        return results

    def _log_pairing(self, pairing, t_name, c_name, t_points, c_points, feedback):
        for ids, name in ((pairing.only_supplied, t_name), (pairing.only_control, c_name)):
            if ids:
                text = self.tr("{count} id(s) only in « {name} », not tested: {ids}").format(
                    count=number(len(ids)), name=name, ids=first_ids(ids))
                if ids is pairing.only_control:  # a control point without its delivered point: worth a warning
                    feedback.reportError(text, False)
                else:  # delivered points outside the control sample: expected
                    feedback.pushInfo(text)
        if not pairing.ids:
            self.fail("No id of « {tested} » is found in « {control} »: nothing to compare. Check the id fields "
                      "(e.g. « {a} » in the first, « {b} » in the second).", tested=t_name, control=c_name,
                      a=t_points[0][0], b=c_points[0][0])
        feedback.pushInfo(self.tr("{count} pair(s) of points matched by id.").format(count=len(pairing.ids)))

    def _write_report(self, report_path, inputs, tests, pairing, messages, t_name, c_name, feedback):
        xy = {pid: (float(p[0]), float(p[1])) for pid, p in zip(pairing.ids, pairing.control)}
        html = build_report(
            self.report_title(), inputs,
            [ReportTest(t.title, t.assessment, t.verdict, t.best, t.class_asked, t.passed, xy, t.notes)
             for t in tests],
            len(pairing.ids), pairing.only_supplied, pairing.only_control, messages,
            "« {} »".format(t_name), "« {} »".format(c_name), tr=self.tr)
        folder = os.path.dirname(report_path)
        if folder:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as error:
                self.fail("The report cannot be written to {path} ({error}): choose another file.",
                          path=report_path, error=str(error))
        reports.write(report_path, html)
        feedback.pushInfo(self.tr("Report written to {path}").format(path=report_path))

    def _setting_rows(self, parameters, context, tests, mode, C, template_text):
        rows = [(self.tr("Mode"), self.tr(MODE_LABELS[MODES.index(mode)]))]
        for t in tests:
            rows.append((self.tr("Class asked — {test}").format(test=t.title),
                         lformat(self.tr("{cls:g} cm"), cls=t.class_asked) if t.class_asked is not None
                         else self.tr("none: the best class is searched")))
        f = precision.safety_factor(C)
        rows += [(self.tr("Safety coefficient C"), lformat("{:g}", C)),
                 (self.tr("f = 1 + 1/(2C²)"), lformat("{:.6g}", f)),
                 ("k", "; ".join(lformat("{:.2f} ({})", precision.K[t.n_dims], t.title) for t in tests)),
                 (self.tr("Error template"), template_text or self.tr("none"))]
        return rows

    def _log_verdict(self, test, feedback):
        """The verdict first: the class asked passed or failed, and the best class."""
        best = number(test.best.class_cm, None) if test.best.class_cm is not None else "—"
        if test.class_asked is not None:
            feedback.pushInfo((self.tr("{title}: class {cls} cm PASSED.") if test.passed else
                               self.tr("{title}: class {cls} cm FAILED.")).format(
                title=test.title, cls=number(test.class_asked, None)))
        feedback.pushInfo(self.tr("{title}: best class {cls} cm.").format(title=test.title, cls=best))

    def _log_test(self, test, feedback):
        a = test.assessment
        dev = a.deviations
        self._log_verdict(test, feedback)
        feedback.pushInfo(self.tr("{title}: {count} point(s) tested.").format(title=test.title,
                                                                             count=number(dev.N)))
        for line in test.verdict.lines():
            feedback.pushInfo("  " + line.text(self.tr))
        if a.template is not None:
            for line in a.template.lines:
                feedback.pushInfo(self.tr("  template: {count} deviation(s) over {t} cm ({pct} %), {allowed} allowed "
                                          "({max} %)").format(
                    count=number(line.n_over), t=number(line.threshold * 100, None), pct=number(line.percent_over, 1),
                    allowed=number(line.n_allowed), max=number(line.max_percent, None)))
        for note in test.notes:
            feedback.reportError(note, False)
        if dev.fit is not None:
            t = dev.fit.translation
            feedback.pushInfo(self.tr("{title}: internal fit translation ({t}) m, rotation {rot} gon.").format(
                title=test.title, t=", ".join(number(v, 4) for v in t), rot=number(dev.fit.rotation_gon, 5)))
        if dev.excluded_ids:
            ids = [str(i) for i in dev.excluded_ids]
            feedback.reportError(self.tr("{title}: {count} point(s) set aside for a missing coordinate (e.g. no "
                                         "height): {ids}").format(
                title=test.title, count=number(len(ids)), ids=first_ids(ids)), False)

    def _warn_suspicious(self, parameters, context, tests, feedback):
        """Inputs that give a class without meaning: the same layer twice, or deviations all zero."""
        layers = [self._layer(parameters, context, key) for key in (self.TESTED, "CONTROL")]
        if None not in layers and layers[0].source() == layers[1].source():
            feedback.reportError(self.tr("The tested and the control points are the same layer (« {name} »): the "
                                         "deviations say nothing of its precision. Choose the control measurements "
                                         "as the control layer.").format(name=layers[0].name()), False)
            return
        epos = [float(v) for t in tests for v in t.assessment.deviations.epos]
        if epos and max(abs(v) for v in epos) < 1e-9:
            feedback.reportError(self.tr("Every deviation is zero: the tested and control points hold the same "
                                         "coordinates (a copy of one layer?). A class is only meaningful against "
                                         "independent control measurements: check the control layer."), False)

    def _layer(self, parameters, context, key):
        try:
            return self.parameterAsVectorLayer(parameters, key, context)
        except Exception:  # a source QGIS cannot give as a layer: nothing to compare
            return None

    def _write_points(self, parameters, context, feedback, pairing, tests, crs):
        """The output points."""
        fields = QgsFields()
        fields.append(QgsField("id", FieldType.String))
        for name in ("dx", "dy", "dz", "epos"):
            fields.append(QgsField(name, FieldType.Double))
        fields.append(QgsField("over_t", FieldType.Int))
        fields.append(QgsField("over_t2", FieldType.Int))
        if len(tests) > 1:
            fields.append(QgsField("epos_height", FieldType.Double))
            fields.append(QgsField("over_t_height", FieldType.Int))
            fields.append(QgsField("over_t2_height", FieldType.Int))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            self.fail("The output layer cannot be created: check the output path.")
        # coloured against T and 1.5·T of the (first) test, as the report's map
        styles.on_load(context, dest, "OUTPUT", renderer=styles.deviation_renderer())
        rows = {pid: dict.fromkeys(fields.names()) for pid in pairing.ids}
        for test in tests:
            dev, v = test.assessment.deviations, test.verdict
            over1, over2 = precision.over_threshold(dev.epos, v.t1), precision.over_threshold(dev.epos, v.t2)
            suffix = test.suffix.lower()
            axes = {1: ("dz",), 2: ("dx", "dy"), 3: ("dx", "dy", "dz")}[test.n_dims]
            for i, pid in enumerate(dev.ids):
                row = rows[pid]
                for axis, value in zip(axes, dev.residuals[i]):
                    row[axis] = float(value)
                row["epos" + suffix] = float(dev.epos[i])
                row["over_t" + suffix] = int(over1[i])
                row["over_t2" + suffix] = int(over2[i])
        for pid, xyz in zip(pairing.ids, pairing.control):
            self.stop_if_cancelled(feedback)
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(xyz[0]), float(xyz[1]))))
            row = rows[pid]
            row["id"] = pid
            feature.setAttributes([row[name] for name in fields.names()])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest
