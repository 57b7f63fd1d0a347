"""Domain logic of Canevas, free of QGIS: testable with numpy, shapely and pyproj alone."""
