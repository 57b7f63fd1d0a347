"""New benchmark proposals (`propose`): where to add marks so that every study area reaches the
coverage target, and the leveling it takes to tie them."""

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

import numpy as np
import shapely
from shapely.geometry import Polygon

from ..density_defaults import LEVELING_KM_PER_DAY, ROAD_DETOUR, TARGET_COVERED
from ..messages import N_, CanevasError
from .areas import StudyResult, study
from .lattice import MAX_PROPOSAL_BYTES, _check_lattice, _Lattice
from .neighbours import pairs_within


@dataclass
class Proposal:
    x: float
    y: float
    gap: int            # index in StudyResult.gap_parts of the gap it mostly closes
    area: int           # index of the study area (row) of that gap
    # the two nearest marks it is leveled from/to: ('benchmark', i) or ('proposal', k)
    tie_to: Tuple[Tuple[str, int], ...]
    km: float           # leveling to tie it (see propose)
    days: float


@dataclass
class ProposalResult:
    proposals: List[Proposal]
    covered_pct_before: List[float]   # per area
    covered_pct_after: List[float]    # per area, exact re-run of the study with benchmarks + proposals
    target: float
    rate_km_per_day: float
    detour: float
    after: Optional[StudyResult] = None  # the StudyResult of that re-run
    cost_per_benchmark: Optional[float] = None  # € per new mark (its setting), None: not priced
    cost_per_day: Optional[float] = None        # € per day of leveling, None: not priced
    lower_bound: Optional[int] = None           # fewest new marks possible when computed (not yet)

    @property
    def cost(self):
        """€: new marks × cost per benchmark + leveling days × cost per day (None without costs)."""
        if self.cost_per_benchmark is None and self.cost_per_day is None:
            return None
        return float(len(self.proposals) * (self.cost_per_benchmark or 0.0) + self.days * (self.cost_per_day or 0.0))

    @property
    def km(self):
        return float(sum(p.km for p in self.proposals))

    @property
    def days(self):
        return float(sum(p.days for p in self.proposals))

    @property
    def reached(self):
        return all(p >= 100.0 * self.target - 1e-9 for p in self.covered_pct_after)


class Cancelled(CanevasError):
    """The caller's cancel callback answered True: nothing is returned."""

    def __init__(self):
        super().__init__(N_("Cancelled: nothing was proposed."))


@dataclass
class _Job:
    """What every round of one propose() call shares."""
    radius: float
    min_count: int
    goal: float                      # fraction of each area the rounds aim at
    spacing: float                   # no new mark closer than this to another mark
    area_size: np.ndarray            # m² per area
    gap_parts: List[Tuple[int, Polygon]]
    territory: Optional[Polygon]     # union of the study areas: candidates lie inside
    max_proposals: Optional[int]
    max_bytes: Optional[float]
    is_cancelled: Optional[Callable[[], bool]]

    def check_cancel(self):
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()


def _check_inputs(target, rate_km_per_day, costs=()):
    for cost in costs:
        if cost is not None and not (isinstance(cost, (int, float)) and math.isfinite(cost) and cost >= 0):
            raise CanevasError(N_("A cost must be a positive number of euros (or left empty); got {value}."),
                               value=cost)
    if not (0 < target <= 1):
        raise CanevasError(N_("The coverage target must be a fraction between 0 and 1 (e.g. 0.99); got {value}."),
                           value=target)
    if not rate_km_per_day or rate_km_per_day <= 0:
        raise CanevasError(N_("The leveling rate must be a positive number of km per day (e.g. 6); got {value}."),
                           value=rate_km_per_day)


def _gap_of(g, k, gap_parts):
    """Index of the original gap of area k that a later gap polygon g belongs to: the one it
    overlaps most, else the nearest (−1: the area had none)."""
    mine = [gi for gi, (kk, _) in enumerate(gap_parts) if kk == k]
    cand = [gi for gi in mine if gap_parts[gi][1].intersects(g)]
    if cand:
        return max(cand, key=lambda c: gap_parts[c][1].intersection(g).area)
    return min(mine, key=lambda c: gap_parts[c][1].distance(g)) if mine else -1


def _short_gaps(job, current, short, first_round):
    """(original gap index, area index, polygon) of the gaps of the areas still short."""
    if first_round:
        return [(gi, k, g) for gi, (k, g) in enumerate(job.gap_parts) if k in short]
    return [(_gap_of(g, k, job.gap_parts), k, g) for k in short for g in current.rows[k].gaps.geoms]


