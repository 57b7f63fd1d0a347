"""Dock widget « Fiche canevas »: the fiche signalétique of the station or benchmark selected on the map.

Edits go through the layer's edit buffer (undo, commit, rollback and QGIS' own save prompt apply):
each field is written to the buffer when the user leaves it, so nothing typed is lost when the
selection changes.
"""

import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import fiche, systems
from ..core.register import make_range, triplet_members
from ..toolbelt import crs as crs_tools
from ..toolbelt.i18n import tr
from ..toolbelt.layers import (
    STATION,
    TIES_COLUMNS,
    VISITS_COLUMNS,
    display_value,
    fiche_kind,
    field_label,
    geopackage_table,
    key_field,
    related_rows,
    value_from_text,
)


class FicheDock(QgsDockWidget):
    featureShown = pyqtSignal(str)

    def __init__(self, iface, parent=None):
        super().__init__(tr("Fiche canevas"), parent)
        self.setObjectName("CanevasFicheDock")
        self.iface = iface
        self.layer = None
        self.kind = None
        self.fid = None
        self.editors = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="canevas-fiche-")
        self._build()
        if iface is not None:
            iface.currentLayerChanged.connect(self.set_layer)
            self.set_layer(iface.activeLayer())

    # --- building the widget ---------------------------------------------------------
    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        search = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Matricule…"))
        self.search.returnPressed.connect(lambda: self.show_matricule(self.search.text()))
        self.completer = QCompleter([])
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self.show_matricule)
        self.search.setCompleter(self.completer)
        search.addWidget(self.search)
        layout.addLayout(search)

        self.title = QLabel(tr("Select a station or a benchmark on the map."))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problems)

        # QGIS' own editing icons, which users know; the words are in the tooltips
        buttons = QHBoxLayout()
        self.edit_button = self._button("/mActionToggleEditing.svg", tr("Edit (start the layer's edit session)"),
                                        self._toggle_editing, checkable=True)
        self.save_button = self._button("/mActionSaveEdits.svg", tr("Save the layer's edits"), self.commit)
        self.cancel_button = self._button("/mActionCancelEdits.svg", tr("Cancel the layer's edits"), self.rollback)
        self.new_button = self._button("/mActionCapturePoint.svg", tr("New station: propose the next free matricule"),
                                       self.propose_matricule)
        for button in (self.edit_button, self.save_button, self.cancel_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.identity_box = QGroupBox(tr("Identity"))
        self.identity = QFormLayout(self.identity_box)
        self.identity.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.identity_box)

        self.coords_box = QGroupBox(tr("Coordinates"))
        self.coords = QFormLayout(self.coords_box)
        self.coords.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.coords_box)

        self.ties = self._table(tr("Ties (rattachements)"), layout)
        self.visits = self._table(tr("Visits"), layout)

        self.photos_box = QGroupBox(tr("Sketch and photos"))
        photos_layout = QVBoxLayout(self.photos_box)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QPixmap(96, 96).size())
        self.photos.setMaximumHeight(130)
        self.photos.itemDoubleClicked.connect(lambda item: QDesktopServices.openUrl(
            QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole))))
        photos_layout.addWidget(self.photos)
        layout.addWidget(self.photos_box)

        self.triplet_box = QGroupBox(tr("Triplet"))
        triplet_layout = QVBoxLayout(self.triplet_box)
        self.triplet = QListWidget()
        self.triplet.setMaximumHeight(70)
        self.triplet.itemClicked.connect(lambda item: self.show_matricule(item.text(), zoom=True))
        triplet_layout.addWidget(self.triplet)
        self.pdf_link = QLabel()
        self.pdf_link.setOpenExternalLinks(True)
        triplet_layout.addWidget(self.pdf_link)
        layout.addWidget(self.triplet_box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._update_buttons()

    def _button(self, icon, tip, slot, checkable=False):
        button = QToolButton(self)
        button.setIcon(QgsApplication.getThemeIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(checkable)
        (button.toggled if checkable else button.clicked).connect(slot)
        return button

    @staticmethod
    def _table(title, layout):
        box = QGroupBox(title)
        table = QTableWidget(0, 0)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setMaximumHeight(140)
        QVBoxLayout(box).addWidget(table)
        layout.addWidget(box)
        table.box = box
        return table

    # --- following the map -------------------------------------------------------------
    def set_layer(self, layer):
        self.flush_edits()
        if self.layer is not None:
            for signal, slot in self._layer_connections():
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
        self.layer = layer if fiche_kind(layer) else None
        self.kind = fiche_kind(layer)
        self.fid = None
        if self.layer is not None:
            for signal, slot in self._layer_connections():
                signal.connect(slot)
            field = key_field(self.kind)
            values = sorted(str(f[field]) for f in self.layer.getFeatures(
                QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([field],
                                                                                               self.layer.fields()))
                            if f[field] not in (None, ""))
            self.completer.model().setStringList(values)
            selected = self.layer.selectedFeatureIds()
            if selected:
                self.show_feature(selected[0])
            else:
                self._clear()
        else:
            self.completer.model().setStringList([])
            self._clear()
        self._update_buttons()

    def _layer_connections(self):
        return ((self.layer.selectionChanged, self._selection_changed),
                (self.layer.editingStarted, self._update_buttons),
                (self.layer.editingStopped, self._editing_stopped),
                (self.layer.attributeValueChanged, self._value_changed),
                (self.layer.willBeDeleted, self._layer_deleted),
                (self.layer.featureAdded, self._feature_added))

    def _feature_added(self, fid):
        """A station added without a matricule gets the next free one of the allocated ranges."""
        if self.kind != STATION or not self.layer.isEditable():
            return
        feature = self.layer.getFeature(fid)
        if display_value(feature["matricule"]):
            return
        used = [f["matricule"] for f in self.layer.getFeatures() if f.id() != fid]
        contractor = display_value(feature["prestataire"]) if "prestataire" in feature.fields().names() else ""
        proposal = fiche.next_free_in_ranges(self._ranges(), used, contractor or None)
        if proposal is None:
            self.problems.setText(tr("No free matricule in the allocated ranges: ask the SIG service for a range."))
            return
        self.layer.changeAttributeValue(fid, self.layer.fields().indexOf("matricule"), proposal)
        self.layer.selectByIds([fid])
        self.problems.setText(tr("New station: matricule {} given from the allocated ranges.").format(proposal))

    def _layer_deleted(self):
        # the layer is going away (removed from the project, or QGIS closing): forget it, touch nothing
        self.layer = None
        self.kind = None
        self._clear()
        self._update_buttons()

    def _selection_changed(self, selected, _deselected, _clear):
        if selected:
            self.show_feature(selected[0])

    def _value_changed(self, fid, index, value):
        if fid == self.fid and not any(e.hasFocus() for e in self.editors.values()):
            self.show_feature(fid)  # undo/redo or attribute table edits: refresh

    def _editing_stopped(self):
        self._update_buttons()
        if self.fid is not None:
            self.show_feature(self.fid)

    def show_matricule(self, matricule, zoom=False):
        if self.layer is None or not matricule:
            return False
        expression = '"{}" = \'{}\''.format(key_field(self.kind), str(matricule).replace("'", "''"))
        for feature in self.layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
            self.layer.selectByIds([feature.id()])
            self.show_feature(feature.id())
            if zoom and self.iface is not None:
                self.iface.mapCanvas().zoomToSelected(self.layer)
            return True
        self.problems.setText(tr("No feature has the matricule {} in « {} ».").format(matricule, self.layer.name()))
        return False

    # --- showing a fiche -----------------------------------------------------------------
    def _clear(self):
        self.fid = None
        self.editors = {}
        for form in (self.identity, self.coords):
            while form.rowCount():
                form.removeRow(0)
        for table in (self.ties, self.visits):
            table.setRowCount(0)
            table.setColumnCount(0)
        self.photos.clear()
        self.triplet.clear()
        self.pdf_link.clear()
        self.problems.clear()
        self.title.setText(tr("Select a station or a benchmark on the map."))

    def show_feature(self, fid):
        if self.layer is None:
            return
        if self.fid is not None and fid != self.fid:
            refused = self.flush_edits()
            if refused:
                # keep this fiche and what was typed: switching would lose it
                self.problems.setText(self.problems.text() + "\n" + tr(
                    "Correct or clear « {} » before choosing another point.").format(", ".join(refused)))
                return
        feature = self.layer.getFeature(fid)
        if not feature.isValid():
            return
        self._clear()
        self.fid = fid
        key = feature[key_field(self.kind)]
        kind_label = tr("Station") if self.kind == STATION else tr("Leveling benchmark")
        self.title.setText("<b>{} {}</b> — {}".format(kind_label, key, self.layer.name()))
        editable = self.layer.isEditable()
        for field in self.layer.fields():
            if self.layer.fields().indexOf(field.name()) in self.layer.primaryKeyAttributes():
                continue  # the GeoPackage fid is not the users' to edit
            editor = QLineEdit(display_value(feature[field.name()]))
            editor.setObjectName(field.name())
            editor.setMinimumWidth(80)  # the dock may be narrow: the box shrinks, the text scrolls
            editor.setReadOnly(not editable)
            editor.editingFinished.connect(lambda name=field.name(): self.apply_field(name))
            self.editors[field.name()] = editor
            self.identity.addRow(field_label(field), editor)
        self._show_coordinates(feature)
        if self.kind == STATION:
            self._show_related(key)
            self.triplet_box.setVisible(False)
        else:
            self._show_benchmark(feature)
        self.featureShown.emit(str(key))

    def _show_coordinates(self, feature):
        geom = feature.geometry()
        if geom.isNull():
            self._coord(tr("Position"), tr("no geometry"))
            return
        point = next(iter(geom.vertices()))
        crs = self.layer.crs()
        self._coord(tr("Layer"), "X {:.3f}   Y {:.3f}".format(point.x(), point.y())).setToolTip(
            crs_tools.crs_label(crs))
        code = crs_tools.system_of(crs)
        shift = crs_tools.datum_shift_of(crs)  # a layer in the grid variant of REN09 keeps it
        others = systems.other_systems(code, [point.x()], [point.y()]) if code else []
        if others:  # the same number-range check as the algorithms: never show wrong figures
            self._coord(tr("Other systems"), tr("not computed: the coordinates look like {found}, not {expected} "
                                                "as the layer's CRS declares").format(
                found=" or ".join(systems.SYSTEMS[c].name for c in others), expected=systems.SYSTEMS[code].name))
            return
        try:
            if code in systems.TRANSFORMABLE:
                c = fiche.coordinates(code, point.x(), point.y(), shift)
            else:
                ct = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4171"), QgsProject.instance())
                p = ct.transform(point.x(), point.y())
                c = fiche.coordinates("RGF93G", p.x(), p.y(), shift)
        except Exception as error:  # noqa: BLE001 — outside the grid or no CRS: shown, never fatal
            self._coord(tr("Other systems"), tr("not computed: {}").format(error))
            return
        self._coord(tr("REN09"), "X {:.3f}   Y {:.3f}".format(*c.ren09))
        self._coord(tr("RGF93 / CC48"), "X {:.3f}   Y {:.3f}".format(*c.cc48))
        self._coord(tr("RGF93 geographic"), "{}   {}".format(c.lat_dms, c.lon_dms))
        height = point.z() if geom.constGet().is3D() else None
        for name in ("z_ign69", "cp1_coord3"):
            if height is None and name in feature.fields().names() and feature[name] not in (None, ""):
                height = float(feature[name])
        self._coord(tr("Height IGN69"), "—" if height is None else "{:.3f} m".format(height))
        self._coord("", "<i>{}</i>".format(tr(systems.datum_shift_name(c.datum_shift))))

    def _coord(self, label, text):
        value = QLabel(text)
        value.setWordWrap(True)  # the dock may be narrow
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy a coordinate
        self.coords.addRow(label, value)
        return value

    def _fill_table(self, table, name, station, columns):
        found = related_rows(self.layer, name, station, columns)
        table.box.setVisible(found is not None)
        if found is None:
            return
        names, rows = found
        table.setColumnCount(len(names))
        table.setHorizontalHeaderLabels(names)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(display_value(value)))
        table.resizeColumnsToContents()

    def _show_related(self, matricule):
        self._fill_table(self.ties, "ties", matricule, TIES_COLUMNS)
        self._fill_table(self.visits, "visits", matricule, VISITS_COLUMNS)
        attachments = geopackage_table(self.layer, "attachments")
        self.photos_box.setVisible(attachments is not None)
        if attachments is None:
            return
        expression = "\"station_matricule\" = '{}'".format(str(matricule).replace("'", "''"))
        for i, feature in enumerate(attachments.getFeatures(QgsFeatureRequest().setFilterExpression(expression))):
            data = feature["data"]
            if not data:
                continue
            path = Path(self._tmp.name) / "{}_{}_{}".format(matricule, i, feature["file_name"] or "image")
            path.write_bytes(bytes(data))
            pixmap = QPixmap(str(path))
            item = QListWidgetItem(QIcon(pixmap), "{} — {}".format(feature["kind"], feature["file_name"]))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.photos.addItem(item)

    def _show_benchmark(self, feature):
        self.ties.box.setVisible(False)
        self.visits.box.setVisible(False)
        self.photos_box.setVisible(False)
        self.triplet_box.setVisible(True)
        brothers = triplet_members(display_value(feature["freres_info"])) \
            if "freres_info" in feature.fields().names() else []
        for brother in brothers:
            self.triplet.addItem(brother)
        if not brothers:
            self.triplet.addItem(tr("Not a triplet member"))
        url = feature["url_pdf"] if "url_pdf" in feature.fields().names() else None
        if url and str(url) != "NULL":
            self.pdf_link.setText('<a href="{0}">{1}</a>'.format(url, tr("IGN fiche (PDF)")))

    # --- editing -------------------------------------------------------------------------
    def _toggle_editing(self, on):
        if self.layer is None:
            return
        if on and not self.layer.isEditable():
            self.layer.startEditing()
        elif not on and self.layer.isEditable():
            self.flush_edits()
            if self.iface is not None and hasattr(self.iface, "vectorLayerTools"):
                self.iface.vectorLayerTools().stopEditing(self.layer)  # QGIS' own Save / Discard / Cancel
            elif not self.layer.isModified():
                self.layer.rollBack()
        if self.fid is not None:
            self.show_feature(self.fid)
        self._update_buttons()

    def _update_buttons(self):
        has_layer = self.layer is not None
        editable = has_layer and self.layer.isEditable()
        self.edit_button.blockSignals(True)
        self.edit_button.setChecked(editable)
        self.edit_button.blockSignals(False)
        self.edit_button.setEnabled(has_layer)
        self.save_button.setEnabled(editable)
        self.cancel_button.setEnabled(editable)
        self.new_button.setEnabled(editable and self.kind == STATION)
        for editor in self.editors.values():
            editor.setReadOnly(not editable)

    def apply_field(self, name):
        """Write one typed value to the edit buffer, after validation. Returns True when written.

        An invalid value stays in its box with the reason shown: nothing typed is lost.
        """
        if self.layer is None or self.fid is None or not self.layer.isEditable() or name not in self.editors:
            return False
        feature = self.layer.getFeature(self.fid)
        text = self.editors[name].text().strip()
        current = feature[name]
        if display_value(current) == text:
            return False
        try:
            value = value_from_text(self.layer.fields().field(name), text)
        except ValueError:
            self.problems.setText(tr("« {} » does not fit the field « {} » (a number, or a date as 2024-05-31)."
                                     ).format(text, name))
            return False
        if self.kind == STATION:
            values = {name: value, "prestataire": feature["prestataire"] if "prestataire" in self.editors else None}
            others = [f["matricule"] for f in self.layer.getFeatures() if f.id() != self.fid]
            problems = fiche.validate_station(values, others if name == "matricule" else (),
                                              self._ranges() if name == "matricule" else ())
        else:
            problems = fiche.height_problems({name: value})
        if problems:
            self.problems.setText("\n".join(p.text(tr) for p in problems))
            return False
        self.problems.clear()
        self.layer.beginEditCommand(tr("Fiche canevas: {}").format(name))
        if self.layer.changeAttributeValue(self.fid, self.layer.fields().indexOf(name), value, current):
            self.layer.endEditCommand()
            return True
        self.layer.destroyEditCommand()
        return False

    def flush_edits(self):
        """Apply every typed but not yet applied value (selection change, layer change, closing).

        Returns the names of the fields whose typed value was refused (and is still in its box).
        """
        if self.layer is None or self.fid is None or not self.layer.isEditable():
            return []
        for name in list(self.editors):
            self.apply_field(name)
        feature = self.layer.getFeature(self.fid)
        return [name for name, editor in self.editors.items()
                if editor.text().strip() != display_value(feature[name])]

    def commit(self):
        if self.layer is None:
            return False
        self.flush_edits()
        ok = self.layer.commitChanges()
        if not ok:
            self.problems.setText("\n".join(self.layer.commitErrors()))
            self.layer.startEditing()
        self._update_buttons()
        return ok

    def rollback(self):
        if self.layer is None:
            return
        self.layer.rollBack()
        self._update_buttons()
        if self.fid is not None:
            self.show_feature(self.fid)

    def _ranges(self):
        table = geopackage_table(self.layer, "matricule_ranges") if self.layer is not None else None
        if table is None:
            return ()
        ranges = []
        for f in table.getFeatures():
            try:
                prefix = f["prefixe"] if "prefixe" in f.fields().names() else None
                ranges.append(make_range(f["prestataire"], f["first"], f["last"], prefix=prefix))
            except Exception:  # noqa: BLE001 — a broken range row is reported by canevas:checkmatricules
                continue
        return ranges

    def _contractor(self):
        """The contractor of the fiche shown (a new station takes its matricule from their ranges)."""
        editor = self.editors.get("prestataire")
        return editor.text().strip() if editor is not None and editor.text().strip() else None

    def propose_matricule(self):
        """Fill the search box with the next free matricule of the ranges (for a new station)."""
        used = [f["matricule"] for f in self.layer.getFeatures()] if self.layer is not None else []
        proposal = fiche.next_free_in_ranges(self._ranges(), used, self._contractor())
        if proposal is None:
            self.problems.setText(tr("No free matricule in the allocated ranges: ask the SIG service for a range."))
        else:
            self.search.setText(proposal)
            self.problems.setText(tr("Next free matricule: {}. Add the point on the map with this matricule.")
                                  .format(proposal))
        return proposal

    def closeEvent(self, event):
        # the user closed the dock (QGIS quitting only hides it): not reopened at the next start
        self.flush_edits()
        QgsSettings().setValue("canevas/fiche_dock/visible", False)
        super().closeEvent(event)
