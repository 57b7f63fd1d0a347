"""The provider, its algorithms, their help, and the REN09 custom CRS."""

import re

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem

from canevas.core import systems
from canevas.toolbelt import crs as crs_tools

EXPECTED = {"canevas:ren09tocc48", "canevas:cc48toren09", "canevas:transformpointfile",
            "canevas:linearalteration", "canevas:checkcommonpoints"}


def test_algorithms_registered_with_public_ids(provider):
    ids = {alg.id() for alg in provider.algorithms()}
    assert ids >= EXPECTED
    assert provider.id() == "canevas"


def test_every_algorithm_and_parameter_has_help(provider):
    for alg in provider.algorithms():
        text = alg.shortHelpString()
        assert len(text) > 300, alg.id()
        for param in alg.parameterDefinitions():
            assert len(param.help()) > 20, (alg.id(), param.name())
            assert param.description() in text
        assert not alg.icon().isNull()
        # the modeler and batch need a fresh instance that is a full copy
        copy = alg.create()
        assert [p.name() for p in copy.parameterDefinitions()] == [p.name() for p in alg.parameterDefinitions()]


def test_public_parameter_names(provider):
    def names(alg_id):
        return {p.name() for p in QgsApplication.processingRegistry().algorithmById(alg_id).parameterDefinitions()}
    assert {"INPUT", "DATUM_SHIFT", "ASSUME_SOURCE", "OUTPUT"} <= names("canevas:ren09tocc48")
    assert {"INPUT", "DATUM_SHIFT", "ASSUME_SOURCE", "OUTPUT"} <= names("canevas:cc48toren09")


def test_ren09_custom_crs_is_registered_by_name(qgis_app):
    ids = crs_tools.register_user_crs()
    assert set(ids) == set(systems.DATUM_SHIFTS)
    registry = QgsApplication.coordinateReferenceSystemRegistry()
    by_name = {d.name: d for d in registry.userCrsList()}
    assert "REN09 (Rennes 2009)" in by_name
    crs = QgsCoordinateReferenceSystem("USER:{}".format(by_name["REN09 (Rennes 2009)"].id))
    assert crs.isValid()
    assert crs_tools.system_of(crs) == "REN09"
    # the default is REN09 as Rennes defined it: NTF with the 3-parameter shift, no file path anywhere
    assert "+towgs84=-168,-60,320" in crs.toProj() and "/" not in crs.toProj()
    grid = QgsCoordinateReferenceSystem("USER:{}".format(ids[systems.DATUM_GRID]))
    assert grid.description() == "REN09 with the IGN NTF→RGF93 grid (ntf_r93.gsb)"
    # named by file name; PROJ ≥ 9 with proj-data may show the same grid under its PROJ-data name
    assert re.search(r"nadgrids=(fr_ign_)?ntf_r93\.(gsb|tif)\b", grid.toProj()) and "/" not in grid.toProj()
    # a layer whose CRS comes from the same WKT (as in a written file) is recognised as the custom CRS
    same = QgsCoordinateReferenceSystem.fromWkt(systems.ren09_wkt())
    assert (same.authid(), same.description()) == ("USER:{}".format(ids[systems.DATUM_3PARAM]), "REN09 (Rennes 2009)")
    # idempotent: a second load neither duplicates nor renumbers
    assert crs_tools.register_user_crs() == ids
    assert len([d for d in registry.userCrsList() if d.name == "REN09 (Rennes 2009)"]) == 1


def test_old_profile_definition_is_updated_once_with_a_message(qgis_app):
    from qgis.core import QgsApplication as App
    registry = App.coordinateReferenceSystemRegistry()
    ids = crs_tools.register_user_crs()
    # the profile of an older Canevas: the IGN grid by absolute path under the default name, and a 3-parameter twin
    old_grid = QgsCoordinateReferenceSystem.fromProj("{} +nadgrids={} +no_defs".format(
        systems.REN09_PROJECTION, systems.GRID_FILE))
    registry.updateUserCrs(ids[systems.DATUM_3PARAM], old_grid, "REN09 (Rennes 2009)")
    legacy = registry.addUserCrs(QgsCoordinateReferenceSystem.fromProj(systems.ren09_crs_proj(systems.DATUM_3PARAM)),
                                 crs_tools.LEGACY_3PARAM_NAME)
    messages = []

    def keep(message, tag, level):
        if tag == "Canevas":
            messages.append(message)
    App.messageLog().messageReceived.connect(keep)

    class Bar:
        def __init__(self):
            self.pushed = []

        def pushWarning(self, title, text):
            self.pushed.append(text)

    bar = Bar()

    class Iface:
        def messageBar(self):
            return bar
    try:
        assert crs_tools.register_user_crs(Iface()) == ids
        assert crs_tools.register_user_crs(Iface()) == ids  # once: nothing left to update
    finally:
        App.messageLog().messageReceived.disconnect(keep)
    by_name = {d.name: d for d in registry.userCrsList()}
    assert crs_tools.LEGACY_3PARAM_NAME not in by_name and legacy not in {d.id for d in by_name.values()}
    assert "towgs84=-168,-60,320" in by_name["REN09 (Rennes 2009)"].proj
    assert len(messages) == 1 and len(bar.pushed) == 1
    assert "3-parameter shift −168, −60, 320" in messages[0] and "no longer hold a file path" in messages[0]


def test_system_of_epsg_crs(qgis_app):
    assert crs_tools.system_of(QgsCoordinateReferenceSystem("EPSG:3948")) == "CC48"
    assert crs_tools.system_of(QgsCoordinateReferenceSystem("EPSG:2154")) == "L93"
    assert crs_tools.system_of(QgsCoordinateReferenceSystem("EPSG:3949")) is None
    assert crs_tools.system_of(QgsCoordinateReferenceSystem()) is None


def test_every_algorithm_has_english_and_french_help_files(provider):
    from canevas.processing_provider.help import HELP_DIR
    for alg in provider.algorithms():
        for lang in ("en", "fr"):
            path = HELP_DIR / lang / "{}.md".format(alg.name())
            assert path.is_file() and len(path.read_text(encoding="utf-8")) > 300, path


def test_ren09_layers_are_displayed_with_the_exact_pipeline(qgis_app):
    from pathlib import Path

    from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsVectorLayer

    from canevas.core.transform import transform_xy
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "canevas_sample.gpkg"
    project = QgsProject()
    layer = QgsVectorLayer("{}|layername=stations_synthetic".format(sample), "stations", "ogr")
    project.addMapLayer(layer)
    assert crs_tools.use_exact_ren09_operations(project, [layer]) == {"stations": systems.DATUM_3PARAM}
    ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:3948"), project)
    p = ct.transform(47300.0, 68765.0)
    x, y = transform_xy("REN09", "CC48", [47300.0], [68765.0])
    assert abs(p.x() - x[0]) < 1e-6 and abs(p.y() - y[0]) < 1e-6
    back = ct.transform(p, Qgis.TransformDirection.Reverse)
    assert abs(back.x() - 47300.0) < 1e-4 and abs(back.y() - 68765.0) < 1e-4
