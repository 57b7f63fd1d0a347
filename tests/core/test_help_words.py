"""The French help says the words of the French dialog: a label quoted in the English help (« Benchmarks
needed ») is quoted in the French help as the dialog translates it (« Repères requis »)."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"


def translations():
    out = {}
    for message in ET.parse(ROOT / "i18n" / "canevas_fr.ts").getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            out[source] = translation
    for pending in sorted((ROOT / "i18n").glob("pending_*.json")):
        out.update(json.loads(pending.read_text(encoding="utf-8")))
    return out


QUOTED = re.compile(r"«\s*([^«»]+?)\s*»")


def quoted_labels(text, known):
    return {q for q in QUOTED.findall(text) if q in known}


@pytest.mark.parametrize("name", sorted(p.stem for p in (HELP / "en").glob("*.md")))
def test_french_help_quotes_the_french_labels(name):
    fr = translations()
    en_text = (HELP / "en" / "{}.md".format(name)).read_text(encoding="utf-8")
    fr_text = (HELP / "fr" / "{}.md".format(name)).read_text(encoding="utf-8")
    fr_quoted = set(QUOTED.findall(fr_text))
    missing = {label: fr[label] for label in quoted_labels(en_text, fr) if fr[label] not in fr_quoted}
    assert not missing, "French help of {} should quote: {}".format(name, missing)


def test_the_check_sees_a_mismatch():
    fr = {"Benchmarks needed": "Repères requis"}
    assert quoted_labels("at least « Benchmarks needed » (2)", fr) == {"Benchmarks needed"}
    assert "Repères requis" not in set(QUOTED.findall("au moins « Repères nécessaires » (2)"))
