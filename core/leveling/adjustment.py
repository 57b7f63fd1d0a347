"""Least-squares adjustment of leveling heights (compensation en bloc par les moindres carrés).

Model: for every observation i from point F to point T, H_T − H_F = dh_i + v_i, uncorrelated, with
a priori σ_i (mm) from the weighting:

- 0 distance: σ_i = σ_km · √K_i (K_i in km) — the usual model of spirit leveling;
- 1 setups:   σ_i = σ_setup · √n_i, σ_setup = σ_km · √(mean set-up length in km) from the
  observations giving both distance and set-ups, else DEFAULT_SETUP_KM (2 sights of 40 m);
- 2 equal:    σ_i = σ_km · √(mean K) when distances are given, else σ_km (1 km each).

Weights p_i = 1/σ_i² with the a priori variance factor σ0² = 1, so vᵀPv follows χ²(dof) when the
a priori model holds. Fixed benchmarks are held exactly (their heights are not adjusted).

Statistics (Baarda):
- σ̂0 = √(vᵀPv / dof); global test of the variance factor, two-sided at α: χ²_{α/2,dof} ≤ vᵀPv ≤
  χ²_{1−α/2,dof} (scipy.stats when importable, else the Wilson–Hilferty approximation);
- posterior σ of every height: σ̂0 · √Q_ii (a priori √Q_ii also given; with dof = 0, a priori);
- redundancy numbers r_i = (Qvv)_ii / σ_i², standardised residuals w_i = v_i / √(Qvv)_ii using σ0 a
  priori (= 1); an observation with r_i ≈ 0 is not controlled (w undefined);
- critical value from the α given, normal two-sided: k = Φ⁻¹(1 − α/2) (1.96 for α = 0.05; Baarda's
  convention α0 = 0.001 gives 3.29: pass alpha=0.001 for it);
- minimal detectable bias MDB_i = √λ0 · σ_i / √r_i, λ0 = (k + Φ⁻¹(power))² (power 0.80 by default);
- data snooping one at a time: only the observation of largest |w| is flagged when |w| > k (its
  neighbours' w are inflated by the same blunder); `data_snooping()` removes it, re-adjusts and
  repeats until no |w| exceeds k.

Parts of the network without a fixed benchmark get no height: their points are listed in
`floating` and their observations in `unused`; a network with no fixed benchmark at all is refused.
"""

import math
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Dict, List, Optional

import numpy as np

from ..density_defaults import UNUSABLE_STATES
from ..messages import N_, CanevasError, Message
from . import solver as _solver
from .network import components, normalize_state

WEIGHT_DISTANCE, WEIGHT_SETUPS, WEIGHT_EQUAL = 0, 1, 2
DEFAULT_SETUP_KM = 0.08
DEFAULT_ALPHA = 0.05
DEFAULT_POWER = 0.80
UNCONTROLLED_R = 1e-9
#: Largest a priori σ taken (mm/√km): past it the figure is not in mm/√km (and its square overflows at 1e154).
MAX_SIGMA_MM_PER_SQRT_KM = 1000.0

try:
    from scipy.stats import chi2 as _chi2
except ImportError:  # pragma: no cover - dense/no-scipy installs
    _chi2 = None


@dataclass
class Benchmark:
    id: str
    height_m: float
    state: Optional[str] = None       # IGN state (etat); unusable ones are not held fixed by default
    triplet: Optional[bool] = None    # member of an IGN triplet, when known


@dataclass
class AdjustedPoint:
    id: str
    height_m: float
    sigma_mm: float            # posterior: σ̂0·√Q_ii (a priori when dof = 0); 0 for a fixed benchmark
    sigma_apriori_mm: float
    fixed: bool


@dataclass
class Residual:
    index: int                 # index of the observation in the list given
    from_id: str
    to_id: str
    dh_m: float
    residual_mm: float         # v: adjusted dh − observed dh
    sigma_mm: float            # a priori σ of the observation
    redundancy: float
    w: float                   # standardised residual (nan when not controlled)
    mdb_mm: float              # minimal detectable bias (inf when not controlled)
    exceeds: bool = False      # |w| > k
    flagged: bool = False      # the one data snooping points at
    run: str = ""
    source_line: Optional[int] = None


