"""The question and its guidance: why it matters, what ready looks like, evidence examples, suggested actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from readiness.model import Area, Framework, Item
from ui.links import open_link
from ui.plain_text import plain_label


class GuidancePanel(QWidget):
    """Read-only text of one item, selectable with mouse and keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_label = plain_label(parent=self)
        self.area_label.setWordWrap(True)
        self.question = plain_label(parent=self)
        self.question.setWordWrap(True)
        self.question.setObjectName("question")
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.question.setFont(font)
        self.question.setAccessibleName(self.tr("Question"))
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)  # built here, with every pack text escaped
        self.body.setAccessibleName(self.tr("Guidance"))
        self.body.setOpenExternalLinks(False)  # a pack's source URL goes through ui.links like any other link
        self.body.linkActivated.connect(lambda url: open_link(self, url))
        for label in (self.area_label, self.question, self.body):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area_label)
        layout.addWidget(self.question)
        layout.addWidget(self.body)

    def show_item(self, framework: Framework, area: Area, item: Item) -> None:
        self.area_label.setText(self.tr("%1  \u00b7  %2").replace("%1", area.title).replace("%2", item.id))
        self.question.setText(item.question)
        self.body.setText(self._body(framework, item))

    def clear(self) -> None:
        self.area_label.clear()
        self.question.setText(self.tr("Select an item to assess it."))
        self.body.clear()

    def _body(self, framework: Framework, item: Item) -> str:
        parts = []
        if item.why:
            parts.append(self._section(self.tr("Why it matters"), f"<p>{html.escape(item.why)}</p>"))
        if item.ready_looks_like:
            parts.append(
                self._section(self.tr("What ready looks like"), f"<p>{html.escape(item.ready_looks_like)}</p>")
            )
        if item.evidence_examples:
            parts.append(self._section(self.tr("Evidence examples"), self._bullets(item.evidence_examples)))
        if item.suggested_actions:
            parts.append(self._section(self.tr("Suggested actions"), self._bullets(item.suggested_actions)))
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
    def _bullets(lines: list[str]) -> str:
        return "<ul style='margin-top:0'>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
