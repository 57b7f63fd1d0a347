"""Outputs checked before any algorithm runs: an input is never an output, a GeoPackage holding other
layers is never replaced (README, « Reliability »).

QGIS' dialogs ask before overwriting a file (the user's explicit choice), but Processing then replaces
the whole file: a register or project GeoPackage would lose every other layer. Checked here for every
algorithm, once, from the parameter definitions.
"""

import os

from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)

from .output_folders import check_folders

_TEMPORARY = ("", "memory:", "TEMPORARY_OUTPUT")
_INPUT_TYPES = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                QgsProcessingParameterRasterLayer, QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers)


def _path_of_uri(uri):
    """The file behind a layer source or an output value ("a.gpkg|layername=x", "ogr:dbname='a.gpkg' ..."), or ""."""
    uri = str(uri or "")
    if uri in _TEMPORARY or uri.startswith(("memory:", "postgres:", "spatialite:")):
        return ""
    if uri.startswith("ogr:"):
        return ""  # a table added to a database: never replaces the file
    try:
        path = QgsProviderRegistry.instance().decodeUri("ogr", uri).get("path") or uri.split("|")[0]
    except Exception:  # an unknown URI is not a file
        path = uri.split("|")[0]
    return os.path.abspath(path) if path and os.path.exists(path) else ""


def _output_paths(alg, parameters, context):
    for definition in alg.destinationParameterDefinitions():
        if definition.name() in alg.OUTPUTS_CHECKED_BY_ALGORITHM:
            continue
        value = parameters.get(definition.name())
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.valueAsString(context.expressionContext())[0]
        path = _path_of_uri(value) if isinstance(value, str) else ""
        if path and os.path.isfile(path):
            yield definition, path


def _input_paths(alg, parameters, context):
    paths = set()
    for definition in alg.parameterDefinitions():
        if not isinstance(definition, _INPUT_TYPES) or parameters.get(definition.name()) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFile):
            values = [alg.parameterAsFile(parameters, definition.name(), context)]
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            values = [layer.source() for layer in alg.parameterAsLayerList(parameters, definition.name(), context)]
        else:
            layer = alg.parameterAsLayer(parameters, definition.name(), context)
            values = [layer.source()] if layer is not None else []
        paths.update(p for p in (_path_of_uri(v) for v in values) if p)
    return paths


def _other_layers(path):
    """Names of the layers of a GeoPackage/SQLite file (empty for other formats)."""
    if not path.lower().endswith((".gpkg", ".sqlite", ".db")):
        return []
    from osgeo import ogr  # GDAL's bindings ship with QGIS
    dataset = ogr.Open(path)
    if dataset is None:
        return []
    return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]


def check_outputs(alg, parameters, context):
    """Stop (alg.fail) when an output is an input file, or a GeoPackage holding other layers, or when an output's
    folder cannot be written (output_folders)."""
    inputs = _input_paths(alg, parameters, context)
    for definition, path in _output_paths(alg, parameters, context):
        if path in inputs:
            alg.fail("The output « {output} » ({path}) is the input file: choose another output so that the "
                     "input is kept.", output=alg.tr(definition.description()), path=path)
        layers = _other_layers(path)
        if len(layers) > 1:
            alg.fail("The output « {output} » ({path}) is a GeoPackage holding other layers ({layers}): Canevas "
                     "never replaces it. Choose a new file name.", output=alg.tr(definition.description()),
                     path=path, layers=", ".join(layers[:10]))
    check_folders(alg, parameters, context)
