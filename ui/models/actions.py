"""The actions of one item: title, owner, due date, status, cost."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.codes import ActionStatus
from readiness.due import DueStatus, due_status
from readiness.model import Action
from ui.labels import status_label
from ui.models.row_table import RowTableModel
from ui.theme import status_color

COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS, COL_COST = range(5)
ActionRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {ActionStatus.BLOCKED: 0, ActionStatus.OPEN: 1, ActionStatus.IN_PROGRESS: 2, ActionStatus.DONE: 3}


class ActionTableModel(RowTableModel[Action]):
    """The actions of the item in the editor, replaced whole when the item or its actions change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self.currency = ""

    def not_estimated(self) -> str:
        """What the cost column says for an action nobody has costed (a blank would read as free)."""
        return self.tr("not estimated")

    def set_currency(self, currency: str) -> None:
        """The assessment's currency, shown in the cost column's header (amounts are whole units of it)."""
        if currency != self.currency:
            self.currency = currency
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_COST, COL_COST)

    def set_actions(self, actions: list[Action]) -> None:
        if [a.model_dump() for a in actions] == [a.model_dump() for a in self._rows]:
            return
        self.set_rows(actions)

    action_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        cost = self.tr("Cost (%1)").replace("%1", self.currency) if self.currency else self.tr("Cost")
        return (self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"), cost)

    def cell_data(self, action: Action, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, action)
        if role == SORT_ROLE:
            return self._sort_value(column, action)
        if role == Qt.ItemDataRole.ToolTipRole:
            return action.notes or action.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and self._overdue(action):
            return status_color("bad")
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_COST and action.cost_estimate is None:
            return status_color("muted")
        if role == ActionRole:
            return action
        return None

    def _overdue(self, action: Action) -> bool:
        return due_status(action.due, self.today, done=not action.is_open) is DueStatus.OVERDUE

    def _display(self, column: int, action: Action) -> str:
        if column == COL_TITLE:
            return action.title
        if column == COL_OWNER:
            return action.owner
        if column == COL_DUE:
            return action.due.isoformat() if action.due else ""
        if column == COL_STATUS:
            return status_label(action.status)
        if column == COL_COST:
            return self.not_estimated() if action.cost_estimate is None else f"{action.cost_estimate:,.0f}"
        return ""

    def _sort_value(self, column: int, action: Action) -> Any:
        if column == COL_DUE:
            return action.due.toordinal() if action.due else 10**7
        if column == COL_STATUS:
            return STATUS_ORDER[action.status]
        if column == COL_COST:
            return -1.0 if action.cost_estimate is None else action.cost_estimate
        return self._display(column, action).casefold()
