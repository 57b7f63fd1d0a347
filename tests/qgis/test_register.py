"""The canevas register: canevas:createdatabase, canevas:importignbenchmarks, canevas:checkmatricules."""

import json
import sqlite3
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)

from canevas.core import register, systems
from canevas.core.transform import transform_xy
from canevas.toolbelt import crs as crs_tools
from canevas.toolbelt.qt_compat import FieldType

from .conftest import make_layer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "canevas_sample.gpkg"


# --- helpers ------------------------------------------------------------------------------------

def create_db(run, tmp_path, crs="EPSG:3948", name="canevas.gpkg"):
    path = tmp_path / name
    result = run("canevas:createdatabase", {"CRS": crs, "OUTPUT": str(path)})
    assert result["OUTPUT"] == str(path)
    return path


def open_layer(path, table):
    layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    assert layer.isValid(), table
    return layer


def gpkg_connection(path):
    """sqlite3 connection with the GeoPackage functions the R-tree triggers call (like any GeoPackage client)."""
    db = sqlite3.connect(str(path))
    db.execute("PRAGMA foreign_keys = ON")  # off by default in SQLite, and a no-op inside a transaction
    db.create_function("ST_IsEmpty", 1, lambda geom: 0)
    for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        db.create_function(name, 1, lambda geom: 0.0)
    return db


def add_features(layer, rows):
    """rows: (wkt or None, {field: value}); returns commitChanges()."""
    assert layer.startEditing()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        for key, value in values.items():
            feature[key] = value
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.addFeatures(features)
    ok = layer.commitChanges()
    if not ok:
        layer.rollBack()
    return ok


def ign_properties(nom, **changes):
    props = {"nom": nom, "domaine": "nivf", "type": "Repère console", "etat": "BON ETAT", "insee": "35238",
             "commune": "Rennes", "cp1_coord3": 31.254, "cp1_srv": "NGF-IGN 1969", "cp1_altitude_type": "normale",
             "cg1_coord1": -1.68, "cg1_coord2": 48.11, "voie_suivie": "RN 12", "voie_de": "Rennes",
             "voie_vers": "Saint-Brieuc", "voie_cote": "droit", "voie_pk": "3.2", "localisation": "Rennes, RN 12",
             "support": "Parapet de pont", "freres_info": "", "vis_date": "2019-05-03", "obs_date": "1984-06-12",
             "expl_gps": "oui", "url_pdf": "https://example.invalid/fiche.pdf"}
    props.update(changes)
    return props


def ign_geojson(path, rows):
    """rows: (properties, (lon, lat) or None). GeoJSON is EPSG:4326.

    When one altitude is a text, all are written as texts: GDAL reads a column mixing numbers and
    texts as a JSON field, whose numbers QGIS does not return.
    """
    if any(isinstance(props["cp1_coord3"], str) for props, _ in rows):
        rows = [(dict(props, cp1_coord3=str(props["cp1_coord3"])), lonlat) for props, lonlat in rows]
    features = [{"type": "Feature", "properties": props,
                 "geometry": {"type": "Point", "coordinates": list(lonlat)} if lonlat else None}
                for props, lonlat in rows]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return str(path)


FIRST_IMPORT = [
    (ign_properties("M.AC - 1", cg1_coord1=-1.70, cg1_coord2=48.12, cp1_coord3=35.125), (-1.70, 48.12)),
    (ign_properties("M.AC - 2", cg1_coord1=-1.65, cg1_coord2=48.10, cp1_coord3=28.4), (-1.65, 48.10)),
    # no geometry: placed from cg1_coord1 / cg1_coord2
    (ign_properties("N.P.K3Q3 - 56", cg1_coord1=-1.62, cg1_coord2=48.13, cp1_coord3=41.0), None),
    (ign_properties(None), (-1.66, 48.11)),
    (ign_properties("GEOD 3512", domaine="geod"), (-1.67, 48.115)),
    (ign_properties("M.AC - 9", cp1_coord3="n.c."), (-1.69, 48.105)),
]


