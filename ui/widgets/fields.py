"""Input widgets that report a finished edit once, so each field edit becomes one save and one undo step.

- `CommitTextEdit` (multi-line) and `CommitLineEdit` emit `committed(text)`
  when focus leaves, on Enter (line edit), or after a pause in typing
  (`DEBOUNCE_MS`), but only when the text differs from what was last loaded
  or committed; typing is never overwritten while it is pending. Each has
  an `edit_session` counter that rises when focus enters, so pauses within
  one visit merge into one undo step.
- `DateField` (an optional date people can type) lives in `ui.widgets.dates`
  and is imported from here too.
- `suggest_names` offers the names already in use as the user types one, so
  one person keeps one spelling.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

from ui.widgets.dates import DateField

__all__ = ["DEBOUNCE_MS", "CommitLineEdit", "CommitTextEdit", "DateField", "suggest_names"]

DEBOUNCE_MS = 1200


class _Debounced:
    def _init_debounce(self, flush: object) -> None:
        self._timer = QTimer(self)  # type: ignore[arg-type]
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(flush)
        self._saved = ""
        self.edit_session = 0


class CommitTextEdit(QPlainTextEdit, _Debounced):
    """A plain-text field that commits when an edit is finished."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._init_debounce(self.flush)
        self.textChanged.connect(self._timer.start)

    def load(self, text: str) -> None:
        """Show a stored value, unless the user has unsaved typing here."""
        if self.pending:
            return
        self._timer.stop()
        self._saved = text
        if self.toPlainText() != text:
            with QSignalBlocker(self):
                self.setPlainText(text)

    @property
    def pending(self) -> bool:
        return self.toPlainText() != self._saved

    def flush(self) -> None:
        self._timer.stop()
        if self.pending:
            self._saved = self.toPlainText()
            self.committed.emit(self._saved)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.edit_session += 1
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


class CommitLineEdit(QLineEdit, _Debounced):
    """A one-line field that commits on Enter, focus-out or a pause in typing."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_debounce(self.flush)
        self.textEdited.connect(self._timer.start)
        self.editingFinished.connect(self.flush)

    def load(self, text: str) -> None:
        if self.pending and self.hasFocus():
            return
        self._timer.stop()
        self._saved = text
        if self.text() != text:
            self.setText(text)

    @property
    def pending(self) -> bool:
        return self.text() != self._saved

    def flush(self) -> None:
        self._timer.stop()
        if self.pending:
            self._saved = self.text()
            self.committed.emit(self._saved)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.edit_session += 1
        super().focusInEvent(event)


def suggest_names(edit: QLineEdit, names: list[str]) -> None:
    """Offer `names` in a list under `edit` as the user types any part of one, in any case ("kim" finds
    "Susan Kim"): picking one keeps the spelling already in use. Nothing is ever changed without a pick."""
    completer = edit.completer()
    if completer is None:
        completer = QCompleter(edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setModel(QStringListModel(completer))
        edit.setCompleter(completer)
    model = completer.model()
    if isinstance(model, QStringListModel) and model.stringList() != names:
        model.setStringList(names)
