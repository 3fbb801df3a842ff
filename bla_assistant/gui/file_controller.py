"""New / Open / Save / Save As, the unsaved-changes prompt, autosave and recovery.

Reading and writing project files runs on the worker pool; only the snapshot of the project
(plain data, no live objects) is taken on the GUI thread, so the file work never races an edit.
"""

from __future__ import annotations

from pathlib import Path

from bla_assistant.core.project.model import Project, text_in
from bla_assistant.core.project.project_data import project_from_data, project_to_data
from bla_assistant.core.project.project_errors import ProjectFileError
from bla_assistant.core.project.project_file import SUFFIX, dump_project, load_project, save_project
from bla_assistant.gui import recovery
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QObject, QTimer, Signal


def _fail(where, message):
    return ValueError(f"{'.'.join(map(str, where))}: {message}")


def _load_task(progress, should_cancel, path: Path) -> Project:
    from bla_assistant.gui.workers.project_loader import load_project_responsively

    progress(0.05, str(path))
    return load_project_responsively(path, progress, should_cancel)


def _save_task(progress, should_cancel, data: dict, path: Path) -> Path:
    save_project(project_from_data(data, _fail), path)
    return path


def _autosave_task(progress, should_cancel, data: dict, original: Path | None) -> Path:
    return recovery.write_recovery(dump_project(project_from_data(data, _fail)), original)


class FileController(QObject):
    """Needs the window's session, task runner, prompter and settings. Signal out: opened(path)."""

    opened = Signal(object)
    saved = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.runner = window.runner
        self.context = window.context
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        minutes = max(1, self.context.settings.autosave_minutes)
        self.autosave_timer.start(minutes * 60_000)
        self.loading = False

    @property
    def prompts(self):
        return self.window.prompts

    def display_name(self) -> str:
        if self.session.path is not None:
            return self.session.path.name
        project = self.session.project
        return text_in(project.title, self.context.lang) if project else tr("Untitled")

    # --- closing
    def maybe_close(self) -> bool:
        """True when the current project may be replaced or the app may quit."""
        if not self.session.is_dirty:
            return True
        answer = self.prompts.save_changes(self.display_name())
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save(blocking=True)
        recovery.clear_recovery()
        return True

    # --- open
    def open(self, path: Path | None = None, interactive: bool = True) -> bool:
        if interactive and not self.maybe_close():
            return False
        if path is None:
            path = self.prompts.open_path(tr("Open project"))
            if path is None:
                return False
        path = Path(path)
        if not interactive:
            return self._opened(load_project(path), path)
        self.loading = True
        self.window.show_busy(tr("Opening %1…").replace("%1", path.name))
        self.runner.run("open", _load_task, path=path,
                        on_done=lambda project: self._opened(project, path),
                        on_cancel=self._load_cancelled)
        return True

    def _load_cancelled(self) -> None:
        self.loading = False

    def _opened(self, project: Project, path: Path) -> bool:
        self.loading = False
        self.session.replace(project, path)
        self.context.settings.add_recent(path)
        self.context.save_settings()
        self.opened.emit(path)
        return True

    def open_blocking(self, path: Path) -> bool:
        """Open now, showing a located error when the file is bad (command line, recent files)."""
        try:
            return self._opened(load_project(path), Path(path))
        except (ProjectFileError, OSError) as exc:
            self.prompts.error(tr("Cannot open project"), str(exc))
            return False

    # --- save
    def save(self, blocking: bool = False) -> bool:
        if self.session.project is None:
            return False
        if self.session.path is None:
            return self.save_as(blocking)
        return self._write(self.session.path, blocking)

    def save_as(self, blocking: bool = False) -> bool:
        if self.session.project is None:
            return False
        suggested = self.display_name().replace("/", "-")
        if not suggested.endswith(SUFFIX):
            suggested += SUFFIX
        path = self.prompts.save_path(tr("Save project as"), suggested)
        if path is None:
            return False
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name + SUFFIX)
        return self._write(path, blocking)

    def _write(self, path: Path, blocking: bool) -> bool:
        project = self.session.project
        clean_index = self.session.undo_stack.index()
        if blocking:
            try:
                save_project(project, path)
            except OSError as exc:
                self.prompts.error(tr("Cannot save project"), f"{path}: {exc}")
                return False
            self._saved(path, clean_index)
            return True
        data = project_to_data(project)
        self.window.show_busy(tr("Saving %1…").replace("%1", path.name))
        self.runner.run("save", _save_task, writes=True, data=data, path=path,
                        on_done=lambda p: self._saved(p, clean_index))
        return True

    def _saved(self, path: Path, clean_index: int) -> None:
        self.session.path = path
        self.session._unsaved = False
        # Edits made while the file was written stay unsaved.
        if self.session.undo_stack.index() == clean_index:
            self.session.undo_stack.setClean()
        self.context.settings.add_recent(path)
        self.context.save_settings()
        recovery.clear_recovery()
        self.window.statusBar().showMessage(tr("Saved %1").replace("%1", str(path)), 5000)
        self.saved.emit(path)

    # --- autosave and recovery
    def autosave(self) -> None:
        if not self.session.is_dirty:
            return
        data = project_to_data(self.session.project)
        self.runner.run("autosave", _autosave_task, writes=True, data=data,
                        original=self.session.path, on_done=lambda _p: None)

    def offer_recovery(self) -> bool:
        pending = recovery.pending_recovery()
        if pending is None:
            return False
        path, when, original = pending
        if not self.prompts.recover(when or tr("an earlier session"), original):
            recovery.clear_recovery()
            return False
        try:
            project = load_project(path)
        except (ProjectFileError, OSError) as exc:
            self.prompts.error(tr("Recovery failed"), str(exc))
            return False
        self.session.replace(project, Path(original) if original else None, dirty=True)
        return True
