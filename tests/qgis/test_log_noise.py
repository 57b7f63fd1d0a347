"""Normal runs leave the message log quiet: a station layer outside a register (no ties, visits,
attachments tables) does not make the OGR provider log « Cannot find layer ties. » (issue 14)."""

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from canevas.toolbelt.fiche import related_texts
from canevas.toolbelt.layers import geopackage_holds, geopackage_table

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "canevas_sample.gpkg"


@pytest.fixture
def log(qgis_app):
    messages = []

    def keep(message, tag, level):
        messages.append("{}: {}".format(tag, message))
    QgsApplication.messageLog().messageReceived.connect(keep)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(keep)


@pytest.fixture
def path(tmp_path):
    """A GeoPackage of stations kept outside a register (a space in its name: the check opens it by URI)."""
    path = tmp_path / "stations only.gpkg"
    shutil.copy(SAMPLE, path)
    return str(path)


def station_layer(path):
    # made in the test, not held by a fixture: a layer alive until QGIS exits crashes the interpreter
    layer = QgsVectorLayer("{}|layername=stations_synthetic".format(path), "stations", "ogr")
    assert layer.isValid()
    return layer


def test_the_provider_itself_logs_a_missing_table(log, path):
    # what the plugin used to do: shows that this QGIS logs the noise, so the next test can fail
    assert not QgsVectorLayer("{}|layername=ties".format(path), "ties", "ogr").isValid()
    QgsApplication.processEvents()
    assert any("Cannot find layer ties" in m for m in log), log


def test_a_station_fiche_outside_a_register_logs_nothing(log, path):
    stations = station_layer(path)
    feature = next(stations.getFeatures())
    assert related_texts(stations, feature["matricule"]) == {}
    for table in ("ties", "visits", "attachments", "matricule_ranges"):
        assert geopackage_table(stations, table) is None
    QgsApplication.processEvents()
    assert not [m for m in log if "Cannot find layer" in m], log


def test_an_existing_table_is_still_opened(path):
    stations = station_layer(path)
    assert geopackage_holds(path, "benchmarks_synthetic") is True and geopackage_holds(path, "ties") is False
    sibling = geopackage_table(stations, "Benchmarks_Synthetic")  # OGR matches layer names case-insensitively
    assert sibling is not None and sibling.isValid() and sibling.featureCount() > 0
    assert geopackage_holds(str(Path(path).parent / "absent.gpkg"), "ties") is None  # unreadable: caller tries


def test_threads_filtering_the_proj_notice_leave_stderr_where_it_was():
    import os
    import threading
    import time

    from canevas.toolbelt.crs import without_proj_wkt1_notice
    before = os.fstat(2)

    def filtered(pause):
        with without_proj_wkt1_notice():
            time.sleep(pause)

    # the first thread in ends first: without one swap at a time, the second would put back the first's file
    threads = [threading.Thread(target=filtered, args=(p,)) for p in (0.05, 0.2)]
    for t in threads:
        t.start()
        time.sleep(0.02)
    for t in threads:
        t.join()
    after = os.fstat(2)
    assert (after.st_dev, after.st_ino) == (before.st_dev, before.st_ino)
