"""Read a plain-text draft: one paragraph per line, indentation gives the level."""

from __future__ import annotations

import re
from pathlib import Path

from bla_assistant.core.documents.blocks import Block
from bla_assistant.core.documents.errors import DocumentReadError

MAX_TEXT_BYTES = 100 * 1024 * 1024


def decode_text(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Drafts saved on older Windows machines are often cp1252 (Western European).
        return data.decode("cp1252", errors="replace")


def read_text_blocks(path: Path) -> list[Block]:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise DocumentReadError(path, f"is {size // (1024 * 1024)} MB of text, too large.",
                                    "Split it into smaller files.")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentReadError(path, f"cannot be opened ({exc.strerror}).",
                                "Check that the file exists and that you may read it.") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentReadError(path, "is a binary file, not plain text.",
                                "Save it as .txt (UTF-8) or .docx and try again.")
    return text_to_blocks(decode_text(data))


_LABEL = re.compile(r"^(\(?[0-9ivxlc]{1,5}[.)]|\(?[a-z]{1,2}\)|[-–•*]\s)", re.I)


def text_to_blocks(text: str) -> list[Block]:
    """One block per line; a hard-wrapped line joins the one before it (it starts in lower
    case after a long line that does not end a sentence)."""
    blocks: list[Block] = []
    previous_blank = True
    for raw in text.splitlines():
        line = raw.replace("\t", "    ").rstrip()
        stripped = line.lstrip()
        if not stripped:
            previous_blank = True
            continue
        clean = " ".join(stripped.split())
        level = (len(line) - len(stripped)) // 4
        if (blocks and not previous_blank and clean[0].islower() and not _LABEL.match(clean)
                and level == blocks[-1].level
                and len(blocks[-1].text) >= 40 and blocks[-1].text[-1] not in ".:;!?"):
            blocks[-1].text = f"{blocks[-1].text} {clean}"
        else:
            blocks.append(Block(text=clean, level=level))
        previous_blank = False
    return blocks
