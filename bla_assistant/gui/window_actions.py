"""What the menu commands do that is more than one line: wizard, export, import, settings, about."""

from __future__ import annotations

from pathlib import Path

from bla_assistant.gui.core_features import available
from bla_assistant.gui.i18n import tr

DOCUMENT_FILTER = "Drafts (*.docx *.odt *.doc *.rtf *.txt);;All files (*)"


def new_agreement(window) -> None:
    if window.files is None or not window.files.maybe_close():
        return
    from bla_assistant.gui.dialogs.new_agreement_wizard import NewAgreementWizard, build_project

    wizard = NewAgreementWizard(window.context.library, window.context.lang, window)
    if wizard.exec() != wizard.DialogCode.Accepted:
        return
    project = build_project(wizard.choices(), window.context.library)
    window.session.replace(project, None, dirty=True)


def open_project(window) -> None:
    if window.files is not None:
        window.files.open()


def _snapshot_task(fn):
    """Run `fn(project, ...)` on a copy rebuilt from plain data, so edits never race the task."""
    from bla_assistant.core.project.project_data import project_from_data

    def task(progress, should_cancel, data, **kwargs):
        progress(0.05, "")
        project = project_from_data(data, lambda where, msg: ValueError(f"{where}: {msg}"))
        result = fn(project, **kwargs)
        progress(1.0, "")
        return result

    return task


def export_word(window) -> None:
    if window.project is None or not available("word_export"):
        return
    from bla_assistant.core.drafting.docx_writer import DraftOptions, write_draft
    from bla_assistant.core.project.project_data import project_to_data

    suggested = (window.files.display_name().removesuffix(".bla.yaml") or "agreement") + ".docx"
    path = window.prompts.save_path(tr("Export to Word"), suggested,
                                    "Word documents (*.docx)")
    if path is None:
        return
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
    lang = window.context.lang if window.context.lang in window.project.languages else None

    def done(report) -> None:
        message = tr("Exported %1").replace("%1", str(report.path))
        if report.placeholders:
            message += " — " + tr("%1 value(s) still to fill").replace(
                "%1", str(len(report.placeholders)))
        window.statusBar().showMessage(message, 8000)
        window.last_export = report

    window.runner.run(
        "export_word",
        _snapshot_task(lambda project, out, options: write_draft(
            project, window.context.library, out, options)),
        data=project_to_data(window.project), out=path,
        options=DraftOptions(lang=lang, template=_existing_template(window)),
        on_done=done)


def _existing_template(window) -> Path | None:
    """The project's ministry template, when it can be found; otherwise ours, with a note."""
    path = window.project.template_path(getattr(window.session, "path", None))
    if path is None:
        return None
    if path.is_file():
        return path
    window.statusBar().showMessage(
        tr("Word template %1 not found: exported with the standard template").replace(
            "%1", str(path)), 8000)
    return None


def import_draft(window, path: Path | None = None) -> None:
    path = path or window.prompts.open_path(tr("Import a draft received from the other party"),
                                            DOCUMENT_FILTER)
    if path is None:
        return
    window.gap_panel.check_file(Path(path))
    window.compare_panel.set_received(Path(path))
    if window.project is not None and available("compare"):
        window.compare_panel.compare()  # ready in the Compare view: our draft against theirs
    window.show_view("gaps")


def check_gaps(window) -> None:
    window.show_view("gaps")
    window.gap_panel.run_check()


def edit_settings(window) -> None:
    from bla_assistant.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.context.settings, window)
    if dialog.exec() != dialog.DialogCode.Accepted:
        return
    old_language = window.context.settings.language
    dialog.apply(window.context.settings)
    window.context.save_settings()
    if window.context.settings.language != old_language:
        switch_language(window, window.context.settings.language)


def edit_properties(window) -> None:
    if window.project is None:
        return
    from bla_assistant.gui.dialogs.project_properties import ProjectPropertiesDialog

    dialog = ProjectPropertiesDialog(window.project, window.context.lang, window)
    if dialog.exec() != dialog.DialogCode.Accepted:
        return
    # One undo step for the whole dialog: a macro around the core commands.
    commands = dialog.commands()
    if not commands:
        return
    window.undo_stack.beginMacro(tr("Agreement properties"))
    try:
        for name, kwargs in commands:
            window.session.execute(name, **kwargs)
    finally:
        window.undo_stack.endMacro()


def switch_language(window, language: str) -> None:
    window.context.settings.language = language
    window.context.session_language = None
    if window.context.translations is not None:
        window.context.translations.switch(language)
    view = window.current_view()
    window.build_ui()
    window.show_view(view)


def about(window) -> None:
    from bla_assistant.gui.dialogs.about_dialog import AboutDialog

    AboutDialog(window).exec()
