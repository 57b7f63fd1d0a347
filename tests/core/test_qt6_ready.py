"""Qt6 / QGIS 4 readiness, checked on the sources without QGIS (metadata.txt says supportsQt6=True).

PyQt6 rejects what PyQt5 tolerated: QVariant.String and friends (field types go through
toolbelt.qt_compat.FieldType), QAction/QShortcut/QActionGroup from QtWidgets (they moved to QtGui),
exec_() and unscoped enums (Qt.AlignLeft must be Qt.AlignmentFlag.AlignLeft). When PyQt6 is
installed (Debian unstable in the matrix), every Qt name the plugin imports or reaches through
fully scoped enums is also resolved in PyQt6 itself.
"""

import ast
import importlib
import io
import re
import tokenize
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("core", "plugin", "processing_provider", "toolbelt", "scripts", "tests")
COMPAT = ROOT / "toolbelt" / "qt_compat.py"  # the one place allowed to name version-specific things
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut"}

# Qt classes whose enums the plugin could use; a capitalised attribute not followed by a further
# attribute (the member) nor a call is an unscoped enum: Qt.AlignLeft, QMessageBox.Yes...
QT_ENUM_HOLDERS = (
    "Qt", "QMessageBox", "QDialogButtonBox", "QSizePolicy", "QFrame", "QAbstractItemView", "QHeaderView",
    "QLineEdit", "QComboBox", "QEvent", "QFont", "QPalette", "QKeySequence", "QIODevice", "QFileDialog",
    "QToolButton", "QDialog", "QListView", "QListWidget", "QFormLayout", "QTextEdit", "QImage", "QPainter",
    "QLocale", "QItemSelectionModel", "QTabWidget", "QDockWidget", "QToolBar", "QStyle", "QAbstractSpinBox",
    "QTextCursor", "QTextOption", "QPrinter", "QPageSize", "QPageLayout", "QSlider", "QAction", "QIcon",
    "QSystemTrayIcon", "QMetaType", "QColor", "QDir", "QFile", "QDateTime", "QUrl", "QStandardPaths",
    "QSettings", "QProcess", "QTreeWidgetItem", "QTableWidgetItem", "QListWidgetItem", "QWizard",
    # QGIS enum holders whose short names PyQGIS for Qt6 drops (scoped or moved to Qgis.*)
    "QgsWkbTypes", "QgsProcessing", "QgsFeatureSink", "QgsProcessingParameterNumber",
    "QgsProcessingParameterField", "QgsProcessingParameterFile", "QgsUnitTypes", "QgsCoordinateTransform",
    "QgsProcessingAlgorithm", "QgsFeatureRequest", "QgsProcessingOutputLayerDefinition",
)
UNSCOPED_ENUM = re.compile(r"\b(?:{})\.([A-Z]\w*)\b(?!\s*[.(])".format("|".join(QT_ENUM_HOLDERS)))
# nested classes reached through an enum holder, not enums
NOT_ENUMS = {"OrderBy", "OrderByClause", "Flags", "LayerDetails", "PostProcessor"}
QVARIANT_TYPE = re.compile(r"\bQVariant\s*\.\s*(?:Type\s*\.\s*)?[A-Z]\w*")
EXEC_UNDERSCORE = re.compile(r"\b(?:exec_|print_)\s*\(")
MOVED_ATTRIBUTE = re.compile(r"\bQtWidgets\s*\.\s*(?:{})\b".format("|".join(sorted(MOVED_TO_QTGUI))))


# Not held to Qt6: renders the README's report pictures with QtWebKit, which only Debian 12's QGIS has
# (QGIS on Qt6 has no WebKit); a maintainer's tool, not in the plugin's zip.
QT5_ONLY = {"scripts/screenshots.py"}


def sources():
    for top in SCANNED:
        yield from (p for p in sorted((ROOT / top).rglob("*.py")) if p.relative_to(ROOT).as_posix() not in QT5_ONLY)


def code_only(text):
    """The source with comments and string literals blanked out (same lines and columns)."""
    lines = text.splitlines(keepends=True)
    blank = {"COMMENT", "STRING", "FSTRING_MIDDLE"}
    out = [list(line) for line in lines]
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if tokenize.tok_name[token.type] not in blank:
            continue
        (row, col), (end_row, end_col) = token.start, token.end
        for r in range(row, end_row + 1):
            chars = out[r - 1]
            start = col if r == row else 0
            stop = end_col if r == end_row else len(chars)
            for c in range(start, stop):
                if chars[c] not in "\r\n":
                    chars[c] = " "
    return "".join("".join(chars) for chars in out)


