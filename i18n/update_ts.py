"""Collect every translatable string of the plugin and merge it into i18n/canevas_fr.ts.

Translatable: the first literal argument of tr(), self.tr(), alg.tr(), fail(), N_() and the
class attributes DISPLAY_NAME / GROUP of the algorithms, and tr("literal") in the Jinja templates
of the reports (core/reports/templates/*.html). One Qt context, "Canevas".
Existing translations are kept; new strings are added as unfinished.

    python i18n/update_ts.py                 # refresh the .ts
    python i18n/update_ts.py --fill fr.json  # also take translations from a {source: french} file
    python i18n/update_ts.py --check         # list the strings without a translation (exit 1 if any)
"""

import argparse
import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "canevas_fr.ts"
SOURCE_DIRS = ("core", "toolbelt", "plugin", "processing_provider")
CALLS = {"tr", "fail", "N_"}
ATTRIBUTES = {"DISPLAY_NAME", "GROUP"}
CONTEXT = "Canevas"
TEMPLATES = ("core/reports/templates",)
#: tr("literal") or tr('literal') in a Jinja template (a Jinja literal here never holds its own quote).
TEMPLATE_CALL = re.compile(r"""\btr\(\s*(?:"([^"]*)"|'([^']*)')\s*[,)]""")


def _literal(node):
    """The string of a literal, including implicit concatenation and "a" + "b"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def extract():
    strings = {}
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                text = None
                if isinstance(node, ast.Call) and node.args:
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                    if name in CALLS:
                        text = _literal(node.args[0])
                elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                    if isinstance(target, ast.Name) and target.id in ATTRIBUTES:
                        text = _literal(node.value)
                if text:
                    strings.setdefault(text, "{}:{}".format(path.relative_to(ROOT), node.lineno))
    for folder in TEMPLATES:
        for path in sorted((ROOT / folder).rglob("*.html")):
            for text, line in template_strings(path.read_text(encoding="utf-8")):
                strings.setdefault(text, "{}:{}".format(path.relative_to(ROOT), line))
    return strings


def template_strings(text):
    """(string, line) of every tr("literal") of a Jinja template."""
    return [(match.group(1) if match.group(1) is not None else match.group(2), text.count("\n", 0, match.start()) + 1)
            for match in TEMPLATE_CALL.finditer(text)]


def read_ts(path=TS):
    if not path.is_file():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
        out[message.findtext("source")] = (translation.text or "") if done else ""
    return out


def write_ts(strings, translations, path=TS):
    root = ET.Element("TS", version="2.1", language="fr_FR")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        message = ET.SubElement(context, "message")
        file_name, line = strings[source].rsplit(":", 1)
        ET.SubElement(message, "location", filename="../" + file_name, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if translations.get(source):
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing(strings=None, translations=None):
    strings = extract() if strings is None else strings
    translations = read_ts() if translations is None else translations
    return sorted(s for s in strings if not translations.get(s))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", help="JSON file {source: translation} to merge")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    strings, translations = extract(), read_ts()
    if args.check:
        todo = missing(strings, translations)
        print("\n".join(todo))
        return 1 if todo else 0
    if args.fill:
        translations.update(json.loads(Path(args.fill).read_text(encoding="utf-8")))
    write_ts(strings, translations)
    todo = missing(strings, translations)
    print("{} strings, {} untranslated".format(len(strings), len(todo)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
