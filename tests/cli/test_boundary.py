"""The core never imports Qt, and the CLI's quick paths stay quick."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
    )


def test_version_does_not_import_qt():
    result = _run_python(
        "import sys\n"
        "from bla_assistant.main import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "finally:\n"
        "    print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')\n"
    )
    assert result.returncode == 0, result.stderr
    assert "bla-assistant" in result.stdout
    assert result.stdout.strip().endswith("NOQT")


def test_core_and_cli_import_without_qt():
    result = _run_python(
        "import sys, pkgutil, importlib, bla_assistant.core, bla_assistant.cli\n"
        "for pkg in (bla_assistant.core, bla_assistant.cli):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "from bla_assistant.cli.main import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint_imports)], cwd=root, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def test_import_linter_contracts_hold():
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_import_linter_catches_qt_in_the_core(tmp_path):
    shutil.copytree(REPO / "bla_assistant", tmp_path / "bla_assistant",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "bla_assistant" / "core" / "sneaky.py").write_text(
        "from PySide6 import QtCore\n", encoding="utf-8"
    )
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "The core never imports Qt BROKEN" in result.stdout
