"""The items of the checklist in scope (one area, all areas, or search hits) and their filter proxy.

`ItemTableModel` shows one row per item with named columns: the item's
number ("4.3", `readiness.walkthrough.item_numbers`), question, area (shown
for search results and all areas), level, priority, owner, due date and the
needs-review flag. The backing item and response are available through
`ItemRole` and `ResponseRole`, and `SORT_ROLE` hands the proxy numbers and
dates, never formatted text; sorting by number is checklist order. A level
4 answer without evidence carries a warning mark. `ItemFilterProxy` filters
by level, priority, owner, due date, needs-review and a set of search hits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QStyle

from readiness.codes import PRIORITY_ORDER
from readiness.content_model import Item
from readiness.due import DueStatus, item_due_status
from readiness.model import Response
from readiness.walkthrough import number_sort_key
from ui.labels import priority_label, ready_without_evidence, response_level_label, review_notes_label
from ui.plain_text import plain_tooltip
from ui.theme import level_color, priority_color, status_color

Index = QModelIndex | QPersistentModelIndex

COLUMNS = 8
COL_NUMBER, COL_QUESTION, COL_AREA, COL_LEVEL, COL_PRIORITY, COL_OWNER, COL_DUE, COL_REVIEW = range(COLUMNS)
COL_ID = COL_NUMBER  # the column that stands for the row (selection, ids)
ItemRole = Qt.ItemDataRole.UserRole + 1
ResponseRole = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
ItemIdRole = Qt.ItemDataRole.UserRole + 4


class ItemTableModel(QAbstractTableModel):
    """Rows of (item, response) for the items in scope, read from shared dictionaries."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, Item] = {}
        self._responses: dict[str, Response] = {}
        self._numbers: dict[str, str] = {}
        self._areas: dict[str, tuple[int, str]] = {}  # item id -> (area position, area title)
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._checklist_order: dict[str, int] = {}
        self._sort_column = -1
        self._sort_descending = False

    def set_source(
        self,
        items: dict[str, Item],
        responses: dict[str, Response],
        *,
        numbers: dict[str, str] | None = None,
        areas: dict[str, tuple[int, str]] | None = None,
    ) -> None:
        """The framework's items by id, the live response dictionary (shared, not copied), numbers and areas."""
        self.beginResetModel()
        self._items, self._responses, self._ids, self._row_of = items, responses, [], {}
        self._numbers, self._areas = numbers or {}, areas or {}
        self.endResetModel()

    @property
    def sort_column(self) -> int:
        """The column the rows are sorted by; -1 (or the number column) is checklist order."""
        return self._sort_column

    def set_scope(self, item_ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = [i for i in item_ids if i in self._items]
        self._checklist_order = {item_id: row for row, item_id in enumerate(self._ids)}
        if self._sort_column >= 0:
            self._ids.sort(key=self._sort_key(self._sort_column), reverse=self._sort_descending)
        self._row_of = {item_id: row for row, item_id in enumerate(self._ids)}
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Reorder the rows by the SORT_ROLE value of `column` (-1: checklist order), keeping selections.

        Sorting 10,000 rows through QSortFilterProxyModel's comparisons calls
        `data()` over a hundred thousand times; one Python sort on the same
        values takes milliseconds, so the proxy hands sorting to this method.
        """
        self._sort_column, self._sort_descending = column, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_ids = list(self._ids)
        key = self._sort_key(column) if column >= 0 else self._checklist_order.__getitem__
        self._ids.sort(key=key, reverse=self._sort_descending and column >= 0)
        self._row_of = {item_id: row for row, item_id in enumerate(self._ids)}
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(self._row_of[old_ids[i.row()]], i.column()) if 0 <= i.row() < len(old_ids) else QModelIndex()
            for i in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Any:
        order = self._checklist_order

        def key(item_id: str) -> Any:
            return (
                self._sort_value(column, order.get(item_id, 0), self._items[item_id], self._responses.get(item_id)),
                order.get(item_id, 0),
            )

        return key

    def scope(self) -> list[str]:
        return list(self._ids)

    def responses_changed(self, item_ids: list[str]) -> None:
        rows = [self._row_of[i] for i in item_ids if i in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1))

    def row_of(self, item_id: str) -> int:
        return self._row_of.get(item_id, -1)

    def item_id_at(self, row: int) -> str:
        return self._ids[row]

    def response_at(self, row: int) -> Response | None:
        return self._responses.get(self._ids[row])

    # --- Qt model interface ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Question"),
                self.tr("Area"),
                self.tr("Level"),
                self.tr("Priority"),
                self.tr("Owner"),
                self.tr("Due"),
                "\u2691",
            )[section]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if section == COL_NUMBER:
                return self.tr("Item number")
            if section == COL_REVIEW:
                return self.tr("Needs review")
            return self.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_NUMBER:
                return self.tr("Item number: area, then item (sort by it for checklist order)")
            if section == COL_REVIEW:
                return self.tr("Marked for re-review (for example after a framework migration)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        item_id = self._ids[index.row()]
        item, response = self._items[item_id], self._responses.get(item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.column(), item, response)
        if role == SORT_ROLE:
            return self._sort_value(index.column(), index.row(), item, response)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.column(), item, response)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(index.column(), response)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COL_LEVEL and ready_without_evidence(response):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == COL_LEVEL:
            text = response_level_label(response)
            return self.tr("%1, no evidence recorded").replace("%1", text) if ready_without_evidence(response) else text
        if role == ItemRole:
            return item
        if role == ResponseRole:
            return response
        if role == ItemIdRole:
            return item_id
        return None

    def _tooltip(self, column: int, item: Item, response: Response | None) -> str | None:
        if column == COL_REVIEW and response is not None and response.needs_review:
            return plain_tooltip(review_notes_label(response.review_notes) or self.tr("Needs review"))
        if column == COL_LEVEL and ready_without_evidence(response):
            return self.tr("Ready, but no evidence is recorded")
        if column == COL_LEVEL and response is not None and response.awaiting_na_reason:
            return self.tr("Marked not applicable without a reason: it counts as not assessed until it has one")
        if column in (COL_NUMBER, COL_QUESTION):
            return plain_tooltip(f"{self._numbers.get(item.id, item.id)} ({item.id}): {item.question}")
        if (
            column == COL_DUE
            and response is not None
            and item_due_status(response, dt.date.today()) is DueStatus.OVERDUE
        ):
            assert response.due is not None
            late = (dt.date.today() - response.due).days
            return self.tr("%n day(s) overdue", "", late)
        return None

    def _display(self, column: int, item: Item, response: Response | None) -> str:
        if column == COL_NUMBER:
            return self._numbers.get(item.id, item.id)
        if column == COL_QUESTION:
            return item.question
        if column == COL_AREA:
            return self._areas.get(item.id, (0, ""))[1]
        if column == COL_LEVEL:
            return response_level_label(response)
        if response is None:
            return ""
        if column == COL_PRIORITY:
            return priority_label(response.priority) if response.priority else ""
        if column == COL_OWNER:
            return response.owner
        if column == COL_DUE:
            return response.due.isoformat() if response.due else ""
        if column == COL_REVIEW:
            return "\u2691" if response.needs_review else ""
        return ""

    def _sort_value(self, column: int, row: int, item: Item, response: Response | None) -> Any:
        if column == COL_NUMBER:
            number = self._numbers.get(item.id)
            return number_sort_key(number) if number else (row,)  # checklist order
        if column == COL_AREA:
            return self._areas.get(item.id, (0, ""))[0]
        if column == COL_QUESTION:
            return item.question.casefold()
        if column == COL_LEVEL:
            if response is not None and response.not_applicable:
                return 5 if response.counts_as_not_applicable else -1
            if response is None or response.level is None:
                return -1
            return int(response.level)
        if column == COL_PRIORITY:
            return PRIORITY_ORDER[response.priority] if response and response.priority else 9
        if column == COL_OWNER:
            return response.owner.casefold() if response else ""
        if column == COL_DUE:
            return response.due.toordinal() if response and response.due else 10**7
        if column == COL_REVIEW:
            return 0 if response and response.needs_review else 1
        return None

    def _foreground(self, column: int, response: Response | None) -> Any:
        if response is None:
            return None
        if column == COL_LEVEL and response.level is not None and not response.not_applicable:
            return level_color(int(response.level) / 4)
        if column == COL_PRIORITY and response.priority:
            return priority_color(response.priority.value)
        if column == COL_DUE and item_due_status(response, dt.date.today()) is DueStatus.OVERDUE:
            return status_color("bad")  # as the dashboard and the workbook mark it
        return None


ANY = None


class ItemFilterProxy(QSortFilterProxyModel):
    """Filters the item table; each criterion is None when it does not narrow anything."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        # an edit must not make the row being edited jump away or vanish; filters apply when changed
        self.setDynamicSortFilter(False)
        self.level: str | int | None = ANY  # "unassessed", "na", or 0..4
        self.priority: str | None = ANY  # a Priority value or "unset"
        self.owner: str = ""
        self.due: str | None = ANY  # "overdue", "soon", "none", "set"
        self.needs_review = False
        self.today = dt.date.today()

    def set_filters(self, **criteria: Any) -> None:
        """Change any of level, priority, owner, due, needs_review, today and re-filter once."""
        for name, value in criteria.items():
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(name)
            setattr(self, name, value)
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the source model's SORT_ROLE values in one Python sort (see `ItemTableModel.sort_rows`)."""
        model = self.sourceModel()
        if isinstance(model, ItemTableModel):
            model.sort_rows(column, order)
        else:  # pragma: no cover - the proxy always sits on an ItemTableModel in the app
            super().sort(column, order)

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.level, self.priority, self.due)) or bool(
            self.owner or self.needs_review
        )

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ItemTableModel):
            return True
        response = model.response_at(source_row)
        if response is None:
            return self.level in (ANY, "unassessed") and self.priority in (ANY, "unset") and not self.needs_review
        return self._level_ok(response) and self._other_ok(response)

    def _level_ok(self, response: Response) -> bool:
        if self.level is ANY:
            return True
        if self.level == "na":
            return response.not_applicable
        if self.level == "unassessed":  # includes items marked not applicable without a reason
            return not response.assessed
        if response.not_applicable:
            return False
        return response.level is not None and int(response.level) == self.level

    def _other_ok(self, response: Response) -> bool:
        if self.priority is not ANY:
            value = response.priority.value if response.priority else "unset"
            if value != self.priority:
                return False
        if self.owner and self.owner.casefold() not in response.owner.casefold():
            return False
        if self.needs_review and not response.needs_review:
            return False
        if self.due is not ANY:
            due = response.due
            if self.due == "none":
                return due is None
            if due is None:
                return False
            if self.due in (DueStatus.OVERDUE, DueStatus.SOON):
                return item_due_status(response, self.today) == self.due
        return True
