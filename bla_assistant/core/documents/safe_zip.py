"""Open Office Open XML packages (zip files) without trusting them.

A .docx is a zip: it may be truncated, not a zip at all, an encrypted Word file (which Word stores
in an OLE compound file, not a zip), or a zip bomb. Sizes are checked from the declared entry sizes
before anything is expanded, and reads are capped in case the declarations lie.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from bla_assistant.core.documents.errors import DocumentReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Real agreements are a few MB of XML; 2,000 pages of text is about 40 MB of document.xml.
MAX_TOTAL_UNCOMPRESSED = 400 * 1024 * 1024
MAX_ENTRY_UNCOMPRESSED = 200 * 1024 * 1024
# Text XML compresses 10-30x; a ratio far above that on a large entry is a bomb.
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 5 * 1024 * 1024
MAX_ENTRIES = 10_000


def sniff(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise DocumentReadError(path, f"cannot be opened ({exc.strerror}).",
                                "Check that the file exists and that you may read it.") from exc


def is_ole(path: Path) -> bool:
    return sniff(path) == OLE_MAGIC


class SafeZip:
    """A zip opened after its declared sizes were checked; `read` caps what it expands."""

    def __init__(self, path: Path, what: str = "Word document") -> None:
        self.path = path
        head = sniff(path)
        if head == OLE_MAGIC:
            raise DocumentReadError(
                path,
                f"is password-protected (encrypted) or a legacy binary file, not a readable "
                f"{what}.",
                "Remove the password in Word (File > Info > Protect Document) and save it again "
                "as .docx.",
            )
        if not head:
            raise DocumentReadError(path, "is empty (0 bytes).",
                                    "Ask the sender for the file again.")
        if not zipfile.is_zipfile(path):
            raise DocumentReadError(
                path, f"is not a {what} (it is not a zip package) or it is damaged.",
                "Open it in Word or LibreOffice and save it again as .docx.")
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise DocumentReadError(path, f"is damaged or truncated ({exc}).",
                                    "Ask the sender for the file again.") from exc
        if len(infos) > MAX_ENTRIES:
            raise DocumentReadError(path, f"holds {len(infos)} parts, far more than a document.",
                                    "It was refused as a possible zip bomb.")
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if (info.file_size > MAX_ENTRY_UNCOMPRESSED or total > MAX_TOTAL_UNCOMPRESSED
                    or (info.file_size > RATIO_CHECK_ABOVE and ratio > MAX_RATIO)):
                raise DocumentReadError(
                    path,
                    f"declares {info.file_size:,} bytes for '{info.filename}' "
                    f"(compression ratio {ratio:.0f}:1); it was refused as a possible zip bomb.",
                    "Open it in Word and save a clean copy if you trust the sender.")
        self.names = {info.filename for info in infos}
        self._infos = {info.filename: info for info in infos}

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        limit = min(info.file_size, MAX_ENTRY_UNCOMPRESSED)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(limit + 1)
        except RuntimeError as exc:  # zipfile raises RuntimeError for encrypted entries
            raise DocumentReadError(self.path, "is password-protected.",
                                    "Remove the password and save it again.") from exc
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise DocumentReadError(self.path, f"is damaged or truncated ({exc}).",
                                    "Ask the sender for the file again.") from exc
        if len(data) > limit:
            raise DocumentReadError(self.path, f"part '{name}' expands beyond its declared size.",
                                    "It was refused as a possible zip bomb.")
        return data