@dataclass
class AdjustmentResult:
    points: List[AdjustedPoint]
    residuals: List[Residual]
    dof: int
    vtpv: float                # vᵀPv = the χ² statistic
    sigma0: float              # a posteriori (nan when dof = 0)
    chi2_low: float
    chi2_high: float
    chi2_passed: Optional[bool]
    alpha: float
    power: float
    critical_w: float
    lambda0: float
    fixed: List[str]
    excluded_benchmarks: List[tuple] = field(default_factory=list)  # (id, Message reason)
    floating: List[List[str]] = field(default_factory=list)         # parts tied to no fixed benchmark
    unused: List[int] = field(default_factory=list)                 # observations of those parts
    rejected: List[int] = field(default_factory=list)               # removed by data snooping
    warnings: List[Message] = field(default_factory=list)
    solver: str = ""
    weighting: int = WEIGHT_DISTANCE
    sigma_mm_per_sqrt_km: float = 1.0

    @property
    def chi2(self):
        return self.vtpv

    @property
    def flagged(self):
        return [r for r in self.residuals if r.flagged]

    @property
    def max_abs_w(self):
        ws = [abs(r.w) for r in self.residuals if not math.isnan(r.w)]
        return max(ws) if ws else float("nan")

    def point(self, pid):
        for p in self.points:
            if p.id == pid:
                return p
        raise KeyError(pid)


def chi2_bounds(dof, alpha):
    """Two-sided acceptance interval of χ²(dof) at α."""
    if dof <= 0:
        return float("nan"), float("nan")
    if _chi2 is not None:
        return float(_chi2.ppf(alpha / 2, dof)), float(_chi2.ppf(1 - alpha / 2, dof))
    z = NormalDist()  # Wilson–Hilferty: (χ²/ν)^(1/3) ≈ normal(1 − 2/9ν, 2/9ν)
    c = 2.0 / (9.0 * dof)
    return tuple(dof * (1 - c + z.inv_cdf(q) * math.sqrt(c)) ** 3 for q in (alpha / 2, 1 - alpha / 2))


def observation_sigmas(observations, weighting, sigma_mm_per_sqrt_km):
    """A priori σ (mm) of every observation; CanevasError naming those that lack what the weighting needs."""
    if not 0 < sigma_mm_per_sqrt_km <= MAX_SIGMA_MM_PER_SQRT_KM:
        raise CanevasError(N_("The a priori σ must be a positive number of mm/√km, at most 1 000 (1 m per √km: no "
                              "leveling is that poor), not {value}."), value=sigma_mm_per_sqrt_km)
    s = float(sigma_mm_per_sqrt_km)
    if weighting == WEIGHT_DISTANCE:
        _require(observations, lambda o: o.distance_m is not None and o.distance_m > 0,
                 N_("Weighting by distance needs a positive distance for every observation; {count} lack one. Give "
                    "the distances, or weight by set-ups or equally."))
        return np.array([s * math.sqrt(o.distance_m / 1000.0) for o in observations])
    if weighting == WEIGHT_SETUPS:
        _require(observations, lambda o: o.setups is not None and o.setups > 0,
                 N_("Weighting by set-ups needs the number of set-ups of every observation; {count} lack it. Give "
                    "them, or weight by distance or equally."))
        both = [o for o in observations if o.distance_m and o.setups]
        setup_km = (sum(o.distance_m for o in both) / 1000.0 / sum(o.setups for o in both)) if both \
            else DEFAULT_SETUP_KM
        return np.array([s * math.sqrt(setup_km * o.setups) for o in observations])
    if weighting == WEIGHT_EQUAL:
        dists = [o.distance_m for o in observations if o.distance_m]
        mean_km = (sum(dists) / len(dists) / 1000.0) if dists else 1.0
        return np.full(len(observations), s * math.sqrt(mean_km))
    raise CanevasError(N_("Unknown weighting {value}: 0 = distance, 1 = set-ups, 2 = equal."), value=weighting)


def _require(observations, ok, template):
    bad = [i for i, o in enumerate(observations) if not ok(o)]
    if bad:
        details = [Message(N_("{run} {from_id} → {to_id} (line {line})"), run=observations[i].run,
                           from_id=observations[i].from_id, to_id=observations[i].to_id,
                           line=observations[i].source_line) for i in bad]
        raise CanevasError(template, details=details, count=len(bad))


def choose_fixed(benchmarks, fixed_ids=None, hold_unusable=False, unusable_states=UNUSABLE_STATES):
    """(fixed {id: height}, excluded [(id, reason)]) from the benchmarks, by default all of them.

    A benchmark whose state is unusable (DOMAIN.md §1: DETRUIT, NON RETROUVE, PRESUME DEPLACE,
    MAUVAIS ETAT and their one-letter codes) is not held fixed unless `hold_unusable`.
    """
    by_id = {b.id: b for b in benchmarks}
    wanted = list(by_id) if fixed_ids is None else list(fixed_ids)
    unusable = {normalize_state(s) for s in unusable_states}
    fixed, excluded = {}, []
    for pid in wanted:
        b = by_id.get(pid)
        if b is None or b.height_m is None or not math.isfinite(b.height_m):
            excluded.append((pid, Message(N_("no known height"))))
        elif normalize_state(b.state) in unusable and not hold_unusable:
            excluded.append((pid, Message(N_("state {state}: not held fixed"), state=b.state)))
        else:
            fixed[pid] = float(b.height_m)
    return fixed, excluded


