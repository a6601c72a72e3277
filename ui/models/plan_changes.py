"""The changes a returned action plan would make: field-by-field changes and new actions, for the preview.

Both models take plain values from `readiness.excel.plan_import` (a
`FieldChange` or a `NewAction` per row); `ChangeRole` hands back that value
and `SORT_ROLE` gives the proxy text, dates and numbers to sort on.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from readiness.model import ActionStatus
from ui.labels import status_label
from ui.models.row_table import RowTableModel

if TYPE_CHECKING:
    from readiness.excel.plan_import import FieldChange, NewAction

ChangeRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3


def field_label(field: str) -> str:
    from ui.labels import translate

    return {
        "owner": translate("labels", "Owner"),
        "due": translate("labels", "Due"),
        "status": translate("labels", "Status"),
        "cost_estimate": translate("labels", "Cost estimate"),
        "notes": translate("labels", "Notes"),
    }.get(field, field)


def value_text(field: str, value: Any) -> str:
    """A stored or returned value as the user typed it in the sheet."""
    from ui.labels import translate

    if value is None or value == "":
        return translate("labels", "(empty)")
    if field == "status":
        return status_label(ActionStatus(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return str(value)


def _cell(where: str) -> str:
    """'Action Plan!H7' reads better as 'Action Plan H7' in a narrow column; the sort keeps the full text."""
    return where.replace("!", " ")


class PlanChangeModel(RowTableModel["FieldChange"]):
    """One row per changed field: item, action, field, old value, new value, who, cell."""

    COL_ITEM, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW, COL_WHO, COL_CELL = range(7)

    set_changes = RowTableModel.set_rows
    change_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Item"),
            self.tr("Action"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Who"),
            self.tr("Cell"),
        )

    def cell_data(self, change: FieldChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, change)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(column, change) if column in (self.COL_ACTION, self.COL_OLD, self.COL_NEW) else None
        if role == SORT_ROLE:
            return self._sort_value(column, change)
        if role == ChangeRole:
            return change
        if role == ItemIdRole:
            return change.item_id
        return None

    def _display(self, column: int, change: FieldChange) -> str:
        if column == self.COL_ITEM:
            return change.item_id
        if column == self.COL_ACTION:
            return change.title
        if column == self.COL_FIELD:
            return field_label(change.field)
        if column == self.COL_OLD:
            return value_text(change.field, change.old)
        if column == self.COL_NEW:
            return value_text(change.field, change.new)
        if column == self.COL_WHO:
            return change.who
        return _cell(change.where)

    def _sort_value(self, column: int, change: FieldChange) -> Any:
        if column in (self.COL_OLD, self.COL_NEW):  # one type per column: dates and costs sort as padded text
            value = change.old if column == self.COL_OLD else change.new
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, (int, float)):
                return f"{float(value):020.2f}"
        if column == self.COL_CELL:
            return _cell_order(change.where)
        return self._display(column, change).casefold()


class NewActionModel(RowTableModel["NewAction"]):
    """One row per new action: item, action, owner, due, status, cost, cell."""

    COL_ITEM, COL_ACTION, COL_OWNER, COL_DUE, COL_STATUS, COL_COST, COL_CELL = range(7)

    set_actions = RowTableModel.set_rows
    new_action_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Item"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Cost"),
            self.tr("Cell"),
        )

    def cell_data(self, new: NewAction, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, new)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ACTION:
            return new.action.title
        if role == SORT_ROLE:
            if column == self.COL_DUE:
                return new.action.due.toordinal() if new.action.due else 10**7
            if column == self.COL_COST:
                return -1.0 if new.action.cost_estimate is None else new.action.cost_estimate
            if column == self.COL_CELL:
                return _cell_order(new.where)
            return self._display(column, new).casefold()
        if role == ChangeRole:
            return new
        if role == ItemIdRole:
            return new.item_id
        return None

    def _display(self, column: int, new: NewAction) -> str:
        action = new.action
        if column == self.COL_ITEM:
            return new.item_id
        if column == self.COL_ACTION:
            return action.title
        if column == self.COL_OWNER:
            return action.owner
        if column == self.COL_DUE:
            return action.due.isoformat() if action.due else ""
        if column == self.COL_STATUS:
            return status_label(action.status)
        if column == self.COL_COST:
            return "" if action.cost_estimate is None else value_text("cost_estimate", action.cost_estimate)
        return _cell(new.where)


def _cell_order(where: str) -> str:
    """Sheet, row number, column letters: 'Action Plan!H12' sorts after 'Action Plan!H7'."""
    sheet, _, cell = where.rpartition("!")
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return f"{sheet}\t{int(digits) if digits else 0:09d}{letters:>3}"
