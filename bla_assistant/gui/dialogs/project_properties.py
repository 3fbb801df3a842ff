"""Agreement properties: title, parties, sector, languages; each change is one undoable command."""

from __future__ import annotations

from bla_assistant.core.project.model import Project, text_in
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)


class ProjectPropertiesDialog(QDialog):
    def __init__(self, project: Project, lang: str, parent=None):
        super().__init__(parent)
        self.project, self.lang = project, lang
        self.setWindowTitle(tr("Agreement Properties"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.title = QLineEdit(text_in(project.title, lang))
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        form.addRow(tr("Title:"), self.title)
        for key, party in (("A", project.party_a), ("B", project.party_b)):
            for name, label in (("name", tr("Party %1:")), ("short_name", tr("Short name:")),
                                ("competent_authority", tr("Competent authority:"))):
                edit = QLineEdit(text_in(getattr(party, name), lang))
                self.fields[(key, name)] = edit
                form.addRow(label.replace("%1", key), edit)
        self.lang_en = QCheckBox("English")
        self.lang_fr = QCheckBox("Français")
        self.lang_en.setChecked("en" in project.languages)
        self.lang_fr.setChecked("fr" in project.languages)
        form.addRow(tr("Languages:"), self.lang_en)
        form.addRow("", self.lang_fr)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def commands(self) -> list[tuple[str, dict]]:
        """The core commands that turn the project into what the form shows."""
        project, lang = self.project, self.lang
        out: list[tuple[str, dict]] = []
        if self.title.text().strip() != text_in(project.title, lang):
            out.append(("set_project_field", {"name": "title", "value": self.title.text().strip(),
                                              "lang": lang}))
        for (key, name), edit in self.fields.items():
            value = edit.text().strip()
            if value != text_in(getattr(project.party(key), name), lang):
                # A name typed once serves every language unless one was set per language.
                where = lang if lang in getattr(project.party(key), name) else ""
                out.append(("set_party_field", {"party": key, "name": name, "value": value,
                                                "lang": where}))
        languages = [c for c, box in (("en", self.lang_en), ("fr", self.lang_fr))
                     if box.isChecked()]
        if languages and languages != project.languages:
            out.append(("set_project_field", {"name": "languages", "value": languages}))
        return out