def _mm(xy):
    """Coordinates on a 1 mm grid: inputs that differ by less than that give the same proposals."""
    return np.round(np.asarray(xy, dtype=float).reshape(-1, 2), 3)


class _Round:
    """One round on one lattice: samples of the gaps still short (each needing m marks within r),
    candidate sites, and the marks of this round (`mine`: [(candidate, (x, y, gap, area))]).

    The worth of a candidate is kept up to date through the candidate–sample incidence (CSR both
    ways: c_ptr/sj by candidate, s_ptr/s_c by sample). Sample weights are rounded (to 1e-4 of a
    lattice cell) so that sub-millimetre input changes do not reorder near-equal candidates; ties
    go to the lowest candidate index, the lattice being aligned on multiples of its step."""

    def __init__(self, job, polys, marks, step, short, est):
        self.job = job
        geoms = [g for _, _, g in polys]
        lat = _Lattice(geoms, step, job.radius)
        samples, owner, weight = lat.samples(geoms)
        quantum = 1e-4 * step * step
        self.weight = np.maximum(np.round(weight / quantum), 1.0) * quantum
        self.s_area = np.array([polys[o][1] for o in owner], dtype=np.int64)
        self.s_gap = np.array([polys[o][0] for o in owner], dtype=np.int64)
        si, _ = pairs_within(samples, marks, job.radius)
        self.count = np.bincount(si, minlength=len(samples))
        # candidates: every other lattice node inside the territory, within r of a sample, not
        # closer than min_spacing to a mark
        stride = max(1, int(round(job.radius / 4.0 / step)))
        self.cands, self.c_ptr, self.sj, self.s_ptr, self.s_c = lat.candidates(
            job.territory, marks, job.spacing, stride, job.check_cancel)
        self.active = np.zeros(len(job.area_size), dtype=bool)
        self.active[short] = True
        self.est = est
        self.value = self.gain = None
        self.used = np.zeros(len(self.cands), dtype=bool)
        self.mine = []

    def start(self):
        self.value = self.worth(np.arange(len(self.count)))
        ci = np.repeat(np.arange(len(self.cands)), np.diff(self.c_ptr))
        self.gain = np.bincount(ci, weights=self.value[self.sj], minlength=len(self.cands))

    def worth(self, ss):
        """A sample that still needs k more marks within r is worth weight/k (0 once covered or
        when its area reached the goal)."""
        m, count = self.job.min_count, self.count
        return np.where(self.active[self.s_area[ss]] & (count[ss] < m), self.weight[ss] / np.maximum(m - count[ss], 1),
                        0.0)

    def spread(self, ss, dv):
        """Add dv (per sample) to the worth of every candidate that reaches those samples."""
        s_ptr = self.s_ptr
        cnt = s_ptr[ss + 1] - s_ptr[ss]
        idx = np.repeat(s_ptr[ss], cnt) + (np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt))
        self.gain += np.bincount(self.s_c[idx], weights=np.repeat(dv, cnt), minlength=len(self.gain))

    def reach(self, c):
        return self.sj[self.c_ptr[c]:self.c_ptr[c + 1]]

    def best(self):
        """The unused candidate of greatest worth, or None when none is worth anything."""
        best = int(np.argmax(np.where(self.used, -1.0, self.gain)))
        if self.used[best] or self.gain[best] <= 1e-9:
            return None
        return best

    def entry(self, c):
        """(x, y, gap, area) of candidate c: the gap whose samples it helps most."""
        m, hit = self.job.min_count, self.reach(c)
        helped = hit[self.count[hit] < m]
        contrib = self.weight[helped] / (m - self.count[helped])
        gi = int(np.argmax(np.bincount(self.s_gap[helped] + 1, weights=contrib))) - 1 if len(helped) else -1
        ai = int(self.job.gap_parts[gi][0]) if gi >= 0 else int(self.s_area[hit[0]])
        x, y = self.cands[c]
        return float(x), float(y), gi, ai

    def add(self, c):
        """Count candidate c as a mark (sample counts and covered estimates)."""
        m, hit = self.job.min_count, self.reach(c)
        done = hit[self.count[hit] == m - 1]
        self.count[hit] += 1
        np.add.at(self.est, self.s_area[done], self.weight[done])

    def remove(self, c):
        m, hit = self.job.min_count, self.reach(c)
        lost = hit[self.count[hit] == m]
        self.count[hit] -= 1
        np.subtract.at(self.est, self.s_area[lost], self.weight[lost])

    def take(self, best):
        """Make candidate `best` a mark of this round and update the worths."""
        hit = self.reach(best)
        old = self.value[hit]
        self.mine.append((best, self.entry(best)))
        self.add(best)
        self.value[hit] = self.worth(hit)
        self.spread(hit, self.value[hit] - old)
        for k in sorted(set(self.s_area[hit].tolist())):
            self.close_if_reached(k)
        # no other mark within min_spacing of this one
        self.used[best] = True
        if self.job.spacing > 0:
            x, y = self.cands[best]
            self.used |= (self.cands[:, 0] - x) ** 2 + (self.cands[:, 1] - y) ** 2 < self.job.spacing ** 2

    def close_if_reached(self, k):
        """An area that reached the goal stops attracting marks."""
        if self.active[k] and self.est[k] >= self.job.goal * self.job.area_size[k]:
            self.active[k] = False
            ss = np.flatnonzero((self.s_area == k) & (self.value > 0))
            self.spread(ss, -self.value[ss])
            self.value[ss] = 0.0

    def greedy(self, n_before):
        job = self.job
        while self.active.any() and (job.max_proposals is None or n_before + len(self.mine) < job.max_proposals):
            job.check_cancel()
            best = self.best()
            if best is None:
                break
            self.take(best)

    def floor(self, est_after):
        """What every area must keep through the removal and swap moves: its goal, or what the
        greedy reached when it could not reach the goal."""
        return np.minimum(self.job.goal * self.job.area_size, est_after) - 1e-6

    def prune(self, floor):
        """Removal moves: drop the marks the others made useless (latest first)."""
        for k in range(len(self.mine) - 1, -1, -1):
            self.job.check_cancel()
            c = self.mine[k][0]
            self.remove(c)
            if np.all(self.est >= floor):
                del self.mine[k]
            else:
                self.add(c)

    def swap(self, floor, passes=2):
        """Swap moves: two marks of this round less than 2r apart replaced by one candidate when
        the areas keep their floor; repeated while it helps (at most `passes` sweeps)."""
        for _ in range(passes):
            if not self._swap_pass(floor):
                break

    def _swap_pass(self, floor):
        improved = False
        k = 0
        while k < len(self.mine):
            self.job.check_cancel()
            j = self._partner(k, floor)
            improved |= j is not None
            k += 1
        return improved

    def _partner(self, k, floor):
        """Try to merge mark k with a later mark of this round; returns the merged index or None."""
        ca = self.mine[k][0]
        later = self.cands[[c for c, _ in self.mine[k + 1:]]].reshape(-1, 2)
        near = np.flatnonzero(((later - self.cands[ca]) ** 2).sum(axis=1) < 4 * self.job.radius ** 2) + k + 1
        for j in near.tolist():
            cb = self.mine[j][0]
            self.remove(ca)
            self.remove(cb)
            c = self._replacement(ca, cb, floor)
            if c is None:
                self.add(ca)
                self.add(cb)
                continue
            del self.mine[j]
            if c < 0:
                del self.mine[k]
            else:
                self.mine[k] = (c, self.entry(c))
                self.add(c)
            return j
        return None

    def _replacement(self, ca, cb, floor):
        """Once ca and cb are removed: the candidate that alone brings every area back to its
        floor (the lowest index among those that cover most), −1 when none is needed, None when
        no candidate can."""
        m = self.job.min_count
        need = floor - self.est
        if not np.any(need > 0):
            return -1
        hit = np.union1d(self.reach(ca), self.reach(cb))
        hit = hit[self.count[hit] == m - 1]
        units, u_of = np.unique(self.s_area[hit], return_inverse=True)
        if not len(hit) or np.any(need[np.setdiff1d(np.flatnonzero(need > 0), units)] > 0):
            return None
        cnt = self.s_ptr[hit + 1] - self.s_ptr[hit]
        idx = np.repeat(self.s_ptr[hit], cnt) + (np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt))
        key = self.s_c[idx] * len(units) + np.repeat(u_of.reshape(-1), cnt)
        gain = np.bincount(key, weights=np.repeat(self.weight[hit], cnt), minlength=len(self.cands) * len(units))
        gain = gain.reshape(len(self.cands), len(units))
        ok = np.all(gain >= need[units][None, :], axis=1) & self._spaced(ca, cb)
        if not ok.any():
            return None
        return int(np.argmax(np.where(ok, gain.sum(axis=1), -1.0)))

    def _spaced(self, ca, cb):
        """Candidates not closer than min_spacing to the marks of this round other than ca, cb
        (earlier marks are already kept away by the lattice)."""
        ok = np.ones(len(self.cands), dtype=bool)
        sp = self.job.spacing
        if sp <= 0:
            return ok
        for c, _ in self.mine:
            if c in (ca, cb):
                continue
            x, y = self.cands[c]
            ok &= (self.cands[:, 0] - x) ** 2 + (self.cands[:, 1] - y) ** 2 >= sp * sp
        return ok


