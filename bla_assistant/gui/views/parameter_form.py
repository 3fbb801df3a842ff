"""A form generated from a clause's parameters, with the clause's own limits as validation."""

from __future__ import annotations

import re
from typing import Any

from bla_assistant.core.library.model import Clause, Parameter, pick
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    Signal,
)

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BIG = 1_000_000_000


def check_value(parameter: Parameter, value: Any) -> tuple[str, str]:
    """(level, message): level "error" blocks the edit, "warning" only flags it."""
    if value in (None, ""):
        return "warning", tr("No value: the draft shows a placeholder.")
    if parameter.type == "date" and not DATE.match(str(value)):
        return "error", tr("Write the date as YYYY-MM-DD.")
    if parameter.type in ("integer", "number", "money") and isinstance(value, int | float):
        if parameter.min is not None and value < parameter.min:
            return "error", tr("Must be at least %1.").replace("%1", f"{parameter.min:g}")
        if parameter.max is not None and value > parameter.max:
            return "error", tr("Must be at most %1.").replace("%1", f"{parameter.max:g}")
        if parameter.unusual_above is not None and value > parameter.unusual_above:
            return "warning", tr("Unusually high (above %1): check the note.").replace(
                "%1", f"{parameter.unusual_above:g}")
        if parameter.unusual_below is not None and value < parameter.unusual_below:
            return "warning", tr("Unusually low (below %1): check the note.").replace(
                "%1", f"{parameter.unusual_below:g}")
    if parameter.choices and value not in parameter.choices:
        return "error", tr("Choose one of the listed values.")
    return "", ""


class ParameterForm(QWidget):
    """Input: set_clause(clause, values, lang). Output: parameterEdited(name, value)."""

    parameterEdited = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self._parameters: dict[str, Parameter] = {}

    def set_clause(self, clause: Clause | None, values: dict[str, Any], lang: str) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.editors, self.messages, self._parameters = {}, {}, {}
        if clause is None:
            return
        for parameter in clause.parameters:
            self._parameters[parameter.name] = parameter
            editor = self._editor(parameter)
            message = QLabel()
            message.setWordWrap(True)
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(editor)
            if parameter.unit:
                box.addWidget(QLabel(parameter.unit))
            box.addWidget(message, 1)
            label = QLabel(pick(parameter.label, lang) + ":")
            label.setWordWrap(True)
            label.setToolTip(pick(parameter.help, lang))
            editor.setToolTip(pick(parameter.help, lang))
            self.layout_.addRow(label, row)
            self.editors[parameter.name] = editor
            self.messages[parameter.name] = message
        self.set_values(values)

    def _editor(self, parameter: Parameter) -> QWidget:
        name = parameter.name
        if parameter.choices:
            box = QComboBox()
            for choice in parameter.choices:
                box.addItem(str(choice), choice)
            box.activated.connect(lambda _i, b=box, n=name: self._edited(n, b.currentData()))
            return box
        if parameter.type == "integer":
            spin = QSpinBox()
            spin.setRange(int(parameter.min if parameter.min is not None else -BIG),
                          int(parameter.max if parameter.max is not None else BIG))
            spin.editingFinished.connect(lambda s=spin, n=name: self._edited(n, s.value()))
            return spin
        if parameter.type in ("number", "money"):
            spin = QDoubleSpinBox()
            spin.setDecimals(2)
            spin.setRange(parameter.min if parameter.min is not None else -BIG,
                          parameter.max if parameter.max is not None else BIG)
            spin.editingFinished.connect(lambda s=spin, n=name: self._edited(n, s.value()))
            return spin
        if parameter.type == "boolean":
            check = QCheckBox()
            check.clicked.connect(lambda on, n=name: self._edited(n, bool(on)))
            return check
        line = QLineEdit()
        if parameter.type == "date":
            line.setPlaceholderText("YYYY-MM-DD")
        line.editingFinished.connect(lambda e=line, n=name: self._edited(n, e.text().strip()))
        return line

    def set_values(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            value = values.get(name)
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QSpinBox) and isinstance(value, int | float):
                editor.setValue(int(value))
            elif isinstance(editor, QDoubleSpinBox) and isinstance(value, int | float):
                editor.setValue(float(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QLineEdit) and editor.text() != str(value or ""):
                editor.setText("" if value is None else str(value))
            editor.blockSignals(False)
            self._show_check(name, value)

    def _show_check(self, name: str, value: Any) -> str:
        level, message = check_value(self._parameters[name], value)
        label = self.messages[name]
        label.setText(message)
        label.setStyleSheet({"error": "color: #a33a2a", "warning": "color: #8a6d1f"}.get(level, ""))
        return level

    def _edited(self, name: str, value: Any) -> None:
        if self._show_check(name, value) == "error":
            return
        self.parameterEdited.emit(name, None if value == "" else value)
