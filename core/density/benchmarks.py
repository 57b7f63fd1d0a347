"""Benchmarks as the study reads them: states (usable or not), triplets, IGN matricules
(leveling line and number, their order) and duplicates."""

import re
import unicodedata
from dataclasses import dataclass, field
from typing import List

import numpy as np

from ..density_defaults import UNUSABLE_STATES
from ..messages import N_, CanevasError, Message
from ..register import triplet_members
from .checks import DUPLICATE_TOLERANCE, _as_xy
from .neighbours import close_pairs, group_roots


def normalize_state(state):
    """'  présumé  déplacé ' → 'PRESUME DEPLACE' (trimmed, upper case, accents and repeated
    spaces removed, '_' read as a space). None → ''."""
    if state is None:
        return ""
    text = unicodedata.normalize("NFKD", str(state))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").upper().split())


def is_usable(state, unusable_states=UNUSABLE_STATES):
    """A benchmark counts unless its state is one of `unusable_states` (compared trimmed, case
    and accent insensitive). An empty or unknown state counts: IGN does not publish destroyed
    marks."""
    return normalize_state(state) not in {normalize_state(s) for s in unusable_states}


def normalize_matricule(matricule):
    """Key to compare matricules: upper case, all white space removed ('m.ac - 12' → 'M.AC-12')."""
    return "".join(str(matricule or "").upper().split())


def split_benchmark_matricule(matricule):
    """Split a matricule into (line, number): 'M.AC - 0-VIII' → ('M.AC', '0-VIII'),
    'N.P.K3Q3 - 56' → ('N.P.K3Q3', '56'). The line is what comes before the first ' - '
    (or, without spaces, before the first '-'); no dash → (whole text, '')."""
    text = " ".join(str(matricule or "").split())
    if " - " in text:
        line, number = text.split(" - ", 1)
    elif "-" in text:
        line, number = text.split("-", 1)
    else:
        line, number = text, ""
    return line.strip(), number.strip()


_ROMAN = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")


def _roman(token):
    if not token or not _ROMAN.match(token):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(token, token[1:] + " "):
        v = values[a]
        total += -v if b != " " and values.get(b, 0) > v else v
    return total


def matricule_number_key(number):
    """Sort key of the number part of a matricule: the leading integer first, then the rest
    token by token (integers and Roman numerals I…XXXIX by value, other text alphabetically):
    '2' < '10' < '10 BIS', '0-VIII' < '0-IX' < '1'. Numbers without a leading integer sort last."""
    text = str(number or "").upper().strip()
    head = re.match(r"\d+", text)
    lead = (0, int(head.group())) if head else (1, 0)
    rest = text[head.end():] if head else text
    tokens = []
    for tok in re.findall(r"\d+|[A-Z]+", rest):
        if tok.isdigit():
            tokens.append((0, int(tok), ""))
        elif _roman(tok) is not None:
            tokens.append((0, _roman(tok), tok))
        else:
            tokens.append((1, 0, tok))
    return lead + (tuple(tokens),)


def matricule_sort_key(matricule):
    """Sort key of a whole matricule: line, then number (see matricule_number_key)."""
    line, number = split_benchmark_matricule(matricule)
    return (normalize_matricule(line), matricule_number_key(number))


@dataclass
class Duplicate:
    index: int            # row dropped
    kept: int             # row kept in its place
    reason: str           # 'id' or 'position'
    distance: float       # metres between the two
    message: Message


@dataclass
class DedupeResult:
    kept: np.ndarray                     # sorted row indices kept
    duplicates: List[Duplicate] = field(default_factory=list)


def _id_links(keys, rank):
    """(first row, row) pairs of rows sharing a non-empty id, the first in preference order."""
    links, first = [], {}
    for i in rank.tolist():
        k = keys[i]
        if not k:
            continue
        if k in first:
            links.append((first[k], i))
        else:
            first[k] = i
    return links


