"""How each of the main window's panels is built and wired to the window, when first needed.

Every builder imports its view module itself: none of them is on the path to the first paint.
A builder gives the new panel the window's current state (library, language, project), since it
may run long after that state was set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bla_assistant.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QWidget

    from bla_assistant.gui.main_window import MainWindow
    from bla_assistant.gui.views.compare_panel import ComparePanel
    from bla_assistant.gui.views.gap_panel import GapPanel
    from bla_assistant.gui.views.library_browser import LibraryBrowser
    from bla_assistant.gui.views.problems_panel import ProblemsPanel
    from bla_assistant.gui.views.training_panel import TrainingPanel
    from bla_assistant.gui.views.workspace_panel import WorkspacePanel


def build_library_browser(window: MainWindow) -> LibraryBrowser:
    from bla_assistant.gui.views.library_browser import LibraryBrowser

    browser = LibraryBrowser()
    browser.addClauseRequested.connect(window.add_clause)
    browser.set_library(window.context.library, window.context.lang)
    enable_adding(window, browser)
    return browser


def enable_adding(window: MainWindow, browser: LibraryBrowser) -> None:
    has_project = window.project is not None
    browser.set_add_enabled(has_project,
                            "" if has_project else tr("Open or create an agreement first."))


def build_workspace(window: MainWindow) -> WorkspacePanel | None:
    """None in a build without the project core."""
    if not window.can_open_projects:
        return None
    from bla_assistant.gui.views.workspace_panel import WorkspacePanel

    workspace = WorkspacePanel(window.context.library, window.context.lang)
    workspace.editRequested.connect(window.execute)
    if window.project is not None:
        workspace.set_project(window.project)
    return workspace


def build_gap_panel(window: MainWindow) -> GapPanel:
    from bla_assistant.gui.views.gap_panel import GapPanel

    panel = GapPanel(window.context.library, window.runner, window.prompts, window.context.lang)
    panel.clauseRequested.connect(window.show_clause)
    panel.addClauseRequested.connect(window.add_clause)
    panel.articleRequested.connect(window.show_article_number)
    panel.set_project(window.project)
    return panel


def build_compare_panel(window: MainWindow) -> ComparePanel:
    from bla_assistant.gui.views.compare_panel import ComparePanel

    panel = ComparePanel(window.context.library, window.runner, window.prompts,
                         window.context.lang)
    panel.set_project(window.project)
    return panel


def build_training_panel(window: MainWindow) -> TrainingPanel:
    from bla_assistant.gui.views.training_panel import TrainingPanel

    return TrainingPanel(window.context.library, window.context.lang)


BUILDERS: dict[str, Callable[[MainWindow], QWidget | None]] = {
    "library": build_library_browser, "workspace": build_workspace, "gaps": build_gap_panel,
    "compare": build_compare_panel, "training": build_training_panel,
}


def build_problems_dock(window: MainWindow) -> tuple[QDockWidget, ProblemsPanel]:
    """The library problems dock, with its entry in the View menu; not yet placed."""
    from bla_assistant.gui.qt import QDockWidget
    from bla_assistant.gui.views.problems_panel import ProblemsPanel

    panel = ProblemsPanel()
    dock = QDockWidget(tr("Library Problems"), window)
    dock.setObjectName("ProblemsDock")
    dock.setWidget(panel)
    window.menus["view"].addAction(dock.toggleViewAction())
    return dock, panel


def dock_at_bottom(window: MainWindow, dock: QDockWidget) -> None:
    from bla_assistant.gui.qt import Qt

    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [110], Qt.Orientation.Vertical)
