"""The French translation is complete and keeps every placeholder (no Qt needed to read a .ts)."""

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def update_ts():
    spec = importlib.util.spec_from_file_location("update_ts", ROOT / "i18n" / "update_ts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_a_french_translation():
    tool = update_ts()
    strings = tool.extract()
    assert len(strings) > 100
    assert tool.missing(strings) == []


def test_translations_keep_placeholders_and_spacing():
    translations = update_ts().read_ts()
    bad = []
    for source, french in translations.items():
        if not french:
            continue
        placeholders_differ = sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(french))
        if placeholders_differ or source[:1] == " " and french[:1] != " ":
            bad.append(source)
    assert bad == []


def test_known_translations():
    translations = update_ts().read_ts()
    assert translations["Parameters"] == "Paramètres"
    assert "changement de référentiel" in translations["REN09 definition (NTF → RGF93 datum shift)"].lower()
