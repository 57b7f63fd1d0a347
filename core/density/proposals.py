"""New benchmark proposals (`propose`): where to add marks so that every study area reaches the
coverage target, and the leveling it takes to tie them."""

import math
from dataclasses import dataclass, replace
from typing import Callable, List, Optional, Tuple

import numpy as np
import shapely
from shapely.geometry import Polygon

from ..density_defaults import LEVELING_KM_PER_DAY, ROAD_DETOUR, TARGET_COVERED
from ..messages import N_, CanevasError
from . import milp as _milp
from .areas import StudyResult, study
from .fill import fill, fill_bytes
from .greedy import _Round
from .lattice import MAX_PROPOSAL_BYTES, _check_lattice, lattice_bytes
from .local_search import LOCAL_SEARCH_UP_TO, Search
from .polygons import _polygonal


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
    lower_bound: Optional[int] = None           # fewest new marks on the lattice (integer programming), or None
    pattern: bool = False                       # started from the country pattern (fill.py): 12–14 % more marks

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


class _Gaps:
    """The original gaps (StudyResult.gap_parts), to name the gap a later gap polygon belongs to."""

    def __init__(self, gap_parts):
        self.parts = gap_parts
        self.area = np.array([k for k, _ in gap_parts], dtype=np.int64)
        self.tree = shapely.STRtree([g for _, g in gap_parts]) if gap_parts else None

    def of(self, g, k):
        """The gap of area k that g overlaps most, else the nearest (−1: the area had none)."""
        if self.tree is None or not np.any(self.area == k):
            return -1
        cand = [int(c) for c in self.tree.query(g, predicate="intersects") if self.area[c] == k]
        if cand:
            return max(cand, key=lambda c: (self.parts[c][1].intersection(g).area, -c))
        mine = np.flatnonzero(self.area == k)
        dist = shapely.distance(np.array([self.parts[c][1] for c in mine], dtype=object), g)
        return int(mine[int(np.argmin(dist))])


def _short_gaps(job, current, short, first_round):
    """(original gap index, area index, polygon) of the gaps of the areas still short."""
    if first_round:
        return [(gi, k, g) for gi, (k, g) in enumerate(job.gap_parts) if k in short]
    gaps = _Gaps(job.gap_parts)
    return [(gaps.of(g, k), k, g) for k in short for g in current.rows[k].gaps.geoms]


def _mm(xy):
    """Coordinates on a 1 mm grid: inputs that differ by less than that give the same proposals."""
    return np.round(np.asarray(xy, dtype=float).reshape(-1, 2), 3)


def _points(chosen):
    return np.array([c[:2] for c in chosen]).reshape(-1, 2)


#: Swap moves only in rounds of at most this many new marks.
SWAPS_UP_TO = 300
#: Lattice memory (bytes) above which a round works tile by tile (each tile's lattice stays below it).
TILE_BYTES = 256 * 1024 ** 2
#: Nodes along the side of a tile.
TILE_NODES = 384


def _tiles(polys, radius, step):
    """The gap polygons in tiles of TILE_NODES lattice steps (aligned on multiples of the tile
    side), clipped to them, in row-major order; one tile when the whole lattice is small."""
    geoms = np.array([g for _, _, g in polys], dtype=object)
    bounds = shapely.total_bounds(geoms)
    if lattice_bytes(bounds, float(shapely.area(geoms).sum()), radius, step)[0] <= TILE_BYTES:
        return [polys]
    side = TILE_NODES * step
    tiles = {}
    for gi, k, g in polys:
        x0, y0, x1, y1 = g.bounds
        for ty in range(int(math.floor(y0 / side)), int(math.floor(y1 / side)) + 1):
            for tx in range(int(math.floor(x0 / side)), int(math.floor(x1 / side)) + 1):
                piece = shapely.clip_by_rect(g, tx * side, ty * side, (tx + 1) * side, (ty + 1) * side)
                for part in _polygonal(piece).geoms:
                    if part.area > 0:
                        tiles.setdefault((ty, tx), []).append((gi, k, part))
    return [tiles[key] for key in sorted(tiles)]


def _near_marks(marks, geoms, radius):
    """The marks within the bounding box of some polygons grown by 2r (the others cannot matter)."""
    x0, y0, x1, y1 = shapely.total_bounds(np.array(geoms, dtype=object))
    pad = 2 * radius
    keep = (marks[:, 0] > x0 - pad) & (marks[:, 0] < x1 + pad) & (marks[:, 1] > y0 - pad) & (marks[:, 1] < y1 + pad)
    return marks[keep]


class _Outcome:
    """What one round found: its new marks and, when computed, the lower bound of its lattice problem."""

    def __init__(self):
        self.new = []
        self.bound = 0
        self.milp_samples = 0


