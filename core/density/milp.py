"""Integer programming for the proposals (scipy's HiGHS, `scipy.optimize.milp`, scipy ≥ 1.9).

On one lattice round (`proposals._Round`): each gap sample s still needs k_s = m − count_s marks
within r; binary x_c says candidate c becomes a mark, binary y_s that sample s is then covered:

    minimise Σ x_c   subject to   Σ_{c within r of s} x_c ≥ k_s · y_s        (every sample s)
                                  Σ_{s in area a} w_s · y_s ≥ need_a         (every area a)
                                  x_a + x_b ≤ 1 for candidates closer than min_spacing

need_a is what area a lacks to reach the goal (capped at what its reachable samples can give).
Areas that share no candidate are independent: the problem is solved per connected component of
areas, each alone, so that every model stays small; components beyond MILP_SAMPLES samples (or
beyond the MILP_BUDGET of a call) are left to the greedy. The solver's dual bound of every
component adds up to a lower bound of the lattice problem (marks on the candidate lattice, gaps
as sampled) when every component was solved by integer programming.

Hosts without scipy (some QGIS installs) have `available() == False` and use the greedy alone.
"""

import math

import numpy as np

from .neighbours import group_roots, pairs_within

#: Samples of one component above which the component is left to the greedy.
MILP_SAMPLES = 1600
#: Samples of all the components solved by integer programming in one propose() call.
MILP_BUDGET = 3200
#: Work bound of one model: branch-and-bound nodes (deterministic), and a time limit (s) as a
#: safety net only (a model that hits it may give another answer on another machine, so it is
#: far above need: a model of MILP_SAMPLES samples takes 4 s on a quiet 2-core machine, 20–30 s
#: when four jobs share it, where the former 20 s limit cut it short with a poor answer).
MILP_NODES = 500
MILP_SECONDS = 120.0
#: Relative gap at which the solver stops (its answer is then within this of the lattice optimum).
MILP_GAP = 0.01


def _milp():
    try:
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import csr_matrix, hstack, vstack
    except ImportError:  # scipy < 1.9 or absent: the greedy alone
        return None
    return milp, Bounds, LinearConstraint, csr_matrix, hstack, vstack


def available():
    return _milp() is not None


def components(rnd):
    """Groups of the active areas linked by a candidate that reaches samples of both:
    [(areas, samples)] in the order of their lowest area index."""
    m = rnd.job.min_count
    open_s = np.flatnonzero(rnd.active[rnd.s_area] & (rnd.count < m))
    if not len(open_s):
        return []
    ci = np.repeat(np.arange(len(rnd.cands)), np.diff(rnd.c_ptr))
    area_of = rnd.s_area[rnd.sj]
    first = area_of[rnd.c_ptr[:-1][ci]]
    links = np.unique(np.column_stack([first, area_of])[first != area_of], axis=0)
    root = group_roots(len(rnd.active), links.tolist())
    s_root = root[rnd.s_area[open_s]]
    out = []
    for r in np.unique(s_root).tolist():
        ss = open_s[s_root == r]
        out.append((np.unique(rnd.s_area[ss]), ss))
    return out


def _needs(rnd, areas, ss, need_s, coverable):
    """Per area of the component: what it lacks to reach the goal, capped at its coverable samples."""
    job = rnd.job
    lack = job.goal * job.area_size[areas] - rnd.est[areas]
    pos = np.searchsorted(areas, rnd.s_area[ss])
    most = np.bincount(pos, weights=rnd.weight[ss] * coverable, minlength=len(areas))
    return np.minimum(lack, most * (1 - 1e-9))


def _model(rnd, ss):
    """Candidates of the component and the sample × candidate incidence (scipy sparse)."""
    sp = _milp()
    csr_matrix = sp[3]
    cnt = rnd.s_ptr[ss + 1] - rnd.s_ptr[ss]
    idx = np.repeat(rnd.s_ptr[ss], cnt) + (np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt))
    cand = rnd.s_c[idx]
    keep = ~rnd.used[cand]
    cs, inv = np.unique(cand[keep], return_inverse=True)
    rows = np.repeat(np.arange(len(ss)), cnt)[keep]
    inc = csr_matrix((np.ones(len(rows)), (rows, inv.reshape(-1))), shape=(len(ss), len(cs)))
    return cs, inc


