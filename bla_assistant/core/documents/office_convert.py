"""Convert .odt and legacy .doc drafts to .docx through LibreOffice headless, when installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from bla_assistant.core.documents.errors import DocumentReadError

CONVERT_TIMEOUT_S = 180


def soffice_executable() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(path: Path, out_dir: Path, soffice: str | None = None) -> Path:
    """Return the converted .docx in `out_dir`; DocumentReadError names the file when it fails."""
    exe = soffice or soffice_executable()
    kind = path.suffix.lower().lstrip(".")
    if exe is None:
        raise DocumentReadError(
            path, f"is a .{kind} file, which needs LibreOffice to be read, and LibreOffice is "
            "not installed.",
            "Install LibreOffice (libreoffice.org) or save the file as .docx in your word "
            "processor and open that instead.")
    with tempfile.TemporaryDirectory(prefix="bla-lo-") as profile:
        # Each conversion gets its own profile: concurrent conversions otherwise fail silently.
        command = [exe, "--headless", "--norestore",
                   f"-env:UserInstallation={Path(profile).as_uri()}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(path)]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DocumentReadError(path, f"could not be converted by LibreOffice ({exc}).",
                                    "Save it as .docx in your word processor and try again."
                                    ) from exc
    result = out_dir / (path.stem + ".docx")
    if not result.is_file():
        raise DocumentReadError(
            path, f"could not be converted by LibreOffice (the .{kind} file may be damaged or "
            "password-protected).", "Open it in your word processor and save it as .docx.")
    return result
