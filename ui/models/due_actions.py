"""Overdue and upcoming work for the dashboard: open actions and items below ready, each row linked to its item.

Rows come from `readiness.headline.due_work`, most urgent first; the model
keeps that order until the user sorts by a column.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.headline import DueWork
from ui.labels import priority_label, status_label
from ui.models.row_table import RowTableModel
from ui.theme import status_color

COL_DUE, COL_ACTION, COL_ITEM, COL_OWNER, COL_AREA, COL_WHEN = range(6)
ItemIdRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class DueWorkModel(RowTableModel[DueWork]):
    """A list of `DueWork` values, each shown with its item's number and its area's title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_titles: dict[str, str] = {}  # item id -> title of its area
        self.questions: dict[str, str] = {}
        self.numbers: dict[str, str] = {}
        self._order: dict[str, int] = {}  # checklist order, for sorting by item

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due"),
            self.tr("Action or item"),
            self.tr("Item"),
            self.tr("Owner"),
            self.tr("Area"),
            self.tr("When"),
        )

    def set_due(
        self,
        rows: list[DueWork],
        *,
        area_titles: dict[str, str],
        questions: dict[str, str],
        numbers: dict[str, str],
    ) -> None:
        self.area_titles, self.questions, self.numbers = area_titles, questions, numbers
        self._order = {item_id: n for n, item_id in enumerate(numbers)}
        self.set_rows(rows)

    def cell_data(self, entry: DueWork, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, entry)
        if role == SORT_ROLE:
            if column in (COL_DUE, COL_WHEN):
                return entry.due.toordinal()
            if column == COL_ITEM:
                return self._order.get(entry.item_id, -1)
            return self._display(column, entry).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WHEN and entry.days_left < 0:
            return status_color("bad")
        if role == ItemIdRole:
            return entry.item_id
        return None

    def _tooltip(self, entry: DueWork) -> str:
        number = self.numbers.get(entry.item_id, entry.item_id)
        question = self.questions.get(entry.item_id, "")
        priority = priority_label(entry.priority)
        if entry.is_item:
            head = self.tr("Item %1, priority %2: %3")
            values = {"1": number, "2": priority, "3": question}
        else:
            head = self.tr("%1 (%2) for item %3, priority %4: %5")
            values = {"1": entry.title, "2": status_label(entry.status), "3": number, "4": priority, "5": question}
        text = re.sub(r"%(\d)", lambda m: values.get(m.group(1), m.group(0)), head)
        return text + "\n" + self.tr("Click to open the item.")

    def _display(self, column: int, entry: DueWork) -> str:
        if column == COL_DUE:
            return entry.due.isoformat()
        if column == COL_ACTION:
            if entry.is_item:
                return self.tr("Item due: %1").replace("%1", self.questions.get(entry.item_id, entry.item_id))
            return entry.title
        if column == COL_ITEM:
            return self.numbers.get(entry.item_id, "")
        if column == COL_OWNER:
            return entry.owner
        if column == COL_AREA:
            return self.area_titles.get(entry.item_id, entry.item_id)
        if entry.days_left < 0:
            return self.tr("%n day(s) overdue", "", -entry.days_left)
        if entry.days_left == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", entry.days_left)
