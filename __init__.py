"""Canevas — QGIS plugin for the control networks of French cities (REN09 ↔ CC48, benchmarks...)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin.main import CanevasPlugin
    return CanevasPlugin(iface)
