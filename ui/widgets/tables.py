"""The set-up the app's read-only list tables share: a sorting proxy, whole-row selection, no row numbers.

Each caller still sets what is its own (column widths, row heights, tooltips);
these helpers only hold the calls that every such table makes the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def sort_proxy(model: QAbstractItemModel, *, sort_role: int, parent: QObject) -> QSortFilterProxyModel:
    """A proxy over `model` that sorts on the model's native sort values, not on the displayed text."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(sort_role)
    return proxy


def configure_table(
    view: QTableView,
    *,
    accessible_name: str,
    stretch: int | None = None,
    selection_mode: QAbstractItemView.SelectionMode | None = None,
    alternating: bool = False,
    word_wrap: bool = False,
    model_order: bool = True,
) -> None:
    """Sortable by a header click, rows selected whole, not editable, no vertical header, and Tab leaves the
    table (arrow keys move within it) so keyboard users can reach the rest of the window.

    `model_order` starts in the model's own order (no sort indicator) rather
    than in the header's default sort; `stretch` is the column that takes the
    spare width.
    """
    view.setSortingEnabled(True)
    if model_order:
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if selection_mode is not None:
        view.setSelectionMode(selection_mode)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    if alternating:
        view.setAlternatingRowColors(True)
    view.setWordWrap(word_wrap)
    view.verticalHeader().hide()
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(accessible_name)


def sorted_table(
    model: QAbstractItemModel,
    parent: QWidget,
    *,
    sort_role: int,
    accessible_name: str,
    stretch: int,
    selection_mode: QAbstractItemView.SelectionMode | None = None,
    alternating: bool = False,
) -> QTableView:
    """A table view over a sorting proxy of `model`, both owned by `parent`."""
    view = QTableView(parent)
    view.setModel(sort_proxy(model, sort_role=sort_role, parent=parent))
    configure_table(
        view,
        accessible_name=accessible_name,
        stretch=stretch,
        selection_mode=selection_mode,
        alternating=alternating,
    )
    return view
