"""GUI test fixtures: offscreen Qt, a main window over the real library."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("pytestqt")


@pytest.fixture
def main_window(qtbot, library):
    from bla_assistant.core.settings import Settings
    from bla_assistant.gui.app_context import AppContext
    from bla_assistant.gui.main_window import MainWindow

    window = MainWindow(AppContext(Settings(), library))
    qtbot.addWidget(window)
    window.show()
    return window
