"""What differs between the QGIS versions Canevas supports: 3.22 (Qt5) up to QGIS 4 (Qt6).

- field types: QgsField takes a QMetaType.Type since QGIS 3.38 (the QVariant.Type overload is
  deprecated there, and QVariant.Type is gone with PyQt6); older versions only take QVariant.Type;
- QAction, QActionGroup and QShortcut live in QtGui with Qt6, in QtWidgets with Qt5;
- QgsMapLayer.saveStyleToDatabase is deprecated for saveStyleToDatabaseV2 (QGIS 3.44);
- Processing algorithm and parameter flags moved to Qgis.ProcessingAlgorithmFlag and
  Qgis.ProcessingParameterFlag (QGIS 3.36).

Everything else in the plugin uses fully scoped enums, which both PyQt5 and PyQt6 accept.
"""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType

try:  # Qt6
    from qgis.PyQt.QtGui import QAction, QActionGroup, QShortcut
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction, QActionGroup, QShortcut

__all__ = ["QAction", "QActionGroup", "QShortcut", "FieldType", "USES_QMETATYPE", "new_field", "field_type_is",
           "save_style_to_database", "no_threading_flag", "advanced_flag", "set_advanced", "is_advanced"]

USES_QMETATYPE = Qgis.QGIS_VERSION_INT >= 33800


def _qvariant_types():
    from qgis.PyQt.QtCore import QVariant  # the Type enum only exists with PyQt5
    return QVariant.Type


class FieldType:
    """The field types Canevas writes, as the running QGIS wants them in QgsField."""

    if USES_QMETATYPE:
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
    else:
        String = _qvariant_types().String
        Int = _qvariant_types().Int
        LongLong = _qvariant_types().LongLong
        Double = _qvariant_types().Double
        Bool = _qvariant_types().Bool
        Date = _qvariant_types().Date
        DateTime = _qvariant_types().DateTime


def new_field(name, kind, type_name="", length=0, precision=0, comment=""):
    """A QgsField of FieldType `kind` (FieldType.String...)."""
    return QgsField(name, kind, type_name, length, precision, comment)


def _code(kind):
    """The number behind a QVariant.Type / QMetaType.Type value (equal for the same type)."""
    value = getattr(kind, "value", kind)  # PyQt6 enums are Python enums; PyQt5 ones are ints
    return int(value)


def field_type_is(field, *kinds):
    """True when the QgsField's type is one of `kinds` (FieldType values).

    field.type() is a QVariant.Type up to QGIS 3.36 and a QMetaType.Type since 3.38; both number
    their common types the same way, which this compares.
    """
    code = _code(field.type())
    return any(code == _code(kind) for kind in kinds)


def save_style_to_database(layer, name, description, use_as_default, ui_content=""):
    """Save the layer's style in its data source (GeoPackage layer_styles); returns (saved, QGIS error text)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):  # the old method is deprecated since QGIS 3.44
        result, error = layer.saveStyleToDatabaseV2(name, description, use_as_default, ui_content)
        failed = getattr(getattr(type(layer), "SaveStyleResult", None), "DatabaseWriteFailed", None)
        return not error and not (failed is not None and _flags_contain(result, failed)), error or ""
    error = layer.saveStyleToDatabase(name, description, use_as_default, ui_content)
    return not error, error or ""


def _flags_contain(flags, flag):
    try:
        return bool(flags & flag)
    except TypeError:  # an unexpected result type: trust the error text alone
        return False


def no_threading_flag():
    """The Processing flag « run in the main thread »: Qgis.ProcessingAlgorithmFlag (QGIS ≥ 3.36) or the older one."""
    flags = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    if flags is not None:
        return flags.NoThreading
    from qgis.core import QgsProcessingAlgorithm
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


def advanced_flag():
    """The Processing parameter flag « Advanced »: Qgis.ProcessingParameterFlag (QGIS ≥ 3.36) or the older one."""
    flags = getattr(Qgis, "ProcessingParameterFlag", None)
    if flags is not None:
        return flags.Advanced
    from qgis.core import QgsProcessingParameterDefinition
    return QgsProcessingParameterDefinition.Flag.FlagAdvanced


def set_advanced(param):
    """Show the parameter in the dialog's « Advanced parameters » group; returns it."""
    param.setFlags(param.flags() | advanced_flag())
    return param


def is_advanced(param):
    return _flags_contain(param.flags(), advanced_flag())
