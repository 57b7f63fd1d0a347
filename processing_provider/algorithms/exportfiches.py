"""canevas:exportfiches — fiches signalétiques as PDF, through a QGIS print layout driven as an atlas."""

import datetime
import re
import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsLayoutExporter,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProject,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ...core import fiche, systems
from ...toolbelt import crs as crs_tools
from ...toolbelt.layers import (
    FICHE_TEMPLATES,
    STATION,
    TIES_COLUMNS,
    VISITS_COLUMNS,
    display_value,
    fiche_kind_of_fields,
    geopackage_path,
    geopackage_table,
    key_field,
    related_rows,
)
from ...toolbelt.qt_compat import FieldType
from ..base import CanevasAlgorithm
from ..parameters import datum_shift_parameter

SAFE_NAME = "regexp_replace(\"fiche_matricule\", '[^A-Za-z0-9._-]+', '_')"
CONTEXT_LAYERS = 8  # sibling GeoPackage layers drawn around the fiche point on its location map


def text_as_text(settings):
    """PDF text as text, not outlines: searchable, copyable, read by pdftotext.

    QGIS ≥ 3.26 names the choice Qgis.TextRenderFormat; 3.22 has QgsRenderContext.TextFormatAlwaysText.
    """
    modern = getattr(getattr(Qgis, "TextRenderFormat", None), "AlwaysText", None)
    legacy = getattr(QgsRenderContext, "TextFormatAlwaysText", None)
    for value in (modern, legacy):
        if value is None:
            continue
        try:
            settings.textRenderFormat = value
            return True
        except TypeError:  # 3.22's Python may list the new enum without accepting it here
            continue
    return False


