"""Property tests: random edits, moves and renumberings of real agreements are recovered."""

from __future__ import annotations

from dataclasses import replace

from compare_corpus import CORPUS, load, renumber, with_articles
from conftest import require
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bla_assistant.core.compare.engine import compare_documents
from bla_assistant.core.compare.lines import document_text
from bla_assistant.core.compare.redline_docx import write_redline
from bla_assistant.core.compare.revisions import paragraph_texts, revision_ids

NAMES = ["canada-india-2012.txt", "canada-japan-2006.txt", "canada-morocco-1998.txt",
         "canada-china-2015.txt"]
_CACHE: dict[str, object] = {}


def agreement(name: str):
    if name not in _CACHE:
        path = CORPUS / name
        require(path.is_file(), f"corpus text not found at {path}")
        _CACHE[name] = load(path)
    return _CACHE[name]


@st.composite
def edit_scripts(draw):
    name = draw(st.sampled_from(NAMES))
    old = agreement(name)
    # Each article carries the index of its source in A, so the test knows the truth.
    items = list(enumerate(old.articles))
    numbered = [k for k, (_, a) in enumerate(items) if a.kind == "article"
                and len(a.text.split()) >= 30]
    edited: set[int] = set()
    for k in draw(st.lists(st.sampled_from(numbered), max_size=6, unique=True)):
        source, article = items[k]
        paragraphs = list(article.paragraphs)
        p = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i].text))
        words = paragraphs[p].text.split(" ")
        w = draw(st.integers(0, len(words) - 1))
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        if action == "replace":
            words[w] = "zebra"
        elif action == "insert":
            words.insert(w, "quagga")
        elif len(words) > 1:
            del words[w]
        paragraphs[p] = replace(paragraphs[p], text=" ".join(words))
        items[k] = (source, replace(article, paragraphs=tuple(paragraphs)))
        edited.add(source)
    moved_source = None
    if draw(st.booleans()):
        k = draw(st.sampled_from(numbered))
        to = draw(st.integers(0, len(items) - 1))
        if abs(to - k) >= 3:
            moved_source = items[k][0]
            items.insert(to, items.pop(k))
    articles = renumber([a for _, a in items])
    new = with_articles(old, articles)
    truth = {b: source for b, (source, _) in enumerate(items)}
    return old, new, truth, edited, moved_source, (k if moved_source is not None else None, items)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_scripts())
def test_articles_are_matched_to_their_source(script):
    old, new, truth, edited, moved_source, _ = script
    comparison = compare_documents(old, new)
    found = {}
    for change in comparison.changes:
        assert len(change.old) == len(change.new) == 1, change.summary
        found[change.new[0].index] = change.old[0].index
    assert found == truth
    for change in comparison.changes:
        source = change.old[0].index
        assert (change.kind == "modified") == (source in edited), change.summary
    moved = [c.old[0].index for c in comparison.changes if c.moved]
    if moved_source is not None:
        weight = len(old.articles[moved_source].text.split())
        others = sum(len(old.articles[i].text.split()) for i in moved)
        # Either the moved article is reported, or (if it outweighs them) the few it jumped.
        assert moved == [moved_source] or (moved_source not in moved and others <= weight)
    else:
        assert moved == []


@settings(max_examples=12, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(edit_scripts(), st.booleans())
def test_redline_accepts_to_new_and_rejects_to_old(tmp_path, script, moves):
    old, new, *_ = script
    comparison = compare_documents(old, new)
    target = tmp_path / "redline.docx"
    write_redline(comparison, target, moves=moves)
    assert paragraph_texts(target, "accepted") == document_text(new)
    assert paragraph_texts(target, "original") == document_text(old)
    ids = revision_ids(target)
    assert len(ids) == len(set(ids))
