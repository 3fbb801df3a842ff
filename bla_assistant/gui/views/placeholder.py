"""A calm empty state: what this pane is for and what to do next."""

from __future__ import annotations

from bla_assistant.gui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, actions=(), parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setStyleSheet("color: #444")
        # A fixed width lets the wrapped label compute its real height (no clipped lines).
        body.setFixedWidth(520)
        layout.addWidget(heading)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.text().replace("&", ""))
            button.setMinimumWidth(260)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)
        layout.addStretch(2)
        self.heading = heading
        self.body = body
