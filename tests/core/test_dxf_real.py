"""Real drawings made by other programs, and an independent reader of the output.

Drawings: the DXF library of Debian's `librecad-data` package (/usr/share/librecad/library, GPL-2,
© RibbonSoft GmbH 2001-2003 and the LibreCAD authors 2010-2016; see /usr/share/doc/librecad-data/copyright).
They are read in place, never copied into the repository; the tests are skipped when the package is absent.
Their coordinates are local (near 0, 0): read as REN09 they lie 340 km west of the projection's origin,
which is still a valid input of the operation (the shapes are small, the check the same).
"""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ezdxf = pytest.importorskip("ezdxf", minversion="0.18")  # ezdxf>=0.18 is in the test requirements
from dxf_checks import check_drawing  # noqa: E402
from dxf_corpus import build  # noqa: E402

from canevas.core.dxf import transform_batch, transform_file  # noqa: E402

LIBRARY = Path("/usr/share/librecad/library")
LIBRECAD = shutil.which("librecad")


def library_sample(step=40):
    files = sorted(LIBRARY.rglob("*.dxf"))
    return files[::step] + sorted((LIBRARY / "plan").rglob("*.dxf"))[:5]


@pytest.mark.skipif(not LIBRARY.is_dir(), reason="librecad-data is not installed")
def test_librecad_library_drawings(tmp_path):
    sample = library_sample()
    assert len(sample) >= 20
    digests = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sample}
    checked = 0
    for path in sample:
        out = tmp_path / path.relative_to(LIBRARY)
        result = transform_file(path, out, "REN09", "CC48")
        assert result.counts_in == result.counts_out, path
        assert result.blocks_in == result.blocks_out, path
        assert result.audit_errors == [], path
        assert result.oversized == [] and result.max_deviation_mm < 1.0, path
        check_drawing(path, out, "REN09", "CC48")
        checked += sum(result.counts_in.values())
    assert checked > 400
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sample} == digests


@pytest.mark.skipif(not LIBRARY.is_dir(), reason="librecad-data is not installed")
def test_librecad_library_as_a_batch(tmp_path):
    batch = transform_batch(LIBRARY / "plan", tmp_path / "out", "REN09", "CC48", recursive=True)
    assert batch.summary["FAILED"] == 0 and batch.summary["FILES"] >= 5


def _render(dxf, folder):
    """LibreCAD's own reader prints the drawing to PDF (headless, Qt offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(folder))
    pdf = folder / (dxf.stem + ".pdf")
    run = subprocess.run([LIBRECAD, "dxf2pdf", "-a", "-o", str(pdf), str(dxf)], capture_output=True, text=True,
                         timeout=120, env=env)
    return pdf, run.stdout + run.stderr


@pytest.mark.skipif(LIBRECAD is None, reason="librecad is not installed")
@pytest.mark.parametrize("version", ["R12", "R2000", "R2010", "R2018"])
def test_librecad_reads_the_output(tmp_path, version):
    source = tmp_path / "plan.dxf"
    build(version, source)
    out = tmp_path / "o" / "plan.dxf"
    transform_file(source, out, "REN09", "CC48")
    pdf, log = _render(out, tmp_path / "o")
    # LibreCAD says DONE once printed; a file it cannot read leaves it waiting on a dialog (timeout: failure)
    assert "DONE" in log and "Failed to open" not in log and pdf.is_file(), log
    empty = tmp_path / "empty.dxf"
    ezdxf.new(version).saveas(str(empty))
    blank, _ = _render(empty, tmp_path)
    assert pdf.stat().st_size > blank.stat().st_size + 200  # something was drawn
