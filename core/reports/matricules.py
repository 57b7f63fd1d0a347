"""HTML report of a matricule check (canevas:checkmatricules): duplicates, matricules outside the ranges,
overlapping ranges, use of each range."""

import datetime

from ..messages import N_
from . import render


def _gaps(check, rng, index):
    return ", ".join("{}–{}".format(rng.matricule(g.start), rng.matricule(g.end)) if g.count > 1
                     else str(rng.matricule(g.start)) for g in check.gaps if g.range_index == index)


def build_report(name, count, check, matricules, ranges, tr=None, today=None):
    """name: the stations layer; count: its stations; check: register.check_matricules' result; matricules: the
    matricule of each station; ranges: the MatriculeRange list."""
    tr = tr or (lambda text: text)
    usage = []
    for u in check.usage:
        rng = ranges[u.range_index]
        usage.append((rng.prestataire, str(rng.matricule(rng.first)), str(rng.matricule(rng.last)), rng.date or "",
                      u.used, u.unused_below_highest, _gaps(check, rng, u.range_index) or "—",
                      u.next_free or tr(N_("none, the range is full"))))
    return render("matricules.html", tr, title=tr(N_("Matricule check")), name=name, count=count,
                  n_ranges=len(ranges), today=(today or datetime.date.today()).isoformat(),
                  duplicates=[(m, len(ix)) for m, ix in check.duplicates.items()],
                  outside=[(matricules[i],) for i in check.outside], missing=len(check.missing),
                  overlapping=[(ranges[i].label, ranges[j].label) for i, j in check.overlapping], usage=usage)
