"""One leveling observation: a height difference between two marks, with what weights it.

A row of the observations table written by `canevas:importlevelingbook` and read by the
closures and the adjustment: run, from, to, dh_m, distance_m, setups, date, source_line.
"""

from dataclasses import dataclass
from typing import Optional

from ..messages import N_, Message

#: Columns of the observations table, in order.
COLUMNS = ("run", "from", "to", "dh_m", "distance_m", "setups", "date", "source_line")


@dataclass
class Observation:
    from_id: str
    to_id: str
    dh_m: float                        # H(to) − H(from), metres
    distance_m: Optional[float] = None  # length levelled (sum of the sights), metres
    setups: Optional[int] = None        # number of instrument set-ups (stations de niveau)
    run: str = ""                       # cheminement the observation belongs to
    date: Optional[str] = None          # ISO date when the book gives one
    source_line: Optional[int] = None   # line of the field book where the section ends

    @property
    def km(self):
        return None if self.distance_m is None else self.distance_m / 1000.0

    def as_row(self):
        return (self.run, self.from_id, self.to_id, self.dh_m, self.distance_m, self.setups, self.date,
                self.source_line)


def bad_line(line_no, template, **params):
    """A Message for a rejected line; carries `line_no` to sort and skip."""
    msg = Message(N_("line {line}: ") + template, line=line_no, **params)
    msg.line_no = line_no
    return msg
