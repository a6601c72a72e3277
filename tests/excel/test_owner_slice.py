"""An owner's slice, sent to a plant or a broker, carries that owner's items and nobody else's.

Their items are those they own or hold an action on: the Checklist, the
Gaps, the Changes and the Summary's top risks list only these. The headline
figures stay company-wide and say so.
"""

from __future__ import annotations

import re
from pathlib import Path

import builders
from openpyxl import load_workbook
from reading import checklist_ids, every_text, gap_rows, rows_of, texts_of, top_risks

from readiness.codes import Level, Priority
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers
from tests.support import edit

SECRET_GAP = "Broker bond for the Laredo crossing lapses in March"
SECRET_NOTE = "Counsel thinks the 2025 entries were misclassified"


def names(cell: object, number: str) -> bool:
    """Whether a cell names the item numbered `number` (1.6, not 11.6 or 1.61)."""
    return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", str(cell)) is not None


def _someone_elses_worst_gap(plan_ws: Workspace, plan_id: int) -> str:
    """Make an item Legal has nothing to do with the company's most pressing risk, with telling words in it."""
    _, framework, responses = plan_ws.load(plan_id)
    item = max(
        (
            item
            for _, item in framework.items()
            if not (responses[item.id].actions or responses[item.id].level or responses[item.id].not_applicable)
            and responses[item.id].owner != "Legal"
        ),
        key=lambda item: item.weight,
    )
    edit(
        plan_ws,
        plan_id,
        item.id,
        level=Level.NOT_STARTED,
        priority=Priority.CRITICAL,
        owner="Finance",
        gap=SECRET_GAP,
        notes=SECRET_NOTE,
    )
    return item.id


def test_a_slice_carries_only_the_owners_items(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    theirs = _someone_elses_worst_gap(plan_ws, plan_id)
    _, framework, responses = plan_ws.load(plan_id)
    to_assess = next(i for i, r in responses.items() if not r.assessed and not r.not_applicable and i != theirs)
    edit(plan_ws, plan_id, to_assess, owner="Legal")  # hers, not assessed yet
    _, framework, responses = plan_ws.load(plan_id)
    mine = {
        item_id
        for item_id, response in responses.items()
        if response.owner == "Legal" or any(action.owner == "Legal" for action in response.actions)
    }
    assert mine and theirs not in mine
    whole = export_plan(plan_ws, plan_id, tmp_path / "whole.xlsx", today=builders.TODAY).path
    numbers = item_numbers(framework)
    _, company_risks = top_risks(load_workbook(whole))
    assert any(names(row[0], numbers[theirs]) for row in company_risks), "the company's copy shows the risk"

    out = export_plan(plan_ws, plan_id, tmp_path / "legal.xlsx", owner="legal", today=builders.TODAY).path
    book = load_workbook(out)
    assert checklist_ids(book) == mine, "the Checklist lists Legal's items, and all of them"
    assert {row[-1] for row in gap_rows(book)} <= mine
    assert "1 item of Legal not yet assessed" in texts_of(book, layout.GAPS)[-1], "counted on Gaps, not listed"
    changes = rows_of(book, layout.CHANGES)
    actions_at = next(n for n, row in enumerate(changes) if row[0] == layout.CHANGED_ACTIONS)
    changed = {row[-1] for row in changes[3:actions_at] if row and row[-1]}
    assert changed <= mine
    action_header = changes[actions_at + 2]
    owners = {row[action_header.index("Owner")] for row in changes[actions_at + 3 :] if row[1]}
    assert owners <= {"Legal"}, "the actions named since the snapshot are Legal's only"
    _, risks = top_risks(book)
    my_numbers = {numbers[item_id] for item_id in mine}
    assert all(any(names(row[0], number) for number in my_numbers) for row in risks), risks
    text = every_text(out)
    assert SECRET_GAP not in text and SECRET_NOTE not in text, "another owner's words stay out of the slice"
    others_gaps = [r.gap for i, r in responses.items() if i not in mine and r.gap]
    assert others_gaps and not any(gap in text for gap in others_gaps)
    summary = " ".join(texts_of(book, layout.SUMMARY))
    assert "the figures cover the whole company" in summary, "company-wide figures are labelled as such"
    meta = {row[0]: row[1] for row in rows_of(book, layout.META)}
    assert meta["owner_filter"] == "Legal"
