"""The one place the GUI imports Qt from (as Anki's aqt.qt does): swap bindings here only.

Names resolve on first use (PEP 562 module `__getattr__`): PySide6 builds each class's Python
type when it is first touched, and the `Qt` namespace alone is some 90 Python enums, so an eager
import of every name would cost the start-up tens of milliseconds for classes the first window
never uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for type checkers and editors; at run time names load on demand
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # noqa: F403
    from PySide6.QtWidgets import *  # noqa: F403

    ObjectRole: Qt.ItemDataRole  # noqa: F405
    KindRole: Qt.ItemDataRole  # noqa: F405
    ROOT: QModelIndex  # noqa: F405

_NAMES_BY_MODULE = {
    "QtCore": (
        "QAbstractItemModel", "QAbstractListModel", "QAbstractTableModel", "QByteArray",
        "QCoreApplication", "QElapsedTimer", "QEvent", "QItemSelectionModel", "QLibraryInfo",
        "QLocale", "QMimeData", "QModelIndex", "QObject", "QPersistentModelIndex", "QRunnable",
        "QSettings", "QSize", "QSortFilterProxyModel", "Qt", "QThreadPool", "QTimer",
        "QTranslator", "Signal", "Slot",
    ),
    "QtGui": (
        "QAction", "QBrush", "QCloseEvent", "QColor", "QFont", "QIcon", "QKeySequence",
        "QPalette", "QTextCharFormat", "QTextCursor", "QTextDocument", "QUndoCommand",
        "QUndoStack",
    ),
    "QtWidgets": (
        "QAbstractItemView", "QApplication", "QCheckBox", "QComboBox", "QDialog",
        "QDialogButtonBox", "QDockWidget", "QDoubleSpinBox", "QFileDialog", "QFormLayout",
        "QFrame", "QGridLayout", "QGroupBox", "QHBoxLayout", "QHeaderView", "QLabel",
        "QLineEdit", "QListView", "QListWidget", "QListWidgetItem", "QMainWindow", "QMessageBox",
        "QPlainTextEdit", "QProgressBar", "QPushButton", "QScrollArea", "QSizePolicy",
        "QSpinBox", "QSplitter", "QStackedWidget", "QStatusBar", "QTableView", "QTabWidget",
        "QTextBrowser", "QTextEdit", "QToolBar", "QTreeView", "QVBoxLayout", "QWidget",
        "QWizard", "QWizardPage",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES_BY_MODULE.items() for name in names}


def _derived(name: str) -> Any:
    if name == "ObjectRole":
        # Every model answers this role with the core object behind the row (napari's
        # pattern): DisplayRole is only a projection of it.
        return __getattr__("Qt").ItemDataRole.UserRole
    if name == "KindRole":
        return __getattr__("Qt").ItemDataRole.UserRole + 1
    if name == "ROOT":
        # Default "parent" argument of model methods: the invalid index stands for the root.
        return __getattr__("QModelIndex")()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        value = _derived(name)
    else:
        value = getattr(importlib.import_module(f"PySide6.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF, "ObjectRole", "KindRole", "ROOT"])
