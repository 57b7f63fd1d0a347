"""canevas:benchmarkgaps — weak spots of the leveling network: isolated marks, line gaps, broken triplets."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ...toolbelt.i18n import number
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm
from ..parameters import add_benchmark_parameters
from ._benchmarks import load_density, read_benchmarks, read_radius, unusable_states, whole_count, work_crs

#: Members of a triplet (a benchmark and its two siblings).
TRIPLET_SIZE = 3
OUTPUTS = (("ISOLATED", ("isolated",)), ("LINE_GAPS", ("line_gap",)),
           ("TRIPLETS", ("triplet_incomplete", "triplet_unusable")))


class BenchmarkGaps(CanevasAlgorithm):
    NAME = "benchmarkgaps"
    DISPLAY_NAME = "Leveling network weak spots"
    GROUP_ID = "leveling"
    GROUP = "Leveling network"
    ICON_FILE = "density.svg"

    def initAlgorithm(self, config=None):
        add_benchmark_parameters(self, with_triplets_only=False)
        self.add(QgsProcessingParameterFeatureSink("ISOLATED", self.tr("Isolated benchmarks"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 self.tr("Usable benchmarks with fewer than « Benchmarks needed » − 1 other usable ones within the "
                         "radius: nothing to check them against."))
        self.add(QgsProcessingParameterFeatureSink("LINE_GAPS", self.tr("Gaps along leveling lines"),
                                                   QgsProcessing.SourceType.TypeVectorLine),
                 self.tr("Consecutive usable benchmarks of a leveling line (matricule prefix, ordered by number) "
                         "more than twice the radius apart, with the two matricules and the distance."))
        self.add(QgsProcessingParameterFeatureSink("TRIPLETS", self.tr("Incomplete or unusable triplets"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 self.tr("Triplets with a member missing from the data or in an unusable state, at the centre of "
                         "the members found."))
        for key, label in (("N_ISOLATED", self.tr("Isolated benchmarks")),
                           ("N_LINE_GAPS", self.tr("Gaps along leveling lines")),
                           ("N_TRIPLETS", self.tr("Incomplete or unusable triplets"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):
        steps = self.steps(feedback, 3)  # benchmarks, weak spots, outputs
        crs = work_crs(self, parameters, context)
        data = read_benchmarks(self, parameters, context, steps, crs)
        if not data.fields.get("ID_FIELD"):
            # row numbers as matricules: every triplet would be « incomplete », every line gap wrong
            self.fail("The weak spots need the benchmark matricules (leveling lines, triplets) and « {name} » has "
                      "no field « nom » or « matricule »: choose its matricule field.",
                      name=self.parameterAsSource(parameters, "INPUT", context).sourceName())
        radius = read_radius(self, parameters, context)
        min_count = whole_count(self, parameters, context)
        density, _ = load_density(self)
        steps.setCurrentStep(1)
        self._check_triplet_names(data, parameters, context)
        findings = density.benchmark_gaps(data.ids, data.xy, data.states, data.freres, radius, min_count,
                                          unusable_states(self, parameters, context), unplaced=data.unplaced)
        self._log_duplicates(density, data, feedback)
        steps.setCurrentStep(2)
        position = {}
        for pid, (x, y) in zip(data.ids, data.xy):
            position.setdefault(pid, (x, y))
        results = {}
        for done, (key, kinds) in enumerate(OUTPUTS):
            dest, count = self._write_findings(parameters, context, steps, key, kinds, findings, position, crs)
            results[key] = dest
            results["N_" + key] = count
            steps.setProgress(100 * (done + 1) / len(OUTPUTS))
            feedback.pushInfo(self.tr("{key}: {count}").format(key=key, count=count))
        return results

    def _log_duplicates(self, density, data, feedback):
        """Benchmarks given twice (same matricule, or two matricules at one place) are counted once: said, with
        the first of them, so that two marks merged by a delivery error are seen."""
        duplicates = density.dedupe(data.ids, data.xy, density.DUPLICATE_TOLERANCE).duplicates
        if not duplicates:
            return
        feedback.pushWarning(self.tr("{count} benchmark(s) given twice (same matricule, or another matricule at the "
                                     "same place) are counted once:").format(count=number(len(duplicates))))
        for duplicate in duplicates[:10]:
            feedback.pushWarning("  " + duplicate.message.text(self.tr))
        if len(duplicates) > 10:
            feedback.pushWarning("  " + self.tr("… and {count} more").format(count=number(len(duplicates) - 10)))

    def _check_triplet_names(self, data, parameters, context):
        """Stop when the triplet field names none of the matricules read: the matricule field is not the one the
        triplets use (numbers, another field), and every triplet would be reported « incomplete »."""
        if not data.fields.get("TRIPLET_FIELD"):
            return
        from ...core.density.benchmarks import normalize_matricule
        from ...core.register import triplet_members
        named = {normalize_matricule(m) for text in data.freres if text for m in triplet_members(text)}
        known = {normalize_matricule(i) for i in list(data.ids) + list(data.unplaced) if i}
        members = {normalize_matricule(i) for i, text in zip(data.ids, data.freres) if text and i}
        # one or two members whose siblings are all gone is a real (incomplete) triplet; a whole triplet's worth
        # of members none of which names another is a matricule field the triplets do not use
        if len(members) >= TRIPLET_SIZE and not named & known:
            self.fail("The triplet field « {triplets} » names {count} matricule(s) (e.g. « {example} ») and none of "
                      "them is a value of the matricule field « {field} »: that field does not hold the matricules "
                      "the triplets use. Choose the matricule field (IGN: nom).",
                      triplets=data.fields["TRIPLET_FIELD"], count=len(named), example=sorted(named)[0],
                      field=data.fields["ID_FIELD"])

    def _write_findings(self, parameters, context, feedback, key, kinds, findings, position, crs):
        """The output `key`: the findings of `kinds`; returns (destination, count)."""
        fields = QgsFields()
        for name, kind in (("kind", FieldType.String), ("matricules", FieldType.String),
                           ("matricule_1", FieldType.String), ("matricule_2", FieldType.String),
                           ("distance_m", FieldType.Double), ("reason", FieldType.String)):
            fields.append(QgsField(name, kind))
        line = key == "LINE_GAPS"
        sink, dest = self.parameterAsSink(parameters, key, context, fields,
                                          QgsWkbTypes.Type.LineString if line else QgsWkbTypes.Type.Point, crs)
        if sink is None:
            self.fail("The output « {key} » cannot be created: check its path.", key=key)
        count = 0
        for finding in findings:
            self.stop_if_cancelled(feedback)
            if finding.kind not in kinds:
                continue
            feature = QgsFeature(fields)
            if line:
                a, b = (position[i] for i in finding.ids[:2])
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*a), QgsPointXY(*b)]))
            else:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(finding.x, finding.y)))
            ids = list(finding.ids) + ["", ""]
            distance = None if finding.distance != finding.distance else float(finding.distance)
            feature.setAttributes([finding.kind, ", ".join(finding.ids), ids[0], ids[1], distance,
                                   finding.message.text(self.tr)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            count += 1
        return dest, count
