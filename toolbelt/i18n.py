"""Translation glue: one Qt context ("Canevas") for every string of the plugin."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core.messages import NUMBER_STYLE

CONTEXT = "Canevas"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_translator = None


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def locale_code():
    """Two-letter language of the QGIS interface ('fr', 'en'...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale().name()
    return (name or "en")[:2].lower()


def install_translator():
    """Load i18n/canevas_<lang>.qm once per process (GUI, qgis_process and tests alike)."""
    global _translator
    if _translator is not None:
        return
    NUMBER_STYLE.set(number_style())  # the GUI thread's messages (the dock's) in the user's locale
    qm = I18N_DIR / "canevas_{}.qm".format(locale_code())
    if not qm.is_file():
        return
    translator = QTranslator()
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _translator = translator


def number(value, decimals=0):
    """A number as the user writes it (QLocale: « 1 234,5 » in French, « 1,234.5 » in English).

    `decimals` None: as many as needed, up to 6 significant digits (« 2 », « 2,5 »).
    """
    if decimals is None:
        return QLocale().toString(float(value), "g", 6)
    return QLocale().toString(float(value), "f", int(decimals))


def number_style():
    """(decimal separator, thousands separator or "") of QGIS' locale, for core.messages.NUMBER_STYLE."""
    locale = QLocale()
    omit = bool(locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator)
    return str(locale.decimalPoint()), "" if omit else str(locale.groupSeparator())
