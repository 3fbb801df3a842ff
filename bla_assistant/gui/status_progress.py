"""Progress and Cancel in the status bar for whatever runs on the worker pool."""

from __future__ import annotations

from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class StatusProgress(QWidget):
    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.clicked.connect(runner.cancel_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        runner.started.connect(self.task_started)
        runner.ended.connect(self._ended)
        self.hide()

    def task_started(self, task) -> None:
        task.signals.progress.connect(self.set_progress)
        self.bar.setValue(0)
        self.label.setText("")
        self.show()

    def _ended(self, _task) -> None:
        if not self.runner.active:
            self.hide()

    def set_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 100))
        if message:
            self.label.setText(message[:60])
