"""Canevas — QGIS plugin for the control networks of French cities (REN09 ↔ CC48, benchmarks...)."""


def classFactory(iface):
    from .plugin.main import CanevasPlugin
    return CanevasPlugin(iface)
