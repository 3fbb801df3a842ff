"""The open project: its file, its undo stack, and the one door every edit goes through."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from bla_assistant.core.project.commands import Changes, Command, CommandError
from bla_assistant.core.project.model import Project
from bla_assistant.gui.qt import QObject, QUndoStack, Signal
from bla_assistant.gui.undo_commands import CoreUndoCommand


class ProjectSession(QObject):
    """Signals out: changed(Changes) after every edit, undo and redo; replaced() on open/new."""

    changed = Signal(object)
    replaced = Signal()
    refused = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.project: Project | None = None
        self.path: Path | None = None
        # True for a project never saved to its file (new from the wizard, or recovered).
        self._unsaved = False

    @property
    def is_open(self) -> bool:
        return self.project is not None

    @property
    def is_dirty(self) -> bool:
        return self.project is not None and (self._unsaved or not self.undo_stack.isClean())

    def replace(self, project: Project | None, path: Path | None = None,
                dirty: bool = False) -> None:
        self.undo_stack.clear()
        self.project = project
        # A big project is tens of thousands of long-lived objects: keep them out of the
        # cyclic collector's full passes, which would otherwise freeze the window for a moment.
        gc.freeze()
        self.path = path
        self._unsaved = dirty
        self.replaced.emit()

    def execute(self, command_name: str, /, **kwargs: Any) -> Changes | None:
        """Apply a core command and record it for undo; a refused edit is reported, not raised."""
        if self.project is None:
            self.refused.emit("no project is open")
            return None
        command = Command(command_name, kwargs)
        try:
            changes = command.apply(self.project)
        except CommandError as exc:
            self.refused.emit(str(exc))
            return None
        self.undo_stack.push(CoreUndoCommand(self.project, changes, command, self._notify))
        self._notify(changes)
        return changes

    def _notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self._unsaved = False
        self.undo_stack.setClean()

