"""A gap report's items as a table; the proxy filters by checklist and status."""

from __future__ import annotations

from bla_assistant.gui.i18n import N_, tr
from bla_assistant.gui.models.object_table_model import ObjectTableModel
from bla_assistant.gui.qt import (
    ObjectRole,
    QBrush,
    QColor,
    QSortFilterProxyModel,
    Qt,
)

STATUS_COLOURS = {"missing": "#a33a2a", "weak": "#8a6d1f", "present": "#2e6b30"}
SEVERITY_ORDER = {"essential": 0, "recommended": 1}
STATUS_ORDER = {"missing": 0, "weak": 1, "present": 2}


def status_label(status: str) -> str:
    return {"missing": tr("Missing"), "weak": tr("Weak"), "present": tr("Present")}.get(
        status, status)


def severity_label(severity: str) -> str:
    return {"essential": tr("Essential"), "recommended": tr("Recommended")}.get(
        severity, severity or "—")


class GapItemModel(ObjectTableModel):
    HEADERS = (N_("Severity"), N_("Status"), N_("Checklist item"), N_("Where"),
               N_("Suggested clause"))

    def __init__(self, clause_title=None, parent=None):
        super().__init__(parent)
        self.report = None
        # clause id -> title in the interface language (the library lives outside the model)
        self.clause_title = clause_title or (lambda clause_id: clause_id)

    def set_report(self, report) -> None:
        self.report = report
        self._set_rows(report.items if report is not None else [])

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ObjectRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return severity_label(item.severity)
            if column == 1:
                return status_label(item.status)
            if column == 2:
                return item.question
            if column == 3:
                return ", ".join(e.label or (f"Art. {e.article}" if e.article else e.heading)
                                 for e in item.evidence[:3])
            return self.clause_title(item.suggestion) if item.suggestion else ""
        if role == Qt.ItemDataRole.UserRole + 5:  # sort key
            if column == 0:  # essential gaps first, then recommended ones
                return SEVERITY_ORDER.get(item.severity, 9) * 10 + STATUS_ORDER.get(
                    item.status, 9)
            if column == 1:
                return STATUS_ORDER.get(item.status, 9)
            return self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor(STATUS_COLOURS.get(item.status, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and item.suggestion:
                return item.suggestion
            return item.question + (f"\n{item.reason}" if item.reason else "")
        return None


class GapFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.checklist = ""
        self.hide_present = False
        self.setSortRole(Qt.ItemDataRole.UserRole + 5)

    def set_filter(self, checklist: str, hide_present: bool) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.checklist, self.hide_present = checklist, hide_present
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.checklist, self.hide_present = checklist, hide_present
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        item = self.sourceModel().index(source_row, 0, source_parent).data(ObjectRole)
        if item is None:
            return False
        if self.checklist and item.checklist != self.checklist:
            return False
        return not (self.hide_present and item.status == "present")
