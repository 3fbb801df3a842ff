"""Each example's Word output opened by a real client: LibreOffice converts it to PDF and text."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid

import pytest
from conftest import require, soffice_path
from docx_helpers import EXAMPLES

from bla_assistant.core.drafting.docx_writer import DraftOptions, write_draft
from bla_assistant.core.drafting.render import numbered_articles
from bla_assistant.core.project.model import text_in
from bla_assistant.core.project.project_file import load_project

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

CASES = [(p, None) for p in EXAMPLES] + [
    (p, ("fr", "en")) for p in EXAMPLES if "social-security" in p.name]


def _case_id(case) -> str:
    path, bilingual = case
    return path.name.split(".")[0] + ("-bilingual" if bilingual else "")


def _convert(soffice: str, files: list, fmt: str, outdir, tmp_path) -> None:
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{profile}",
         "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
        capture_output=True, text=True, timeout=240,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def converted(library, tmp_path_factory):
    """{case id: (project, bilingual, pdf text, txt export)} for every example."""
    soffice = soffice_path()
    require(soffice is not None, "LibreOffice (soffice) is not installed")
    tmp = tmp_path_factory.mktemp("lo")
    docs = {}
    for case in CASES:
        path, bilingual = case
        out = tmp / f"{_case_id(case)}.docx"
        write_draft(load_project(path), library, out, DraftOptions(bilingual=bilingual))
        docs[_case_id(case)] = out
    _convert(soffice, list(docs.values()), "pdf", tmp / "pdf", tmp)
    _convert(soffice, list(docs.values()), "txt:Text", tmp / "txt", tmp)
    pdftotext = shutil.which("pdftotext")
    results = {}
    for case in CASES:
        name = _case_id(case)
        pdf = tmp / "pdf" / f"{name}.pdf"
        txt = tmp / "txt" / f"{name}.txt"
        assert pdf.stat().st_size > 10_000, f"{name}: PDF missing or empty"
        assert txt.stat().st_size > 1_000, f"{name}: text export missing or empty"
        pdf_text = ""
        if pdftotext:
            pdf_text = subprocess.run([pdftotext, "-layout", str(pdf), "-"],
                                      capture_output=True, text=True, check=True).stdout
        results[name] = (load_project(case[0]), case[1], pdf_text,
                         txt.read_text(encoding="utf-8-sig"))
    return results


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_article_numbers_are_resolved_and_in_order(converted, library, case):
    project, bilingual, _, text = converted[_case_id(case)]
    count = len(numbered_articles(project, library))
    labels = [int(n) for n in re.findall(r"^\s*Article (\d+)\s*$", text, flags=re.M)]
    expected = list(range(1, count + 1))
    if bilingual:  # two columns, each numbered 1..N; the export reads row by row
        assert sorted(labels) == sorted(expected * 2)
        assert labels[::2] == expected and labels[1::2] == expected
    else:
        assert labels == expected


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_points_and_paragraphs_are_numbered_by_the_list(converted, case):
    _, _, _, text = converted[_case_id(case)]
    assert re.search(r"^\s*1\.\s", text, flags=re.M)
    assert re.search(r"^\s*\(a\)\s", text, flags=re.M)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_page_numbers_and_toc_show(converted, case):
    require_pdftotext()
    project, bilingual, pdf_text, _ = converted[_case_id(case)]
    lang = bilingual[0] if bilingual else project.languages[0]
    word = "sur" if lang == "fr" else "of"
    pages = re.findall(rf"Page (\d+) {word} (\d+)", pdf_text)
    assert pages and pages[0][0] == "1"
    assert len({total for _, total in pages}) == 1 and int(pages[0][1]) == len(pages)
    assert ("Contents" in pdf_text) or ("Table des matières" in pdf_text)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_signature_block_holds_both_parties(converted, case):
    project, bilingual, _, text = converted[_case_id(case)]
    lang = bilingual[0] if bilingual else project.languages[0]
    flat = " ".join(text.split())
    for party in (project.party_a, project.party_b):
        assert party.signatory.name in flat
        assert " ".join(text_in(party.name, lang).split()) in flat


def require_pdftotext() -> None:
    require(shutil.which("pdftotext") is not None, "poppler-utils (pdftotext) is not installed")
