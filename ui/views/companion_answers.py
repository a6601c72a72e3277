"""Beside a watch item: the compliance answers it reads, read only, each with a way to open it.

A watch list (a joint or annual review) runs beside a compliance assessment;
a watch item names the compliance items it builds on (`Item.depends_on`,
read by `readiness.companions.companion_answers`). This panel shows their
answers as they are today and emits `open_requested(assessment id, item id)`
so the window can switch to the compliance assessment at that item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from readiness.companions import CompanionAnswer, companion_answers
from readiness.model import Assessment, Response
from readiness.walkthrough import item_numbers
from ui.context import AppContext
from ui.labels import not_applicable_label, priority_label, response_level_label
from ui.plain_text import make_plain

STYLE = "QFrame#companionAnswer { border-left: 3px solid palette(mid); padding-left: 6px; }"


def answer_summary(response: Response | None, tr: object) -> str:
    """Level, priority, owner and due date of a compliance answer on one line."""
    translate = tr if callable(tr) else (lambda s: s)
    if response is None:
        return translate("Not in the compliance assessment")
    parts = [response_level_label(response)]
    if response.not_applicable:
        reason = not_applicable_label(response)
        return f"{parts[0]}: {reason}" if reason else parts[0]
    if response.priority is not None:
        parts.append(translate("priority %1").replace("%1", priority_label(response.priority)))
    if response.owner:
        parts.append(translate("owner %1").replace("%1", response.owner))
    if response.due is not None:
        parts.append(translate("due %1").replace("%1", response.due.isoformat()))
    return " \u00b7 ".join(parts)


class CompanionAnswersPanel(QGroupBox):
    """Hidden unless the open assessment is a watch list and the item reads compliance answers."""

    open_requested = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.compliance: Assessment | None = None
        self.answers: list[CompanionAnswer] = []
        self.setAccessibleName(self.tr("Compliance answers this item reads"))
        self.setStyleSheet(STYLE)
        self.rows = QVBoxLayout(self)
        self.hide()

    def show_item(self, item_id: str | None) -> int:
        """Show the compliance answers `item_id` reads; returns how many (0 hides the panel)."""
        self._clear()
        watch = self.context.assessment
        found = self.context.item_index.get(item_id or "")
        if watch is None or watch.companion_of is None or found is None or not found[1].depends_on:
            self.hide()
            return 0
        item = found[1]
        self.compliance = compliance = self.context.assessment_by_id(watch.companion_of)
        self.answers = self.context.read(lambda ws: companion_answers(ws, watch, item))
        numbers = item_numbers(self.context.framework_version(compliance.framework_id, compliance.framework_version))
        self.setTitle(
            self.tr("Your answers in \u201c%1\u201d that this item reads").replace("%1", self.compliance.name)
        )
        for answer in self.answers:
            self.rows.addWidget(self._row(answer, numbers.get(answer.item_id, "")))
        self.show()
        return len(self.answers)

    def _row(self, answer: CompanionAnswer, number: str) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("companionAnswer")
        question = QLabel(f"{number}  {answer.question or answer.item_id}".strip(), frame)
        bold = question.font()
        bold.setBold(True)
        question.setFont(bold)
        summary = QLabel(answer_summary(answer.response, self.tr), frame)
        labels = [question, summary]
        if answer.response is not None and answer.response.gap:
            labels.append(QLabel(self.tr("Gap: %1").replace("%1", answer.response.gap), frame))
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.setSpacing(2)
        for label in labels:
            make_plain(label)
            label.setWordWrap(True)
            layout.addWidget(label)
        if answer.response is not None and self.compliance is not None:
            button = QPushButton(self.tr("Open %1 in the compliance assessment").replace("%1", number), frame)
            button.setAccessibleName(self.tr("Open the compliance item %1").replace("%1", number))
            compliance_id, item_id = self.compliance.id, answer.item_id
            button.clicked.connect(lambda _c=False: self.open_requested.emit(compliance_id, item_id))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _clear(self) -> None:
        while self.rows.count():
            taken = self.rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answers = []
