"""An action nobody has costed says "Not estimated" on the Action Plan, as on the Summary and the Gaps sheet, and
the returned file reads those words back as no estimate: never a change, a conflict or an error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import builders
from openpyxl import load_workbook

from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.excel.plan_import import read_returned_plan
from readiness.excel.styles import GREY
from readiness.store.workspace import Workspace
from tests.support import edit_action

FIRST = layout.PLAN_HEADER_ROW + 1


def col(key: str) -> str:
    return layout.plan_letter(key)


def _rows_by_cost(path: Path) -> tuple[list[int], list[int]]:
    """The Action Plan rows whose cost cell is a number, and those that say no estimate was made."""
    sheet = load_workbook(path)[layout.PLAN]
    costed, unestimated = [], []
    for row in range(FIRST, sheet.max_row + 1):
        if not sheet[f"{col('uid')}{row}"].value:
            continue
        value = sheet[f"{col('cost_estimate')}{row}"].value
        (costed if isinstance(value, int | float) else unestimated).append(row)
    return costed, unestimated


def test_an_uncosted_action_says_not_estimated_in_grey(plan_ws: Workspace, plan_id: int, exported: Path) -> None:
    sheet = load_workbook(exported)[layout.PLAN]
    costed, unestimated = _rows_by_cost(exported)
    assert costed and unestimated
    for row in unestimated:
        cell = sheet[f"{col('cost_estimate')}{row}"]
        uid = sheet[f"{col('uid')}{row}"].value
        assert plan_ws.assessments.action(plan_id, uid)[1].cost_estimate is None
        assert cell.value == "Not estimated" and cell.data_type == "s"
        assert cell.font.color is not None and cell.font.color.rgb.endswith(GREY[-6:]), "grey, as on the Summary"
    for row in costed:
        uid = sheet[f"{col('uid')}{row}"].value
        assert sheet[f"{col('cost_estimate')}{row}"].value == plan_ws.assessments.action(plan_id, uid)[1].cost_estimate


def test_not_estimated_reads_back_as_no_estimate_in_untouched_and_edited_rows(
    plan_ws: Workspace, plan_id: int, tmp_path: Path
) -> None:
    _, _, responses = plan_ws.load(plan_id)
    for action in [a for r in responses.values() for a in r.actions if a.cost_estimate is not None][:3]:
        edit_action(plan_ws, plan_id, action.uid, cost_estimate=None)
    exported = export_plan(plan_ws, plan_id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    _, unestimated = _rows_by_cost(exported)
    assert len(unestimated) >= 3
    untouched, edited_row, app_costed = unestimated[:3]
    book = load_workbook(exported)
    sheet = book[layout.PLAN]
    uid = {row: sheet[f"{col('uid')}{row}"].value for row in (untouched, edited_row, app_costed)}
    # An owner moves the due date of one row, leaving its cost as it was ...
    sheet[f"{col('due')}{edited_row}"] = dt.date(2027, 5, 14)
    # ... writes the words in their own case on another, which the app has costed since the export ...
    sheet[f"{col('cost_estimate')}{app_costed}"] = "not estimated "
    edit_action(plan_ws, plan_id, uid[app_costed], cost_estimate=7000.0)
    # ... and adds a row with no estimate yet.
    new_row = sheet.max_row + 1
    sheet[f"{col('item_id')}{new_row}"] = sheet[f"{col('item_id')}{untouched}"].value
    sheet[f"{col('title')}{new_row}"] = "Ask the broker for a quote"
    sheet[f"{col('cost_estimate')}{new_row}"] = "Not estimated"
    returned = tmp_path / "returned.xlsx"
    book.save(returned)

    preview = read_returned_plan(plan_ws, plan_id, returned)
    assert [(c.uid, c.field) for c in preview.changes] == [(uid[edited_row], "due")]
    assert preview.conflicts == (), "the owner left the cost as exported: the app's new estimate stands"
    assert [(n.action.title, n.action.cost_estimate) for n in preview.new_actions] == [
        ("Ask the broker for a quote", None)
    ]
    assert plan_ws.assessments.action(plan_id, uid[untouched])[1].cost_estimate is None
