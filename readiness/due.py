"""When something is due: the one rule for "overdue" and "due soon", used by scoring, the dashboard, the
item table, the command line and the workbook (whose live colours are this same rule written as formulas).

- overdue: the due date is before today;
- due soon: today up to and including `DUE_SOON_DAYS` days from today;
- later: after that; none: no due date; done: finished work is never due.

Which dates an item's work is due by (`item_due_dates`): its own due date while
the item is not ready, and the due date of each of its open actions; an item
that does not apply has none, and done work (a ready item, a done action)
never counts. An item's *next due* date (`next_due`) is the earliest of them:
the one rule behind every "Next due" the workbook, the dashboard and the
command line show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

from readiness.codes import Level
from readiness.model import Action, Response

DUE_SOON_DAYS = 30


class DueStatus(StrEnum):
    """Where a due date stands against today."""

    NONE = "none"
    OVERDUE = "overdue"
    SOON = "soon"
    LATER = "later"
    DONE = "done"


def due_status(due: dt.date | None, today: dt.date, *, done: bool = False) -> DueStatus:
    if done:
        return DueStatus.DONE
    if due is None:
        return DueStatus.NONE
    if due < today:
        return DueStatus.OVERDUE
    if due <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return DueStatus.SOON
    return DueStatus.LATER


def excel_conditions(cell: str) -> dict[DueStatus, str]:
    """The overdue and due-soon tests on `cell` (e.g. `$F5`) as arguments of an Excel AND(), live against TODAY().

    The caller adds its own conditions (a due date is present, the row is not done).
    """
    return {
        DueStatus.OVERDUE: f"{cell}<TODAY()",
        DueStatus.SOON: f"{cell}>=TODAY(),{cell}<=TODAY()+{DUE_SOON_DAYS}",
    }


def is_below_ready(response: Response | None) -> bool:
    """An applicable item that is not yet ready, assessed or not (its own due date still counts as work due)."""
    if response is None:
        return True
    if response.not_applicable:
        return not response.counts_as_not_applicable
    return response.level is None or response.level < Level.READY


def item_due_status(response: Response, today: dt.date) -> DueStatus:
    """Where an item's own due date stands: work done (ready, or not applicable) is never overdue."""
    return due_status(response.due, today, done=not is_below_ready(response))


def item_due_dates(response: Response | None) -> Iterator[tuple[Action | None, dt.date]]:
    """The dates the item's work is due by: (None, its own due date) while the item is below ready, then
    (action, its due date) for each open action with one. Nothing for an item that does not apply."""
    if response is None or response.counts_as_not_applicable:
        return
    if response.due is not None and is_below_ready(response):
        yield None, response.due
    for action in response.actions:
        if action.is_open and action.due is not None:
            yield action, action.due


def next_due(response: Response | None) -> dt.date | None:
    """An item's next due date: the earliest of its open actions' due dates and, while it is not ready, its own."""
    return min((due for _, due in item_due_dates(response)), default=None)


def overdue_work(response: Response | None, today: dt.date) -> int:
    """How many of an item's due dates are past: its open actions', and its own while it is not ready. The one
    count behind every "Overdue" figure, so no item past its date sits beside an overdue count of 0."""
    return sum(due < today for _, due in item_due_dates(response))
