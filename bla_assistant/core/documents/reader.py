"""Read a draft (.docx, .docm, .txt, .odt, .doc) into a DraftDocument.

Entry point for the gap check, the clarity check and the comparer. Core code: plain
`progress(fraction, message)` and `should_cancel()` callables, no Qt.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bla_assistant.core.documents.article_splitter import split_articles
from bla_assistant.core.documents.blocks import Block, Progress, ShouldCancel
from bla_assistant.core.documents.docx_reader import read_docx_blocks
from bla_assistant.core.documents.errors import DocumentReadError, ReadCancelled
from bla_assistant.core.documents.language import detect_language
from bla_assistant.core.documents.model import DraftDocument
from bla_assistant.core.documents.office_convert import convert_to_docx
from bla_assistant.core.documents.safe_zip import OLE_MAGIC, sniff
from bla_assistant.core.documents.text_reader import read_text_blocks, text_to_blocks

WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
CONVERTED_SUFFIXES = {".odt", ".doc", ".rtf", ".ott"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUPPORTED = sorted(WORD_SUFFIXES | CONVERTED_SUFFIXES | TEXT_SUFFIXES)

__all__ = ["DocumentReadError", "ReadCancelled", "read_document", "document_from_text",
           "SUPPORTED"]


def read_document(path: Path | str, progress: Progress | None = None,
                  should_cancel: ShouldCancel | None = None) -> DraftDocument:
    path = Path(path)
    if not path.exists():
        raise DocumentReadError(path, "does not exist.", "Check the file name and folder.")
    if path.is_dir():
        raise DocumentReadError(path, "is a folder, not a document.",
                                "Give a .docx, .odt, .doc or .txt file.")
    suffix = path.suffix.lower()
    warnings: list[str] = []
    title = ""
    words: int | None = None
    if suffix in TEXT_SUFFIXES:
        blocks = read_text_blocks(path)
    elif suffix in WORD_SUFFIXES:
        blocks, title, words = _docx(path, path, warnings, progress, should_cancel)
    elif suffix in CONVERTED_SUFFIXES:
        if suffix == ".doc" and sniff(path) != OLE_MAGIC and sniff(path)[:2] == b"PK":
            # A .docx saved with the wrong extension: read it directly.
            blocks, title, words = _docx(path, path, warnings, progress, should_cancel)
        else:
            if progress:
                progress(0.0, f"Converting {path.name} with LibreOffice")
            with tempfile.TemporaryDirectory(prefix="bla-convert-") as tmp:
                converted = convert_to_docx(path, Path(tmp))
                blocks, title, words = _docx(converted, path, warnings, progress,
                                             should_cancel)
    else:
        raise DocumentReadError(
            path, f"has the extension '{suffix or '(none)'}', which cannot be read.",
            f"Save it as one of: {', '.join(SUPPORTED)}.")
    return _build(path, blocks, title, warnings, progress, words)


def document_from_text(text: str, title: str = "") -> DraftDocument:
    """A DraftDocument from plain text (projects rendered to text, tests)."""
    return _build(None, text_to_blocks(text), title, [], None)


def _docx(path: Path, shown: Path, warnings: list[str], progress: Progress | None,
          should_cancel: ShouldCancel | None) -> tuple[list[Block], str, int]:
    """The blocks, the title and the number of words of a Word package."""
    try:
        result = read_docx_blocks(path, progress, should_cancel)
    except DocumentReadError as exc:
        if path != shown:
            raise DocumentReadError(shown, exc.problem, exc.advice) from exc
        raise
    if result.has_macros:
        warnings.append("The file contains macros; they were ignored (never run).")
    if result.images and not result.blocks:
        warnings.append(f"The document holds {result.images} image(s) and no text: it may be "
                        "a scan. Ask for a text version or run it through OCR first.")
    elif result.images:
        warnings.append(f"{result.images} image(s) skipped: text inside images is not read.")
    return result.blocks, result.title, result.words


def _build(path: Path | None, blocks: list[Block], title: str, warnings: list[str],
           progress: Progress | None, words: int | None = None) -> DraftDocument:
    """`words`: the number of words in the blocks when the reader counted them already."""
    if progress:
        progress(0.85, "Finding articles")
    found_title, articles = split_articles(blocks)
    text = "\n".join(b.text for b in blocks)
    if not blocks and not any("image" in w for w in warnings):
        warnings.append("The document is empty: it holds no text.")
    elif blocks and not any(a.kind == "article" for a in articles):
        warnings.append("No article headings were found; the whole text is treated as one block.")
    doc = DraftDocument(path=path, title=title or found_title or (path.stem if path else ""),
                        articles=articles, language=detect_language(text), warnings=warnings,
                        word_count=len(text.split()) if words is None else words)
    if progress:
        progress(1.0, "Read")
    return doc
