"""Outputs checked before any algorithm runs: an input is never an output, a GeoPackage holding other
layers (or a layer of another name, or a file that is not a GeoPackage) is never replaced, and a run that
stops removes the output files it had started (README, « Reliability »).

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

from .output_folders import check_folders, destinations

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
    try:
        dataset = ogr.Open(path)
    except RuntimeError:  # QGIS ≥ 3.40 turns GDAL's exceptions on: a damaged file raises instead of giving None
        dataset = None
    if dataset is None:
        return []
    return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]


def _stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def _not_replaceable(path):
    """Why an existing file at a layer output must be kept ("" when it is a previous output that may be
    replaced: a GeoPackage holding one layer named as QGIS names an output written there)."""
    if os.path.isdir(path):
        return "folder"
    if not path.lower().endswith((".gpkg", ".sqlite")):
        return ""
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        return "not a database"
    layers = _other_layers(path)
    if len(layers) > 1:
        return "layers"
    if layers and layers[0].lower() != _stem(path).lower():
        return "layers"
    return ""


def check_outputs(alg, parameters, context):
    """Stop (alg.fail) when an output is an input file, or a GeoPackage holding other layers, or when an output's
    folder cannot be written (output_folders)."""
    inputs = _input_paths(alg, parameters, context)
    for definition, path in _output_paths(alg, parameters, context):
        if path in inputs:
            alg.fail("The output « {output} » ({path}) is the input file: choose another output so that the "
                     "input is kept.", output=alg.tr(definition.description()), path=path)
        why = _not_replaceable(path)
        if why == "layers":
            alg.fail("The output « {output} » ({path}) is a GeoPackage holding other layers ({layers}): Canevas "
                     "never replaces it. Choose a new file name.", output=alg.tr(definition.description()),
                     path=path, layers=", ".join(_other_layers(path)[:10]))
        if why:
            alg.fail("The output « {output} » ({path}) already exists and is not a GeoPackage written by a "
                     "previous run (a folder, another kind of file or a damaged database): Canevas never replaces "
                     "it. Choose a new file name.", output=alg.tr(definition.description()), path=path)
    check_folders(alg, parameters, context)


def new_outputs(alg, parameters, context):
    """The output files that do not exist yet: a run that stops removes them (remove_new_outputs)."""
    return [path for _definition, path in destinations(alg, parameters, context) if not os.path.lexists(path)]


def remove_new_outputs(paths):
    """Remove what a stopped run had started writing at `paths` (files, and folders it created, if left empty),
    so that no half-written output looks like a result."""
    for path in paths:
        try:
            if os.path.isfile(path) or os.path.islink(path):
                os.remove(path)
                for suffix in ("-wal", "-shm", "-journal", ".aux.xml"):
                    if os.path.exists(path + suffix):
                        os.remove(path + suffix)
            elif os.path.isdir(path):
                for folder, _dirs, _files in sorted(os.walk(path), reverse=True):
                    if not os.listdir(folder):
                        os.rmdir(folder)
        except OSError:  # kept: the message of the run says what went wrong, this must not hide it
            pass
