"""Messages raised by core, translatable by the QGIS layer.

Core has no Qt: a message is an English template marked with N_() plus its parameters. The
plugin's extractor (i18n/update_ts.py) collects every N_() and tr() literal, and the QGIS side
shows `tr(template).format(**params)`.
"""


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
        return (tr(self.template) if tr else self.template).format(**params)

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
