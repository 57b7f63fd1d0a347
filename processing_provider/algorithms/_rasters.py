"""Raster files given to an algorithm (an image, a DEM): why one cannot be read, and whether its blocks decode."""

import os

import numpy as np
from osgeo import gdal
from qgis.core import QgsRasterLayer

from ...toolbelt.i18n import tr

#: How many blocks of the image are decoded to tell a damaged or truncated file (spread over the whole image,
#: the last one included): a few MB at most, whatever the size of the orthophoto.
CHECKED_BLOCKS = 256


def raster_file_problem(value):
    """Why the raster file `value` (a path given to a raster parameter) cannot be read, or '' when it can or is
    not a plain file (a layer of the project, a web service...)."""
    path = str(value or "").split("|")[0]
    if not path or "://" in path or path.upper().startswith(("WMS:", "WCS:", "PG:", "GPKG:")):
        return ""
    if not os.path.exists(path):
        return tr("« {path} » does not exist: choose an existing image file.").format(path=path)
    if os.path.isdir(path):
        return ""
    if os.path.getsize(path) == 0:
        return tr("« {path} » is empty (0 bytes): choose the image file again, it was not saved completely.").format(
            path=path)
    if QgsRasterLayer(path, "check", "gdal").isValid():
        return ""
    return tr("« {path} » cannot be read as an image: the file is damaged, truncated or not a raster. Choose a "
              "GeoTIFF (or another image QGIS opens).").format(path=path)


def damaged_blocks(path, feedback=None, stop=None):
    """Decode up to CHECKED_BLOCKS blocks of the image at `path`: '' when they read, else GDAL's error.

    QGIS opens a truncated or damaged GeoTIFF as long as its header reads; the pixel size is then right but
    the image is not the one delivered. Decoding blocks spread over the image finds the damage.
    """
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        try:
            dataset = gdal.Open(path)
        except RuntimeError as error:
            return str(error)
        if dataset is None:
            return gdal.GetLastErrorMsg() or "GDAL cannot open it"
        band = dataset.GetRasterBand(1)
        bx, by = band.GetBlockSize()
        bx, by = max(1, bx), max(1, by)
        cols, rows = -(-dataset.RasterXSize // bx), -(-dataset.RasterYSize // by)
        count = cols * rows
        picks = np.unique(np.linspace(0, count - 1, min(count, CHECKED_BLOCKS)).round().astype(np.int64))
        for index in picks:
            if stop is not None:
                stop(feedback)
            col, row = int(index % cols), int(index // cols)
            x, y = col * bx, row * by
            w, h = min(bx, dataset.RasterXSize - x), min(by, dataset.RasterYSize - y)
            gdal.ErrorReset()
            for b in range(1, dataset.RasterCount + 1):
                try:
                    data = dataset.GetRasterBand(b).ReadRaster(x, y, w, h)
                except RuntimeError as error:
                    return str(error)
                if data is None or gdal.GetLastErrorType() >= gdal.CE_Failure:
                    return gdal.GetLastErrorMsg() or "block {} cannot be decoded".format(int(index))
        return ""
    finally:
        gdal.PopErrorHandler()