# --- canevas:createdatabase ---------------------------------------------------------------------

def test_create_database_layers_fields_crs_and_styles(run, tmp_path):
    path = tmp_path / "register.gpkg"
    result = run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path)})
    assert result["OUTPUT"] == str(path)
    assert result["LAYERS"].split(",") == list(register.LAYER_NAMES)
    assert result["STATIONS"] == "{}|layername=stations".format(path)
    for table in register.SCHEMA:
        layer = open_layer(path, table.name)
        names = layer.fields().names()
        assert names == ["fid"] + table.field_names, table.name
        if table.geometry:
            assert layer.wkbType() == QgsWkbTypes.Type.PointZ
            assert layer.crs().authid() == "EPSG:3948"
        else:
            assert layer.wkbType() == QgsWkbTypes.Type.NoGeometry
    with sqlite3.connect(str(path)) as db:
        contents = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
        assert contents["stations"] == "features" and contents["ties"] == "attributes"
        assert db.execute("SELECT srs_id, z FROM gpkg_geometry_columns WHERE table_name = 'benchmarks'").fetchone() \
            == (3948, 1)
        styles = {row[0]: row[1:] for row in db.execute(
            "SELECT f_table_name, useAsDefault, styleQML, f_geometry_column FROM layer_styles")}
    assert set(styles) == {"stations", "benchmarks"}
    assert all(use == 1 for use, _, _ in styles.values())
    assert styles["stations"][2] == "geom"
    assert "triangle" in styles["stations"][1] and 'fieldName="matricule"' in styles["stations"][1]
    assert "categorizedSymbol" in styles["benchmarks"][1] and 'attr="etat"' in styles["benchmarks"][1]
    # QGIS applies the embedded default style when the layer is opened
    assert open_layer(path, "stations").labelsEnabled()
    assert open_layer(path, "benchmarks").renderer().type() == "categorizedSymbol"


def test_constraints_are_real_sqlite_constraints(run, tmp_path):
    path = create_db(run, tmp_path)
    stations = open_layer(path, "stations")
    assert add_features(stations, [("PointZ (1350000 7225000 31.2)", {"matricule": "R10001"})])
    # a second station with the same matricule: the commit through QGIS fails, nothing is written
    assert not add_features(stations, [("PointZ (1350010 7225000 31.0)", {"matricule": "R10002"}),
                                       ("PointZ (1350020 7225000 31.0)", {"matricule": "R10001"})])
    assert any("UNIQUE" in e for e in stations.commitErrors())
    assert [f["matricule"] for f in open_layer(path, "stations").getFeatures()] == ["R10001"]
    db = gpkg_connection(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            db.execute("INSERT INTO stations (matricule) VALUES ('R10001')")
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            db.execute("INSERT INTO stations (type_repere) VALUES ('clou')")
        db.execute("INSERT INTO ties (station_matricule, cible, distance_m) VALUES ('R10001', 'angle mur', 4.21)")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO ties (station_matricule, cible, distance_m) VALUES ('R77777', 'poteau', 3.1)")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO visits (station_matricule, date) VALUES ('R77777', '2024-01-05')")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("INSERT INTO attachments (station_matricule, kind) VALUES ('R10001', 'video')")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("INSERT INTO matricule_ranges (prestataire, first, last) VALUES ('X', 20, 10)")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            db.execute("INSERT INTO benchmarks (nom) VALUES ('A'), ('A')")
        db.commit()
    finally:
        db.close()
    ranges = open_layer(path, "matricule_ranges")
    assert not add_features(ranges, [(None, {"prestataire": "X", "first": 30, "last": 10})])
    assert add_features(ranges, [(None, {"prestataire": "X", "first": 10, "last": 30})])


