"""canevas:createdatabase — an empty canevas register: a GeoPackage with stations, benchmarks and their tables.

The tables are created with plain SQL from core.register.SCHEMA so that UNIQUE, NOT NULL, CHECK
and FOREIGN KEY constraints are real SQLite constraints, and registered with the GeoPackage
conventions (gpkg_contents, gpkg_geometry_columns, gpkg_spatial_ref_sys). GDAL makes the empty
GeoPackage and the spatial indexes; QGIS writes the default styles into `layer_styles`.
"""

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from osgeo import ogr, osr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsField,
    QgsLayoutItemMap,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProject,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ...core import register, systems
from ...core.messages import N_
from ...toolbelt import crs as crs_tools
from ...toolbelt.i18n import tr
from ...toolbelt.qt_compat import FieldType, no_threading_flag, save_style_to_database
from ..base import CanevasAlgorithm

STYLE_NAME = "canevas"
CANCELLED_NOTHING_WRITTEN = N_("Cancelled: the Canevas database was not created (an existing one is kept as it was).")
#: Benchmark states (IGN) and the fill of their circle; other values get OTHER_STATE_COLOR.
BENCHMARK_STATE_COLORS = (
    ("BON ETAT", "#1f5fbf"),
    ("IMPRENABLE", "#8fb3e8"),
    ("MAUVAIS ETAT", "#f08c00"),
    ("PRESUME DEPLACE", "#9c4fc4"),
    ("NON RETROUVE", "#9a9a9a"),
    ("DETRUIT", "#222222"),
)
OTHER_STATE_COLOR = "#ffffff"
BENCHMARK_OUTLINE = "#0b2f6b"


def srs_definition(code):
    """(srs_id, organization, organization_coordsys_id, srs_name, WKT 1, description) of CC48 or REN09."""
    srs = osr.SpatialReference()
    if code == "CC48":
        srs.ImportFromEPSG(3948)
        return 3948, "EPSG", 3948, "RGF93 v1 / CC48", srs.ExportToWkt(), systems.SYSTEMS["CC48"].name
    return (register.REN09_SRS_ID, "NONE", register.REN09_SRS_ID, systems.SYSTEMS["REN09"].name, systems.ren09_wkt(),
            "Local system of Rennes since 11 March 2009: LCC on NTF / Clarke 1880 IGN, lon_0 2°15'12.36\" E")


PROJECT_NAME = "canevas"


def embed_fiche_layout(path, feedback):
    """Store a QGIS project « canevas » in the GeoPackage: the styled layers and the fiche print layout.

    The layout's computed fields are virtual fields calling canevas_fiche(), so it works as soon as
    the plugin is loaded; QGIS opens it from the Browser (GeoPackage › Projects).
    """
    from ...toolbelt import expressions
    from ...toolbelt.layers import FICHE_TEMPLATES
    expressions.register()
    project = QgsProject()
    layers = {}
    for name in register.LAYER_NAMES:
        layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
            layers[name] = layer
    for name, key in (("stations", "matricule"), ("benchmarks", "nom")):
        layer = layers[name]
        existing = set(layer.fields().names())
        layer.addExpressionField('"{}"'.format(key), QgsField("fiche_matricule", FieldType.String))
        for field in expressions.FIELDS:
            if field not in existing:
                layer.addExpressionField("canevas_fiche('{}')".format(field), QgsField(field, FieldType.String))
    for kind, layer_name in (("station", "stations"), ("benchmark", "benchmarks")):
        layout = QgsPrintLayout(project)
        document = QDomDocument()
        document.setContent(FICHE_TEMPLATES[kind].read_text(encoding="utf-8"))
        layout.loadFromTemplate(document, QgsReadWriteContext())
        layout.setName("Fiche {}".format(layer_name))
        for item in layout.items():
            if isinstance(item, QgsLayoutItemMap):
                item.setLayers([layers[layer_name]])
                item.setCrs(layers[layer_name].crs())
        layout.atlas().setCoverageLayer(layers[layer_name])
        layout.atlas().setEnabled(True)
        layout.atlas().setFilenameExpression('"fiche_matricule"')
        project.layoutManager().addLayout(layout)
    project.setCrs(layers["stations"].crs())
    if not project.write("geopackage:{}?projectName={}".format(path, PROJECT_NAME)):
        feedback.reportError(tr("The fiche layout could not be stored in the GeoPackage."), False)
        return False
    return True


