"""Parameter builders shared by several algorithms (algorithms never import one another)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import density_defaults as defaults
from ..core import systems

DEFAULT_WORK_CRS = "EPSG:3948"
DEFAULT_FIELDS = {"ID_FIELD": "nom", "STATE_FIELD": "etat", "TRIPLET_FIELD": "freres_info"}


def datum_shift_parameter(alg, name="DATUM_SHIFT", advanced=False):
    """The enum every REN09 algorithm shares: 0 = IGN grid, 1 = 3 parameters (default, REN09 as Rennes defined it).

    The values stay 0 and 1 so that saved models and scripts keep their meaning.
    """
    param = QgsProcessingParameterEnum(
        name, alg.tr("REN09 definition (NTF → RGF93 datum shift)"),
        options=[alg.tr(systems.DATUM_SHIFT_NAMES[shift]) for shift in systems.DATUM_SHIFTS],
        defaultValue=systems.DEFAULT_DATUM_SHIFT)
    return alg.add(param, alg.tr(
        "REN09 as the City of Rennes defined it is NTF with the standard 3-parameter shift −168, −60, 320 m: "
        "the default. The IGN grid NTF→RGF93 (ntf_r93.gsb, the official NTF conversion) gives a variant that "
        "differs by about 0.6 m east and 2 m north at Rennes: check which one your points follow with "
        "« Check common points »."), advanced=advanced)


def add_benchmark_parameters(alg, with_triplets_only=True):
    """The benchmarks and the scenario first, then the options on how they are read (advanced)."""
    add_benchmark_input(alg)
    add_benchmark_options(alg, with_triplets_only)


def add_benchmark_input(alg):
    """What is studied: the benchmarks, the radius and how many of them a place needs."""
    alg.add(QgsProcessingParameterFeatureSource("INPUT", alg.tr("Leveling benchmarks"),
                                                [QgsProcessing.SourceType.TypeVectorPoint]),
            alg.tr("IGN-like benchmark points (e.g. the WFS layer GEODESIE:data_geod filtered on domaine = 'nivf'), "
                   "in any CRS."))
    alg.add(QgsProcessingParameterNumber("RADIUS", alg.tr("Radius (m)"), QgsProcessingParameterNumber.Type.Double,
                                         defaults.DEFAULT_RADIUS, minValue=defaults.MIN_RADIUS),
            alg.tr("Distance within which a benchmark can be reached by leveling: 1000 m for the « densification "
                   "minimale » of the 2013 study, 500 m for the « densification optimale ». At least 50 m: below, "
                   "the study would need more memory than a workstation has."), decimals=0)
    alg.add(QgsProcessingParameterNumber("MIN_BENCHMARKS", alg.tr("Benchmarks needed"),
                                         QgsProcessingParameterNumber.Type.Integer, defaults.MIN_BENCHMARKS, minValue=1,
                                         maxValue=10),
            alg.tr("How many usable benchmarks must lie within the radius: 2, so that a survey ties onto two "
                   "benchmarks and a moved one shows."))


def add_triplets_only(alg):
    alg.add(QgsProcessingParameterBoolean("TRIPLETS_ONLY", alg.tr("Triplet members only"), False),
            alg.tr("Count only triplet members, the benchmarks IGN keeps re-observing."))


def add_benchmark_options(alg, with_triplets_only=True):
    """How the benchmarks are read: fields, states, filter, working CRS; IGN's defaults fit, hence advanced.

    `with_triplets_only`: add « Triplet members only » here (an algorithm may place it among its own
    parameters with add_triplets_only instead).
    """
    if with_triplets_only:
        add_triplets_only(alg)
    alg.add(QgsProcessingParameterExpression("FILTER", alg.tr("Filter expression"), parentLayerParameterName="INPUT",
                                             optional=True),
            alg.tr("Only the benchmarks matching this expression are read, e.g. \"domaine\" = 'nivf'."), advanced=True)
    alg.add(QgsProcessingParameterField("ID_FIELD", alg.tr("Matricule field"), DEFAULT_FIELDS["ID_FIELD"], "INPUT",
                                        optional=True),
            alg.tr("Field holding the matricule (IGN: nom). Benchmarks with the same matricule or position count "
                   "once."), advanced=True)
    alg.add(QgsProcessingParameterField("STATE_FIELD", alg.tr("State field"), DEFAULT_FIELDS["STATE_FIELD"],
                                        "INPUT", optional=True),
            alg.tr("Field holding the state of the benchmark (IGN: etat). Empty: every benchmark is usable."),
            advanced=True)
    alg.add(QgsProcessingParameterString("UNUSABLE_STATES", alg.tr("Unusable states"),
                                         ", ".join(defaults.UNUSABLE_STATES), optional=True),
            alg.tr("States (comma-separated, case and accents ignored) of benchmarks that do not count: destroyed, "
                   "not found, presumed moved, bad state and IGN's one-letter codes."), advanced=True)
    alg.add(QgsProcessingParameterField("TRIPLET_FIELD", alg.tr("Triplet field"), DEFAULT_FIELDS["TRIPLET_FIELD"],
                                        "INPUT", optional=True),
            alg.tr("Field listing the other members of the benchmark's triplet (IGN: freres_info); non-empty = "
                   "triplet member."), advanced=True)
    alg.add(QgsProcessingParameterCrs("WORK_CRS", alg.tr("Working CRS (metres)"), DEFAULT_WORK_CRS, optional=True),
            alg.tr("Projected CRS in metres in which distances and areas are computed and outputs are written; "
                   "RGF93 / CC48 by default."), advanced=True)
