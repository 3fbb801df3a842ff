"""The main window: menus, the five views as tabs, the library problems dock.

The constructor builds only what the first paint shows: the menu titles, the status bar, the tabs
and the welcome page. Right after that paint its StartupQueue builds the commands (QActions) and
fills the menus, installs the keyboard shortcuts, opens
the project session, reads the library and builds the library browser and the agreement
workspace, one step per event-loop turn; the gap check, compare and training views wait for their
tab. Every view is also a property that builds it when first asked for, so code that runs before
its step (a project opened from the command line, a test) finds it.

It owns the session (project + undo stack), the task runner and the prompter, and connects the
panels' signals; panels never reach into each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bla_assistant.gui import window_layout, window_menus, window_views
from bla_assistant.gui.app_context import AppContext, load_library_safely
from bla_assistant.gui.core_features import available
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QMainWindow, QStackedWidget, QTabWidget
from bla_assistant.gui.startup_queue import StartupQueue
from bla_assistant.gui.views.welcome_page import WelcomePage

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from bla_assistant.core.library.model import Library
    from bla_assistant.gui.file_controller import FileController
    from bla_assistant.gui.project_session import ProjectSession
    from bla_assistant.gui.prompts import Prompter
    from bla_assistant.gui.status_progress import StatusProgress
    from bla_assistant.gui.views.compare_panel import ComparePanel
    from bla_assistant.gui.views.gap_panel import GapPanel
    from bla_assistant.gui.views.library_browser import LibraryBrowser
    from bla_assistant.gui.views.problems_panel import ProblemsPanel
    from bla_assistant.gui.views.training_panel import TrainingPanel
    from bla_assistant.gui.views.workspace_panel import WorkspacePanel
    from bla_assistant.gui.workers.task_runner import TaskRunner

VIEWS = window_menus.VIEWS


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._undo_stack: QUndoStack | None = None
        self._runner: TaskRunner | None = None
        self._prompts: Prompter | None = None
        self._progress: StatusProgress | None = None
        self.can_open_projects = available("project")
        self._session: ProjectSession | None = None
        self._files: FileController | None = None
        self._panels: dict[str, QWidget | None] = dict.fromkeys(VIEWS)
        self._problems_dock: QDockWidget | None = None
        self._problems_panel: ProblemsPanel | None = None
        self._library_shown = False
        self._shortcuts_installed = False
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] | None = None  # None: the menus' items are still to come
        self._menu_titles: dict[str, QMenu] = {}
        self.statusBar()  # in the first paint, so the library's message does not shift the views
        self.startup = StartupQueue(self)
        self.build_ui(first=True)
        for step in (self._complete_menus, self._install_shortcuts, lambda: self.session,
                     self._show_library, lambda: self.library_browser, lambda: self.workspace):
            self.startup.add(step)

    # --- construction (called again when the interface language changes)
    def build_ui(self, first: bool = False) -> None:
        """`first`: the constructor's call, which leaves the menus' items for after the paint."""
        self.menuBar().clear()
        if self._problems_dock is not None:
            self.removeDockWidget(self._problems_dock)
            self._problems_dock.deleteLater()
            self._problems_dock = self._problems_panel = None
        for action in self._actions.values():
            action.deleteLater()
        self._actions = {}
        self._menus = None
        self._build_views()
        self._menu_titles = window_menus.add_menu_titles(self)
        for menu in self._menu_titles.values():  # a menu opened before its step fills it first
            menu.aboutToShow.connect(self._complete_menus)
        if not first:  # a new language: no first paint to wait for
            self._complete_menus()
        if self._library_shown:
            self.set_library(self.context.library)
        if self.project is not None:
            self._project_replaced()
        self._update_actions()
        self._update_title()

    def _complete_menus(self) -> None:
        """The commands and the menus' items: the first step after the first paint, or at once
        when asked for (actions_by_name, menus, a welcome page button)."""
        if self._menus is not None:
            return
        self._actions = window_menus.build_actions(self)
        self.welcome.follow(self._actions)
        self._menus = window_menus.fill_menus(
            self, self._menu_titles, self._actions,
            (lambda: self.context.settings.recent_files) if self.can_open_projects else None)
        if self._shortcuts_installed:
            window_menus.install_shortcuts(self._actions)
        self._update_actions()

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        self._complete_menus()
        return self._actions

    @property
    def menus(self) -> dict[str, QMenu]:
        self._complete_menus()
        return self._menus

    @property
    def undo_stack(self) -> QUndoStack:
        """Made when first needed (the undo actions, the session), after the first paint."""
        if self._undo_stack is None:
            from bla_assistant.gui.qt import QUndoStack

            self._undo_stack = QUndoStack(self)
            self._undo_stack.cleanChanged.connect(self._update_title)
        return self._undo_stack

    def _install_shortcuts(self) -> None:
        window_menus.install_shortcuts(self.actions_by_name)
        self._shortcuts_installed = True

    def _build_views(self) -> None:
        """The tabs hold one stack each; a view's panel joins its stack when first needed."""
        self._panels = dict.fromkeys(VIEWS)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.views = {name: QStackedWidget() for name in VIEWS}
        self.welcome = WelcomePage({name: tr(text) for name, text in
                                    window_menus.WELCOME_COMMANDS.items()},
                                   self.context.settings.recent_files)
        self.welcome.commandRequested.connect(lambda name: self.actions_by_name[name].trigger())
        self.welcome.openRequested.connect(self.open_recent)
        self.welcome.exampleRequested.connect(self.open_example)
        self.workspace_stack = self.views["workspace"]
        self.workspace_stack.addWidget(self.welcome)
        for name, title in window_menus.view_titles().items():
            self.tabs.addTab(self.views[name], title)
        # The window opens on the welcome page: the three jobs and the examples.
        self.tabs.setCurrentWidget(self.workspace_stack)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

    def _panel(self, name: str) -> QWidget | None:
        panel = self._panels[name]
        if panel is None:
            panel = window_views.BUILDERS[name](self)
            if panel is None:
                return None
            self._panels[name] = panel
            self.views[name].addWidget(panel)
            if name != "workspace":  # the agreement stack shows the welcome page until a project
                self.views[name].setCurrentWidget(panel)
        return panel

    @property
    def library_browser(self) -> LibraryBrowser:
        return self._panel("library")

    @property
    def workspace(self) -> WorkspacePanel | None:
        """None in a build without the project core."""
        return self._panel("workspace")

    @property
    def gap_panel(self) -> GapPanel:
        return self._panel("gaps")

    @property
    def compare_panel(self) -> ComparePanel:
        return self._panel("compare")

    @property
    def training_panel(self) -> TrainingPanel:
        return self._panel("training")

    def _built_panels(self, *names: str) -> list[QWidget]:
        return [self._panels[name] for name in names if self._panels[name] is not None]

    def _tab_changed(self, _index: int) -> None:
        name = self.current_view()
        if name != "workspace":  # the welcome page stands in for the workspace until a project
            self._panel(name)

    # --- the project session: built after the first paint, or when first asked for
    @property
    def session(self) -> ProjectSession | None:
        if self._session is None and self.can_open_projects:
            from bla_assistant.gui.file_controller import FileController
            from bla_assistant.gui.project_session import ProjectSession

            self._session = ProjectSession(self.undo_stack, self)
            self._session.refused.connect(self._edit_refused)
            self._session.replaced.connect(self._project_replaced)
            self._session.changed.connect(self._project_changed)
            self._files = FileController(self)
        return self._session

    @property
    def files(self) -> FileController | None:
        _ = self.session
        return self._files

    # --- library
    def _show_library(self) -> None:
        if not self._library_shown:
            self.set_library(self.context.library)

    @property
    def problems_dock(self) -> QDockWidget:
        self._show_library()
        return self._problems_dock

    @property
    def problems_panel(self) -> ProblemsPanel:
        self._show_library()
        return self._problems_panel

    def _build_problems_dock(self) -> None:
        self._problems_dock, self._problems_panel = window_views.build_problems_dock(self)
        # Where the last session left it (restore_layout ran before the dock existed).
        if self.restoreDockWidget(self._problems_dock):
            self._show_problems_first()
        else:
            window_views.dock_at_bottom(self, self._problems_dock)
            self._problems_dock.setVisible(bool(self.context.library.problems))

    def _show_problems_first(self) -> None:
        # Problems found now matter more than how the dock was left last time.
        if self._problems_dock is not None and self.context.library.problems:
            self._problems_dock.setVisible(True)

    def set_library(self, library: Library) -> None:
        self.context.library = library
        for browser in self._built_panels("library"):
            browser.set_library(library, self.context.lang)
        if self._problems_dock is None:
            self._build_problems_dock()
        else:
            self._problems_dock.setVisible(bool(library.problems))
        self._problems_panel.set_problems(library.problems)
        self._library_shown = True
        count = len(library.problems)
        message = tr("Library: %1 clauses, %2 checklists").replace(
            "%1", str(len(library.clauses))).replace("%2", str(len(library.checklists)))
        if count:
            message += " — " + tr("%1 problem(s) in library files; see Library Problems").replace(
                "%1", str(count))
        self.statusBar().showMessage(message)

    def reload_library(self) -> None:
        self.set_library(load_library_safely())
        for panel in self._built_panels("workspace", "gaps", "compare"):
            if hasattr(panel, "library"):
                panel.library = self.context.library

    def show_clause(self, clause_id: str) -> None:
        self.show_view("library")
        self.library_browser.search.clear()
        self.library_browser.select_clause(clause_id)

    # --- project
    @property
    def project(self):
        return self._session.project if self._session is not None else None

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
        if self.project is None or self.workspace is None:
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

    def open_recent(self, path: Path) -> None:
        if self.files is not None and self.files.maybe_close():
            self.files.open_blocking(Path(path))

    def _project_replaced(self) -> None:
        project = self.project
        for panel in self._built_panels("workspace", "gaps", "compare"):
            panel.set_project(project)
        # Built now if it was not: it then shows the project from the start.
        workspace = self.workspace if project is not None else None
        self.workspace_stack.setCurrentWidget(workspace or self.welcome)
        for browser in self._built_panels("library"):
            window_views.enable_adding(self, browser)
        self._update_actions()
        self._update_title()
        if project is not None:
            self.show_view("workspace")

    def _project_changed(self, changes) -> None:
        for workspace in self._built_panels("workspace"):
            workspace.apply_changes(changes)
        if "gaps" in changes.stale:
            for panel in self._built_panels("gaps"):
                panel.mark_stale()
        self._update_title()

    def _edit_refused(self, message: str) -> None:
        self.prompts.error(tr("Edit not made"), message)

    def _update_actions(self) -> None:
        """Enables the commands; before they are built (the first paint), the welcome page's
        buttons, which follow the commands afterwards."""
        enabled = {"new": self.can_open_projects, "open": self.can_open_projects,
                   "import_draft": available("reader") and available("gap_check"),
                   "compare_files": available("compare")}
        if self._menus is None:
            for name, button in self.welcome.buttons.items():
                button.setEnabled(enabled[name])
            return
        has_project = self.project is not None
        for name in ("save", "save_as", "properties", "start_round", "add_own_article",
                     "remove_article", "move_up", "move_down"):
            enabled[name] = has_project
        enabled["export_word"] = has_project and available("word_export")
        enabled["check_gaps"] = available("gap_check")
        for name, on in enabled.items():
            self._actions[name].setEnabled(on)

    def _update_title(self, *_args) -> None:
        name = self._files.display_name() if self._files and self.project else ""
        dirty = self._session is not None and self._session.is_dirty
        self.setWindowTitle(f"{name}{'*' if dirty else ''} — BLA Assistant" if name
                            else "BLA Assistant")

    @property
    def prompts(self):
        if self._prompts is None:
            from bla_assistant.gui.prompts import Prompter

            self._prompts = Prompter(self)
        return self._prompts

    @prompts.setter
    def prompts(self, prompts) -> None:
        """Tests and headless runs answer the questions themselves; panels follow."""
        self._prompts = prompts
        for panel in self._built_panels("gaps", "compare"):
            panel.prompts = prompts

    # --- views, busy state, errors
    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views[name])

    def current_view(self) -> str:
        widget = self.tabs.currentWidget()
        return next(name for name, w in self.views.items() if w is widget)

    @property
    def runner(self) -> TaskRunner:
        """The worker pool's front, made when first needed (the session needs it)."""
        if self._runner is None:
            from bla_assistant.gui.workers.task_runner import TaskRunner

            self._runner = TaskRunner(self)
            self._runner.error.connect(self.show_task_error)
            self._runner.started.connect(self._task_started)
        return self._runner

    @property
    def progress(self) -> StatusProgress:
        """Progress and Cancel in the status bar, made when the first task starts."""
        if self._progress is None:
            from bla_assistant.gui.status_progress import StatusProgress

            self._progress = StatusProgress(self.runner)
            self.statusBar().addPermanentWidget(self._progress)
        return self._progress

    def _task_started(self, task) -> None:
        if self._progress is None:  # made now, it missed the signal that made it
            self.progress.task_started(task)

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
        self._show_problems_first()

    def save_layout(self) -> None:
        window_layout.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # No file controller yet means no project was opened in this session.
        if self._files is not None and not self._files.maybe_close():
            event.ignore()
            return
        self._stop_tasks()
        if self._files is not None:
            from bla_assistant.gui import recovery

            recovery.clear_recovery()
        self.save_layout()
        self.context.save_settings()
        event.accept()

    def _stop_tasks(self) -> None:
        if self._runner is not None:
            self._runner.cancel_all()
            self._runner.wait(5000)

    def discard_and_close(self) -> None:
        """Close without questions (smoke checks, screenshots): nothing is saved or removed."""
        self._stop_tasks()
        self.hide()
        self.deleteLater()
