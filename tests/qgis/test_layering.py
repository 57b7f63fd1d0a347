"""The house rules that need QGIS: the version read from metadata.txt, thread flags, the one progress helper."""

import configparser
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingFeedback

from canevas.processing_provider.base import CanevasAlgorithm
from canevas.toolbelt import about
from canevas.toolbelt.qt_compat import no_threading_flag

ROOT = Path(__file__).resolve().parents[2]


def test_provider_version_is_the_one_of_metadata_txt(provider):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    version = parser["general"]["version"]
    assert version and QgsApplication.processingRegistry().providerById("canevas").versionInfo() == version
    assert about.metadata()["qgisMinimumVersion"] == parser["general"]["qgisMinimumVersion"]


def test_metadata_of_a_missing_file_is_empty(tmp_path):
    assert about.metadata(tmp_path / "nothing.txt") == {}


def test_createdatabase_runs_in_the_main_thread(provider):
    """It builds print layouts and registers expression functions: QGIS objects of the main thread."""
    flag = no_threading_flag()
    algorithm = QgsApplication.processingRegistry().algorithmById("canevas:createdatabase")
    assert algorithm.flags() & flag
    # the others keep running in the background
    assert not QgsApplication.processingRegistry().algorithmById("canevas:precisionclass").flags() & flag


def test_steps_split_the_progress_and_reach_a_python_feedback():
    seen = []

    class Recorder(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            seen.append(progress)

    feedback = Recorder()
    steps = CanevasAlgorithm.steps(feedback, 4)
    steps.setProgress(50)
    steps.setCurrentStep(2)
    steps.setProgress(50)
    steps.setProgress(250)  # clamped to the step
    assert seen == [12.5, 50.0, 62.5, 75.0]
    steps.pushInfo("delegated")  # anything else is the run's feedback
    assert not steps.isCanceled()
    feedback.cancel()
    assert steps.isCanceled()
