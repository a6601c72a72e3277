"""A horizontal bar chart drawn with QPainter: one labelled bar per row, clickable and keyboard-driven.

No QtCharts: rows are plain values, painting uses the palette, Up/Down move
the highlight, Enter or a click emits `row_activated(key)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    """One row: its key, label, fraction filled (0..1, None for no value), text at the end, colour."""

    key: str
    label: str
    fraction: float | None
    text: str
    color: QColor
    tooltip: str = ""


class BarChart(QWidget):
    """Rows of label | bar | value."""

    row_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, label_width: int = 260) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.current = -1
        self.label_width = label_width
        self.value_width = self.fontMetrics().horizontalAdvance("100%  ") + 20  # the widest value text, and room
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        metrics = self.fontMetrics()
        self.value_width = (
            max([metrics.horizontalAdvance("100%  "), *(metrics.horizontalAdvance(b.text) for b in bars)]) + 20
        )
        self.current = min(self.current, len(self.bars) - 1)
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(self.label_width + 300, max(1, len(self.bars)) * self.row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.label_width + 120, self.sizeHint().height())

    def row_at(self, y: int) -> int:
        row = (y - 2) // self.row_height()
        return row if 0 <= row < len(self.bars) else -1

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        height = self.row_height()
        metrics = self.fontMetrics()
        value_width = self.value_width
        bar_left = self.label_width + 8
        bar_width = max(20, self.width() - bar_left - value_width)
        for row, bar in enumerate(self.bars):
            top = 2 + row * height
            if row == self.current and self.hasFocus():
                painter.fillRect(
                    QRect(0, top, self.width(), height),
                    palette.color(QPalette.ColorRole.Highlight).lighter(170)
                    if palette.color(QPalette.ColorRole.Window).lightness() > 128
                    else palette.color(QPalette.ColorRole.Highlight).darker(160),
                )
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self.label_width - 4)
            painter.drawText(QRect(4, top, self.label_width - 4, height), Qt.AlignmentFlag.AlignVCenter, label)
            track = QRect(bar_left, top + 5, bar_width, height - 10)
            painter.fillRect(track, palette.color(QPalette.ColorRole.Midlight))
            if bar.fraction is not None and bar.fraction > 0:
                painter.fillRect(
                    QRect(track.left(), track.top(), int(track.width() * min(bar.fraction, 1.0)), track.height()),
                    bar.color,
                )
            painter.drawText(
                QRect(bar_left + bar_width + 6, top, value_width, height), Qt.AlignmentFlag.AlignVCenter, bar.text
            )
        painter.end()

    def event(self, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if isinstance(event, QEvent) and event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos().y())  # type: ignore[attr-defined]
            if row >= 0:
                QToolTip.showText(event.globalPos(), self.bars[row].tooltip or self.bars[row].label, self)  # type: ignore[attr-defined]
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(int(event.position().y()))
        if row >= 0:
            self.current = row
            self.update()
            self.row_activated.emit(self.bars[row].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self.current < len(self.bars):
            self.row_activated.emit(self.bars[self.current].key)
        else:
            super().keyPressEvent(event)