def _points(chosen):
    return np.array([c[:2] for c in chosen]).reshape(-1, 2)


def _one_round(job, result, current, chosen, existing, step, first_round):
    """One round: greedy, removal and swap moves on a lattice of `step` over the gaps of the areas
    still short of the goal, then the exact check. Returns (chosen, current), or None when there
    is nothing to do."""
    short = [k for k, row in enumerate(current.rows) if row.covered_area < job.goal * row.area - 1e-6]
    if not short:
        return None
    polys = _short_gaps(job, current, short, first_round)
    if not polys:
        return None
    job.check_cancel()
    _check_lattice([g for _, _, g in polys], job.radius, step, job.max_bytes)
    marks = _mm(np.vstack([existing] + ([_points(chosen)] if chosen else [])))
    est = np.array([row.covered_area for row in current.rows])
    rnd = _Round(job, polys, marks, step, short, est)
    if not len(rnd.cands):
        return None
    rnd.start()
    rnd.greedy(len(chosen))
    floor = rnd.floor(rnd.est.copy())
    rnd.prune(floor)
    if len(rnd.mine) <= SWAPS_UP_TO:  # each swap try scans the round's marks: kept to small rounds
        rnd.swap(floor)
        rnd.prune(floor)
    chosen = chosen + [e for _, e in rnd.mine]
    job.check_cancel()
    return chosen, _rerun(result, _points(chosen), only=short, previous=current)


