"""When something is due: the one rule for "overdue" and "due soon", used by scoring, the dashboard, the
item table, the command line and the workbook (whose live colours are this same rule written as formulas).

- overdue: the due date is before today;
- due soon: today up to and including `DUE_SOON_DAYS` days from today;
- later: after that; none: no due date; done: finished work is never due.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

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
