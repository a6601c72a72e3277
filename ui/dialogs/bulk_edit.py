"""Bulk edit of the selected items: owner, priority and due date, applied as one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from readiness.model import Priority
from ui.labels import priority_label
from ui.widgets.fields import DateField
from ui.widgets.screen_fit import fit_to_screen


class BulkEditDialog(QDialog):
    """Each field is changed only when its box is ticked; `ask` returns the changes or None."""

    def __init__(self, parent: QWidget | None, *, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %n selected item(s)", "", count))
        self.setMinimumWidth(420)
        self.set_owner = QCheckBox(self.tr("Set &owner"), self)
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("New owner"))
        self.set_priority = QCheckBox(self.tr("Set &priority"), self)
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("New priority"))
        self.priority.addItem(priority_label(None), None)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority.value)
        self.set_due = QCheckBox(self.tr("Set &due date"), self)
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("New due date"))
        for box, field in ((self.set_owner, self.owner), (self.set_priority, self.priority), (self.set_due, self.due)):
            field.setEnabled(False)
            box.toggled.connect(field.setEnabled)
        self.owner.textEdited.connect(lambda _t: self.set_owner.setChecked(True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The change is saved at once and can be undone in one step."), self))
        form.addRow(self.set_owner, self.owner)
        form.addRow(self.set_priority, self.priority)
        form.addRow(self.set_due, self.due)
        form.addRow(buttons)
        fit_to_screen(self)

    def changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if self.set_owner.isChecked():
            changes["owner"] = self.owner.text().strip()
        if self.set_priority.isChecked():
            value = self.priority.currentData()
            changes["priority"] = None if value is None else Priority(value)
        if self.set_due.isChecked():
            changes["due"] = self.due.date()
        return changes

    @classmethod
    def ask(cls, parent: QWidget | None, *, count: int) -> dict[str, Any] | None:
        dialog = cls(parent, count=count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.changes() or None