def _tile_round(job, tile, marks, step, lack, gap_of_area, out, use_milp):
    """Greedy (after integer programming of the small components) on one tile. Each area of the
    tile aims at its lack × (its gaps in the tile / all its gaps)."""
    areas = sorted({k for _, k, _ in tile})
    in_tile = np.zeros(len(lack))
    for _, k, g in tile:
        in_tile[k] += g.area
    need = np.where(gap_of_area > 0, lack * in_tile / np.maximum(gap_of_area, 1e-300), 0.0)
    sub = replace(job, area_size=need / job.goal)
    _check_lattice([g for _, _, g in tile], job.radius, step, job.max_bytes)
    rnd = _Round(sub, tile, _near_marks(marks, [g for _, _, g in tile], job.radius), step, areas,
                 np.zeros(len(lack)))
    if not len(rnd.cands):
        out.bound = None
        return
    if use_milp and _milp.available():
        bound, used = _milp.solve_components(rnd, _milp.MILP_BUDGET - out.milp_samples)
        out.milp_samples += used
        out.bound = None if bound is None or out.bound is None else out.bound + bound
    else:
        out.bound = None
    rnd.start()
    rnd.greedy(len(out.new))
    floor = rnd.floor(rnd.est.copy())
    rnd.prune(floor)
    if len(rnd.mine) <= SWAPS_UP_TO:  # each swap try scans the round's marks: kept to small rounds
        rnd.swap(floor)
        rnd.prune(floor)
    out.new += [e for _, e in rnd.mine]


def _one_round(job, result, current, chosen, existing, step, first_round, use_milp=False):
    """One round on a lattice of `step` over the gaps of the areas still short of the goal, tile
    by tile when large (integer programming for small components when asked, then the greedy,
    removal and swap moves), then the exact check. Returns (chosen, current, outcome), or None
    when there is nothing to do."""
    aim = [job.goal * row.area for row in current.rows]
    short = [k for k, row in enumerate(current.rows) if row.covered_area < aim[k] - 1e-6]
    if not short:
        return None
    polys = _short_gaps(job, current, short, first_round)
    if not polys:
        return None
    job.check_cancel()
    lack = np.array([max(0.0, aim[k] - row.covered_area) for k, row in enumerate(current.rows)])
    gap_of_area = np.bincount([k for _, k, _ in polys], weights=[g.area for _, _, g in polys],
                              minlength=len(lack))
    # the whole problem stays within max_bytes (a bound on the work too, not only on the memory,
    # which the tiles bound anyway): beyond it, refused with the figure
    _check_lattice([g for _, _, g in polys], job.radius, step, job.max_bytes)
    tiles = _tiles(polys, job.radius, step)
    out = _Outcome()
    if len(tiles) > 1:
        out.bound = None
    marks = _mm(np.vstack([existing] + ([_points(chosen)] if chosen else [])))
    for tile in tiles:
        job.check_cancel()
        if job.max_proposals is not None and len(chosen) + len(out.new) >= job.max_proposals:
            break
        here = _mm(np.vstack([marks] + ([_points(out.new)] if out.new else [])))
        _tile_round(replace(job, max_proposals=None if job.max_proposals is None
                            else job.max_proposals - len(chosen)),
                    tile, here, step, lack, gap_of_area, out, use_milp)
    if not out.new:
        return None
    chosen = chosen + out.new
    job.check_cancel()
    return chosen, _rerun(result, _points(chosen), only=short, previous=current), out


@dataclass
class _Path:
    chosen: list                 # (x, y, gap index, area index)
    current: StudyResult         # the exact study of the areas that were short
    bound: Optional[int] = None  # lower bound of the first lattice problem (integer programming)
    milp_used: bool = False


def _first_round(job, result, existing, step, use_milp):
    """The first round. The integer program's answer may fall a little short of the goal in the
    exact study (it sees the gaps through samples): its marks are then shifted (local search,
    every move checked exactly) before any mark is added."""
    done = _one_round(job, result, result, [], existing, step, True, use_milp)
    if done is None:
        return None
    chosen, current, out = done
    if out.milp_samples and len(chosen) <= LOCAL_SEARCH_UP_TO and _short_count(job, current):
        chosen, current = _search(job, result, existing, chosen, current).run(removals=False)
    return chosen, current, out


#: Estimated new marks (gap area × 0.8 / r²) from which propose() without a memory bound
#: (max_bytes=None) starts from the thinned pattern of fill.py instead of the lattice greedy.
FILL_FROM = 20000


def _fill_path(job, result, existing):
    """The thinned pattern (fill.py), checked with the exact study; the lattice greedy (rounds of
    r/16, r/32, r/64) then completes the areas still short."""
    job.check_cancel()
    chosen = fill(job, result, existing)
    current = _rerun(result, _points(chosen)) if chosen else result
    path = _Path(chosen=chosen, current=current)
    _more_rounds(job, result, existing, path, job.radius / 8.0, use_milp=False)
    return path


