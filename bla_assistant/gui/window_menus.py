"""The menu bar: every command as a named QAction, the five menus, Open Recent, the shortcuts.

Keyboard shortcuts are installed apart from the actions, after the window's first paint: the
first `setShortcut` makes PySide6 build its whole `Qt` namespace (some 90 Python enums, tens of
milliseconds), and no key can be pressed before the window is on screen anyway. For the same
reason the first paint gets only the menu titles and the welcome page's buttons (which need the
texts of their commands, not the QActions: the first QAction makes PySide6 build the QAction and
QIcon types); the commands and the menus' items follow right after it
(MainWindow.actions_by_name).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bla_assistant.gui import window_actions as wa
from bla_assistant.gui.i18n import N_, tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from bla_assistant.gui.main_window import MainWindow

VIEWS = ("library", "workspace", "gaps", "compare", "training")

# Platform-standard keys by QKeySequence.StandardKey name, then fixed ones.
STANDARD_KEYS = {"new": "New", "open": "Open", "save": "Save", "save_as": "SaveAs",
                 "quit": "Quit", "undo": "Undo", "redo": "Redo", "settings": "Preferences"}
KEYS = {"export_word": "Ctrl+E", "import_draft": "Ctrl+I", "properties": "Ctrl+Shift+P",
        "add_own_article": "Ctrl+Shift+N", "remove_article": "Ctrl+Shift+Del",
        "move_up": "Ctrl+Shift+Up", "move_down": "Ctrl+Shift+Down", "check_gaps": "F7",
        "reload_library": "F5",
        **{f"view_{name}": f"Ctrl+{number}" for number, name in enumerate(VIEWS, start=1)}}

FILE_MENU = ("save", "save_as", None, "import_draft", "export_word", "export_gaps", None, "quit")
EDIT_MENU = ("undo", "redo", None, "properties", "start_round", None, "add_own_article",
             "remove_article", "move_up", "move_down", None, "settings")
TOOLS_MENU = ("check_gaps", "compare_files", None, "reload_library")
MENUS = ("file", "edit", "view", "tools", "help")
# The commands the welcome page shows as buttons, by name, with their texts.
WELCOME_COMMANDS = {"new": N_("&New Agreement…"), "open": N_("&Open…"),
                    "import_draft": N_("&Import Received Draft…"),
                    "compare_files": N_("C&ompare Two Drafts…")}


def view_titles() -> dict[str, str]:
    return {"library": tr("Library"), "workspace": tr("Agreement"),
            "gaps": tr("Gap Check"), "compare": tr("Compare"), "training": tr("Training")}


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Every command of the window by name; the panels' commands reach their panel on demand."""
    from bla_assistant.gui.qt import QAction  # after the first paint (see the module's doc)

    actions: dict[str, QAction] = {}
    welcome = {name: tr(text) for name, text in WELCOME_COMMANDS.items()}

    def add(name: str, text: str, slot: Callable[[], object] | None = None) -> None:
        action = QAction(text, window)
        action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        actions[name] = action

    add("new", welcome["new"], lambda: wa.new_agreement(window))
    add("open", welcome["open"], lambda: wa.open_project(window))
    add("save", tr("&Save"), lambda: window.files and window.files.save())
    add("save_as", tr("Save &As…"), lambda: window.files and window.files.save_as())
    add("export_word", tr("&Export to Word…"), lambda: wa.export_word(window))
    add("export_gaps", tr("Export &Gap Report…"), lambda: window.gap_panel.export())
    add("import_draft", welcome["import_draft"], lambda: wa.import_draft(window))
    add("quit", tr("&Quit"), window.close)
    actions["undo"] = window.undo_stack.createUndoAction(window, tr("&Undo"))
    actions["redo"] = window.undo_stack.createRedoAction(window, tr("&Redo"))
    add("settings", tr("&Settings…"), lambda: wa.edit_settings(window))
    add("properties", tr("Agreement &Properties…"), lambda: wa.edit_properties(window))
    add("start_round", tr("Start Next Negotiation &Round"), window.start_round)
    add("add_own_article", tr("Add &Own Article"),
        lambda: window.workspace and window.workspace._add_own())
    add("remove_article", tr("Re&move Article"),
        lambda: window.workspace and window.workspace._remove())
    add("move_up", tr("Move Article &Up"), lambda: window.workspace and window.workspace._move(-1))
    add("move_down", tr("Move Article &Down"),
        lambda: window.workspace and window.workspace._move(1))
    add("check_gaps", tr("&Check Gaps"), lambda: wa.check_gaps(window))
    add("compare_files", welcome["compare_files"], lambda: window.show_view("compare"))
    add("reload_library", tr("&Reload Library"), window.reload_library)
    add("welcome", tr("&Welcome Page"), lambda: window.show_view("workspace"))
    add("about", tr("&About BLA Assistant"), lambda: wa.about(window))
    for name, text in view_titles().items():
        add(f"view_{name}", text, lambda _checked=False, n=name: window.show_view(n))
    return actions


def install_shortcuts(actions: dict[str, QAction]) -> None:
    from bla_assistant.gui.qt import QKeySequence

    for name, key in STANDARD_KEYS.items():
        actions[name].setShortcut(QKeySequence(getattr(QKeySequence.StandardKey, key)))
    for name, key in KEYS.items():
        actions[name].setShortcut(QKeySequence(key))


def add_menu_titles(window: MainWindow) -> dict[str, QMenu]:
    """The five menus of the menu bar, empty: what the first paint shows of them."""
    bar = window.menuBar()
    titles = (tr("&File"), tr("&Edit"), tr("&View"), tr("&Tools"), tr("&Help"))
    return {name: bar.addMenu(title) for name, title in zip(MENUS, titles, strict=True)}


def fill_menus(window: MainWindow, menus: dict[str, QMenu], actions: dict[str, QAction],
               recent_files: Callable[[], list[str]] | None) -> dict[str, QMenu]:
    """The menus' items, Open Recent included; `recent_files` is None in a build that cannot
    open projects. Returns the menus by name, "recent" added."""

    def fill(into: QMenu, names: tuple[str | None, ...]) -> None:
        for name in names:
            into.addSeparator() if name is None else into.addAction(actions[name])

    file_menu = menus["file"]
    fill(file_menu, ("new", "open"))
    recent = file_menu.addMenu(tr("Open &Recent"))
    if recent_files is not None:
        recent.aboutToShow.connect(
            lambda: fill_recent_menu(recent, recent_files(), window.open_recent))
        fill_recent_menu(recent, recent_files(), window.open_recent)
    fill(file_menu, FILE_MENU)
    fill(menus["edit"], EDIT_MENU)
    fill(menus["view"], tuple(f"view_{name}" for name in VIEWS) + (None,))
    fill(menus["tools"], TOOLS_MENU)
    fill(menus["help"], ("welcome", "about"))
    return {**menus, "recent": recent}


def fill_recent_menu(menu: QMenu, recent_files: list[str],
                     open_recent: Callable[[Path], object]) -> None:
    from bla_assistant.gui.qt import QAction

    menu.clear()
    recent = [p for p in recent_files if Path(p).is_file()]
    for number, path in enumerate(recent, start=1):
        action = QAction(f"&{number} {Path(path).name}", menu)
        action.setToolTip(path)
        action.triggered.connect(lambda _c=False, p=path: open_recent(Path(p)))
        menu.addAction(action)
    menu.setEnabled(bool(recent))
