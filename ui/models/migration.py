"""What a move or a content update would do: per-area counts, and the removed items with what of the user's
answer will not carry over, for the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from readiness.content_model import MappingEntry
from readiness.migration import AreaCounts, has_content, ruled_out_only
from readiness.model import Response
from ui.labels import level_label
from ui.models.row_table import RowTableModel

translate = QCoreApplication.translate

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


def lost_text(response: Response | None) -> str:
    """What of a removed item's answer will not carry over, in a few words ("" when nothing was recorded)."""
    if response is None or not has_content(response) or ruled_out_only(response):
        return ""
    parts = []
    if response.not_applicable:
        parts.append(
            translate("migration", "Not applicable") + (f" ({response.na_reason})" if response.na_reason else "")
        )
    elif response.level is not None:
        parts.append(level_label(response.level))
    if response.gap:
        gap = " ".join(response.gap.split())
        parts.append(translate("migration", "gap: %1").replace("%1", gap if len(gap) <= 80 else gap[:79] + "\u2026"))
    if response.owner:
        parts.append(translate("migration", "owner %1").replace("%1", response.owner))
    if response.evidence:
        parts.append(translate("migration", "%n evidence entry(ies)", "", len(response.evidence)))
    if response.actions:
        titles = ", ".join(f"\u201c{a.title}\u201d" for a in response.actions[:3])
        more = len(response.actions) - 3
        parts.append(
            translate("migration", "%n action(s): ", "", len(response.actions))
            + titles
            + (f" +{more}" if more > 0 else "")
        )
    if response.notes:
        parts.append(translate("migration", "notes"))
    return "; ".join(parts)


class RemovedItemModel(RowTableModel[MappingEntry]):
    """Items of the old version with no successor: the item (number and question), what of the user's answer
    will not carry over, and the mapping's note on why the item is gone."""

    COL_ITEM, COL_LOST, COL_NOTE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions: dict[str, str] = {}
        self._numbers: dict[str, str] = {}
        self._lost: dict[str, str] = {}
        self._order: dict[str, int] = {}

    def set_removed(
        self,
        entries: list[MappingEntry],
        questions: dict[str, str],
        *,
        numbers: dict[str, str] | None = None,
        responses: dict[str, Response] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows, self._questions, self._numbers = list(entries), dict(questions), dict(numbers or {})
        self._lost = {e.old: lost_text((responses or {}).get(e.old)) for e in entries}
        self._order = {item_id: n for n, item_id in enumerate(self._numbers)}  # checklist order
        self.endResetModel()

    entry_at = RowTableModel.row_at

    def losing(self) -> list[str]:
        """Old item ids whose answer, evidence or actions will not carry over."""
        return [entry.old for entry in self._rows if self._lost.get(entry.old)]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Your answer that will not carry over"), self.tr("Why it is gone"))

    def _text(self, entry: MappingEntry, column: int) -> str:
        if column == self.COL_ITEM:
            number = self._numbers.get(entry.old, "")
            return f"{number}  {self._questions.get(entry.old) or entry.old}".strip()
        if column == self.COL_LOST:
            return self._lost.get(entry.old) or self.tr("Nothing recorded")
        return entry.note

    def cell_data(self, entry: MappingEntry, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_LOST and self._lost.get(entry.old):
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            if column == self.COL_ITEM:
                return self._order.get(entry.old, len(self._order))
            return self._text(entry, column).casefold()
        if role == EntryRole:
            return entry
        return None
