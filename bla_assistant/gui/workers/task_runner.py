"""One way to run work off the GUI thread: QThreadPool, progress, cancel, errors routed once.

Core functions take plain `progress(fraction, message)` and `should_cancel()` callables (Orange's
TaskState); this helper turns them into Qt signals delivered on the GUI thread.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from bla_assistant.gui.qt import QObject, QRunnable, QThreadPool, Signal


class TaskCancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message, details
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], kwargs: dict[str, Any], name: str):
        super().__init__()
        self.fn = fn
        self.kwargs = kwargs
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the TaskRunner holds it until its signals are delivered

    def cancel(self) -> None:
        self._cancel.set()

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float, message: str = "") -> None:
        if self._cancel.is_set():
            raise TaskCancelled()
        self.signals.progress.emit(float(fraction), message)

    def run(self) -> None:
        try:
            result = self.fn(progress=self._progress, should_cancel=self.should_cancel,
                             **self.kwargs)
        except TaskCancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - every failure goes to the one error path
            if self._cancel.is_set():
                # Core functions raise their own "...Cancelled" when should_cancel() says so.
                self.signals.cancelled.emit()
                return
            self.signals.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


def plain(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Adapt a core function that takes no progress/cancel arguments."""

    def wrapper(progress, should_cancel, **kwargs):
        progress(0.0, "")
        result = fn(**kwargs)
        if should_cancel():
            raise TaskCancelled()
        progress(1.0, "")
        return result

    return wrapper


class TaskRunner(QObject):
    """Starts tasks; writes to the project go one at a time, reads run in parallel (Anki)."""

    started = Signal(object)  # Task
    ended = Signal(object)  # Task
    error = Signal(str, str, str)  # task name, message, details

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.active: list[Task] = []
        # Screenshots and scripted runs want results before they draw: run inline instead.
        self.synchronous = False
        self._gc_paused = False

    def run(self, name: str, fn: Callable[..., Any], *, on_done: Callable[[Any], None],
            on_progress: Callable[[float, str], None] | None = None,
            on_cancel: Callable[[], None] | None = None, writes: bool = False,
            **kwargs: Any) -> Task:
        task = Task(fn, kwargs, name)
        if self.synchronous:
            return self._run_inline(task, on_done, on_cancel)
        task.signals.finished.connect(lambda result: self._end(task, on_done, result))
        task.signals.failed.connect(lambda msg, details: self._fail(task, msg, details))
        task.signals.cancelled.connect(lambda: self._end(task, on_cancel))
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        self.active.append(task)
        self._pause_gc()
        self.started.emit(task)
        (self.write_pool if writes else self.pool).start(task)
        return task

    def _run_inline(self, task: Task, on_done, on_cancel) -> Task:
        try:
            result = task.fn(progress=lambda *_a: None, should_cancel=lambda: False,
                             **task.kwargs)
        except TaskCancelled:
            if on_cancel is not None:
                on_cancel()
            return task
        except Exception as exc:  # noqa: BLE001 - same single error path as pooled tasks
            self.error.emit(task.name, str(exc) or type(exc).__name__, traceback.format_exc())
            return task
        on_done(result)
        return task

    def _pause_gc(self) -> None:
        """A worker that builds a big project would otherwise trigger full collections, which
        hold the interpreter lock for half a second and freeze the window meanwhile."""
        if not self._gc_paused and gc.isenabled():
            gc.disable()
            self._gc_paused = True

    def _resume_gc(self) -> None:
        if self._gc_paused and not self.active:
            # What the tasks left alive is long-lived: keep it out of later full collections.
            gc.freeze()
            gc.enable()
            self._gc_paused = False

    def _end(self, task: Task, callback, *args) -> None:
        if task in self.active:
            self.active.remove(task)
        self._resume_gc()
        self.ended.emit(task)
        if callback is not None:
            callback(*args)

    def _fail(self, task: Task, message: str, details: str) -> None:
        self._end(task, None)
        self.error.emit(task.name, message, details)

    def cancel_all(self) -> None:
        for task in list(self.active):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs) and self.write_pool.waitForDone(msecs)