#: Swap moves only in rounds of at most this many new marks.
SWAPS_UP_TO = 300
#: Exact removal moves (one study re-run per proposal) only up to this many proposals.
EXACT_REMOVALS_UP_TO = 150


def _exact_removals(job, result, chosen):
    """Removal moves checked with the exact study: each proposal (latest first) is dropped when
    every area keeps the target without it. Returns (chosen, the study with them)."""
    after = _rerun(result, _points(chosen)) if chosen else result
    if not chosen or len(chosen) > EXACT_REMOVALS_UP_TO:
        return chosen, after
    reached = [row.covered_area >= job.goal * row.area - 1e-6 for row in after.rows]
    for k in range(len(chosen) - 1, -1, -1):
        job.check_cancel()
        trial = chosen[:k] + chosen[k + 1:]
        again = _rerun(result, _points(trial)) if trial else result
        if all(row.covered_area >= job.goal * row.area - 1e-6 or not ok for row, ok in zip(again.rows, reached)):
            chosen, after = trial, again
    return chosen, after


def _leveling(chosen, existing, detour, rate_km_per_day):
    """The Proposals, each tied to its two nearest marks (existing, or earlier proposals)."""
    new_pts = _points(chosen)
    props = []
    n_exist = len(existing)
    for k, (x, y, gi, ai) in enumerate(chosen):
        marks = np.vstack([existing, new_pts[:k]]) if k else existing
        if len(marks) == 0:
            tie, km = (), 0.0
        else:
            d = np.hypot(marks[:, 0] - x, marks[:, 1] - y)
            near = np.argpartition(d, 1)[:2] if len(d) > 2 else np.arange(len(d))
            near = near[np.argsort(d[near])]
            tie = tuple(("benchmark", int(j)) if j < n_exist else ("proposal", int(j - n_exist)) for j in near)
            km = detour * float(d[near].sum()) * (1.0 if len(near) == 2 else 2.0) / 1000.0
        props.append(Proposal(x=x, y=y, gap=gi, area=ai, tie_to=tie, km=km, days=km / rate_km_per_day))
    return props


