from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from compare_corpus import corpus_file

from bla_assistant.cli.main import run_cli
from bla_assistant.core.compare.lines import document_text
from bla_assistant.core.compare.revisions import count_revisions, paragraph_texts
from bla_assistant.core.documents.reader import read_document
from bla_assistant.core.project.model import Article, Party, Project
from bla_assistant.core.project.project_file import save_project

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus_docx import corpus_text, text_to_docx  # noqa: E402


@pytest.fixture
def corpus_pair(tmp_path):
    """A: the corpus .txt; B: the same agreement as .docx with the posting limit changed and
    Article 4 moved after Article 6 (numbers kept as typed: a careless counterparty)."""
    source = corpus_file("canada-india-2012.txt")
    text = corpus_text(source).replace("for more than 60 months", "for more than 36 months")
    blocks = text.split("\n\n")
    k4 = next(i for i, b in enumerate(blocks) if b.startswith("ARTICLE 4 "))
    k6 = next(i for i, b in enumerate(blocks) if b.startswith("ARTICLE 6 "))
    blocks.insert(k6, blocks.pop(k4))
    new = text_to_docx("\n\n".join(blocks), tmp_path / "b.docx")
    return source, new


def test_compare_txt_with_docx_writes_all_outputs(tmp_path, corpus_pair, capsys):
    old, new = corpus_pair
    redline, html, changes = tmp_path / "r.docx", tmp_path / "d.html", tmp_path / "c.json"
    code = run_cli(["compare", str(old), str(new), "-o", str(redline), "--html", str(html),
                    "--json", str(changes), "--author-a", "Canada", "--author-b", "India"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Article 7: for more than 60 -> 36 months" in out
    assert "Article 4, moved after Article 6: text unchanged" in out
    assert paragraph_texts(redline, "accepted") == document_text(read_document(new))
    assert paragraph_texts(redline, "original") == document_text(read_document(old))
    assert count_revisions(redline)["moveTo"] >= 1
    data = json.loads(changes.read_text(encoding="utf-8"))
    assert data["format"] == "bla-assistant/compare-changes" and data["version"] == 1
    moved = [c for c in data["changes"] if c["moved"]]
    assert [(c["old"][0]["number"], c["new"][0]["number"]) for c in moved] == [("4", "4")]
    # (The .txt and .docx readers may split a few definition lines differently: look for our
    # edit rather than assume it is the only one.)
    edit = next(e for c in data["changes"] for e in c["edits"] if e["old"] == "60")
    assert (edit["new"], edit["after"]) == ("36", "months")
    page = html.read_text(encoding="utf-8")
    assert "<del>60</del>" in page and "<ins>36</ins>" in page


def _project(refund_days: int, extra: bool) -> Project:
    project = Project(
        title={"en": "Agreement on domestic workers"}, agreement_type="BLA",
        party_a=Party(name={"en": "the Republic of Kenya"}, short_name={"en": "Kenya"},
                      role="origin"),
        party_b=Party(name={"en": "the State of Qatar"}, short_name={"en": "Qatar"},
                      role="destination"),
    )
    project.articles.append(Article(uid="fees", clause_id="bla.fair_recruitment_no_fees",
                                    variant="protective",
                                    parameters={"refund_days": refund_days}))
    if extra:
        project.articles.append(Article(uid="data", free_text={
            "en": "The Parties shall exchange data on recruitment every six months."},
            heading={"en": "Data sharing"}))
    project.articles.append(Article(uid="final", free_text={
        "en": "This Agreement enters into force on signature."},
        heading={"en": "Entry into force"}))
    return project


def test_compare_two_project_files(tmp_path, capsys):
    old, new = tmp_path / "a.bla.yaml", tmp_path / "b.bla.yaml"
    save_project(_project(30, extra=False), old, keep_backup=False)
    save_project(_project(60, extra=True), new, keep_backup=False)
    redline = tmp_path / "r.docx"
    assert run_cli(["compare", str(old), str(new), "-o", str(redline)]) == 0
    out = capsys.readouterr().out
    assert "new Article 2 on data sharing" in out
    assert "30 -> 60" in out
    assert "Article 3 (was 2)" not in out.split("renumbered")[0]
    assert count_revisions(redline)["ins"] >= 2


@pytest.mark.parametrize("argv, message", [
    (["missing.txt", "{b}"], "missing.txt: no such file"),
    (["{a}", "{b}", "-o", "{tmp}/red.pdf"], "give a name ending in .docx"),
    (["{a}", "{b}", "-o", "{a}"], "refusing to overwrite an input draft"),
])
def test_bad_input_is_named_with_a_way_out(tmp_path, capsys, argv, message):
    a = corpus_file("canada-india-2012.txt")
    b = corpus_file("canada-japan-2006.txt")
    args = [x.format(a=a, b=b, tmp=tmp_path) for x in argv]
    assert run_cli(["compare", *args]) == 2
    assert message in capsys.readouterr().err


def test_compare_files_reports_progress_and_can_be_cancelled(library):
    from bla_assistant.core.compare.compare_files import CompareCancelled, compare_files

    a = corpus_file("canada-india-2012.txt")
    seen = []
    result = compare_files(a, a, library, progress=lambda f, m: seen.append((f, m)))
    assert [f for f, _ in seen] == sorted(f for f, _ in seen) and seen[-1][0] == 1.0
    assert result.summary_lines == ["no differences in text"]
    calls = iter([False, True])
    with pytest.raises(CompareCancelled):
        compare_files(a, a, library, should_cancel=lambda: next(calls))
