"""What a returned action plan would do, for the preview: changed fields, new actions, conflicts and what is
not imported.

The models take plain values from `readiness.excel.plan_import` (a
`FieldChange`, `NewAction`, `FieldConflict` or `NotImported` per row);
`ChangeRole` hands back that value and `SORT_ROLE` gives the proxy text,
dates and numbers to sort on. `ConflictModel` is the one that can be
edited: the file's and the workspace's value of each conflict are checkable,
and checking one keeps it (`choices`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from readiness.codes import ActionStatus
from readiness.excel.plan_preview import Choice, Skip
from ui.labels import status_label
from ui.models.row_table import RowTableModel

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from readiness.excel.plan_import import FieldChange, FieldConflict, NewAction, NotImported

ChangeRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3


def field_label(field: str) -> str:
    from ui.labels import translate

    return {
        "title": translate("labels", "Action"),
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


class ItemNumbers:
    """Items named by the number the manager works with ("3.2"), not their id (which the tooltip keeps)."""

    numbers: Mapping[str, str] = MappingProxyType({})  # until `set_numbers`: ids

    def set_numbers(self, numbers: Mapping[str, str]) -> None:
        self.numbers = dict(numbers)

    def item_label(self, item_id: str) -> str:
        return self.numbers.get(item_id, item_id)

    def item_sort_key(self, item_id: str) -> str:
        """ "3.10" after "3.9": each part padded; an id without a number sorts after the numbered ones."""
        label = self.numbers.get(item_id)
        if label is None:
            return "~" + item_id
        return ".".join(part.zfill(4) for part in label.split("."))


class PlanChangeModel(ItemNumbers, RowTableModel["FieldChange"]):
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
            return self.item_label(change.item_id)
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
        if column == self.COL_ITEM:
            return self.item_sort_key(change.item_id)
        if column in (self.COL_OLD, self.COL_NEW):  # one type per column: dates and costs sort as padded text
            value = change.old if column == self.COL_OLD else change.new
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, (int, float)):
                return f"{float(value):020.2f}"
        if column == self.COL_CELL:
            return _cell_order(change.where)
        return self._display(column, change).casefold()


class NewActionModel(ItemNumbers, RowTableModel["NewAction"]):
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
            if column == self.COL_ITEM:
                return self.item_sort_key(new.item_id)
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
            return self.item_label(new.item_id)
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


class ConflictModel(ItemNumbers, RowTableModel["FieldConflict"]):
    """One row per field changed both in the file and in the app since the export; check the value to keep."""

    COL_ITEM, COL_ACTION, COL_FIELD, COL_EXPORTED, COL_FILE, COL_WORKSPACE, COL_CELL = range(7)
    choices_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices: dict[tuple[str, str], Choice] = {}

    set_conflicts = RowTableModel.set_rows
    conflict_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Item"),
            self.tr("Action"),
            self.tr("Field"),
            self.tr("Exported"),
            self.tr("In the file"),
            self.tr("In the workspace"),
            self.tr("Cell"),
        )

    def header_tooltips(self) -> tuple[str, ...] | None:
        keep = self.tr("Check the value to keep")
        return ("", "", "", self.tr("The value the plan was exported with"), keep, keep, "")

    @property
    def decided(self) -> bool:
        return all(c.key in self.choices for c in self._rows)

    def choose_all(self, choice: Choice) -> None:
        """Keep the same side of every conflict."""
        self.choices = {c.key: choice for c in self._rows}
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_FILE), self.index(len(self._rows) - 1, self.COL_WORKSPACE))
        self.choices_changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.COL_FILE, self.COL_WORKSPACE):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if index.column() not in (self.COL_FILE, self.COL_WORKSPACE):
            return False
        conflict = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        side = Choice.FILE if index.column() == self.COL_FILE else Choice.WORKSPACE
        other = Choice.WORKSPACE if side is Choice.FILE else Choice.FILE
        self.choices[conflict.key] = side if checked else other
        self.dataChanged.emit(self.index(index.row(), self.COL_FILE), self.index(index.row(), self.COL_WORKSPACE))
        self.choices_changed.emit()
        return True

    def cell_data(self, conflict: FieldConflict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, conflict)
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.COL_FILE, self.COL_WORKSPACE):
            side = Choice.FILE if column == self.COL_FILE else Choice.WORKSPACE
            return Qt.CheckState.Checked if self.choices.get(conflict.key) is side else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_ACTION, self.COL_FILE, self.COL_WORKSPACE):
            return self._display(column, conflict)
        if role == SORT_ROLE:
            if column == self.COL_ITEM:
                return self.item_sort_key(conflict.item_id)
            if column == self.COL_CELL:
                return _cell_order(conflict.where)
            return self._display(column, conflict).casefold()
        if role == ChangeRole:
            return conflict
        if role == ItemIdRole:
            return conflict.item_id
        return None

    def _display(self, column: int, conflict: FieldConflict) -> str:
        if column == self.COL_ITEM:
            return self.item_label(conflict.item_id)
        if column == self.COL_ACTION:
            return conflict.title
        if column == self.COL_FIELD:
            return field_label(conflict.field)
        if column == self.COL_EXPORTED:
            return value_text(conflict.field, conflict.exported) if conflict.exported_known else self.tr("(unknown)")
        if column == self.COL_FILE:
            return value_text(conflict.field, conflict.file)
        if column == self.COL_WORKSPACE:
            return value_text(conflict.field, conflict.workspace)
        return _cell(conflict.where)


def skip_reason(skipped: NotImported) -> str:
    """Why a difference is not imported, in the user's language."""
    column = skipped.params.get("column", "")
    texts = {
        Skip.READ_ONLY: translate(
            "plan_changes", "The %1 column belongs to you, the trade compliance manager; change it in the app."
        ),
        Skip.ROW_DELETED: translate(
            "plan_changes", "The row was deleted from the file; the action stays (remove it here if it is done with)."
        ),
        Skip.NOT_IN_PLAN: translate(
            "plan_changes", "No action of this assessment has this Action ID (a row copied from another plan?)."
        ),
        Skip.NOT_EXPORTED: translate(
            "plan_changes", "The file was not exported with this action (a row copied from another copy?)."
        ),
        Skip.REMOVED_IN_WORKSPACE: translate("plan_changes", "The action was removed in the app after the export."),
        Skip.ITEM_REMOVED: translate("plan_changes", "The item is no longer in %1."),
    }
    return texts[skipped.reason].replace("%1", column or skipped.params.get("framework", ""))


class NotImportedModel(ItemNumbers, RowTableModel["NotImported"]):
    """One row per difference in the file that is not imported: where, what it has, and why."""

    COL_ITEM, COL_ACTION, COL_CELL, COL_DETAIL, COL_WHY = range(5)

    set_skipped = RowTableModel.set_rows

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Action"), self.tr("Cell"), self.tr("The file has"), self.tr("Why not"))

    def cell_data(self, skipped: NotImported, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(column, skipped)
        if role == SORT_ROLE:
            if column == self.COL_ITEM:
                return self.item_sort_key(skipped.item_id)
            return _cell_order(skipped.where) if column == self.COL_CELL else self._display(column, skipped).casefold()
        if role == ChangeRole:
            return skipped
        if role == ItemIdRole:
            return skipped.item_id
        return None

    def _display(self, column: int, skipped: NotImported) -> str:
        if column == self.COL_ITEM:
            return self.item_label(skipped.item_id)
        if column == self.COL_ACTION:
            return skipped.title
        if column == self.COL_CELL:
            return _cell(skipped.where)
        if column == self.COL_DETAIL:
            return skipped.detail
        return skip_reason(skipped)
