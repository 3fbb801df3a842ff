"""The drafting flow end to end: wizard, add a clause, edit a parameter, undo, save, reopen,
export; plus drag to reorder, unsaved-changes prompt, autosave and recovery."""

from __future__ import annotations

import bla_assistant.core.project.commands  # noqa: E402,F401
from bla_assistant.core.project.project_file import load_project  # noqa: E402
from bla_assistant.gui.qt import Qt, QWizard  # noqa: E402

FEES = "bla.fair_recruitment_no_fees"


def essential_items_with_clauses(library, checklist_id, agreement_type):
    from bla_assistant.gui.dialogs.new_agreement_wizard import clause_for

    checklist = library.checklists[checklist_id]
    return [i.element_id for i in checklist.items
            if i.severity_for(agreement_type) == "essential" and clause_for(i, library)]


def test_wizard_preselects_essential_elements_and_builds_the_project(qtbot, library):
    from bla_assistant.gui.dialogs.new_agreement_wizard import (
        NewAgreementWizard,
        build_project,
        clause_for,
    )

    wizard = NewAgreementWizard(library, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.type_box.setCurrentIndex(wizard.type_box.findData("SSA"))
    wizard.title_edit.setText("Social security agreement")
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # parties required
    wizard.party_a.setText("the Republic of Senegal")
    wizard.party_b.setText("the Republic of Côte d'Ivoire")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.lang_fr.setChecked(True)
    wizard.next()
    checklist_id = wizard.checklist_box.currentData()
    assert "SSA" in library.checklists[checklist_id].applies_to
    ticked = [wizard.elements.item(r).data(Qt.ItemDataRole.UserRole)
              for r in range(wizard.elements.count())
              if wizard.elements.item(r).checkState() == Qt.CheckState.Checked]
    expected = essential_items_with_clauses(library, checklist_id, "SSA")
    assert ticked == expected and expected
    wizard.template_edit.setText("/srv/templates/ministry.docx")
    choices = wizard.choices()
    assert choices.languages == ["en", "fr"] and choices.agreement_type == "SSA"
    project = build_project(choices, library)
    assert project.word_template == "/srv/templates/ministry.docx"
    items = {i.element_id: i for i in library.checklists[checklist_id].items}
    assert [a.clause_id for a in project.articles] == [
        clause_for(items[e], library)[0] for e in expected]
    assert project.party_b.name[""] == "the Republic of Côte d'Ivoire"


def test_add_clause_edit_parameter_undo_save_reopen(main_window, qtbot, wizard_choices,
                                                    library, prompts, tmp_path):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project

    window = main_window
    window.session.replace(build_project(wizard_choices, library), None, dirty=True)
    assert window.current_view() == "workspace"
    workspace = window.workspace
    before = workspace.model.rowCount()

    # Add a clause from the library browser.
    window.show_view("library")
    browser = window.library_browser
    assert browser.select_clause(FEES)
    assert browser.detail.add_button.isEnabled()
    browser.detail.variant_box.setCurrentIndex(browser.detail.variant_box.findData("protective"))
    browser.detail.add_button.click()
    assert workspace.model.rowCount() == before + 1
    article = window.project.articles[before]
    assert article.clause_id == FEES and article.parameters["refund_days"] == 30
    assert workspace.select_article(article.uid)

    # Edit a parameter through the generated form.
    spin = workspace.editor.parameters.editors["refund_days"]
    spin.setValue(14)
    spin.editingFinished.emit()
    assert window.project.article(article.uid).parameters["refund_days"] == 14
    assert "14 days" in workspace.editor.model_text.toPlainText()

    # An out-of-range value is refused by the form and never reaches the project.
    workspace.editor.parameters._edited("refund_days", 1000)
    assert window.project.article(article.uid).parameters["refund_days"] == 14
    assert "at most" in workspace.editor.parameters.messages["refund_days"].text()

    # Undo restores the old value; redo brings the edit back; undo again.
    window.actions_by_name["undo"].trigger()
    assert window.project.article(article.uid).parameters["refund_days"] == 30
    assert workspace.editor.parameters.editors["refund_days"].value() == 30
    window.actions_by_name["redo"].trigger()
    assert window.project.article(article.uid).parameters["refund_days"] == 14
    window.undo_stack.undo()
    window.undo_stack.undo()  # the added clause goes away too
    assert workspace.model.rowCount() == before
    window.undo_stack.redo()
    assert window.project.articles[before].uid == article.uid  # same article comes back

    # Save as (the path is asked), then reopen from disk.
    target = tmp_path / "mobility.bla.yaml"
    prompts.save_answer = target
    window.actions_by_name["save_as"].trigger()
    qtbot.waitUntil(lambda: not window.session.is_dirty, timeout=10000)
    assert target.is_file()
    assert str(target.resolve()) in window.context.settings.recent_files
    reopened = load_project(target)
    assert [a.uid for a in reopened.articles] == [a.uid for a in window.project.articles]
    assert reopened.article(article.uid).parameters["refund_days"] == 30
    assert window.open_project(target)
    assert window.session.path == target and not window.session.is_dirty
    assert workspace.model.rowCount() == before + 1


def test_export_to_word_runs_off_the_gui_thread(main_window, qtbot, wizard_choices, library,
                                                prompts, tmp_path):
    import bla_assistant.core.drafting.docx_writer  # noqa: F401
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project

    window = main_window
    project = build_project(wizard_choices, library)
    window.session.replace(project, None, dirty=True)
    window.session.execute("add_clause_article", clause_id=FEES, library=library)
    prompts.save_answer = tmp_path / "agreement"
    assert window.actions_by_name["export_word"].isEnabled()
    window.actions_by_name["export_word"].trigger()
    qtbot.waitUntil(lambda: hasattr(window, "last_export"), timeout=20000)
    out = tmp_path / "agreement.docx"
    assert window.last_export.path == out and out.read_bytes()[:2] == b"PK"
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Ghana" in text and "recruitment fee" in text


def test_drag_and_drop_reorders_through_the_core_and_undoes(main_window, wizard_choices,
                                                            library):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project
    from bla_assistant.gui.models.article_list_model import MIME_TYPE

    window = main_window
    window.session.replace(build_project(wizard_choices, library), None)
    for clause_id in (FEES, "ssa.detached_workers", FEES):
        window.session.execute("add_clause_article", clause_id=clause_id, library=library)
    model = window.workspace.model
    uids = [a.uid for a in window.project.articles]
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME_TYPE)
    # Dropping before row 2 puts the first article in second place.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1, -1)) is False
    assert [a.uid for a in window.project.articles] == [uids[1], uids[0], *uids[2:]]
    assert model.index(1, 0).data() == "2"
    window.undo_stack.undo()
    assert [a.uid for a in window.project.articles] == uids


