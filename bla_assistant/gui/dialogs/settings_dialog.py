"""Settings: interface language, autosave interval, author name for comments."""

from __future__ import annotations

from bla_assistant.core.settings import Settings
from bla_assistant.gui.i18n import LANGUAGES, tr
from bla_assistant.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.autosave = QSpinBox()
        self.autosave.setRange(1, 30)
        self.autosave.setSuffix(" min")
        self.autosave.setValue(settings.autosave_minutes)
        self.author = QLineEdit(settings.author)
        form.addRow(tr("Interface language:"), self.language)
        form.addRow(tr("Autosave every:"), self.autosave)
        form.addRow(tr("Your name (for comments):"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply(self, settings: Settings) -> None:
        settings.language = self.language.currentData()
        settings.autosave_minutes = self.autosave.value()
        settings.author = self.author.text().strip()
