"""Add or edit one action: title, owner, due date, status, cost estimate, notes."""

from __future__ import annotations

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

from readiness.model import Action, ActionStatus
from ui.labels import status_label
from ui.widgets.fields import DateField


class ActionDialog(QDialog):
    """A small form for one action; `ask` returns the edited Action or None."""

    def __init__(self, parent: QWidget | None, *, title: str, action: Action | None = None) -> None:
        super().__init__(parent)
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
        self.title_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self._load(action)

    def _load(self, action: Action | None) -> None:
        action = action or Action(title="x")
        self.title_edit.setText("" if self.original is None else action.title)
        self.owner.setText(action.owner)
        self.due.load(action.due)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.cost.setValue(-1 if action.cost_estimate is None else action.cost_estimate)
        self.notes.setPlainText(action.notes)
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

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
    def ask(cls, parent: QWidget | None, *, title: str, action: Action | None = None) -> Action | None:
        dialog = cls(parent, title=title, action=action)
        return dialog.action() if dialog.exec() == QDialog.DialogCode.Accepted else None
