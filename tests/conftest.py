"""Shared test setup.

Under CI=true a test that would skip because a dependency is missing fails instead: CI must
install everything the suite needs (see .ci/run).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
if not SHARED.is_dir():  # worktrees and CI clones may sit elsewhere; fall back to the known path
    SHARED = Path("/work/shared")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Tests never touch the user's real settings or recovery files."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("BLA_ASSISTANT_CONFIG", str(config))
    monkeypatch.setenv("BLA_ASSISTANT_CACHE", str(tmp_path_factory.mktemp("cache")))


def require(condition: bool, reason: str) -> None:
    """Skip when a dependency is missing locally; fail under CI=true."""
    if condition:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"missing dependency in CI: {reason}")
    pytest.skip(reason)


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def soffice() -> str:
    path = soffice_path()
    require(path is not None, "LibreOffice (soffice) is not installed")
    return path


@pytest.fixture
def shared_dir() -> Path:
    require(SHARED.is_dir(), f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def library():
    from bla_assistant.core.library.loader import load_library

    return load_library()