def test_create_database_in_ren09(run, tmp_path):
    path = create_db(run, tmp_path, crs_tools.ren09_crs())
    stations = open_layer(path, "stations")
    assert crs_tools.system_of(stations.crs()) == "REN09"
    assert crs_tools.system_of(open_layer(path, "benchmarks").crs()) == "REN09"
    with sqlite3.connect(str(path)) as db:
        srs = db.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'stations'").fetchone()[0]
        definition = db.execute("SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (srs,)).fetchone()[0]
    assert srs == register.REN09_SRS_ID
    assert "REN09" in definition and "ntf_r93" not in definition  # no machine-specific grid path stored
    # the stored CRS puts Rennes town hall where the plugin's REN09 does (QGIS picks its own NTF shift: < 3 m)
    to_wgs84 = QgsCoordinateTransform(stations.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsCoordinateTransformContext())
    x, y = transform_xy("RGF93G", "REN09", -1.6797, 48.1115, systems.DATUM_GRID)
    lonlat = to_wgs84.transform(QgsPointXY(float(x), float(y)))
    assert abs(lonlat.x() + 1.6797) < 5e-5 and abs(lonlat.y() - 48.1115) < 5e-5


def test_create_database_as_temporary_output_loads_its_layers(provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": "TEMPORARY_OUTPUT"},
                            context=context, feedback=QgsProcessingFeedback())
    assert result["OUTPUT"].endswith(".gpkg") and Path(result["OUTPUT"]).is_file()
    to_load = context.layersToLoadOnCompletion()
    assert sorted(details.name for details in to_load.values()) == sorted(register.LAYER_NAMES)
    assert result["BENCHMARKS"] in to_load


@pytest.mark.parametrize("crs", ["EPSG:2154", "EPSG:4326", "EPSG:27572"])
def test_create_database_refuses_other_systems(run, tmp_path, crs):
    with pytest.raises(QgsProcessingException) as error:
        run("canevas:createdatabase", {"CRS": crs, "OUTPUT": str(tmp_path / "x.gpkg")})
    message = str(error.value)
    assert "CC48" in message and "REN09" in message and "choose one of these two systems" in message
    assert not (tmp_path / "x.gpkg").exists()


def test_create_database_bad_paths(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="does not end with .gpkg"):
        run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(tmp_path / "register.sqlite")})
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(tmp_path / "nowhere" / "r.gpkg")})
    (tmp_path / "folder.gpkg").mkdir()
    with pytest.raises(QgsProcessingException, match="is a folder"):
        run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(tmp_path / "folder.gpkg")})
    path = create_db(run, tmp_path)
    with pytest.raises(QgsProcessingException, match="already exists"):
        create_db(run, tmp_path)  # an empty register is replaced only when asked
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path), "OVERWRITE": True})
    assert add_features(open_layer(path, "stations"), [("PointZ (1350000 7225000 31.2)", {"matricule": "R1"})])
    with pytest.raises(QgsProcessingException, match="never overwritten"):
        create_db(run, tmp_path)
    assert open_layer(path, "stations").featureCount() == 1


def _checksum(path):
    import hashlib
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_create_database_never_replaces_other_files(run, tmp_path):
    from osgeo import ogr
    # a user's GeoPackage with a layer of their own
    other = str(tmp_path / "mine.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(other)
    ds.CreateLayer("parcels", geom_type=ogr.wkbPolygon)
    ds = None
    # a text file named .gpkg, and a damaged register
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database", encoding="utf-8")
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    for path, message in ((other, "holding other layers"), (text, "not a readable GeoPackage"),
                          (damaged, "not a readable GeoPackage")):
        before = _checksum(path)
        for overwrite in (False, True):
            with pytest.raises(QgsProcessingException, match=message):
                run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path), "OVERWRITE": overwrite})
            assert _checksum(path) == before


# --- canevas:importignbenchmarks ----------------------------------------------------------------

def first_vertex(feature):
    geometry = feature.geometry()  # kept alive while its vertices are read
    vertex = next(iter(geometry.vertices()))
    return vertex.x(), vertex.y(), vertex.z()


def benchmarks_by_nom(path):
    layer = open_layer(path, "benchmarks")
    return {f["nom"]: f for f in layer.getFeatures()}


