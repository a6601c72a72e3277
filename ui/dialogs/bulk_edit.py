"""Bulk edit of the selected items: level or not applicable (with its reason), owner, priority, due date.

Each field is changed only when its box is ticked; everything is applied as
one undo step. Setting a level makes the items applicable again, as choosing
a level in the editor does; marking them not applicable needs a reason,
which is stored as the user's own words on every item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from readiness.codes import Level, Priority
from ui.labels import level_label, level_meaning, priority_label
from ui.plain_text import make_plain
from ui.theme import status_color
from ui.widgets.fields import DateField
from ui.widgets.screen_fit import fit_to_screen

NOT_APPLICABLE = "na"


class BulkEditDialog(QDialog):
    """`ask` returns the field changes to apply to every selected item, or None."""

    def __init__(self, parent: QWidget | None, *, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %n selected item(s)", "", count))
        self.setMinimumWidth(460)
        self.set_level = QCheckBox(self.tr("Set &level"), self)
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("New level"))
        self.level.addItem(level_label(None), None)
        for level in Level:
            self.level.addItem(level_label(level), int(level))
            self.level.setItemData(self.level.count() - 1, level_meaning(level), Qt.ItemDataRole.ToolTipRole)
        self.level.addItem(self.tr("Not applicable"), NOT_APPLICABLE)
        self.na_reason = QLineEdit(self)
        self.na_reason.setAccessibleName(self.tr("Why the items do not apply"))
        self.na_reason.setPlaceholderText(self.tr("Why these items do not apply to the company"))
        self.na_label = QLabel(self.tr("N/A &reason:"), self)
        self.na_label.setBuddy(self.na_reason)
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
        for box, field in (
            (self.set_level, self.level),
            (self.set_owner, self.owner),
            (self.set_priority, self.priority),
            (self.set_due, self.due),
        ):
            field.setEnabled(False)
            box.toggled.connect(field.setEnabled)
        self.owner.textEdited.connect(lambda _t: self.set_owner.setChecked(True))
        self.problem = QLabel(self)
        make_plain(self.problem)
        self.problem.setStyleSheet(f"color: {status_color('bad').name()}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The change is saved at once and can be undone in one step."), self))
        form.addRow(self.set_level, self.level)
        form.addRow(self.na_label, self.na_reason)
        form.addRow(self.set_owner, self.owner)
        form.addRow(self.set_priority, self.priority)
        form.addRow(self.set_due, self.due)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for signal in (self.set_level.toggled, self.level.currentIndexChanged, self.na_reason.textChanged):
            signal.connect(self._check)
        self._check()
        fit_to_screen(self)

    def _marking_not_applicable(self) -> bool:
        return self.set_level.isChecked() and self.level.currentData() == NOT_APPLICABLE

    def _check(self) -> None:
        marking = self._marking_not_applicable()
        self.na_reason.setVisible(marking)
        self.na_label.setVisible(marking)
        missing = marking and not self.na_reason.text().strip()
        self.problem.setText(self.tr("Say why these items do not apply.") if missing else "")
        self.problem.setVisible(missing)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    def changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if self._marking_not_applicable():
            changes.update(not_applicable=True, na_reason=self.na_reason.text().strip())
        elif self.set_level.isChecked():
            value = self.level.currentData()
            changes.update(level=None if value is None else Level(value), not_applicable=False, na_basis=None)
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
