"""What a manager looks at first: the headline figures and the work that is due, most urgent first.

The dashboard and the workbook's Summary show the same figures, counted by
the same rules: open gaps are applicable items assessed below ready, apart
from those nobody has assessed yet (`scoring`); an
open action is one not done, on an applicable item; overdue counts the open
actions and the items below ready past their dates, and due soon the open
actions (`readiness.due`); the cost is the sum of the open actions' estimates. Due
work counts an item's own due date (while the item is below ready) as well
as its open actions' dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from readiness.codes import PRIORITY_ORDER, Priority
from readiness.content_model import Framework
from readiness.due import DueStatus, due_status, item_due_dates, overdue_work
from readiness.model import Response
from readiness.scoring import overall_score


@dataclass(frozen=True)
class Headline:
    """The figures at the top of the dashboard and of the workbook's Summary."""

    open_gaps: int
    critical_gaps: int
    high_gaps: int
    open_actions: int
    due_soon: int  # open actions due within `DUE_SOON_DAYS`
    overdue: int  # open actions and items below ready past their due date (`due.overdue_work`)
    open_cost: float  # the sum of the open actions' cost estimates
    unestimated: int = 0  # open actions without an estimate (left out of the sum, and said so)


def headline(framework: Framework, responses: Mapping[str, Response], *, today: dt.date) -> Headline:
    gaps = overall_score(framework, responses).open_gaps
    open_actions = due_soon = overdue = unestimated = 0
    cost = 0.0
    for _, item in framework.items():
        response = responses.get(item.id)
        if response is None or response.counts_as_not_applicable:
            continue
        overdue += overdue_work(response, today)
        for action in response.actions:
            if not action.is_open:
                continue
            open_actions += 1
            cost += action.cost_estimate or 0.0
            unestimated += action.cost_estimate is None
            due_soon += due_status(action.due, today) is DueStatus.SOON
    return Headline(
        open_gaps=sum(gaps.values()),
        critical_gaps=gaps.get(Priority.CRITICAL.value, 0),
        high_gaps=gaps.get(Priority.HIGH.value, 0),
        open_actions=open_actions,
        due_soon=due_soon,
        overdue=overdue,
        open_cost=cost,
        unestimated=unestimated,
    )


@dataclass(frozen=True)
class DueWork:
    """An open action, or an item below ready, whose due date is past or near.

    `action` is the action's uid, or "" for the item's own due date (then
    `title` is empty and `status` is "": readers show the item's question).
    """

    item_id: str
    action: str
    title: str
    owner: str
    due: dt.date
    priority: Priority | None
    status: str
    days_left: int

    @property
    def is_item(self) -> bool:
        return not self.action


def _urgency(work: DueWork, position: int) -> tuple[dt.date, int, int]:
    rank = PRIORITY_ORDER[work.priority] if work.priority is not None else len(PRIORITY_ORDER)
    return work.due, rank, position


def due_work(
    framework: Framework, responses: Mapping[str, Response], *, today: dt.date
) -> tuple[list[DueWork], list[DueWork]]:
    """(overdue, due soon), each most urgent first: the earliest date, then the higher priority, then checklist
    order. Items not applicable, items already ready and actions done are never due."""
    overdue: list[tuple[tuple[dt.date, int, int], DueWork]] = []
    soon: list[tuple[tuple[dt.date, int, int], DueWork]] = []
    position = 0
    for _, item in framework.items():
        response = responses.get(item.id)
        if response is None:
            continue
        for action, due in item_due_dates(response):  # the item's own date while below ready, then its actions'
            position += 1
            state = due_status(due, today)
            if state not in (DueStatus.OVERDUE, DueStatus.SOON):
                continue
            if action is None:
                uid, title, owner, status = "", "", response.owner, ""
            else:
                uid, title, owner, status = action.uid, action.title, action.owner, action.status.value
            work = DueWork(item.id, uid, title, owner, due, response.priority, status, (due - today).days)
            (overdue if state is DueStatus.OVERDUE else soon).append((_urgency(work, position), work))
    return [w for _, w in sorted(overdue, key=lambda p: p[0])], [w for _, w in sorted(soon, key=lambda p: p[0])]