def problems(text, path=Path("sample.py")):
    """Every construct PyQt6 rejects in `text`, as 'path:line: what'."""
    found = []
    code = code_only(text)
    compat = path == COMPAT

    def add(offset, what):
        found.append("{}:{}: {}".format(path, code.count("\n", 0, offset) + 1, what))

    for match in QVARIANT_TYPE.finditer(code):
        if not compat:
            add(match.start(), "{} (use toolbelt.qt_compat.FieldType)".format(match.group(0)))
    for match in EXEC_UNDERSCORE.finditer(code):
        add(match.start(), "{} (use exec/print)".format(match.group(0)))
    for match in UNSCOPED_ENUM.finditer(code):
        if match.group(1) not in NOT_ENUMS:
            add(match.start(), "unscoped enum {}".format(match.group(0)))
    for match in MOVED_ATTRIBUTE.finditer(code):
        if not compat:
            add(match.start(), "{} (in QtGui with Qt6: toolbelt.qt_compat)".format(match.group(0)))
    if not compat:
        found += _moved_imports(text, path)
    return found


def _moved_imports(text, path):
    """Names imported from QtWidgets that live in QtGui with Qt6."""
    return ["{}:{}: {} imported from QtWidgets (use toolbelt.qt_compat)".format(path, node.lineno, alias.name)
            for node in ast.walk(ast.parse(text))
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("QtWidgets")
            for alias in node.names if alias.name in MOVED_TO_QTGUI]


def test_the_scan_finds_what_pyqt6_rejects():
    sample = (
        "from qgis.PyQt.QtWidgets import QAction, QMessageBox\n"
        "from qgis.PyQt.QtCore import Qt, QVariant\n"
        "field = QgsField('a', QVariant.String)\n"
        "other = QgsField('b', QVariant.Type.Double)\n"
        "label.setAlignment(Qt.AlignLeft | Qt.AlignmentFlag.AlignTop)\n"
        "item.data(Qt.UserRole); box.setCheckState(Qt.Checked)\n"
        "if QMessageBox.question(None, 't', 'q') == QMessageBox.Yes:\n"
        "    dialog.exec_()\n"
        "buttons = QDialogButtonBox.Ok | QDialogButtonBox.Cancel\n"
        "policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Policy.Fixed)\n"
        "frame.setFrameShape(QFrame.StyledPanel)\n"
        "shortcut = QtWidgets.QShortcut(key, widget)\n"
        "geometry = QgsWkbTypes.PointGeometry\n"
    )
    found = "\n".join(problems(sample))
    for expected in (":1: QAction imported from QtWidgets", "QVariant.String", "QVariant.Type.Double",
                     ":5: unscoped enum Qt.AlignLeft", "Qt.UserRole", "Qt.Checked", ":7: unscoped enum QMessageBox.Yes",
                     ":8: exec_(", "QDialogButtonBox.Ok", "QDialogButtonBox.Cancel",
                     "QSizePolicy.Expanding", "QFrame.StyledPanel", "QtWidgets.QShortcut", "QgsWkbTypes.PointGeometry"):
        assert expected in found
    assert "AlignmentFlag" not in found and "Policy.Fixed" not in found and "QMessageBox.question" not in found
    assert len(found.splitlines()) == 14


def test_the_scan_ignores_comments_strings_and_scoped_names():
    sample = (
        "# QVariant.String was used here; Qt.AlignLeft too\n"
        "HELP = 'press QMessageBox.Yes then exec_()'\n"
        '"""QVariant.Int in a docstring"""\n'
        "align = Qt.AlignmentFlag.AlignLeft\n"
        "role = Qt.ItemDataRole.UserRole\n"
        "value.isNull() or isinstance(value, QVariant)\n"
        "request = QgsFeatureRequest.OrderBy([])\n"
        "kind = QMetaType.Type.QString\n"
    )
    assert problems(sample) == []


def test_sources_use_nothing_pyqt6_rejects():
    found = []
    for path in sources():
        found += problems(path.read_text(encoding="utf-8"), path.relative_to(ROOT) if path != COMPAT else COMPAT)
    assert found == []
    assert COMPAT.exists()


