"""An optional date people can type: ISO (2027-03-31) or their own short format (3/31/27, 31/03/2027).

The field is a line edit, so an empty date is an empty box with "No date"
as its placeholder: typed digits never mix with a special text, and Tab
always moves on. The value is read when the edit is finished (Enter, Tab,
focus leaving, a date picked in the calendar, the clear button); text that is
not a date is kept, marked and explained, and changes nothing. The calendar
(the button, Alt+Down or F4) opens on the current date, or on today.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from readiness.limits import FIRST_DATE, LAST_DATE
from ui.theme import status_color

ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
TWO_DIGIT_BASE_YEAR = 2000  # "3/31/27" is 2027, not 1927


class NotADate(ValueError):
    """Typed text that is no date, or one outside the range the app keeps."""


def short_formats(locale: QLocale) -> list[str]:
    """The locale's short date format, with one- or two-digit days and months and two- or four-digit years."""
    written = locale.dateFormat(QLocale.FormatType.ShortFormat)
    relaxed = written.replace("dd", "d").replace("MM", "M")
    formats = [written, relaxed]
    for fmt in (written, relaxed):
        if "yyyy" not in fmt and "yy" in fmt:
            formats.append(fmt.replace("yy", "yyyy"))
    return list(dict.fromkeys(formats))


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date `text` names (None when it is empty); `NotADate` otherwise."""
    text = text.strip()
    if not text:
        return None
    value: dt.date | None = None
    iso = ISO.match(text)
    if iso:
        try:
            value = dt.date(*(int(part) for part in iso.groups()))
        except ValueError as error:
            raise NotADate(text) from error
    else:
        for fmt in short_formats(locale or QLocale()):
            parsed = QDate.fromString(text, fmt, TWO_DIGIT_BASE_YEAR)
            if parsed.isValid():
                value = dt.date(parsed.year(), parsed.month(), parsed.day())
                break
    if value is None or not FIRST_DATE <= value <= LAST_DATE:
        raise NotADate(text)
    return value


class DateField(QWidget):
    """An optional date: `date()` is None when the box is empty; `changed(date or None)` after a finished edit."""

    changed = Signal(object)
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("No date"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(20)
        example = QLocale().toString(QDate(2027, 3, 31), QLocale.FormatType.ShortFormat)
        self.edit.setToolTip(
            self.tr("Type a date (2027-03-31 or %1) or leave it empty; Alt+Down opens the calendar").replace(
                "%1", example
            )
        )
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\u25be")  # a small down arrow, as on a drop-down
        self.calendar_button.setAccessibleName(self.tr("Choose a date in the calendar"))
        self.calendar_button.setToolTip(self.tr("Choose a date in the calendar (Alt+Down)"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the box
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(_qdate(FIRST_DATE), _qdate(LAST_DATE))
        self.calendar.setAccessibleName(self.tr("Calendar"))
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_monthbutton", self.tr("Month")),
            ("qt_calendar_yearbutton", self.tr("Year")),
        ):
            button = self.calendar.findChild(QToolButton, name)
            if button is not None:  # the calendar's arrow and menu buttons have icons, not words
                button.setAccessibleName(text)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        self.calendar_button.setMenu(self.popup)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self._labels_claimed = False  # see showEvent

        self._loaded: dt.date | None = None
        self._valid = True
        self.edit.editingFinished.connect(self._finish)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self.popup.aboutToShow.connect(self._open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    # --- value ------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The date shown; while the text is not a date, the last good one."""
        try:
            return parse_date(self.edit.text())
        except NotADate:
            return self._loaded

    def is_valid(self) -> bool:
        return self._valid

    def pending(self) -> bool:
        """True while the user is typing a date here that is not saved yet."""
        shown = "" if self._loaded is None else self._loaded.isoformat()
        return self.edit.hasFocus() and self.edit.text() != shown

    def load(self, value: dt.date | None) -> None:
        """Show a stored value (no signal), unless the user is typing here: a save of another field (or another
        window) reloads the form, and must never wipe a date half typed. The stored value is remembered, so
        finishing the typing saves it against what is stored now."""
        if self.pending():
            self._loaded = value
            return
        self._loaded = value
        self.edit.setText("" if value is None else value.isoformat())
        self._set_valid(True)

    def set_date(self, value: dt.date | None) -> None:
        """Set the date as if the user typed it and pressed Enter."""
        self.edit.setText("" if value is None else value.isoformat())
        self._finish()

    def setAccessibleName(self, name: str) -> None:  # the box is what a screen reader lands on
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # --- editing ------------------------------------------------------------------

    def _edited(self, text: str) -> None:
        if not self._valid:
            self._set_valid(True)  # the user is fixing it; judge again when they finish
        if not text:  # the clear button, or everything deleted: no date, saved at once
            self._finish()

    def _finish(self) -> None:
        try:
            value = parse_date(self.edit.text())
        except NotADate:
            self._set_valid(False)
            return
        self._set_valid(True)
        shown = "" if value is None else value.isoformat()
        if self.edit.text() != shown:
            self.edit.setText(shown)
        if value != self._loaded:
            self._loaded = value
            self.changed.emit(value)

    def _set_valid(self, valid: bool) -> None:
        if valid == self._valid and (valid or self.problem.isVisible()):
            return
        self._valid = valid
        if valid:
            self.problem.hide()
        else:
            self.problem.setText(self.tr("Not a date"))
            palette = self.problem.palette()
            palette.setColor(self.problem.foregroundRole(), status_color("bad"))
            self.problem.setPalette(palette)
            self.problem.show()
        self.edit.setAccessibleDescription("" if valid else self.tr("Not a date: type 2027-03-31 or leave it empty"))
        self.validity_changed.emit(valid)

    # --- calendar ---------------------------------------------------------------------

    def _open_calendar(self) -> None:
        current = self.date() or dt.date.today()
        self.calendar.setSelectedDate(_qdate(current))
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.popup.close()
        self.set_date(dt.date(value.year(), value.month(), value.day()))
        self.edit.setFocus()

    def open_calendar(self) -> None:
        self.popup.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def showEvent(self, event: QShowEvent) -> None:
        """A label naming this field ("&Due:", its shortcut Alt+D) gives the focus to the box itself: QLabel passes
        the focus only to a buddy that takes focus, and this container does not (so Tab stops once, at the box).
        Without it the focus stayed where it was, and the date typed next went into that field."""
        super().showEvent(event)
        if self._labels_claimed:
            return
        self._labels_claimed = True
        for label in self.window().findChildren(QLabel):
            if label.buddy() is self:
                label.setBuddy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