def test_import_ign_benchmarks_added_updated_unchanged_rejected(run, tmp_path):
    path = create_db(run, tmp_path)
    source = ign_geojson(tmp_path / "ign.geojson", FIRST_IMPORT)
    result = run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path),
                                                 "REJECTED_OUTPUT": "memory:"})
    assert (result["ADDED"], result["UPDATED"], result["UNCHANGED"], result["REJECTED"]) == (3, 0, 0, 3)
    rejected = result["REJECTED_OUTPUT"]
    reasons = sorted(f["reason"] for f in rejected.getFeatures())
    assert len(reasons) == 3
    assert any("no « nom »" in r for r in reasons)
    assert any("domaine « geod » is not « nivf »" in r for r in reasons)
    assert any("« n.c. » is not a number" in r for r in reasons)
    assert any("M.AC - 9" in m and "is not a number" in m for m in result["_messages"])

    stored = benchmarks_by_nom(path)
    assert set(stored) == {"M.AC - 1", "M.AC - 2", "N.P.K3Q3 - 56"}
    for nom, lon, lat, z in (("M.AC - 1", -1.70, 48.12, 35.125), ("N.P.K3Q3 - 56", -1.62, 48.13, 41.0)):
        x, y, pz = first_vertex(stored[nom])
        ex, ey = transform_xy("RGF93G", "CC48", lon, lat, systems.DATUM_GRID)
        assert abs(x - ex) < 1e-4 and abs(y - ey) < 1e-4
        assert pz == pytest.approx(z)
        assert stored[nom]["cp1_coord3"] == pytest.approx(z)
    first = stored["M.AC - 1"]
    assert first["vis_date"].toString("yyyy-MM-dd") == "2019-05-03"
    assert first["cp1_srv"] == "NGF-IGN 1969" and first["url_pdf"].endswith("fiche.pdf")

    # a local remark survives the next import
    layer = open_layer(path, "benchmarks")
    assert layer.startEditing()
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("remarques"), "repeint en 2024")
    assert layer.commitChanges()

    changed = list(FIRST_IMPORT)
    changed[0] = (ign_properties("M.AC - 1", cg1_coord1=-1.70, cg1_coord2=48.12, cp1_coord3=35.131), (-1.70, 48.12))
    source = ign_geojson(tmp_path / "ign2.geojson", changed)
    result = run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path)})
    assert (result["ADDED"], result["UPDATED"], result["UNCHANGED"], result["REJECTED"]) == (0, 1, 2, 3)
    assert result["REJECTED_OUTPUT"] is None
    assert any("M.AC - 1" in m and "cp1_coord3" in m for m in result["_messages"])
    again = benchmarks_by_nom(path)["M.AC - 1"]
    assert again["cp1_coord3"] == pytest.approx(35.131)
    assert first_vertex(again)[2] == pytest.approx(35.131)
    assert again["remarques"] == "repeint en 2024"

    # without the nivf filter the geodetic point comes in too
    result = run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path), "ONLY_NIVF": False})
    assert (result["ADDED"], result["UPDATED"], result["UNCHANGED"], result["REJECTED"]) == (1, 0, 3, 2)


def test_import_duplicates_in_input_and_ren09_database(run, tmp_path):
    path = create_db(run, tmp_path, crs_tools.ren09_crs(), "ren09.gpkg")
    rows = FIRST_IMPORT[:2] + [FIRST_IMPORT[0]]
    result = run("canevas:importignbenchmarks", {"INPUT": ign_geojson(tmp_path / "dup.geojson", rows),
                                                 "DATABASE": str(path)})
    assert (result["ADDED"], result["REJECTED"]) == (2, 1)
    assert any("appears more than once" in m for m in result["_messages"])
    x, y, _ = first_vertex(benchmarks_by_nom(path)["M.AC - 1"])
    ex, ey = transform_xy("RGF93G", "REN09", -1.70, 48.12, systems.DEFAULT_DATUM_SHIFT)
    assert abs(x - ex) < 1e-4 and abs(y - ey) < 1e-4


