"""Collect the interface strings into Qt .ts catalogues and compile them to .qm.

Every literal passed to `tr(...)` or `N_(...)` under bla_assistant/gui/ is a source string.
Existing translations in the .ts file are kept; new strings come in marked "unfinished".
Compiling needs `pyside6-lrelease` (shipped with PySide6). Run:
    PYTHONPATH=. .venv/bin/python scripts/update_translations.py [--check]
--check exits 1 when a string has no translation (the test suite runs the same check).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "bla_assistant" / "gui"
TRANSLATIONS = GUI / "translations"
CONTEXT = "BlaAssistant"
LANGUAGES = ("fr",)


def source_strings(folder: Path = GUI) -> dict[str, str]:
    """Source text -> first place it appears ("file:line")."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("tr", "N_") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(node.args[0].value, where)
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"bla_assistant_{lang}.ts"


def read_ts(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "obsolete":
            out[source] = translation.text
    return out


def write_ts(path: Path, lang: str, strings: dict[str, str], known: dict[str, str]) -> int:
    root = ET.Element("TS", version="2.1", language=lang)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = 0
    for source, where in sorted(strings.items(), key=lambda kv: kv[1]):
        message = ET.SubElement(context, "message")
        file, _, line = where.rpartition(":")
        ET.SubElement(message, "location", filename=file, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
        else:
            translation.set("type", "unfinished")
            missing += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def main(argv: list[str]) -> int:
    strings = source_strings()
    status = 0
    for lang in LANGUAGES:
        path = ts_path(lang)
        known = read_ts(path)
        if "--check" in argv:
            missing = sorted(set(strings) - set(known))
            for source in missing:
                print(f"{strings[source]}: no {lang} translation for {source!r}")
            status |= bool(missing)
            continue
        missing = write_ts(path, lang, strings, known)
        print(f"{path.relative_to(ROOT)}: {len(strings)} strings, {missing} untranslated")
        tool = lrelease()
        if tool is None:
            print("pyside6-lrelease not found: .qm not rebuilt", file=sys.stderr)
            return 1
        subprocess.run([tool, "-silent", str(path), "-qm", str(path.with_suffix(".qm"))],
                       check=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
