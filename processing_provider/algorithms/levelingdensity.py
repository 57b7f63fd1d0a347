"""canevas:levelingdensity — where a surveyor can tie onto two benchmarks; gaps and densification."""

import math

from qgis.core import (
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import density_defaults as defaults
from ...core.messages import N_
from ...toolbelt.i18n import number
from ...toolbelt.layers import is_null
from ...toolbelt.qt_compat import FieldType
from ...toolbelt.read_whole import check_read_whole
from .. import styles
from ..base import Cancelled, CanevasAlgorithm
from ..parameters import add_benchmark_input, add_benchmark_options, add_triplets_only
from ._benchmarks import (
    load_density,
    read_benchmarks,
    read_radius,
    transform_to,
    unusable_states,
    whole_count,
    work_crs,
)

NOTHING_WRITTEN = N_("Cancelled: no output was written.")
STYLES = {
    "COVERAGE": styles.single(lambda: styles.fill("51,160,44,110", "#1b7a1b")),
    "GAPS": styles.single(lambda: styles.fill("227,26,28,110", "#b00000")),
    "PROPOSALS": styles.single(lambda: styles.marker("star", styles.YELLOW, 5)),
}
#: Top to bottom in the run's group: points above the polygons they sit on, the table last.
LAYER_ORDER = ("PROPOSALS", "COVERAGE", "GAPS", "STATS")


def area_cost(proposals, count, days):
    """€ of an area's proposals, None when not priced (the same rule as ProposalResult.cost)."""
    if proposals.cost_per_benchmark is None and proposals.cost_per_day is None:
        return None
    return float(count * (proposals.cost_per_benchmark or 0.0) + days * (proposals.cost_per_day or 0.0))


def is_synthetic(source):
    """Generated sample data is labelled synthetic in its name (DOMAIN.md §7): its outputs say so."""
    return "synthetic" in (source.sourceName() or "").lower()


def to_qgis(geom):
    import shapely  # shapely ≥ 2 is only needed when the study runs (see core.density)
    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(geom))
    return out


def from_qgis(geometry):
    import shapely
    return shapely.from_wkb(bytes(geometry.asWkb()))


