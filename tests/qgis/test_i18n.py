"""The compiled French translation loads in Qt and translates the plugin's strings."""

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def test_french_qm_translates(qgis_app):
    qm = ROOT / "i18n" / "canevas_fr.qm"
    assert qm.is_file(), "run `make translations`"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Canevas", "Parameters") == "Paramètres"
        french = QCoreApplication.translate("Canevas", "Input layer")
        assert french != "Input layer" and "ouche" in french
    finally:
        QCoreApplication.removeTranslator(translator)
