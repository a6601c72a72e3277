"""The item editor: the question and the whole answer first, then the guidance (folds away), evidence and actions.

It shows whichever item the navigator selects, or the introduction of the
area the user chose (`AreaIntro`) until an item is picked. It follows the
context's `responses_changed` signal, so undo, redo and bulk edits appear at
once. An item flagged needs-review (after a migration) shows the mapping's
note in a coloured box above the answer, with "Mark reviewed" to clear the
flag in one undo step. On an archived assessment every edit control is
disabled. Whether the guidance is folded is remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from readiness.model import Response
from readiness.walkthrough import area_numbers, item_numbers
from ui import commands
from ui.context import AppContext
from ui.labels import review_notes_label
from ui.models.areas import ALL_AREAS
from ui.settings import Settings
from ui.views.actions_panel import ActionsPanel
from ui.views.area_intro import AreaIntro
from ui.views.evidence_panel import EvidencePanel
from ui.views.guidance import GuidancePanel, ItemHeading
from ui.views.item_extras import ItemExtras
from ui.views.linked_products import LinkedProductsPanel
from ui.views.response_form import ResponseForm
from ui.widgets.section import FoldingSection

REVIEW_STYLE = (
    "QFrame#reviewBox { background: #fff4d6; border: 1px solid #8a6d00; border-radius: 4px; }"
    " QFrame#reviewBox QLabel { color: #3d2e00; background: transparent; }"
)


class ReviewBox(QFrame):
    """ "Needs review: <the mapping's note>" and the button that clears the flag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBox")
        self.setStyleSheet(REVIEW_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Review note"))
        self.mark_reviewed = QPushButton(self.tr("&Mark reviewed"), self)
        self.mark_reviewed.setToolTip(self.tr("You have checked the answer against the new item; clears the flag"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.mark_reviewed, 0, Qt.AlignmentFlag.AlignTop)

    def show_note(self, note: str) -> None:
        text = note.strip() or self.tr("the answer was flagged for another look.")
        self.text.setText(self.tr("Needs review: %1").replace("%1", text))


class ItemEditor(QScrollArea):
    """Everything about one item (or the introduction of one area), in a scrollable column."""

    start_requested = Signal()  # "Start with the first unanswered item" on an area's introduction

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.context, self.settings = context, settings
        self.item_id: str | None = None
        self.area_id: str | None = None  # the area whose introduction is shown
        self.numbers: dict[str, str] = {}
        self.words: list[str] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Item editor"))
        body = QWidget(self)
        self.intro = AreaIntro(body)
        self.item_page = QWidget(body)
        page = self.item_page
        self.heading = ItemHeading(page)
        # Created in the order they are shown, which is the order Tab visits them.
        self.form = ResponseForm(context, page)
        self.actions_panel = ActionsPanel(context, page)
        self.evidence = EvidencePanel(page)
        self.guidance = GuidancePanel(page)
        self.review_box = ReviewBox(page)
        self.review_box.hide()
        self.extras = ItemExtras(context, page)  # a watch item's compliance answers; the history button
        answer = QGroupBox(self.tr("Your answer"), page)
        QVBoxLayout(answer).addWidget(self.form)
        self.guidance_section = FoldingSection(
            self.tr("Gu&idance"), self.guidance, open_=settings.guidance_open if settings else True, parent=page
        )
        evidence_box = QGroupBox(self.tr("Evidence"), page)
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        actions_box = QGroupBox(self.tr("Actions"), page)
        QVBoxLayout(actions_box).addWidget(self.actions_panel)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.review_box)  # above the answer, so a long question never pushes it out of sight
        column.addWidget(answer)
        column.addWidget(self.extras)
        # The work on the item (its actions, then its evidence) comes before the guidance, which is long: a
        # manager adding an action should not have to scroll past the reading to find where.
        column.addWidget(actions_box)
        column.addWidget(evidence_box)
        column.addWidget(self.guidance_section)
        self.linked_products = LinkedProductsPanel(context, page)  # read-only; hides itself when nothing is linked
        column.addWidget(self.linked_products)
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addWidget(page)
        layout.addStretch(1)
        self.setWidget(body)
        self.intro.hide()
        self.setFocusProxy(self.form.level)
        self.evidence.evidence_changed.connect(self._evidence_changed)
        self.review_box.mark_reviewed.clicked.connect(self.mark_reviewed)
        self.guidance_section.folded.connect(self._guidance_folded)
        self.intro.start_requested.connect(self.start_requested)
        context.responses_changed.connect(self._responses_changed)
        context.assessment_changed.connect(self._assessment_changed)
        self.show_item(None)

    def _assessment_changed(self) -> None:
        self.numbers = item_numbers(self.context.framework) if self.context.framework else {}
        self.show_item(None)

    # --- what is shown --------------------------------------------------------------

    def show_area(self, area_id: str, *, refresh: bool = False) -> None:
        """The introduction of one area (or, for `ALL_AREAS`, of the framework) in place of an item."""
        framework = self.context.framework
        if framework is None:
            return
        self.form.flush()
        self.item_id = None
        self.area_id = area_id
        area = next((a for a in framework.areas if a.id == area_id), None) if area_id != ALL_AREAS else None
        number = area_numbers(framework).get(area_id, "")
        self.intro.show_area(framework, area, self.context.responses, number=number)
        self.item_page.hide()
        self.intro.show()
        self.setFocusProxy(self.intro.start_button)
        if not refresh:
            self.verticalScrollBar().setValue(0)

    def show_item(self, item_id: str | None) -> None:
        self.linked_products.show_item(item_id if self.context.framework else None)
        framework = self.context.framework
        self.extras.show_item(item_id if framework and item_id in self.context.item_index else None)
        found = self.context.item_index.get(item_id) if framework and item_id else None
        self.area_id = None
        self.intro.hide()
        self.item_page.show()
        self.setFocusProxy(self.form.level)
        if found is None or framework is None:
            self.form.show_response(None, None)
            self.item_id = None
            self.heading.clear()
            self.guidance.clear()
            self.evidence.load([])
            self.actions_panel.show_actions(None, [], [])
            for widget in (self.evidence, self.actions_panel):
                widget.setEnabled(False)
            self.review_box.hide()
            return
        area, item = found
        self.item_id = item_id
        self.heading.show_item(area, item, number=self.numbers.get(item.id, ""), words=self.words)
        self.guidance.show_item(framework, item, words=self.words)
        self._show_response(item.suggested_actions)
        self.verticalScrollBar().setValue(0)

    def set_search_words(self, words: list[str]) -> None:
        """Mark these words in the question and guidance (the words of the search in progress)."""
        if words != self.words:
            self.words = words
            if self.item_id is not None:
                self.show_item(self.item_id)

    def _show_response(self, suggestions: list[str] | None = None) -> None:
        response = self.context.responses.get(self.item_id or "")
        self.form.show_response(self.item_id, response)
        editable = response is not None and not self.context.read_only
        for widget in (self.form, self.evidence, self.actions_panel, self.review_box.mark_reviewed):
            widget.setEnabled(editable)
        self.review_box.setVisible(response is not None and response.needs_review)
        if response is not None and response.needs_review:
            self.review_box.show_note(review_notes_label(response.review_notes))
        if response is not None:
            self.evidence.load(response.evidence)
            if suggestions is None:
                index = self.context.item_index
                suggestions = index[self.item_id][1].suggested_actions if self.item_id in index else []
            self.actions_panel.show_actions(self.item_id, response.actions, suggestions, defaults=_defaults(response))

    def _responses_changed(self, item_ids: list[str]) -> None:
        if self.item_id in item_ids:
            self._show_response()
        elif self.area_id is not None:
            self.show_area(self.area_id, refresh=True)  # the counts of the introduction follow

    def _evidence_changed(self, evidence: list[str]) -> None:
        if self.item_id is not None:
            commands.edit_responses(self.context, {self.item_id: {"evidence": evidence}}, text=self.tr("Edit evidence"))

    def _guidance_folded(self, open_: bool) -> None:
        if self.settings is not None:
            self.settings.guidance_open = open_

    def mark_reviewed(self) -> bool:
        """Clear the needs-review flag of the item shown, as one undo step."""
        response = self.context.responses.get(self.item_id or "")
        if self.item_id is None or response is None or not response.needs_review:
            return False
        self.form.flush()
        return commands.edit_responses(
            self.context, {self.item_id: {"needs_review": False}}, text=self.tr("Mark reviewed")
        )

    def flush(self) -> None:
        self.form.flush()


def _defaults(response: Response) -> dict[str, object]:
    """A new action starts with the item's owner and due date."""
    return {"owner": response.owner, "due": response.due}
