"""Messages raised by core, translatable by the QGIS layer.

Core has no Qt: a message is an English template marked with N_() plus its parameters. The
plugin's extractor (i18n/update_ts.py) collects every N_() and tr() literal, and the QGIS side
shows `tr(template).format(**params)`, numbers in the reader's style (NUMBER_STYLE, set by the plugin from
QGIS' locale for each run: « 1 234,5 » in French).
"""

import contextvars
import numbers
import re

#: (decimal separator, thousands separator) of the reader, for the current thread or run. The default
#: (".", "") writes numbers as Python does; the plugin sets QLocale's separators around every run.
NUMBER_STYLE = contextvars.ContextVar("canevas_number_style", default=(".", ""))
_FORMATTED = re.compile(r"^([^0-9]*?)([0-9][0-9,]*)(?:\.([0-9]+))?(.*)$", re.S)


def localize(formatted):
    """A number formatted the Python way ("-1234.5", "1,234", "12.5 %") written in the reader's style."""
    decimal, group = NUMBER_STYLE.get()
    match = _FORMATTED.match(formatted)
    if (decimal, group) == (".", "") or match is None or "e" in match.group(4).lower():
        return formatted
    head, integer, fraction, tail = match.groups()
    integer = integer.replace(",", "")
    if group and len(integer) > 3:
        integer = "{:,}".format(int(integer)).replace(",", group)
    return head + integer + (decimal + fraction if fraction is not None else "") + tail


class Local:
    """A number that formats itself in the reader's style: "{:.1f}".format(Local(2.5)) is "2,5" in French."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __format__(self, spec):
        return localize(format(self.value, spec))

    def __str__(self):
        return localize(str(self.value))


def local(value):
    """`value` as a Local when it is a number (bools and texts are left as they are)."""
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return Local(value)
    return value


def lformat(template, *args, **params):
    """template.format(...) with every number in the reader's style."""
    return template.format(*map(local, args), **{k: local(v) for k, v in params.items()})


def N_(template):
    """Mark a literal template for translation; returns it unchanged."""
    return template


class Message:
    def __init__(self, template, **params):
        self.template = template
        self.params = params

    def text(self, tr=None):
        # a parameter may itself be a Message (a translatable word such as "supplied")
        params = {k: v.text(tr) if isinstance(v, Message) else v for k, v in self.params.items()}
        return lformat(tr(self.template) if tr else self.template, **params)

    def __str__(self):
        return self.text()

    def __repr__(self):
        return "Message({!r})".format(self.text())


class CanevasError(ValueError):
    """An error whose message names the problem and the fix, translatable (see Message)."""

    def __init__(self, template, details=(), **params):
        self.message = Message(template, **params)
        self.details = list(details)  # Message items, e.g. one per bad line
        super().__init__(self.message.text())

    def text(self, tr=None, limit=50):
        lines = [self.message.text(tr)]
        lines += [d.text(tr) for d in self.details[:limit]]
        if len(self.details) > limit:
            lines.append(Message(N_("… and {count} more"), count=len(self.details) - limit).text(tr))
        return "\n".join(lines)