def solve(rnd, areas, ss):
    """Solve one component. Returns (candidate indices chosen, dual bound) or None when the
    solver gave no solution."""
    milp, Bounds, LinearConstraint, csr_matrix, hstack, vstack = _milp()
    job = rnd.job
    cs, inc = _model(rnd, ss)
    if not len(cs):
        return None
    need_s = (job.min_count - rnd.count[ss]).astype(float)
    coverable = np.asarray(inc.sum(axis=1)).ravel() >= need_s
    need_a = _needs(rnd, areas, ss, need_s, coverable)
    if not np.any(need_a > 0):
        return np.zeros(0, np.int64), 0.0
    ns, nc = len(ss), len(cs)
    # the area rows in whole units of 100 weight quanta, the needs rounded up to them: inputs that
    # differ by less than a millimetre give the very same model (hence the same solution)
    unit = 100.0 * rnd.quantum
    need_u = np.ceil(np.round(np.maximum(need_a, 0.0) / unit, 6))
    cover = hstack([inc, csr_matrix((-need_s, (np.arange(ns), np.arange(ns))), shape=(ns, ns))]).tocsr()
    pos = np.searchsorted(areas, rnd.s_area[ss])
    w_u = np.round(rnd.weight[ss] / rnd.quantum) / 100.0
    goal = csr_matrix((w_u, (pos, nc + np.arange(ns))), shape=(len(areas), nc + ns))
    most = np.bincount(pos, weights=w_u * coverable, minlength=len(areas))
    cons = [LinearConstraint(cover, 0.0, np.inf), LinearConstraint(goal, np.minimum(need_u, most), np.inf)]
    conflicts = _conflicts(rnd.cands[cs], job.spacing)
    if len(conflicts):
        k = np.arange(len(conflicts))
        rows = csr_matrix((np.ones(2 * len(k)), (np.r_[k, k], conflicts.T.ravel())), shape=(len(k), nc + ns))
        cons.append(LinearConstraint(rows, -np.inf, 1.0))
    cost = np.r_[np.ones(nc), np.zeros(ns)]
    upper = np.r_[np.ones(nc), coverable.astype(float)]
    res = milp(cost, integrality=np.ones(nc + ns), bounds=Bounds(0.0, upper), constraints=cons,
               options={"node_limit": MILP_NODES, "time_limit": MILP_SECONDS, "mip_rel_gap": MILP_GAP})
    if res.x is None:
        return None
    bound = getattr(res, "mip_dual_bound", None)
    bound = float(res.fun) if bound is None or not math.isfinite(bound) else float(bound)
    return cs[np.flatnonzero(res.x[:nc] > 0.5)], bound


def _conflicts(xy, spacing):
    """Candidate pairs (i < j) closer than min_spacing (none when the lattice is coarser)."""
    if spacing <= 0 or len(xy) < 2:
        return np.zeros((0, 2), np.int64)
    i, j = pairs_within(xy, xy, spacing)
    keep = i < j
    return np.column_stack([i[keep], j[keep]])


def solve_components(rnd, budget=None):
    """Solve every small component of this round by integer programming: its marks are placed
    (rnd.place) and its areas leave the round. Returns (lower bound or None, samples used);
    the bound is given only when every component was solved here."""
    budget = MILP_BUDGET if budget is None else budget
    bound, whole, used = 0.0, True, 0
    for areas, ss in components(rnd):
        rnd.job.check_cancel()
        if len(ss) > MILP_SAMPLES or used + len(ss) > budget:
            whole = False
            continue
        got = solve(rnd, areas, ss)
        if got is None:
            whole = False
            continue
        used += len(ss)
        chosen, b = got
        for c in chosen.tolist():
            rnd.place(c)
        rnd.active[areas] = False
        bound += b
    if not used:
        return None, 0
    return (int(math.ceil(bound - 1e-6)) if whole else None), used
