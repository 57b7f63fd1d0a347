"""canevas:checkmatricules — duplicate matricules, matricules outside the ranges, overlapping ranges, gaps."""

import datetime

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ...core import register, reports
from ...core.messages import CanevasError
from ...core.reports.matricules import build_report
from ...toolbelt.layers import python_value
from ...toolbelt.qt_compat import FieldType
from ...toolbelt.read_whole import check_read_whole
from ..base import CanevasAlgorithm

RANGE_FIELDS = ("prestataire", "first", "last")
MAX_LISTED = 200


class CheckMatricules(CanevasAlgorithm):
    NAME = "checkmatricules"
    DISPLAY_NAME = "Check station matricules"
    GROUP_ID = "register"
    GROUP = "Canevas register"
    ICON_FILE = "register.svg"

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFeatureSource("STATIONS", self.tr("Stations"),
                                                     [QgsProcessing.SourceType.TypeVector]),
                 self.tr("Layer of canevas stations with their matricules, e.g. the « stations » layer of the Canevas "
                         "database or a contractor's delivery. It is never modified."))
        self.add(QgsProcessingParameterField("MATRICULE_FIELD", self.tr("Matricule field"), defaultValue="matricule",
                                             parentLayerParameterName="STATIONS", optional=True),
                 self.tr("Field holding the station matricule (a prefix and a number, e.g. R00123); empty: "
                         "« matricule »."))
        self.add(QgsProcessingParameterFeatureSource("RANGES", self.tr("Matricule ranges"),
                                                     [QgsProcessing.SourceType.TypeVector]),
                 self.tr("Table of the ranges handed out to the contractors, with the fields prestataire, first and "
                         "last (numbers or matricules) and optionally prefixe and date_attribution: the "
                         "« matricule_ranges » table of the Canevas database."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Stations with a matricule problem"),
                                                   QgsProcessing.SourceType.TypeVectorAnyGeometry),
                 self.tr("The offending stations with all their fields and a « probleme » field: duplicate matricule, "
                         "outside any range, or no matricule."))
        self.add(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"),
                                                       self.tr("HTML files (*.html *.htm)"), optional=True,
                                                       createByDefault=False),
                 self.tr("Optional report: duplicates, matricules outside the ranges, overlapping ranges, and per "
                         "range the matricules used, the gaps in use and the next free matricule."))
        for name, description in (("DUPLICATES", self.tr("Duplicated matricules")),
                                  ("OUTSIDE_RANGES", self.tr("Matricules outside any range")),
                                  ("OVERLAPPING_RANGES", self.tr("Pairs of overlapping ranges")),
                                  ("GAPS", self.tr("Unused matricules below the highest used of a range")),
                                  ("MISSING", self.tr("Stations without matricule"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def _ranges(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "RANGES", context)
        if source is None:
            self.fail("The matricule ranges table cannot be read: choose a valid table.")
        name = source.sourceName()
        lower = {n.lower(): n for n in source.fields().names()}
        missing = [f for f in RANGE_FIELDS if f not in lower]
        if missing:
            self.fail("The ranges table « {name} » lacks the field(s) {fields}: it needs prestataire, first and last, "
                      "like the « matricule_ranges » table of a Canevas database.", name=name,
                      fields=", ".join(missing))
        ranges = []
        for feature in source.getFeatures():
            self.stop_if_cancelled(feedback)

            def value(field, feature=feature):
                return python_value(feature[lower[field]]) if field in lower else None
            date = value("date_attribution")
            if isinstance(date, (datetime.date, datetime.datetime)):
                date = date.isoformat()[:10]
            try:
                rng = register.make_range(value("prestataire"), value("first"), value("last"), date,
                                          value("prefixe"))
            except CanevasError as error:
                self.fail("Row {fid} of the ranges table « {name} »: {error}", fid=feature.id(), name=name,
                          error=error.text(self.tr))
            if rng.first < 0:  # a matricule ends with its number, never with a sign
                self.fail("Row {fid} of the ranges table « {name} »: the range {first} – {last} of « {prestataire} » "
                          "starts below 0; matricule numbers are whole numbers ≥ 0. Correct the table.",
                          fid=feature.id(), name=name, first=rng.first, last=rng.last, prestataire=rng.prestataire)
            ranges.append(rng)
        if not ranges:
            self.fail("The ranges table « {name} » holds no range: record the ranges handed out to the contractors "
                      "first.", name=name)
        return ranges

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "STATIONS", context)
        if source is None:
            self.fail("The stations layer cannot be read: choose a valid layer.")
        name = source.sourceName()
        field = self.parameterAsString(parameters, "MATRICULE_FIELD", context) or "matricule"
        if source.fields().indexOf(field) < 0:
            self.fail("The field « {field} » is missing from « {name} »: choose its matricule field.", field=field,
                      name=name)
        ranges = self._ranges(parameters, context, feedback)

        steps = self.steps(feedback, 3)  # stations, output, report
        total = max(source.featureCount(), 1)
        fids, matricules = [], []
        for i, feature in enumerate(source.getFeatures()):
            self.stop_if_cancelled(feedback)
            value = python_value(feature[field])
            if isinstance(value, float) and value.is_integer():  # matricules kept in a numeric field
                value = int(value)
            fids.append(feature.id())
            matricules.append(None if value is None else str(value))
            steps.setProgress(100 * i / total)
        check_read_whole(source, len(fids), name)  # a damaged file read short would hide its gaps and duplicates
        if not fids:
            self.fail("« {name} » holds no station: nothing to check.", name=name)
        check = register.check_matricules(matricules, ranges)
        problems = check.problems()
        counts = {}
        for indices in check.duplicates.values():
            for i in indices:
                counts[i] = len(indices)

        steps.setCurrentStep(1)
        fields = QgsFields(source.fields())
        problem_field = "probleme" if fields.indexOf("probleme") < 0 else "probleme_matricule"
        fields.append(QgsField(problem_field, FieldType.String))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            self.fail("The output layer cannot be created: check the output path.")
        index_of = {fid: i for i, fid in enumerate(fids)}
        for feature in source.getFeatures():
            self.stop_if_cancelled(feedback)
            i = index_of.get(feature.id())
            if i not in problems:
                continue
            texts = [self._problem_text(code, i, check, counts) for code in problems[i]]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + ["; ".join(texts)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        steps.setCurrentStep(2)

        self._log(check, matricules, ranges, feedback)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            self._report(report, name, check, matricules, ranges, len(fids))
        steps.setProgress(100)
        return {"OUTPUT": dest, "REPORT": report or None, "DUPLICATES": len(check.duplicates),
                "OUTSIDE_RANGES": len(check.outside), "OVERLAPPING_RANGES": len(check.overlapping),
                "GAPS": check.gap_count, "MISSING": len(check.missing)}

    def _problem_text(self, code, i, check, counts):
        if code == "duplicate":
            return self.tr("duplicate ({count} stations)").format(count=counts[i])
        if code == "outside":
            return self.tr("not a matricule (no number)") if i in check.unreadable else self.tr("outside any range")
        return self.tr("no matricule")

    def _log(self, check, matricules, ranges, feedback):
        feedback.pushInfo(self.tr("{duplicates} duplicated matricule(s), {outside} matricule(s) outside any range, "
                                  "{missing} station(s) without matricule, {overlaps} pair(s) of overlapping ranges, "
                                  "{gaps} unused matricule(s) below the highest used.").format(
            duplicates=len(check.duplicates), outside=len(check.outside), missing=len(check.missing),
            overlaps=len(check.overlapping), gaps=check.gap_count))
        for matricule, indices in list(check.duplicates.items())[:MAX_LISTED]:
            feedback.reportError(self.tr("Matricule « {matricule} » is given to {count} stations.").format(
                matricule=matricule, count=len(indices)), False)
        for i in check.outside[:MAX_LISTED]:
            feedback.reportError(self.tr("Matricule « {matricule} » lies in no range.").format(
                matricule=matricules[i]), False)
        for i, written in list(check.not_normalised.items())[:MAX_LISTED]:
            # the one written form of core.register.normalize_matricule, the same as the Fiche canevas dock's
            feedback.pushInfo(self.tr("Matricule « {matricule} » is written {written} in the register's form "
                                      "(prefix in capitals, the digits of its range): duplicates are found on that "
                                      "form.").format(matricule=matricules[i], written=written))
        for i, j in check.overlapping:
            feedback.reportError(self.tr("The ranges {a} and {b} overlap.").format(a=ranges[i].label,
                                                                                   b=ranges[j].label), False)
        for gap in check.gaps[:MAX_LISTED]:
            rng = ranges[gap.range_index]
            feedback.pushInfo(self.tr("Range {range}: {first} to {last} unused ({count}).").format(
                range=rng.label, first=rng.matricule(gap.start), last=rng.matricule(gap.end), count=gap.count))
        for usage in check.usage:
            feedback.pushInfo(self.tr("Range {range}: {used} matricule(s) used, next free: {next}.").format(
                range=ranges[usage.range_index].label, used=usage.used,
                next=usage.next_free or self.tr("none, the range is full")))

    def _report(self, path, name, check, matricules, ranges, count):
        reports.write(path, build_report(name, count, check, matricules, ranges, tr=self.tr))
