"""Core commands inside QUndoCommands: undo applies the inverse the core returned (Anki OpChanges).

The command is applied once before it is pushed (so a refused edit never reaches the stack);
after that redo and undo walk the chain of inverses, which keeps article uids stable.
"""

from __future__ import annotations

from collections.abc import Callable

from bla_assistant.core.project.commands import Changes, Command
from bla_assistant.core.project.model import Project
from bla_assistant.gui.qt import QUndoCommand

# Edits typed in a text box merge into one undo step per article and field.
_MERGEABLE = {"set_override": 1, "set_free_text": 2, "set_heading": 3, "set_notes": 4,
              "set_position": 5, "set_parameter": 6}


class CoreUndoCommand(QUndoCommand):
    def __init__(self, project: Project, changes: Changes, command: Command,
                 notify: Callable[[Changes], None]):
        super().__init__(changes.description)
        self._project = project
        self._notify = notify
        self._command = command
        self._undo = changes.inverse
        self._redo: Command | None = None
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # first push: already applied by the session
            self._applied = False
            return
        assert self._redo is not None
        changes = self._redo.apply(self._project)
        self._undo = changes.inverse
        self._notify(changes)

    def undo(self) -> None:
        if self._undo is None:
            return
        changes = self._undo.apply(self._project)
        self._redo = changes.inverse
        self._notify(changes)

    def _target(self) -> tuple:
        kwargs = self._command.kwargs
        return (kwargs.get("uid"), kwargs.get("name"), kwargs.get("lang"), kwargs.get("party"))

    def id(self) -> int:
        return _MERGEABLE.get(self._command.name, -1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CoreUndoCommand) or other._command.name != self._command.name:
            return False
        if other._target() != self._target():
            return False
        # Keep our inverse (the value before the first keystroke); the text now is other's.
        self._command = other._command
        return True
