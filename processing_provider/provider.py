"""The Canevas Processing provider (id `canevas`)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.about import __version__
from ..toolbelt.i18n import tr
from .algorithms.benchmarkgaps import BenchmarkGaps
from .algorithms.cc48toren09 import Cc48ToRen09
from .algorithms.checkcommonpoints import CheckCommonPoints
from .algorithms.checkmatricules import CheckMatricules
from .algorithms.controlsample import ControlSample
from .algorithms.createdatabase import CreateDatabase
from .algorithms.exportfiches import ExportFiches
from .algorithms.importignbenchmarks import ImportIgnBenchmarks
from .algorithms.importlevelingbook import ImportLevelingBook
from .algorithms.levelingadjustment import LevelingAdjustment
from .algorithms.levelingclosures import LevelingClosures
from .algorithms.levelingdensity import LevelingDensity
from .algorithms.linearalteration import LinearAlteration
from .algorithms.precisionclass import PrecisionClass
from .algorithms.rasterprecisionclass import RasterPrecisionClass
from .algorithms.ren09tocc48 import Ren09ToCc48
from .algorithms.transformdxf import TransformDxf
from .algorithms.transformpointfile import TransformPointFile
from .base import ICON

ALGORITHMS = (Ren09ToCc48, Cc48ToRen09, TransformPointFile, TransformDxf, LinearAlteration, CheckCommonPoints,
              LevelingDensity, BenchmarkGaps,
              PrecisionClass, ControlSample, RasterPrecisionClass, ExportFiches,
              CreateDatabase, ImportIgnBenchmarks, CheckMatricules,
              ImportLevelingBook, LevelingClosures, LevelingAdjustment)


class CanevasProvider(QgsProcessingProvider):
    def id(self):
        return "canevas"

    def name(self):
        return "Canevas"

    def longName(self):
        return tr("Canevas — control networks, REN09 ↔ CC48, leveling benchmarks")

    def icon(self):
        return QIcon(str(ICON))

    def versionInfo(self):
        return __version__

    def load(self):
        # The grid variant of REN09 names its grid by file name: PROJ must find it (plugin load and qgis_process).
        from ..toolbelt.crs import grid_search_path
        grid_search_path()
        return super().load()

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
