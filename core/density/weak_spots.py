"""Weak spots of the leveling network (`benchmark_gaps`): isolated marks, long holes along
leveling lines, broken triplets."""

from dataclasses import dataclass
from typing import Tuple

import numpy as np

from ..density_defaults import DEFAULT_RADIUS, MIN_BENCHMARKS, UNUSABLE_STATES
from ..messages import N_, CanevasError, Message
from ..register import triplet_members
from .benchmarks import (
    classify,
    matricule_number_key,
    matricule_sort_key,
    normalize_matricule,
    split_benchmark_matricule,
)
from .checks import DUPLICATE_TOLERANCE, _check_params
from .neighbours import close_pairs


@dataclass
class Finding:
    kind: str           # 'isolated', 'line_gap', 'triplet_incomplete', 'triplet_unusable'
    ids: Tuple[str, ...]  # matricules involved
    x: float
    y: float
    distance: float     # metres (line gaps), else nan
    message: Message

    @property
    def reason(self):
        return self.message.text()


def _isolated(bm, names, use, radius, m):
    """Usable benchmarks with fewer than m − 1 other usable ones within r."""
    xy, found = bm.xy, []
    if m < 2 or not len(use):
        return found
    pairs = close_pairs(xy[use], radius)
    deg = np.bincount(pairs.reshape(-1), minlength=len(use)) if len(pairs) else np.zeros(len(use), np.int64)
    for k in np.flatnonzero(deg < m - 1).tolist():
        i = int(use[k])
        found.append(Finding("isolated", (names[i],), float(xy[i, 0]), float(xy[i, 1]), float("nan"),
                             Message(N_("Benchmark {id} is isolated: {count} other usable benchmark(s) "
                                        "within {radius:g} m, {needed} needed to check it."),
                                     id=names[i], count=int(deg[k]), radius=radius, needed=m - 1)))
    return found


def _line_gaps(xy, names, use, radius):
    """Consecutive usable benchmarks of a leveling line (matricule prefix, by number) more than 2r apart."""
    lines, found = {}, []
    for i in use.tolist():
        line, number = split_benchmark_matricule(names[i])
        if line and number:
            lines.setdefault(normalize_matricule(line), []).append(i)
    for key in sorted(lines):
        members = sorted(lines[key], key=lambda i: (matricule_number_key(split_benchmark_matricule(names[i])[1]), i))
        for a, b in zip(members, members[1:]):
            d = float(np.hypot(*(xy[a] - xy[b])))
            if d > 2 * radius:
                found.append(Finding("line_gap", (names[a], names[b]), float((xy[a, 0] + xy[b, 0]) / 2),
                                     float((xy[a, 1] + xy[b, 1]) / 2), d,
                                     Message(N_("Leveling line {line}: {first} and {second} are {distance:.0f} m "
                                                "apart, more than 2 × {radius:g} m; a mark between them is "
                                                "missing or unusable."),
                                             line=split_benchmark_matricule(names[a])[0], first=names[a],
                                             second=names[b], distance=d, radius=radius)))
    return found


def _triplet_groups(bm, names, freres):
    """(matricule → kept row) and the triplets, each once: [(first member row, members as written)]
    in matricule order."""
    by_key = {}
    for i in range(len(names)):
        if bm.kept[i] and names[i]:
            by_key.setdefault(normalize_matricule(names[i]), i)
    groups = {}
    for i in np.flatnonzero(bm.kept & bm.triplet).tolist():
        members = [names[i]] + triplet_members(freres[i])
        key = frozenset(normalize_matricule(x) for x in members)
        groups.setdefault(key, (i, members))
    return by_key, sorted(groups.values(), key=lambda g: matricule_sort_key(g[1][0]))


def _triplets(bm, names, states, freres, unplaced=frozenset()):
    """Triplets with a member missing from the data (or there without a position), or with an unusable member."""
    found = []
    by_key, groups = _triplet_groups(bm, names, freres)
    for i, members in groups:
        shown = sorted({normalize_matricule(x): x for x in members}.values(), key=matricule_sort_key)
        present = [by_key[normalize_matricule(x)] for x in shown if normalize_matricule(x) in by_key]
        missing = [x for x in shown if normalize_matricule(x) not in by_key]
        cx, cy = (bm.xy[present].mean(axis=0) if present else bm.xy[i])
        label = ", ".join(shown)
        without_position = [x for x in missing if normalize_matricule(x) in unplaced]
        missing = [x for x in missing if normalize_matricule(x) not in unplaced]
        if without_position:
            found.append(Finding("triplet_incomplete", tuple(shown), float(cx), float(cy), float("nan"),
                                 Message(N_("Triplet {members}: {unplaced} is in the data without a position; "
                                            "give it its position to check the triplet."),
                                         members=label, unplaced=", ".join(without_position))))
        if missing:
            found.append(Finding("triplet_incomplete", tuple(shown), float(cx), float(cy), float("nan"),
                                 Message(N_("Triplet {members}: {missing} not found in the data (destroyed "
                                            "marks are not published); the triplet is incomplete."),
                                         members=label, missing=", ".join(missing))))
        if any(not bm.usable[j] for j in present):
            states_txt = ", ".join("{} ({})".format(names[j], states[j] if states is not None else "")
                                   for j in present if not bm.usable[j])
            found.append(Finding("triplet_unusable", tuple(shown), float(cx), float(cy), float("nan"),
                                 Message(N_("Triplet {members}: {members_bad} cannot be used; the triplet "
                                            "cannot check its own stability."),
                                         members=label, members_bad=states_txt)))
    return found


def benchmark_gaps(ids, xy, states=None, freres=None, radius=DEFAULT_RADIUS, min_count=MIN_BENCHMARKS,
                   unusable_states=UNUSABLE_STATES, tol=DUPLICATE_TOLERANCE, unplaced=()):
    """Weak spots of the network, each Finding with a reason:

    * isolated: a usable benchmark with fewer than m − 1 other usable ones within r (nothing to
      check it against);
    * line_gap: two consecutive usable benchmarks of a leveling line (matricule prefix, ordered by
      number) more than 2r apart;
    * triplet_incomplete: a triplet whose `freres_info` names a benchmark absent from the data
      (IGN does not publish destroyed marks);
    * triplet_unusable: a triplet with a member in an unusable state.
    Duplicates (same matricule or position within tol) are counted once. `unplaced`: matricules of
    benchmarks in the data but without a position (left out): a triplet member among them is not
    « missing from the data » but without position, and said so.
    """
    radius, m, _ = _check_params(radius, min_count)
    if ids is None:
        raise CanevasError(N_("The benchmark matricules (field 'nom') are needed to find line gaps and "
                              "triplets: choose the matricule field."))
    bm = classify(xy, ids, states, freres, False, unusable_states, tol)
    names = [str(i) if i is not None else "" for i in bm.ids]
    use = np.flatnonzero(bm.kept & bm.usable)
    findings = _isolated(bm, names, use, radius, m) + _line_gaps(bm.xy, names, use, radius)
    if freres is not None:
        findings += _triplets(bm, names, states, freres, {normalize_matricule(u) for u in unplaced if u})
    return findings
