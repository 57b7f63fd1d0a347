"""canevas:controlsample — the field control sample of a delivered canevas: (ln N)² stations spread over the area."""

import math

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import precision
from ...toolbelt import crs as crs_tools
from ...toolbelt.points import read_points
from ..base import CanevasAlgorithm


class ControlSample(CanevasAlgorithm):
    NAME = "controlsample"
    DISPLAY_NAME = "Control sample of delivered stations"
    GROUP_ID = "precision"
    GROUP = "Precision classes"
    ICON_FILE = "precision.svg"

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFeatureSource("INPUT", self.tr("Delivered stations"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 self.tr("The N stations determined by the contractor, as points. The layer is never modified."))
        self.add(QgsProcessingParameterNumber("SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                              1, minValue=0),
                 self.tr("Seed of the random draw: the same seed on the same layer gives the same sample, so the "
                         "draw can be reproduced and audited. Change it for another sample."))
        self.add(QgsProcessingParameterNumber("SIZE", self.tr("Sample size"), QgsProcessingParameterNumber.Type.Integer,
                                              0, optional=True, minValue=0),
                 self.tr("Number of stations to control; 0 = (ln N)² rounded up, the size of Rennes' "
                         "specification (e.g. 22 stations out of 100)."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Control sample"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 self.tr("The stations drawn, with all their fields, to be measured in the field."))
        self.addOutput(QgsProcessingOutputNumber("N", self.tr("Number of stations")))
        self.addOutput(QgsProcessingOutputNumber("SAMPLE_SIZE", self.tr("Sample size")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            self.fail("The stations layer cannot be read: choose a valid point layer.")
        name = source.sourceName()
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            self.fail("« {name} » is not a point layer ({type}): the stations to draw are points. Choose the "
                      "stations layer.", name=name, type=QgsWkbTypes.displayString(source.wkbType()))
        if not crs_tools.has_crs(source.sourceCrs()):
            # the sample is a field document: stations without a system cannot be found on a map
            self.fail("« {name} » has no CRS: set it (Layer properties › Source) so that the stations drawn can be "
                      "found, then run again.", name=name)
        self.check_numbers(source)
        seed = self._whole(parameters, "SEED", context)
        size = self._whole(parameters, "SIZE", context) if parameters.get("SIZE") not in (None, "") else 0
        steps = self.steps(feedback, 2)  # stations, sample
        fids, xy = self._stations(source, steps, feedback)
        if not fids:
            self.fail("« {name} » holds no station with a geometry: nothing to draw.", name=name)
        N = len(fids)
        if size > N:
            feedback.reportError(self.tr("The sample size {size} is larger than the {count} station(s): every "
                                         "station is kept.").format(size=size, count=N), False)
        picks = precision.control_sample(xy, seed=seed, size=size or None)
        steps.setCurrentStep(1)
        chosen = [fids[i] for i in picks]
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            self.fail("The output layer cannot be created: check the output path.")
        request = QgsFeatureRequest().setFilterFids(chosen)
        for i, feature in enumerate(source.getFeatures(request)):
            self.stop_if_cancelled(feedback)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            steps.setProgress(100 * i / max(len(chosen), 1))
        feedback.pushInfo(self.tr("{size} station(s) drawn out of {count} (seed {seed}).").format(
            size=len(chosen), count=N, seed=seed))
        return {"OUTPUT": dest, "N": N, "SAMPLE_SIZE": len(chosen)}

    def _stations(self, source, steps, feedback):
        """(feature ids, [(x, y)]) of the stations that can be drawn, each place once; the others reported."""
        fids, xy, no_geometry, twins, seen = [], [], [], [], {}
        for row in read_points(source, request=QgsFeatureRequest().setNoAttributes(), feedback=steps,
                               stop=self.stop_if_cancelled):
            if row.problem or not (math.isfinite(row.x) and math.isfinite(row.y)):
                no_geometry.append(row.feature.id())
                continue
            # one station delivered twice (same place to the millimetre) is one station: counted twice it
            # would swell N and could be drawn twice, leaving fewer stations controlled than announced
            key = (round(row.x, 3), round(row.y, 3))
            if key in seen:
                twins.append((row.feature.id(), seen[key]))
                continue
            seen[key] = row.feature.id()
            fids.append(row.feature.id())
            xy.append((row.x, row.y))
        if no_geometry:
            feedback.reportError(self.tr("{count} station(s) without geometry cannot be drawn and are left out "
                                         "(feature ids: {ids}).").format(
                count=len(no_geometry), ids=", ".join(str(f) for f in no_geometry[:50])), False)
        if twins:
            feedback.reportError(self.tr("{count} station(s) lie at the same place as another one and are counted "
                                         "once (feature id = the one kept: {pairs}). Check the delivery for "
                                         "stations delivered twice.").format(
                count=len(twins), pairs=", ".join("{} = {}".format(a, b) for a, b in twins[:50])), False)
        return fids, xy

    def _whole(self, parameters, key, context):
        """A whole number ≥ 0 as given: QGIS' integer reading wraps or truncates beyond 2³¹ and drops fractions,
        and a seed or a size other than the one asked would be a draw nobody can reproduce."""
        value = self.parameterAsDouble(parameters, key, context)
        if not math.isfinite(value) or value < 0 or value != int(value):
            self.fail("« {parameter} » must be a whole number ≥ 0, not {value}.",
                      parameter=self.parameterDefinition(key).description(), value=parameters.get(key))
        return int(value)
