"""canevas:levelingdensity — where a surveyor can tie onto two benchmarks; gaps and densification."""

import collections

from qgis.core import (
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsProcessing,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)

from ...core import density_defaults as defaults
from ...core.messages import N_
from ...toolbelt.layers import is_null
from ...toolbelt.qt_compat import FieldType
from ..base import Cancelled, CanevasAlgorithm
from ..parameters import add_benchmark_parameters
from ._benchmarks import load_density, read_benchmarks, transform_to, unusable_states, work_crs

NOTHING_WRITTEN = N_("Cancelled: no output was written.")
STYLES = {
    "COVERAGE": lambda: QgsFillSymbol.createSimple({"color": "51,160,44,110", "outline_color": "#1b7a1b",
                                                    "outline_width": "0.3"}),
    "GAPS": lambda: QgsFillSymbol.createSimple({"color": "227,26,28,110", "outline_color": "#b00000",
                                                "outline_width": "0.3"}),
    "PROPOSALS": lambda: QgsMarkerSymbol.createSimple({"name": "star", "color": "#ffd92f", "size": "5",
                                                       "outline_color": "black", "outline_width": "0.4"}),
}


class _Styler(QgsProcessingLayerPostProcessorInterface):
    """Styles one output layer when it is loaded; one instance per output, no shared state.

    QGIS does not own post-processors and calls them after the algorithm object is gone, so the
    instances are kept alive by _LIVE_STYLERS (bounded: only the latest runs' outputs matter).
    """

    def __init__(self, key):
        super().__init__()
        self.key = key

    def postProcessLayer(self, layer, context, feedback):
        layer.setRenderer(QgsSingleSymbolRenderer(STYLES[self.key]()))
        layer.triggerRepaint()


_LIVE_STYLERS = collections.deque(maxlen=64)


def to_qgis(geom):
    import shapely  # shapely ≥ 2 is only needed when the study runs (see core.density)
    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(geom))
    return out


def from_qgis(geometry):
    import shapely
    return shapely.from_wkb(bytes(geometry.asWkb()))


