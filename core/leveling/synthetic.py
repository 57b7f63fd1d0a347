"""A SYNTHETIC leveling job for demos and tests: a Leica GSI-16 field book from known true heights.

Each run goes from a benchmark through some stations to another benchmark, set-up by set-up (one
backsight, one foresight: BF), with turning points numbered by the level (digits only), sights of
20–40 m and Gaussian reading noise scaled so that a section of K km has σ = σ_km·√K. Seeded: the
same arguments give the same book. The file starts with a code block whose information word says
SYNTHETIC, so that the book cannot be taken for a real one.
"""

import math

import numpy as np

SYNTHETIC_LABEL = "SYNTHETIC"


def _word(wi, data, unit="8", sign="+"):
    """A GSI-16 word: index and '.' up to column 5, the unit in column 6, sign, 16 data characters."""
    return "{}{}{}{}".format((wi + "....")[:5], unit, sign, str(data).rjust(16, "0")[-16:])


def _block(number, wi="11"):
    return "{}{:04d}".format(wi, number % 10000)


def _reading_word(wi, metres):
    return _word(wi, int(round(abs(metres) * 1e5)), "8", "-" if metres < 0 else "+")


class _Writer:
    def __init__(self):
        self.lines, self.block, self.turning = [], 0, 9000

    def line(self, *words):
        self.block += 1
        self.lines.append("*" + " ".join(words) + " ")

    def code(self, info1, info2=""):
        self.block += 1
        words = [_block(self.block, "41") + "+" + "0" * 16, _word("42", info1, ".")]
        if info2:
            words.append(_word("43", info2, "."))
        self.lines.append("*" + " ".join(words) + " ")

    def sight(self, point, wi, reading, distance):
        self.block += 1
        self.lines.append("*" + " ".join([_block(self.block) + "+" + str(point).rjust(16, "0"),
                                          _word("32", int(round(distance * 1e5)), "8"),
                                          _reading_word(wi, reading)]) + " ")


def synthetic_book(runs, heights, seed=0, sigma_mm_per_sqrt_km=0.7, section_m=None, blunders=None):
    """GSI-16 lines of a SYNTHETIC book.

    runs: list of (name, [point ids]) — each run levelled from its first point to its last;
    heights: true heights {id: m}; section_m: {(from, to): length} (default: seeded 150–600 m);
    blunders: {(run name, section index): mm} added to one section to test blunder detection.
    """
    rng = np.random.default_rng(seed)
    w = _Writer()
    w.code(SYNTHETIC_LABEL, "DEMO")
    blunders = blunders or {}
    for name, points in runs:
        w.code(name)
        for k, (a, b) in enumerate(zip(points, points[1:])):
            length = (section_m or {}).get((a, b)) or float(rng.uniform(150.0, 600.0))
            dh = heights[b] - heights[a] + blunders.get((name, k), 0.0) / 1000.0
            _section(w, rng, a, b, dh, length, sigma_mm_per_sqrt_km)
    return w.lines


def _section(w, rng, a, b, dh, length, sigma_km):
    setups = max(1, int(math.ceil(max(length / 60.0, abs(dh) / 1.5))))
    steps = np.full(setups, dh / setups)
    sights = rng.uniform(20.0, 40.0, size=(setups, 2))
    sights *= length / sights.sum()  # the sights add up to the section length
    current = a
    for s in range(setups):
        setup_km = sights[s].sum() / 1000.0
        sigma_reading = sigma_km * math.sqrt(setup_km) / math.sqrt(2.0) / 1000.0
        back = float(rng.uniform(1.2, 1.8)) + max(0.0, steps[s])
        fore = back - steps[s]
        back += rng.normal(0.0, sigma_reading)
        fore += rng.normal(0.0, sigma_reading)
        if s == setups - 1:
            target = b
        else:
            w.turning += 1
            target = str(w.turning)
        w.sight(current, "331", back, sights[s, 0])
        w.sight(target, "332", fore, sights[s, 1])
        current = target


def synthetic_job(stations, benchmarks, seed=0, stations_per_run=4, **kwargs):
    """Runs tying `stations` [(id, H)] onto `benchmarks` [(id, H)] (at least two): run k goes from
    benchmark k through the next stations to benchmark k+1 (cyclically). Returns (runs, heights, lines)."""
    if len(benchmarks) < 2:
        raise ValueError("a synthetic job ties onto at least two benchmarks")
    heights = dict(stations)
    heights.update(dict(benchmarks))
    ids = [s for s, _ in stations]
    bms = [b for b, _ in benchmarks]
    runs = []
    for k, start in enumerate(range(0, max(len(ids), 1), stations_per_run)):
        chunk = ids[start:start + stations_per_run]
        runs.append(("R{}".format(k + 1), [bms[k % len(bms)]] + chunk + [bms[(k + 1) % len(bms)]]))
    return runs, heights, synthetic_book(runs, heights, seed=seed, **kwargs)
