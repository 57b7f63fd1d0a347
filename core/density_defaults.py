"""Defaults of the leveling density study (DOMAIN.md §3), importable without shapely.

core.density uses them; the Processing parameters show them even where shapely 2 is missing.
"""

DEFAULT_RADIUS = 1000.0  # m: « densification minimale »; 500 m: « densification optimale »
MIN_RADIUS = 50.0        # m: the proposal lattice (step r/8) grows as 1/r², 1 m would ask for hundreds of GB
MAX_RADIUS = 50000.0     # m: no leveling ties onto a benchmark 50 km away; beyond, a unit error (km typed as m…)
MIN_BENCHMARKS = 2       # a survey ties onto two benchmarks so that a moved one shows
LEVELING_KM_PER_DAY = 6.0
ROAD_DETOUR = 1.2        # streets are longer than the straight line between two marks
TARGET_COVERED = 0.99
UNUSABLE_STATES = ("DETRUIT", "NON RETROUVE", "PRESUME DEPLACE", "MAUVAIS ETAT",
                   "D", "N", "P", "M", "S", "Y")
