"""canevas:levelingadjustment — least-squares heights of a leveling network onto fixed benchmarks, with
Baarda's tests, and optionally the heights written into the stations of a Canevas register."""

import datetime
import math
import os
import re

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import reports
from ...core.density_defaults import UNUSABLE_STATES
from ...core.leveling import WEIGHT_DISTANCE, WEIGHT_SETUPS, adjust
from ...core.leveling.network import normalize_state
from ...core.leveling.report import build_report
from ...core.messages import N_
from ...toolbelt import register_heights
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm
from ._benchmarks import transform_to
from ._leveling import (
    add_benchmark_parameters,
    add_observation_parameters,
    check_benchmarks_met,
    read_benchmarks,
    read_observations,
    series_group,
    synthetic_names,
)

WEIGHTING_LABELS = (N_("By distance: σ = σ_km·√K"), N_("By set-ups: σ = σ_set-up·√n"), N_("Equal weights"))
POINT_FIELDS = (("id", FieldType.String), ("height", FieldType.Double), ("sigma_mm", FieldType.Double),
                ("fixed", FieldType.Bool), ("sigma_apriori_mm", FieldType.Double), ("kind", FieldType.String),
                ("known_height", FieldType.Double), ("diff_mm", FieldType.Double))
RESIDUAL_FIELDS = (("row", FieldType.LongLong), ("run", FieldType.String), ("from", FieldType.String),
                   ("to", FieldType.String), ("dh_m", FieldType.Double), ("used", FieldType.Bool),
                   ("residual_mm", FieldType.Double), ("sigma_mm", FieldType.Double), ("w", FieldType.Double),
                   ("flagged", FieldType.Bool), ("exceeds", FieldType.Bool), ("mdb_mm", FieldType.Double),
                   ("redundancy", FieldType.Double), ("source_line", FieldType.Int))
VISITOR = "Canevas (levelingadjustment)"


def _finite(value):
    """A plain float for the outputs (numpy numbers do not convert to field values), None when not finite."""
    return float(value) if value is not None and math.isfinite(value) else None


