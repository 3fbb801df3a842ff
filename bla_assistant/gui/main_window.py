"""The main window: menus, the five views as tabs, the library problems dock.

It owns the session (project + undo stack), the task runner and the prompter, and connects the
panels' signals; panels never reach into each other.
"""

from __future__ import annotations

from pathlib import Path

from bla_assistant.gui import window_layout
from bla_assistant.gui.app_context import AppContext, load_library_safely
from bla_assistant.gui.core_features import available
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.prompts import Prompter
from bla_assistant.gui.qt import (
    QAction,
    QCloseEvent,
    QDockWidget,
    QKeySequence,
    QMainWindow,
    QStackedWidget,
    Qt,
    QTabWidget,
    QUndoStack,
)
from bla_assistant.gui.status_progress import StatusProgress
from bla_assistant.gui.views.library_browser import LibraryBrowser
from bla_assistant.gui.views.placeholder import EmptyState
from bla_assistant.gui.views.problems_panel import ProblemsPanel
from bla_assistant.gui.workers.task_runner import TaskRunner

VIEWS = ("library", "workspace", "gaps", "compare", "training")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self.runner.error.connect(self.show_task_error)
        self._prompts = Prompter(self)
        self.session = None
        self.files = None
        if available("project"):
            from bla_assistant.gui.file_controller import FileController
            from bla_assistant.gui.project_session import ProjectSession

            self.session = ProjectSession(self.undo_stack, self)
            self.session.refused.connect(self._edit_refused)
            self.files = FileController(self)
        self.progress = StatusProgress(self.runner)
        self.statusBar().addPermanentWidget(self.progress)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.build_ui()
        if self.session is not None:
            self.session.replaced.connect(self._project_replaced)
            self.session.changed.connect(self._project_changed)

    # --- construction (called again when the interface language changes)
    def build_ui(self) -> None:
        self.menuBar().clear()
        for dock in self.findChildren(QDockWidget):
            self.removeDockWidget(dock)
            dock.deleteLater()
        for action in getattr(self, "actions_by_name", {}).values():
            action.deleteLater()
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_views()
        self._build_menus()
        self._build_docks()
        self.set_library(self.context.library)
        if self.session is not None and self.session.project is not None:
            self._project_replaced()
        self._update_actions()
        self._update_title()

    def _action(self, name: str, text: str, slot=None, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        from bla_assistant.gui import window_actions as wa

        keys = QKeySequence.StandardKey
        self._action("new", tr("&New Agreement…"), lambda: wa.new_agreement(self), keys.New)
        self._action("open", tr("&Open…"), lambda: wa.open_project(self), keys.Open)
        self._action("save", tr("&Save"), lambda: self.files and self.files.save(), keys.Save)
        self._action("save_as", tr("Save &As…"), lambda: self.files and self.files.save_as(),
                     keys.SaveAs)
        self._action("export_word", tr("&Export to Word…"), lambda: wa.export_word(self),
                     "Ctrl+E")
        self._action("export_gaps", tr("Export &Gap Report…"), lambda: self.gap_panel.export())
        self._action("import_draft", tr("&Import Received Draft…"),
                     lambda: wa.import_draft(self), "Ctrl+I")
        self._action("quit", tr("&Quit"), self.close, keys.Quit)
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence(keys.Undo))
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence(keys.Redo))
        self.actions_by_name["undo"] = undo
        self.actions_by_name["redo"] = redo
        self._action("settings", tr("&Settings…"), lambda: wa.edit_settings(self),
                     keys.Preferences)
        self._action("properties", tr("Agreement &Properties…"),
                     lambda: wa.edit_properties(self), "Ctrl+Shift+P")
        self._action("start_round", tr("Start Next Negotiation &Round"), self.start_round)
        self._action("add_own_article", tr("Add &Own Article"),
                     lambda: self.workspace and self.workspace._add_own(), "Ctrl+Shift+N")
        self._action("remove_article", tr("Re&move Article"),
                     lambda: self.workspace and self.workspace._remove(), "Ctrl+Shift+Del")
        self._action("move_up", tr("Move Article &Up"),
                     lambda: self.workspace and self.workspace._move(-1), "Ctrl+Shift+Up")
        self._action("move_down", tr("Move Article &Down"),
                     lambda: self.workspace and self.workspace._move(1), "Ctrl+Shift+Down")
        self._action("check_gaps", tr("&Check Gaps"), lambda: wa.check_gaps(self), "F7")
        self._action("compare_files", tr("C&ompare Two Drafts…"),
                     lambda: self.show_view("compare"))
        self._action("reload_library", tr("&Reload Library"), self.reload_library, "F5")
        self._action("welcome", tr("&Welcome Page"), lambda: self.show_view("workspace"))
        self._action("about", tr("&About BLA Assistant"), lambda: wa.about(self))
        for number, (name, text) in enumerate(self._view_titles().items(), start=1):
            self._action(f"view_{name}", text, lambda _c=False, n=name: self.show_view(n),
                         f"Ctrl+{number}")

    @staticmethod
    def _view_titles() -> dict[str, str]:
        return {"library": tr("Library"), "workspace": tr("Agreement"),
                "gaps": tr("Gap Check"), "compare": tr("Compare"), "training": tr("Training")}

    def _build_views(self) -> None:
        lang = self.context.lang
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.library_browser = LibraryBrowser()
        self.library_browser.addClauseRequested.connect(self.add_clause)
        from bla_assistant.gui.views.welcome_page import WelcomePage

        self.welcome = WelcomePage(self.actions_by_name, self.context.settings.recent_files)
        self.welcome.openRequested.connect(self._open_from_welcome)
        self.welcome.exampleRequested.connect(self.open_example)
        self.workspace = None
        if self.session is not None:
            from bla_assistant.gui.views.workspace_panel import WorkspacePanel

            self.workspace = WorkspacePanel(self.context.library, lang)
            self.workspace.editRequested.connect(self.execute)
        self.workspace_stack = QStackedWidget()
        self.workspace_stack.addWidget(self.welcome)
        if self.workspace is not None:
            self.workspace_stack.addWidget(self.workspace)
        # The gap and compare panels are built the first time they are needed (start-up).
        self._gap_panel = self._compare_panel = None
        self.gap_holder = QStackedWidget()
        self.compare_holder = QStackedWidget()
        # Built when first shown: reading the exercises should not slow the start-up.
        self.training_panel = QStackedWidget()
        self.training_panel.addWidget(EmptyState(tr("Training"), tr("Loading the exercises…")))
        self.views = {"library": self.library_browser, "workspace": self.workspace_stack,
                      "gaps": self.gap_holder, "compare": self.compare_holder,
                      "training": self.training_panel}
        for name, title in self._view_titles().items():
            self.tabs.addTab(self.views[name], title)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

    @property
    def gap_panel(self):
        if self._gap_panel is None:
            from bla_assistant.gui.views.gap_panel import GapPanel

            panel = GapPanel(self.context.library, self.runner, self._prompts, self.context.lang)
            panel.clauseRequested.connect(self.show_clause)
            panel.addClauseRequested.connect(self.add_clause)
            panel.articleRequested.connect(self.show_article_number)
            panel.set_project(self.project)
            self.gap_holder.addWidget(panel)
            self._gap_panel = panel
        return self._gap_panel

    @property
    def compare_panel(self):
        if self._compare_panel is None:
            from bla_assistant.gui.views.compare_panel import ComparePanel

            panel = ComparePanel(self.context.library, self.runner, self._prompts,
                                 self.context.lang)
            panel.set_project(self.project)
            self.compare_holder.addWidget(panel)
            self._compare_panel = panel
        return self._compare_panel

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.gap_holder:
            _ = self.gap_panel
        elif current is self.compare_holder:
            _ = self.compare_panel
        if self.tabs.currentWidget() is self.training_panel and self.training_panel.count() == 1:
            from bla_assistant.gui.views.training_panel import TrainingPanel

            panel = TrainingPanel(self.context.library, self.context.lang)
            self.training_panel.addWidget(panel)
            self.training_panel.setCurrentWidget(panel)

    def _build_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for name in ("new", "open"):
            file_menu.addAction(a[name])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        if self.files is not None:
            self.recent_menu.aboutToShow.connect(
                lambda: self.files.fill_recent_menu(self.recent_menu))
            self.files.fill_recent_menu(self.recent_menu)
        for name in ("save", "save_as", None, "import_draft", "export_word", "export_gaps",
                     None, "quit"):
            file_menu.addSeparator() if name is None else file_menu.addAction(a[name])
        edit_menu = bar.addMenu(tr("&Edit"))
        for name in ("undo", "redo", None, "properties", "start_round", None, "add_own_article",
                     "remove_article", "move_up", "move_down", None, "settings"):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(a[name])
        self.view_menu = bar.addMenu(tr("&View"))
        for name in VIEWS:
            self.view_menu.addAction(a[f"view_{name}"])
        self.view_menu.addSeparator()
        tools = bar.addMenu(tr("&Tools"))
        for name in ("check_gaps", "compare_files", None, "reload_library"):
            tools.addSeparator() if name is None else tools.addAction(a[name])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(a["welcome"])
        help_menu.addAction(a["about"])
        self.menus = {"file": file_menu, "edit": edit_menu, "view": self.view_menu,
                      "tools": tools, "help": help_menu}

    def _build_docks(self) -> None:
        self.problems_panel = ProblemsPanel()
        dock = QDockWidget(tr("Library Problems"), self)
        dock.setObjectName("ProblemsDock")
        dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [110], Qt.Orientation.Vertical)
        self.problems_dock = dock
        self.view_menu.addAction(dock.toggleViewAction())

    # --- library
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
        self.set_library(load_library_safely())
        for panel in (self.workspace, self._gap_panel, self._compare_panel):
            if panel is not None and hasattr(panel, "library"):
                panel.library = self.context.library

    def show_clause(self, clause_id: str) -> None:
        self.show_view("library")
        self.library_browser.search.clear()
        self.library_browser.select_clause(clause_id)

    # --- project
    @property
    def project(self):
        return self.session.project if self.session is not None else None

    def execute(self, name: str, kwargs: dict) -> None:
        if self.session is not None:
            if name == "add_comment" and self.context.settings.author:
                kwargs = {"author": self.context.settings.author, **kwargs}
            self.session.execute(name, **kwargs)

    def start_round(self) -> None:
        """Later edits are stamped with the new round, so each round's changes stay visible."""
        if self.project is None:
            return
        if self.session.execute("start_round") is not None:
            self.statusBar().showMessage(tr("Negotiation round %1 started.").replace(
                "%1", str(self.project.current_round)), 6000)

    def add_clause(self, clause_id: str, variant: str) -> None:
        if self.project is None:
            self.statusBar().showMessage(tr("Open or create an agreement first."), 5000)
            return
        index = self.workspace.insertion_index() if self.workspace else None
        changes = self.session.execute("add_clause_article", clause_id=clause_id,
                                       variant=variant or None, index=index,
                                       library=self.context.library)
        if changes is not None:
            self.statusBar().showMessage(tr("Added to the agreement."), 4000)

    def show_article_number(self, number: str) -> None:
        if self.workspace is None or self.project is None:
            return
        for row in range(self.workspace.model.rowCount()):
            if str(self.workspace.model.number(row)) == number:
                self.workspace.select_article(self.project.articles[row].uid)
                self.show_view("workspace")
                return

    def open_example(self, path) -> None:
        """An example opens as an untitled copy: Save asks where, the shipped file stays as is."""
        if self.files is None or not self.files.maybe_close():
            return
        from bla_assistant.core.project.project_file import load_project

        try:
            project = load_project(Path(path))
        except Exception as exc:  # noqa: BLE001 - a broken example is reported, not fatal
            self.prompts.error(tr("Cannot open project"), str(exc))
            return
        self.session.replace(project, None)

    def _open_from_welcome(self, path) -> None:
        if self.files is not None and self.files.maybe_close():
            self.files.open_blocking(Path(path))

    def _project_replaced(self) -> None:
        project = self.project
        if self.workspace is not None:
            self.workspace.set_project(project)
            self.workspace_stack.setCurrentWidget(
                self.workspace if project is not None else self.welcome)
        for panel in (self._gap_panel, self._compare_panel):
            if panel is not None:
                panel.set_project(project)
        self.library_browser.set_add_enabled(
            project is not None, "" if project else tr("Open or create an agreement first."))
        self._update_actions()
        self._update_title()
        if project is not None:
            self.show_view("workspace")

    def _project_changed(self, changes) -> None:
        if self.workspace is not None:
            self.workspace.apply_changes(changes)
        if "gaps" in changes.stale:
            if self._gap_panel is not None:
                self._gap_panel.mark_stale()
        self._update_title()

    def _edit_refused(self, message: str) -> None:
        self.prompts.error(tr("Edit not made"), message)

    def _update_actions(self) -> None:
        has_project = self.project is not None
        a = self.actions_by_name
        for name in ("save", "save_as", "properties", "start_round", "add_own_article",
                     "remove_article", "move_up", "move_down"):
            a[name].setEnabled(has_project)
        a["export_word"].setEnabled(has_project and available("word_export"))
        for name in ("new", "open"):
            a[name].setEnabled(self.session is not None)
        a["import_draft"].setEnabled(available("reader") and available("gap_check"))
        a["check_gaps"].setEnabled(available("gap_check"))
        a["compare_files"].setEnabled(available("compare"))

    def _update_title(self, *_args) -> None:
        name = self.files.display_name() if self.files and self.project else ""
        dirty = self.session is not None and self.session.is_dirty
        self.setWindowTitle(f"{name}{'*' if dirty else ''} — BLA Assistant" if name
                            else "BLA Assistant")

    @property
    def prompts(self):
        return self._prompts

    @prompts.setter
    def prompts(self, prompts) -> None:
        """Tests and headless runs answer the questions themselves; panels follow."""
        self._prompts = prompts
        for panel in (self._gap_panel, self._compare_panel):
            if panel is None:
                continue
            panel.prompts = prompts

    # --- views, busy state, errors
    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views[name])

    def current_view(self) -> str:
        widget = self.tabs.currentWidget()
        return next(name for name, w in self.views.items() if w is widget)

    def show_busy(self, message: str) -> None:
        self.statusBar().showMessage(message, 3000)

    def show_task_error(self, name: str, message: str, details: str) -> None:
        titles = {"open": tr("Cannot open project"), "save": tr("Cannot save project"),
                  "autosave": tr("Autosave failed"), "gap_check": tr("Cannot check the draft"),
                  "compare": tr("Cannot compare the drafts"),
                  "export_word": tr("Cannot export to Word"),
                  "redline": tr("Cannot write the redline"),
                  "export_gaps": tr("Cannot export the gap report")}
        self.prompts.error(titles.get(name, tr("Something went wrong")), message, details)

    # --- session
    def open_project(self, path: Path, interactive: bool = True) -> bool:
        if self.files is None:
            self.statusBar().showMessage(tr("Projects cannot be opened in this build yet."))
            return False
        if interactive:
            return self.files.open_blocking(Path(path))
        return self.files.open(Path(path), interactive=False)

    def start_session(self) -> None:
        """After the window shows: offer crash recovery, report settings problems."""
        if self.files is not None:
            self.files.offer_recovery()
        for problem in self.context.settings_problems:
            self.statusBar().showMessage(problem, 10000)

    def restore_layout(self) -> None:
        window_layout.restore(self)
        # Problems found now matter more than how the dock was left last time.
        if self.context.library.problems:
            self.problems_dock.setVisible(True)

    def save_layout(self) -> None:
        window_layout.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files is not None and not self.files.maybe_close():
            event.ignore()
            return
        self.runner.cancel_all()
        self.runner.wait(5000)
        if self.files is not None:
            from bla_assistant.gui import recovery

            recovery.clear_recovery()
        self.save_layout()
        self.context.save_settings()
        event.accept()

    def discard_and_close(self) -> None:
        """Close without questions (smoke checks, screenshots): nothing is saved or removed."""
        self.runner.cancel_all()
        self.runner.wait(5000)
        self.hide()
        self.deleteLater()
