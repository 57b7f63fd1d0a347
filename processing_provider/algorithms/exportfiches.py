"""canevas:exportfiches — fiches signalétiques as PDF, through a QGIS print layout driven as an atlas."""

import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsExpression,
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

from ...core import fiche
from ...core.messages import N_
from ...toolbelt import crs as crs_tools
from ...toolbelt import fiche as fiche_tools
from ...toolbelt.layers import (
    FICHE_TEMPLATES,
    STATION,
    display_value,
    fiche_kind_of_fields,
    geopackage_path,
    geopackage_table,
)
from ...toolbelt.qt_compat import FieldType
from ...toolbelt.read_whole import check_read_whole
from ..base import CanevasAlgorithm
from ..parameters import datum_shift_parameter

CONTEXT_LAYERS = 8  # sibling GeoPackage layers drawn around the fiche point on its location map
#: The file name of each fiche's PDF (core.fiche.fiche_file_names: distinct, without « .pdf »).
FILE_FIELD = "fiche_file"
FICHE_LAYER_FIELDS = fiche.FICHE_FIELDS + (FILE_FIELD,)
KIND_WORDS = {STATION: N_("station"), "benchmark": N_("benchmark")}
KIND_PLURALS = {STATION: N_("stations"), "benchmark": N_("benchmarks")}
CANCELLED_NOTHING_WRITTEN = N_("Cancelled: no fiche was written.")


