"""One table of system names: core.systems.SYSTEMS; every other module reads it (labels translatable)."""

import ast
import importlib.util
from pathlib import Path

from canevas.core import systems

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("core", "toolbelt", "processing_provider", "plugin")


def string_literals(path):
    return [(node.value, node.lineno) for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_no_module_spells_a_system_name_but_the_table():
    names = {s.name for s in systems.SYSTEMS.values()} | {s.label for s in systems.SYSTEMS.values()}
    names |= set(systems.REN09_NAMES.values())
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "core" / "systems.py":
                continue
            found += ["{}:{} {}".format(path.relative_to(ROOT), line, text) for text, line in string_literals(path)
                      if text in names]
    assert found == []


def test_labels_are_marked_for_translation_and_in_the_tables_order():
    spec = importlib.util.spec_from_file_location("update_ts", ROOT / "i18n" / "update_ts.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    strings = tool.extract()
    for system in systems.SYSTEMS.values():
        assert strings[system.label].startswith("core/systems.py:")
    assert systems.labels(("CC48", "REN09")) == ("RGF93 / CC48 (EPSG:3948)", "REN09 (Rennes 2009)")
    assert systems.SYSTEMS["REN09"].name == systems.REN09_NAMES[systems.DEFAULT_DATUM_SHIFT]


def test_the_unused_lambert_ii_projection_is_gone():
    assert not hasattr(systems, "LII_PROJECTION")
