"""What a migration to a new framework version would do: per-area counts and the removed items, for the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.migration import AreaCounts
from readiness.model import MappingEntry
from ui.models.row_table import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AreaRole = Qt.ItemDataRole.UserRole + 2
EntryRole = Qt.ItemDataRole.UserRole + 3


class AreaCountsModel(RowTableModel[AreaCounts]):
    """One row per area of the new version: area, carried as is, carried but needing review, new."""

    COL_AREA, COL_CARRIED, COL_REVIEW, COL_NEW = range(4)

    set_areas = RowTableModel.set_rows
    area_at = RowTableModel.row_at

    def totals(self) -> tuple[int, int, int]:
        return (
            sum(a.carried for a in self._rows),
            sum(a.review for a in self._rows),
            sum(a.new for a in self._rows),
        )

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Area"), self.tr("Carried"), self.tr("Needs review"), self.tr("New"))

    def header_tooltips(self) -> tuple[str, ...]:
        return (
            self.tr("Area of the new version"),
            self.tr("Answers carried over as they are (same or reworded items)"),
            self.tr("Answers carried over but flagged: the item changed, was split or merged"),
            self.tr("Items new in this version; they start unassessed"),
        )

    def cell_data(self, area: AreaCounts, column: int, role: int) -> Any:
        values = (area.title, area.carried, area.review, area.new)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column] if column == self.COL_AREA else str(values[column])
        if role == SORT_ROLE:
            return area.title.casefold() if column == self.COL_AREA else values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_AREA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_AREA:
            return area.title
        if role == AreaRole:
            return area
        return None


class RemovedItemModel(RowTableModel[MappingEntry]):
    """Items of the old version with no successor: item, question, and the mapping's note on why."""

    COL_ITEM, COL_QUESTION, COL_NOTE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions: dict[str, str] = {}

    def set_removed(self, entries: list[MappingEntry], questions: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._questions = list(entries), dict(questions)
        self.endResetModel()

    entry_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Question"), self.tr("Why it is gone"))

    def cell_data(self, entry: MappingEntry, column: int, role: int) -> Any:
        text = (entry.old, self._questions.get(entry.old, ""), entry.note)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._questions.get(entry.old) or text if column == self.COL_ITEM else text
        if role == SORT_ROLE:
            return text.casefold()
        if role == EntryRole:
            return entry
        return None
