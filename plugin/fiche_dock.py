"""Dock widget « Fiche canevas »: the fiche signalétique of the station or benchmark selected on the map.

Edits go through the layer's edit buffer (undo, commit, rollback and QGIS' own save prompt apply):
each field is written to the buffer when the user leaves it. Nothing typed is ever lost (HELP):
a value that cannot be written yet (refused, with its reason) keeps the fiche — the dock does not
follow another selection or the current layer until it is corrected or cleared; when its layer is
removed or the project closed, the values typed and not written are kept in « Typed values kept »
(also across QGIS sessions) until dismissed. The geometry's Z is a point's height (toolbelt.fiche):
editing a height field (z_ign69, cp1_coord3) in the dock sets the Z in the same edit command.
"""

import contextlib
import json
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsSettings,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
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
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import fiche, systems
from ..core.messages import N_
from ..core.register import field_label as register_label
from ..core.register import layer as register_layer
from ..core.register import triplet_members
from ..toolbelt import crs as crs_tools
from ..toolbelt import fiche as fiche_tools
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
)
from .fiche_editing import KEPT_SETTING, FicheEditing, dock_locale, field_text, message_text, number_text

HELP = N_("Nothing typed is lost. A value is written to the layer's edit buffer when you leave its box (QGIS' "
        "undo, save and discard apply). A value that cannot be written (refused, with its reason in red) keeps "
        "this fiche: the dock neither follows another selection nor the current layer, and does not save or stop "
        "editing, until you correct or clear it. If the layer is removed or the project closed with values typed "
        "and not written, they are kept under « Typed values kept », also after QGIS restarts, until you dismiss "
        "them. Matricules are written in one form (r021001 → R21001). The geometry's Z is the height: editing "
        "z_ign69 or cp1_coord3 here sets the Z too, in one undo step.")


#: The users' words for fields core.register has no label for (the city's own fields, ties and visits):
#: a field's alias in the layer comes first, then core.register's labels, then these.
FIELD_LABELS = {
    "derniere_visite_locale": N_("Last visit by the city's teams"),
    "cible": N_("Tie point"),
    "distance_m": N_("Distance (m)"),
    "distance2_m": N_("Check distance (m)"),
    "gisement_gon": N_("Bearing (gon)"),
    "remarque": N_("Remark"),
    "date": N_("Date"),
    "visiteur": N_("Visitor"),
    "etat_constate": N_("State found"),
}


def column_label(name):
    """The users' words for a field known by its name only (the ties and visits tables)."""
    label = register_label(name) or FIELD_LABELS.get(name)
    return tr(label) if label else name


def xy_text(x, y):
    return "X {}   Y {}".format(number_text(x, 3), number_text(y, 3))


def dms_text(text):
    """core.fiche's DMS (48°06′41.40000″ N) with the locale's decimal point: its one decimal number is the seconds."""
    return text.replace(".", dock_locale().decimalPoint())


