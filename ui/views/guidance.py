"""The item's heading (number, area, question) and its guidance: why it matters, what ready looks like, and more.

The heading sits above the answer; the guidance below it folds away (the
editor remembers the choice). Words a search found are marked in both.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from readiness.content_model import Area, Framework, Item
from ui.links import open_link
from ui.plain_text import plain_label, plain_tooltip
from ui.widgets.highlight import marked_html

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse
    | Qt.TextInteractionFlag.TextSelectableByKeyboard
    | Qt.TextInteractionFlag.LinksAccessibleByMouse
)


class ItemHeading(QWidget):
    """ "Item 4.3 · Trade in Goods" and the question, in large type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_label = plain_label(parent=self)
        self.area_label.setWordWrap(True)
        self.area_label.setAccessibleName(self.tr("Item number and area"))
        self.question = QLabel(self)
        self.question.setTextFormat(Qt.TextFormat.RichText)  # escaped here, with search matches marked
        self.question.setWordWrap(True)
        self.question.setObjectName("question")
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.question.setFont(font)
        self.question.setAccessibleName(self.tr("Question"))
        for label in (self.area_label, self.question):
            label.setTextInteractionFlags(SELECTABLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.area_label)
        layout.addWidget(self.question)

    def show_item(self, area: Area, item: Item, *, number: str, words: list[str]) -> None:
        weight = f"{item.weight:g}"
        self.area_label.setText(
            self.tr("Item %1  \u00b7  %2  \u00b7  weight %3")
            .replace("%1", number)
            .replace("%2", area.title)
            .replace("%3", weight)
        )
        # The weight moves readiness, so the user can see it and say why a figure is what it is.
        why = self.tr(
            "Readiness is the weighted average of the levels of the items that apply: an item of weight %1 counts "
            "%1 times as much as an item of weight 1."
        ).replace("%1", weight)
        self.area_label.setToolTip(plain_tooltip(f"{item.id}\n{why}"))
        self.question.setText(marked_html(item.question, words))

    def clear(self) -> None:
        self.area_label.clear()
        self.area_label.setToolTip("")
        self.question.setText(html.escape(self.tr("Select an item to assess it.")))


class GuidancePanel(QWidget):
    """Read-only guidance of one item, selectable with mouse and keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)  # built here, with every pack text escaped
        self.body.setAccessibleName(self.tr("Guidance"))
        self.body.setOpenExternalLinks(False)  # a pack's source URL goes through ui.links like any other link
        self.body.linkActivated.connect(lambda url: open_link(self, url))
        self.body.setTextInteractionFlags(SELECTABLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)

    def show_item(self, framework: Framework, item: Item, *, words: list[str] | None = None) -> None:
        self.body.setText(self._body(framework, item, words or []))

    def clear(self) -> None:
        self.body.clear()

    def _body(self, framework: Framework, item: Item, words: list[str]) -> str:
        def mark(text: str) -> str:
            return marked_html(text, words)

        parts = []
        if item.why:
            parts.append(self._section(self.tr("Why it matters"), f"<p>{mark(item.why)}</p>"))
        if item.ready_looks_like:
            parts.append(self._section(self.tr("What ready looks like"), f"<p>{mark(item.ready_looks_like)}</p>"))
        if item.evidence_examples:
            parts.append(self._section(self.tr("Evidence examples"), self._bullets(item.evidence_examples, mark)))
        if item.suggested_actions:
            parts.append(self._section(self.tr("Suggested actions"), self._bullets(item.suggested_actions, mark)))
        notes = []
        if item.effective:
            notes.append(self.tr("Effective %1").replace("%1", item.effective.isoformat()))
        if item.phase_in:
            notes.append(self.tr("Phase-in: %1").replace("%1", html.escape(item.phase_in)))
        if not item.confirmed:
            notes.append(self.tr("Unconfirmed: check this item against a primary source before relying on it."))
        sources = [framework.source(s) for s in item.sources]
        links = [
            f'<a href="{html.escape(s.url)}">{html.escape(s.title)}</a>' if s.url else html.escape(s.title)
            for s in sources
            if s is not None
        ]
        if links:
            notes.append(self.tr("Sources: %1").replace("%1", "; ".join(links)))
        if notes:
            parts.append("<p><i>" + "<br>".join(notes) + "</i></p>")
        return "".join(parts) or "<p>" + self.tr("No guidance for this item.") + "</p>"

    @staticmethod
    def _section(title: str, body: str) -> str:
        return f"<p style='margin-bottom:0'><b>{html.escape(title)}</b></p>{body}"

    @staticmethod
    def _bullets(lines: list[str], mark: Callable[[str], str]) -> str:
        return "<ul style='margin-top:0'>" + "".join(f"<li>{mark(line)}</li>" for line in lines) + "</ul>"