def propose(result, target=TARGET_COVERED, rate_km_per_day=LEVELING_KM_PER_DAY, detour=ROAD_DETOUR,
            min_spacing=None, max_proposals=None, is_cancelled=None, max_bytes=MAX_PROPOSAL_BYTES,
            cost_per_benchmark=None, cost_per_day=None):
    """New benchmark locations so that every study area is at least `target` (0.99) covered.

    result: a StudyResult. Greedy on a lattice: the gaps of the areas below the goal are sampled
    at the nodes of a square lattice of step r/8 (each sample weighted so that the samples of a
    gap polygon add up to its exact area); candidate sites are the lattice nodes of step r/4 that
    lie inside the study areas (the territory), within r of a sample and not closer than
    `min_spacing` (default r/10) to a benchmark or to an earlier proposal. A sample that still
    needs k more benchmarks within r is worth weight/k, so a gap far from every benchmark (with
    m = 2 a lone new mark covers nothing there) still attracts a first mark, and then a second.
    Each step takes the candidate of greatest worth (worths updated incrementally through the
    candidate–sample incidence, a fixed stencil on the lattice), an area stops counting once the
    samples say it reached the target. Then local search: removal moves (marks made useless by
    later ones dropped, latest first) and swap moves (two marks less than 2r apart replaced by
    one candidate when every area keeps its target; rounds of at most SWAPS_UP_TO marks). The
    study is then re-run exactly with the benchmarks + proposals; where an area is still short
    of the target the greedy resumes on a lattice twice as fine (up to 4 rounds). With at most
    EXACT_REMOVALS_UP_TO proposals, each is then dropped (latest first) when the exact study
    says every area keeps its target without it. `reached` tells whether every area ended at ≥ target.
    Deterministic: marks are rounded to 1 mm, sample weights to 1e-4 of a lattice cell, ties go
    to the lowest lattice index (the lattice is aligned on multiples of its step).
    Costs (optional, €): cost_per_benchmark per new mark, cost_per_day per day of leveling;
    ProposalResult.cost is their total (None when neither is given).
    Proposal.gap indexes result.gap_parts; Proposal.tie_to names ('benchmark', i) with i an
    index in result.points, or ('proposal', k).

    Before each lattice is allocated its memory is estimated (lattice_bytes): beyond `max_bytes`
    (2 GB; None: no bound) a CanevasError states the figure. `is_cancelled`: optional callable
    checked in every loop; when it answers True, Cancelled is raised.

    Leveling estimate: a new mark is tied by a leveling run from one mark through it to another
    (DOMAIN.md §1: tie onto two benchmarks so that a moved one shows), from its two nearest marks
    (existing usable benchmarks or earlier proposals): km = detour × (d1 + d2) / 1000, detour =
    1.2 for the extra length of streets over the straight line; days = km / rate_km_per_day
    (6 km of direct leveling a day, DOMAIN.md §3).
    """
    _check_inputs(target, rate_km_per_day, (cost_per_benchmark, cost_per_day))
    r = result.radius
    areas = [row.geometry for row in result.rows]
    job = _Job(radius=r, min_count=result.min_count, goal=float(target),
               spacing=r / 10.0 if min_spacing is None else float(min_spacing),
               area_size=np.array([row.area for row in result.rows]), gap_parts=result.gap_parts,
               territory=shapely.union_all(areas) if areas else None, max_proposals=max_proposals,
               max_bytes=max_bytes, is_cancelled=is_cancelled)
    existing = np.asarray(result.points, dtype=float).reshape(-1, 2)
    chosen = []          # (x, y, gap index, area index)
    current = result
    step = r / 8.0
    for round_ in range(4):
        done = _one_round(job, result, current, chosen, existing, step, round_ == 0)
        if done is None:
            break
        chosen, current = done
        step /= 2.0
    job.check_cancel()
    chosen, after = _exact_removals(job, result, chosen)
    return ProposalResult(proposals=_leveling(chosen, existing, detour, rate_km_per_day),
                          covered_pct_before=[row.covered_pct for row in result.rows],
                          covered_pct_after=[row.covered_pct for row in after.rows], target=target,
                          rate_km_per_day=rate_km_per_day, detour=detour, after=after,
                          cost_per_benchmark=cost_per_benchmark, cost_per_day=cost_per_day)


def _rerun(result, new_pts, only=None, previous=None):
    """The study of `result` again with extra benchmarks (already counted as usable); with
    `only`, just for those areas, the other rows taken from `previous`."""
    pts = np.vstack([result.points, new_pts]) if len(new_pts) else result.points
    idx = list(range(len(result.rows))) if only is None else list(only)
    sub = study(pts, result.radius, result.min_count, areas=[result.rows[k].geometry for k in idx],
                names=[result.rows[k].name for k in idx], tol=0.0, quad_segs=result.quad_segs)
    if only is None:
        return sub
    rows = list(previous.rows)
    for k, row in zip(idx, sub.rows):
        rows[k] = row
    return StudyResult(rows=rows, radius=sub.radius, min_count=sub.min_count, points=sub.points,
                       benchmarks=sub.benchmarks, gap_parts=[], quad_segs=sub.quad_segs)
