"""Leveling-network density study (DOMAIN.md §3): where can a surveyor tie onto two benchmarks?

Pure Python (numpy + shapely >= 2); no QGIS. Coordinates are metres in a projected CRS.

Modules
-------
* covering   — `coverage`: the region covered by ≥ m discs (built by arcs, polygons)
* arcs       — the boundary arcs of that region, linked into closed rings
* polygons   — rings to shapely polygons (shells, holes) and polygon helpers
* benchmarks — states (usable or not), triplets, IGN matricules, duplicates (`classify`, `dedupe`)
* areas      — `study`: coverage and gaps per study area, with counts
* lattice    — the proposals' lattice (gap samples, candidate sites) and its memory estimate
* proposals  — `propose`: new benchmarks to reach the coverage target, and their leveling
* greedy     — the proposals' greedy on one lattice, with removal and swap moves
* milp       — integer programming of the proposals (scipy's HiGHS when importable), lower bound
* local_search — the proposals' marks shifted and dropped, every move checked with the exact study
* weak_spots — `benchmark_gaps`: isolated marks, line gaps, broken triplets
* neighbours — the one neighbour search (k-d tree, or STRtree without scipy) and union-find
* checks     — input checks and shared constants
Defaults shown to users live in core/density_defaults.py (importable without shapely).

Vocabulary
----------
* A benchmark's *disc* is the disc of radius r around it (r = 1000 m "densification minimale",
  500 m "densification optimale").
* A place is *covered* when it lies inside the discs of at least m usable benchmarks
  (m = ``min_count``, 2 by default: a survey must tie onto two benchmarks). Points outside the
  study area still count for coverage inside it.
* *Gaps* are the parts of a study area that are not covered.

Coverage method (exact up to the polygonal approximation of the circles)
-----------------------------------------------------------------------
The m-fold overlay of all discs is never built. The boundary of the region covered m times is a
set of circular arcs: a point of the circle of benchmark i is on that boundary exactly when the
number of *other* discs containing it, D, satisfies m − w_i ≤ D < m (w_i = number of benchmarks
at that very place, normally 1). So, for every pair of benchmarks closer than 2r (found with a
k-d tree, or shapely's STRtree), the angular interval of circle i inside disc j is
θ_ij ± acos(d_ij / 2r); a sort of those events around each circle gives D piecewise, hence the
boundary arcs, all oriented counter-clockwise (covered side on the left). Where an arc of circle
i stops at an intersection point with circle j, the boundary goes on along circle j from that very
point (general position), so the arcs link into closed rings without any geometric search.
Counter-clockwise rings are shells, clockwise ones holes; each hole goes into the smallest shell
that contains it. Cost O(P log P) for P close pairs, memory O(P); no polygon overlay at all.
Circles that certainly carry no boundary (every point of them has ≥ m other benchmarks within r,
checked at 32 points with a lower-bound count from a summed-area table) are skipped as "seeing"
circles, which removes most pairs inside dense towns.
Exact coincidences (three circles through one point, tangencies) are removed by moving every
benchmark by a deterministic pseudo-random amount of at most 1e-7·r (0.1 mm at r = 1 km);
benchmarks closer than 1e-6·r are merged into one circle of weight w; rings smaller than
1e-9·r² (jitter slivers) are dropped. If the arcs ever fail to link, it retries with a 10×
larger jitter.

Per study area (`study`), coverage parts strictly inside the area are kept as they are (their
shells become holes of the gap polygons, their holes gap polygons); only the parts that cross
the area's boundary go through a GEOS overlay.

Polygonal approximation: every vertex lies on the true circle (inscribed polygon); an arc is
drawn with chords of at most 2π/(4·quad_segs) radians (the step of a shapely/QGIS buffer with
that many segments per quarter circle), so a full disc loses ε = 1 − sin(step)/step of its area
(1e-4 with quad_segs = 64; chord sagitta 7.5 cm at r = 1 km). Each ring then gets as many more
chords as needed so that it too loses at most ε of its exact area (known in closed form from
its arcs): a thin lens of two benchmarks d apart matches the analytic
2r²·acos(d/2r) − (d/2)·√(4r² − d²) to 0.01 % for every d < 2r (tests at d = 0 … 1.99r), while the
arcs of a large covered region keep the plain step.

Public API
----------
coverage(points_xy, radius, min_count, quad_segs) -> MultiPolygon
study(points_xy, radius, min_count, areas, names, ids, states, freres, triplets_only, ...)
    -> StudyResult(rows: [AreaRow(name, geometry, area, covered_area, covered_pct, gap_area,
       coverage, gaps, n_benchmarks, n_usable, n_unusable, n_triplet, n_counted)], area,
       covered_area, covered_pct, points, benchmarks, duplicates, gap_parts)
propose(study_result, target, rate_km_per_day, detour, min_spacing, max_proposals, is_cancelled, max_bytes,
        cost_per_benchmark, cost_per_day, method="best"|"milp"|"greedy")
    -> ProposalResult(proposals: [Proposal(x, y, gap, area, tie_to, km, days)],
       covered_pct_before, covered_pct_after, km, days, reached, after, cost, lower_bound)
benchmark_gaps(ids, xy, states, freres, radius, min_count) -> [Finding(kind, ids, x, y,
    distance, message, reason)]
dedupe(ids, xy, tol) -> DedupeResult(kept, duplicates); classify(...) -> Benchmarks;
is_usable, normalize_state, split_benchmark_matricule, matricule_sort_key, triplet_members.
"""


from ..density_defaults import (
                                DEFAULT_RADIUS,
                                LEVELING_KM_PER_DAY,
                                MIN_BENCHMARKS,
                                ROAD_DETOUR,
                                TARGET_COVERED,
                                UNUSABLE_STATES,
)
from ..register import triplet_members
from .arcs import _deep_circles
from .areas import AreaRow, StudyResult, study
from .benchmarks import (
                                Benchmarks,
                                DedupeResult,
                                Duplicate,
                                classify,
                                dedupe,
                                is_usable,
                                matricule_number_key,
                                matricule_sort_key,
                                normalize_matricule,
                                normalize_state,
                                split_benchmark_matricule,
)
from .checks import DEFAULT_QUAD_SEGS, DUPLICATE_TOLERANCE, MIN_ARC_SEGMENTS
from .covering import coverage
from .lattice import MAX_PROPOSAL_BYTES, lattice_bytes
from .neighbours import close_pairs, group_roots, pairs_within
from .polygons import _multipolygon_from_ragged, _polygons_from_ragged
from .proposals import Cancelled, Proposal, ProposalResult, propose
from .weak_spots import Finding, benchmark_gaps

__all__ = [
    "DEFAULT_QUAD_SEGS", "DEFAULT_RADIUS", "DUPLICATE_TOLERANCE", "LEVELING_KM_PER_DAY", "MAX_PROPOSAL_BYTES",
    "MIN_ARC_SEGMENTS", "MIN_BENCHMARKS", "ROAD_DETOUR", "TARGET_COVERED", "UNUSABLE_STATES",
    "AreaRow", "Benchmarks", "Cancelled", "DedupeResult", "Duplicate", "Finding", "Proposal", "ProposalResult",
    "StudyResult",
    "benchmark_gaps", "classify", "close_pairs", "coverage", "dedupe", "group_roots", "is_usable", "lattice_bytes",
    "matricule_number_key", "matricule_sort_key", "normalize_matricule", "normalize_state", "pairs_within",
    "propose", "split_benchmark_matricule", "study", "triplet_members",
    # internals that tests check directly
    "_deep_circles", "_multipolygon_from_ragged", "_polygons_from_ragged",
]
