"""Editing in the « Fiche canevas » dock: validation, the one written form of a matricule, the height kept
in the geometry's Z, and typed values never lost (plugin.fiche_dock.HELP says it to the users).

A mixin of FicheDock: it uses the dock's widgets (editors, problems, kept) and layer.

Numbers are shown in the user's locale (« 1 351 771,813 » in French) and read back from that form or
with a dot decimal; a text two conventions read as two different numbers (« 40,125 » in English:
40125 or 40.125) is refused with both readings, never written as one of them.
"""

import json
import math
import re
from decimal import Decimal

from qgis.core import QgsGeometry, QgsPoint, QgsSettings, QgsWkbTypes
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QLocale

from ..core import fiche
from ..core.messages import NUMBER_STYLE
from ..core.register import make_range
from ..toolbelt.i18n import tr
from ..toolbelt.layers import STATION, display_value, geopackage_table, is_null, value_from_text
from ..toolbelt.qt_compat import FieldType, field_type_is

#: Where the values typed for a removed layer are kept between QGIS sessions (a JSON list of texts).
KEPT_SETTING = "canevas/fiche_dock/kept_values"
#: Thousands separators users type or paste: space, no-break space, narrow no-break space (French), thin space.
SPACES = " \u00a0\u202f\u2009"


def dock_locale():
    """The user's QLocale; the plain C form (1351771.813, no grouping) when no language is set."""
    locale = QLocale()
    return QLocale.c() if locale.language() == QLocale.Language.C else locale


def number_text(value, decimals=None):
    """A number in the user's locale; `decimals` None: as many as the value holds (35.5 → « 35,5 »)."""
    locale, value = dock_locale(), float(value)
    if decimals is None:
        text = repr(value)
        if "e" in text or not math.isfinite(value):  # rare: 1e-07, inf; no grouping to add
            return text.replace(".", locale.decimalPoint())
        decimals = 0 if value.is_integer() else len(text.split(".")[1])
    return locale.toString(value, "f", decimals)


def is_integer_field(field):
    return field_type_is(field, FieldType.Int, FieldType.LongLong)


def field_text(field, value):
    """A field value as the dock shows it: decimal numbers in the user's locale, whole numbers (codes, ranges)
    without grouping, dates in ISO form, '' for NULL."""
    if field.isNumeric() and not is_integer_field(field) and not is_null(value) \
            and isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return display_value(value)


class AmbiguousNumber(ValueError):
    def __init__(self, text, readings):
        super().__init__(text)
        self.readings = readings


def _read(text, point, groups):
    """`text` as a Decimal when it is written with the decimal `point` and the thousands separators `groups`
    (first group 1 to 3 digits, then groups of 3), else None."""
    sign = ""
    if text[:1] in ("+", "-", "\u2212"):
        sign, text = "" if text[0] == "+" else "-", text[1:]
    whole, _, fraction = text.partition(point)
    if fraction and not re.fullmatch("[0-9]+", fraction):
        return None
    parts = re.split("[{}]".format(re.escape(groups)), whole) if groups else [whole]
    if len(parts) > 1:
        if not re.fullmatch("[0-9]{1,3}", parts[0]) or not all(re.fullmatch("[0-9]{3}", p) for p in parts[1:]):
            return None
    elif whole and not re.fullmatch("[0-9]+", whole):
        return None
    digits = "".join(parts)
    if not digits and not fraction:
        return None
    return Decimal("{}{}.{}".format(sign, digits or "0", fraction or "0"))


def plain_number(value):
    """A Decimal with the locale's decimal point and no grouping (two readings must not look alike)."""
    return format(value.normalize(), "f").replace(".", dock_locale().decimalPoint())


def read_number(text, integer=False):
    """The number typed: the user's locale form (« 1 351 771,813 »), a dot decimal (1351771.813) or a comma
    decimal (2,5). ValueError when it is none of them; AmbiguousNumber when they read it differently."""
    text = text.strip()
    if re.fullmatch("[+-]?(inf|infinity|nan)", text, re.IGNORECASE):
        if integer:
            raise ValueError(text)
        return float(text)  # the fiche's checks refuse it with their own words
    if re.fullmatch(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)[eE][+-]?[0-9]+", text):
        readings = {Decimal(text)}
    else:
        locale = dock_locale()
        group = locale.groupSeparator()
        conventions = ((locale.decimalPoint(), SPACES if group in SPACES else group), (".", SPACES),
                       (",", SPACES))
        readings = {r for r in (_read(text, point, groups) for point, groups in conventions) if r is not None}
    if not readings:
        raise ValueError(text)
    if len(readings) > 1:
        raise AmbiguousNumber(text, sorted(readings))
    value = readings.pop()
    if integer:
        if value != value.to_integral_value():
            raise ValueError(text)
        return int(value)
    return float(value)