def polygonal(geom):
    """(the polygons of `geom` in 2D, repaired when invalid, None when none; whether it was repaired).

    A self-crossing or otherwise invalid polygon would make the coverage overlay fail or measure a wrong
    area: it is repaired the way QGIS' « Fix geometries » does (make_valid) and its polygonal parts kept.
    """
    import shapely
    geom = shapely.force_2d(geom)
    fixed = not shapely.is_valid(geom)
    if not fixed and geom.geom_type in ("Polygon", "MultiPolygon") and not geom.is_empty:
        return geom, False
    if fixed:
        geom = shapely.make_valid(geom)
    # every simple part (a repaired polygon may come back as a collection of polygons and lines)
    parts = [p for p in shapely.get_parts(shapely.get_parts(geom)) if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        return None, fixed
    return (parts[0] if len(parts) == 1 else shapely.union_all(parts)), fixed


class LevelingDensity(CanevasAlgorithm):
    NAME = "levelingdensity"
    DISPLAY_NAME = "Leveling network density study"
    GROUP_ID = "leveling"
    GROUP = "Leveling network"
    ICON_FILE = "density.svg"

    def initAlgorithm(self, config=None):
        # what is studied, where, then how (costs, then the reading options, advanced)
        add_benchmark_input(self)
        self.add(QgsProcessingParameterFeatureSource("STUDY_AREA", self.tr("Study area"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 self.tr("Polygons to study (communes, urbanised zones, town centres); one result per polygon. "
                         "Empty: the convex hull of the benchmarks widened by the radius."))
        self.add(QgsProcessingParameterField("STUDY_NAME_FIELD", self.tr("Study area name field"), None,
                                             "STUDY_AREA", optional=True),
                 self.tr("Field naming each study area in the statistics (e.g. the commune name)."))
        add_triplets_only(self)
        self.add(QgsProcessingParameterNumber("LEVELING_RATE_KM_PER_DAY", self.tr("Leveling per day (km)"),
                                              QgsProcessingParameterNumber.Type.Double, defaults.LEVELING_KM_PER_DAY,
                                              minValue=0.1),
                 self.tr("Kilometres of direct leveling a team does in a day (about 6 km, 2013 study)."), decimals=1)
        self.add(QgsProcessingParameterNumber("COST_PER_BENCHMARK", self.tr("Cost of a new benchmark (€)"),
                                              QgsProcessingParameterNumber.Type.Double, None, optional=True,
                                              minValue=0.0),
                 self.tr("Price of one new mark (supply and setting), in euros excluding tax; with the cost per day, "
                         "gives the cost of the densification. Empty: not priced."), decimals=0)
        self.add(QgsProcessingParameterNumber("COST_PER_DAY", self.tr("Cost of a day of leveling (€)"),
                                              QgsProcessingParameterNumber.Type.Double, None, optional=True,
                                              minValue=0.0),
                 self.tr("Price of one day of direct leveling by a team, in euros excluding tax. Empty: not priced."),
                 decimals=0)
        add_benchmark_options(self, with_triplets_only=False)
        self._add_outputs()

    def _add_outputs(self):
        self.add(QgsProcessingParameterFeatureSink("COVERAGE", self.tr("Covered zones"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 self.tr("Where at least the required number of usable benchmarks lie within the radius, one "
                         "multipolygon per study area, with its area (m²)."))
        self.add(QgsProcessingParameterFeatureSink("GAPS", self.tr("Zones to densify"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 self.tr("The study area minus the covered zones: where new benchmarks are needed, with area (m²)."))
        self.add(QgsProcessingParameterFeatureSink("STATS", self.tr("Statistics per study area"),
                                                   QgsProcessing.SourceType.TypeVector),
                 self.tr("One row per study area: benchmark counts (usable, unusable, triplet members), area, "
                         "covered area and %, gap area, proposed benchmarks, km of leveling, days and cost (€)."))
        self.add(QgsProcessingParameterFeatureSink("PROPOSALS", self.tr("Proposed new benchmarks"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 self.tr("New benchmark locations that bring every study area to at least 99 % covered, each with "
                         "the gap it closes and the leveling needed to tie it onto its two nearest marks."))
        self.add(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"),
                                                       self.tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=False),
                 self.tr("Self-contained HTML report: map of coverage, gaps and proposals, and the statistics."))
        for key, label in (("COVERED_PCT", self.tr("Covered (%)")), ("GAP_AREA", self.tr("Gap area (m²)")),
                           ("PROPOSED_COUNT", self.tr("Proposed benchmarks")),
                           ("LEVELING_KM", self.tr("Leveling (km)")), ("DAYS", self.tr("Leveling days")),
                           ("COST", self.tr("Cost (€)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _areas(self, parameters, context, crs, feedback):
        source = self.parameterAsSource(parameters, "STUDY_AREA", context)
        if source is None:
            if parameters.get("STUDY_AREA") not in (None, ""):  # given but unreadable: never the default area
                self.fail("The study area layer cannot be read: choose a valid polygon layer or leave it empty.")
            return None, None
        name = source.sourceName()
        name_field = self._check_area_source(source, parameters, context)
        transform = transform_to(self, source.sourceCrs(), crs, context, name)
        areas, names, skipped, repaired, unnamed, read = [], [], [], [], [], 0
        for feature in source.getFeatures(QgsFeatureRequest()):
            self.stop_if_cancelled(feedback)
            read += 1
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                skipped.append(feature.id())
                continue
            if transform is not None:
                try:
                    geom.transform(transform)
                except QgsCsException as error:
                    self.fail("Study area {fid} of « {name} » cannot be brought to the working CRS ({error}): "
                              "check the layer's CRS.", fid=feature.id(), name=name, error=str(error))
            area, fixed = polygonal(from_qgis(geom))
            if fixed:
                repaired.append(feature.id())
            if area is None:
                skipped.append(feature.id())
                continue
            areas.append(area)
            value = feature[name_field] if name_field else None
            if name_field and (is_null(value) or not str(value).strip()):
                unnamed.append(feature.id())
            names.append(str(feature.id()) if is_null(value) or not str(value).strip() else str(value))
        check_read_whole(source, read, name)
        if not areas:
            self.fail("The study area layer « {name} » holds no polygon: choose another layer or leave it empty.",
                      name=name)
        self._log_areas(feedback, name_field, skipped, repaired, unnamed)
        feedback.pushInfo(self.tr("{count} study area(s).").format(count=len(areas)))
        return areas, names

    def _check_area_source(self, source, parameters, context):
        """The study area layer is polygons in the system it declares, with the name field chosen; returns it."""
        name = source.sourceName()
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            self.fail("The study area layer « {name} » is not a polygon layer ({type}): choose polygons (communes, "
                      "zones) or leave it empty.", name=name, type=QgsWkbTypes.displayString(source.wkbType()))
        self.check_numbers(source)
        name_field = self.parameterAsString(parameters, "STUDY_NAME_FIELD", context)
        if name_field and source.fields().indexOf(name_field) < 0:
            self.fail("The field « {field} » is missing from « {name} »: choose one of its fields.",
                      field=name_field, name=name)
        return name_field

    def _log_areas(self, feedback, name_field, skipped, repaired, unnamed):
        def ids(values):
            return ", ".join(str(v) for v in values[:50])
        if skipped:
            feedback.reportError(self.tr("{count} study area(s) without a polygon left out (feature ids: {ids}).")
                                 .format(count=len(skipped), ids=ids(skipped)), False)
        if repaired:
            feedback.reportError(self.tr("{count} study area(s) were not valid polygons (crossing or overlapping "
                                         "edges) and were studied repaired, as QGIS' « Fix geometries » does "
                                         "(feature ids: {ids}).").format(count=len(repaired), ids=ids(repaired)),
                                 False)
        if unnamed:
            feedback.reportError(self.tr("{count} study area(s) have no value in « {field} »: named by their feature "
                                         "id in the statistics ({ids}).").format(count=len(unnamed), field=name_field,
                                                                                 ids=ids(unnamed)), False)

    def _cost(self, parameters, context, key):
        """€ setting, None when left empty (not priced)."""
        if parameters.get(key) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, key, context)

    def processAlgorithm(self, parameters, context, feedback):
        density, density_report = load_density(self)
        crs = work_crs(self, parameters, context)
        steps = self.steps(feedback, 4)  # benchmarks, study, proposals, outputs
        data = read_benchmarks(self, parameters, context, steps, crs)
        areas, names = self._areas(parameters, context, crs, feedback)
        radius = read_radius(self, parameters, context)
        min_count = whole_count(self, parameters, context)
        rate = self.parameterAsDouble(parameters, "LEVELING_RATE_KM_PER_DAY", context)
        if not (math.isfinite(rate) and rate > 0):  # NaN would make every day count NaN
            self.fail("« Leveling per day (km) » must be a positive number of kilometres, not {value}.",
                      value=parameters.get("LEVELING_RATE_KM_PER_DAY"))
        costs = {"cost_per_benchmark": self._cost(parameters, context, "COST_PER_BENCHMARK"),
                 "cost_per_day": self._cost(parameters, context, "COST_PER_DAY")}
        triplets_only = self.parameterAsBoolean(parameters, "TRIPLETS_ONLY", context)
        if triplets_only and not data.fields.get("TRIPLET_FIELD"):
            self.fail("« Triplet members only » needs the triplet field (IGN: freres_info): without it no benchmark "
                      "is a triplet member and the whole area would be reported uncovered. Choose the triplet field "
                      "or untick the option.")
        steps.setCurrentStep(1)
        result = density.study(data.xy, radius, min_count, areas, names, data.ids, data.states, data.freres,
                               triplets_only, unusable_states(self, parameters, context))
        self.stop_if_cancelled(feedback, NOTHING_WRITTEN)
        steps.setCurrentStep(2)
        try:
            # the core checks the cancel button in its loops and refuses a lattice beyond its memory bound
            proposals = density.propose(result, rate_km_per_day=rate, is_cancelled=feedback.isCanceled, **costs)
        except density.Cancelled:
            raise Cancelled(NOTHING_WRITTEN) from None
        self.stop_if_cancelled(feedback, NOTHING_WRITTEN)
        steps.setCurrentStep(3)
        self._log_benchmarks(result.benchmarks, feedback)
        outputs = self._write(parameters, context, crs, result, proposals)
        totals = {"COVERED_PCT": result.covered_pct, "GAP_AREA": result.area - result.covered_area,
                  "PROPOSED_COUNT": len(proposals.proposals), "LEVELING_KM": proposals.km, "DAYS": proposals.days,
                  "COST": proposals.cost}
        self._log_totals(result, proposals, totals, feedback)
        report = self.parameterAsFileOutput(parameters, "REPORT", context) if parameters.get("REPORT") else None
        if report:
            source = self.parameterAsSource(parameters, "INPUT", context)
            density_report.write(report, result, proposals, totals, {
                "layer": source.sourceName(), "synthetic": is_synthetic(source),
                "crs": crs, "radius": radius, "min_count": min_count, "rate": rate,
                "triplets_only": triplets_only, "states": unusable_states(self, parameters, context), **costs})
            outputs["REPORT"] = report
        steps.setProgress(100)
        return {**outputs, **totals}

    def _log_benchmarks(self, bm, feedback):
        if bm.duplicates:
            feedback.pushInfo(self.tr("{count} duplicate benchmark(s) (same matricule or same position) counted "
                                      "once.").format(count=number(len(bm.duplicates))))
        feedback.pushInfo(self.tr("{usable} usable benchmark(s) of {total}; {counted} count for coverage.").format(
            usable=number(bm.usable.sum()), total=number(len(bm.xy)), counted=number(bm.counted.sum())))

    def _log_totals(self, result, proposals, totals, feedback):
        feedback.pushInfo(self.tr("Covered: {pct} % of {area} km²; {count} new benchmark(s) proposed, {km} km of "
                                  "leveling, {days} day(s).").format(
            pct=number(totals["COVERED_PCT"], 1), area=number(result.area / 1e6, 2),
            count=number(totals["PROPOSED_COUNT"]), km=number(totals["LEVELING_KM"], 1),
            days=number(totals["DAYS"], 1)))
        if proposals.lower_bound is not None:
            feedback.pushInfo(self.tr("At least {bound} new benchmark(s) are needed whatever their places: the "
                                      "proposals are at most {extra} above the best.").format(
                bound=number(proposals.lower_bound),
                extra=number(max(0, totals["PROPOSED_COUNT"] - proposals.lower_bound))))
        if proposals.pattern:
            feedback.pushWarning(self.tr("Country scale: the proposals start from a regular pattern over the gaps, "
                                         "checked by the exact study (the finer lattice would exceed the memory "
                                         "bound); expect about 12–14 % more new benchmarks than the lattice would "
                                         "place. Study smaller areas for the finer placement."))
        if totals["COST"] is not None:
            feedback.pushInfo(self.tr("Cost: {cost} € excluding tax ({count} × {per_benchmark} € per benchmark + "
                                      "{days} day(s) × {per_day} € per day).").format(
                cost=number(totals["COST"]), count=number(totals["PROPOSED_COUNT"]),
                per_benchmark=number(proposals.cost_per_benchmark or 0), days=number(totals["DAYS"], 1),
                per_day=number(proposals.cost_per_day or 0)))
        if not proposals.reached:
            feedback.reportError(self.tr("The proposals leave some study area below 99 % covered."), False)

    def _run_group(self, parameters, context):
        """The layer tree group of this run's outputs, named with its scenario, below the input benchmarks."""
        radius = self.parameterAsDouble(parameters, "RADIUS", context)
        layer = None
        try:
            layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        except Exception:  # a source QGIS cannot give as a layer: the group goes where QGIS puts outputs
            layer = None
        name = self.tr("Leveling density, r = {radius} m").format(radius="{:g}".format(radius))
        if layer is not None:
            name = "{} — {}".format(name, layer.name())
        return styles.RunGroup(name, LAYER_ORDER, layer.id() if layer is not None else None), radius

    def _sink(self, parameters, context, key, fields, wkb, crs):
        sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb, crs)
        if sink is None:
            self.fail("The output « {key} » cannot be created: check its path.", key=key)
        if context.willLoadLayerOnCompletion(dest):
            if getattr(self, "_group", None) is None:
                self._group = self._run_group(parameters, context)
            group, radius = self._group
            label = self.parameterDefinition(key).description()
            styles.on_load(context, dest, key, self.tr("{output} (r = {radius} m)").format(
                output=label, radius="{:g}".format(radius)), STYLES.get(key), group)
        return sink, dest

    def _write(self, parameters, context, crs, result, proposals):
        self._group = None  # one layer tree group per run
        outputs = {}
        self._write_areas(parameters, context, crs, result, outputs)
        self._write_stats(parameters, context, crs, result, proposals, outputs)
        self._write_proposals(parameters, context, crs, result, proposals, outputs)
        return outputs

    def _write_areas(self, parameters, context, crs, result, outputs):
        area_fields = QgsFields()
        area_fields.append(QgsField("name", FieldType.String))
        area_fields.append(QgsField("area_m2", FieldType.Double))
        for key, attr in (("COVERAGE", "coverage"), ("GAPS", "gaps")):
            sink, outputs[key] = self._sink(parameters, context, key, area_fields, QgsWkbTypes.Type.MultiPolygon, crs)
            for row in result.rows:
                geom = getattr(row, attr)
                feature = QgsFeature(area_fields)
                feature.setGeometry(to_qgis(geom) if not geom.is_empty else QgsGeometry())
                feature.setAttributes([row.name, float(geom.area)])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

    def _write_stats(self, parameters, context, crs, result, proposals, outputs):
        per_area = {}
        for p in proposals.proposals:
            count, km, days = per_area.get(p.area, (0, 0.0, 0.0))
            per_area[p.area] = (count + 1, km + p.km, days + p.days)
        stats_fields = QgsFields()
        for name, kind in (("name", FieldType.String), ("benchmarks", FieldType.Int), ("usable", FieldType.Int),
                           ("unusable", FieldType.Int), ("triplet", FieldType.Int), ("counted", FieldType.Int),
                           ("area_m2", FieldType.Double), ("covered_m2", FieldType.Double),
                           ("covered_pct", FieldType.Double), ("gap_m2", FieldType.Double),
                           ("proposed", FieldType.Int), ("leveling_km", FieldType.Double), ("days", FieldType.Double),
                           ("covered_pct_after", FieldType.Double), ("cost_eur", FieldType.Double)):
            stats_fields.append(QgsField(name, kind))
        sink, outputs["STATS"] = self._sink(parameters, context, "STATS", stats_fields, QgsWkbTypes.Type.NoGeometry,
                                            crs)
        for k, row in enumerate(result.rows):
            count, km, days = per_area.get(k, (0, 0.0, 0.0))
            feature = QgsFeature(stats_fields)
            feature.setAttributes([row.name, row.n_benchmarks, row.n_usable, row.n_unusable, row.n_triplet,
                                   row.n_counted, row.area, row.covered_area, row.covered_pct, row.gap_area, count,
                                   km, days, float(proposals.covered_pct_after[k]),
                                   area_cost(proposals, count, days)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

    def _write_proposals(self, parameters, context, crs, result, proposals, outputs):
        proposal_fields = QgsFields()
        for name, kind in (("num", FieldType.Int), ("area_name", FieldType.String), ("gap", FieldType.Int),
                           ("gap_m2", FieldType.Double), ("tie_1", FieldType.String), ("tie_2", FieldType.String),
                           ("leveling_km", FieldType.Double), ("days", FieldType.Double)):
            proposal_fields.append(QgsField(name, kind))
        sink, outputs["PROPOSALS"] = self._sink(parameters, context, "PROPOSALS", proposal_fields,
                                                QgsWkbTypes.Type.Point, crs)
        counted_ids = [i for i, c in zip(result.benchmarks.ids, result.benchmarks.counted) if c]
        for n, p in enumerate(proposals.proposals, start=1):
            ties = [counted_ids[i] if kind == "benchmark" else self.tr("proposal {}").format(i + 1)
                    for kind, i in p.tie_to]
            ties += [""] * (2 - len(ties))
            feature = QgsFeature(proposal_fields)
            feature.setGeometry(QgsGeometry.fromWkt("Point ({} {})".format(p.x, p.y)))
            feature.setAttributes([n, result.rows[p.area].name, p.gap, float(result.gap_parts[p.gap][1].area),
                                   ties[0], ties[1], p.km, p.days])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
