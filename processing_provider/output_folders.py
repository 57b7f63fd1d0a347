"""Output folders checked before any output is written (outputs.check_outputs runs this for every algorithm).

Issue 10: a report in a read-only or missing folder failed with a traceback after the other outputs
were written. Here every destination is checked first, from the parameter definitions, and nothing
is created: a folder Canevas writes into itself (file and folder destinations) may be missing if it
can be created; the folder of a layer written by QGIS (sinks, vector and raster destinations) must
exist, as QGIS does not create it.
"""

import errno
import os
import re
import tempfile

from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProperty,
)

from ..core.messages import N_

_TEMPORARY = ("", "TEMPORARY_OUTPUT")
#: A provider URI (memory:, ogr:, postgres:...), not a path (C:/ and C:\ have a one-letter drive).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_CREATED_BY_CANEVAS = (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)

MISSING = N_("The output « {output} » cannot be written: its folder « {folder} » does not exist. Create it or choose "
             "another folder.")
BLOCKED = N_("The output « {output} » cannot be written: « {blocker} » is a file, not a folder. Choose another "
             "folder.")
#: The same message as core.textfile's for the same problem.
READ_ONLY = N_("The output folder « {folder} » cannot be written ({reason}): choose a folder you can write to.")


def _value(value, context):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())[0]
    return value if isinstance(value, str) else ""


def destinations(alg, parameters, context):
    """(definition, absolute path) of every output written to a file or folder."""
    for definition in alg.destinationParameterDefinitions():
        value = _value(parameters.get(definition.name()), context).strip()
        if value in _TEMPORARY or _SCHEME.match(value):
            continue
        yield definition, os.path.abspath(os.path.expanduser(value.split("|")[0]))


def not_writable(folder):
    """Why nothing can be written in an existing folder ("" when it can), found without leaving anything there."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return os.strerror(errno.EACCES)
    try:  # root passes os.access everywhere: try for real, with an unnamed file where the system allows (O_TMPFILE)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return error.strerror or str(error)
    return ""


def folder_problem(folder, may_create):
    """None, or (template, values) saying why an output cannot be written in `folder`."""
    existing = folder
    while not os.path.lexists(existing) and os.path.dirname(existing) != existing:
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        return BLOCKED, {"blocker": existing}
    if existing != folder and not may_create:
        return MISSING, {"folder": folder}
    reason = not_writable(existing)
    return (READ_ONLY, {"folder": existing, "reason": reason}) if reason else None


def check_folders(alg, parameters, context):
    """Stop (alg.fail) before anything is written when an output's folder cannot be written."""
    for definition, path in destinations(alg, parameters, context):
        folder_output = isinstance(definition, QgsProcessingParameterFolderDestination) or os.path.isdir(path)
        problem = folder_problem(path if folder_output else os.path.dirname(path),
                                 isinstance(definition, _CREATED_BY_CANEVAS))
        if problem is not None:
            template, values = problem
            alg.fail(template, output=alg.tr(definition.description()), **values)
