"""Leveling computations (DOMAIN.md §5, §9), QGIS-free: field books, closures, least-squares heights.

books.read_book(lines) → observations (one per section between two marks); closures.compute_closures(obs,
heights, tolerance) → run and loop closures; adjustment.adjust(obs, benchmarks, …) → heights, σ,
residuals and Baarda's tests; report.build_report(...) → the HTML listing; synthetic → a SYNTHETIC
GSI-16 book for demos.
"""

from . import books, solver, synthetic  # noqa: F401
from .adjustment import (  # noqa: F401
    WEIGHT_DISTANCE,
    WEIGHT_EQUAL,
    WEIGHT_SETUPS,
    AdjustmentResult,
    Benchmark,
    adjust,
    data_snooping,
)
from .books import read_book  # noqa: F401
from .closures import PRESETS, Tolerance, compute_closures  # noqa: F401
from .observations import COLUMNS, Observation  # noqa: F401
