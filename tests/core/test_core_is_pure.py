"""core/ must stay free of QGIS so that it is testable (and usable) without it."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_core_never_imports_qgis():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += ["{}: {}".format(path.name, n) for n in names
                          if n.split(".")[0] in ("qgis", "PyQt5", "processing")]
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) >= 5