def _template_texts(text):
    """Every attribute value and text of a template (where its expressions are)."""
    texts = []
    try:
        root = ET.fromstring(text)
    except ET.ParseError:  # QGIS read it: its kind is then not checked
        return texts
    for element in root.iter():
        texts += list(element.attrib.values()) + [element.text or ""]
    return texts


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
        kind = fiche_kind_of_fields(source.fields())
        if kind is None:
            self.fail("« {name} » is neither a stations layer (field « matricule ») nor a benchmarks layer (fields "
                      "« nom » and « cp1_coord3 »): choose a canevas layer.", name=source.sourceName())
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            self.fail("« {name} » holds {kind} geometries, not points: choose the point layer of the stations or "
                      "benchmarks.", name=source.sourceName(),
                      kind=QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType())))
        self.check_numbers(source, crs=crs_tools.declared_crs(source.sourceCrs()))
        document = self._template(self.parameterAsFile(parameters, "TEMPLATE", context), kind, source.sourceName())
        separate = self.parameterAsBoolean(parameters, "SEPARATE", context)
        shift = self.parameterAsEnum(parameters, "DATUM_SHIFT", context)
        target = self._target(self.parameterAsFileOutput(parameters, "OUTPUT", context), separate)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)

        request = None
        expression = self.expression(parameters, "EXPRESSION", context)
        if expression:
            request = self._filter(expression, parameters, context, source)

        steps = self.steps(feedback, 2)  # the fiches' figures, then the PDF
        with tempfile.TemporaryDirectory(prefix="canevas-fiches-") as tmp:
            project = QgsProject()  # the layout's own: nothing is added to the user's project
            fiches = self._fiche_layer(source, request, kind, shift, layer, Path(tmp), steps, context)
            project.addMapLayer(fiches)
            layout = self._layout(project, document, fiches, self._context_layers(layer, project))
            steps.setCurrentStep(1)
            files = self._export(layout.atlas(), target, separate, fiches, feedback)  # QGIS' own progress
        count = len(files) if separate else fiches.featureCount()
        feedback.pushInfo(self.tr("{count} fiche(s) written to {path}.").format(count=count, path=target))
        return {"OUTPUT": target, "COUNT": count, "FILES": files}

    # --- checks made before anything is computed or written -------------------------------------------
    def _template(self, path, kind, name):
        """The layout template as a QDomDocument, checked: readable, a QGIS layout, printing this kind of fiche."""
        path = path or str(FICHE_TEMPLATES[kind])
        if not os.path.isfile(path):
            self.fail("The layout template « {path} » does not exist: choose a .qpt file saved by QGIS, or leave the "
                      "template empty for the plugin's own.", path=path)
        try:
            text = Path(path).read_bytes().decode("utf-8")
        except OSError as error:
            self.fail("The layout template « {path} » cannot be read ({error}): choose a .qpt file saved by QGIS.",
                      path=path, error=error.strerror or error.__class__.__name__)
        except UnicodeDecodeError as error:
            self.fail("The layout template « {path} » cannot be read as text (damaged, or not a layout template: not "
                      "UTF-8 from byte {position}): choose a .qpt file saved by QGIS.", path=path, position=error.start)
        document = QDomDocument()
        parsed = document.setContent(text)
        ok, message, line = (parsed[0], parsed[1], parsed[2]) if isinstance(parsed, tuple) else (parsed, "", 0)
        if not ok or document.documentElement().tagName() != "Layout":
            self.fail("« {path} » is not a complete QGIS layout template ({error}, line {line}): the file is damaged "
                      "or truncated. Choose a .qpt file saved by QGIS.", path=path,
                      error=message or self.tr("no <Layout> element"), line=line)
        if document.elementsByTagName("LayoutItem").count() == 0:
            self.fail("The layout template « {path} » holds no item: it would print blank pages. Choose a .qpt "
                      "file saved by QGIS.", path=path)
        printed = fiche.template_kind(fiche.referenced_fields(_template_texts(text)))
        if printed is not None and printed != kind:
            self.fail("The layout template « {path} » prints {printed} fiches, but « {name} » holds {held}: choose "
                      "a {kind_word} template, or leave the template empty for the plugin's own.", path=path,
                      printed=self.tr(KIND_WORDS[printed]), name=name, held=self.tr(KIND_PLURALS[kind]),
                      kind_word=self.tr(KIND_WORDS[kind]))
        return document

    def _filter(self, text, parameters, context, source):
        """(expression, its context): evaluated feature by feature in _fiche_layer, so that an error on a feature
        stops the run with its message (a QGIS filter drops such features silently: fewer fiches, no word)."""
        expression = QgsExpression(text)
        # "#!allattributes!#" is QgsFeatureRequest.ALL_ATTRIBUTES (a function such as attributes() reads them all)
        missing = sorted(set(expression.referencedColumns()) - set(source.fields().names()) - {"#!allattributes!#"})
        if missing:
            self.fail("The filter expression « {expression} » uses {fields}, which « {name} » does not have: "
                      "correct it; nothing was written.", expression=text, fields=", ".join(missing),
                      name=source.sourceName())
        expression_context = self.createExpressionContext(parameters, context, source)
        expression.prepare(expression_context)
        return expression, expression_context

    def _kept(self, request, feature, key):
        """Whether the filter keeps `feature`; an evaluation error stops the run."""
        if request is None:
            return True
        expression, expression_context = request
        expression_context.setFeature(feature)
        value = expression.evaluate(expression_context)
        if expression.hasEvalError():
            self.fail("The filter expression « {expression} » cannot be evaluated on {key} ({error}): correct it; "
                      "nothing was written.", expression=expression.expression(), key=key,
                      error=expression.evalErrorString())
        return bool(value) and str(value) != "NULL"

    def _target(self, out, separate):
        """The PDF, or with one PDF per fiche the folder; its folder must exist and be writable (checked now)."""
        if not out:
            self.fail("No output given: choose the PDF file (or the folder) to write.")
        if separate:
            target = Path(out[:-4] if out.lower().endswith(".pdf") else out)
            if target.exists() and not target.is_dir():
                self.fail("« {path} » is a file, not a folder: with « One PDF per fiche » choose a folder.",
                          path=str(target))
            folder = target.parent if not target.exists() else target
        else:
            target = Path(out)
            folder = target.parent
        if not folder.is_dir():
            self.fail("The folder « {folder} » does not exist: create it or choose another path.", folder=str(folder))
        try:
            with tempfile.TemporaryFile(dir=str(folder)):
                pass
        except OSError as error:
            self.fail("Nothing can be written in the folder « {folder} » ({error}): choose a folder you can write "
                      "to.", folder=str(folder), error=error.strerror or error)
        return str(target)

    # --- the fiches ----------------------------------------------------------------------------------------
    def _fiche_layer(self, source, request, kind, shift, layer, tmp, feedback, context):
        """Memory layer with the fields of core.fiche.FICHE_FIELDS, one feature per fiche (toolbelt.fiche figures)."""
        crs = crs_tools.declared_crs(source.sourceCrs())
        if not crs.isValid():
            self.fail("« {name} » has no CRS: set its CRS, then print the fiches.", name=source.sourceName())
        fiches = QgsVectorLayer("Point?crs={}".format(crs.authid()) if crs.authid() else "Point", "fiches", "memory")
        if not crs.authid():
            fiches.setCrs(crs)
        fiches.dataProvider().addAttributes([QgsField(name, FieldType.String) for name in FICHE_LAYER_FIELDS])
        fiches.updateFields()
        names = set(source.fields().names())
        total = max(source.featureCount(), 1)
        features, refused, no_geometry, read = [], [], 0, 0
        for i, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
            read = i + 1
            self.stop_if_cancelled(feedback)
            feedback.setProgress(100 * i / total)
            if not self._kept(request, feature, "fid {}".format(feature.id())):
                continue
            values, figures = fiche_tools.fiche_values(feature, crs, kind, shift, context.transformContext(), layer)
            key = values["fiche_matricule"] or "fid {}".format(feature.id())
            if figures.problem is fiche_tools.NO_GEOMETRY:
                feedback.reportError(self.tr("{key} has no geometry: no fiche.").format(key=key), False)
                no_geometry += 1
                continue
            if figures.problem is not None:
                refused.append("{}: {}".format(key, figures.problem.text(self.tr)))
                continue
            for note in figures.notes:
                feedback.reportError("{}: {}".format(key, note.text(self.tr)), False)
            row = {name: self._text(feature[name]) for name in fiche.FICHE_FIELDS if name in names}
            row.update(values)
            row["synthetic_note"] = self.tr("SYNTHETIC sample data.") if "synthetic" in names and \
                feature["synthetic"] else None
            if kind == STATION:
                row.update(self._attachments(layer, values["fiche_matricule"] or "", tmp))
            out = QgsFeature(fiches.fields())
            out.setId(feature.id())
            out.setGeometry(feature.geometry())
            out.setAttributes([row.get(name) for name in FICHE_LAYER_FIELDS])
            features.append((feature.id(), row["fiche_matricule"], out))
        check_read_whole(source, read)  # a damaged file read short: fiches silently missing
        self._check_fiches(source, features, refused, no_geometry)
        file_names = fiche.fiche_file_names((fid, matricule) for fid, matricule, _ in features)
        file_index = fiches.fields().indexOf(FILE_FIELD)
        for fid, _, out in features:
            out.setAttribute(file_index, file_names[fid][:-len(".pdf")])
        fiches.dataProvider().addFeatures([out for _, _, out in features])
        fiches.updateExtents()
        self._style(fiches)
        return fiches

    def _check_fiches(self, source, features, refused, no_geometry):
        """All or nothing: every fiche computed, at least one to print."""
        if refused:
            self.fail("{count} fiche(s) cannot be computed, nothing was written: {list}. Correct their position or "
                      "the layer's CRS, or leave them out with the filter expression.", count=len(refused),
                      list="; ".join(refused[:20]) + (" …" if len(refused) > 20 else ""))
        if not features and no_geometry:
            self.fail("None of the {count} feature(s) of « {name} » to print has a position (no geometry): no fiche "
                      "can be computed. Fill in their positions.", count=no_geometry, name=source.sourceName())
        if not features:
            self.fail("No feature to print in « {name} »: check the selection or the filter expression.",
                      name=source.sourceName())

    @staticmethod
    def _text(value):
        return display_value(value) or None

    @staticmethod
    def _attachments(layer, matricule, tmp):
        """sketch_path, photo1_path, photo2_path: the station's images of the GeoPackage, written to `tmp`."""
        extras = {}
        attachments = geopackage_table(layer, "attachments") if matricule else None
        if attachments is None:
            return extras
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

    # --- the layout and the PDF ----------------------------------------------------------------------------
    def _layout(self, project, document, fiches, context_layers):
        layout = QgsPrintLayout(project)
        _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            self.fail("The layout template could not be loaded by QGIS: choose a .qpt file saved by QGIS.")
        for item in layout.items():
            if hasattr(item, "setLayers") and hasattr(item, "setAtlasDriven"):
                item.setLayers([fiches] + context_layers)
                item.setCrs(fiches.crs())
        atlas = layout.atlas()
        atlas.setCoverageLayer(fiches)
        atlas.setEnabled(True)
        atlas.setFilenameExpression('"{}"'.format(FILE_FIELD))
        project.layoutManager().addLayout(layout)  # keeps the layout alive as long as the project
        return layout

    def _export(self, atlas, target, separate, fiches, feedback):
        """Write the PDF(s) into a staging place next to the target, then move them into place: never half-written."""
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        text_as_text(settings)
        folder = Path(target) if separate else Path(target).parent
        try:
            folder.mkdir(exist_ok=True)  # the fiches folder itself (its parent was checked)
            staging = Path(tempfile.mkdtemp(prefix=".canevas-fiches-", dir=str(folder)))
        except OSError as error:
            self.fail("Nothing can be written in the folder « {folder} » ({error}): choose a folder you can write "
                      "to.", folder=str(folder), error=error.strerror or error)
        try:
            if separate:
                result, error = QgsLayoutExporter.exportToPdfs(atlas, str(staging / "fiche.pdf"), settings, feedback)
            else:
                result, error = QgsLayoutExporter.exportToPdf(atlas, str(staging / "fiches.pdf"), settings, feedback)
            self.stop_if_cancelled(feedback, CANCELLED_NOTHING_WRITTEN)
            if result != QgsLayoutExporter.ExportResult.Success:
                self.fail("The PDF could not be written ({error}): nothing was written. Check the output folder and "
                          "the free space.", error=error or result)
            written = sorted(p.name for p in staging.glob("*.pdf"))
            expected = sorted(f[FILE_FIELD] + ".pdf" for f in fiches.getFeatures()) if separate else ["fiches.pdf"]
            if written != expected:
                self.fail("QGIS wrote {written} PDF file(s) for {expected} fiche(s): nothing was kept. Report this "
                          "with the layout template used.", written=len(written), expected=len(expected))
            return self._move_into_place(staging, written, folder if separate else None, target)
        finally:
            shutil.rmtree(str(staging), ignore_errors=True)  # our own staging folder only

    def _move_into_place(self, staging, names, folder, target):
        try:
            if folder is None:
                os.replace(str(staging / names[0]), target)
                return [target]
            files = []
            for name in names:
                os.replace(str(staging / name), str(folder / name))
                files.append(str(folder / name))
            return files
        except OSError as error:
            self.fail("The PDF could not be moved into place ({error}): check the output path.", error=error)

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
        try:
            dataset = ogr.Open(path)
        except RuntimeError:  # GDAL's exceptions are on in QGIS ≥ 3.40
            dataset = None
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
