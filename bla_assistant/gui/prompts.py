"""Every question the app asks the user, in one replaceable object (tests answer for the user)."""

from __future__ import annotations

from pathlib import Path

from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QFileDialog, QMessageBox, QWidget

PROJECT_FILTER = "BLA Assistant projects (*.bla.yaml);;All files (*)"


class Prompter:
    def __init__(self, parent: QWidget):
        self.parent = parent

    def save_changes(self, name: str) -> str:
        """"save", "discard" or "cancel"."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.parent, tr("Unsaved changes"),
            tr("Save the changes to “%1” before closing?").replace("%1", name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def recover(self, when: str, original: str) -> bool:
        text = tr("BLA Assistant did not close normally. Unsaved work from %1 was kept%2. "
                  "Recover it?").replace("%1", when).replace(
                      "%2", f" ({original})" if original else "")
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self.parent, tr("Recover unsaved work"), text,
                                      buttons.Yes | buttons.No, buttons.Yes)
        return answer == buttons.Yes

    def open_path(self, caption: str, filters: str = PROJECT_FILTER) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, caption, "", filters)
        return Path(path) if path else None

    def save_path(self, caption: str, suggested: str, filters: str = PROJECT_FILTER) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, caption, suggested, filters)
        return Path(path) if path else None

    def error(self, title: str, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)


class HeadlessPrompter:
    """For --smoke and --screenshot: nobody is there to answer, so nothing waits for an answer."""

    def __init__(self, stream=None):
        import sys

        self.stream = stream or sys.stderr

    def save_changes(self, name: str) -> str:
        return "discard"

    def recover(self, when: str, original: str) -> bool:
        return False

    def open_path(self, caption: str, filters: str = PROJECT_FILTER) -> Path | None:
        return None

    def save_path(self, caption: str, suggested: str, filters: str = PROJECT_FILTER) -> Path | None:
        return None

    def error(self, title: str, message: str, details: str = "") -> None:
        print(f"error: {title}: {message}", file=self.stream)

    def info(self, title: str, message: str) -> None:
        print(f"{title}: {message}", file=self.stream)