def test_article_list_model_follows_the_core_list(qtmodeltester, library, wizard_choices):
    from bla_assistant.core.project.commands import add_clause_article, move_article, set_status
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project
    from bla_assistant.gui.models.article_list_model import ArticleListModel

    project = build_project(wizard_choices, library)
    model = ArticleListModel(library)
    model.set_project(project)
    qtmodeltester.check(model)
    for clause_id in (FEES, "ssa.detached_workers", FEES):
        add_clause_article(project, clause_id, library=library)
    assert model.rowCount() == len(project.articles)
    first = project.articles[0].uid
    set_status(project, first, "withdrawn")
    assert model.index(0, 0).data() == "—" and model.index(1, 0).data() == "1"
    move_article(project, first, len(project.articles) - 1)
    assert model.index(model.rowCount() - 1, 0).data() == "—"
    qtmodeltester.check(model)


def test_unsaved_changes_prompt_on_close(main_window, wizard_choices, library, prompts):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project
    from bla_assistant.gui.qt import QCloseEvent

    window = main_window
    window.session.replace(build_project(wizard_choices, library), None)
    assert not window.session.is_dirty
    window.session.execute("add_clause_article", clause_id=FEES, library=library)
    assert window.session.is_dirty and window.windowTitle().startswith(
        "Agreement on labour mobility*")
    prompts.save_changes_answer = "cancel"
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert prompts.asked[-1][0] == "save_changes"
    prompts.save_changes_answer = "discard"
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()


def test_autosave_and_recovery_after_a_crash(main_window, qtbot, wizard_choices, library,
                                             prompts, tmp_path):
    from bla_assistant.gui import recovery
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project

    window = main_window
    assert window.files.autosave_timer.interval() == 60_000
    window.session.replace(build_project(wizard_choices, library), tmp_path / "p.bla.yaml")
    window.session.execute("add_clause_article", clause_id=FEES, library=library)
    window.files.autosave()
    qtbot.waitUntil(lambda: recovery.pending_recovery() is not None, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=10000)
    uids = [a.uid for a in window.project.articles]
    # "Crash": the session vanishes without closing; a new start finds the recovery file.
    window.session.replace(None)
    assert window.files.offer_recovery()
    assert prompts.asked[-1][0] == "recover" and prompts.asked[-1][2].endswith("p.bla.yaml")
    assert [a.uid for a in window.project.articles] == uids
    assert window.session.is_dirty  # recovered work is unsaved until the user saves it
    prompts.save_changes_answer = "discard"
    assert window.files.maybe_close()
    assert recovery.pending_recovery() is None


def test_agreement_properties_are_one_undoable_step(main_window, wizard_choices, library):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project
    from bla_assistant.gui.dialogs.project_properties import ProjectPropertiesDialog

    window = main_window
    window.session.replace(build_project(wizard_choices, library), None)
    dialog = ProjectPropertiesDialog(window.project, "en", window)
    dialog.fields[("B", "short_name")].setText("Oman")
    dialog.fields[("B", "name")].setText("the Sultanate of Oman")
    dialog.lang_fr.setChecked(False)
    commands = dialog.commands()
    assert [c[0] for c in commands] == ["set_party_field", "set_party_field",
                                        "set_project_field"]
    window.undo_stack.beginMacro("properties")
    for name, kwargs in commands:
        window.session.execute(name, **kwargs)
    window.undo_stack.endMacro()
    assert window.project.party_b.short_name[""] == "Oman"
    assert window.project.languages == ["en"]
    assert "Oman" in window.workspace.editor.party_b_label.text() or not len(
        window.project.articles)
    window.undo_stack.undo()
    assert window.project.party_b.short_name[""] == "Qatar"
    assert window.project.languages == ["en", "fr"]


def test_next_round_stamps_later_edits_and_comments_carry_the_author(main_window,
                                                                       wizard_choices, library):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project

    window = main_window
    window.context.settings.author = "Amina"
    window.session.replace(build_project(wizard_choices, library), None)
    window.session.execute("add_clause_article", clause_id=FEES, library=library)
    uid = window.project.articles[-1].uid
    window.actions_by_name["start_round"].trigger()
    assert window.project.current_round == 2
    window.workspace.select_article(uid)
    window.workspace.editor.new_comment.setText("Qatar wants 90 days")
    window.workspace.editor.new_comment.returnPressed.emit()
    article = window.project.article(uid)
    assert article.comments[-1].author == "Amina" and article.comments[-1].round == 2
    assert article.last_changed_round == 2
    assert "Amina" in window.workspace.editor.comments.toPlainText()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.project.current_round == 1 and not window.project.article(uid).comments