class FicheDock(FicheEditing, QgsDockWidget):
    featureShown = pyqtSignal(str)

    def __init__(self, iface, parent=None):
        super().__init__(tr("Fiche canevas"), parent)
        self.setObjectName("CanevasFicheDock")
        self.iface = iface
        self.layer = None
        self.kind = None
        self.fid = None
        self.editors = {}
        self.loaded = {}  # field → the text its box was filled with (or last written): the rest is typed
        self.refused = {}  # field → why its typed value was not written
        self._writing = False  # the dock's own writes: not a change from elsewhere to show
        self._wanted = None  # the current layer the dock will follow once the typed values are written
        self._layer_name = ""
        self._tmp = tempfile.TemporaryDirectory(prefix="canevas-fiche-")
        self._build()
        self._show_kept(self._read_kept())
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
        self.cancel_button = self._button("/mActionCancelEdits.svg",
                                          tr("Cancel the layer's edits and the values typed in the fiche"),
                                          self.rollback)
        self.new_button = self._button("/mActionCapturePoint.svg", tr("New station: propose the next free matricule"),
                                       self.propose_matricule)
        for button in (self.edit_button, self.save_button, self.cancel_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(tr(HELP))
        self.help_button.setAccessibleName(tr("How the fiche keeps what you type"))
        buttons.addWidget(self.help_button)
        layout.addLayout(buttons)

        self.kept_box = QGroupBox(tr("Typed values kept"))
        kept_layout = QVBoxLayout(self.kept_box)
        self.kept = QPlainTextEdit()
        self.kept.setReadOnly(True)  # to copy from
        self.kept.setMaximumHeight(110)
        kept_layout.addWidget(self.kept)
        dismiss = QToolButton(self)
        dismiss.setText(tr("Dismiss"))
        dismiss.setToolTip(tr("Forget these typed values (copy them first if you need them)"))
        dismiss.clicked.connect(self.dismiss_kept)
        kept_layout.addWidget(dismiss)
        layout.addWidget(self.kept_box)

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
        if layer is not self.layer and self.flush_edits():
            # typed values not written yet keep this fiche: follow the new current layer once they are
            self._wanted = layer
            self._say_pending(tr("Correct or clear « {} » before the fiche follows the current layer."))
            return
        self._wanted = None
        if self.layer is not None:
            for signal, slot in self._layer_connections():
                with contextlib.suppress(TypeError, RuntimeError):
                    signal.disconnect(slot)
        self.layer = layer if fiche_kind(layer) else None
        self.kind = fiche_kind(layer)
        self._layer_name = self.layer.name() if self.layer is not None else ""
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
        # the layer is going away (removed from the project, or QGIS closing): nothing can be written to it any
        # more, so what was typed and not written is kept in the dock (and the settings), never dropped
        if sip.isdeleted(self.kept):  # the dock itself was destroyed first (plugin unloaded)
            return
        lines = self._pending_lines()
        if lines:
            self._show_kept(self._read_kept() + lines)
            QgsSettings().setValue(KEPT_SETTING, json.dumps(self._read_kept() + lines, ensure_ascii=False))
        self.layer = None
        self.kind = None
        self._clear()
        self._update_buttons()
        if self._wanted is not None and not sip.isdeleted(self._wanted):
            self.set_layer(self._wanted)

    def _selection_changed(self, selected, _deselected, _clear):
        if selected:
            self.show_feature(selected[0])

    def _value_changed(self, fid, index, value):
        if fid == self.fid and not self._writing:
            self.show_feature(fid)  # undo/redo or attribute table edits: refresh, keeping what is typed

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
        self.loaded = {}
        self.refused = {}
        self._shown_key = ""
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
        typed = {}
        if self.fid is not None and fid != self.fid:
            if self.flush_edits():
                # keep this fiche and what was typed: switching would lose it
                self._say_pending(tr("Correct or clear « {} » before choosing another point."))
                return
        elif fid == self.fid:  # the same fiche again (changed elsewhere): what is typed stays typed
            typed = {name: (self.editors[name].text(), self.refused.get(name)) for name in self.pending()}
        feature = self.layer.getFeature(fid)
        if not feature.isValid():
            return
        problems = self.problems.text() if typed else ""
        self._clear()
        self.fid = fid
        key = feature[key_field(self.kind)]
        self._shown_key = display_value(key)
        kind_label = tr("Station") if self.kind == STATION else tr("Leveling benchmark")
        self.title.setText("<b>{} {}</b> — {}".format(kind_label, key, self.layer.name()))
        editable = self.layer.isEditable()
        for field in self.layer.fields():
            if self.layer.fields().indexOf(field.name()) in self.layer.primaryKeyAttributes():
                continue  # the GeoPackage fid is not the users' to edit
            editor = QLineEdit(field_text(field, feature[field.name()]))
            editor.setObjectName(field.name())
            editor.setMinimumWidth(80)  # the dock may be narrow: the box shrinks, the text scrolls
            editor.setReadOnly(not editable)
            editor.editingFinished.connect(self._applier(field.name()))
            self.editors[field.name()] = editor
            self.loaded[field.name()] = editor.text()
            self.identity.addRow(self.label(field), editor)
        for name, (text, reason) in typed.items():
            if name in self.editors:
                self.editors[name].setText(text)
                if reason:
                    self.refused[name] = reason
        self.problems.setText(problems)
        self._show_coordinates(feature)
        if self.kind == STATION:
            self._show_related(key)
            self.triplet_box.setVisible(False)
        else:
            self._show_benchmark(feature)
        self.featureShown.emit(str(key))

    @staticmethod
    def label(field):
        """The field's alias, else core.register's label, else the dock's own (FIELD_LABELS), else its name."""
        label = field_label(field)  # the alias, else core.register's words, else the name
        return label if label != field.name() or field.alias() else column_label(field.name())

    def _show_coordinates(self, feature):
        """The fiche's figures from toolbelt.fiche, the same as the PDF fiches and canevas_fiche()."""
        point = fiche_tools.point_xyz(feature)
        crs = self.layer.crs()
        if point is None:
            self._coord(tr("Position"), tr("no geometry"))
        else:
            self._coord(tr("Layer"), xy_text(point[0], point[1])).setToolTip(
                crs_tools.crs_label(crs))
        figures = fiche_tools.feature_figures(feature, crs)
        c = figures.coordinates
        if c is not None:
            self._coord(tr("REN09"), xy_text(*c.ren09))
            self._coord(tr("RGF93 / CC48"), xy_text(*c.cc48))
            self._coord(tr("RGF93 geographic"), "{}   {}".format(dms_text(c.lat_dms), dms_text(c.lon_dms)))
        elif point is not None:
            self._coord(tr("Other systems"), tr("not computed: {}").format(message_text(figures.problem)))
        height = figures.height
        self._coord(tr("Height IGN69"), "—" if height is None else "{} m".format(number_text(height, 3)))
        for note in figures.notes:
            self._coord("", "<i>{}</i>".format(message_text(note)))
        if c is not None:
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
        decimal = {f.name for f in register_layer(name).fields if f.type == "REAL"}
        table.setColumnCount(len(names))
        table.setHorizontalHeaderLabels([column_label(column) for column in names])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = display_value(value)
                if names[c] in decimal and text:
                    with contextlib.suppress(ValueError):
                        text = number_text(float(text))  # related_rows gives texts: 12.5 → « 12,5 »
                table.setItem(r, c, QTableWidgetItem(text))
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

    def _applier(self, name):
        return lambda: self.apply_field(name)

    def closeEvent(self, event):
        # the user closed the dock (QGIS quitting only hides it): not reopened at the next start
        self.flush_edits()
        QgsSettings().setValue("canevas/fiche_dock/visible", False)
        super().closeEvent(event)