def _use_fill(job, result):
    """The pattern for a country: without a memory bound, or where the lattice would be refused by the bound and
    the pattern's raster fits in it (within the bound the lattice is kept: it needs 12–14 % fewer marks)."""
    geoms = [g for _, g in result.gap_parts]
    gap = sum(g.area for g in geoms)
    if not result.rows or 0.8 * gap / job.radius ** 2 < FILL_FROM:
        return False
    if job.max_bytes is None:
        return True
    bounds = shapely.total_bounds(np.array(geoms, dtype=object))
    return lattice_bytes(bounds, gap, job.radius, job.radius / 8.0)[0] > job.max_bytes >= \
        fill_bytes(bounds, job.radius)


def _more_rounds(job, result, existing, path, step, use_milp):
    for _ in range(3):
        step /= 2.0
        done = _one_round(job, result, path.current, path.chosen, existing, step, False, use_milp)
        if done is None:
            break
        path.chosen, path.current, _ = done


def _path(job, result, existing, use_milp):
    """Rounds on lattices of r/8, then r/16, … (up to 4) until the exact study says every area
    reached the goal; integer programming (when asked) for the small components of every round."""
    path = _Path(chosen=[], current=result)
    step = job.radius / 8.0
    first = _first_round(job, result, existing, step, use_milp)
    if first is None:
        return path
    path.chosen, path.current, out = first
    path.bound, path.milp_used = out.bound, out.milp_samples > 0
    _more_rounds(job, result, existing, path, step, use_milp)
    return path


def _search(job, result, existing, chosen, current):
    return Search(job, result.rows, existing, chosen, current,
                  lambda pts, only, previous: _rerun(result, pts, only=only, previous=previous))


def _short_count(job, current):
    return sum(row.covered_area < job.goal * row.area - 1e-6 for row in current.rows)


def _nearest_two(marks, n_exist, k_first=16):
    """For proposal k (mark n_exist + k): its two nearest among the existing marks and the
    proposals before it, as (indices into marks, distances)."""
    n_new = len(marks) - n_exist
    near = np.full((n_new, 2), -1, dtype=np.int64)
    dist = np.full((n_new, 2), np.inf)
    todo = np.arange(n_new)
    try:
        from scipy.spatial import cKDTree
    except ImportError:
        cKDTree = None
    if cKDTree is not None and len(marks) > 2:
        k = min(k_first, len(marks))
        d, j = cKDTree(marks).query(marks[n_exist:], k=k)
        allowed = j < (n_exist + np.arange(n_new))[:, None]
        first = np.argsort(~allowed, axis=1, kind="stable")[:, :2]
        ok = np.take_along_axis(allowed, first, axis=1).all(axis=1)
        near[ok] = np.take_along_axis(j, first, axis=1)[ok]
        dist[ok] = np.take_along_axis(d, first, axis=1)[ok]
        todo = np.flatnonzero(~ok)
    for q in todo.tolist():  # few: the first proposals, far from every mark
        d = np.hypot(marks[:n_exist + q, 0] - marks[n_exist + q, 0], marks[:n_exist + q, 1] - marks[n_exist + q, 1])
        # the two smallest, ties to the lowest index (as a stable sort), without sorting all the
        # marks: a country has ~100 such proposals among 700 000 marks
        best = [int(np.argmin(d))] if len(d) else []
        if len(d) > 1:
            d2 = d.copy()
            d2[best[0]] = np.inf
            best.append(int(np.argmin(d2)))
        best = np.array(best, dtype=np.int64)
        near[q, :len(best)] = best
        dist[q, :len(best)] = d[best]
    return near, dist


def _leveling(chosen, existing, detour, rate_km_per_day):
    """The Proposals, each tied to its two nearest marks (existing, or earlier proposals)."""
    n_exist = len(existing)
    marks = np.vstack([existing, _points(chosen)])
    near, dist = _nearest_two(marks, n_exist)
    got = near >= 0
    # one tie: there and back from it; none: nothing to level from (whole arrays at once: a
    # country has 300 000 proposals)
    km = detour * np.where(got, dist, 0.0).sum(axis=1) * np.where(got.sum(axis=1) == 2, 1.0, 2.0) / 1000.0
    days = km / rate_km_per_day
    props = []
    for (x, y, gi, ai), pair, k_km, k_days in zip(chosen, near.tolist(), km.tolist(), days.tolist()):
        tie = tuple(("benchmark", j) if j < n_exist else ("proposal", j - n_exist) for j in pair if j >= 0)
        props.append(Proposal(x=x, y=y, gap=gi, area=ai, tie_to=tie, km=k_km, days=k_days))
    return props


