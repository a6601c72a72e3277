"""The headline figures agree with the workbook's Summary; due work counts item dates and puts the most urgent first."""

from __future__ import annotations

import datetime as dt

from readiness.codes import ActionStatus, Level, Priority
from readiness.excel.plan_data import collect
from readiness.headline import due_work, headline
from readiness.model import Action, CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import add_action, create, edit

TODAY = dt.date(2026, 12, 1)
DAY = dt.timedelta(days=1)
PROFILE = CompanyProfile(roles=["importer"], countries=["US", "MX"], sectors=["automotive"])


def _answered(workspace: Workspace) -> int:
    """goods.export-cert is ruled out by the profile: its action and date never count."""
    assessment = create(workspace, "Figures", "mini", PROFILE)
    aid = assessment.id
    edit(workspace, aid, "goods.baseline", level=Level.PLANNED, priority=Priority.LOW, due=TODAY - 3 * DAY)
    edit(workspace, aid, "goods.auto", level=Level.AWARE, priority=Priority.CRITICAL, due=TODAY + 40 * DAY)
    edit(workspace, aid, "labor.suppliers", level=Level.READY, due=TODAY - 9 * DAY)  # ready: its date is done
    add_action(workspace, aid, "goods.baseline", Action(title="Late, low", due=TODAY - 3 * DAY, cost_estimate=500))
    add_action(workspace, aid, "goods.auto", Action(title="Late, critical", due=TODAY - 3 * DAY, cost_estimate=250))
    add_action(workspace, aid, "goods.auto", Action(title="Very late", due=TODAY - 20 * DAY))
    add_action(workspace, aid, "goods.auto", Action(title="Soon", due=TODAY + 5 * DAY, cost_estimate=1000))
    add_action(workspace, aid, "goods.auto", Action(title="Done", due=TODAY - 30 * DAY, status=ActionStatus.DONE))
    add_action(workspace, aid, "goods.export-cert", Action(title="Not applicable", due=TODAY - 1 * DAY))
    return aid


def test_headline_figures_are_the_workbooks(workspace: Workspace) -> None:
    aid = _answered(workspace)
    _, framework, responses = workspace.load(aid)
    figures = headline(framework, responses, today=TODAY)
    book = collect(workspace, aid, today=TODAY)
    assert (figures.open_gaps, figures.open_actions, figures.overdue, figures.open_cost) == (
        book.open_gaps,
        book.open_actions,
        book.overdue,
        book.open_cost,
    )
    assert (figures.open_gaps, figures.critical_gaps, figures.high_gaps) == (2, 1, 0)
    # overdue: three open actions and one item past its own date, the same work the overdue list shows
    assert (figures.open_actions, figures.overdue, figures.due_soon, figures.open_cost) == (4, 4, 1, 1750.0)
    assert figures.overdue == len(due_work(framework, responses, today=TODAY)[0])


def test_due_work_counts_item_dates_and_puts_the_most_urgent_first(workspace: Workspace) -> None:
    aid = _answered(workspace)
    _, framework, responses = workspace.load(aid)
    overdue, soon = due_work(framework, responses, today=TODAY)
    shown = [(w.item_id, w.title, w.days_left) for w in overdue]
    assert shown == [
        ("goods.auto", "Very late", -20),
        ("goods.auto", "Late, critical", -3),  # same day: the critical item before the low one
        ("goods.baseline", "", -3),  # the item's own date, in checklist order after its equal
        ("goods.baseline", "Late, low", -3),
    ]
    assert overdue[2].is_item and not overdue[3].is_item
    assert [(w.title, w.days_left) for w in soon] == [("Soon", 5)]  # goods.auto's own date is 40 days away
