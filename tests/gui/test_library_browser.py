"""The library browser over the real library: tree, search, filters, detail, problems."""

from __future__ import annotations

from pathlib import Path

from bla_assistant.core.library.loader import load_library
from bla_assistant.core.library.model import Clause
from bla_assistant.gui.models.clause_filter_proxy import ClauseFilter, ClauseFilterProxy
from bla_assistant.gui.models.library_tree_model import LibraryTreeModel, clause_haystack, fold
from bla_assistant.gui.models.problem_list_model import ProblemListModel
from bla_assistant.gui.qt import ObjectRole, QModelIndex

REPO = Path(__file__).resolve().parents[2]


def visible_clause_ids(proxy) -> list[str]:
    ids = []
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for c in range(proxy.rowCount(group)):
            ids.append(proxy.index(c, 0, group).data(ObjectRole).id)
    return ids


def test_tree_model_groups_clauses_under_their_element_group(qtmodeltester, library):
    model = LibraryTreeModel(library)
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data(ObjectRole) for r in range(model.rowCount())]
    assert groups[: len(library.groups)] == list(library.groups)
    for row, key in enumerate(groups):
        parent = model.index(row, 0)
        for c in range(model.rowCount(parent)):
            clause = model.index(c, 0, parent).data(ObjectRole)
            first = library.elements[clause.element_ids[0]]
            assert first.group == key
    assert model.clause_index("bla.fair_recruitment_no_fees").isValid()
    assert not model.clause_index("no.such.clause").isValid()
    assert not model.parent(QModelIndex()).isValid()


def test_search_finds_words_in_titles_texts_notes_and_tags_ignoring_accents(
        qtmodeltester, library):
    model = LibraryTreeModel(library)
    proxy = ClauseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    def found(text: str) -> list[str]:
        proxy.set_filter(ClauseFilter(text=text))
        ids = visible_clause_ids(proxy)
        # Whatever shows contains every word somewhere, accents aside.
        for clause_id in ids:
            haystack = clause_haystack(library.clauses[clause_id])
            assert all(fold(w) in haystack for w in text.split()), clause_id
        return ids

    assert "bla.fair_recruitment_no_fees" in found("debt bondage")  # a tag
    assert "bla.fair_recruitment_no_fees" in found("servitude dettes")  # French note text
    assert "ssa.detached_workers" in found("assujettissement etat")  # "État" without accent
    assert len(found("assujettissement etat")) < len(library.clauses)
    proxy.set_filter(ClauseFilter(text="zzzz-nothing"))
    assert proxy.rowCount() == 0
    proxy.set_filter(ClauseFilter())
    assert proxy.rowCount() == model.rowCount()


def test_filters_by_agreement_type_and_language(library):
    model = LibraryTreeModel(library)
    proxy = ClauseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ClauseFilter(agreement_type="SSA"))
    ids = visible_clause_ids(proxy)
    assert ids and all("SSA" in library.clauses[i].agreement_types for i in ids)
    proxy.set_filter(ClauseFilter(agreement_type="BLA"))
    assert "ssa.detached_workers" not in visible_clause_ids(proxy)
    proxy.set_filter(ClauseFilter(language="fr"))
    assert set(visible_clause_ids(proxy)) == {
        c.id for c in library.clauses.values() if "fr" in c.languages}
    proxy.set_filter(ClauseFilter(lens="irregular_situation"))
    assert set(visible_clause_ids(proxy)) == {
        c.id for c in library.clauses.values() if "irregular_situation" in c.lenses}


def test_typing_in_the_search_box_filters_the_tree(main_window, qtbot):
    browser = main_window.library_browser
    qtbot.keyClicks(browser.search, "bondage")
    assert visible_clause_ids(browser.proxy) == ["bla.fair_recruitment_no_fees"]
    browser.search.clear()
    browser.type_box.setCurrentIndex(browser.type_box.findData("SSA"))
    assert "bla.fair_recruitment_no_fees" not in visible_clause_ids(browser.proxy)


def test_clause_detail_shows_variants_side_by_side_note_and_citations(main_window):
    browser = main_window.library_browser
    assert browser.select_clause("bla.fair_recruitment_no_fees")
    clause: Clause = browser.detail.clause
    assert clause.id == "bla.fair_recruitment_no_fees"
    assert len(browser.detail.variant_views) == len(clause.variants)
    # Parameters appear filled with their defaults, not as raw template code.
    protective = browser.detail.variant_views[0].toPlainText()
    assert "30 days" in protective and "{{" not in protective
    note = browser.detail.note.toPlainText()
    assert "Why it matters" in note and "C181" in note
    assert clause.sources[0].instrument in note


def test_add_to_agreement_emits_clause_and_variant(main_window, qtbot):
    browser = main_window.library_browser
    browser.set_add_enabled(True)
    browser.select_clause("bla.fair_recruitment_no_fees")
    browser.detail.variant_box.setCurrentIndex(1)
    with qtbot.waitSignal(browser.addClauseRequested) as blocker:
        browser.detail.add_button.click()
    assert blocker.args == ["bla.fair_recruitment_no_fees", "baseline"]


def test_a_broken_library_file_is_listed_and_the_rest_still_loads(tmp_path, qtbot,
                                                                   qtmodeltester):
    clauses = tmp_path / "clauses"
    clauses.mkdir()
    (clauses / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    (clauses / "good.yaml").write_text(
        (REPO / "clauses" / "bla" / "fair_recruitment_no_fees.yaml").read_text("utf-8"),
        encoding="utf-8")
    library = load_library([clauses], [REPO / "checklists"],
                           REPO / "checklists" / "elements.yaml")
    assert library.problems and "bla.fair_recruitment_no_fees" in library.clauses
    problems = ProblemListModel(library.problems)
    qtmodeltester.check(problems)
    shown = [problems.index(row).data() for row in range(problems.rowCount())]
    assert any("broken.yaml" in text for text in shown)

    from bla_assistant.core.settings import Settings
    from bla_assistant.gui.app_context import AppContext
    from bla_assistant.gui.main_window import MainWindow

    window = MainWindow(AppContext(Settings(), library))
    qtbot.addWidget(window)
    window.show()
    assert window.problems_dock.isVisible()
    assert window.problems_panel.model.rowCount() == len(library.problems)
    assert "problem" in window.statusBar().currentMessage()
    assert window.library_browser.select_clause("bla.fair_recruitment_no_fees")