class LevelingDensity(CanevasAlgorithm):
    NAME = "levelingdensity"
    DISPLAY_NAME = "Leveling network density study"
    GROUP_ID = "leveling"
    GROUP = "Leveling network"
    ICON_FILE = "density.svg"

    def initAlgorithm(self, config=None):
        add_benchmark_parameters(self)
        self.add(QgsProcessingParameterFeatureSource("STUDY_AREA", self.tr("Study area"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 self.tr("Polygons to study (communes, urbanised zones, town centres); one result per polygon. "
                         "Empty: the convex hull of the benchmarks widened by the radius."))
        self.add(QgsProcessingParameterField("STUDY_NAME_FIELD", self.tr("Study area name field"), None,
                                             "STUDY_AREA", optional=True),
                 self.tr("Field naming each study area in the statistics (e.g. the commune name)."))
        self.add(QgsProcessingParameterNumber("LEVELING_RATE_KM_PER_DAY", self.tr("Leveling per day (km)"),
                                              QgsProcessingParameterNumber.Type.Double, defaults.LEVELING_KM_PER_DAY,
                                              minValue=0.1),
                 self.tr("Kilometres of direct leveling a team does in a day (about 6 km, 2013 study)."))
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
                         "covered area and %, gap area, proposed benchmarks, km of leveling and days."))
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
                           ("LEVELING_KM", self.tr("Leveling (km)")), ("DAYS", self.tr("Leveling days"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _areas(self, parameters, context, crs, feedback):
        source = self.parameterAsSource(parameters, "STUDY_AREA", context)
        if source is None:
            return None, None
        self.check_numbers(source)
        name_field = self.parameterAsString(parameters, "STUDY_NAME_FIELD", context)
        if name_field and source.fields().indexOf(name_field) < 0:
            self.fail("The field « {field} » is missing from « {name} »: choose one of its fields.",
                      field=name_field, name=source.sourceName())
        transform = transform_to(self, source.sourceCrs(), crs, context, source.sourceName())
        areas, names, skipped = [], [], 0
        for feature in source.getFeatures(QgsFeatureRequest()):
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                skipped += 1
                continue
            if transform is not None:
                try:
                    geom.transform(transform)
                except QgsCsException as error:
                    self.fail("Study area {fid} of « {name} » cannot be brought to the working CRS ({error}): "
                              "check the layer's CRS.", fid=feature.id(), name=source.sourceName(), error=str(error))
            areas.append(from_qgis(geom))
            value = feature[name_field] if name_field else None
            names.append(str(feature.id()) if is_null(value) else str(value))
        if not areas:
            self.fail("The study area layer « {name} » holds no polygon: choose another layer or leave it empty.",
                      name=source.sourceName())
        if skipped:
            feedback.reportError(self.tr("{count} study area(s) without geometry left out.").format(count=skipped),
                                 False)
        feedback.pushInfo(self.tr("{count} study area(s).").format(count=len(areas)))
        return areas, names

    def processAlgorithm(self, parameters, context, feedback):
        density, density_report = load_density(self)
        crs = work_crs(self, parameters, context)
        steps = self.steps(feedback, 4)  # benchmarks, study, proposals, outputs
        data = read_benchmarks(self, parameters, context, steps, crs)
        areas, names = self._areas(parameters, context, crs, feedback)
        radius = self.parameterAsDouble(parameters, "RADIUS", context)
        min_count = self.parameterAsInt(parameters, "MIN_BENCHMARKS", context)
        rate = self.parameterAsDouble(parameters, "LEVELING_RATE_KM_PER_DAY", context)
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
            proposals = density.propose(result, rate_km_per_day=rate, is_cancelled=feedback.isCanceled)
        except density.Cancelled:
            raise Cancelled(NOTHING_WRITTEN) from None
        self.stop_if_cancelled(feedback, NOTHING_WRITTEN)
        steps.setCurrentStep(3)
        bm = result.benchmarks
        if bm.duplicates:
            feedback.pushInfo(self.tr("{count} duplicate benchmark(s) (same matricule or same position) counted "
                                      "once.").format(count=len(bm.duplicates)))
        feedback.pushInfo(self.tr("{usable} usable benchmark(s) of {total}; {counted} count for coverage.").format(
            usable=int(bm.usable.sum()), total=len(bm.xy), counted=int(bm.counted.sum())))
        outputs = self._write(parameters, context, crs, result, proposals)
        totals = {"COVERED_PCT": result.covered_pct, "GAP_AREA": result.area - result.covered_area,
                  "PROPOSED_COUNT": len(proposals.proposals), "LEVELING_KM": proposals.km, "DAYS": proposals.days}
        feedback.pushInfo(self.tr("Covered: {pct:.1f} % of {area:.2f} km²; {count} new benchmark(s) proposed, "
                                  "{km:.1f} km of leveling, {days:.1f} day(s).").format(
            pct=totals["COVERED_PCT"], area=result.area / 1e6, count=totals["PROPOSED_COUNT"], km=totals["LEVELING_KM"],
            days=totals["DAYS"]))
        if not proposals.reached:
            feedback.reportError(self.tr("The proposals leave some study area below 99 % covered."), False)
        report = self.parameterAsFileOutput(parameters, "REPORT", context) if parameters.get("REPORT") else None
        if report:
            density_report.write(report, result, proposals, totals, {
                "layer": self.parameterAsSource(parameters, "INPUT", context).sourceName(),
                "crs": crs, "radius": radius, "min_count": min_count, "rate": rate,
                "triplets_only": triplets_only, "states": unusable_states(self, parameters, context)})
            outputs["REPORT"] = report
        steps.setProgress(100)
        return {**outputs, **totals}

    def _sink(self, parameters, context, key, fields, wkb, crs):
        sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb, crs)
        if sink is None:
            self.fail("The output « {key} » cannot be created: check its path.", key=key)
        if key in STYLES and context.willLoadLayerOnCompletion(dest):
            styler = _Styler(key)
            _LIVE_STYLERS.append(styler)
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(styler)
        return sink, dest

    def _write(self, parameters, context, crs, result, proposals):
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
                           ("covered_pct_after", FieldType.Double)):
            stats_fields.append(QgsField(name, kind))
        sink, outputs["STATS"] = self._sink(parameters, context, "STATS", stats_fields, QgsWkbTypes.Type.NoGeometry,
                                            crs)
        for k, row in enumerate(result.rows):
            count, km, days = per_area.get(k, (0, 0.0, 0.0))
            feature = QgsFeature(stats_fields)
            feature.setAttributes([row.name, row.n_benchmarks, row.n_usable, row.n_unusable, row.n_triplet,
                                   row.n_counted, row.area, row.covered_area, row.covered_pct, row.gap_area, count,
                                   km, days, float(proposals.covered_pct_after[k])])
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