def adjust(observations, benchmarks, fixed_ids=None, weighting=WEIGHT_DISTANCE, sigma_mm_per_sqrt_km=1.0,
           alpha=DEFAULT_ALPHA, power=DEFAULT_POWER, hold_unusable=False, exclude=(), solver="auto", monitor=None):
    """Adjust the heights of the points of `observations` onto the fixed benchmarks (module docstring).

    benchmarks: Benchmark list (ids, heights, states); fixed_ids: the ids to hold fixed (None = every
    usable benchmark); exclude: indices of observations left out (data snooping); monitor(fraction 0…1):
    called during the solve, may raise to stop it (a cancel).
    """
    if not observations:
        raise CanevasError(N_("No observation to adjust."))
    if not 0 < alpha < 1 or not 0 < power < 1:
        raise CanevasError(N_("α and the power must lie between 0 and 1 (α = {alpha}, power = {power})."),
                           alpha=alpha, power=power)
    fixed, excluded = choose_fixed(benchmarks, fixed_ids, hold_unusable)
    excluded_set = set(exclude)
    idx = [i for i in range(len(observations)) if i not in excluded_set]
    obs = [observations[i] for i in idx]
    sig_all = observation_sigmas(obs, weighting, sigma_mm_per_sqrt_km) / 1000.0  # metres
    parts = components([(o.from_id, o.to_id) for o in obs])
    held = [part for part in parts if any(p in fixed for p in part)]
    if not held:
        raise CanevasError(N_("No fixed benchmark lies in the network: the heights cannot be computed. Hold at "
                              "least one benchmark of known height (two, so that a moved one shows)."),
                           details=[Message(N_("{id}: {reason}"), id=i, reason=r) for i, r in excluded])
    floating = [sorted(part) for part in parts if not any(p in fixed for p in part)]
    in_held = set().union(*held)
    use = [k for k, o in enumerate(obs) if o.from_id in in_held]
    warnings = _warnings(fixed, in_held, floating, benchmarks)
    _check_weights(obs, use, sig_all)
    result = _solve(obs, use, idx, sig_all, fixed, in_held, alpha, power, solver, monitor)
    result.excluded_benchmarks, result.floating, result.warnings = excluded, floating, warnings
    result.unused = [idx[k] for k, o in enumerate(obs) if o.from_id not in in_held]
    result.rejected = sorted(excluded_set)
    result.weighting, result.sigma_mm_per_sqrt_km = weighting, sigma_mm_per_sqrt_km
    return result


def _warnings(fixed, in_held, floating, benchmarks):
    warnings = []
    used_fixed = [p for p in fixed if p in in_held]
    if len(used_fixed) == 1:
        warnings.append(Message(N_("Only one fixed benchmark ({id}): a moved or wrong benchmark cannot show. Tie the "
                                   "leveling onto a second benchmark."), id=used_fixed[0]))
    for part in floating:
        warnings.append(Message(N_("{count} point(s) tied to no fixed benchmark got no height: {ids}. Level them onto "
                                   "a benchmark, or hold one of their benchmarks fixed."),
                                count=len(part), ids=", ".join(part[:10]) + (" …" if len(part) > 10 else "")))
    triplets = {b.id: b.triplet for b in benchmarks if b.triplet is not None}
    if triplets and used_fixed and not any(triplets.get(p) for p in used_fixed):
        warnings.append(Message(N_("No fixed benchmark is a member of an IGN triplet: IGN advises reaching the "
                                   "height reference through triplets first.")))
    return warnings


#: Largest ratio of two weights: past it the normal equations lose the millimetre (1e12 = σ from 1 µm to 1 m).
MAX_WEIGHT_RATIO = 1e12


def _check_weights(obs, use, sig_all):
    if not use:
        return
    sig = sig_all[use]
    if not np.all(np.isfinite(sig)) or np.min(sig) <= 0:
        raise CanevasError(N_("An a priori σ of an observation is zero or not finite: check the distances and "
                              "set-ups."))
    low, high = int(np.argmin(sig)), int(np.argmax(sig))
    if (sig[high] / sig[low]) ** 2 > MAX_WEIGHT_RATIO:
        a, b = obs[use[low]], obs[use[high]]
        raise CanevasError(N_("The weights of the observations span more than 12 orders of magnitude ({a} → {b}: σ "
                              "{sa:.3g} mm; {c} → {d}: σ {sb:.3g} mm): the heights would lose the millimetre. Check "
                              "their distances and set-ups, or weight equally."), a=a.from_id, b=a.to_id,
                           sa=1000.0 * sig[low], c=b.from_id, d=b.to_id, sb=1000.0 * sig[high])


