"""The scaffolding every list-backed table model shares: a list of row values, a header, a bounds-checked data().

A subclass names its columns, returns its translated headers from
`headers()` (the `self.tr()` calls stay in the subclass, so Qt's lupdate files
them under the subclass's own context) and answers one cell and one role in
`cell_data()`. Replacing the rows is a model reset. Tooltips are escaped
here for every subclass (`ui.plain_text.plain_tooltip`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat, read-only table with one row per value of `_rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated; their number is the column count."""
        raise NotImplementedError

    def header_tooltips(self) -> tuple[str, ...] | None:
        """Tooltips for the column titles, or None for none."""
        return None

    def cell_data(self, value: RowT, column: int, role: int) -> Any:
        """What `data()` answers for `role` in `column` of the row holding `value`."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltips = self.header_tooltips()
            return None if tooltips is None else plain_tooltip(tooltips[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self.cell_data(self._rows[index.row()], index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return plain_tooltip(value)  # tooltips of user and pack text must not render as HTML
        return value
