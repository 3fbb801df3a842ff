"""New agreement: type, parties, sector and languages, template; essential elements preselected."""

from __future__ import annotations

from dataclasses import dataclass, field

from bla_assistant.core.library.model import Checklist, ChecklistItem, Library, pick
from bla_assistant.core.project.commands import add_clause_article
from bla_assistant.core.project.model import AGREEMENT_TYPES, Party, Project
from bla_assistant.gui.i18n import N_, tr
from bla_assistant.gui.models.gap_item_model import severity_label
from bla_assistant.gui.qt import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

SECTORS = {"all": N_("All sectors"), "agriculture": N_("Agriculture"),
           "construction": N_("Construction"), "domestic_work": N_("Domestic work"),
           "health_care": N_("Health care"), "hospitality": N_("Hospitality"),
           "manufacturing": N_("Manufacturing"), "seafarers": N_("Seafarers")}


@dataclass
class WizardChoices:
    agreement_type: str = "BLA"
    title: str = ""
    party_a: str = ""
    party_b: str = ""
    party_a_short: str = ""
    party_b_short: str = ""
    a_role: str = "origin"
    sector: str = "all"
    languages: list[str] = field(default_factory=lambda: ["en"])
    checklist_id: str = ""
    elements: list[str] = field(default_factory=list)
    word_template: str = ""


def checklists_for(library: Library, agreement_type: str) -> list[Checklist]:
    """Checklists that apply; the main one for the type first, lens checklists last."""
    wanted = "BLA" if agreement_type == "MoU" else agreement_type
    found = [c for c in library.checklists.values()
             if wanted in c.applies_to or agreement_type in c.applies_to]
    return sorted(found, key=lambda c: (c.lens is not None, c.applies_to[:1] != (wanted,),
                                        c.id))


def clause_for(item: ChecklistItem, library: Library) -> tuple[str, str | None] | None:
    """The clause (and variant) that fills a checklist item, if the library has one."""
    for ref in item.clauses:
        if ref.clause in library.clauses:
            return ref.clause, ref.variant
    found = library.clauses_for_element(item.element_id)
    return (found[0].id, None) if found else None


def build_project(choices: WizardChoices, library: Library) -> Project:
    """The new project, with one article per chosen element, added through the core commands."""
    lang = choices.languages[0] if choices.languages else "en"
    b_role = {"origin": "destination", "destination": "origin"}.get(choices.a_role, "")
    is_ssa = choices.agreement_type == "SSA"
    project = Project(
        title={lang: choices.title} if choices.title else {},
        agreement_type=choices.agreement_type,
        party_a=Party(name={"": choices.party_a}, short_name={"": choices.party_a_short},
                      role="" if is_ssa else choices.a_role),
        party_b=Party(name={"": choices.party_b}, short_name={"": choices.party_b_short},
                      role="" if is_ssa else b_role),
        languages=list(choices.languages) or ["en"],
        sector=choices.sector,
        word_template=choices.word_template,
    )
    checklist = library.checklists.get(choices.checklist_id)
    items = {i.element_id: i for i in checklist.items} if checklist else {}
    for element_id in choices.elements:
        item = items.get(element_id)
        found = clause_for(item, library) if item else None
        if found is None:
            clauses = library.clauses_for_element(element_id)
            found = (clauses[0].id, None) if clauses else None
        if found is not None:
            add_clause_article(project, found[0], found[1], library=library)
    return project


