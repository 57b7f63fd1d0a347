"""The proposals' greedy on one lattice (`_Round`): gap samples, candidate sites, their worths kept
up to date, and the local search (removal and swap moves) on the marks of the round."""

import numpy as np

from .lattice import _Lattice
from .neighbours import pairs_within


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
        quantum = self.quantum = 1e-4 * step * step
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

    def place(self, c):
        """Make candidate c a mark of this round (counts, estimates; no other mark within
        min_spacing of it)."""
        self.mine.append((c, self.entry(c)))
        self.add(c)
        self.used[c] = True
        if self.job.spacing > 0:
            x, y = self.cands[c]
            self.used |= (self.cands[:, 0] - x) ** 2 + (self.cands[:, 1] - y) ** 2 < self.job.spacing ** 2

    def take(self, best):
        """Make candidate `best` a mark of this round and update the worths."""
        hit = self.reach(best)
        old = self.value[hit]
        self.place(best)
        self.value[hit] = self.worth(hit)
        self.spread(hit, self.value[hit] - old)
        for k in sorted(set(self.s_area[hit].tolist())):
            self.close_if_reached(k)

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
        cs, c_of = np.unique(self.s_c[idx], return_inverse=True)
        key = c_of.reshape(-1) * len(units) + np.repeat(u_of.reshape(-1), cnt)
        gain = np.bincount(key, weights=np.repeat(self.weight[hit], cnt), minlength=len(cs) * len(units))
        gain = gain.reshape(len(cs), len(units))
        ok = np.flatnonzero(np.all(gain >= need[units][None, :], axis=1))
        ok = ok[self._spaced(cs[ok], ca, cb)]
        if not len(ok):
            return None
        return int(cs[ok[int(np.argmax(gain.sum(axis=1)[ok]))]])

    def _spaced(self, cs, ca, cb):
        """Which of the candidates cs are not closer than min_spacing to the marks of this round
        other than ca, cb (earlier marks are already kept away by the lattice)."""
        sp = self.job.spacing
        others = [c for c, _ in self.mine if c not in (ca, cb)]
        if sp <= 0 or not others or not len(cs):
            return np.ones(len(cs), dtype=bool)
        d2 = ((self.cands[cs][:, None, :] - self.cands[others][None, :, :]) ** 2).sum(axis=2)
        return np.all(d2 >= sp * sp, axis=1)
