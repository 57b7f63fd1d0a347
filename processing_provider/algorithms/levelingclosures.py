"""canevas:levelingclosures — closures of the leveling runs between known benchmarks and of the network's loops."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import reports
from ...core.leveling import PRESETS, Tolerance, compute_closures
from ...core.leveling.report import build_report
from ...core.messages import N_
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm
from ._leveling import (
    add_benchmark_parameters,
    add_observation_parameters,
    check_benchmarks_met,
    read_benchmarks,
    read_observations,
    synthetic_names,
)

CUSTOM = N_("Custom: the terms below (from the contract or the specification)")
CUSTOM_TERMS = (("CUSTOM_MM", N_("Custom tolerance: constant (mm)"), "constant_mm"),
                ("CUSTOM_MM_PER_SQRT_KM", N_("Custom tolerance: mm per √km"), "mm_per_sqrt_km"),
                ("CUSTOM_MM_PER_SQRT_SETUP", N_("Custom tolerance: mm per √set-up"), "mm_per_sqrt_setup"))
FIELDS = (("kind", FieldType.String), ("name", FieldType.String), ("points", FieldType.String),
          ("n_observations", FieldType.Int), ("length_km", FieldType.Double), ("setups", FieldType.Int),
          ("sum_dh_m", FieldType.Double), ("expected_dh_m", FieldType.Double), ("closure_mm", FieldType.Double),
          ("tolerance_mm", FieldType.Double), ("passed", FieldType.Bool), ("source_lines", FieldType.String))


def _float(value):
    """A plain float for the outputs (numpy numbers do not convert to field values)."""
    return None if value is None else float(value)


class LevelingClosures(CanevasAlgorithm):
    NAME = "levelingclosures"
    DISPLAY_NAME = "Leveling closures"
    GROUP_ID = "leveling"
    GROUP = "Leveling network"

    def initAlgorithm(self, config=None):
        add_observation_parameters(self)
        add_benchmark_parameters(self)
        options = [self.tr(tolerance.label) for _key, tolerance in PRESETS if tolerance is not None]
        self.add(QgsProcessingParameterEnum("TOLERANCE", self.tr("Closure tolerance"), options + [self.tr(CUSTOM)],
                                            defaultValue=0),
                 self.tr("Tolerance of a closure in mm = constant + a·√K (K in km) + b·√n (n set-ups). The French "
                         "regulation in force (arrêté du 16 septembre 2003) sets no closure tolerance: the preset is "
                         "the practice the 2013 study reports for Rennes; take a contract's figure as a custom one."))
        for key, label, _attribute in CUSTOM_TERMS:
            self.add(QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Type.Double, 0.0,
                                                  optional=True, minValue=0.0),
                     self.tr("Used with the custom tolerance only; at least one of the three terms must be positive."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Closures"), QgsProcessing.SourceType.TypeVector),
                 self.tr("One row per run between two known benchmarks and per loop: points, length, set-ups, Σdh, "
                         "closure (measured − expected, mm), tolerance and test."))
        self.add(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"), self.tr("HTML files (*.html)"),
                                                       optional=True),
                 self.tr("The listing of the closures (runs, loops, open runs) with the tolerance and its source."))
        for key, label in (("N_RUNS", self.tr("Runs between known benchmarks")),
                           ("N_FAILED", self.tr("Closures over the tolerance")),
                           ("MAX_CLOSURE_MM", self.tr("Largest closure (mm)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _tolerance(self, parameters, context, feedback):
        index = self.parameterAsEnum(parameters, "TOLERANCE", context)
        presets = [tolerance for _key, tolerance in PRESETS if tolerance is not None]
        terms = {attribute: self.parameterAsDouble(parameters, key, context) for key, _l, attribute in CUSTOM_TERMS}
        if index < len(presets):
            if any(terms.values()):
                feedback.reportError(self.tr("The custom tolerance terms are ignored: a preset tolerance is chosen."),
                                     False)
            return presets[index]
        tolerance = Tolerance(label=N_("custom"), **terms)
        tolerance.check()
        return tolerance

    def processAlgorithm(self, parameters, context, feedback):
        steps = self.steps(feedback, 3)
        tolerance = self._tolerance(parameters, context, feedback)
        table = read_observations(self, parameters, context, steps)
        steps.setCurrentStep(1)
        benchmarks = read_benchmarks(self, parameters, context, steps)
        check_benchmarks_met(self, table, benchmarks)
        steps.setCurrentStep(2)

        def monitor(fraction):
            steps.setProgress(100.0 * fraction)
            self.stop_if_cancelled(feedback)
        result = compute_closures(table.observations, benchmarks.heights, tolerance, monitor)
        for message in result.open_runs:
            feedback.pushInfo(message.text(self.tr))
        if not result.all:
            self.fail("Nothing to close: no run of « {name} » goes from a known benchmark to another, and the network "
                      "has no loop ({open}). Check that the from/to points follow each other in each run and that "
                      "the runs start and end on benchmarks of « {benchmarks} ».", name=table.name,
                      benchmarks=benchmarks.name, open="; ".join(m.text(self.tr) for m in result.open_runs[:5]) + (
                          " …" if len(result.open_runs) > 5 else ""))
        dest = self._write(parameters, context, feedback, table, result)
        report = self.parameterAsFileOutput(parameters, "REPORT", context) if parameters.get("REPORT") else None
        if report:
            inputs = [(N_("Observations"), table.name), (N_("Benchmarks"), benchmarks.name)]
            html = build_report(self.tr("Leveling closures"), closures=result, inputs=inputs,
                                synthetic=synthetic_names(table.name, benchmarks.name), tr=self.tr)
            reports.write(report, html)
        feedback.pushInfo(self.tr("{runs} run(s) between known benchmarks, {loops} loop(s); {failed} closure(s) over "
                                  "the tolerance; largest {largest:.2f} mm.").format(
            runs=result.n_runs, loops=len(result.loops), failed=result.n_failed,
            largest=result.max_closure_mm if result.all else 0.0))
        steps.setProgress(100)
        return {"OUTPUT": dest, "REPORT": report, "N_RUNS": result.n_runs, "N_FAILED": result.n_failed,
                "MAX_CLOSURE_MM": result.max_closure_mm if result.all else None}

    def _write(self, parameters, context, feedback, table, result):
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        for closure in result.all:
            self.stop_if_cancelled(feedback)
            feature = QgsFeature(fields)
            feature.setAttributes([
                closure.kind, closure.name, " → ".join(closure.points), len(closure.observations), _float(closure.km),
                closure.setups, _float(closure.sum_dh_m), _float(closure.expected_dh_m), _float(closure.closure_mm),
                _float(closure.tolerance_mm), closure.passed, ", ".join(str(line) for line in closure.source_lines)])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                self.fail("A row could not be written to « {output} » ({error}): nothing is complete, run again to "
                          "another file.", output=self.tr("Closures"), error=sink.lastError())
        return dest
