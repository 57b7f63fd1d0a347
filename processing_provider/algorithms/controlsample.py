"""canevas:controlsample — the field control sample of a delivered canevas: (ln N)² stations spread over the area."""

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...core import precision
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
        self.check_numbers(source)
        name = source.sourceName()
        seed = self.parameterAsInt(parameters, "SEED", context)
        size = self.parameterAsInt(parameters, "SIZE", context) if parameters.get("SIZE") is not None else 0
        steps = self.steps(feedback, 2)  # stations, sample
        fids, xy, no_geometry = [], [], []
        for row in read_points(source, request=QgsFeatureRequest().setNoAttributes(), feedback=steps,
                               stop=self.stop_if_cancelled):
            if row.problem:
                no_geometry.append(row.feature.id())
                continue
            fids.append(row.feature.id())
            xy.append((row.x, row.y))
        if no_geometry:
            feedback.reportError(self.tr("{count} station(s) without geometry cannot be drawn and are left out "
                                         "(feature ids: {ids}).").format(
                count=len(no_geometry), ids=", ".join(str(f) for f in no_geometry[:50])), False)
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