class NewAgreementWizard(QWizard):
    def __init__(self, library: Library, lang: str = "en", parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.setWindowTitle(tr("New Agreement"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 480)
        self.addPage(self._type_page())
        self.addPage(self._parties_page())
        self.addPage(self._scope_page())
        self.addPage(self._template_page())

    def _type_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(tr("Kind of agreement"))
        page.setSubTitle(tr("The kind decides which checklists and clauses apply."))
        form = QFormLayout(page)
        self.type_box = QComboBox()
        names = {"BLA": tr("Bilateral labour agreement (BLA)"),
                 "MoU": tr("Memorandum of understanding on labour (MoU)"),
                 "SSA": tr("Social security agreement (SSA)")}
        for key in AGREEMENT_TYPES:
            self.type_box.addItem(names.get(key, key), key)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("e.g. Agreement on the recruitment of workers"))
        form.addRow(tr("Type:"), self.type_box)
        form.addRow(tr("Working title:"), self.title_edit)
        return page

    def _parties_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(tr("Parties"))
        page.setSubTitle(tr("The two States as they will be named in the text."))
        form = QFormLayout(page)
        self.party_a = QLineEdit()
        self.party_a.setPlaceholderText(tr("e.g. the Republic of Ghana"))
        self.party_a_short = QLineEdit()
        self.party_b = QLineEdit()
        self.party_b.setPlaceholderText(tr("e.g. the State of Qatar"))
        self.party_b_short = QLineEdit()
        self.role_box = QComboBox()
        self.role_box.addItem(tr("Party A sends workers (country of origin)"), "origin")
        self.role_box.addItem(tr("Party A receives workers (country of destination)"),
                              "destination")
        form.addRow(tr("Party A:"), self.party_a)
        form.addRow(tr("Short name:"), self.party_a_short)
        form.addRow(tr("Party B:"), self.party_b)
        form.addRow(tr("Short name:"), self.party_b_short)
        form.addRow(tr("Role:"), self.role_box)
        page.registerField("party_a*", self.party_a)
        page.registerField("party_b*", self.party_b)
        return page

    def _scope_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(tr("Sector and languages"))
        form = QFormLayout(page)
        self.sector_box = QComboBox()
        for sector, label in SECTORS.items():
            self.sector_box.addItem(tr(label), sector)
        self.lang_en = QCheckBox("English")
        self.lang_fr = QCheckBox("Français")
        (self.lang_fr if self.lang == "fr" else self.lang_en).setChecked(True)
        form.addRow(tr("Sector:"), self.sector_box)
        form.addRow(tr("Languages:"), self.lang_en)
        form.addRow("", self.lang_fr)
        return page

    def _template_page(self) -> QWizardPage:
        wizard = self

        class TemplatePage(QWizardPage):
            def initializePage(self) -> None:
                wizard._fill_checklists()

        page = TemplatePage()
        page.setTitle(tr("Template and elements"))
        page.setSubTitle(tr("Essential elements of the checklist are ticked; untick what the "
                            "agreement will not cover."))
        layout = QVBoxLayout(page)
        self.template_edit = QLineEdit()
        self.template_edit.setPlaceholderText(tr("Our standard template"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(browse)
        layout.addWidget(QLabel(tr("Word template of your ministry (optional):")))
        layout.addLayout(template_row)
        self.checklist_box = QComboBox()
        self.checklist_box.currentIndexChanged.connect(self._fill_elements)
        self.elements = QListWidget()
        self.no_checklist = QLabel()
        self.no_checklist.setWordWrap(True)
        layout.addWidget(QLabel(tr("Checklist:")))
        layout.addWidget(self.checklist_box)
        layout.addWidget(self.no_checklist)
        layout.addWidget(self.elements, 1)
        return page

    def _browse_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Word template"), "",
                                                tr("Word document (*.docx *.dotx)"))
        if chosen:
            self.template_edit.setText(chosen)

    def _fill_checklists(self) -> None:
        self.checklist_box.blockSignals(True)
        self.checklist_box.clear()
        for checklist in checklists_for(self.library, self.type_box.currentData()):
            self.checklist_box.addItem(pick(checklist.title, self.lang), checklist.id)
        self.checklist_box.blockSignals(False)
        self._fill_elements()

    def _fill_elements(self) -> None:
        self.elements.clear()
        checklist = self.library.checklists.get(self.checklist_box.currentData() or "")
        agreement_type = self.type_box.currentData()
        if checklist is None:
            self.no_checklist.setText(tr("No checklist in the library covers this kind of "
                                         "agreement yet; the project starts empty."))
            return
        self.no_checklist.setText("")
        for item in checklist.items_for(agreement_type):
            severity = item.severity_for(agreement_type) or ""
            found = clause_for(item, self.library)
            label = pick(item.question, self.lang)
            row = QListWidgetItem(f"[{severity_label(severity)}] {label}")
            row.setData(Qt.ItemDataRole.UserRole, item.element_id)
            if found is None:
                row.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Unchecked)
                row.setToolTip(tr("No clause for this element in the library yet."))
            else:
                row.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                row.setCheckState(Qt.CheckState.Checked if severity == "essential"
                                  else Qt.CheckState.Unchecked)
            self.elements.addItem(row)

    def choices(self) -> WizardChoices:
        languages = [code for code, box in (("en", self.lang_en), ("fr", self.lang_fr))
                     if box.isChecked()] or ["en"]
        elements = []
        for row in range(self.elements.count()):
            item = self.elements.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                elements.append(item.data(Qt.ItemDataRole.UserRole))
        return WizardChoices(
            agreement_type=self.type_box.currentData(), title=self.title_edit.text().strip(),
            party_a=self.party_a.text().strip(), party_b=self.party_b.text().strip(),
            party_a_short=self.party_a_short.text().strip(),
            party_b_short=self.party_b_short.text().strip(),
            a_role=self.role_box.currentData(), sector=self.sector_box.currentData(),
            languages=languages, checklist_id=self.checklist_box.currentData() or "",
            elements=elements, word_template=self.template_edit.text().strip())
