"""New benchmark proposals (`propose`): where to add marks so that every study area reaches the
coverage target, and the leveling it takes to tie them."""

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


def _check_inputs(target, rate_km_per_day):
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


class _Round:
    """One greedy round on one lattice: samples of the gaps still short (each needing m marks
    within r), candidate sites and their worth, updated incrementally through the
    candidate–sample incidence (CSR both ways: c_ptr/sj by candidate, s_ptr/s_c by sample)."""

    def __init__(self, job, polys, marks, step, short, est):
        self.job = job
        geoms = [g for _, _, g in polys]
        lat = _Lattice(geoms, step, job.radius)
        samples, owner, self.weight = lat.samples(geoms)
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
        self.picked = []  # (candidate, index in chosen)

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

    def take(self, best, chosen):
        """Add candidate `best` to `chosen` as (x, y, gap index, area index) and update the worths."""
        m, hit = self.job.min_count, self.reach(best)
        old = self.value[hit]
        helped = hit[self.count[hit] < m]
        contrib = self.weight[helped] / (m - self.count[helped])
        done = helped[self.count[helped] == m - 1]
        self.count[hit] += 1
        np.add.at(self.est, self.s_area[done], self.weight[done])
        gi = int(np.argmax(np.bincount(self.s_gap[helped] + 1, weights=contrib))) - 1 if len(helped) else -1
        ai = int(self.job.gap_parts[gi][0]) if gi >= 0 else int(self.s_area[hit[0]])
        self.picked.append((best, len(chosen)))
        x, y = self.cands[best]
        chosen.append((float(x), float(y), gi, ai))
        self.value[hit] = self.worth(hit)
        self.spread(hit, self.value[hit] - old)
        for k in set(self.s_area[hit].tolist()):
            self.close_if_reached(k)
        # no other mark within min_spacing of this one
        self.used[best] = True
        if self.job.spacing > 0:
            self.used |= (self.cands[:, 0] - x) ** 2 + (self.cands[:, 1] - y) ** 2 < self.job.spacing ** 2

    def close_if_reached(self, k):
        """An area that reached the goal stops attracting marks."""
        if self.active[k] and self.est[k] >= self.job.goal * self.job.area_size[k]:
            self.active[k] = False
            ss = np.flatnonzero((self.s_area == k) & (self.value > 0))
            self.spread(ss, -self.value[ss])
            self.value[ss] = 0.0

    def greedy(self, chosen):
        job = self.job
        while self.active.any() and (job.max_proposals is None or len(chosen) < job.max_proposals):
            job.check_cancel()
            best = self.best()
            if best is None:
                break
            self.take(best, chosen)

    def prune(self, chosen):
        """Drop the marks the others made useless (latest first), keeping every area at its goal
        or at what it had before this round. Returns the marks kept."""
        job, m = self.job, self.job.min_count
        floor = np.minimum(job.goal * job.area_size, self.est)
        drop = set()
        for best, kc in reversed(self.picked):
            job.check_cancel()
            hit = self.reach(best)
            lost_s = hit[self.count[hit] == m]
            lost = np.bincount(self.s_area[lost_s], weights=self.weight[lost_s], minlength=len(job.area_size))
            if np.all(self.est - lost >= floor - 1e-6):
                self.count[hit] -= 1
                self.est -= lost
                drop.add(kc)
        return [c for k, c in enumerate(chosen) if k not in drop] if drop else chosen


def _points(chosen):
    return np.array([c[:2] for c in chosen]).reshape(-1, 2)


def _one_round(job, result, current, chosen, existing, step, first_round):
    """One round: the greedy on a lattice of `step` over the gaps of the areas still short of the
    goal, then the exact check. Returns (chosen, current), or None when there is nothing to do."""
    short = [k for k, row in enumerate(current.rows) if row.covered_area < job.goal * row.area - 1e-6]
    if not short:
        return None
    polys = _short_gaps(job, current, short, first_round)
    if not polys:
        return None
    job.check_cancel()
    _check_lattice([g for _, _, g in polys], job.radius, step, job.max_bytes)
    marks = np.vstack([existing] + ([_points(chosen)] if chosen else []))
    est = np.array([row.covered_area for row in current.rows])
    rnd = _Round(job, polys, marks, step, short, est)
    if not len(rnd.cands):
        return None
    rnd.start()
    rnd.greedy(chosen)
    chosen = rnd.prune(chosen)
    job.check_cancel()
    return chosen, _rerun(result, _points(chosen), only=short, previous=current)


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
            min_spacing=None, max_proposals=None, is_cancelled=None, max_bytes=MAX_PROPOSAL_BYTES):
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
    samples say it is 1 − (1 − target)/2 covered (99.5 % for 99 %), then marks made useless by
    later ones are dropped (latest first). The study is then re-run exactly with the benchmarks
    + proposals; where an area is still short of that goal the greedy resumes on a lattice twice
    as fine (up to 4 rounds). `reached` tells whether every area ended at ≥ target.
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
    _check_inputs(target, rate_km_per_day)
    r = result.radius
    areas = [row.geometry for row in result.rows]
    job = _Job(radius=r, min_count=result.min_count, goal=1.0 - (1.0 - target) / 2.0,
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
    after = _rerun(result, _points(chosen)) if chosen else result
    return ProposalResult(proposals=_leveling(chosen, existing, detour, rate_km_per_day),
                          covered_pct_before=[row.covered_pct for row in result.rows],
                          covered_pct_after=[row.covered_pct for row in after.rows], target=target,
                          rate_km_per_day=rate_km_per_day, detour=detour, after=after)


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
