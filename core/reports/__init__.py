"""One way to build the HTML reports of Canevas, without QGIS.

A report is a Jinja2 template of templates/ (autoescaped: every value is text unless a template says
otherwise) extending base.html, which inlines the one stylesheet report.css: a report is one
self-contained file. Translation: the caller passes `tr` (QGIS' translation in the plugin, identity
elsewhere); templates call tr("literal"), which i18n/update_ts.py extracts from the templates as it
does from the Python sources; Python code marks its strings with N_().

Jinja2 ships with QGIS (a dependency of Debian's python3-qgis, used by QGIS' MetaSearch); it is
imported on the first report only, so that the plugin loads where it is missing.
"""

import functools
import html
import math
import os
from pathlib import Path

from ..messages import N_, CanevasError, lformat, localize

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STYLESHEET = HERE / "report.css"


def identity(text):
    return text


def number(value, fmt="{:.1f}", empty=""):
    """A number formatted by fmt in the reader's style (messages.NUMBER_STYLE); `empty` for None, NaN and
    infinities (a missing value is never shown as 0)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return empty
    return localize(fmt.format(value))


class Figure:
    """An inline SVG drawing built in Python as data (tags, attributes, texts); html() writes it with every
    attribute and text escaped. Written here rather than by a Jinja macro: a map holds tens of thousands of
    elements (a macro call each took 4 s for 10 000 points)."""

    def __init__(self, width, height, **attributes):
        self.width, self.height = width, height
        self.attributes = {"xmlns": "http://www.w3.org/2000/svg", "width": width, "height": height,
                           "viewBox": "0 0 {} {}".format(width, height)}
        self.attributes.update(_names(attributes))
        self.elements = []

    def add(self, tag, content=None, **attributes):
        """Append an element; attribute names use _ for - (stroke_width); content: None, a text or child elements."""
        element = (tag, _names(attributes), content)
        self.elements.append(element)
        return element


    def html(self):
        """The SVG markup, safe to insert in a template."""
        return _markup()("<svg{}>\n{}</svg>".format(_attributes(self.attributes),
                                                     "".join(_element(e) + "\n" for e in self.elements)))


def _attributes(attributes):
    return "".join(' {}="{}"'.format(name, html.escape(str(value))) for name, value in attributes.items())


def _element(element):
    tag, attributes, content = element
    if content is None:
        return "<{}{}/>".format(tag, _attributes(attributes))
    inner = html.escape(content, quote=False) if isinstance(content, str) else "".join(map(_element, content))
    return "<{0}{1}>{2}</{0}>".format(tag, _attributes(attributes), inner)


def element(tag, content=None, **attributes):
    """A child element for Figure.add(..., content=[element(...)])."""
    return (tag, _names(attributes), content)


def _names(attributes):
    return {name.rstrip("_").replace("_", "-"): value for name, value in attributes.items()}


@functools.lru_cache(maxsize=1)
def _environment():
    try:
        import jinja2
        import markupsafe  # Jinja2's own dependency
    except ImportError as error:
        raise CanevasError(N_("The Python package Jinja2 is missing ({error}): install python3-jinja2 (Debian, "
                              "Ubuntu) or run « pip install jinja2 » in QGIS' Python, then restart QGIS."),
                           error=str(error)) from None
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = number
    env.filters["lformat"] = lformat  # tr("… {x:.1f} …")|lformat(x=...): numbers in the reader's style
    return env, markupsafe.Markup


def _markup():
    return _environment()[1]


def stylesheet():
    return STYLESHEET.read_text(encoding="utf-8")


def render(template, tr=None, **context):
    """The HTML text of templates/<template> with the stylesheet inlined; `tr` translates the English texts."""
    env, markup = _environment()
    return env.get_template(template).render(tr=tr or identity, css=markup(stylesheet()), **context)


def write(path, text):
    """Write a report (its folder created if needed), or stop with a message naming the folder and the fix."""
    try:
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise CanevasError(N_("The report « {path} » cannot be written in the folder « {folder} » ({error}): choose "
                              "a folder you can write to."), path=path,
                           folder=folder, error=error.strerror or str(error)) from None