def test_import_with_fewer_fields_keeps_the_stored_values(run, tmp_path):
    path = create_db(run, tmp_path)
    run("canevas:importignbenchmarks", {"INPUT": ign_geojson(tmp_path / "full.geojson", FIRST_IMPORT[:2]),
                                        "DATABASE": str(path)})
    keep = ("nom", "domaine", "etat", "cp1_coord3")
    rows = [({k: v for k, v in props.items() if k in keep}, lonlat) for props, lonlat in FIRST_IMPORT[:2]]
    rows[1][0]["etat"] = "MAUVAIS ETAT"
    result = run("canevas:importignbenchmarks", {"INPUT": ign_geojson(tmp_path / "few.geojson", rows),
                                                 "DATABASE": str(path)})
    assert (result["ADDED"], result["UPDATED"], result["UNCHANGED"], result["REJECTED"]) == (0, 1, 1, 0)
    assert any("left empty" in m and "url_pdf" in m for m in result["_messages"])
    stored = benchmarks_by_nom(path)
    assert stored["M.AC - 2"]["etat"] == "MAUVAIS ETAT"
    assert stored["M.AC - 2"]["url_pdf"].endswith("fiche.pdf") and stored["M.AC - 1"]["commune"] == "Rennes"


def test_import_rolls_back_everything_when_the_database_refuses_a_row(run, tmp_path):
    path = create_db(run, tmp_path)
    run("canevas:importignbenchmarks", {"INPUT": ign_geojson(tmp_path / "a.geojson", FIRST_IMPORT[:2]),
                                        "DATABASE": str(path)})
    with sqlite3.connect(str(path)) as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON benchmarks WHEN NEW.nom = 'REFUSED' "
                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    rows = [(ign_properties("M.AC - 1", cp1_coord3=99.0, cg1_coord1=-1.70, cg1_coord2=48.12), (-1.70, 48.12)),
            (ign_properties("M.AC - 3"), (-1.64, 48.10)), (ign_properties("REFUSED"), (-1.63, 48.10))]
    with pytest.raises(QgsProcessingException, match="nothing was changed in the database"):
        run("canevas:importignbenchmarks", {"INPUT": ign_geojson(tmp_path / "b.geojson", rows),
                                            "DATABASE": str(path)})
    stored = benchmarks_by_nom(path)
    assert set(stored) == {"M.AC - 1", "M.AC - 2"}
    assert stored["M.AC - 1"]["cp1_coord3"] == pytest.approx(35.125)


def test_import_into_a_non_canevas_geopackage_or_file(run, tmp_path):
    source = ign_geojson(tmp_path / "ign.geojson", FIRST_IMPORT)
    with pytest.raises(QgsProcessingException, match="is not a Canevas database") as error:
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(SAMPLE)})
    assert "stations" in str(error.value) and "Create a Canevas database" in str(error.value)
    fake = tmp_path / "fake.gpkg"
    fake.write_text("not a database", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is not a GeoPackage"):
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(fake)})
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(tmp_path / "missing.gpkg")})


def test_import_into_an_altered_canevas_database(run, tmp_path):
    source = ign_geojson(tmp_path / "ign.geojson", FIRST_IMPORT)
    path = create_db(run, tmp_path, name="dropped.gpkg")
    with sqlite3.connect(str(path)) as db:
        db.execute("ALTER TABLE benchmarks DROP COLUMN url_pdf")
    with pytest.raises(QgsProcessingException, match="lacks the field.s. url_pdf"):
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path)})
    path = create_db(run, tmp_path, name="moved.gpkg")
    with sqlite3.connect(str(path)) as db:
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = 4326 WHERE table_name = 'benchmarks'")
        db.execute("UPDATE gpkg_contents SET srs_id = 4326 WHERE table_name = 'benchmarks'")
    with pytest.raises(QgsProcessingException, match="neither CC48 nor REN09"):
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path)})


