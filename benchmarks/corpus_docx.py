"""Turn a corpus text (one block per article, labels typed, 4-space indentation per level) into
a .docx the way a ministry would type it: one Word paragraph per line, heading lines in bold,
levels as left indentation. Used by the accuracy benchmark and the corpus tests."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Inches


def corpus_text(path: Path) -> str:
    """The agreement text without the `# key: value` metadata lines some files start with."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("# "):
        lines.pop(0)
    return "\n".join(lines)


def text_to_docx(text: str, out: Path) -> Path:
    document = Document()
    first_of_block = True
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            first_of_block = True
            continue
        stripped = line.lstrip()
        level = (len(line) - len(stripped)) // 4
        paragraph = document.add_paragraph()
        run = paragraph.add_run(stripped)
        if first_of_block and level == 0 and len(stripped.split()) <= 20:
            run.bold = True
        if level:
            paragraph.paragraph_format.left_indent = Inches(0.5 * level)
        first_of_block = False
    document.save(str(out))
    return out
