"""The one wrapper over QSettings: window geometry and dock state, stored beside settings.yaml."""

from __future__ import annotations

from bla_assistant.core.settings import config_dir
from bla_assistant.gui.qt import QSettings

LAYOUT_FILE = "window-layout.ini"


def _store() -> QSettings:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / LAYOUT_FILE), QSettings.Format.IniFormat)


def restore(window) -> None:
    store = _store()
    geometry = store.value("geometry")
    state = store.value("windowState")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)


def save(window) -> None:
    store = _store()
    store.setValue("geometry", window.saveGeometry())
    store.setValue("windowState", window.saveState())
    store.sync()
