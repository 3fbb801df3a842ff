"""The main window: menus, the five views as tabs, the library problems dock."""

from __future__ import annotations

from bla_assistant.gui import window_layout
from bla_assistant.gui.app_context import AppContext
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import (
    QAction,
    QCloseEvent,
    QDockWidget,
    QKeySequence,
    QMainWindow,
    Qt,
    QTabWidget,
    QUndoStack,
)
from bla_assistant.gui.views.library_browser import LibraryBrowser
from bla_assistant.gui.views.placeholder import EmptyState
from bla_assistant.gui.views.problems_panel import ProblemsPanel

VIEWS = ("library", "workspace", "gaps", "compare", "training")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.undo_stack = QUndoStack(self)
        self.setObjectName("MainWindow")
        self.setWindowTitle("BLA Assistant")
        self.resize(1280, 800)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_views()
        self._build_menus()
        self._build_docks()
        self.set_library(context.library)
        self.statusBar()

    # --- construction
    def _action(self, name: str, text: str, slot=None, shortcut=None, enabled=True) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self._action("new", tr("&New Agreement…"), None, keys.New)
        self._action("open", tr("&Open…"), None, keys.Open)
        self._action("save", tr("&Save"), None, keys.Save)
        self._action("save_as", tr("Save &As…"), None, keys.SaveAs)
        self._action("export_word", tr("&Export to Word…"), None, "Ctrl+E")
        self._action("export_gaps", tr("Export &Gap Report…"), None)
        self._action("import_draft", tr("&Import Received Draft…"), None, "Ctrl+I")
        self._action("quit", tr("&Quit"), self.close, keys.Quit)
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence(keys.Undo))
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence(keys.Redo))
        self.actions_by_name["undo"] = undo
        self.actions_by_name["redo"] = redo
        self._action("settings", tr("&Settings…"), None, keys.Preferences)
        self._action("check_gaps", tr("&Check Gaps"), None, "F7")
        self._action("compare_files", tr("C&ompare Two Drafts…"), None)
        self._action("reload_library", tr("&Reload Library"), self.reload_library, "F5")
        self._action("about", tr("&About BLA Assistant"), None)
        for number, (name, text) in enumerate(self._view_titles().items(), start=1):
            self._action(f"view_{name}", text, lambda _c=False, n=name: self.show_view(n),
                         f"Ctrl+{number}")

    @staticmethod
    def _view_titles() -> dict[str, str]:
        return {"library": tr("Library"), "workspace": tr("Agreement"),
                "gaps": tr("Gap Check"), "compare": tr("Compare"), "training": tr("Training")}

    def _build_views(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.library_browser = LibraryBrowser()
        self.workspace = EmptyState(
            tr("No agreement open"),
            tr("Start a new agreement from the checklists, open a saved project, or check "
               "a draft received from the other party."),
            [self.actions_by_name[n] for n in ("new", "open", "import_draft", "compare_files")])
        self.gap_panel = EmptyState(tr("Gap check"), tr("Open or import a draft to check it "
                                                        "against a checklist."))
        self.compare_panel = EmptyState(tr("Compare"), tr("Compare two drafts side by side."))
        self.training_panel = EmptyState(tr("Training"), tr("Training mode is not yet available "
                                                            "in this build."))
        self.views = {"library": self.library_browser, "workspace": self.workspace,
                      "gaps": self.gap_panel, "compare": self.compare_panel,
                      "training": self.training_panel}
        for name, title in self._view_titles().items():
            self.tabs.addTab(self.views[name], title)
        self.setCentralWidget(self.tabs)

    def _build_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for name in ("new", "open"):
            file_menu.addAction(a[name])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        for name in ("save", "save_as", None, "import_draft", "export_word", "export_gaps",
                     None, "quit"):
            file_menu.addSeparator() if name is None else file_menu.addAction(a[name])
        edit_menu = bar.addMenu(tr("&Edit"))
        for name in ("undo", "redo", None, "settings"):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(a[name])
        self.view_menu = bar.addMenu(tr("&View"))
        for name in VIEWS:
            self.view_menu.addAction(a[f"view_{name}"])
        self.view_menu.addSeparator()
        tools = bar.addMenu(tr("&Tools"))
        for name in ("check_gaps", "compare_files", None, "reload_library"):
            tools.addSeparator() if name is None else tools.addAction(a[name])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(a["about"])
        self.menus = {"file": file_menu, "edit": edit_menu, "view": self.view_menu,
                      "tools": tools, "help": help_menu}

    def _build_docks(self) -> None:
        self.problems_panel = ProblemsPanel()
        dock = QDockWidget(tr("Library Problems"), self)
        dock.setObjectName("ProblemsDock")
        dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.problems_dock = dock
        self.view_menu.addAction(dock.toggleViewAction())

    # --- behaviour
    def set_library(self, library) -> None:
        self.context.library = library
        self.library_browser.set_library(library, self.context.lang)
        self.problems_panel.set_problems(library.problems)
        self.problems_dock.setVisible(bool(library.problems))
        count = len(library.problems)
        message = tr("Library: %1 clauses, %2 checklists").replace(
            "%1", str(len(library.clauses))).replace("%2", str(len(library.checklists)))
        if count:
            message += " — " + tr("%1 problem(s) in library files; see Library Problems").replace(
                "%1", str(count))
        self.statusBar().showMessage(message)

    def reload_library(self) -> None:
        from bla_assistant.gui.app_context import load_library_safely

        self.set_library(load_library_safely())

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views[name])

    def current_view(self) -> str:
        widget = self.tabs.currentWidget()
        return next(name for name, w in self.views.items() if w is widget)

    def restore_layout(self) -> None:
        window_layout.restore(self)

    def save_layout(self) -> None:
        window_layout.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.context.save_settings()
        event.accept()

    # --- session hooks (project handling arrives with the project core)
    def open_project(self, path, interactive: bool = True) -> bool:
        self.statusBar().showMessage(tr("Projects cannot be opened in this build yet."))
        return False

    def start_session(self) -> None:
        """After the window shows: offer crash recovery, show settings problems."""

    def discard_and_close(self) -> None:
        self.save_layout()
        self.hide()
        self.deleteLater()
