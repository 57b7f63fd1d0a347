"""canevas:linearalteration — map of the scale distortion (mm/km) of REN09, CC48 or Lambert-93."""

import math
import os

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import alteration, systems
from ...toolbelt import crs as crs_tools
from ...toolbelt.i18n import number
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm
from ._rasters import damaged_blocks, raster_file_problem

SYSTEM_CODES = alteration.ALTERATION_SYSTEMS  # REN09, CC48, L93
SYSTEM_LABELS = systems.labels(SYSTEM_CODES)
#: Memory per grid cell: the alteration and the heights (float64), the warped DEM, the written float32 band and
#: the temporaries of a block; the grid is refused over MAX_CELLS, i.e. about 1 GiB.
BYTES_PER_CELL = 40
MAX_CELLS = 25_000_000
#: Cells computed at once (the coordinates of one block of rows): bounded temporaries, cancel checked between.
CHUNK_CELLS = 250_000
#: One feature per cell: a few million is already minutes of writing and hundreds of MB.
MAX_POINTS = 1_000_000
#: |N| bound of the geoid undulation (m): the geoid departs from the ellipsoid by −106 … +85 m on Earth.
MAX_UNDULATION = 150.0
#: Plausible DEM altitudes (m): outside, a no-data value not declared (−32768, −9999...) or another unit.
MIN_ALTITUDE, MAX_ALTITUDE = -500.0, 9000.0
NODATA = -9999.0


def _size(n_bytes):
    """A memory size for a message: « 1.9 GiB »."""
    for unit, scale in (("GiB", 2 ** 30), ("MiB", 2 ** 20), ("KiB", 2 ** 10)):
        if n_bytes >= scale:
            return "{} {}".format(number(n_bytes / scale, 1), unit)
    return "{} B".format(number(n_bytes))


def _srs(crs):
    """GDAL spatial reference of a QGIS CRS (REN09 through its PROJ string: it has no EPSG code)."""
    srs = osr.SpatialReference()
    if crs.authid().upper().startswith("EPSG:"):
        srs.ImportFromEPSG(int(crs.authid().split(":")[1]))
    else:
        srs.ImportFromProj4(crs.toProj())
    return srs


