"""canevas:linearalteration — map of the scale distortion (mm/km) of REN09, CC48 or Lambert-93."""

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
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm

SYSTEM_CODES = alteration.ALTERATION_SYSTEMS  # REN09, CC48, L93
SYSTEM_LABELS = systems.labels(SYSTEM_CODES)
MAX_CELLS = 25_000_000
NODATA = -9999.0


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

    def processAlgorithm(self, parameters, context, feedback):
        code = SYSTEM_CODES[self.parameterAsEnum(parameters, "SYSTEM", context)]
        target_crs = crs_tools.crs_for(code)
        extent_crs = self.parameterAsExtentCrs(parameters, "EXTENT", context)
        if not extent_crs.isValid():
            self.fail("The extent has no CRS: its numbers cannot be placed. Draw it on the map or take it from a "
                      "layer, or write its CRS after it (xmin,xmax,ymin,ymax [EPSG:3948]).")
        raw = self.parameterAsExtent(parameters, "EXTENT", context)
        declared = crs_tools.system_of(extent_crs)
        if declared is not None and not raw.isNull():
            self.check_xy([raw.center().x()], [raw.center().y()], declared, self.tr("the extent"),
                          crs_tools.crs_label(extent_crs))
        extent = self.parameterAsExtent(parameters, "EXTENT", context, target_crs)
        if extent.isNull() or extent.isEmpty():
            self.fail("The extent is empty: draw or choose an extent.")
        spacing = self.parameterAsDouble(parameters, "SPACING", context)
        xs, ys = alteration.grid_axes(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                      spacing)
        if len(xs) * len(ys) > MAX_CELLS:
            self.fail("The grid would have {cells} cells (at most {max}): choose a larger spacing or a smaller "
                      "extent.", cells=len(xs) * len(ys), max=MAX_CELLS)
        gx, gy = np.meshgrid(xs, ys)
        lcc = alteration.PROJECTIONS[code]
        _, lat = lcc.inverse(gx, gy)
        if np.nanmin(lat) < -80 or np.nanmax(lat) > 85 or not np.isfinite(lat).all():
            self.fail("The extent lies outside the area where {system} can be used: choose an extent in France.",
                      system=systems.SYSTEMS[code].name)
        steps = self.steps(feedback, 3)  # grid and heights, alteration, points
        height = None
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        if dem is not None:
            if parameters.get("GEOID_UNDULATION") in (None, ""):
                # 0 by default would silently cost ~8 mm/km in CC48: the user must say it
                self.fail("With a DEM, give the geoid undulation above the ellipsoid of {system} ({ellipsoid}): "
                          "about {typical:g} m around Rennes.", system=systems.SYSTEMS[code].name,
                          ellipsoid="Clarke 1880 IGN" if code == "REN09" else "GRS80",
                          typical=4 if code == "REN09" else 50)
            undulation = self.parameterAsDouble(parameters, "GEOID_UNDULATION", context)
            altitude = self._dem_on_grid(dem, target_crs, xs, ys, spacing, feedback)
            height = altitude + undulation
            feedback.pushInfo(self.tr("Height reduction from « {dem} » with a geoid undulation of {n} m above "
                                      "{ellipsoid}.").format(dem=dem.name(), n=undulation,
                                                             ellipsoid="Clarke 1880 IGN" if code == "REN09"
                                                             else "GRS80"))
        self.stop_if_cancelled(feedback)
        steps.setCurrentStep(1)
        values = alteration.linear_alteration(code, gx, gy, height)
        steps.setCurrentStep(2)
        out_path = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        self._write_raster(out_path, values, xs, ys, spacing, target_crs)
        finite = values[np.isfinite(values)]
        feedback.pushInfo(self.tr("{system}: linear alteration from {min:.2f} to {max:.2f} mm/km over the extent.")
                          .format(system=systems.SYSTEMS[code].name, min=finite.min(), max=finite.max()))
        results = {"OUTPUT": out_path, "MIN": float(finite.min()), "MAX": float(finite.max()),
                   "MEAN": float(finite.mean())}
        if parameters.get("OUTPUT_POINTS") is not None:
            results["OUTPUT_POINTS"] = self._write_points(parameters, context, steps, target_crs, gx, gy, lat,
                                                          values, height, code)
        steps.setProgress(100)
        return results

    def _dem_on_grid(self, dem, target_crs, xs, ys, spacing, feedback):
        """DEM resampled (bilinear) on the grid cells; NaN where it has no data."""
        half = spacing / 2
        warped = gdal.Warp("", dem.source(), format="MEM", dstSRS=_srs(target_crs),
                           outputBounds=(xs[0] - half, ys[-1] - half, xs[-1] + half, ys[0] + half),
                           width=len(xs), height=len(ys), resampleAlg="bilinear", dstNodata=NODATA,
                           outputType=gdal.GDT_Float64)
        if warped is None:
            self.fail("The DEM « {name} » cannot be read by GDAL: choose a raster file.", name=dem.name())
        band = warped.GetRasterBand(1).ReadAsArray().astype(float)
        band[band == NODATA] = np.nan
        if np.isnan(band).all():
            self.fail("The DEM « {name} » does not cover the extent: choose another DEM or extent.", name=dem.name())
        missing = int(np.isnan(band).sum())
        if missing:
            feedback.reportError(self.tr("{count} cell(s) outside the DEM have no value.").format(count=missing),
                                 False)
        return band

    @staticmethod
    def _write_raster(path, values, xs, ys, spacing, crs):
        half = spacing / 2
        driver = gdal.GetDriverByName("GTiff")
        ds = driver.Create(path, len(xs), len(ys), 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE"])
        ds.SetGeoTransform((xs[0] - half, spacing, 0, ys[0] + half, 0, -spacing))
        ds.SetProjection(_srs(crs).ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.WriteArray(np.where(np.isfinite(values), values, NODATA).astype(np.float32))
        band.SetDescription("linear alteration (mm/km)")
        ds = None  # closes and flushes the file

    def _write_points(self, parameters, context, feedback, crs, gx, gy, lat, values, height, code):
        fields = QgsFields()
        for name in ("alteration_mm_km", "scale_factor", "height_m"):
            fields.append(QgsField(name, FieldType.Double))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT_POINTS", context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            self.fail("The output points layer cannot be created: check the output path.")
        k = alteration.PROJECTIONS[code].scale_factor(lat)
        flat = list(zip(gx.ravel(), gy.ravel(), values.ravel(), k.ravel(),
                        (height.ravel() if height is not None else [None] * values.size)))
        for i, (x, y, v, kk, h) in enumerate(flat):
            self.stop_if_cancelled(feedback)
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            feature.setAttributes([float(v) if np.isfinite(v) else None, float(kk),
                                   None if h is None or not np.isfinite(h) else float(h)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if i % 1000 == 0:
                feedback.setProgress(100 * i / len(flat))
        return dest
