"""Algorithm help as Markdown files (resources/help/<lang>/<algorithm id>.md), shown as HTML."""

import html
import re
from pathlib import Path

HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"


def help_markdown(name, lang):
    for candidate in (lang, "en"):
        path = HELP_DIR / candidate / "{}.md".format(name)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def _inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", text)
    return re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"<i>\1</i>", text)


def markdown_to_html(md):
    """The small Markdown subset the help files use: headings, paragraphs, bullet lists, code, bold."""
    out, para, in_list = [], [], False

    def flush():
        nonlocal para
        if para:
            out.append("<p>{}</p>".format(_inline(" ".join(para))))
            para = []

    for line in md.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,4})\s+(.*)", stripped)
        item = re.match(r"[-*]\s+(.*)", stripped)
        if heading or not stripped or item:
            flush()
        if in_list and not item and not (stripped and line.startswith("  ")):
            out.append("</ul>")
            in_list = False
        if heading:
            level = min(len(heading.group(1)) + 2, 6)
            out.append("<h{0}>{1}</h{0}>".format(level, _inline(heading.group(2))))
        elif item:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>{}</li>".format(_inline(item.group(1))))
        elif stripped and in_list:
            out[-1] = out[-1][:-5] + " " + _inline(stripped) + "</li>"
        elif stripped:
            para.append(stripped)
    flush()
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _plain(text):
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    return re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"\1", text)


def markdown_to_text(md):
    """The same help as plain text (qgis_process, terminals): headings, paragraphs and « - » items on their own
    lines, no markup."""
    out, para = [], []

    def flush():
        if para:
            out.append(_plain(" ".join(para)))
            para.clear()

    for line in md.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,4})\s+(.*)", stripped)
        item = re.match(r"[-*]\s+(.*)", stripped)
        if heading or item or not stripped:
            flush()
        if heading:
            out.append(_plain(heading.group(2)).upper())
        elif item:
            para.append("- " + item.group(1))
        elif stripped:
            para.append(stripped)
    flush()
    return "\n".join(out)
