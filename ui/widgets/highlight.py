"""Search matches marked in text: where the words of a query occur, as spans and as escaped HTML.

The table's question column and the editor mark what the search found, in
the theme's match colours (`ui.theme.Tones.match_background`/`match_text`,
readable in both themes). Text is escaped piece by piece, so pack and user
text never becomes markup.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.theme import tones


def search_words(query: str) -> list[str]:
    """The words a search matches (every one must occur), longest first so overlaps mark the longer word."""
    return sorted({word for word in query.split() if word}, key=len, reverse=True)


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of any word in `text`, ignoring case, merged where they touch."""
    if not words or not text:
        return []
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        elif end > start:
            spans.append((start, end))
    return spans


def marked_html(text: str, words: list[str]) -> str:
    """`text` as escaped HTML with each match in the theme's match colours."""
    spans = match_spans(text, words)
    if not spans:
        return html.escape(text)
    current = tones()
    style = f"background-color:{current.match_background}; color:{current.match_text}"
    parts = []
    position = 0
    for start, end in spans:
        parts.append(html.escape(text[position:start]))
        parts.append(f'<span style="{style}">{html.escape(text[start:end])}</span>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the search matches marked (`words`), elided like any other cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        if not self.words or not match_spans(text, self.words):
            super().paint(painter, option, index)
            return
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        shown = item.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        current = tones()
        marked = QTextCharFormat()
        marked.setBackground(QColor(current.match_background))
        marked.setForeground(QColor(current.match_text))
        ranges = []
        for start, end in match_spans(shown, self.words):
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, marked
            ranges.append(span)
        layout = QTextLayout(shown, item.font)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(area.width())
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - line.height()) / 2))
        painter.restore()