#: Tables every GeoPackage written by this tool holds besides the register's own (SCHEMA).
_OWN_TABLES = ("layer_styles", "qgis_projects")
_OWN_PREFIXES = ("gpkg_", "rtree_", "sqlite_")


def register_contents(path):
    """(tables that are not the register's, {register layer: row count}) of a GeoPackage, read only.

    Raises sqlite3.Error when the file is not a GeoPackage or is damaged (SQLite's quick check).
    """
    db = sqlite3.connect("file:{}?mode=ro".format(Path(path).as_posix()), uri=True)
    try:
        check = db.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":  # a damaged register may hide a station: never replaced
            raise sqlite3.DatabaseError(check[0] if check else "quick_check")
        contents = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        own = {table.name for table in register.SCHEMA} | set(register.LAYER_NAMES) | set(_OWN_TABLES)
        others = sorted(t for t in (contents | tables) - own if not t.lower().startswith(_OWN_PREFIXES))
        counts = {name: db.execute("SELECT COUNT(*) FROM {}".format(register.quote(name))).fetchone()[0]
                  for name in register.LAYER_NAMES if name in tables}
    finally:
        db.close()
    return others, counts


class CreateDatabase(CanevasAlgorithm):
    NAME = "createdatabase"
    OUTPUTS_CHECKED_BY_ALGORITHM = ("OUTPUT",)  # replaces only an empty register, with OVERWRITE
    DISPLAY_NAME = "Create a Canevas database"
    GROUP_ID = "register"
    GROUP = "Canevas register"
    ICON_FILE = "register.svg"

    def initAlgorithm(self, config=None):
        # optional: QGIS 3.22 refuses an omitted required CRS even with a default (batch, qgis_process)
        self.add(QgsProcessingParameterCrs("CRS", self.tr("Coordinate system of the register"),
                                           defaultValue="EPSG:3948", optional=True),
                 self.tr("RGF93 v1 / CC48 (EPSG:3948), the legal system, or REN09 (Rennes 2009), the local system "
                         "used inside the rocade. Stations and benchmarks are stored in it, heights in NGF-IGN69."))
        self.add(QgsProcessingParameterFileDestination("OUTPUT", self.tr("Canevas database (GeoPackage)"),
                                                       self.tr("GeoPackage (*.gpkg *.GPKG)")),
                 self.tr("The GeoPackage to create. An existing Canevas database that holds data is never "
                         "overwritten."))
        self.add(QgsProcessingParameterBoolean("OVERWRITE", self.tr("Replace an existing empty register"),
                                               defaultValue=False),
                 self.tr("Only an existing Canevas database without any station or benchmark can be replaced, and "
                         "only when this is ticked. Any other file at the output path is never replaced."))
        self.addOutput(QgsProcessingOutputString("LAYERS", self.tr("Created layers")))
        self.addOutput(QgsProcessingOutputVectorLayer("STATIONS", self.tr("Stations layer")))
        self.addOutput(QgsProcessingOutputVectorLayer("BENCHMARKS", self.tr("Benchmarks layer")))
        self.addOutput(QgsProcessingOutputVectorLayer("RANGES", self.tr("Matricule ranges table")))

    def flags(self):
        # print layouts and expression functions are built here: QGIS objects of the main thread
        return super().flags() | no_threading_flag()

    # --- checks ------------------------------------------------------------------------
    def _system(self, crs):
        code = crs_tools.system_of(crs)
        if code not in register.ALLOWED_SYSTEMS:
            self.fail("The register can only be in {cc48} or in {ren09}, not in {crs}: choose one of these two "
                      "systems.", cc48=systems.SYSTEMS["CC48"].name, ren09=systems.SYSTEMS["REN09"].name,
                      crs=crs_tools.crs_label(crs))
        return code

    def _check_target(self, path, overwrite):
        """Stop unless `path` may be written: True when it is an empty register to replace (OVERWRITE)."""
        if not path.lower().endswith(".gpkg"):
            self.fail("« {path} » does not end with .gpkg: a Canevas database is a GeoPackage file.", path=path)
        if not os.path.exists(path):
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                self.fail("The folder « {folder} » does not exist: create it or choose another path.", folder=folder)
            return False
        if os.path.isdir(path):
            self.fail("« {path} » is a folder: give the path of a .gpkg file.", path=path)
        # Only an empty Canevas register may be replaced, and only when the user asks: anything else
        # (another GeoPackage, a file that is not one, a damaged register) is somebody's data.
        try:
            others, counts = register_contents(path)
        except sqlite3.Error as error:
            self.fail("« {path} » exists and is not a readable GeoPackage, or is a damaged one ({error}): it is left "
                      "untouched. Choose another file name.", path=path, error=str(error))
        if others:
            self.fail("« {path} » is a GeoPackage holding other layers ({layers}): it is never replaced. Choose "
                      "another file name.", path=path, layers=", ".join(others[:10]))
        if sum(counts.values()):
            self.fail("« {path} » already holds a Canevas register ({stations} station(s), {benchmarks} "
                      "benchmark(s)): it is never overwritten. Choose another file name.", path=path,
                      stations=counts.get("stations", 0), benchmarks=counts.get("benchmarks", 0))
        if not overwrite:
            self.fail("« {path} » already exists (an empty Canevas register): tick « Replace an existing empty "
                      "register » to replace it, or choose another file name.", path=path)
        if not os.access(path, os.W_OK):
            self.fail("« {path} » exists and cannot be replaced (read-only): close it in QGIS or choose another "
                      "file name.", path=path)
        return True

    @staticmethod
    def _still_empty(path):
        try:
            db = sqlite3.connect("file:{}?mode=ro".format(Path(path).as_posix()), uri=True)
            try:
                return not any(db.execute("SELECT COUNT(*) FROM {}".format(register.quote(name))).fetchone()[0]
                               for name in ("stations", "benchmarks"))
            finally:
                db.close()
        except sqlite3.Error:
            return False

    # --- building ------------------------------------------------------------------------
    def _create_tables(self, path, code, feedback):
        driver = ogr.GetDriverByName("GPKG")
        ds = driver.CreateDataSource(path) if driver is not None else None
        if ds is None:
            self.fail("The GeoPackage « {path} » cannot be created: check that the folder is writable.", path=path)
        ds = None  # closes the file: the tables are written with SQLite itself
        srs_id, organization, org_id, srs_name, wkt, description = srs_definition(code)
        db = sqlite3.connect(path)
        try:
            with db:
                db.execute("INSERT OR REPLACE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                           "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
                           (srs_name, srs_id, organization, org_id, wkt, description))
                for i, table in enumerate(register.SCHEMA):
                    if feedback.isCanceled():
                        return False
                    db.execute(register.create_table_sql(table))
                    kind = "features" if table.geometry else "attributes"
                    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                               "VALUES (?, ?, ?, ?, ?)",
                               (table.name, kind, table.name, table.description, srs_id if table.geometry else None))
                    if table.geometry:
                        db.execute("INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
                                   "srs_id, z, m) VALUES (?, ?, ?, ?, 1, 0)",
                                   (table.name, register.GEOMETRY_COLUMN, table.geometry, srs_id))
                    feedback.setProgress(100 * (i + 1) / len(register.SCHEMA))
        finally:
            db.close()
        try:
            ds = ogr.Open(path, 1)
        except RuntimeError:  # GDAL's exceptions are on in QGIS ≥ 3.40
            ds = None
        if ds is None:
            self.fail("GDAL cannot open the new GeoPackage « {path} ».", path=path)
        for table in register.SCHEMA:
            if table.geometry:
                result = ds.ExecuteSQL("SELECT CreateSpatialIndex('{}', '{}')".format(table.name,
                                                                                     register.GEOMETRY_COLUMN))
                if result is not None:
                    ds.ReleaseResultSet(result)
        ds = None
        return True

    def _styles(self, path, feedback):
        stations = self._open(path, "stations")
        symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#e31a1c", "outline_color": "#7a0000",
                                               "outline_width": "0.3", "size": "3.2"})
        stations.setRenderer(QgsSingleSymbolRenderer(symbol))
        self._label(stations, "matricule", "#7a0000", None)
        self._save_style(stations, self.tr("Canevas stations: red triangle labelled with the matricule"))

        benchmarks = self._open(path, "benchmarks")
        categories = []
        for state, color in BENCHMARK_STATE_COLORS + (("", OTHER_STATE_COLOR),):
            circle = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_color": BENCHMARK_OUTLINE,
                                                   "outline_width": "0.4", "size": "3"})
            label = state or self.tr("other state")
            categories.append(QgsRendererCategory(state, circle, label))  # "" = every other value
        benchmarks.setRenderer(QgsCategorizedSymbolRenderer("etat", categories))
        self._label(benchmarks, "nom", BENCHMARK_OUTLINE, 10000)
        self._save_style(benchmarks, self.tr("IGN leveling benchmarks: blue circle coloured by state"))
        feedback.pushInfo(self.tr("Default styles written in the layer_styles table."))

    def _open(self, path, table):
        layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
        if not layer.isValid():
            self.fail("The layer « {table} » of « {path} » cannot be opened by QGIS.", table=table, path=path)
        return layer

    @staticmethod
    def _label(layer, field_name, color, max_scale):
        settings = QgsPalLayerSettings()
        settings.fieldName = field_name
        settings.placement = QgsPalLayerSettings.Placement.OverPoint
        settings.quadOffset = QgsPalLayerSettings.QuadrantPosition.QuadrantAboveRight
        settings.dist = 1.0
        text = QgsTextFormat()
        text.setSize(8)
        text.setColor(QColor(color))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor("#ffffff"))
        text.setBuffer(buffer)
        settings.setFormat(text)
        if max_scale:
            settings.scaleVisibility = True
            settings.minimumScale = max_scale  # labels shown when zoomed in beyond 1:max_scale
            settings.maximumScale = 0
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    def _save_style(self, layer, description):
        saved, error = save_style_to_database(layer, STYLE_NAME, description, True)
        if not saved:
            self.fail("The style of « {table} » cannot be saved in the GeoPackage ({error}).", table=layer.name(),
                      error=error)

    # --- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            given = parameters.get("CRS")
            if given not in (None, "") and str(given).strip() not in ("", "NULL"):
                # a system typed but not understood: never silently CC48
                self.fail("« {crs} » is not a coordinate system QGIS knows: choose {cc48} (EPSG:3948) or {ren09}.",
                          crs=str(given), cc48=systems.SYSTEMS["CC48"].name, ren09=systems.SYSTEMS["REN09"].name)
            crs = crs_tools.crs_for("CC48")
        code = self._system(crs)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not path:
            self.fail("Give the path of the GeoPackage to create.")
        replacing = self._check_target(path, self.parameterAsBoolean(parameters, "OVERWRITE", context))
        feedback.pushInfo(self.tr("Creating the Canevas database « {path} » in {system}.").format(
            path=path, system=systems.SYSTEMS[code].name))
        steps = self.steps(feedback, 3)  # tables, styles, fiche layout
        # Built under its own name in a scratch folder beside it, then moved in place: the output is whole or
        # absent, and a register being replaced stays as it was until the new one is complete. (Same name: the
        # embedded project refers to its layers relatively to the file.)
        folder = os.path.dirname(os.path.abspath(path))
        try:
            scratch = tempfile.mkdtemp(prefix=".canevas-new-", dir=folder)
        except OSError as error:
            self.fail("The output folder « {folder} » cannot be written ({reason}): choose a folder you can write "
                      "to.", folder=folder, reason=error.strerror or str(error))
        building = os.path.join(scratch, os.path.basename(path))
        try:
            if not self._create_tables(building, code, steps):
                self.fail("Cancelled: the GeoPackage « {path} » was not created.", path=path)
            steps.setCurrentStep(1)
            self.stop_if_cancelled(feedback, CANCELLED_NOTHING_WRITTEN)
            self._styles(building, feedback)
            steps.setCurrentStep(2)
            self.stop_if_cancelled(feedback, CANCELLED_NOTHING_WRITTEN)
            embed_fiche_layout(building, feedback)
            self.stop_if_cancelled(feedback, CANCELLED_NOTHING_WRITTEN)
            if replacing and not self._still_empty(path):
                self.fail("« {path} » received data while the new register was being made: it is kept. Choose "
                          "another file name.", path=path)
            try:
                os.replace(building, path)
            except OSError as error:
                self.fail("« {path} » cannot be written ({error}): close it in QGIS or choose another file name.",
                          path=path, error=error.strerror or str(error))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        steps.setProgress(100)
        names = list(register.LAYER_NAMES)
        feedback.pushInfo(self.tr("Created layers: {}.").format(", ".join(names)))
        uris = {name: "{}|layername={}".format(path, name) for name in names}
        if context.project() is not None:
            for name in names:
                context.addLayerToLoadOnCompletion(uris[name], QgsProcessingContext.LayerDetails(
                    name, context.project(), "OUTPUT"))
        return {"OUTPUT": path, "LAYERS": ",".join(names), "STATIONS": uris["stations"],
                "BENCHMARKS": uris["benchmarks"], "RANGES": uris["matricule_ranges"]}
