"""Overdue and upcoming open actions for the dashboard, each row linked to its item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from readiness.scoring import ActionDue
from ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex

COL_DUE, COL_ACTION, COL_OWNER, COL_ITEM, COL_WHEN = range(5)
ItemIdRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class DueActionModel(QAbstractTableModel):
    """A list of `ActionDue` values from `readiness.scoring.actions_due`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionDue] = []

    def set_rows(self, rows: list[ActionDue]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ActionDue:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Item"), self.tr("When"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, entry)
        if role == SORT_ROLE:
            return entry.due.toordinal() if column in (COL_DUE, COL_WHEN) else self._display(column, entry).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 (%2). Double-click or press Enter to open the item.")
                .replace("%1", entry.title)
                .replace("%2", status_label(entry.status))
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WHEN and entry.days_left < 0:
            return Qt.GlobalColor.red
        if role == ItemIdRole:
            return entry.item_id
        return None

    def _display(self, column: int, entry: ActionDue) -> str:
        if column == COL_DUE:
            return entry.due.isoformat()
        if column == COL_ACTION:
            return entry.title
        if column == COL_OWNER:
            return entry.owner
        if column == COL_ITEM:
            return entry.item_id
        if entry.days_left < 0:
            return self.tr("%n day(s) overdue", "", -entry.days_left)
        if entry.days_left == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", entry.days_left)