def _index_points(obs, use, fixed):
    names, index = [], {}
    for k in use:
        for p in (obs[k].from_id, obs[k].to_id):
            if p not in fixed and p not in index:
                index[p] = len(names)
                names.append(p)
    return names, index


def _solve(obs, use, idx, sig_all, fixed, in_held, alpha, power, solver, monitor=None):
    names, index = _index_points(obs, use, fixed)
    n = len(names)
    sub = [obs[k] for k in use]
    sig = sig_all[use]
    p = 1.0 / sig ** 2
    fi = np.array([index.get(o.from_id, -1) for o in sub], dtype=np.int64)
    ti = np.array([index.get(o.to_id, -1) for o in sub], dtype=np.int64)
    # obs = dh − H_to(fixed) + H_from(fixed): the part of H_to − H_from still unknown
    obs_m = np.array([o.dh_m - fixed.get(o.to_id, 0.0) + fixed.get(o.from_id, 0.0) for o in sub])
    rhs = np.zeros(n)
    np.add.at(rhs, ti[ti >= 0], (p * obs_m)[ti >= 0])
    np.add.at(rhs, fi[fi >= 0], -(p * obs_m)[fi >= 0])
    kind = _solver.choose(solver)
    x, qdiag, qft = _solver.solve(n, fi, ti, p, rhs, kind, monitor)
    xt = np.where(ti >= 0, x[np.maximum(ti, 0)], 0.0)
    xf = np.where(fi >= 0, x[np.maximum(fi, 0)], 0.0)
    v = xt - xf - obs_m
    qd = lambda a: np.where(a >= 0, qdiag[np.maximum(a, 0)], 0.0)  # noqa: E731
    qll_hat = qd(ti) + qd(fi) - 2.0 * qft
    qvv = np.maximum(sig ** 2 - qll_hat, 0.0)
    dof = len(sub) - n
    vtpv = float(np.sum(p * v * v))
    sigma0 = math.sqrt(vtpv / dof) if dof > 0 else float("nan")
    low, high = chi2_bounds(dof, alpha)
    passed = bool(low <= vtpv <= high) if dof > 0 else None
    k = NormalDist().inv_cdf(1 - alpha / 2)
    lambda0 = (k + NormalDist().inv_cdf(power)) ** 2
    residuals = _residuals(sub, [idx[j] for j in use], v, sig, qvv, k, lambda0)
    scale = sigma0 if dof > 0 else 1.0
    points = [AdjustedPoint(pid, fixed[pid], 0.0, 0.0, True) for pid in sorted(fixed) if pid in in_held]
    points += [AdjustedPoint(pid, float(x[i]), 1000.0 * scale * math.sqrt(max(qdiag[i], 0.0)),
                             1000.0 * math.sqrt(max(qdiag[i], 0.0)), False) for i, pid in enumerate(names)]
    return AdjustmentResult(points, residuals, dof, vtpv, sigma0, low, high, passed, alpha, power, k, lambda0,
                            sorted(p for p in fixed if p in in_held), solver=kind)


def _residuals(sub, indices, v, sig, qvv, k, lambda0):
    r = qvv / sig ** 2
    out = []
    for j, o in enumerate(sub):
        controlled = r[j] > UNCONTROLLED_R
        w = v[j] / math.sqrt(qvv[j]) if controlled else float("nan")
        mdb = math.sqrt(lambda0) * sig[j] / math.sqrt(r[j]) * 1000.0 if controlled else float("inf")
        out.append(Residual(indices[j], o.from_id, o.to_id, o.dh_m, 1000.0 * v[j], 1000.0 * sig[j], float(r[j]),
                            float(w), float(mdb), bool(controlled and abs(w) > k), run=o.run,
                            source_line=o.source_line))
    ws = [abs(x.w) if not math.isnan(x.w) else -1.0 for x in out]
    if ws and max(ws) > k:
        out[int(np.argmax(ws))].flagged = True
    return out


def data_snooping(observations, benchmarks, max_rejections=10, **kwargs):
    """Baarda's iterative data snooping: flag the largest |w| > k, leave it out, re-adjust, repeat.

    Returns the last adjustment; `rejected` lists the observations left out, in the order found.
    """
    rejected = []
    result = adjust(observations, benchmarks, exclude=(), **kwargs)
    while result.flagged and len(rejected) < max_rejections:
        rejected.append(result.flagged[0].index)
        result = adjust(observations, benchmarks, exclude=rejected, **kwargs)
    result.rejected = list(rejected)
    return result


def heights_dict(result) -> Dict[str, float]:
    return {p.id: p.height_m for p in result.points}
