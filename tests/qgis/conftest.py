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


@pytest.fixture(scope="session", autouse=True)
def c_locale(qgis_app):
    """Numbers as Python writes them (QLocale C) whatever the machine's LANG: the tests that need a user's
    locale (French) set it themselves and restore it."""
    from qgis.PyQt.QtCore import QLocale
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("canevas")
    if provider is None:
        provider = CanevasProvider()  # kept referenced by the fixture for the whole session
        registry.addProvider(provider)
    return provider


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view(qgis_app, qgis_iface):
    """A real layer tree view behind pytest-qgis' mock iface: QGIS ≥ 3.40's Processing hands it to
    C++ when it loads results (a MagicMock there is a TypeError)."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    yield view
    view.deleteLater()


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

        def pushWarning(self, warning):
            self.messages.append(warning)
            super().pushWarning(warning)

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



def pytest_sessionfinish(session, exitstatus):
    session.config.canevas_exit_status = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """End the process once pytest has printed its summary and exit code.

    At interpreter exit Python and sip destroy the remaining QGIS/Qt wrappers in no defined order;
    on QGIS 3.40/3.44 that may segfault after a failed test and hide the result. Nothing is left to
    do here, so the process ends with pytest's own status.
    """
    status = getattr(config, "canevas_exit_status", None)
    if status is not None:
        import os
        import sys
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
