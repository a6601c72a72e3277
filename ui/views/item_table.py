"""The item table with its filter bar: level, priority, owner, due date, needs review, and search.

Escape in the search box clears the search. Search matches are marked in the
question column; the Area column shows where each result lives. After
sorting by any column, "Checklist order" (or a click on "No.") puts the
rows back in the order of the checklist.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from readiness.codes import Level, Priority
from readiness.due import DUE_SOON_DAYS
from ui.labels import level_label, plural, priority_label
from ui.models.items import (
    COL_AREA,
    COL_DUE,
    COL_ID,
    COL_LEVEL,
    COL_NUMBER,
    COL_OWNER,
    COL_PRIORITY,
    COL_QUESTION,
    COL_REVIEW,
    ItemFilterProxy,
    ItemIdRole,
    ItemTableModel,
)
from ui.plain_text import make_plain
from ui.widgets.highlight import HighlightDelegate
from ui.widgets.tables import configure_table


class FilterBar(QWidget):
    """The filter controls; emits `filters_changed(dict)` with ItemFilterProxy criteria."""

    filters_changed = Signal(dict)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search all items (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search all items"))
        self.search.setToolTip(self.tr("Search every area; type an item number such as 4.3; Escape clears"))
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self.level = QComboBox(self)
        self.level.addItem(self.tr("Any level"), None)
        self.level.addItem(level_label(None), "unassessed")
        for level in Level:
            self.level.addItem(level_label(level), int(level))
        self.level.addItem(self.tr("Not applicable"), "na")
        self.priority = QComboBox(self)
        self.priority.addItem(self.tr("Any priority"), None)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority.value)
        self.priority.addItem(priority_label(None), "unset")
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.owner.setClearButtonEnabled(True)
        self.owner.setMinimumWidth(90)
        self.owner.setMaximumWidth(160)
        self.due = QComboBox(self)
        for text, value in (
            (self.tr("Any due date"), None),
            (self.tr("Overdue"), "overdue"),
            (self.tr("Due in %1 days").replace("%1", str(DUE_SOON_DAYS)), "soon"),
            (self.tr("No due date"), "none"),
        ):
            self.due.addItem(text, value)
        self.needs_review = QCheckBox(self.tr("Needs review"), self)
        for widget, name in (
            (self.level, self.tr("Filter by level")),
            (self.priority, self.tr("Filter by priority")),
            (self.owner, self.tr("Filter by owner")),
            (self.due, self.tr("Filter by due date")),
            (self.needs_review, self.tr("Show only items that need review")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for widget in (self.level, self.priority, self.owner, self.due, self.needs_review):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        for combo in (self.level, self.priority, self.due):
            combo.currentIndexChanged.connect(self._emit)
        self.owner.textChanged.connect(self._emit)
        self.needs_review.toggled.connect(self._emit)
        self.search.textChanged.connect(self.search_changed)

    def criteria(self) -> dict[str, Any]:
        return {
            "level": self.level.currentData(),
            "priority": self.priority.currentData(),
            "owner": self.owner.text().strip(),
            "due": self.due.currentData(),
            "needs_review": self.needs_review.isChecked(),
        }

    def _emit(self) -> None:
        self.filters_changed.emit(self.criteria())


class ItemTable(QWidget):
    """Filter bar, caption and table; emits `item_selected(item_id)` and `selection_changed()`."""

    item_selected = Signal(str)
    selection_changed = Signal()

    def __init__(self, model: ItemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filters = FilterBar(self)
        self.caption = QLabel(self)
        make_plain(self.caption)
        self.checklist_order = QToolButton(self)
        self.checklist_order.setText(self.tr("Checklist order"))
        self.checklist_order.setToolTip(self.tr("Put the items back in the order of the checklist"))
        self.checklist_order.setEnabled(False)
        self.highlight = HighlightDelegate(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        configure_table(
            self.view,
            accessible_name=self.tr("Items"),
            stretch=COL_QUESTION,
            selection_mode=QTableView.SelectionMode.ExtendedSelection,
            alternating=True,
        )
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        digits = self.fontMetrics().horizontalAdvance("00.00") + 16
        for column, width in (
            (COL_NUMBER, digits),
            (COL_AREA, 130),
            (COL_LEVEL, 104),
            (COL_PRIORITY, 68),
            (COL_OWNER, 92),
            (COL_DUE, 84),
            (COL_REVIEW, 34),
        ):
            header.resizeSection(column, width)
        self.view.setItemDelegateForColumn(COL_QUESTION, self.highlight)
        self.view.setColumnHidden(COL_AREA, True)  # shown for search results and all areas
        caption_row = QHBoxLayout()
        caption_row.setContentsMargins(0, 0, 0, 0)
        caption_row.addWidget(self.caption, 1)
        caption_row.addWidget(self.checklist_order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addLayout(caption_row)
        layout.addWidget(self.view, 1)
        header.sortIndicatorChanged.connect(self._sorted)
        self.checklist_order.clicked.connect(self.restore_checklist_order)
        self.filters.filters_changed.connect(self._apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.proxy.modelReset.connect(self.update_caption)
        self.proxy.layoutChanged.connect(self.update_caption)
        self.proxy.rowsInserted.connect(self.update_caption)
        self.proxy.rowsRemoved.connect(self.update_caption)

    def _apply_filters(self, criteria: dict[str, Any]) -> None:
        self.proxy.set_filters(**criteria)
        self.update_caption()

    def update_caption(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.caption.setText(plural(total, self.tr("%n item"), self.tr("%n items")))
        else:
            text = plural(
                total, self.tr("Showing %1 of %n item (filtered)"), self.tr("Showing %1 of %n items (filtered)")
            )
            self.caption.setText(text.replace("%1", str(shown)))

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        self.checklist_order.setEnabled(column not in (-1, COL_NUMBER))

    def restore_checklist_order(self) -> None:
        """Undo any sorting: the rows in checklist order, no sort indicator."""
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def show_area_column(self, shown: bool) -> None:
        self.view.setColumnHidden(COL_AREA, not shown)

    def set_search_words(self, words: list[str]) -> None:
        """Mark these words in the question column."""
        if words != self.highlight.words:
            self.highlight.words = words
            self.view.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.item_selected.emit(current.data(ItemIdRole))

    def select_item(self, item_id: str) -> bool:
        """Make `item_id` the current row if it is shown; False when a filter hides it."""
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_ID))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def current_item(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ItemIdRole) if index.isValid() else None

    def selected_items(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows(COL_ID)
        ids = [index.data(ItemIdRole) for index in rows]
        order = {item_id: n for n, item_id in enumerate(self.model.scope())}
        return sorted(ids, key=lambda i: order.get(i, 0))

    def clear_filters(self) -> None:
        """Reset every filter control and re-filter once."""
        bar = self.filters
        for widget in (bar.level, bar.priority, bar.due, bar.owner, bar.needs_review):
            widget.blockSignals(True)
        for combo in (bar.level, bar.priority, bar.due):
            combo.setCurrentIndex(0)
        bar.owner.clear()
        bar.needs_review.setChecked(False)
        for widget in (bar.level, bar.priority, bar.due, bar.owner, bar.needs_review):
            widget.blockSignals(False)
        self._apply_filters(bar.criteria())
