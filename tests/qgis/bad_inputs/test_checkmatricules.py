"""canevas:checkmatricules on bad inputs: a huge range is checked without listing its numbers."""

from qgis.core import QgsFeature, QgsVectorLayer

from canevas.toolbelt import crs as crs_tools

from .conftest import make_layer


def test_a_range_of_a_thousand_billion_matricules_is_checked_without_running_out_of_memory(run):
    stations = make_layer(["PointZ (47000 68000 30)", "PointZ (47010 68000 30)", "PointZ (47020 68000 30)"],
                          crs_tools.ren09_crs(), "PointZ",
                          [{"matricule": m, "prestataire": "test"} for m in ("R1", "R5", "R999999999999")],
                          name="stations")
    ranges = QgsVectorLayer("None?field=prestataire:string&field=first:long&field=last:long", "ranges", "memory")
    feature = QgsFeature(ranges.fields())
    feature.setAttributes(["Régie", 1, 10 ** 12])
    assert ranges.dataProvider().addFeatures([feature])
    result = run("canevas:checkmatricules", {"STATIONS": stations, "RANGES": ranges, "OUTPUT": "memory:"})
    # unused below the highest used: 2–4 and 6–999 999 999 998
    assert result["GAPS"] == 3 + (999999999998 - 6 + 1)
    assert (result["DUPLICATES"], result["OUTSIDE_RANGES"]) == (0, 0)
    assert any("R1000000000000" in m or "1000000000000" in m for m in result["_messages"])
