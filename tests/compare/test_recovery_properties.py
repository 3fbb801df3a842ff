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


@st.composite
def regroupings(draw):
    """Split some articles in two at a paragraph break and merge some neighbours."""
    old = agreement(draw(st.sampled_from(NAMES)))
    articles = list(old.articles)
    groups: list[tuple[list[int], list]] = [([i], [a]) for i, a in enumerate(articles)]
    splittable = [k for k, (_, [a]) in enumerate(groups)
                  if a.kind == "article" and len(a.paragraphs) >= 4
                  and len(a.text.split()) >= 60]
    for k in draw(st.lists(st.sampled_from(splittable), max_size=2, unique=True)) \
            if splittable else []:
        a = groups[k][1][0]
        cut = len(a.paragraphs) // 2
        first = replace(a, paragraphs=a.paragraphs[:cut])
        second = replace(a, heading=a.heading + " (continued)", paragraphs=a.paragraphs[cut:])
        groups[k] = (groups[k][0], [first, second])
    mergeable = [k for k in range(len(groups) - 1)
                 if len(groups[k][1]) == len(groups[k + 1][1]) == 1
                 and groups[k][1][0].kind == groups[k + 1][1][0].kind == "article"]
    if mergeable and draw(st.booleans()):
        k = draw(st.sampled_from(mergeable))
        a, b = groups[k][1][0], groups[k + 1][1][0]
        groups[k:k + 2] = [(groups[k][0] + groups[k + 1][0],
                            [replace(a, paragraphs=a.paragraphs + b.paragraphs)])]
    new = with_articles(old, renumber([a for _, parts in groups for a in parts]))
    truth = {(tuple(ids), len(parts)) for ids, parts in groups if len(ids) > 1 or len(parts) > 1}
    return old, new, truth


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regroupings())
def test_splits_and_merges_are_recovered(script):
    old, new, truth = script
    comparison = compare_documents(old, new)
    found = {(tuple(r.index for r in c.old), len(c.new)) for c in comparison.changes
             if len(c.old) > 1 or len(c.new) > 1}
    assert found == truth
    assert not any(c.moved for c in comparison.changes)


@settings(max_examples=6, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(regroupings())
def test_redline_of_splits_and_merges_accepts_and_rejects_exactly(tmp_path, script):
    old, new, _ = script
    target = tmp_path / "redline.docx"
    write_redline(compare_documents(old, new), target)
    assert paragraph_texts(target, "accepted") == document_text(new)
    assert paragraph_texts(target, "original") == document_text(old)


@st.composite
def paragraph_regroupings(draw):
    """Split paragraphs at a sentence end, or merge a paragraph with the next one."""
    old = agreement(draw(st.sampled_from(NAMES)))
    articles = list(old.articles)
    for _ in range(draw(st.integers(1, 4))):
        k = draw(st.integers(0, len(articles) - 1))
        paragraphs = list(articles[k].paragraphs)
        if not paragraphs:
            continue
        i = draw(st.integers(0, len(paragraphs) - 1))
        text = paragraphs[i].text
        if draw(st.booleans()) and ". " in text:
            first, _, rest = text.partition(". ")
            paragraphs[i:i + 1] = [replace(paragraphs[i], text=first + "."),
                                   replace(paragraphs[i], text=rest, label="")]
        elif i + 1 < len(paragraphs):
            paragraphs[i:i + 2] = [replace(paragraphs[i],
                                           text=text + " " + paragraphs[i + 1].text)]
        articles[k] = replace(articles[k], paragraphs=tuple(paragraphs))
    return old, with_articles(old, articles)


@settings(max_examples=10, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(paragraph_regroupings())
def test_redline_of_split_and_merged_paragraphs_is_exact(tmp_path, script):
    old, new = script
    target = tmp_path / "redline.docx"
    write_redline(compare_documents(old, new), target)
    assert paragraph_texts(target, "accepted") == document_text(new)
    assert paragraph_texts(target, "original") == document_text(old)