def _duplicate(i, k, xy, ids, keys):
    """The Duplicate record of row i, dropped for row k."""
    dist = float(np.hypot(*(xy[i] - xy[k])))
    name = str(ids[i]) if ids is not None else str(i + 1)
    if keys[i] and keys[i] == keys[k]:
        why = "id"
        msg = Message(N_("Benchmark {id} (row {row}) appears again: same id as row {kept_row} "
                         "({distance:.3f} m apart); counted once."),
                      id=name, row=i + 1, kept_row=k + 1, distance=dist)
    else:
        why = "position"
        kname = str(ids[k]) if ids is not None else str(k + 1)
        msg = Message(N_("Benchmark {id} (row {row}) is at the same place as {kept_id} (row {kept_row}, "
                         "{distance:.3f} m apart); counted once."),
                      id=name, row=i + 1, kept_id=kname, kept_row=k + 1, distance=dist)
    return Duplicate(index=i, kept=k, reason=why, distance=dist, message=msg)


def dedupe(ids, xy, tol=DUPLICATE_TOLERANCE, priority=None):
    """Rows that are the same benchmark (same id, or positions within `tol` metres) count once.

    ids: sequence of identifiers or None; empty ids never match. priority: optional sequence,
    lower values kept first (e.g. 0 for usable marks), ties by row order.
    Returns DedupeResult(kept indices, duplicates: one Duplicate per dropped row).
    """
    xy = _as_xy(xy, allow_empty=True)
    n = len(xy)
    if ids is not None and len(ids) != n:
        raise CanevasError(N_("{ids} ids for {points} points: give one id per benchmark."), ids=len(ids), points=n)
    rank = np.arange(n) if priority is None else np.lexsort((np.arange(n), np.asarray(priority)))
    pos = np.empty(n, dtype=np.int64)
    pos[rank] = np.arange(n)  # lower = preferred
    links = []
    if n > 1 and tol >= 0:  # within tol, tol included
        links = close_pairs(xy, np.nextafter(tol, np.inf) if tol > 0 else 1e-12).tolist()
    keys = [normalize_matricule(i) if i is not None else "" for i in ids] if ids is not None else [""] * n
    links += _id_links(keys, rank)
    root = group_roots(n, links, rank=pos)
    kept = np.flatnonzero(root == np.arange(n))
    dups = [_duplicate(i, int(root[i]), xy, ids, keys) for i in np.flatnonzero(root != np.arange(n)).tolist()]
    return DedupeResult(kept=kept, duplicates=dups)


@dataclass
class Benchmarks:
    """Benchmarks after classification. Arrays are over the input rows."""
    xy: np.ndarray
    ids: List[str]
    usable: np.ndarray     # state allows use
    triplet: np.ndarray    # member of a triplet (non-empty freres_info)
    kept: np.ndarray       # not a duplicate
    counted: np.ndarray    # kept & usable (& triplet when triplets_only): the ones that cover
    duplicates: List[Duplicate]


def classify(xy, ids=None, states=None, freres=None, triplets_only=False,
             unusable_states=UNUSABLE_STATES, tol=DUPLICATE_TOLERANCE):
    """Usable / triplet flags and duplicates of a benchmark set (see is_usable, dedupe).

    Among duplicates the kept row is a usable one when there is one (then a triplet member)."""
    xy = _as_xy(xy)
    n = len(xy)
    for name, seq in (("states", states), ("freres", freres)):
        if seq is not None and len(seq) != n:
            raise CanevasError(N_("{count} values in '{field}' for {points} benchmarks: give one per benchmark."),
                               count=len(seq), field=name, points=n)
    usable = np.ones(n, dtype=bool) if states is None else np.array([is_usable(s, unusable_states) for s in states],
                                                                      dtype=bool)
    triplet = np.zeros(n, dtype=bool) if freres is None else np.array([bool(triplet_members(f)) for f in freres],
                                                                        dtype=bool)
    priority = (~usable).astype(int) * 2 + (~triplet).astype(int)
    dd = dedupe(ids, xy, tol, priority=priority)
    kept = np.zeros(n, dtype=bool)
    kept[dd.kept] = True
    counted = kept & usable & (triplet if triplets_only else True)
    return Benchmarks(xy=xy, ids=list(ids) if ids is not None else [str(i + 1) for i in range(n)],
                      usable=usable, triplet=triplet, kept=kept, counted=counted, duplicates=dd.duplicates)

