"""Start-up: the window shell paints first; views, library and session follow or come on demand.

The first-paint path is checked in a fresh interpreter (sys.modules of this test process holds
everything other tests imported). Speed itself is measured by benchmarks/startup.py only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# What a window shell needs no part of: the heavy views, the project and library core, parsers.
HEAVY = (
    "bla_assistant.gui.views.library_browser", "bla_assistant.gui.views.workspace_panel",
    "bla_assistant.gui.views.gap_panel", "bla_assistant.gui.views.compare_panel",
    "bla_assistant.gui.views.training_panel", "bla_assistant.gui.file_controller",
    "bla_assistant.gui.project_session", "bla_assistant.core.library.model",
    "bla_assistant.core.project.model", "yaml", "jinja2", "docx",
)

SHELL_PROBE = """
import json, sys
import PySide6.QtCore
lazy_qt = "Qt" not in vars(PySide6.QtCore)  # this PySide6 builds its types on first use
from bla_assistant.gui.qt import QApplication
from bla_assistant.gui.app import build_window
app = QApplication(sys.argv[:1])
window = build_window(app)
window.resize(1280, 800)
import PySide6.QtGui
report = {"imported": [m for m in json.loads(sys.argv[1]) if m in sys.modules],
          "qt_namespace_built": lazy_qt and "Qt" in vars(PySide6.QtCore),
          "qaction_built": lazy_qt and "QAction" in vars(PySide6.QtGui),
          "welcome_shown": window.workspace_stack.currentWidget() is window.welcome
                           and window.current_view() == "workspace",
          "menus": [a.text().replace("&", "") for a in window.menuBar().actions()]}
print(json.dumps(report))
"""


def test_the_window_shell_needs_no_view_module_library_or_yaml(tmp_path):
    (tmp_path / "settings.yaml").write_text(json.dumps({"recent_files": []}), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               BLA_ASSISTANT_CONFIG=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", SHELL_PROBE, json.dumps(HEAVY)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["imported"] == [], "imported before the first paint: " + ", ".join(
        report["imported"])
    # The first setShortcut or Qt.* enum makes PySide6 build some 90 enums: after the paint.
    assert not report["qt_namespace_built"]
    assert not report["qaction_built"]  # the QActions (and QIcon) follow the paint too
    assert report["welcome_shown"]
    assert report["menus"] == ["File", "Edit", "View", "Tools", "Help"]


@pytest.fixture
def unpainted_window(qtbot, library):
    """A main window as build_window leaves it: built, not yet shown."""
    from bla_assistant.core.settings import Settings
    from bla_assistant.gui.app_context import AppContext
    from bla_assistant.gui.main_window import MainWindow

    window = MainWindow(AppContext(Settings(), library))
    qtbot.addWidget(window)
    yield window
    if window.project is not None:
        window.session.replace(None)


def test_a_view_is_built_when_first_asked_for(unpainted_window):
    window = unpainted_window
    assert all(panel is None for panel in window._panels.values())
    browser = window.library_browser
    assert browser is window.library_browser  # built once
    assert browser.model.rowCount() > 0
    assert window.views["library"].currentWidget() is browser
    window.show_view("training")  # a tab shown builds its view
    assert window.views["training"].currentWidget() is window.training_panel
    assert window._panels["gaps"] is None and window._panels["compare"] is None


def test_after_the_first_paint_the_start_up_steps_build_the_rest(qtbot, unpainted_window):
    window = unpainted_window
    assert not window.startup.done  # nothing runs before the window has painted
    window.show()
    qtbot.waitUntil(lambda: window.startup.done)
    assert window._panels["library"] is not None and window._panels["workspace"] is not None
    assert window.actions_by_name["save"].shortcut().toString() == "Ctrl+S"
    assert "clauses" in window.statusBar().currentMessage()


def test_a_project_opened_before_the_views_exist_is_shown(qtbot, unpainted_window):
    """The command line opens a project as soon as the shell is up: nothing may be lost."""
    from bla_assistant.core.project.project_file import load_project
    from bla_assistant.gui.views.welcome_page import example_projects

    window = unpainted_window
    path = example_projects()[0]
    articles = len(load_project(path).articles)
    assert window.open_project(path, interactive=False)
    assert window.current_view() == "workspace"
    assert window.workspace_stack.currentWidget() is window.workspace
    assert window.workspace.model.rowCount() == articles > 0
    window.show()
    qtbot.waitUntil(lambda: window.startup.done)  # the queued steps find it built
    assert window.workspace_stack.currentWidget() is window.workspace
    assert window.workspace.model.rowCount() == articles


def every_command() -> set[str]:
    from bla_assistant.gui import window_menus as wm

    names = {*wm.FILE_MENU, *wm.EDIT_MENU, *wm.TOOLS_MENU, *wm.STANDARD_KEYS, *wm.KEYS,
             *wm.WELCOME_COMMANDS, "welcome", "about"}
    return names - {None}


def menu_items(window) -> dict[str, list[str]]:
    return {name: [a.text() for a in menu.actions() if not a.isSeparator()]
            for name, menu in window._menu_titles.items()}


def test_the_commands_and_menu_items_follow_the_first_paint(qtbot, unpainted_window):
    """Before the paint: the five menus, empty, and the welcome page's buttons, no QAction."""
    window = unpainted_window
    assert window._actions == {}
    assert all(items == [] for items in menu_items(window).values())
    assert window.welcome.buttons["new"].text() == "New Agreement…"
    assert window.welcome.buttons["new"].isEnabled() == window.can_open_projects
    window.show()
    qtbot.waitUntil(lambda: window.startup.done)
    assert set(window._actions) == every_command()
    items = menu_items(window)
    assert "&Save" in items["file"] and "&Check Gaps" in items["tools"]
    assert window.menus["view"].actions()[0] is window.actions_by_name["view_library"]
    assert window.actions_by_name["undo"].shortcut().toString() == "Ctrl+Z"
    assert not window.actions_by_name["save"].isEnabled()  # no project yet
    window.actions_by_name["compare_files"].setEnabled(False)  # the buttons follow their command
    assert not window.welcome.buttons["compare_files"].isEnabled()


def test_a_welcome_button_clicked_before_the_commands_exist_runs_its_command(unpainted_window):
    window = unpainted_window
    window.welcome.buttons["compare_files"].click()
    assert window.current_view() == "compare"
    assert window._panels["compare"] is not None and len(window._actions) > 4


def test_the_commands_asked_for_before_the_paint_are_all_there(qtbot, unpainted_window):
    window = unpainted_window
    save = window.actions_by_name["save"]  # completes the build at once
    assert menu_items(window)["edit"][:2] == ["&Undo", "&Redo"]
    assert not save.isEnabled()
    window.show()
    qtbot.waitUntil(lambda: window.startup.done)  # the queued step finds it built
    assert window.actions_by_name["save"] is save
    assert save.shortcut().toString() == "Ctrl+S"
    assert menu_items(window)["file"].count("&Save") == 1


def test_a_new_language_rebuilds_every_command_and_menu(qtbot, unpainted_window):
    from bla_assistant.gui import window_actions

    window = unpainted_window
    window.show()
    qtbot.waitUntil(lambda: window.startup.done)
    window_actions.switch_language(window, "en")
    assert set(window._actions) == every_command() and window._menus is not None
    assert window.actions_by_name["save"].shortcut().toString() == "Ctrl+S"
    assert window.problems_dock.toggleViewAction() in window.menus["view"].actions()
    assert "&Check Gaps" in menu_items(window)["tools"]
