"""QGIS glue without GUI shared by the plugin, the Processing provider, the scripts and the tests."""
