"""The fields of one response, compact enough to see whole: level, reason, priority, owner, due, gap, notes.

Level and priority share a row, and so do owner and due date; the
not-applicable reason row appears when the level is "Not applicable" and
asks for the reason there and then (until it has one, the item counts as
not assessed: `Response.counts_as_not_applicable`). Level 4 without
evidence gets a marker. Each finished field edit calls
`commands.edit_responses` with just that field, so it is saved at once in
its own transaction and undone as one step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from readiness.codes import Level, Priority
from readiness.model import Response, level_chosen
from readiness.owners import known_owners
from ui import commands
from ui.context import AppContext
from ui.labels import (
    basis_label,
    level_label,
    level_meaning,
    priority_label,
    ready_without_evidence,
    review_notes_label,
)
from ui.plain_text import make_plain
from ui.theme import status_color
from ui.widgets.fields import CommitLineEdit, CommitTextEdit, DateField, suggest_names

NOT_APPLICABLE = "na"
UNSET = "unset"


class ResponseForm(QWidget):
    """Edits the response of `item_id` through the context."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: str | None = None
        self.level = QComboBox(self)
        self.level.addItem(level_label(None), None)
        for level in Level:
            self.level.addItem(level_label(level), int(level))
            self.level.setItemData(self.level.count() - 1, level_meaning(level), Qt.ItemDataRole.ToolTipRole)
        self.level.addItem(self.tr("Not applicable"), NOT_APPLICABLE)
        self.na_reason = CommitLineEdit(self)
        self.na_reason.setPlaceholderText(self.tr("Why this item does not apply to the company"))
        self.na_hint = self._note_label()
        self.priority = QComboBox(self)
        self.priority.addItem(priority_label(None), UNSET)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority.value)
        self.owner = CommitLineEdit(self)
        self.owner.setPlaceholderText(self.tr("Who is accountable"))
        self.due = DateField(self)
        self.evidence_hint = self._note_label()
        self.needs_review = QCheckBox(self.tr("&Needs review"), self)
        self.review_note = QLabel(self)
        make_plain(self.review_note)
        self.review_note.setWordWrap(True)
        self.gap = CommitTextEdit(self)
        self.gap.setPlaceholderText(self.tr("What is missing between today and ready"))
        self.notes = CommitTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Anything else worth keeping"))
        line = self.fontMetrics().lineSpacing()
        self.gap.setFixedHeight(line * 3 + 14)
        self.notes.setFixedHeight(line * 2 + 14)
        self._describe()
        self._lay_out()
        self._connect()

    def _note_label(self) -> QLabel:
        label = QLabel(self)
        make_plain(label)
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.row_labels: dict[str, QLabel] = {}

        def label(key: str, text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            self.row_labels[key] = widget
            return widget

        grid.addWidget(label("level", self.tr("&Level:"), self.level), 0, 0)
        grid.addWidget(self.level, 0, 1)
        grid.addWidget(label("priority", self.tr("&Priority:"), self.priority), 0, 2)
        grid.addWidget(self.priority, 0, 3)
        grid.addWidget(label("na_reason", self.tr("&Reason:"), self.na_reason), 1, 0)
        grid.addWidget(self.na_reason, 1, 1, 1, 3)
        grid.addWidget(self.na_hint, 2, 1, 1, 3)
        grid.addWidget(label("owner", self.tr("&Owner:"), self.owner), 3, 0)
        grid.addWidget(self.owner, 3, 1)
        grid.addWidget(label("due", self.tr("D&ue:"), self.due), 3, 2)
        grid.addWidget(self.due, 3, 3)
        grid.addWidget(self.evidence_hint, 4, 1, 1, 3)
        grid.addWidget(label("gap", self.tr("G&ap:"), self.gap), 5, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.gap, 5, 1, 1, 3)
        grid.addWidget(label("notes", self.tr("No&tes:"), self.notes), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes, 6, 1, 1, 3)
        grid.addWidget(self.needs_review, 7, 1, 1, 3)
        grid.addWidget(self.review_note, 8, 1, 1, 3)
        for widget in (self.level, self.na_reason, self.priority, self.owner, self.due, self.gap, self.notes):
            widget.setMinimumWidth(90)
        self.setTabOrder(self.level, self.na_reason)
        self.setTabOrder(self.na_reason, self.priority)
        self.setTabOrder(self.priority, self.owner)
        self.setTabOrder(self.owner, self.due.edit)
        self.setTabOrder(self.due.edit, self.gap)
        self.setTabOrder(self.gap, self.notes)
        self.setTabOrder(self.notes, self.needs_review)
        self._show_reason_row(False)

    def _describe(self) -> None:
        described = (
            (self.level, self.tr("Readiness level"), self.tr("0 not started to 4 ready, or not applicable")),
            (self.na_reason, self.tr("Not applicable reason"), self.tr("Why the item does not apply")),
            (self.priority, self.tr("Priority"), self.tr("How urgent closing the gap is")),
            (self.owner, self.tr("Owner"), self.tr("The person accountable for this item")),
            (self.due, self.tr("Due date"), ""),
            (self.needs_review, self.tr("Needs review"), self.tr("Flag the answer for another look")),
            (self.gap, self.tr("Gap"), self.tr("Saved when you leave the field or pause typing")),
            (self.notes, self.tr("Notes"), self.tr("Saved when you leave the field or pause typing")),
        )
        for widget, name, tip in described:
            widget.setAccessibleName(name)
            if tip:
                widget.setToolTip(tip)

    def _connect(self) -> None:
        self.level.activated.connect(self._level_chosen)
        self.priority.activated.connect(self._priority_chosen)
        self.na_reason.committed.connect(lambda text: self._save("na_reason", text.strip() or None))
        self.owner.committed.connect(lambda text: self._save("owner", text.strip()))
        self.due.changed.connect(lambda value: self._save("due", value))
        self.needs_review.clicked.connect(lambda checked: self._save("needs_review", bool(checked)))
        self.gap.committed.connect(lambda text: self._save("gap", text, session=self.gap.edit_session))
        self.notes.committed.connect(lambda text: self._save("notes", text, session=self.notes.edit_session))

    # --- loading --------------------------------------------------------------

    def show_response(self, item_id: str | None, response: Response | None) -> None:
        if item_id != self.item_id:
            self.flush()
        self.item_id = item_id
        self.setEnabled(response is not None)
        if response is None:
            return
        with QSignalBlocker(self.level):
            key: Any = (
                NOT_APPLICABLE if response.not_applicable else (None if response.level is None else int(response.level))
            )
            self.level.setCurrentIndex(self.level.findData(key))
        with QSignalBlocker(self.priority):
            self.priority.setCurrentIndex(
                self.priority.findData(response.priority.value if response.priority else UNSET)
            )
        self.na_reason.load(response.na_reason or "")
        self.na_reason.setPlaceholderText(
            basis_label(response.na_basis)
            if response.na_basis is not None
            else self.tr("Why this item does not apply to the company")
        )
        self._show_reason_row(response.not_applicable)
        self._show_note(
            self.na_hint,
            self.tr("Say why it does not apply: until then the item counts as not assessed.")
            if response.awaiting_na_reason
            else "",
        )
        self._show_note(
            self.evidence_hint,
            self.tr("\u26a0 Ready, but no evidence is recorded: add a link or a file under Evidence.")
            if ready_without_evidence(response)
            else "",
        )
        self.owner.load(response.owner)
        suggest_names(self.owner, known_owners(self.context.responses.values()))
        self.due.load(response.due)
        with QSignalBlocker(self.needs_review):
            self.needs_review.setChecked(response.needs_review)
        # while flagged, the editor shows the note prominently above the form; afterwards it stays here, quieter
        notes = review_notes_label(response.review_notes)
        self.review_note.setText(self.tr("Review note: %1").replace("%1", notes))
        self.review_note.setVisible(bool(notes) and not response.needs_review)
        self.gap.load(response.gap)
        self.notes.load(response.notes)

    def _show_reason_row(self, shown: bool) -> None:
        self.row_labels["na_reason"].setVisible(shown)
        self.na_reason.setVisible(shown)
        self.na_reason.setEnabled(shown)

    def _show_note(self, label: QLabel, text: str) -> None:
        label.setText(text)
        if text:
            palette = label.palette()
            palette.setColor(label.foregroundRole(), status_color("bad"))
            label.setPalette(palette)
        label.setVisible(bool(text))

    def flush(self) -> None:
        """Save typing still pending in a text field (before switching item or closing)."""
        for field in (self.na_reason, self.owner, self.gap, self.notes):
            field.flush()

    # --- saving -----------------------------------------------------------------

    def _level_chosen(self, index: int) -> None:
        value = self.level.itemData(index)
        if value == NOT_APPLICABLE:
            response = self.context.responses.get(self.item_id or "")
            if response is not None and response.not_applicable:
                return
            self._save_many({"not_applicable": True}, self.tr("Mark not applicable"))
            self._show_reason_row(True)
            self.na_reason.setFocus()  # the reason is asked for at once, where the user is looking
        else:
            changes = level_chosen(None if value is None else Level(value))
            self._save_many(changes, self.tr("Set level to %1").replace("%1", level_label(value)))

    def _priority_chosen(self, index: int) -> None:
        value = self.priority.itemData(index)
        self._save("priority", None if value == UNSET else Priority(value))

    def _save(self, field: str, value: Any, *, session: int | None = None) -> None:
        names = {
            "na_reason": self.tr("Edit not-applicable reason"),
            "priority": self.tr("Set priority"),
            "owner": self.tr("Set owner"),
            "due": self.tr("Set due date"),
            "needs_review": self.tr("Change needs-review flag"),
            "gap": self.tr("Edit gap"),
            "notes": self.tr("Edit notes"),
        }
        merge = f"{self.item_id}:{field}:{session}" if session is not None else ""
        self._save_many({field: value}, names.get(field, field), merge_key=merge)

    def _save_many(self, changes: dict[str, Any], text: str, *, merge_key: str = "") -> None:
        if self.item_id is None:
            return
        commands.edit_responses(self.context, {self.item_id: changes}, text=text, merge_key=merge_key)
