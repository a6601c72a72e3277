"""One item's history for the history dialog: when, who, what changed, before, after, all in words.

The audit trail stores field codes and values as text; the core reads them
back in the model's types (`readiness.store.audit.item_history`) and this
module puts them in the user's language, with the same words as the editor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from readiness.codes import ActionStatus, Level, Priority
from readiness.model import ProfileBasis, ReviewNote
from readiness.store.audit import ItemChange
from ui.labels import basis_label, level_label, priority_label, review_notes_label, source_label, status_label
from ui.models.row_table import RowTableModel

translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ChangeRole = Qt.ItemDataRole.UserRole + 2
MAX_SHOWN = 160  # characters of a long text shown in a cell; the tooltip has it whole


def answer_field_label(code: str) -> str:
    return {
        "level": translate("history", "Level"),
        "not_applicable": translate("history", "Not applicable"),
        "na_reason": translate("history", "Not-applicable reason"),
        "na_basis": translate("history", "Ruled out by the profile"),
        "gap": translate("history", "Gap"),
        "priority": translate("history", "Priority"),
        "owner": translate("history", "Owner"),
        "due": translate("history", "Due date"),
        "evidence": translate("history", "Evidence"),
        "notes": translate("history", "Notes"),
        "needs_review": translate("history", "Needs review"),
        "review_notes": translate("history", "Review notes"),
    }.get(code, code)


def action_field_label(code: str) -> str:
    return {
        "title": translate("history", "Title"),
        "owner": translate("history", "Owner"),
        "due": translate("history", "Due date"),
        "status": translate("history", "Status"),
        "cost_estimate": translate("history", "Cost estimate"),
        "notes": translate("history", "Notes"),
    }.get(code, code)


def what_changed(change: ItemChange, action_titles: dict[str, str]) -> str:
    """ "Level", "Action added", "Status of the action “Collect certificates”" (the field first, so it shows)."""
    if change.action is None:
        return answer_field_label(change.field)
    if change.field == "added":
        return translate("history", "Action added")
    if change.field == "removed":
        return translate("history", "Action removed")
    title = action_titles.get(change.action)
    field = action_field_label(change.field)
    if title is None:
        return translate("history", "%1 of an action since removed").replace("%1", field)
    return (
        translate("history", "%1 of the action \u201c%2\u201d").replace("%1", field).replace("%2", title)
    )  # the typed title last


def value_text(field: str, value: Any, *, currency: str = "") -> str:
    """A value in words: levels and priorities as the editor names them, dates in ISO, empty as a dash."""
    if value is None or value == "" or value == []:
        return "\u2014"
    if field in ("not_applicable", "needs_review") and isinstance(value, bool):
        return translate("history", "Yes") if value else translate("history", "No")
    if isinstance(value, Level):
        return level_label(value)
    if isinstance(value, Priority):
        return priority_label(value)
    if isinstance(value, ActionStatus):
        return status_label(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, ProfileBasis):
        return basis_label(value)
    if isinstance(value, float) and field == "cost_estimate":
        return f"{value:,.0f} {currency}".strip()
    if isinstance(value, list) and all(isinstance(v, ReviewNote) for v in value):
        return review_notes_label(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _shortened(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_SHOWN else line[: MAX_SHOWN - 1] + "\u2026"


class ItemHistoryModel(RowTableModel[ItemChange]):
    """One row per recorded change, newest first."""

    COL_WHEN, COL_WHO, COL_WHAT, COL_BEFORE, COL_AFTER = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.action_titles: dict[str, str] = {}
        self.currency = ""

    def set_history(self, changes: list[ItemChange], *, action_titles: dict[str, str], currency: str) -> None:
        """`action_titles` names the item's actions by uid (today's titles, then titles the trail recorded)."""
        self.beginResetModel()
        self._rows, self.action_titles, self.currency = list(changes), dict(action_titles), currency
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After"))

    def full_text(self, change: ItemChange, column: int) -> str:
        if column == self.COL_WHEN:
            return f"{change.at.astimezone():%Y-%m-%d %H:%M}"
        if column == self.COL_WHO:
            return source_label(change.user, change.source)
        if column == self.COL_WHAT:
            return what_changed(change, self.action_titles)
        value = change.old if column == self.COL_BEFORE else change.new
        return value_text(change.field, value, currency=self.currency)

    def cell_data(self, change: ItemChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return _shortened(self.full_text(change, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(change, column)
        if role == SORT_ROLE:
            return change.at.timestamp() if column == self.COL_WHEN else self.full_text(change, column).casefold()
        if role == ChangeRole:
            return change
        return None


def titles_from_history(changes: list[ItemChange], current: dict[str, str]) -> dict[str, str]:
    """Action titles by uid: today's, else the last title the trail recorded for a uid (an action since removed)."""
    titles: dict[str, str] = {}
    for change in reversed(changes):  # oldest first, so the newest recorded title wins
        if change.action and change.field == "title" and isinstance(change.new, str):
            titles[change.action] = change.new
    titles.update(current)
    return titles
