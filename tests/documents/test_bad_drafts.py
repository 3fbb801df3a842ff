"""Each bad input gets a DocumentReadError naming the file and saying what to do."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from bla_assistant.core.documents import office_convert
from bla_assistant.core.documents.errors import DocumentReadError, ReadCancelled
from bla_assistant.core.documents.reader import read_document
from bla_assistant.core.documents.safe_zip import OLE_MAGIC
from tests.docx_factory import W_NS, p, write_docx


def _error(path: Path) -> str:
    with pytest.raises(DocumentReadError) as info:
        read_document(path)
    message = str(info.value)
    assert path.name in message
    return message


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_text("Dear colleague, this is plain text with a .docx name.")
    assert "not a Word document" in _error(path)


def test_truncated_zip(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", p("Article 1 — Scope") + p("Text " * 2000))
    data = good.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    message = _error(path)
    assert "damaged" in message or "truncated" in message


def test_encrypted_word_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    # Word saves password-protected .docx as an OLE compound file holding EncryptedPackage.
    path.write_bytes(OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"))
    assert "password-protected" in _error(path)


def test_legacy_doc_without_libreoffice(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(office_convert, "soffice_executable", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(OLE_MAGIC + b"\x00" * 600)
    message = _error(path)
    assert "LibreOffice" in message and "not installed" in message


def test_zip_bomb_refused_from_declared_sizes(tmp_path: Path, monkeypatch) -> None:
    path = write_docx(tmp_path / "bomb.docx", p("Article 1") + p("x"),
                      {"word/media/zeros.bin": b"\x00" * (30 * 1024 * 1024)})
    expanded: list[str] = []
    original_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        expanded.append(getattr(name, "filename", name))
        return original_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    assert "zip bomb" in _error(path)
    assert expanded == []  # refused before anything was expanded


def test_external_entities_and_entity_expansion_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
           f"</w:body></w:document>")
    message = _error(write_docx(tmp_path / "xxe.docx", "", document=xxe))
    assert "DOCTYPE" in message and "TOP SECRET" not in message
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>'
              "</w:body></w:document>")
    assert "unsafe" in _error(write_docx(tmp_path / "laughs.docx", "", document=laughs))


def test_empty_document_warns(tmp_path: Path) -> None:
    doc = read_document(write_docx(tmp_path / "empty.docx", ""))
    assert doc.articles == []
    assert any("empty" in w for w in doc.warnings)
    zero = tmp_path / "zero.docx"
    zero.write_bytes(b"")
    assert "empty" in _error(zero)


def test_images_only_document_warns(tmp_path: Path) -> None:
    drawing = '<w:r><w:drawing/></w:r>'
    doc = read_document(write_docx(tmp_path / "scan.docx", p(inner=drawing) * 3))
    assert any("image" in w and "no text" in w for w in doc.warnings)


def test_missing_file_and_unknown_extension(tmp_path: Path) -> None:
    assert "does not exist" in _error(tmp_path / "nowhere.docx")
    odd = tmp_path / "draft.pdf"
    odd.write_bytes(b"%PDF-1.4")
    assert "cannot be read" in _error(odd)


def test_two_thousand_pages_with_progress_and_cancel(tmp_path: Path) -> None:
    # About 2,000 pages of 330 words: 400 articles of 6 paragraphs of 275 words.
    sentence = "The competent institution shall pay the benefit to the insured person. "
    body = "".join(p(f"Article {n} — Heading {n}") + p(sentence * 25) * 6 for n in range(1, 401))
    path = write_docx(tmp_path / "huge.docx", body)
    seen: list[float] = []
    doc = read_document(path, progress=lambda f, m: seen.append(f))
    assert len(doc.numbered_articles) == 400
    assert doc.word_count > 600_000
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 5
    with pytest.raises(ReadCancelled):
        read_document(path, should_cancel=lambda: True)


def test_odt_read_through_libreoffice(tmp_path: Path, soffice: str) -> None:
    import subprocess

    source = write_docx(tmp_path / "src.docx",
                        p("Article 1 — Scope") + p("Applies to pensions.")
                        + p("Article 2 — Entry into force") + p("On signature."))
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "odt", "--outdir", str(tmp_path / "odt"), str(source)],
                   check=True, capture_output=True, timeout=180)
    doc = read_document(tmp_path / "odt" / "src.odt")
    assert [a.number for a in doc.numbered_articles] == ["1", "2"]
    assert doc.article("1").text == "Applies to pensions."


def test_text_file_with_nul_bytes_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    assert "binary" in _error(path)


def test_zip_without_document_body(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    path = tmp_path / "other.docx"
    path.write_bytes(buffer.getvalue())
    assert "no Word document body" in _error(path)
