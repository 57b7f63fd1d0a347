"""The plugin object QGIS creates: provider, REN09 custom CRS, menu and toolbar."""

import contextlib

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from ..core import systems
from ..processing_provider.base import ICONS
from ..processing_provider.provider import ALGORITHMS, CanevasProvider
from ..toolbelt import crs as crs_tools
from ..toolbelt import expressions
from ..toolbelt.i18n import install_translator, tr
from ..toolbelt.qt_compat import QAction

MENU = "&Canevas"
DOCK_SETTING = "canevas/fiche_dock/visible"
TOOLBAR = ("ren09tocc48", "levelingdensity", "precisionclass", "exportfiches")
#: The menu's groups, in this order, each under its title: the Processing groups of the algorithms.
MENU_GROUPS = ("coordinates", "leveling", "precision", "register")


def menu_order(algorithms):
    """Algorithms grouped as MENU_GROUPS (the provider's order kept inside a group)."""
    def rank(algorithm):
        group = algorithm.GROUP_ID
        return MENU_GROUPS.index(group) if group in MENU_GROUPS else len(MENU_GROUPS)
    return sorted(algorithms, key=rank)


class CanevasPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.dock = None
        self.dock_action = None
        self.separators = []
        install_translator()

    # Called by QGIS desktop (from initGui) and by qgis_process for hasProcessingProvider plugins.
    def initProcessing(self):
        if self.provider is None:
            # before pyproj's first use: a pyproj without PROJ data of its own gets QGIS' (no warning in the log)
            crs_tools.pyproj_data_dir()
            self.provider = CanevasProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            self._register_crs()
            expressions.register()

    def _register_crs(self):
        try:
            crs_tools.register_user_crs(self.iface)
        except Exception as error:  # a read-only CRS database must not stop the plugin
            QgsMessageLog.logMessage(tr("REN09 could not be registered as a custom CRS: {}").format(error),
                                     "Canevas", Qgis.MessageLevel.Warning)

    def initGui(self):
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Canevas"))
        self.toolbar.setObjectName("CanevasToolbar")
        for algorithm in menu_order(ALGORITHMS):
            alg = algorithm()
            action = QAction(alg.icon(), tr(alg.DISPLAY_NAME), self.iface.mainWindow())
            action.triggered.connect(lambda _checked=False, name=alg.NAME: self._open(name))
            self.iface.addPluginToMenu(MENU, action)
            self.actions.append(action)
            if alg.NAME in TOOLBAR:
                self.toolbar.addAction(action)
        self.dock_action = QAction(QIcon(str(ICONS / "fiche.svg")), tr("Fiche canevas"), self.iface.mainWindow())
        self.dock_action.setCheckable(True)
        self.dock_action.toggled.connect(self._show_dock)
        self.dock_action.triggered.connect(self._remember_dock)
        self.iface.addPluginToMenu(MENU, self.dock_action)
        self.toolbar.addAction(self.dock_action)
        self._separate_groups()
        if QgsSettings().value(DOCK_SETTING, False, type=bool):
            self.dock_action.setChecked(True)
        QgsProject.instance().layersAdded.connect(self._exact_ren09_display)

    def _plugin_submenu(self):
        plugin_menu = getattr(self.iface, "pluginMenu", lambda: None)()
        if plugin_menu is None or not hasattr(plugin_menu, "actions"):
            return None
        for action in plugin_menu.actions():
            menu = action.menu()
            if menu is not None and menu.title() == MENU:
                return menu
        return None

    def _separate_groups(self):
        """A titled separator before each group of the Canevas menu (coordinates, leveling, precision, register)."""
        menu = self._plugin_submenu()
        if menu is None:
            return
        algorithms = menu_order(ALGORITHMS)
        previous = None
        for algorithm, action in zip(algorithms, self.actions):
            if previous != algorithm.GROUP_ID:
                self.separators.append(menu.insertSection(action, tr(algorithm.GROUP)))
            previous = algorithm.GROUP_ID

    def _exact_ren09_display(self, layers):
        """On-the-fly display of REN09 layers with the plugin's exact pipeline (each layer's variant), said in the
        message bar."""
        names = crs_tools.use_exact_ren09_operations(QgsProject.instance(), layers)
        for shift in sorted(set(names.values()), reverse=True):
            self.iface.messageBar().pushInfo(
                tr("Canevas"), tr("REN09 layers displayed as {shift}: {names}.").format(
                    shift=tr(systems.datum_shift_name(shift)),
                    names=", ".join(name for name, s in names.items() if s == shift)))

    @staticmethod
    def _remember_dock(visible):
        # only the user's own clicks: QGIS hides every dock while it closes
        QgsSettings().setValue(DOCK_SETTING, visible)

    def _show_dock(self, visible):
        if visible and self.dock is None:
            from .fiche_dock import FicheDock  # built on first use: keeps QGIS start-up light
            self.dock = FicheDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.dock_action.setChecked)
        if self.dock is not None:
            self.dock.setVisible(visible)

    @staticmethod
    def _open(name):
        import processing  # QGIS' public Processing API, loaded with the desktop
        processing.execAlgorithmDialog("canevas:{}".format(name))

    def unload(self):
        with contextlib.suppress(TypeError):  # not connected (initGui never ran)
            QgsProject.instance().layersAdded.disconnect(self._exact_ren09_display)
        menu = self._plugin_submenu()
        for separator in self.separators:
            if menu is not None:
                menu.removeAction(separator)
        self.separators = []
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
        self.actions = []
        if self.dock_action is not None:
            self.iface.removePluginMenu(MENU, self.dock_action)
            self.dock_action = None
        if self.dock is not None:
            self.dock.flush_edits()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
            expressions.unregister()
