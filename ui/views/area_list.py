"""The list of objective areas with a small readiness and coverage bar for each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from ui.models.areas import COL_COVERAGE, COL_READINESS, COL_TITLE, AreaIdRole, AreaTableModel, FractionRole
from ui.theme import level_color


class BarDelegate(QStyledItemDelegate):
    """Draws a fraction (0..1) as a thin bar under the percentage text."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(0, 0, 0, -4)
        super().paint(painter, text_option, index)
        fraction = index.data(FractionRole)
        if not isinstance(fraction, float) or fraction < 0:
            return
        rect: QRect = option.rect.adjusted(4, option.rect.height() - 6, -4, -2)
        painter.save()
        painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Mid))
        filled = QRect(rect.left(), rect.top(), int(rect.width() * min(fraction, 1.0)), rect.height())
        painter.fillRect(filled, level_color(fraction) if index.column() == COL_READINESS else option.palette.link())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class AreaList(QTreeView):
    """Selecting a row emits `area_selected(area_id)` ("" for all areas)."""

    area_selected = Signal(str)

    def __init__(self, model: AreaTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Objective areas"))
        self.setToolTip(self.tr("Objective areas with readiness and coverage; choose one to see its items"))
        delegate = BarDelegate(self)
        self.setItemDelegateForColumn(COL_READINESS, delegate)
        self.setItemDelegateForColumn(COL_COVERAGE, delegate)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_READINESS, COL_COVERAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            # as narrow as "100%" and the header's word allow, so the titles get the width
            words = ("100%", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            header.resizeSection(column, max(header.fontMetrics().horizontalAdvance(w) for w in words) + 16)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.area_selected.emit(current.siblingAtColumn(COL_TITLE).data(AreaIdRole))

    def select_area(self, area_id: str) -> None:
        model = self.model()
        assert isinstance(model, AreaTableModel)
        row = model.row_of(area_id)
        if row >= 0 and self.currentIndex().row() != row:
            self.setCurrentIndex(model.index(row, COL_TITLE))

    def current_area(self) -> str | None:
        index = self.currentIndex()
        return index.siblingAtColumn(COL_TITLE).data(AreaIdRole) if index.isValid() else None