class ExportFiches(CanevasAlgorithm):
    NAME = "exportfiches"
    DISPLAY_NAME = "Export fiches signalétiques (PDF)"
    GROUP_ID = "register"
    GROUP = "Canevas register"
    ICON_FILE = "fiche.svg"

    def flags(self):
        # Layout rendering belongs to the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFeatureSource("INPUT", self.tr("Stations or benchmarks"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 self.tr("Point layer of canevas stations (field « matricule ») or of IGN benchmarks (fields « nom » "
                         "and « cp1_coord3 »). Tick « Selected features only » to print the selection."))
        self.add(QgsProcessingParameterExpression("EXPRESSION", self.tr("Filter expression"),
                                                  parentLayerParameterName="INPUT", optional=True),
                 self.tr("Only the features matching this expression get a fiche, e.g. \"commune\" = 'Rennes'."))
        self.add(QgsProcessingParameterFile("TEMPLATE", self.tr("Print layout template (.qpt)"),
                                            extension="qpt", optional=True),
                 self.tr("A QGIS print layout template reading the fiche fields; empty: the plugin's own "
                         "(resources/layouts/fiche_station.qpt or fiche_benchmark.qpt)."))
        self.add(QgsProcessingParameterBoolean("SEPARATE", self.tr("One PDF per fiche"), defaultValue=False),
                 self.tr("Unticked: one PDF with one page per fiche. Ticked: one PDF per fiche, named by matricule, "
                         "in the output folder."))
        datum_shift_parameter(self)
        self.add(QgsProcessingParameterFileDestination("OUTPUT", self.tr("PDF file or folder"),
                                                       self.tr("PDF files (*.pdf)")),
                 self.tr("The PDF to write; with « One PDF per fiche », the folder to write into (a path ending "
                         "in .pdf is used without its extension as the folder)."))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            self.fail("The input layer cannot be read: choose a valid point layer.")
        self.check_numbers(source)
        kind = fiche_kind_of_fields(source.fields())
        if kind is None:
            self.fail("« {name} » is neither a stations layer (field « matricule ») nor a benchmarks layer (fields "
                      "« nom » and « cp1_coord3 »): choose a canevas layer.", name=source.sourceName())
        template = self.parameterAsFile(parameters, "TEMPLATE", context) or str(FICHE_TEMPLATES[kind])
        if not Path(template).is_file():
            self.fail("The layout template « {path} » does not exist: choose a .qpt file.", path=template)
        separate = self.parameterAsBoolean(parameters, "SEPARATE", context)
        shift = self.parameterAsEnum(parameters, "DATUM_SHIFT", context)
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)

        request = QgsFeatureRequest()
        expression = self.expression(parameters, "EXPRESSION", context)
        if expression:
            request.setFilterExpression(expression)
            request.setExpressionContext(self.createExpressionContext(parameters, context, source))

        tmp = tempfile.TemporaryDirectory(prefix="canevas-fiches-")
        project = QgsProject()
        fiches = self._fiche_layer(source, request, kind, shift, layer, Path(tmp.name), feedback)
        if fiches.featureCount() == 0:
            self.fail("No feature to print in « {name} »: check the selection or the filter expression.",
                      name=source.sourceName())
        project.addMapLayer(fiches)
        context_layers = self._context_layers(layer, project)

        layout = QgsPrintLayout(project)
        document = QDomDocument()
        if not document.setContent(Path(template).read_text(encoding="utf-8")):
            self.fail("« {path} » is not a QGIS layout template: choose a .qpt file saved by QGIS.", path=template)
        _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            self.fail("The layout template « {path} » could not be loaded.", path=template)
        for item in layout.items():
            if hasattr(item, "setLayers") and hasattr(item, "setAtlasDriven"):
                item.setLayers([fiches] + context_layers)
                item.setCrs(fiches.crs())
        atlas = layout.atlas()
        atlas.setCoverageLayer(fiches)
        atlas.setEnabled(True)
        atlas.setFilenameExpression(SAFE_NAME)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        text_as_text(settings)
        if separate:
            folder = Path(out[:-4] if out.lower().endswith(".pdf") else out)
            folder.mkdir(parents=True, exist_ok=True)
            result, error = QgsLayoutExporter.exportToPdfs(atlas, str(folder / "fiche.pdf"), settings, feedback)
            files = sorted(str(p) for p in folder.glob("*.pdf"))
            target = str(folder)
        else:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            result, error = QgsLayoutExporter.exportToPdf(atlas, out, settings, feedback)
            files, target = [out], out
        tmp.cleanup()
        if feedback.isCanceled():
            return {}
        if result != QgsLayoutExporter.ExportResult.Success:
            self.fail("The PDF could not be written ({error}): check the output path.", error=error or result)
        feedback.pushInfo(self.tr("{count} fiche(s) written to {path}.").format(count=fiches.featureCount(),
                                                                               path=target))
        return {"OUTPUT": target, "COUNT": fiches.featureCount(), "FILES": files}

    def _fiche_layer(self, source, request, kind, shift, layer, tmp, feedback):
        """Memory layer with the fields of core.fiche.FICHE_FIELDS, one feature per fiche."""
        crs = source.sourceCrs()
        fiches = QgsVectorLayer("Point?crs={}".format(crs.authid()) if crs.authid() else "Point", "fiches", "memory")
        if not crs.authid():
            fiches.setCrs(crs)
        provider = fiches.dataProvider()
        provider.addAttributes([QgsField(name, FieldType.String) for name in fiche.FICHE_FIELDS])
        fiches.updateFields()
        code = crs_tools.system_of(crs)
        to_geographic = None
        if code not in systems.TRANSFORMABLE:
            if not crs.isValid():
                self.fail("« {name} » has no CRS: set its CRS, then print the fiches.", name=source.sourceName())
            to_geographic = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4171"),
                                                   QgsProject.instance().transformContext())
        names = set(source.fields().names())
        key = key_field(kind)
        today = datetime.date.today().isoformat()
        system_names = ", ".join(sorted({systems.SYSTEMS["REN09"].name, systems.SYSTEMS["CC48"].name,
                                         crs_tools.crs_label(crs)}))
        total = max(source.featureCount(), 1)
        features = []
        for i, feature in enumerate(source.getFeatures(request)):
            if feedback.isCanceled():
                break
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                feedback.reportError(self.tr("{key} has no geometry: no fiche.").format(key=feature[key]), False)
                continue
            point = next(iter(geom.vertices()))
            values = {name: self._text(feature[name]) for name in fiche.FICHE_FIELDS if name in names}
            x, y, system = point.x(), point.y(), code
            if to_geographic is not None:
                p = to_geographic.transform(x, y)
                x, y, system = p.x(), p.y(), "RGF93G"
            c = fiche.coordinates(system, x, y, shift)
            height = point.z() if geom.constGet().is3D() else None
            for field in ("z_ign69", "cp1_coord3"):
                if height is None and values.get(field):
                    height = float(values[field].replace(",", "."))
            values.update({
                "fiche_matricule": self._text(feature[key]),
                "x_ren09": "{:.3f}".format(c.ren09[0]), "y_ren09": "{:.3f}".format(c.ren09[1]),
                "x_cc48": "{:.3f}".format(c.cc48[0]), "y_cc48": "{:.3f}".format(c.cc48[1]),
                "lon_dms": c.lon_dms, "lat_dms": c.lat_dms,
                "z_ign69": None if height is None else "{:.3f}".format(height),
                "datum_name": self.tr(systems.datum_shift_name(shift)),
                "system_names": system_names, "edition_date": today,
                "synthetic_note": self.tr("SYNTHETIC sample data.") if "synthetic" in names and feature["synthetic"]
                else None,
            })
            if kind == STATION:
                values.update(self._station_extras(layer, values["fiche_matricule"], tmp))
            out = QgsFeature(fiches.fields())
            out.setGeometry(geom)
            out.setAttributes([values.get(name) for name in fiche.FICHE_FIELDS])
            features.append(out)
            feedback.setProgress(int(50 * i / total))
        provider.addFeatures(features)
        fiches.updateExtents()
        self._style(fiches)
        return fiches

    @staticmethod
    def _text(value):
        return display_value(value) or None

    @staticmethod
    def _station_extras(layer, matricule, tmp):
        extras = {}
        for table, columns, field in (("ties", TIES_COLUMNS, "ties"), ("visits", VISITS_COLUMNS, "visits")):
            found = related_rows(layer, table, matricule, columns)
            if found and found[1]:
                extras[field + "_text"] = fiche.text_lines(*found)
                extras[field + "_html"] = fiche.html_table(*found)  # for templates of earlier versions
        attachments = geopackage_table(layer, "attachments")
        if attachments is not None:
            expression = "\"station_matricule\" = '{}'".format(matricule.replace("'", "''"))
            photos = []
            for i, f in enumerate(attachments.getFeatures(QgsFeatureRequest().setFilterExpression(expression))):
                if not f["data"]:
                    continue
                suffix = Path(str(f["file_name"] or "image.jpg")).suffix or ".jpg"
                path = tmp / "{}_{}{}".format(re.sub(r"[^A-Za-z0-9_-]", "_", matricule), i, suffix)
                path.write_bytes(bytes(f["data"]))
                if f["kind"] == "sketch" and "sketch_path" not in extras:
                    extras["sketch_path"] = str(path)
                else:
                    photos.append(str(path))
            for field, path in zip(("photo1_path", "photo2_path"), photos):
                extras[field] = path
        return extras

    @staticmethod
    def _style(fiches):
        from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsTextFormat
        symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#d7191c", "size": "4",
                                               "outline_color": "black"})
        fiches.setRenderer(QgsSingleSymbolRenderer(symbol))
        settings = QgsPalLayerSettings()
        settings.fieldName = "fiche_matricule"
        text = QgsTextFormat()
        text.setSize(9)
        settings.setFormat(text)
        settings.dist = 2
        fiches.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        fiches.setLabelsEnabled(True)

    @staticmethod
    def _context_layers(layer, project):
        """The other geometry layers of the same GeoPackage, as context on the location map."""
        path = geopackage_path(layer.source()) if layer is not None and layer.providerType() == "ogr" else None
        if path is None:
            return []
        from osgeo import ogr
        dataset = ogr.Open(path)
        if dataset is None:
            return []
        own = layer.source().split("layername=")[-1].split("|")[0] if "layername=" in layer.source() else None
        names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())
                 if dataset.GetLayer(i).GetGeomType() != ogr.wkbNone and dataset.GetLayer(i).GetName() != own]
        dataset = None
        layers = []
        for name in names[:CONTEXT_LAYERS]:
            context_layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
            if context_layer.isValid() and context_layer.geometryType() != QgsWkbTypes.GeometryType.NullGeometry:
                ExportFiches._style_context(context_layer)
                project.addMapLayer(context_layer)
                layers.append(context_layer)
        return layers

    @staticmethod
    def _style_context(layer):
        """Quiet grey context: outlines for areas, small dots for the other marks."""
        from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer
        kind = layer.geometryType()
        if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#7f7f7f", "outline_width": "0.4"})
        elif kind == QgsWkbTypes.GeometryType.LineGeometry:
            symbol = QgsLineSymbol.createSimple({"color": "#7f7f7f", "width": "0.4"})
        else:
            symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#9e9e9e", "size": "1.6",
                                                   "outline_style": "no"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
