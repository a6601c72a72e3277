"""Input widgets that report a finished edit once, so each field edit becomes one save and one undo step.

- `CommitTextEdit` (multi-line) and `CommitLineEdit` emit `committed(text)`
  when focus leaves, on Enter (line edit), or after a pause in typing
  (`DEBOUNCE_MS`), but only when the text differs from what was last loaded
  or committed; typing is never overwritten while it is pending. Each has
  an `edit_session` counter that rises when focus enters, so pauses within
  one visit merge into one undo step.
- `DateField` is an optional date: a date edit plus a "no date" state.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QToolButton, QWidget

DEBOUNCE_MS = 1200
NO_DATE = QDate(2000, 1, 1)


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


class DateField(QWidget):
    """An optional date: `date()` is None when the field shows "No date"."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove the due date"))
        self.clear_button.setAccessibleName(self.tr("Clear date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self._loaded: dt.date | None = None
        self.edit.editingFinished.connect(self._emit_if_changed)
        self.edit.calendarWidget().clicked.connect(lambda _d: QTimer.singleShot(0, self._emit_if_changed))
        self.clear_button.clicked.connect(self._clear)

    def date(self) -> dt.date | None:
        value = self.edit.date()
        if value <= NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def load(self, value: dt.date | None) -> None:
        self._loaded = value
        with QSignalBlocker(self.edit):
            self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def set_date(self, value: dt.date | None) -> None:
        """Set the date as if the user picked it (used by keyboard shortcuts and tests)."""
        with QSignalBlocker(self.edit):
            self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self._emit_if_changed()

    def _clear(self) -> None:
        self.set_date(None)

    def _emit_if_changed(self) -> None:
        value = self.date()
        if value != self._loaded:
            self._loaded = value
            self.changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._clear()
            return
        super().keyPressEvent(event)