class LinearAlteration(CanevasAlgorithm):
    NAME = "linearalteration"
    DISPLAY_NAME = "Linear alteration map (mm/km)"

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterEnum("SYSTEM", self.tr("Projection"), [self.tr(s) for s in SYSTEM_LABELS],
                                            defaultValue=0),
                 self.tr("Projection whose scale distortion is mapped."))
        self.add(QgsProcessingParameterExtent("EXTENT", self.tr("Extent")),
                 self.tr("Area to map, in any CRS (it is reprojected to the chosen projection)."))
        self.add(QgsProcessingParameterNumber("SPACING", self.tr("Grid spacing (m)"),
                                              QgsProcessingParameterNumber.Type.Double, 500.0, minValue=1.0),
                 self.tr("Size of the grid cells in metres of the projection."))
        self.add(QgsProcessingParameterRasterLayer("DEM", self.tr("Digital elevation model"), optional=True),
                 self.tr("Optional heights (altitudes, m). With it the map adds the reduction to the ellipsoid "
                         "−h/R, i.e. about −0.16 mm/km per metre of height: the alteration a surveyor applies "
                         "to distances measured on the ground."))
        self.add(QgsProcessingParameterNumber("GEOID_UNDULATION", self.tr("Geoid undulation (m)"),
                                              QgsProcessingParameterNumber.Type.Double, None, optional=True),
                 self.tr("Height of the geoid above the ellipsoid of the chosen projection, added to the DEM "
                         "altitudes: around Rennes about 50 m above GRS80 (CC48, Lambert-93) but only about 4 m "
                         "above Clarke 1880 IGN (REN09). Required with a DEM, ignored without."))
        self.add(QgsProcessingParameterRasterDestination("OUTPUT", self.tr("Linear alteration (mm/km)")),
                 self.tr("GeoTIFF grid of the linear alteration in mm/km, in the chosen projection."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT_POINTS", self.tr("Linear alteration points"),
                                                   optional=True, createByDefault=False),
                 self.tr("Optional points at the cell centres with the alteration, the scale factor and the height."))

    def checkParameterValues(self, parameters, context):
        """A missing, empty or unreadable DEM file named with the fix (QGIS says « Could not load source layer »),
        never silently left out."""
        value = parameters.get("DEM")
        if isinstance(value, str) and value and context.getMapLayer(value) is None and (
                context.project() is None or context.project().mapLayer(value) is None):
            problem = raster_file_problem(value)
            if problem:
                return False, problem
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        code = SYSTEM_CODES[self.parameterAsEnum(parameters, "SYSTEM", context)]
        target_crs = crs_tools.crs_for(code)
        extent = self._extent(parameters, context, target_crs, code)
        bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        spacing = self.parameterAsDouble(parameters, "SPACING", context)
        if not (math.isfinite(spacing) and spacing > 0):
            self.fail("The grid spacing must be a positive number of metres; {value} given.", value=spacing)
        if spacing > max(extent.width(), extent.height()):
            # one cell centred half a spacing from the corner: far outside the extent asked
            self.fail("The grid spacing ({spacing} m) is larger than the extent ({width} × {height} m): choose a "
                      "spacing smaller than the extent.", spacing=number(spacing, None),
                      width=number(extent.width()), height=number(extent.height()))
        want_points = parameters.get("OUTPUT_POINTS") is not None
        self._check_size(extent, spacing, want_points)
        xs, ys = alteration.grid_axes(*bounds, spacing)
        lcc = alteration.PROJECTIONS[code]
        # The latitudes of a rectangle reach their extremes on its border: checked before any heavy work.
        border_x = np.concatenate([xs, xs, np.full(len(ys), xs[0]), np.full(len(ys), xs[-1])])
        border_y = np.concatenate([np.full(len(xs), ys[0]), np.full(len(xs), ys[-1]), ys, ys])
        self._check_latitudes(lcc.inverse(border_x, border_y)[1], code)
        steps = self.steps(feedback, 3)  # grid and heights, alteration, points
        height = None
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        if dem is None and parameters.get("DEM") not in (None, ""):
            self.fail("The DEM « {dem} » cannot be read: choose a raster file or layer, or leave the DEM empty.",
                      dem=parameters.get("DEM"))
        if dem is not None:
            if parameters.get("GEOID_UNDULATION") in (None, ""):
                # 0 by default would silently cost ~8 mm/km in CC48: the user must say it
                self.fail("With a DEM, give the geoid undulation above the ellipsoid of {system} ({ellipsoid}): "
                          "about {typical:g} m around Rennes.", system=systems.SYSTEMS[code].name,
                          ellipsoid="Clarke 1880 IGN" if code == "REN09" else "GRS80",
                          typical=4 if code == "REN09" else 50)
            undulation = self.parameterAsDouble(parameters, "GEOID_UNDULATION", context)
            if not (math.isfinite(undulation) and abs(undulation) <= MAX_UNDULATION):
                self.fail("The geoid undulation must be between −{max:g} and {max:g} m (the geoid departs from the "
                          "ellipsoid by at most about 110 m on Earth); {value} given.", max=MAX_UNDULATION,
                          value=undulation)
            altitude = self._dem_on_grid(dem, target_crs, xs, ys, spacing, feedback)
            height = altitude + undulation
            feedback.pushInfo(self.tr("Height reduction from « {dem} » with a geoid undulation of {n} m above "
                                      "{ellipsoid}.").format(dem=dem.name(), n=undulation,
                                                             ellipsoid="Clarke 1880 IGN" if code == "REN09"
                                                             else "GRS80"))
        self.stop_if_cancelled(feedback)
        steps.setCurrentStep(1)
        values = np.empty((len(ys), len(xs)))
        rows = max(1, CHUNK_CELLS // len(xs))
        for r0 in range(0, len(ys), rows):  # by blocks of rows: cancel checked, no full-grid temporaries
            self.stop_if_cancelled(feedback)
            gx, gy = np.meshgrid(xs, ys[r0:r0 + rows])
            self._check_latitudes(lcc.inverse(gx, gy)[1], code)
            values[r0:r0 + rows] = alteration.linear_alteration(
                code, gx, gy, None if height is None else height[r0:r0 + rows])
            steps.setProgress(100.0 * min(len(ys), r0 + rows) / len(ys))
        self.stop_if_cancelled(feedback)
        steps.setCurrentStep(2)
        finite = values[np.isfinite(values)]
        if not finite.size:
            self.fail("No cell of the grid has a value: check the extent and the DEM.")
        out_path = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        self._write_raster(out_path, values, xs, ys, spacing, target_crs)
        feedback.pushInfo(self.tr("{system}: linear alteration from {min:.2f} to {max:.2f} mm/km over the extent.")
                          .format(system=systems.SYSTEMS[code].name, min=finite.min(), max=finite.max()))
        results = {"OUTPUT": out_path, "MIN": float(finite.min()), "MAX": float(finite.max()),
                   "MEAN": float(finite.mean())}
        if want_points:
            results["OUTPUT_POINTS"] = self._write_points(parameters, context, steps, target_crs, xs, ys, values,
                                                          height, code)
        self.stop_if_cancelled(feedback)
        steps.setProgress(100)
        return results

    def _extent(self, parameters, context, target_crs, code):
        """The extent in the projection mapped, checked: a CRS, numbers that fit it, not empty, finite."""
        extent_crs = crs_tools.declared_crs(self.parameterAsExtentCrs(parameters, "EXTENT", context))
        if not extent_crs.isValid():
            self.fail("The extent has no CRS: its numbers cannot be placed. Draw it on the map or take it from a "
                      "layer, or write its CRS after it (xmin,xmax,ymin,ymax [EPSG:3948]).")
        raw = self.parameterAsExtent(parameters, "EXTENT", context)
        declared = crs_tools.system_of(extent_crs)
        if declared is not None and not raw.isNull():
            self.check_xy([raw.center().x()], [raw.center().y()], declared, self.tr("the extent"),
                          crs_tools.crs_label(extent_crs))
        extent = self.parameterAsExtent(parameters, "EXTENT", context, target_crs)
        bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        if extent.isNull() or extent.isEmpty() or not all(math.isfinite(v) for v in bounds):
            self.fail("The extent is empty or cannot be brought to {system}: draw or choose an extent in France.",
                      system=systems.SYSTEMS[code].name)
        return extent

    def _check_size(self, extent, spacing, want_points):
        """Refuse, before allocating anything, a grid over the memory bound (or too many points), with the figures."""
        columns = math.ceil(extent.width() / spacing)
        rows = math.ceil(extent.height() / spacing)
        cells = columns * rows
        smallest = math.sqrt(extent.width() * extent.height() / MAX_CELLS)
        if cells > MAX_CELLS:
            self.fail("The grid would have {cells} cells ({columns} × {rows}), about {size} of memory, over the "
                      "bound of {max} cells ({max_size}): choose a spacing of at least {spacing} m, or a smaller "
                      "extent.", cells=number(cells), columns=number(columns), rows=number(rows),
                      size=_size(cells * BYTES_PER_CELL), max=number(MAX_CELLS),
                      max_size=_size(MAX_CELLS * BYTES_PER_CELL), spacing=number(math.ceil(smallest), None))
        if want_points and cells > MAX_POINTS:
            self.fail("The points output would hold {cells} points (at most {max}): choose a spacing of at least "
                      "{spacing} m, a smaller extent, or leave the points output out (the grid alone has no such "
                      "bound).", cells=number(cells), max=number(MAX_POINTS),
                      spacing=number(math.ceil(math.sqrt(extent.width() * extent.height() / MAX_POINTS)), None))

    def _check_latitudes(self, lat, code):
        if not np.isfinite(lat).all() or np.min(lat) < -80 or np.max(lat) > 85:
            self.fail("The extent lies outside the area where {system} can be used: choose an extent in France.",
                      system=systems.SYSTEMS[code].name)

    def _dem_on_grid(self, dem, target_crs, xs, ys, spacing, feedback):
        """DEM resampled (bilinear) on the grid cells; NaN where it has no data."""
        name = dem.name()
        path = dem.source().split("|")[0]
        if dem.providerType() == "gdal" and os.path.isfile(path):  # first: a damaged file also loses its CRS
            problem = damaged_blocks(path, feedback, self.stop_if_cancelled)
            if problem:
                self.fail("The DEM « {path} » is damaged or truncated ({error}): choose the complete file.",
                          path=path, error=problem)
        if not crs_tools.declared_crs(dem.crs()).isValid():
            self.fail("The DEM « {name} » has no CRS: its cells cannot be placed on the grid. Set its CRS (Layer "
                      "Properties › Source), then run again.", name=name)
        half = spacing / 2
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            warped = gdal.Warp("", dem.source(), format="MEM", dstSRS=_srs(target_crs),
                               outputBounds=(xs[0] - half, ys[-1] - half, xs[-1] + half, ys[0] + half),
                               width=len(xs), height=len(ys), resampleAlg="bilinear", dstNodata=NODATA,
                               outputType=gdal.GDT_Float64)
            band = warped.GetRasterBand(1).ReadAsArray() if warped is not None else None
        except RuntimeError:
            band = None
        finally:
            gdal.PopErrorHandler()
        if band is None:
            self.fail("The DEM « {name} » cannot be read by GDAL ({error}): choose a raster file.", name=name,
                      error=gdal.GetLastErrorMsg() or "?")
        band = band.astype(float)
        band[band == NODATA] = np.nan
        if np.isnan(band).all():
            self.fail("The DEM « {name} » does not cover the extent: choose another DEM or extent.", name=name)
        low, high = np.nanmin(band), np.nanmax(band)
        if low < MIN_ALTITUDE or high > MAX_ALTITUDE:
            self.fail("The DEM « {name} » holds altitudes from {low:g} to {high:g} m, not altitudes in metres (a "
                      "no-data value not declared, or another unit?): declare its no-data value or choose a DEM in "
                      "metres.", name=name, low=float(low), high=float(high))
        missing = int(np.isnan(band).sum())
        if missing:
            feedback.reportError(self.tr("{count} cell(s) outside the DEM have no value.").format(count=missing),
                                 False)
        return band

    def _write_raster(self, path, values, xs, ys, spacing, crs):
        half = spacing / 2
        driver = gdal.GetDriverByName("GTiff")
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = driver.Create(path, len(xs), len(ys), 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
        except RuntimeError:
            ds = None
        finally:
            gdal.PopErrorHandler()
        if ds is None:
            self.fail("The grid cannot be written to {path} ({error}): choose another file.", path=path,
                      error=gdal.GetLastErrorMsg() or "?")
        ds.SetGeoTransform((xs[0] - half, spacing, 0, ys[0] + half, 0, -spacing))
        ds.SetProjection(_srs(crs).ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.WriteArray(np.where(np.isfinite(values), values, NODATA).astype(np.float32))
        band.SetDescription("linear alteration (mm/km)")
        ds = None  # closes and flushes the file

    def _write_points(self, parameters, context, feedback, crs, xs, ys, values, height, code):
        fields = QgsFields()
        for name in ("alteration_mm_km", "scale_factor", "height_m"):
            fields.append(QgsField(name, FieldType.Double))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT_POINTS", context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            self.fail("The output points layer cannot be created: check the output path.")
        lcc = alteration.PROJECTIONS[code]
        total = values.size
        for r, y in enumerate(ys):
            self.stop_if_cancelled(feedback)
            k = lcc.scale_factor(lcc.inverse(xs, np.full(len(xs), y))[1])
            for c, x in enumerate(xs):
                v = values[r, c]
                h = None if height is None else height[r, c]
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
                feature.setAttributes([float(v) if np.isfinite(v) else None, float(k[c]),
                                       None if h is None or not np.isfinite(h) else float(h)])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                if c % 1000 == 999:
                    self.stop_if_cancelled(feedback)
            feedback.setProgress(100.0 * (r + 1) * len(xs) / total)
        return dest