def _qt_imports():
    """{(PyQt module, name)} the plugin imports from qgis.PyQt.*, with the files importing them.

    Imports in the handler of `except ImportError` are the Qt5 fallbacks of toolbelt/qt_compat.py.
    """
    found = {}
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        fallbacks = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.Try)
                     for handler in node.handlers for inner in handler.body for sub in ast.walk(inner)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or id(node) in fallbacks or not node.module:
                continue
            if node.module == "qgis.PyQt":
                for alias in node.names:
                    found.setdefault(("", alias.name), set()).add(path.relative_to(ROOT).as_posix())
            elif node.module.startswith("qgis.PyQt."):
                for alias in node.names:
                    found.setdefault((node.module[len("qgis.PyQt."):], alias.name), set()).add(
                        path.relative_to(ROOT).as_posix())
    return found


def _scoped_uses():
    """{dotted chain: files} for attribute chains starting with a Qt class the file imports (Qt.X.Y...)."""
    found = {}
    for path in sources():
        if path == COMPAT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.asname or alias.name: (node.module, alias.name) for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt.")
                    for alias in node.names}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            chain = []
            current = node
            while isinstance(current, ast.Attribute):
                chain.append(current.attr)
                current = current.value
            if isinstance(current, ast.Name) and current.id in imported and chain:
                module, name = imported[current.id]
                key = (module[len("qgis.PyQt."):], name, tuple(reversed(chain)))
                found.setdefault(key, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_the_plugin_imports_qt_names_through_qgis_pyqt():
    imports = _qt_imports()
    assert ("QtCore", "Qt") in imports
    assert not any(module == "QtWidgets" and name in MOVED_TO_QTGUI for module, name in imports)


def unresolved_in_pyqt6(imports, uses):
    """Names of `imports` ({(module, name): files}) and enum chains of `uses` PyQt6 does not have."""
    missing = []
    for (module, name), files in sorted(imports.items()):
        target = "PyQt6.{}".format(module) if module else "PyQt6"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                owner = importlib.import_module(target)
            if module:
                getattr(owner, name)
            else:
                importlib.import_module("{}.{}".format(target, name))
        except (ImportError, AttributeError):
            missing.append("{}.{} ({})".format(target, name, ", ".join(sorted(files))))
    for (module, name, chain), files in sorted(uses.items()):
        if not chain[0][:1].isupper():  # a method or attribute, not Class.Enum.Member
            continue
        value = getattr(importlib.import_module("PyQt6.{}".format(module)), name, None)
        for part in chain:
            value = None if value is None else getattr(value, part, None)
        if value is None:
            missing.append("PyQt6.{}.{}.{} ({})".format(module, name, ".".join(chain), ", ".join(sorted(files))))
    return missing


def test_the_pyqt6_check_can_fail():
    pytest.importorskip("PyQt6")
    imports = {("QtWidgets", "QAction"): {"a.py"}, ("QtGui", "QAction"): {"b.py"}}
    uses = {("QtCore", "Qt", ("AlignLeft",)): {"c.py"}, ("QtCore", "Qt", ("AlignmentFlag", "AlignLeft")): {"d.py"},
            ("QtCore", "QVariant", ("String",)): {"e.py"}, ("QtCore", "QDate", ("fromString",)): {"f.py"}}
    assert unresolved_in_pyqt6(imports, uses) == [
        "PyQt6.QtWidgets.QAction (a.py)", "PyQt6.QtCore.QVariant.String (e.py)", "PyQt6.QtCore.Qt.AlignLeft (c.py)"]


def test_every_qt_name_resolves_in_pyqt6():
    pytest.importorskip("PyQt6")
    assert unresolved_in_pyqt6(_qt_imports(), _scoped_uses()) == []


def test_deprecations_from_the_plugin_fail_the_tests():
    """pytest.ini: a DeprecationWarning attributed to canevas.* (as sip attributes a deprecated QGIS call
    to the calling line) or to the tests is an error; one inside a third-party library is not."""
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("old API", DeprecationWarning, "fake.py", 1, module="canevas.plugin.fake")
    with pytest.raises(DeprecationWarning):
        warnings.warn("old API", DeprecationWarning, stacklevel=1)  # attributed to this test module
    with pytest.raises(DeprecationWarning, match="Conversion of an array"):
        warnings.warn_explicit("Conversion of an array with ndim > 0 to a scalar is deprecated", DeprecationWarning,
                               "transformer.py", 1, module="pyproj.transformer")
    warnings.warn_explicit("old API", DeprecationWarning, "lib.py", 1, module="somelibrary.module")
