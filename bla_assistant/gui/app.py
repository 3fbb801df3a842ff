"""Start the desktop app: normal run, --smoke check, or --screenshot to a PNG."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

VIEW_NAMES = ("library", "workspace", "gaps", "compare", "training")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bla-assistant", description="BLA Assistant desktop app")
    parser.add_argument("project_file", nargs="?", help="a project file to open")
    parser.add_argument("--open", dest="open_file", metavar="FILE", help="a project file to open")
    parser.add_argument("--smoke", action="store_true",
                        help="start offscreen, open the main window, load the library, exit")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG")
    parser.add_argument("--view", choices=VIEW_NAMES, default="library")
    parser.add_argument("--project", metavar="FILE", help="project to show in the screenshot")
    parser.add_argument("--against", metavar="FILE",
                        help="compare view: the earlier draft the project is compared with")
    parser.add_argument("--lang", choices=("en", "fr"), help="UI language for this run")
    parser.add_argument("--size", default="1280x800", help="screenshot size, WIDTHxHEIGHT")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    headless = bool(args.smoke or args.screenshot)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bla_assistant.gui.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BLA Assistant")
    set_app_icon(app)
    app.setOrganizationName("bla-assistant")
    window = build_window(app, args.lang)
    if headless:
        from bla_assistant.gui.prompts import HeadlessPrompter

        window.prompts = HeadlessPrompter()
    project = args.project or args.open_file or args.project_file
    if project and headless:
        window.open_project(Path(project), interactive=False)
    if args.smoke:
        return smoke(app, window)
    if args.screenshot:
        return screenshot(app, window, Path(args.screenshot), args.view, args.size,
                          Path(args.against) if args.against else None)
    window.show()
    # After the first paint and the views: the recovery question is a modal dialog.
    window.startup.add(window.start_session)
    if project:
        window.startup.add(lambda: window.files and window.files.open(Path(project)))
    return app.exec()


def set_app_icon(app) -> None:
    from bla_assistant.gui.qt import QIcon

    icon = QIcon()
    for png in sorted((Path(__file__).resolve().parent / "icons").glob("bla-assistant-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)


def build_window(app, lang: str | None = None):
    """The main window shell, ready to paint; its views and the library follow the first paint
    (MainWindow.startup) or come when first asked for."""
    from bla_assistant.gui.app_context import AppContext
    from bla_assistant.gui.i18n import TranslationSwitcher
    from bla_assistant.gui.main_window import MainWindow

    translations = TranslationSwitcher(app)
    context = AppContext.create(translations)
    if lang:
        context.session_language = lang
    if not translations.switch(context.lang):
        context.settings_problems.append(
            f"no translation for '{context.lang}'; the interface stays in English")
    window = MainWindow(context)
    window.restore_layout()
    return window


def smoke(app, window) -> int:
    window.show()
    app.processEvents()
    window.startup.finish()
    library = window.context.library
    ok = window.isVisible() and window.library_browser.model.rowCount() > 0
    print(f"smoke: main window {'open' if window.isVisible() else 'NOT open'}; "
          f"library {len(library.clauses)} clauses, {len(library.checklists)} checklists, "
          f"{len(library.problems)} problems")
    window.discard_and_close()
    return 0 if ok else 1


def prepare_view(window, view: str, against: Path | None) -> None:
    """Fill the view the way a user would have, so the picture shows something real."""
    window.runner.synchronous = True
    if view == "library":
        browser = window.library_browser
        first = browser.proxy.index(0, 0)
        clause = browser.proxy.index(0, 0, first) if first.isValid() else first
        if clause.isValid():
            browser.tree.setCurrentIndex(clause)
    elif view == "gaps" and window.project is not None:
        window.gap_panel.run_check()
        window.gap_panel.hide_present.setChecked(True)
        window.gap_panel.table.selectRow(0)
    elif view == "compare":
        panel = window.compare_panel
        if against is not None:
            panel._add_path(panel.source_a, against)
            if window.project is not None:
                panel.source_b.setCurrentIndex(panel.source_b.findData("<project>"))
            panel.compare()
    window.runner.synchronous = False


def screenshot(app, window, out: Path, view: str, size: str, against: Path | None = None) -> int:
    width, _, height = size.partition("x")
    window.resize(int(width), int(height))
    window.show()
    window.startup.finish()
    window.show_view(view)
    app.processEvents()
    prepare_view(window, view, against)
    # Let chunked work (the live preview) finish before the picture is taken.
    workspace = window.workspace
    for _ in range(500):
        app.processEvents()
        if workspace is None or not workspace.preview.is_busy:
            break
    for _ in range(3):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"error: could not write {out}", file=sys.stderr)
        return 1
    print(f"screenshot: {out} ({view})")
    window.discard_and_close()
    return 0
