"""The introduction of an objective area, shown when the user chooses the area, before any item.

It says what the area is about (the pack's summary), its key points (the
pack's objectives or rules, in our words, each with its sources), how
many of the area's items apply to the company and how many are still to
answer, and offers to start with the first unanswered one (F8). For "All
areas" it introduces the framework. Pack text is escaped; links go through
`ui.links.open_link`.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from readiness.content_model import Area, Framework, Objective
from readiness.model import Response
from readiness.scoring import area_score, overall_score
from ui.labels import plural
from ui.links import open_link
from ui.plain_text import plain_label


class AreaIntro(QWidget):
    """Title, counts, summary, objectives with sources, and a button to start answering."""

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(parent=self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Area"))
        self.counts = plain_label(parent=self)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Items that apply"))
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.RichText)  # built here with every pack text escaped
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(lambda url: open_link(self, url))
        self.body.setAccessibleName(self.tr("Area introduction"))
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for label in (self.title, self.counts, self.body):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
        self.start_button = QPushButton(self.tr("&Start with the first unanswered item (F8)"), self)
        self.start_button.clicked.connect(self.start_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)

    def show_area(
        self, framework: Framework, area: Area | None, responses: Mapping[str, Response], *, number: str
    ) -> None:
        """Introduce `area` (None: the whole framework) with today's counts from `responses`."""
        if area is None:
            self.title.setText(f"{framework.title} ({framework.version})")
            score = overall_score(framework, responses)
            total = sum(len(a.items) for a in framework.areas)
            self.body.setText(self._framework_html(framework))
        else:
            self.title.setText(self.tr("%1. %2").replace("%1", number).replace("%2", area.title))
            score = area_score(area, responses)
            total = len(area.items)
            self.body.setText(self._area_html(framework, area))
        self.counts.setText(self._counts(total, score.applicable, score.applicable - score.assessed))
        self.start_button.setEnabled(score.applicable > score.assessed)

    def _counts(self, total: int, applicable: int, to_answer: int) -> str:
        applies = plural(
            applicable,
            self.tr("%n item applies to your company"),
            self.tr("%n items apply to your company"),
        )
        of_total = plural(total, self.tr("(of %n item here)."), self.tr("(of %n items here)."))
        if applicable == 0:
            left = self.tr("Nothing to answer here.")
        elif to_answer == 0:
            left = self.tr("Every one is answered.")
        else:
            left = plural(to_answer, self.tr("%n is still to answer."), self.tr("%n are still to answer."))
        return f"{applies} {of_total} {left}"

    def _area_html(self, framework: Framework, area: Area) -> str:
        parts = []
        if area.summary:
            parts.append(f"<p>{html.escape(area.summary)}</p>")
        if area.objectives:
            parts.append(f"<p style='margin-bottom:0'><b>{html.escape(self.tr('Key points'))}</b></p>")
            parts.append("<ul style='margin-top:0'>")
            parts.extend(f"<li>{self._objective(framework, objective)}</li>" for objective in area.objectives)
            parts.append("</ul>")
        links = self._links(framework, area.sources)
        if links:
            parts.append("<p><i>" + self.tr("Sources: %1").replace("%1", "; ".join(links)) + "</i></p>")
        if not parts:
            parts.append("<p>" + html.escape(self.tr("The framework gives no introduction for this area.")) + "</p>")
        return "".join(parts)

    def _objective(self, framework: Framework, objective: Objective) -> str:
        text = html.escape(objective.text)
        links = self._links(framework, objective.sources)
        if links:
            text += " <small>(" + "; ".join(links) + ")</small>"
        if not objective.confirmed:
            text += " <i>" + html.escape(self.tr("(not yet confirmed against a primary source)")) + "</i>"
        return text

    def _framework_html(self, framework: Framework) -> str:
        parts = []
        if framework.description:
            parts.append(f"<p>{html.escape(framework.description)}</p>")
        if framework.current_to:
            parts.append(
                "<p>" + self.tr("Content current to %1.").replace("%1", framework.current_to.isoformat()) + "</p>"
            )
        parts.append("<p>" + html.escape(self.tr("Choose an area on the left to read what it covers.")) + "</p>")
        return "".join(parts)

    @staticmethod
    def _links(framework: Framework, source_ids: list[str]) -> list[str]:
        links = []
        for source_id in source_ids:
            source = framework.source(source_id)
            if source is None:
                continue
            title = html.escape(source.title)
            links.append(f'<a href="{html.escape(source.url)}">{title}</a>' if source.url else title)
        return links
