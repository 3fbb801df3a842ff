"""First page: the three jobs, the example projects and the recent files, each one click away."""

from __future__ import annotations

from pathlib import Path

from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import (
    QColor,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)


def example_projects() -> list[Path]:
    try:
        from bla_assistant.core.resources import data_folder

        folder = data_folder("examples")
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    # Not glob(): its pattern compiles a regular expression, on the path to the first paint.
    return sorted(p for p in folder.iterdir() if p.name.endswith(".bla.yaml"))


# Colours through the palette, not style sheets: the first style sheet switches the whole
# window to Qt's style-sheet engine, a cost paid before the first paint.
def _grey(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(palette.ColorRole.WindowText, QColor("#444444"))
    widget.setPalette(palette)


def _link_look(button: QPushButton) -> None:
    palette = button.palette()
    palette.setColor(palette.ColorRole.ButtonText, QColor("#1f4e79"))
    button.setPalette(palette)
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)


def _centred(item: QWidget | QHBoxLayout) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    if isinstance(item, QWidget):
        row.addWidget(item)
    else:
        row.addLayout(item)
    row.addStretch(1)
    return row


class WelcomePage(QWidget):
    """Input: the texts of the window's commands it shows, by name, and the recent files.
    Output: commandRequested(name), openRequested(path), exampleRequested(path).

    It paints before the window's QActions exist: its buttons follow their command's enabled
    state once `follow(actions)` is called."""

    commandRequested = Signal(str)
    openRequested = Signal(object)
    exampleRequested = Signal(object)

    def __init__(self, commands: dict[str, str], recent: list[str], parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        title = QLabel(tr("Welcome to BLA Assistant"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(tr("Bilateral labour agreements and social security agreements: "
                             "draft, check and compare, offline."))
        _grey(subtitle)
        # Centred by stretches rather than Qt.AlignmentFlag: this page is painted first, and
        # the first use of PySide6's `Qt` namespace costs the start-up tens of milliseconds.
        outer.addLayout(_centred(title))
        outer.addLayout(_centred(subtitle))
        outer.addSpacing(16)
        # One row of boxes: a box layout, as a grid would lay them out (one Qt class less to
        # load before the first paint).
        jobs_row = QHBoxLayout()
        jobs = (
            (tr("Draft an agreement"),
             tr("Start from the checklists: the essential elements come ready as articles."),
             ("new", "open")),
            (tr("Check a received draft"),
             tr("Import the other party's Word file: see what is missing or weak, and why."),
             ("import_draft",)),
            (tr("Compare two drafts"),
             tr("Two rounds side by side, article by article, with a redline for Word."),
             ("compare_files",)),
        )
        self.buttons: dict[str, QPushButton] = {}
        for heading, text, names in jobs:
            box = QGroupBox(heading)
            box.setFixedWidth(290)
            layout = QVBoxLayout(box)
            label = QLabel(text)
            label.setWordWrap(True)
            _grey(label)
            layout.addWidget(label)
            for name in names:
                button = QPushButton(commands[name].replace("&", ""))
                button.clicked.connect(lambda _c=False, n=name: self.commandRequested.emit(n))
                layout.addWidget(button)
                self.buttons[name] = button
            layout.addStretch(1)
            jobs_row.addWidget(box)
        outer.addLayout(_centred(jobs_row))
        outer.addSpacing(12)
        self.example_buttons = self._file_row(outer, tr("Examples:"), example_projects(),
                                              self.exampleRequested)
        self.recent_buttons = self._file_row(
            outer, tr("Recent:"), [Path(p) for p in recent[:4] if Path(p).is_file()],
            self.openRequested)
        outer.addStretch(2)

    def follow(self, actions: dict) -> None:
        """Each button enabled as its command's action is, from now on."""
        for name, button in self.buttons.items():
            action = actions[name]
            button.setEnabled(action.isEnabled())
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))

    def _file_row(self, outer, label: str, paths: list[Path], signal) -> list[QPushButton]:
        if not paths:
            return []
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(label))
        buttons = []
        for path in paths:
            button = QPushButton(path.name.removesuffix(".bla.yaml"))
            button.setFlat(True)
            _link_look(button)
            button.setToolTip(str(path))
            button.clicked.connect(lambda _c=False, p=path, s=signal: s.emit(p))
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        outer.addLayout(row)
        return buttons