def test_import_refuses_input_that_is_not_ign_data(run, tmp_path):
    path = create_db(run, tmp_path)
    layer = make_layer(["Point (-1.68 48.11)"], "EPSG:4326", "Point", [{"name": "x", "altitude": 3.0}])
    with pytest.raises(QgsProcessingException, match="has no « nom » field"):
        run("canevas:importignbenchmarks", {"INPUT": layer, "DATABASE": str(path)})
    lines = make_layer(["LineString (-1.68 48.11, -1.67 48.12)"], "EPSG:4326", "LineString", [{"nom": "A"}])
    with pytest.raises(QgsProcessingException, match="IGN benchmarks are points"):
        run("canevas:importignbenchmarks", {"INPUT": lines, "DATABASE": str(path)})
    no_crs = make_layer(["Point (-1.68 48.11)"], None, "Point", [{"nom": "A"}])
    with pytest.raises(QgsProcessingException, match="has no CRS"):
        run("canevas:importignbenchmarks", {"INPUT": no_crs, "DATABASE": str(path)})


def test_import_the_sample_benchmarks(run, tmp_path):
    path = create_db(run, tmp_path)
    source = "{}|layername=benchmarks_synthetic".format(SAMPLE)
    result = run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path)})
    assert (result["ADDED"], result["UPDATED"], result["UNCHANGED"], result["REJECTED"]) == (650, 0, 0, 0)
    layer = open_layer(path, "benchmarks")
    assert layer.featureCount() == 650
    sample = {f["nom"]: f for f in QgsVectorLayer(source, "s", "ogr").getFeatures()}
    for feature in list(layer.getFeatures())[:20]:
        x, y, z = first_vertex(feature)
        original = sample[feature["nom"]].geometry().asPoint()
        assert abs(x - original.x()) < 1e-6 and abs(y - original.y()) < 1e-6
        assert z == pytest.approx(feature["cp1_coord3"])
    result = run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path)})
    assert (result["ADDED"], result["UNCHANGED"]) == (0, 650)


# --- canevas:checkmatricules --------------------------------------------------------------------

def stations_layer(matricules):
    wkts = ["PointZ ({} 68000 30)".format(47000 + 10 * i) for i in range(len(matricules))]
    return make_layer(wkts, crs_tools.ren09_crs(), "PointZ",
                      [{"matricule": m, "prestataire": "test"} for m in matricules], name="stations")


