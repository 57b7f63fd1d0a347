"""Bad-input matrix of canevas:transformdxf (see matrix.py): a SYNTHETIC REN09 drawing (tests/dxf_corpus.py) to
CC48, every point checked against the exact operation (tests/dxf_checks.py), and the batch cases of a folder."""

import os
from pathlib import Path

import pytest

from .matrix import Spec, copy_sample_file, damage_file, matrix_test, run

ezdxf = pytest.importorskip("ezdxf", minversion="0.18")
from dxf_checks import check_drawing, sha  # noqa: E402 — tests/ is on sys.path (tests/conftest.py)
from dxf_corpus import build, synthetic  # noqa: E402


def drawing(tmp, name="plan.dxf", version="R2010"):
    """A valid SYNTHETIC drawing built apart, then copied where the cases damage it."""
    folder = tmp / "built"
    folder.mkdir(exist_ok=True)
    if not (folder / name).exists():
        build(version, folder / name)
    return folder / name


def params(tmp):
    return {"INPUT": copy_sample_file(drawing(tmp), tmp), "SOURCE_SYSTEM": 0, "TARGET_SYSTEM": 1,
            "OUTPUT_FOLDER": str(tmp / "out"), "REPORT": str(tmp / "report.html")}


def check(case, result, tmp, params):
    """One drawing written, every point within 1 mm of the exact REN09 → CC48 operation, the report written."""
    assert (result["FILES"], result["FAILED"]) == (1, 0), result
    _before, _after, seen = check_drawing(params["INPUT"], Path(params["OUTPUT_FOLDER"]) / "plan.dxf", "REN09",
                                          "CC48")
    assert seen > 10 and result["ENTITIES"] > 40
    assert "plan.dxf" in Path(params["REPORT"]).read_text(encoding="utf-8")
    assert not [p for p in Path(params["OUTPUT_FOLDER"]).rglob("*") if p.name.endswith(".part")]


SPEC = Spec("transformdxf", params, file="INPUT", check=check,
            extreme={"SOURCE_SYSTEM": [1, 2, 3, -1], "TARGET_SYSTEM": [0, 99], "DATUM_SHIFT": [1, 2, -1]})
test_matrix = matrix_test(SPEC)


def _outputs(folder):
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*") if p.is_file())


def test_a_drawing_in_another_system_stops(provider, tmp_path):
    """CC48 numbers given as REN09: a single drawing cannot be right, the run stops and writes nothing."""
    synthetic(tmp_path / "cc48.dxf", 50)
    moved = ezdxf.readfile(str(tmp_path / "cc48.dxf"))
    for entity in moved.modelspace():
        entity.translate(1351000.0 - 47300.0, 7222000.0 - 68766.0, 0)
    moved.saveas(str(tmp_path / "cc48.dxf"))
    before = sha(tmp_path / "cc48.dxf")
    error, _result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(tmp_path / "cc48.dxf")))
    assert error is not None and "CC48" in error and "REN09" in error, error
    assert sha(tmp_path / "cc48.dxf") == before and not (tmp_path / "out").exists()


def test_output_folder_is_the_input_folder(provider, tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    build("R2010", folder / "a.dxf")
    before = sha(folder / "a.dxf")
    for out in (folder, folder / "sub"):
        error, _result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder),
                                                             OUTPUT_FOLDER=str(out)))
        assert error is not None and "input" in error, error
    assert _outputs(folder) == ["a.dxf"] and sha(folder / "a.dxf") == before
    error, _result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder / "a.dxf"),
                                                         OUTPUT_FOLDER=str(folder)))
    assert error is not None and "input" in error, error
    assert _outputs(folder) == ["a.dxf"] and sha(folder / "a.dxf") == before


def test_existing_outputs_are_kept_unless_overwrite(provider, tmp_path):
    folder, out = tmp_path / "plans", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    build("R2010", folder / "a.dxf")
    build("R2000", folder / "b.dxf")
    (out / "b.dxf").write_text("someone's drawing\n")
    error, _result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder), REPORT=None))
    assert error is not None and "already exist" in error and "overwrit" in error, error
    assert _outputs(out) == ["b.dxf"] and (out / "b.dxf").read_text() == "someone's drawing\n"
    error, result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder), REPORT=None,
                                                        OVERWRITE=True))
    assert error is None and (result["FILES"], result["FAILED"]) == (2, 0), error
    check_drawing(folder / "b.dxf", out / "b.dxf", "REN09", "CC48")


@pytest.mark.parametrize("damage", ["corrupt_file", "truncated_file", "empty_file", "binary_file"])
def test_a_damaged_drawing_among_good_ones(provider, tmp_path, damage):
    """RECURSIVE batch: the good drawings converted, the damaged one reported by name, nothing of it written."""
    folder, out = tmp_path / "plans", tmp_path / "out"
    (folder / "sub").mkdir(parents=True)
    build("R2010", folder / "a.dxf")
    build("R2000", folder / "sub" / "b.dxf")
    build("R2010", folder / "sub" / "c.dxf")
    damage_file(folder / "sub" / "c.dxf", damage)
    inputs = {p: sha(p) for p in folder.rglob("*.dxf")}
    error, result, feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder), RECURSIVE=True))
    assert error is None, error
    assert (result["FILES"], result["FAILED"]) == (3, 1), result
    assert _outputs(out) == ["a.dxf", os.path.join("sub", "b.dxf")]
    check_drawing(folder / "sub" / "b.dxf", out / "sub" / "b.dxf", "REN09", "CC48")
    assert any("c.dxf" in m for m in feedback.messages if "1 failed" not in m), feedback.messages
    assert "c.dxf" in Path(result["REPORT"]).read_text(encoding="utf-8")
    assert {p: sha(p) for p in folder.rglob("*.dxf")} == inputs


def test_a_folder_of_damaged_drawings_only_stops(provider, tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for name, damage in (("a.dxf", "truncated_file"), ("b.dxf", "binary_file")):
        build("R2010", folder / name)
        damage_file(folder / name, damage)
    error, _result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder)))
    assert error is not None and "a.dxf" in error and "b.dxf" in error, error
    assert not (tmp_path / "out").exists() and not (tmp_path / "report.html").exists()


def test_cancel_in_a_batch_leaves_no_output(provider, tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for k in range(3):
        synthetic(folder / "p{}.dxf".format(k), 3000, seed=k)
    error, _result, _feedback = run("transformdxf", dict(params(tmp_path), INPUT=str(folder)),
                                    cancel_at_first_progress=True)
    assert error is not None and "ancel" in error, error
    assert not (tmp_path / "out").exists() or not _outputs(tmp_path / "out")
    assert not (tmp_path / "report.html").exists()
