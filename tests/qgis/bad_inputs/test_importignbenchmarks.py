"""canevas:importignbenchmarks on bad inputs: all or nothing, outputs never over an input, implausible rows rejected."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def ign_row(nom, lon, lat, z, geometry=True, **changes):
    props = {"nom": nom, "domaine": "nivf", "etat": "BON ETAT", "commune": "Rennes", "cp1_coord3": z,
             "cg1_coord1": lon, "cg1_coord2": lat, "vis_date": "2019-05-03"}
    props.update(changes)
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [lon, lat]} if geometry else None}


def ign_geojson(path, rows):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": rows}), encoding="utf-8")
    return str(path)


GOOD = [ign_row("M.AC - {}".format(i), -1.70 + i / 100, 48.12, 30.0 + i) for i in range(5)]


def create_db(run, tmp_path):
    path = tmp_path / "canevas.gpkg"
    run("canevas:createdatabase", {"CRS": "EPSG:3948", "OUTPUT": str(path)})
    return path


def stored(path):
    layer = QgsVectorLayer("{}|layername=benchmarks".format(path), "benchmarks", "ogr")
    assert layer.isValid()
    return {f["nom"]: f for f in layer.getFeatures()}


def test_rejected_output_over_the_database_is_refused_and_nothing_is_written(run, tmp_path):
    path = create_db(run, tmp_path)
    source = ign_geojson(tmp_path / "ign.geojson", GOOD)
    for dest in (str(path), "ogr:dbname='{}' table=\"rejected\" (geom)".format(path)):
        with pytest.raises(QgsProcessingException, match="is the Canevas database itself|is the input file"):
            run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path), "REJECTED_OUTPUT": dest})
        assert stored(path) == {}
    # the register still has all its layers
    run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path)})
    assert len(stored(path)) == 5


def test_rejected_output_over_the_input_is_refused(run, tmp_path):
    path = create_db(run, tmp_path)
    source = ign_geojson(tmp_path / "ign.geojson", GOOD)
    before = Path(source).read_bytes()
    with pytest.raises(QgsProcessingException, match="is the input file"):
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path), "REJECTED_OUTPUT": source})
    assert Path(source).read_bytes() == before
    assert stored(path) == {}


def test_a_failing_rejected_output_leaves_the_database_untouched(run, tmp_path):
    path = create_db(run, tmp_path)
    source = ign_geojson(tmp_path / "ign.geojson", GOOD + [ign_row(None, -1.6, 48.1, 20.0)])
    with pytest.raises(QgsProcessingException):
        run("canevas:importignbenchmarks", {"INPUT": source, "DATABASE": str(path),
                                             "REJECTED_OUTPUT": str(tmp_path / "no" / "such" / "dir" / "r.gpkg")})
    assert stored(path) == {}


def test_implausible_rows_are_rejected_with_their_reason(run, tmp_path):
    path = create_db(run, tmp_path)
    rows = GOOD[:2] + [
        ign_row("HIGH", -1.60, 48.10, 99999.0),
        ign_row("LOW", -1.61, 48.10, -500.0),
        ign_row("SWAPPED", 48.13, -1.62, 31.0),  # lat/lon exchanged, geometry and fields
        dict(ign_row("SWAPPED GEOM", -1.63, 48.13, 31.0), geometry={"type": "Point", "coordinates": [48.13, -1.63]}),
        ign_row("SYDNEY", 151.21, -33.87, 20.0),
        ign_row("SYDNEY NO GEOM", 151.21, -33.87, 20.0, geometry=False),
        ign_row("LOW OK", -1.64, 48.10, -2.0),
    ]
    result = run("canevas:importignbenchmarks", {"INPUT": ign_geojson(tmp_path / "bad.geojson", rows),
                                                 "DATABASE": str(path), "REJECTED_OUTPUT": "memory:"})
    assert (result["ADDED"], result["REJECTED"]) == (3, 6)
    assert set(stored(path)) == {"M.AC - 0", "M.AC - 1", "LOW OK"}
    for feature in stored(path).values():  # nothing stored far away
        x, y = feature.geometry().asPoint().x(), feature.geometry().asPoint().y()
        assert 1.0e6 < x < 2.5e6 and 7.0e6 < y < 7.5e6
    reasons = {f["nom"]: f["reason"] for f in result["REJECTED_OUTPUT"].getFeatures()}
    assert "outside the plausible NGF-IGN69 altitudes of mainland France (-10.0 … 4810.0 m)" in reasons["HIGH"]
    assert "-500.0 m is outside" in reasons["LOW"]
    assert "latitude and longitude are swapped" in reasons["SWAPPED"]
    assert "geometry" in reasons["SWAPPED GEOM"] and "swapped" in reasons["SWAPPED GEOM"]
    assert "outside mainland France" in reasons["SYDNEY"]
    assert "outside mainland France" in reasons["SYDNEY NO GEOM"]
