"""Work the main window leaves until after its first paint, one step per event-loop turn."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from bla_assistant.gui.qt import QEvent, QObject, QTimer, QWidget


class StartupQueue(QObject):
    """Steps wait for the widget's first Paint, then run one per event-loop turn, so input and
    repaints get in between them. `finish()` runs what is left at once (--smoke, screenshots).

    A step must be safe to find its work already done: whatever it builds may have been built
    on demand before its turn came (a view the user opened first).
    """

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._steps: deque[Callable[[], object]] = deque()
        self._painted = False
        self._scheduled = False
        widget.installEventFilter(self)

    @property
    def done(self) -> bool:
        return not self._steps

    def add(self, step: Callable[[], object]) -> None:
        self._steps.append(step)
        self._schedule()

    def finish(self) -> None:
        while self._steps:
            self._steps.popleft()()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._painted = True
            self._schedule()
        return False

    def _schedule(self) -> None:
        if self._painted and self._steps and not self._scheduled:
            self._scheduled = True
            # With self as context: a window closed meanwhile drops its pending steps.
            QTimer.singleShot(0, self, self._run_next)

    def _run_next(self) -> None:
        self._scheduled = False
        if not self._steps:
            return
        step = self._steps.popleft()
        try:
            step()
        finally:
            self._schedule()
