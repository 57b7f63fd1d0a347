"""Closures (écarts de fermeture) of leveling runs between known benchmarks and of the network's loops.

Run closure = Σdh − (H_end − H_start) over a cheminement from one known benchmark to the next (a run
that passes a known benchmark midway is split there; a run starting or ending on an unknown point
is listed as open). Loop closure = Σdh around a loop of a cycle basis of the network: one loop per
observation outside a breadth-first spanning tree (so a section levelled out and back gives its
« écart aller-retour »). Signs: closure = what was measured minus what it should be.

Tolerance in mm = constant + a·√K + b·√n (K in km, n set-ups); a tolerance needing K or n that an
observation lacks is left undecided (passed = None).

Sources of the presets (searched for in French regulation and IGN practice):
- the arrêté du 16 septembre 2003 (classes de précision, DOMAIN.md §4) sets NO closure tolerance:
  it judges results by position deviations on control points, not by closures; the arrêté du
  21 janvier 1980 it replaced had tolerances, but its leveling figures were not found in the texts
  we could search, so none is offered;
- no IGN specification text giving a·√K figures for « nivellement de précision » orders, nor a
  CCTP figure, was found: such a figure must be entered as a custom tolerance from the contract;
- the study's own practice (INSA Strasbourg 2013 memoire, DOMAIN.md §9): « la fermeture des
  cheminements n'excédait pas deux millimètres » — offered as a 2 mm constant preset, named as the
  study's observed practice, not as a rule.
"""

import math
from dataclasses import dataclass, field
from typing import List, Optional

from ..messages import N_, CanevasError, Message
from .network import SpanningForest


@dataclass(frozen=True)
class Tolerance:
    constant_mm: float = 0.0
    mm_per_sqrt_km: float = 0.0
    mm_per_sqrt_setup: float = 0.0
    label: str = N_("custom")

    def check(self):
        values = (self.constant_mm, self.mm_per_sqrt_km, self.mm_per_sqrt_setup)
        if any(v < 0 or not math.isfinite(v) for v in values) or not any(values):
            raise CanevasError(N_("A tolerance needs non-negative terms, at least one positive (constant, mm/√km or "
                                  "mm/√set-up)."))

    def mm(self, km, setups):
        """Tolerance for a length of `km` and `setups` set-ups; None when a needed quantity is unknown."""
        if (self.mm_per_sqrt_km and km is None) or (self.mm_per_sqrt_setup and setups is None):
            return None
        return (self.constant_mm + self.mm_per_sqrt_km * math.sqrt(km or 0.0)
                + self.mm_per_sqrt_setup * math.sqrt(setups or 0))


#: Presets, in the order of the algorithm's enum (see the module docstring for their sources).
PRESETS = (
    ("study_2mm", Tolerance(constant_mm=2.0, label=N_("2 mm per run: practice reported by the INSA Strasbourg 2013 "
                                                      "study of the Rennes network (not a regulation)"))),
    ("custom", None),
)


@dataclass
class Closure:
    kind: str                  # "run" or "loop"
    name: str
    points: List[str]
    sum_dh_m: float
    expected_dh_m: float       # H_end − H_start for a run, 0 for a loop
    closure_mm: float
    km: Optional[float]
    setups: Optional[int]
    tolerance_mm: Optional[float]
    passed: Optional[bool]
    observations: List[int] = field(default_factory=list)  # indices in the list given
    source_lines: List[int] = field(default_factory=list)


@dataclass
class ClosureResult:
    runs: List[Closure]
    loops: List[Closure]
    open_runs: List[Message] = field(default_factory=list)  # runs not between two known benchmarks
    tolerance: Optional[Tolerance] = None

    @property
    def all(self):
        return self.runs + self.loops

    @property
    def n_runs(self):
        return len(self.runs)

    @property
    def n_failed(self):
        return sum(1 for c in self.all if c.passed is False)

    @property
    def max_closure_mm(self):
        return max((abs(c.closure_mm) for c in self.all), default=float("nan"))


def _sum(values):
    values = list(values)
    return None if any(v is None for v in values) else sum(values)


