"""Add or edit one action: title, owner, due date, status, cost estimate, notes.

A new action starts with the defaults it is given (the item's owner and due
date). OK stays disabled while the title is empty or the due date is text
that is not a date. The dialog fits the screen it opens on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from readiness.codes import ActionStatus
from readiness.model import Action
from ui.labels import status_label
from ui.widgets.fields import DateField, suggest_names
from ui.widgets.screen_fit import fit_to_screen


class ActionDialog(QDialog):
    """A small form for one action; `ask` returns the edited Action or None."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        action: Action | None = None,
        defaults: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.defaults = dict(defaults or {})
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.original = action
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Action title"))
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("Action owner"))
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Action due date"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Action status"))
        for status in ActionStatus:
            self.status.addItem(status_label(status), status.value)
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(-1, 1e12)
        self.cost.setDecimals(0)
        self.cost.setSingleStep(1000)
        self.cost.setSpecialValueText(self.tr("Not estimated"))
        self.cost.setAccessibleName(self.tr("Cost estimate"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Action notes"))
        self.notes.setMaximumHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Action:"), self.title_edit)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Due:"), self.due)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Cost estimate:"), self.cost)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self.due.validity_changed.connect(self._update_ok)
        self._load(action)
        fit_to_screen(self)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()) and self.due.is_valid())

    def _load(self, action: Action | None) -> None:
        action = action or Action(title="x", **self.defaults)
        self.title_edit.setText("" if self.original is None else action.title)
        self.owner.setText(action.owner)
        self.due.load(action.due)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.cost.setValue(-1 if action.cost_estimate is None else action.cost_estimate)
        self.notes.setPlainText(action.notes)
        self._update_ok()

    def action(self) -> Action:
        base = self.original or Action(title="x")
        return base.model_copy(
            update={
                "title": self.title_edit.text().strip(),
                "owner": self.owner.text().strip(),
                "due": self.due.date(),
                "status": ActionStatus(self.status.currentData()),
                "cost_estimate": None if self.cost.value() < 0 else self.cost.value(),
                "notes": self.notes.toPlainText(),
            }
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        title: str,
        action: Action | None = None,
        defaults: dict[str, Any] | None = None,
        owners: list[str] | None = None,
    ) -> Action | None:
        dialog = cls(parent, title=title, action=action, defaults=defaults)
        suggest_names(dialog.owner, owners or [])
        return dialog.action() if dialog.exec() == QDialog.DialogCode.Accepted else None