def ranges_layer(rows):
    layer = QgsVectorLayer("None?field=prestataire:string&field=first:integer&field=last:integer", "ranges",
                           "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert layer.isValid() and layer.featureCount() == len(rows)
    return layer


def test_check_matricules_finds_duplicates_outside_overlaps_and_gaps(run, tmp_path):
    stations = stations_layer(["R10001", "R10002", "R10004", "R10005", "R10002", "R99999", "R20001"])
    ranges = ranges_layer([("Régie", 10001, 10010), ("Ouest Topo", 10008, 10020), ("Armor", 20001, 20100)])
    report = tmp_path / "matricules.html"
    result = run("canevas:checkmatricules", {"STATIONS": stations, "RANGES": ranges, "OUTPUT": "memory:",
                                             "REPORT": str(report)})
    assert (result["DUPLICATES"], result["OUTSIDE_RANGES"], result["OVERLAPPING_RANGES"], result["GAPS"],
            result["MISSING"]) == (1, 1, 1, 1, 0)
    problems = {f["matricule"] + "#" + str(i): f["probleme"] for i, f in enumerate(result["OUTPUT"].getFeatures())}
    assert sorted(problems.values()) == ["duplicate (2 stations)", "duplicate (2 stations)", "outside any range"]
    assert result["OUTPUT"].wkbType() == stations.wkbType()
    text = report.read_text(encoding="utf-8")
    assert "R10002" in text and "R99999" in text and "10003" in text and "Ouest Topo" in text
    assert any("R10003" in m or "10003" in m for m in result["_messages"])
    assert any("overlap" in m for m in result["_messages"])
    assert result["REPORT"] == str(report)


def test_check_matricules_on_the_sample_stations_is_clean(run):
    stations = "{}|layername=stations_synthetic".format(SAMPLE)
    ranges = ranges_layer([("Régie", 10001, 10999), ("Ouest Topo", 21001, 21999), ("Vilaine", 34001, 34999),
                           ("Armor", 47001, 47999)])
    result = run("canevas:checkmatricules", {"STATIONS": stations, "RANGES": ranges, "OUTPUT": "memory:"})
    counts = (result["DUPLICATES"], result["OUTSIDE_RANGES"], result["OVERLAPPING_RANGES"], result["GAPS"])
    assert counts == (0, 0, 0, 0)
    assert result["OUTPUT"].featureCount() == 0
    assert result["REPORT"] is None


def test_check_matricules_on_a_canevas_database(run, tmp_path):
    path = create_db(run, tmp_path)
    assert add_features(open_layer(path, "stations"), [
        ("PointZ (1350000 7225000 31.2)", {"matricule": "R00101"}),
        ("PointZ (1350010 7225000 31.2)", {"matricule": "R00103"}),
        ("PointZ (1350020 7225000 31.2)", {"matricule": "S00001"})])
    assert add_features(open_layer(path, "matricule_ranges"), [
        (None, {"prestataire": "Cabinet Ouest Topo", "prefixe": "R", "first": 101, "last": 199})])
    result = run("canevas:checkmatricules", {"STATIONS": "{}|layername=stations".format(path),
                                             "RANGES": "{}|layername=matricule_ranges".format(path),
                                             "OUTPUT": "memory:"})
    assert (result["DUPLICATES"], result["OUTSIDE_RANGES"], result["GAPS"]) == (0, 1, 1)
    assert [f["matricule"] for f in result["OUTPUT"].getFeatures()] == ["S00001"]
    assert any("next free: R00104" in m for m in result["_messages"])


def test_check_matricules_bad_inputs(run):
    stations = stations_layer(["R10001"])
    with pytest.raises(QgsProcessingException, match="lacks the field"):
        run("canevas:checkmatricules", {"STATIONS": stations, "OUTPUT": "memory:",
                                        "RANGES": make_layer([None], None, "None", [{"prestataire": "A", "first": 1}])})
    with pytest.raises(QgsProcessingException, match="swap first and last"):
        run("canevas:checkmatricules", {"STATIONS": stations, "OUTPUT": "memory:",
                                        "RANGES": ranges_layer([("A", 20, 10)])})
    with pytest.raises(QgsProcessingException, match="holds no range"):
        run("canevas:checkmatricules", {"STATIONS": stations, "OUTPUT": "memory:", "RANGES": ranges_layer([])})
    with pytest.raises(QgsProcessingException, match="does not end with a number"):
        run("canevas:checkmatricules", {"STATIONS": stations, "OUTPUT": "memory:",
                                        "RANGES": make_layer([None], None, "None",
                                                             [{"prestataire": "A", "first": "R1", "last": "Rxx"}])})
    empty = make_layer([], crs_tools.ren09_crs(), "PointZ")
    empty.dataProvider().addAttributes([QgsField("matricule", FieldType.String)])
    empty.updateFields()
    with pytest.raises(QgsProcessingException, match="holds no station"):
        run("canevas:checkmatricules", {"STATIONS": empty, "OUTPUT": "memory:",
                                        "RANGES": ranges_layer([("A", 1, 10)])})
    no_field = make_layer(["Point (1 2)"], "EPSG:3948", "Point", [{"numero": "R1"}])
    with pytest.raises(QgsProcessingException):
        run("canevas:checkmatricules", {"STATIONS": no_field, "OUTPUT": "memory:",
                                        "RANGES": ranges_layer([("A", 1, 10)])})
    with pytest.raises(QgsProcessingException, match="« code » is missing"):
        run("canevas:checkmatricules", {"STATIONS": stations, "MATRICULE_FIELD": "code", "OUTPUT": "memory:",
                                        "RANGES": ranges_layer([("A", 1, 10)])})