def propose(result, target=TARGET_COVERED, rate_km_per_day=LEVELING_KM_PER_DAY, detour=ROAD_DETOUR,
            min_spacing=None, max_proposals=None, is_cancelled=None, max_bytes=MAX_PROPOSAL_BYTES,
            cost_per_benchmark=None, cost_per_day=None, method="best"):
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
    local_search.LOCAL_SEARCH_UP_TO proposals, a local search every move of which is accepted by
    the exact study (local_search.py) then shifts marks while an area is short and drops marks
    (alone, or with up to four neighbouring proposals shifted to make up for them) while the areas
    keep their target; it also shifts the integer program's marks when they fall short, before the
    greedy adds any. `reached` tells whether every area ended at ≥ target. Rounds whose lattice
    would exceed TILE_BYTES work tile by tile (each area of a tile
    aims at its share of what the area lacks), so memory is bounded whatever the territory.
    method: "best" (default) — when scipy ≥ 1.9 is importable, the components of areas small enough
    (milp.MILP_SAMPLES) are first solved by integer programming (milp.py), then the plain greedy
    path is run too and the path with fewer marks is kept (so never worse than the greedy);
    "milp" — the integer-programming path alone; "greedy" — the greedy alone (as without scipy);
    "fill" — the thinned pattern of fill.py, then the greedy where an area is short. "best" takes
    "fill" by itself when the gaps call for more than FILL_FROM new marks and max_bytes is None or
    would refuse the lattice while the pattern's raster fits (a country: linear work, but 12–14 %
    more marks than the greedy where both can run).
    ProposalResult.lower_bound: the solver's bound of the first lattice problem (marks on the
    r/4 candidate lattice, gaps sampled every r/8) when every component of it was solved by
    integer programming, else None; at most the number proposed.
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
    if method not in ("best", "milp", "greedy", "fill"):
        raise CanevasError(N_("Unknown proposal method '{value}': use best, milp, greedy or fill."), value=method)
    pattern = method == "fill" or (method == "best" and _use_fill(job, result))
    chosen, current, bound = _best_path(job, result, existing, method, pattern)
    job.check_cancel()
    if chosen and len(chosen) <= LOCAL_SEARCH_UP_TO:
        chosen, current = _search(job, result, existing, chosen, current).run()
    if not chosen:
        after = result
    elif getattr(current, "points_key", None) == _mm(_points(chosen)).tobytes():
        after = current  # already the whole study with exactly these marks (a country: one study saved)
    else:
        after = _rerun(result, _points(chosen))
    return ProposalResult(proposals=_leveling(chosen, existing, detour, rate_km_per_day),
                          covered_pct_before=[row.covered_pct for row in result.rows],
                          covered_pct_after=[row.covered_pct for row in after.rows], target=target,
                          rate_km_per_day=rate_km_per_day, detour=detour, after=after,
                          cost_per_benchmark=cost_per_benchmark, cost_per_day=cost_per_day,
                          lower_bound=None if bound is None else min(bound, len(chosen)), pattern=pattern)


def _best_path(job, result, existing, method, pattern):
    """The country pattern when `pattern`; else the integer-programming paths (when scipy is there and a
    component is small enough) and the greedy path; the one that reaches the goal in more areas with fewer
    marks (the first on a tie). Returns (chosen, exact study of the short areas, lower bound or None)."""
    if pattern:
        path = _fill_path(job, result, existing)
        return path.chosen, path.current, None
    paths = []
    if method != "greedy" and _milp.available():
        first = _path(job, result, existing, use_milp=True)
        paths.append(first)
        if not first.milp_used:  # no component small enough for integer programming: it was the greedy
            return first.chosen, first.current, None
    if method != "milp" or not paths:
        paths.append(_path(job, result, existing, use_milp=False))
    best = min(paths, key=lambda p: (_short_count(job, p.current), len(p.chosen)))
    # the bound is the lattice problem's, whichever path won
    return best.chosen, best.current, paths[0].bound


def _rerun(result, new_pts, only=None, previous=None):
    """The study of `result` again with extra benchmarks (already counted as usable); with
    `only`, just for those areas, the other rows taken from `previous`."""
    pts = np.vstack([result.points, new_pts]) if len(new_pts) else result.points
    idx = list(range(len(result.rows))) if only is None else list(only)
    sub = study(pts, result.radius, result.min_count, areas=[result.rows[k].geometry for k in idx],
                names=[result.rows[k].name for k in idx], tol=0.0, quad_segs=result.quad_segs)
    if only is None:
        sub.points_key = _mm(new_pts).tobytes()
        return sub
    rows = list(previous.rows)
    for k, row in zip(idx, sub.rows):
        rows[k] = row
    return StudyResult(rows=rows, radius=sub.radius, min_count=sub.min_count, points=sub.points,
                       benchmarks=sub.benchmarks, gap_parts=[], quad_segs=sub.quad_segs)
