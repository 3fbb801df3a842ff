"""Main window: menus, views, --smoke and --screenshot entry points."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_menus_and_views(main_window):
    titles = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Tools", "Help"]
    for name in ("library", "workspace", "gaps", "compare", "training"):
        main_window.show_view(name)
        assert main_window.current_view() == name
    main_window.actions_by_name["view_library"].trigger()
    assert main_window.current_view() == "library"


def _run(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               BLA_ASSISTANT_CONFIG=str(env_dir))
    return subprocess.run([sys.executable, "-m", "bla_assistant", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_smoke_opens_the_window_loads_the_library_and_exits_0(tmp_path):
    result = _run("--smoke", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "main window open" in result.stdout and "clauses" in result.stdout


def test_screenshot_writes_a_png_of_the_requested_view(tmp_path):
    out = tmp_path / "shot.png"
    result = _run("--screenshot", str(out), "--view", "library", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_about_lists_sources_and_licences(library):
    from bla_assistant import __version__
    from bla_assistant.gui.dialogs.about_dialog import about_html, library_sources

    html = about_html(library)
    assert __version__ in html and "LGPL-3.0" in html and "python-docx" in html
    sources = library_sources(library)
    cited = {s.instrument for c in library.clauses.values() for s in c.sources}
    assert sources and all(any(name in line for line in sources) for name in cited)


def test_edit_menu_reaches_article_commands_by_keyboard(main_window, qtbot):
    # Shortcuts are installed by the start-up steps that follow the first paint.
    qtbot.waitUntil(lambda: main_window.startup.done)
    a = main_window.actions_by_name
    assert a["move_up"].shortcut().toString() == "Ctrl+Shift+Up"
    assert not a["remove_article"].isEnabled()  # no project yet
    assert a["undo"].shortcut().toString() == "Ctrl+Z"
    assert a["save"].shortcut().toString() == "Ctrl+S"


def test_screenshot_of_a_project_in_the_workspace(tmp_path, library):

    import bla_assistant.core.project.project_file  # noqa: F401
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from screenshots import demo_projects
    finally:
        sys.path.pop(0)
    _, round_2 = demo_projects(library, tmp_path)
    out = tmp_path / "workspace.png"
    result = _run("--screenshot", str(out), "--view", "workspace", "--project", str(round_2),
                  env_dir=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() == 1280
    # Not an empty welcome page: the preview pane (right third) holds dark text pixels.
    # (the welcome page has nothing right of x=1090).
    dark = sum(1 for x in range(1095, 1260, 5) for y in range(60, 700, 5)
               if QImage.pixelColor(image, x, y).lightness() < 100)
    assert dark > 50


def test_welcome_page_opens_an_example_as_an_untitled_copy(main_window, prompts, tmp_path):

    window = main_window
    # The examples ship with the app; an empty welcome page would be a packaging bug.
    assert window.session is not None and window.welcome.example_buttons
    assert window.current_view() == "library" or window.workspace_stack.currentWidget() is (
        window.welcome)
    button = window.welcome.example_buttons[0]
    button.click()
    assert window.project is not None and len(window.project.articles) > 0
    assert window.session.path is None  # Save will ask where to put the copy
    prompts.save_answer = tmp_path / "copy"
    assert window.files.save(blocking=True)
    assert (tmp_path / "copy.bla.yaml").is_file()
