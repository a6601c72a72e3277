"""Overdue and upcoming open actions for the dashboard, each row linked to its item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.scoring import ActionDue
from ui.labels import status_label
from ui.models.row_table import RowTableModel

COL_DUE, COL_ACTION, COL_OWNER, COL_AREA, COL_WHEN = range(5)
ItemIdRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class DueActionModel(RowTableModel[ActionDue]):
    """A list of `ActionDue` values from `readiness.scoring.actions_due`, each shown with its area's title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_titles: dict[str, str] = {}  # item id -> title of its area

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Area"), self.tr("When"))

    def set_due(self, rows: list[ActionDue], area_titles: dict[str, str]) -> None:
        self.area_titles = area_titles
        self.set_rows(rows)

    def cell_data(self, entry: ActionDue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, entry)
        if role == SORT_ROLE:
            return entry.due.toordinal() if column in (COL_DUE, COL_WHEN) else self._display(column, entry).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 (%2), item %3. Double-click or press Enter to open the item.")
                .replace("%1", entry.title)
                .replace("%2", status_label(entry.status))
                .replace("%3", entry.item_id)
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
        if column == COL_AREA:
            return self.area_titles.get(entry.item_id, entry.item_id)
        if entry.days_left < 0:
            return self.tr("%n day(s) overdue", "", -entry.days_left)
        if entry.days_left == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", entry.days_left)
