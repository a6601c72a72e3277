"""The item editor: question and guidance above, the response fields, evidence and actions below.

It shows whichever item the main window selects and follows the context's
`responses_changed` signal, so undo, redo and bulk edits appear at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.views.actions_panel import ActionsPanel
from ui.views.evidence_panel import EvidencePanel
from ui.views.guidance import GuidancePanel
from ui.views.response_form import ResponseForm


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
        answer = QGroupBox(self.tr("Your answer"), body)
        answer_layout = QVBoxLayout(answer)
        answer_layout.addWidget(self.form)
        evidence_box = QGroupBox(self.tr("Evidence"), body)
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        actions_box = QGroupBox(self.tr("Actions"), body)
        QVBoxLayout(actions_box).addWidget(self.actions_panel)
        layout = QVBoxLayout(body)
        layout.addWidget(self.guidance)
        layout.addWidget(answer)
        layout.addWidget(evidence_box)
        layout.addWidget(actions_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.setFocusProxy(self.form.level)
        self.evidence.evidence_changed.connect(self._evidence_changed)
        context.responses_changed.connect(self._responses_changed)
        context.assessment_changed.connect(lambda: self.show_item(None))
        self.show_item(None)

    def show_item(self, item_id: str | None) -> None:
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
            return
        area, item = found
        self.item_id = item_id
        self.guidance.show_item(framework, area, item)
        self._show_response(item.suggested_actions)
        self.verticalScrollBar().setValue(0)

    def _show_response(self, suggestions: list[str] | None = None) -> None:
        response = self.context.responses.get(self.item_id or "")
        self.form.show_response(self.item_id, response)
        for widget in (self.evidence, self.actions_panel):
            widget.setEnabled(response is not None)
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
            self.context.edit_responses({self.item_id: {"evidence": evidence}}, text=self.tr("Edit evidence"))

    def flush(self) -> None:
        self.form.flush()