def _closure(kind, name, obs, indices, signs, expected, tolerance, points):
    sum_dh = sum(s * obs[i].dh_m for i, s in zip(indices, signs))
    km = _sum(obs[i].km for i in indices)
    setups = _sum(obs[i].setups for i in indices)
    closure_mm = 1000.0 * (sum_dh - expected)
    tol = tolerance.mm(km, setups) if tolerance else None
    passed = None if tol is None else abs(closure_mm) <= tol + 1e-9
    return Closure(kind, name, points, sum_dh, expected, closure_mm, km, setups, tol, passed, list(indices),
                   [obs[i].source_line for i in indices if obs[i].source_line is not None])


def _chains(obs):
    """Runs in order of appearance, each split where it stops being continuous (to ≠ next from)."""
    runs = {}
    for i, o in enumerate(obs):
        runs.setdefault(o.run or "", []).append(i)
    for name, indices in runs.items():
        chain = [indices[0]]
        for i in indices[1:]:
            if obs[i].from_id == obs[chain[-1]].to_id:
                chain.append(i)
            else:
                yield name, chain
                chain = [i]
        yield name, chain


def _every(monitor, total, step=200):
    """A function of the loop counter calling monitor(fraction) every `step` turns (none without monitor)."""
    if monitor is None:
        return lambda k: None
    return lambda k: monitor(k / max(total, 1)) if k % step == 0 else None


def run_closures(obs, heights, tolerance, monitor=None):
    """(closures, open runs) of the runs of `obs` between benchmarks of known `heights` {id: m}.

    monitor(fraction), when given, is called now and then: it may raise to stop (a cancel)."""
    closures, open_runs = [], []
    counter = 0
    done = 0
    for k, (name, chain) in enumerate(_chains(obs)):
        done += len(chain)
        if monitor is not None and k % 50 == 0:
            monitor(done / len(obs))
        start = None  # position in chain of the last known benchmark met
        if obs[chain[0]].from_id in heights:
            start = 0
        else:
            open_runs.append(Message(N_("run {run} starts on {point}, not a known benchmark"), run=name or "-",
                                     point=obs[chain[0]].from_id))
        for pos, i in enumerate(chain):
            end = obs[i].to_id
            if end not in heights:
                continue
            if start is not None:
                seg = chain[start:pos + 1]
                first = obs[seg[0]].from_id
                counter += 1
                label = "{} ({} → {})".format(name, first, end) if name else "{} → {}".format(first, end)
                points = [first] + [obs[j].to_id for j in seg]
                closures.append(_closure("run", label, obs, seg, [1.0] * len(seg), heights[end] - heights[first],
                                         tolerance, points))
            start = pos + 1
        if start is not None and start < len(chain):
            open_runs.append(Message(N_("run {run} ends on {point}, not a known benchmark"), run=name or "-",
                                         point=obs[chain[-1]].to_id))
    return closures, open_runs


def loop_closures(obs, tolerance, monitor=None):
    """Closures of a cycle basis of the network (one loop per observation outside the spanning tree).

    Each loop walks the tree between its ends: the work grows as loops × depth, so monitor(fraction) is
    called every few loops when given (it may raise to stop)."""
    forest = SpanningForest([(o.from_id, o.to_id) for o in obs], [o.dh_m for o in obs])
    loops = []
    tick = _every(monitor, len(forest.loop_edges), step=20)
    for n, i in enumerate(forest.loop_edges, start=1):
        tick(n)
        a, b = obs[i].from_id, obs[i].to_id
        points, edges = forest.path(b, a)  # back from b to a through the tree
        signs = [1.0]
        walk = b
        for e in edges:
            signs.append(1.0 if obs[e].from_id == walk else -1.0)
            walk = obs[e].to_id if obs[e].from_id == walk else obs[e].from_id
        loop = _closure("loop", "{}".format(n), obs, [i] + edges, signs, 0.0, tolerance, [a] + points)
        loops.append(loop)
    return loops


def compute_closures(observations, heights, tolerance=None, monitor=None):
    """Run and loop closures of `observations` (core.leveling.Observation) with `heights` {id: m} of the
    known benchmarks and a Tolerance (None: closures only, nothing decided). monitor(fraction 0…1), when
    given, is called during the long loops and may raise to stop them (a cancel)."""
    if not observations:
        raise CanevasError(N_("No observation: nothing to close."))
    if tolerance is not None:
        tolerance.check()
    runs, open_runs = run_closures(observations, heights, tolerance,
                                   None if monitor is None else lambda f: monitor(0.2 * f))
    loops = loop_closures(observations, tolerance, None if monitor is None else lambda f: monitor(0.2 + 0.8 * f))
    return ClosureResult(runs, loops, open_runs, tolerance)
