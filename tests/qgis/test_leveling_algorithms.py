"""QGIS tier: canevas:importlevelingbook run through Processing (the algorithm instance, not yet in the provider)."""

import pytest

from canevas.processing_provider.algorithms.importlevelingbook import ImportLevelingBook

GSI8 = [
    "410001+0000RUN1 42....+0000RUN1 ",
    "110002+00000RN1 32...8+02500000 331.08+00145230 ",
    "110003+00001001 32...8+02480000 332.08+00102110 ",
    "110004+00001001 32...8+03010000 331.08+00132500 ",
    "110005+000000S1 32...8+03020000 332.08+00150000 ",
]


def test_import_gsi_book(run, tmp_path):
    book = tmp_path / "job.gsi"
    book.write_text("\n".join(GSI8) + "\n", encoding="utf-8")
    result = run(ImportLevelingBook(), {"INPUT": str(book), "DATE": "2024-05-02", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (result["N_OBSERVATIONS"], result["N_REJECTED"], result["FORMAT"]) == (1, 0, "gsi")
    layer = result["OUTPUT"]
    layer = result["_context"].getMapLayer(layer) if isinstance(layer, str) else layer
    (feature,) = list(layer.getFeatures())
    assert [feature[n] for n in ("run", "from", "to", "setups", "date", "source_line")] == \
        ["RUN1", "RN1", "S1", 2, "2024-05-02", 5]
    assert feature["dh_m"] == pytest.approx(0.2562, abs=1e-9)
    assert feature["distance_m"] == pytest.approx(110.1, abs=1e-9)


def test_bad_lines_stop_the_import_with_their_numbers(run, tmp_path):
    from qgis.core import QgsProcessingException
    book = tmp_path / "bad.gsi"
    book.write_text("\n".join(GSI8[:2] + ["110003+00001001 32...8+02480000 332.08+0010A110 "] + GSI8[3:]),
                    encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run(ImportLevelingBook(), {"INPUT": str(book), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "line 3: word 332 holds '0010A110', not a number" in str(err.value)
