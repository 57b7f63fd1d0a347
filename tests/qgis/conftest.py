"""QGIS tier: the provider registered once, and small layer builders."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsVectorLayer,
)

from canevas.processing_provider.provider import CanevasProvider
from canevas.toolbelt.qt_compat import FieldType


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("canevas")
    if provider is None:
        provider = CanevasProvider()  # kept referenced by the fixture for the whole session
        registry.addProvider(provider)
    return provider


@pytest.fixture
def run(provider):
    """processing.run with a feedback that keeps every message, for checking them."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.messages = []

        def pushInfo(self, info):
            self.messages.append(info)
            super().pushInfo(info)

        def reportError(self, error, fatalError=False):
            self.messages.append(error)
            super().reportError(error, fatalError)

    def _run(alg_id, params):
        feedback = Feedback()
        context = QgsProcessingContext()
        result = processing.run(alg_id, params, feedback=feedback, context=context)
        result["_messages"] = feedback.messages
        result["_context"] = context
        return result
    return _run


def make_layer(wkts, crs=None, geometry="PointZ", attributes=None, name="input"):
    """Memory layer from WKT strings; attributes: list of dicts (same keys for every feature)."""
    uri = geometry + ("?crs=" + crs if isinstance(crs, str) else "")
    layer = QgsVectorLayer(uri, name, "memory")
    if isinstance(crs, QgsCoordinateReferenceSystem):
        layer.setCrs(crs)
    elif crs is None:
        layer.setCrs(QgsCoordinateReferenceSystem())
    attributes = attributes or [{} for _ in wkts]
    keys = list(attributes[0]) if attributes else []
    types = {str: FieldType.String, int: FieldType.Int, float: FieldType.Double}
    fields = [QgsField(k, types[type(attributes[0][k])]) for k in keys]
    provider = layer.dataProvider()
    provider.addAttributes(fields)
    layer.updateFields()
    features = []
    for wkt, attrs in zip(wkts, attributes):
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([attrs[k] for k in keys])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    assert layer.isValid()
    return layer


def vertices(layer):
    return [[(v.x(), v.y(), v.z()) for v in f.geometry().vertices()] for f in layer.getFeatures()]

