"""The Changes sheet names the actions the Summary counts: done, added, removed, moved later, re-costed.

Its second table, "Actions since the snapshot", lists them in checklist
order with the item number, the action, its owner and what changed; an
owner's slice lists only that owner's; the Summary says where to find them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import builders
from openpyxl import load_workbook
from reading import rows_of, texts_of

from readiness.codes import ActionStatus, Level, Priority
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.model import Action, CompanyProfile, Response
from readiness.walkthrough import item_numbers
from tests.support import add_action, create, edit_action, remove_action, snapshot

TITLE = "Actions since the snapshot"


def _plan(tmp_path: Path) -> tuple[Any, int, dict[str, str], list[str]]:
    """An assessment with a snapshot, then a round of work on its actions; returns the workspace, the assessment
    id, the item number per item id and the item ids used (in checklist order)."""
    framework = builders.content_framework()
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    first, second, third = framework.areas[0].items[0], framework.areas[0].items[1], framework.areas[1].items[0]
    gap = {"level": Level.AWARE, "gap": "Open", "priority": Priority.HIGH, "owner": "Customs"}
    responses = [
        Response(
            item_id=first.id,
            **gap,
            actions=[
                Action(title="Map supplier origins", owner="Purchasing", due=dt.date(2027, 4, 30), cost_estimate=25000),
                Action(title="Quiet action", owner="Customs", due=dt.date(2027, 2, 1)),
            ],
        ),
        Response(
            item_id=second.id,
            **gap,
            actions=[
                Action(title="Train the brokers", owner="Customs", due=dt.date(2027, 3, 1)),
                Action(title="Drop the old form", owner="Legal", due=dt.date(2027, 3, 1)),
            ],
        ),
        Response(
            item_id=third.id,
            **gap,
            actions=[Action(title="File the certificates", owner="Purchasing", due=dt.date(2027, 1, 15))],
        ),
    ]
    assessment = create(ws, "Work", framework, CompanyProfile(company="Northwind"), responses=responses)
    snapshot(ws, assessment.id, "Before round 3")
    _, _, now = ws.load(assessment.id)
    uid = {a.title: a.uid for r in now.values() for a in r.actions}
    edit_action(ws, assessment.id, uid["Map supplier origins"], due=dt.date(2027, 6, 15), cost_estimate=27000.0)
    edit_action(ws, assessment.id, uid["Train the brokers"], status=ActionStatus.DONE)
    remove_action(ws, assessment.id, uid["Drop the old form"])
    add_action(ws, assessment.id, third.id, Action(title="Ask for a ruling", owner="Legal", cost_estimate=4000))
    return ws, assessment.id, item_numbers(framework), [first.id, second.id, third.id]


def _action_table(book: Any) -> tuple[list[Any], list[list[Any]]]:
    rows = rows_of(book, layout.CHANGES)
    start = next(n for n, row in enumerate(rows) if row[0] == TITLE)
    header_at = next(n for n in range(start, len(rows)) if rows[n][0] == "No.")
    body = []
    for row in rows[header_at + 1 :]:
        if all(cell is None for cell in row):
            break
        body.append(row)
    return rows[header_at], body


def _listed(book: Any) -> list[tuple[Any, ...]]:
    header, body = _action_table(book)
    columns = [header.index(name) for name in ("No.", "Action", "Owner", "What changed")]
    return [tuple(row[c] for c in columns) for row in body]


def test_the_changes_sheet_names_every_action_the_summary_counts(tmp_path: Path) -> None:
    ws, assessment_id, numbers, (first, second, third) = _plan(tmp_path)
    path = export_plan(ws, assessment_id, tmp_path / "all.xlsx", today=builders.TODAY).path
    ws.close()
    book = load_workbook(path)
    assert _listed(book) == [
        (
            numbers[first],
            "Map supplier origins",
            "Purchasing",
            "Due 2027-04-30 -> 2027-06-15; Cost USD 25,000 -> 27,000",
        ),
        (numbers[second], "Train the brokers", "Customs", "Done"),
        (numbers[second], "Drop the old form", "Legal", "Removed"),
        (numbers[third], "Ask for a ruling", "Legal", "Added"),
    ]
    summary = rows_of(book, layout.SUMMARY)
    counts = {row[0]: row[1] for row in summary if row[0] in ("Actions done", "Actions added", "Actions removed")}
    counts["Due dates moved later"] = next(row[1] for row in summary if row[0] == "Due dates moved later")
    assert counts == {"Actions done": 1, "Actions added": 1, "Actions removed": 1, "Due dates moved later": 1}
    pointer = [t for t in texts_of(book, layout.SUMMARY) if t.startswith("Item by item on the Changes sheet")]
    assert len(pointer) == 1 and TITLE in pointer[0], "the Summary says where the actions are named"
    item_table = rows_of(book, layout.CHANGES)[2]
    assert item_table[:5] == ["No.", "Item", "Then", "Now", "Movement"], "the item table stays as it was"


def test_an_owners_slice_names_only_their_actions(tmp_path: Path) -> None:
    ws, assessment_id, numbers, (_, second, third) = _plan(tmp_path)
    path = export_plan(ws, assessment_id, tmp_path / "legal.xlsx", owner="Legal", today=builders.TODAY).path
    ws.close()
    book = load_workbook(path)
    assert [row[:3] for row in _listed(book)] == [
        (numbers[second], "Drop the old form", "Legal"),
        (numbers[third], "Ask for a ruling", "Legal"),
    ]
    assert "Map supplier origins" not in texts_of(book, layout.CHANGES)