class LevelingAdjustment(CanevasAlgorithm):
    NAME = "levelingadjustment"
    DISPLAY_NAME = "Leveling adjustment (least squares)"
    GROUP_ID = "leveling"
    GROUP = "Leveling network"

    def initAlgorithm(self, config=None):
        add_observation_parameters(self)
        add_benchmark_parameters(self)
        self.add(QgsProcessingParameterExpression("FIXED", self.tr("Benchmarks held fixed (expression)"),
                                                  parentLayerParameterName="BENCHMARKS", optional=True),
                 self.tr("Expression on the benchmarks choosing those held fixed, e.g. \"nom\" IN ('M.AC - 12', "
                         "'M.AC - 13'). Empty: every benchmark with a height and a usable state. A benchmark this "
                         "expression selects is held even in an unusable state (a warning says so)."))
        self.add(QgsProcessingParameterEnum("WEIGHTING", self.tr("Weighting"), [self.tr(x) for x in WEIGHTING_LABELS],
                                            defaultValue=WEIGHT_DISTANCE),
                 self.tr("A priori precision of each height difference: by distance (the usual model of spirit "
                         "leveling), by number of set-ups, or equal."))
        self.add(QgsProcessingParameterNumber("SIGMA_MM_PER_SQRT_KM", self.tr("A priori σ (mm/√km)"),
                                              QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.001),
                 self.tr("Standard deviation of one kilometre of double-run leveling, e.g. 0.3 for a DNA03 with "
                         "invar staves (manufacturer's figure), 1 to 2 for ordinary work. The χ² test checks it."))
        self.add(QgsProcessingParameterNumber("ALPHA", self.tr("Significance level α"),
                                              QgsProcessingParameterNumber.Type.Double, 0.05, minValue=0.0001,
                                              maxValue=0.5),
                 self.tr("Level of the global χ² test and of data snooping: |w| > k = Φ⁻¹(1 − α/2) flags a residual "
                         "(1.96 for 0.05; 0.001 gives Baarda's 3.29)."))
        self._add_outputs()

    def _add_outputs(self):
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Adjusted points"),
                                                   QgsProcessing.SourceType.TypeVector),
                 self.tr("One row per point with a height: id, height (m), σ (mm, a posteriori), fixed; points known "
                         "in plan (benchmarks, stations of the register) get their position."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT_RESIDUALS", self.tr("Residuals"),
                                                   QgsProcessing.SourceType.TypeVector),
                 self.tr("One row per observation: residual (mm), standardised residual w, flagged by data snooping, "
                         "minimal detectable bias (mm), redundancy number."))
        self.add(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"), self.tr("HTML files (*.html)"),
                                                       optional=True),
                 self.tr("The adjustment listing: tests, residuals, heights and warnings."))
        self.add(QgsProcessingParameterFile("UPDATE_REGISTER", self.tr("Canevas register to update"),
                                            behavior=QgsProcessingParameterFile.Behavior.File,
                                            fileFilter=self.tr("GeoPackage (*.gpkg *.GPKG)"), optional=True),
                 self.tr("A register made by « Create a Canevas database »: the adjusted heights are written into the "
                         "Z of its stations (matched by matricule) with a visit row per station giving σ, in one "
                         "transaction: everything or nothing."))
        for key, label in (("N_POINTS", self.tr("Points with a height")),
                           ("N_OBSERVATIONS", self.tr("Observations adjusted")), ("DOF", self.tr("Degrees of freedom")),
                           ("SIGMA0", self.tr("σ0 a posteriori")), ("CHI2", self.tr("χ² = vᵀPv")),
                           ("N_FLAGGED", self.tr("Observations flagged")), ("MAX_ABS_W", self.tr("Largest |w|")),
                           ("N_REGISTER_UPDATED", self.tr("Register stations updated"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputBoolean("CHI2_PASSED", self.tr("Global χ² test passed")))

    # --- inputs ------------------------------------------------------------------------------
    def _check_weighting(self, table, weighting):
        needs = {WEIGHT_DISTANCE: ("DISTANCE_FIELD", "distance", N_("distance")),
                 WEIGHT_SETUPS: ("SETUPS_FIELD", "setups", N_("number of set-ups"))}.get(weighting)
        if needs is None:
            return
        key, missing_key, what = needs
        if not table.fields[key]:
            self.fail("This weighting needs the {what} of every observation: choose its field, or weight otherwise.",
                      what=self.tr(what))
        missing = list(table.missing.get(missing_key, []))
        if missing_key == "distance":
            missing += [fid for fid, o in zip(table.fids, table.observations) if o.distance_m == 0]
        if missing:
            self.fail("This weighting needs the {what} of every observation; row(s) {rows} lack it (or it is 0): fill "
                      "them, or weight otherwise.", what=self.tr(what),
                      rows=", ".join(str(f) for f in sorted(missing)[:20]) + (" …" if len(missing) > 20 else ""))

    def _log_fixed_choice(self, benchmarks, feedback):
        unusable = {normalize_state(s) for s in UNUSABLE_STATES}
        if benchmarks.fixed_ids is None:
            return
        by_id = {b.id: b for b in benchmarks.benchmarks}
        for pid in benchmarks.fixed_ids:
            state = by_id[pid].state
            if normalize_state(state) in unusable:
                feedback.reportError(self.tr("Benchmark {id} is held fixed although its state is « {state} », because "
                                             "the fixed expression selects it.").format(id=pid, state=state), False)

    def _register(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "UPDATE_REGISTER", context) if parameters.get("UPDATE_REGISTER") \
            else ""
        if not path:
            return None, {}, None
        self._register_is_no_output(path, parameters, context)
        register_heights.check_register(path)
        stations, layer = register_heights.read_stations(path, stop=lambda: self.stop_if_cancelled(feedback))
        feedback.pushInfo(self.tr("{count} station(s) read from the register « {path} ».").format(
            count=len(stations), path=path))
        return path, stations, layer.crs()

    def _register_is_no_output(self, path, parameters, context):
        """An output written into the register (its file, or a table added to it) would change it before the
        update, and stay there if the update fails: the register is all or nothing."""
        register = os.path.realpath(path)
        for definition in self.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink.staticValue()
            text = str(value or "")
            match = re.search(r"dbname='([^']*)'", text) if text.startswith("ogr:") else None
            target = match.group(1) if match else text.split("|")[0]
            if target and os.path.realpath(target) == register:
                self.fail("The output « {output} » is the register to update ({path}): choose another file, so that "
                          "the register is changed by the update only.", output=self.tr(definition.description()),
                          path=path)

    # --- run ----------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        steps = self.steps(feedback, 5)
        table = read_observations(self, parameters, context, steps)
        weighting = self.parameterAsEnum(parameters, "WEIGHTING", context)
        self._check_weighting(table, weighting)
        steps.setCurrentStep(1)
        benchmarks = read_benchmarks(self, parameters, context, steps)
        check_benchmarks_met(self, table, benchmarks)
        if benchmarks.positions and not benchmarks.crs.isValid():
            self.fail("« {name} » has no CRS: the adjusted points cannot be placed from its benchmarks. Set its CRS "
                      "(Layer Properties › Source), then run again.", name=benchmarks.name)
        self._log_fixed_choice(benchmarks, feedback)
        register_path, stations, register_crs = self._register(parameters, context, steps)
        steps.setCurrentStep(2)
        self.stop_if_cancelled(feedback)

        def monitor(fraction):
            steps.setProgress(100.0 * fraction)
            self.stop_if_cancelled(feedback)
        result = adjust(table.observations, benchmarks.benchmarks, benchmarks.fixed_ids, weighting,
                        self.parameterAsDouble(parameters, "SIGMA_MM_PER_SQRT_KM", context),
                        self.parameterAsDouble(parameters, "ALPHA", context),
                        hold_unusable=benchmarks.fixed_ids is not None, monitor=monitor)
        self._log_result(result, feedback)
        self._log_series(table, result, feedback)
        steps.setCurrentStep(3)
        positions, crs = self._positions(benchmarks, stations, register_crs, context)
        dest = self._write_points(parameters, context, steps, result, benchmarks, stations, positions, crs)
        dest_residuals = self._write_residuals(parameters, context, steps, table, result)
        self.stop_if_cancelled(feedback)
        report = self._report(parameters, context, table, benchmarks, result)
        steps.setCurrentStep(4)
        updated = self._update_register(register_path, stations, table, result, feedback) if register_path else 0
        steps.setProgress(100)
        return {"OUTPUT": dest, "OUTPUT_RESIDUALS": dest_residuals, "REPORT": report,
                "N_POINTS": len(result.points), "N_OBSERVATIONS": len(result.residuals), "DOF": result.dof,
                "SIGMA0": _finite(result.sigma0), "CHI2": result.chi2, "CHI2_PASSED": result.chi2_passed,
                "N_FLAGGED": len(result.flagged), "MAX_ABS_W": _finite(result.max_abs_w),
                "N_REGISTER_UPDATED": updated}

    def _log_result(self, result, feedback):
        for pid, reason in result.excluded_benchmarks:
            feedback.pushInfo(self.tr("Benchmark {id} not held fixed: {reason}.").format(id=pid,
                                                                                      reason=reason.text(self.tr)))
        for warning in result.warnings:
            feedback.reportError(warning.text(self.tr), False)
        passed = {True: self.tr("passed"), False: self.tr("FAILED"), None: self.tr("undecided (no redundancy)")}
        feedback.pushInfo(self.tr("{points} height(s) from {obs} observation(s) on {fixed} fixed benchmark(s); "
                                  "dof {dof}, σ0 {sigma0}, χ² {chi2:.3f} in [{low:.3f}, {high:.3f}]: {passed}.").format(
            points=sum(1 for p in result.points if not p.fixed), obs=len(result.residuals), fixed=len(result.fixed),
            dof=result.dof, sigma0="{:.3f}".format(result.sigma0) if _finite(result.sigma0) else "–",
            chi2=result.chi2, low=result.chi2_low, high=result.chi2_high, passed=passed[result.chi2_passed]))
        for r in result.flagged:
            feedback.reportError(self.tr("Observation {from_id} → {to_id} (run {run}, line {line}) is flagged: "
                                         "|w| = {w:.2f} > {k:.2f}, residual {v:.2f} mm. Check it, or leave it out and "
                                         "run again.").format(from_id=r.from_id, to_id=r.to_id, run=r.run or "-",
                                                               line=r.source_line, w=abs(r.w), k=result.critical_w,
                                                               v=r.residual_mm), False)

    def _log_series(self, table, result, feedback):
        """Say when the flagged observation cannot be told apart from others (sections of a run without a loop)."""
        used = [r.index for r in result.residuals]
        for r in result.flagged:
            group = series_group(table.observations, used, set(result.fixed), r.index)
            if len(group) > 1:
                names = ", ".join("{} → {}".format(table.observations[i].from_id, table.observations[i].to_id)
                                  for i in group[:12])
                feedback.reportError(self.tr("The flagged observation is in series with {count} other(s) ({names}): "
                                             "no loop separates them, so the blunder may be in any of them. Re-level "
                                             "these sections, or close a loop on them.").format(
                    count=len(group) - 1, names=names), False)

    # --- outputs ------------------------------------------------------------------------------
    def _positions(self, benchmarks, stations, register_crs, context):
        """({id: (x, y)}, CRS) of the points known in plan: stations of the register, then benchmarks."""
        crs = register_crs if register_crs is not None else (benchmarks.crs if benchmarks.positions else None)
        positions = {}
        if benchmarks.positions:
            transform = None if crs == benchmarks.crs else transform_to(self, benchmarks.crs, crs, context,
                                                                        benchmarks.name)
            for pid, (x, y) in benchmarks.positions.items():
                if transform is not None:
                    point = transform.transform(QgsPointXY(x, y))
                    x, y = point.x(), point.y()
                positions[pid] = (x, y)
        for matricule, station in stations.items():
            if math.isfinite(station.x):
                positions[matricule] = (station.x, station.y)
        return positions, crs

    def _write_points(self, parameters, context, feedback, result, benchmarks, stations, positions, crs):
        fields = QgsFields()
        for name, kind in POINT_FIELDS:
            fields.append(QgsField(name, kind))
        geometry_type = QgsWkbTypes.Type.PointZ if crs is not None else QgsWkbTypes.Type.NoGeometry
        if crs is not None:
            sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, geometry_type, crs)
        else:
            sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, geometry_type)
        known = benchmarks.heights
        for k, point in enumerate(result.points):
            self.stop_if_cancelled(feedback)
            feedback.setProgress(40.0 * k / len(result.points))
            feature = QgsFeature(fields)
            kind = self.tr("benchmark") if point.id in known else (
                self.tr("station") if point.id in stations else self.tr("point"))
            known_height = known.get(point.id)
            diff = None if known_height is None or point.fixed else 1000.0 * (point.height_m - known_height)
            feature.setAttributes([point.id, _finite(point.height_m), _finite(point.sigma_mm), bool(point.fixed),
                                   _finite(point.sigma_apriori_mm), kind, known_height, _finite(diff)])
            if crs is not None and point.id in positions:
                x, y = positions[point.id]
                feature.setGeometry(QgsGeometry(QgsPoint(x, y, point.height_m)))
            self.add_feature(sink, feature, "OUTPUT")
        return dest

    def _write_residuals(self, parameters, context, feedback, table, result):
        fields = QgsFields()
        for name, kind in RESIDUAL_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT_RESIDUALS", context, fields,
                                          QgsWkbTypes.Type.NoGeometry)
        by_index = {r.index: r for r in result.residuals}
        for i, obs in enumerate(table.observations):
            self.stop_if_cancelled(feedback)
            feedback.setProgress(40.0 + 40.0 * i / len(table.observations))
            r = by_index.get(i)
            values = [table.fids[i], obs.run, obs.from_id, obs.to_id, obs.dh_m, r is not None]
            if r is None:
                values += [None] * 7
            else:
                values += [_finite(r.residual_mm), _finite(r.sigma_mm), _finite(r.w), bool(r.flagged),
                           bool(r.exceeds), _finite(r.mdb_mm), _finite(r.redundancy)]
            feature = QgsFeature(fields)
            feature.setAttributes(values + [obs.source_line])
            self.add_feature(sink, feature, "OUTPUT_RESIDUALS")
        return dest

    def _report(self, parameters, context, table, benchmarks, result):
        path = self.parameterAsFileOutput(parameters, "REPORT", context) if parameters.get("REPORT") else None
        if not path:
            return None
        inputs = [(N_("Observations"), table.name), (N_("Benchmarks"), benchmarks.name),
                  (N_("Weighting"), self.tr(WEIGHTING_LABELS[result.weighting]))]
        html = build_report(self.tr("Leveling adjustment"), adjustment=result, inputs=inputs,
                            synthetic=synthetic_names(table.name, benchmarks.name), tr=self.tr)
        reports.write(path, html)
        return path

    def add_feature(self, sink, feature, key):
        """Every row is written, or the run stops: a table with missing rows would be read as complete."""
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            self.fail("A row could not be written to « {output} » ({error}): nothing is complete, run again to "
                      "another file.", output=self.parameterDefinition(key).description(), error=sink.lastError())

    # --- register -------------------------------------------------------------------------------
    def _update_register(self, path, stations, table, result, feedback):
        rows, no_geometry = [], []
        date = max(table.dates) if table.dates else datetime.date.today().isoformat()
        fixed = ", ".join(result.fixed)
        sigma0 = "{:.3f}".format(result.sigma0) if _finite(result.sigma0) else "–"
        for point in result.points:
            station = stations.get(point.id)
            if point.fixed or station is None:
                continue
            if not math.isfinite(station.x):
                no_geometry.append(point.id)
                continue
            previous = "{:.4f} m".format(station.z) if math.isfinite(station.z) else "–"
            remark = self.tr("Height {height:.4f} m NGF-IGN69, σ {sigma:.1f} mm, from a least-squares leveling "
                             "adjustment (fixed: {fixed}; σ0 {sigma0}); previous Z {previous}.").format(
                height=point.height_m, sigma=point.sigma_mm, fixed=fixed, sigma0=sigma0, previous=previous)
            rows.append((station.fid, point.id, point.height_m, remark))
        if no_geometry:
            self.fail("The station(s) {ids} of the register have no position, so their height cannot be written: "
                      "give them their position first. Nothing was written.", ids=", ".join(no_geometry[:20]))
        if not rows:
            feedback.reportError(self.tr("No adjusted point is a station of the register (matched by matricule): "
                                         "nothing was written."), False)
            return 0
        self.stop_if_cancelled(feedback)
        register_heights.write_heights(path, rows, date, VISITOR)
        feedback.pushInfo(self.tr("{count} station height(s) written into « {path} », with a visit row each.").format(
            count=len(rows), path=path))
        return len(rows)
