"""The library's load problems: shown, never fatal."""

from __future__ import annotations

from bla_assistant.core.library.problems import Problem
from bla_assistant.gui.models.problem_list_model import ProblemListModel
from bla_assistant.gui.qt import QListView, QVBoxLayout, QWidget


class ProblemsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ProblemListModel(parent=self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)

    def set_problems(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)
