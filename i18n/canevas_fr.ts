<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Canevas</name>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="116" />
      <source> with the {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="27" />
      <source>3 parameters −168, −60, 320 m — REN09 « VDR »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/systems.py" line="52" />
      <source>3-parameter shift NTF→RGF93 (−168, −60, 320 m), REN09 « VDR »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="40" />
      <source>A comma cannot be both the column separator and the decimal separator: choose the semicolon or tab separator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="142" />
      <source>A similarity needs at least 2 common points: not fitted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="62" />
      <source>Added to the DEM heights to get ellipsoidal heights (about 50 m around Rennes for GRS80). Ignored without a DEM.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="52" />
      <source>Area to map, in any CRS (it is reprojected to the chosen projection).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fit.py" line="55" />
      <source>At least 2 common points are needed for a fit; {count} given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="151" />
      <source>Best datum shift for these points: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="148" />
      <source>Best-fit similarity REN09 → CC48: scale {ppm:+.1f} ppm (mm/km), rotation {rot:.5f} gon, RMS {rms:.3f} m over {n} point(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fit.py" line="53" />
      <source>Both point sets must have the same number of points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/cc48toren09.py" line="6" />
      <source>CC48 → REN09 (layer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/main.py" line="39" />
      <source>Canevas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="25" />
      <source>Canevas — control networks, REN09 ↔ CC48, leveling benchmarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="30" />
      <source>Check common points REN09 / CC48</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="55" />
      <source>Column number (from 1) of X (east) or longitude.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="56" />
      <source>Column number (from 1) of Y (north) or latitude.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="57" />
      <source>Column number (from 1) of the height, checked to be a number and copied unchanged; 0 = none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="54" />
      <source>Column number (from 1) of the point id; 0 = none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="36" />
      <source>Column numbers start at 1: X and Y are required; 0 means 'none' for the id and Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="45" />
      <source>Column separator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="46" />
      <source>Comma ,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="48" />
      <source>Common points residuals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="64" />
      <source>Coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="72" />
      <source>Coordinates are in {} whatever the layer's CRS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="48" />
      <source>Decimal comma (47300,123)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="61" />
      <source>Decimals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="43" />
      <source>Decimals must be between 0 and 12.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="63" />
      <source>Decimals written for metres (3 = millimetre); degrees get 5 more (8 decimals ≈ 1 mm).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="56" />
      <source>Digital elevation model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="64" />
      <source>Encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="51" />
      <source>Extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="132" />
      <source>Feature {fid} of « {name} » cannot be transformed ({error}): it lies outside the area of the REN09 transformation. Check the source system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="41" />
      <source>Field identifying the points; ids are matched between the two systems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="71" />
      <source>File to write, in the same format as the input; written only when the whole job succeeded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="51" />
      <source>First line is a header</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="65" />
      <source>GeoTIFF grid of the linear alteration in mm/km, in the chosen projection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="60" />
      <source>Geoid undulation (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="67" />
      <source>Give both the X and the Y field of the {side} points, or neither to use the geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="53" />
      <source>Grid spacing (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="95" />
      <source>Height reduction from « {dem} » with a geoid undulation of {n} m.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="47" />
      <source>How columns are separated. « Spaces » accepts any run of spaces or tabs and writes one space.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="26" />
      <source>IGN grid NTF→RGF93 (ntf_r93.gsb) — REN09 « IGN »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/systems.py" line="51" />
      <source>IGN grid NTF→RGF93 (ntf_r93.gsb), REN09 « IGN »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="54" />
      <source>Id column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="68" />
      <source>Input layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="37" />
      <source>Layer holding the {} coordinates of the common points, as point geometries or as two fields. It may be the same layer for both systems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="69" />
      <source>Layer to reproject (points, lines or polygons, with or without Z). It is never modified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="64" />
      <source>Linear alteration (mm/km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="45" />
      <source>Linear alteration map (mm/km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="66" />
      <source>Linear alteration points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="25" />
      <source>NTF → RGF93 datum shift of REN09</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="75" />
      <source>No id is common to the REN09 and CC48 points: check the id fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="167" />
      <source>No point of the file could be converted; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="46" />
      <source>Numeric field holding {side} {axis}; leave empty to use the point geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="50" />
      <source>One point per common id (in CC48) with both coordinates and the residuals measured − computed (m) of the IGN grid, the 3-parameter shift and the best-fit similarity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="57" />
      <source>Optional heights (altitudes, m). With it the map adds the reduction to the ellipsoid −h/R, i.e. about −0.16 mm/km per metre of height: the alteration a surveyor applies to distances measured on the ground.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="68" />
      <source>Optional points at the cell centres with the alteration, the scale factor and the height.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="78" />
      <source>Output layer in {}: same fields, same geometry type, heights (Z, IGN69) unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="112" />
      <source>PROJ pipeline: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="53" />
      <source>Parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="32" />
      <source>Point file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="70" />
      <source>Point files (*.csv *.txt *.xyz *.dat)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="33" />
      <source>Point files (*.csv *.txt *.xyz *.dat);;All files (*.*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/transform.py" line="33" />
      <source>Point {index} ({x:.3f}, {y:.3f}) cannot be transformed from {source} to {target}: it lies outside the area of the transformation ({count} point(s) in all). Check the source system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="84" />
      <source>Point « {id} » of « {name} » has an empty {side} X or Y field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="89" />
      <source>Point « {id} » of « {name} » has no geometry: fill it or use X/Y fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="35" />
      <source>Points with {} coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="48" />
      <source>Projection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="50" />
      <source>Projection whose scale distortion is mapped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="28" />
      <source>REN09 (Rennes 2009)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/main.py" line="34" />
      <source>REN09 could not be registered as a custom CRS: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/ren09tocc48.py" line="6" />
      <source>REN09 → CC48 (layer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="28" />
      <source>RGF93 / CC48 (EPSG:3948)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="28" />
      <source>RGF93 / Lambert-93 (EPSG:2154)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="21" />
      <source>RGF93 geographic (longitude, latitude in degrees)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="112" />
      <source>Rejected {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="77" />
      <source>Reprojected ({})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="46" />
      <source>Semicolon ;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="55" />
      <source>Size of the grid cells in metres of the projection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="66" />
      <source>Skip bad lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="36" />
      <source>Source system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="46" />
      <source>Spaces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="38" />
      <source>System of the coordinates in the file. The numbers are checked: coordinates that look like another system stop the algorithm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="42" />
      <source>System to write. Heights (IGN69) are copied unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="46" />
      <source>Tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="40" />
      <source>Target system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="65" />
      <source>Text encoding of the file, kept for the output (cp1252 for files from older Windows software).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="34" />
      <source>Text file with one point per line: id, X, Y, Z and any other columns. Blank lines and lines starting with #, *, ! or // are copied unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="122" />
      <source>The DEM « {name} » cannot be read by GDAL: choose a raster file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="126" />
      <source>The DEM « {name} » does not cover the extent: choose another DEM or extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/systems.py" line="91" />
      <source>The NTF→RGF93 grid {path} is missing: reinstall the Canevas plugin, or choose the 3-parameter datum shift.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="175" />
      <source>The X column ({x}) holds latitudes and the Y column ({y}) longitudes: swap the columns (X = longitude, Y = latitude).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="179" />
      <source>The coordinates (columns {x} and {y}) do not look like {expected} but like {found}: choose the right source system, or check the X/Y columns.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="54" />
      <source>The coordinates of {what} look like {found}, not {expected}. The layer's CRS is wrong or the wrong algorithm was chosen: reproject it with the right source system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="75" />
      <source>The extent is empty: draw or choose an extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="86" />
      <source>The extent lies outside the area where {system} can be used: choose an extent in France.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="64" />
      <source>The field « {field} » is missing from « {name} »: choose one of its fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="135" />
      <source>The file holds no point line: check the separator and the header option.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="52" />
      <source>The first line that is not blank nor a comment holds column names; it is copied unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="80" />
      <source>The grid would have {cells} cells (at most {max}): choose a larger spacing or a smaller extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="63" />
      <source>The id '{id}' appears twice in the {system} points: ids must be unique.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="38" />
      <source>The id, X, Y and Z columns must be different columns.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="84" />
      <source>The input layer cannot be read: choose a valid vector layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="93" />
      <source>The input layer « {name} » has no CRS. If its coordinates are {system}, tick « Coordinates are in {system} whatever the layer's CRS ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="102" />
      <source>The input layer « {name} » has no geometry (all geometries are null or empty): nothing to reproject.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="97" />
      <source>The input layer « {name} » is declared in {crs}, not {system}. Use QGIS' reprojection for that system, or tick « Coordinates are in {system} whatever the layer's CRS » if the declaration is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="89" />
      <source>The input layer « {name} » is empty: nothing to reproject.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="95" />
      <source>The output file is the input file: choose another output so that the original is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="118" />
      <source>The output layer cannot be created: check the output path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="152" />
      <source>The output points layer cannot be created: check the output path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="100" />
      <source>The point file is not valid {encoding}: choose the other encoding.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="90" />
      <source>The point file « {path} » does not exist: choose an existing file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fit.py" line="60" />
      <source>The points are all at the same place: no rotation can be fitted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="92" />
      <source>The source and target systems are the same ({system}): choose another target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commonpoints.py" line="81" />
      <source>The {label} coordinates look like {found}: check the layers and fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="56" />
      <source>The {side} layer cannot be read: choose a valid layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="50" />
      <source>Tick for numbers written with a decimal comma, as French spreadsheets do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="74" />
      <source>Tick when the layer has no CRS or a wrong one but its numbers are {}. The coordinates are still checked: numbers that look like another system stop the algorithm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="27" />
      <source>Transform a point file (CSV/TXT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="70" />
      <source>Transformed point file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="67" />
      <source>Unticked (default): any bad line stops the algorithm and nothing is written. Ticked: bad lines are left out of the output and listed in the log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="29" />
      <source>Which realisation of REN09 to use. The IGN grid is the official NTF→RGF93 conversion and the default; the 3-parameter shift is the one of the City of Rennes' original definition. They differ by about 0.5 m east and 2 m north: check yours with « Check common points ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="55" />
      <source>X / longitude column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="56" />
      <source>Y / latitude column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="57" />
      <source>Z column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="104" />
      <source>expected at least {needed} columns, found {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="54" />
      <source>line {line}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="87" />
      <source>the input layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="118" />
      <source>the point id (column {col}) is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="149" />
      <source>the point lies outside the area of the transformation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="152" />
      <source>{count} bad line(s) in the point file; nothing was written. Correct them, or allow skipping bad lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="129" />
      <source>{count} cell(s) outside the DEM have no value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="140" />
      <source>{count} feature(s) without geometry were copied as they are (ids: {ids}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="106" />
      <source>{count} id(s) only in the {side} points, not compared: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/transformpointfile.py" line="114" />
      <source>{count} point(s) converted from {source} to {target}{shift}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/pointfile.py" line="114" />
      <source>{name} value '{value}' (column {col}) is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="135" />
      <source>{name}: RMS {rms:.3f} m, max {max:.3f} m, mean shift dE {de:+.3f} m, dN {dn:+.3f} m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="44" />
      <source>{side} {axis} field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/_reproject.py" line="110" />
      <source>{source} → {target} with the {shift}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/linearalteration.py" line="104" />
      <source>{system}: linear alteration from {min:.2f} to {max:.2f} mm/km over the extent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="39" />
      <source>{} id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="71" />
      <source>« {name} » has no point geometry: choose its {side} X and Y fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="95" />
      <source>« {name} » holds no point with an id: nothing to compare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/algorithms/checkcommonpoints.py" line="73" />
      <source>« {name} » is in a geographic CRS ({crs}); {side} coordinates in metres are needed: choose the right layer or its X/Y fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/messages.py" line="41" />
      <source>… and {count} more</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
