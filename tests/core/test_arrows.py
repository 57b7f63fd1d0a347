"""The layers of the plugin and the arrows between them, checked on the sources (no import is run).

core/ imports only core/; toolbelt/ (QGIS glue without GUI) imports core/ and toolbelt/;
processing_provider/ imports core/, toolbelt/ and itself, never plugin/; plugin/ (the GUI) may
import everything. In processing_provider/algorithms/ an algorithm module (a public module: one
algorithm per file) never imports another one; the shared modules of a family (`_reproject`,
`_benchmarks`, `_precision`: their names start with `_`) never import an algorithm module either.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "canevas"  # the folder name the plugin is installed under (absolute imports in scripts and tests)
ALLOWED = {
    "core": {"core"},
    "toolbelt": {"core", "toolbelt"},
    "processing_provider": {"core", "toolbelt", "processing_provider"},
    "plugin": {"core", "toolbelt", "processing_provider", "plugin"},
}
ALGORITHMS = ("processing_provider", "algorithms")


def module_of(path, root):
    parts = list(path.relative_to(root).with_suffix("").parts)
    return tuple(parts[:-1]) if parts[-1] == "__init__" else tuple(parts)


def is_package(path):
    return path.name == "__init__.py"


def imported_modules(path, root):
    """Modules of the plugin that `path` imports, as tuples of names relative to `root` (relative imports resolved).

    `from .x import y` gives x.y when y is a module file, else x.
    """
    here = module_of(path, root)
    package = here if is_package(path) else here[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [tuple(a.name.split(".")) for a in node.names]
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[:max(len(package) - (node.level - 1), 0)]
            target = base + tuple(node.module.split(".")) if node.module else base
        else:
            target = tuple(node.module.split("."))
            target = target[1:] if target[:1] == (PACKAGE,) else target
        for alias in node.names:
            sub = target + (alias.name,)
            if (root.joinpath(*sub).with_suffix(".py")).is_file() or (root.joinpath(*sub) / "__init__.py").is_file():
                found.append(sub)
            else:
                found.append(target)
    ours = []
    for name in found:
        if name[:1] == (PACKAGE,):
            name = name[1:]
        if name and name[0] in ALLOWED:
            ours.append(name)
    return ours


def is_algorithm_module(module):
    return len(module) == 3 and module[:2] == ALGORITHMS and not module[2].startswith("_")


def violations(root):
    """Every import that breaks an arrow, as 'module → imported module (rule)' lines."""
    found = []
    for layer in ALLOWED:
        for path in sorted((root / layer).rglob("*.py")):
            here = module_of(path, root)
            for target in imported_modules(path, root):
                if target[0] not in ALLOWED[layer]:
                    found.append("{} → {} ({} imports {})".format(".".join(here), ".".join(target), layer,
                                                                 ", ".join(sorted(ALLOWED[layer]))))
                elif here[:2] == ALGORITHMS and is_algorithm_module(target) and target != here:
                    found.append("{} → {} (algorithms never import an algorithm module)".format(
                        ".".join(here), ".".join(target)))
    return found


def test_the_plugin_follows_its_arrows():
    assert violations(ROOT) == []
    # the test reads the real tree: every layer is there and the algorithms are found
    assert all((ROOT / layer / "__init__.py").is_file() for layer in ALLOWED)
    algorithms = [p for p in (ROOT.joinpath(*ALGORITHMS)).glob("*.py") if is_algorithm_module(module_of(p, ROOT))]
    assert len(algorithms) >= 14


def test_imports_are_resolved_relative_and_absolute(tmp_path):
    write(tmp_path, "toolbelt/crs.py", "")
    write(tmp_path, "processing_provider/algorithms/a.py",
          "from ...toolbelt import crs\nfrom ..base import X\nfrom . import b\nimport canevas.core.systems\n")
    path = tmp_path / "processing_provider" / "algorithms" / "a.py"
    write(tmp_path, "processing_provider/algorithms/b.py", "")
    assert imported_modules(path, tmp_path) == [("toolbelt", "crs"), ("processing_provider", "base"),
                                                 ("processing_provider", "algorithms", "b"), ("core", "systems")]


def write(root, name, text):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    for parent in path.relative_to(root).parents:
        if str(parent) != ".":
            (root / parent / "__init__.py").touch()
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name, text, expected", [
    ("core/a.py", "from ..toolbelt import crs\n", "core.a → toolbelt.crs"),
    ("core/a.py", "from canevas.plugin import main\n", "core.a → plugin.main"),
    ("toolbelt/a.py", "from ..processing_provider import base\n", "toolbelt.a → processing_provider.base"),
    ("toolbelt/a.py", "from ..plugin.main import X\n", "toolbelt.a → plugin.main"),
    ("processing_provider/a.py", "from ..plugin import main\n", "processing_provider.a → plugin.main"),
    ("processing_provider/algorithms/x.py", "from ...plugin.main import X\n",
     "processing_provider.algorithms.x → plugin.main"),
    ("processing_provider/algorithms/x.py", "from .y import Y\n",
     "processing_provider.algorithms.x → processing_provider.algorithms.y (algorithms never"),
    ("processing_provider/algorithms/x.py", "from . import y\n",
     "processing_provider.algorithms.x → processing_provider.algorithms.y (algorithms never"),
    ("processing_provider/algorithms/_shared.py", "from .y import Y\n",
     "processing_provider.algorithms._shared → processing_provider.algorithms.y (algorithms never"),
])
def test_a_planted_violation_is_found(tmp_path, name, text, expected):
    for layer in ALLOWED:
        write(tmp_path, "{}/__init__.py".format(layer), "")
    write(tmp_path, "toolbelt/crs.py", "")
    write(tmp_path, "processing_provider/base.py", "")
    write(tmp_path, "plugin/main.py", "from ..processing_provider import base\nfrom ..toolbelt import crs\n")
    write(tmp_path, "processing_provider/algorithms/y.py", "from .._shared_ok import Z\nfrom ._family import F\n")
    write(tmp_path, "processing_provider/algorithms/_family.py", "from ..base import B\n")
    write(tmp_path, "processing_provider/_shared_ok.py", "")
    assert violations(tmp_path) == []  # the allowed arrows pass
    write(tmp_path, name, text)
    found = violations(tmp_path)
    assert len(found) == 1 and found[0].startswith(expected), found
