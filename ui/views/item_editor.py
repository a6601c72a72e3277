"""The item editor: question and guidance above, the response fields, evidence and actions below.

It shows whichever item the main window selects and follows the context's
`responses_changed` signal, so undo, redo and bulk edits appear at once.
An item flagged needs-review (after a migration) shows the mapping's note
in a coloured box above the answer, with "Mark reviewed" to clear the flag
in one undo step. On an archived assessment every edit control is disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui import commands
from ui.context import AppContext
from ui.labels import review_notes_label
from ui.plain_text import make_plain
from ui.views.actions_panel import ActionsPanel
from ui.views.evidence_panel import EvidencePanel
from ui.views.guidance import GuidancePanel
from ui.views.linked_products import LinkedProductsPanel
from ui.views.response_form import ResponseForm

REVIEW_STYLE = (
    "QFrame#reviewBox { background: #fff4d6; border: 1px solid #e0a526; border-radius: 4px; }"
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
    """Everything about one item, in a scrollable column."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Item editor"))
        body = QWidget(self)
        self.guidance = GuidancePanel(body)
        self.form = ResponseForm(context, body)
        self.evidence = EvidencePanel(body)
        self.actions_panel = ActionsPanel(context, body)
        self.saved_hint = QLabel(body)
        make_plain(self.saved_hint)
        self.review_box = ReviewBox(body)
        self.review_box.hide()
        answer = QGroupBox(self.tr("Your answer"), body)
        answer_layout = QVBoxLayout(answer)
        answer_layout.addWidget(self.form)
        evidence_box = QGroupBox(self.tr("Evidence"), body)
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        actions_box = QGroupBox(self.tr("Actions"), body)
        QVBoxLayout(actions_box).addWidget(self.actions_panel)
        layout = QVBoxLayout(body)
        layout.addWidget(self.review_box)  # first, so long guidance never pushes it out of sight
        layout.addWidget(self.guidance)
        layout.addWidget(answer)
        layout.addWidget(evidence_box)
        layout.addWidget(actions_box)
        self.linked_products = LinkedProductsPanel(context, body)  # read-only; hides itself when nothing is linked
        layout.addWidget(self.linked_products)
        layout.addStretch(1)
        self.setWidget(body)
        self.setFocusProxy(self.form.level)
        self.evidence.evidence_changed.connect(self._evidence_changed)
        self.review_box.mark_reviewed.clicked.connect(self.mark_reviewed)
        context.responses_changed.connect(self._responses_changed)
        context.assessment_changed.connect(lambda: self.show_item(None))
        self.show_item(None)

    def show_item(self, item_id: str | None) -> None:
        self.linked_products.show_item(item_id if self.context.framework else None)
        framework = self.context.framework
        found = self.context.item_index.get(item_id) if framework and item_id else None
        if found is None or framework is None:
            self.form.show_response(None, None)
            self.item_id = None
            self.guidance.clear()
            self.evidence.load([])
            self.actions_panel.show_actions(None, [], [])
            for widget in (self.evidence, self.actions_panel):
                widget.setEnabled(False)
            self.review_box.hide()
            return
        area, item = found
        self.item_id = item_id
        self.guidance.show_item(framework, area, item)
        self._show_response(item.suggested_actions)
        self.verticalScrollBar().setValue(0)

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
            self.actions_panel.show_actions(self.item_id, response.actions, suggestions)

    def _responses_changed(self, item_ids: list[str]) -> None:
        if self.item_id in item_ids:
            self._show_response()

    def _evidence_changed(self, evidence: list[str]) -> None:
        if self.item_id is not None:
            commands.edit_responses(self.context, {self.item_id: {"evidence": evidence}}, text=self.tr("Edit evidence"))

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