def value_from_typed(field, text):
    """The typed text as the field's value (numbers as read_number reads them); ValueError when it does not fit."""
    if field.isNumeric() and text.strip():
        return read_number(text, integer=is_integer_field(field))
    return value_from_text(field, text)


def message_text(message):
    """A core Message translated, its numbers in the dock's locale (core.messages.NUMBER_STYLE for this call:
    the user may have changed the locale since the plugin set it, and tests set their own)."""
    locale = dock_locale()
    omit = bool(locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator)
    token = NUMBER_STYLE.set((str(locale.decimalPoint()), "" if omit else str(locale.groupSeparator())))
    try:
        return message.text(tr)
    finally:
        NUMBER_STYLE.reset(token)


class FicheEditing:
    """What the dock does with what the user types."""

    def _pending_lines(self):
        """One line per value typed and not written: layer, matricule, field, text, and why it was not written."""
        if self.fid is None:
            return []
        title = "{} {}".format(self._layer_name, self._shown_key)  # the layer may be half-destroyed: no call
        return ["{} — {}: « {} » ({})".format(title, name, self.editors[name].text(),
                                             self.refused.get(name) or tr("not written yet"))
                for name in self.pending()]

    @staticmethod
    def _read_kept():
        try:
            kept = json.loads(QgsSettings().value(KEPT_SETTING, "[]") or "[]")
        except (TypeError, ValueError):
            return []
        return [str(line) for line in kept] if isinstance(kept, list) else []

    def _show_kept(self, lines):
        self.kept.setPlainText("\n".join(lines))
        self.kept_box.setVisible(bool(lines))

    def dismiss_kept(self):
        QgsSettings().remove(KEPT_SETTING)
        self._show_kept([])

    def _toggle_editing(self, on):
        if self.layer is None:
            return
        if on and not self.layer.isEditable():
            self.layer.startEditing()
        elif not on and self.layer.isEditable():
            if self.flush_edits():
                self._say_pending(tr("Correct or clear « {} » before stopping the edit session."))
                self._update_buttons()
                return
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

    def pending(self):
        """Fields whose box holds a typed value not written to the layer (refused, or not yet applied)."""
        return [name for name, editor in self.editors.items() if editor.text() != self.loaded.get(name)]

    def _say_pending(self, template):
        reasons = "\n".join(self.refused[name] for name in self.pending() if name in self.refused)
        fields = self.layer.fields() if self.layer is not None else None
        names = [self.label(fields.field(n)) if fields is not None and fields.indexOf(n) >= 0 else n
                 for n in self.pending()]
        self.problems.setText("\n".join(t for t in (reasons, template.format(", ".join(names))) if t))

    def _refuse(self, name, reason):
        self.refused[name] = reason
        self.problems.setText(reason)
        return False

    def apply_field(self, name):
        """Write one typed value to the edit buffer, after validation. Returns True when written.

        An invalid value stays in its box with the reason shown: nothing typed is lost.
        """
        if self.layer is None or self.fid is None or not self.layer.isEditable() or name not in self.editors:
            return False
        feature = self.layer.getFeature(self.fid)
        field = self.layer.fields().field(name)
        text = self.editors[name].text().strip()
        if field_text(field, feature[name]) == text:
            return self._unchanged(name)
        try:
            value = value_from_typed(field, text)
        except AmbiguousNumber as error:
            one, other = (plain_number(r) for r in error.readings)
            return self._refuse(name, tr("« {text} » in « {field} » reads as {one} or as {other}: type it without "
                                         "thousands separators.").format(text=text, field=self.label(field),
                                                                        one=one, other=other))
        except (ValueError, OverflowError):
            return self._refuse(name, tr("« {} » does not fit the field « {} » (a number, or a date as 2024-05-31)."
                                         ).format(text, self.label(field)))
        if field.isNumeric() and value is not None and not is_null(feature[name]) and value == feature[name]:
            self.editors[name].setText(field_text(field, feature[name]))  # 35.5 typed for « 35,5 »: the same
            return self._unchanged(name)
        problems = self._problems(feature, name, value)
        if problems:
            return self._refuse(name, "\n".join(message_text(p) for p in problems))
        if self.kind == STATION:
            value, _ = fiche.prepare_station_value(name, value, self._ranges())
        return self._write(feature, name, value)

    def _unchanged(self, name):
        """The box holds the stored value (typed back, or the same number written another way): nothing pending."""
        self.loaded[name] = self.editors[name].text()
        self.refused.pop(name, None)
        self._follow_wanted()
        return False

    def _problems(self, feature, name, value):
        if self.kind != STATION:
            return fiche.validate_benchmark({name: value})
        ranges = self._ranges() if name == "matricule" else ()
        value, problems = fiche.prepare_station_value(name, value, ranges)
        if problems:
            return problems
        values = {name: value, "prestataire": feature["prestataire"] if "prestataire" in self.editors else None}
        others = [f["matricule"] for f in self.layer.getFeatures() if f.id() != self.fid] if name == "matricule" \
            else ()
        return fiche.validate_station(values, others, ranges)

    def _write(self, feature, name, value):
        """One edit command: the value, and for a height field the geometry's Z (the height) with it."""
        self._writing = True
        try:
            self.layer.beginEditCommand(tr("Fiche canevas: {}").format(name))
            ok = self.layer.changeAttributeValue(self.fid, self.layer.fields().indexOf(name), value, feature[name])
            geometry = self._with_height(feature, value) if ok and name in fiche.HEIGHT_FIELDS else None
            if geometry is not None:
                ok = self.layer.changeGeometry(self.fid, geometry)
            if not ok:
                self.layer.destroyEditCommand()
                return self._refuse(name, tr("The layer refused the value of « {} ».").format(name))
            self.layer.endEditCommand()
        finally:
            self._writing = False
        shown = field_text(self.layer.fields().field(name), value)
        self.editors[name].setText(shown)  # the written form (a matricule in capitals...)
        self.loaded[name] = shown
        self.refused.pop(name, None)
        self.problems.clear()
        self._show_written(feature.id())
        return True

    def _with_height(self, feature, value):
        """The feature's geometry with `value` as its Z, or None (2D layer, no geometry, height cleared)."""
        geometry = feature.geometry()
        if value is None or geometry.isNull() or not QgsWkbTypes.hasZ(self.layer.wkbType()):
            return None
        geometry = QgsGeometry(geometry)
        vertex = geometry.vertexAt(0)
        geometry.moveVertex(QgsPoint(vertex.x(), vertex.y(), float(value)), 0)
        return geometry

    def _show_written(self, fid):
        """Figures follow the written value (height...), typed boxes stay; then follow a pending current layer."""
        if self.pending() or self._follow_wanted():
            return
        while self.coords.rowCount():
            self.coords.removeRow(0)
        self._show_coordinates(self.layer.getFeature(fid))

    def _follow_wanted(self):
        """Follow the current layer that was waiting for the typed values; True when the dock moved to it."""
        if self.pending() or self._wanted is None or self._wanted is self.layer:
            return False
        wanted = None if sip.isdeleted(self._wanted) else self._wanted
        self._wanted = None
        self.set_layer(wanted)
        return True

    def flush_edits(self):
        """Apply every typed but not yet applied value (selection change, layer change, closing).

        Returns the names of the fields whose typed value is still not written (refused, or the layer
        not editable); they stay in their boxes.
        """
        if self.layer is None or self.fid is None:
            return []
        if self.layer.isEditable():
            for name in self.pending():
                self.apply_field(name)
        return self.pending()

    def commit(self):
        if self.layer is None:
            return False
        if self.flush_edits():
            self._say_pending(tr("Correct or clear « {} » before saving."))
            return False
        ok = self.layer.commitChanges()
        if not ok:
            self.problems.setText("\n".join(self.layer.commitErrors()))
            self.layer.startEditing()
        self._update_buttons()
        return ok

    def rollback(self):
        """QGIS' « Cancel edits »: the layer's edits and the values typed in the fiche are discarded."""
        if self.layer is None:
            return
        self.layer.rollBack()
        self._update_buttons()
        if self.fid is not None:
            fid, self.fid = self.fid, None  # typed values go with the edits the user cancelled
            self.show_feature(fid)

    def _ranges(self):
        table = geopackage_table(self.layer, "matricule_ranges") if self.layer is not None else None
        if table is None:
            return ()
        ranges = []
        for f in table.getFeatures():
            try:
                prefix = f["prefixe"] if "prefixe" in f.fields().names() else None
                ranges.append(make_range(f["prestataire"], f["first"], f["last"], prefix=prefix))
            except Exception:  # a broken range row is reported by canevas:checkmatricules
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

