"""An owner edits the plan in a spreadsheet and sends it back: preview, apply, undo, and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NAME
from openpyxl import load_workbook

from readiness import operations
from readiness.cli import main
from readiness.codes import ActionStatus
from readiness.errors import Conflict
from readiness.excel import layout
from readiness.excel.plan_import import apply_plan, read_returned_plan
from readiness.store.workspace import Workspace
from tests.support import edit_action

FIRST = layout.PLAN_HEADER_ROW + 1


def col(key: str) -> str:
    return layout.plan_letter(key)


def edit_like_an_owner(source: Path, target: Path) -> dict[str, Any]:
    """Change status, due, cost, notes and owner of existing rows and add a new row; returns what was done."""
    book = load_workbook(source)
    sheet = book[layout.PLAN]
    uids = [sheet[f"{col('uid')}{r}"].value for r in range(FIRST, FIRST + 4)]
    sheet[f"{col('status')}{FIRST}"] = "done"
    sheet[f"{col('due')}{FIRST + 1}"] = dt.datetime(2027, 3, 31)
    sheet[f"{col('cost_estimate')}{FIRST + 2}"] = 12500
    sheet[f"{col('notes')}{FIRST + 3}"] = "Broker confirmed the HS codes"
    sheet[f"{col('owner')}{FIRST + 3}"] = "Dana (Customs)"
    item_id = sheet[f"{col('item_id')}{FIRST}"].value
    new_row = sheet.max_row + 1
    sheet[f"{col('item_id')}{new_row}"] = item_id
    sheet[f"{col('title')}{new_row}"] = "Collect supplier declarations for 2027"
    sheet[f"{col('owner')}{new_row}"] = "Purchasing"
    sheet[f"{col('due')}{new_row}"] = dt.date(2027, 2, 1)
    sheet[f"{col('cost_estimate')}{new_row}"] = 4000
    book.save(target)
    return {"uids": uids, "item_id": item_id, "new_row": new_row}


def test_unedited_file_reads_back_without_changes(plan_ws: Workspace, plan_id: int, exported: Path) -> None:
    preview = read_returned_plan(plan_ws, plan_id, exported)
    assert preview.empty
    assert preview.rows == sum(len(r.actions) for r in plan_ws.load(plan_id)[2].values())


def test_edited_file_previews_applies_and_reverts(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, store_state: Callable[[], Any]
) -> None:
    edited = tmp_path / "returned.xlsx"
    done = edit_like_an_owner(exported, edited)
    before = store_state()
    assessment = plan_ws.assessments.get_by_id(plan_id)
    old = {uid: plan_ws.assessments.action(assessment.id, uid)[1] for uid in done["uids"]}

    preview = read_returned_plan(plan_ws, plan_id, edited)
    assert preview.assessment_id == plan_id
    assert store_state() == before, "reading changes nothing"
    seen = {(c.uid, c.field): c for c in preview.changes}
    u0, u1, u2, u3 = done["uids"]
    expected = {
        (u0, "status"): (old[u0].status, ActionStatus.DONE, f"{col('status')}{FIRST}"),
        (u1, "due"): (old[u1].due, dt.date(2027, 3, 31), f"{col('due')}{FIRST + 1}"),
        (u2, "cost_estimate"): (old[u2].cost_estimate, 12500.0, f"{col('cost_estimate')}{FIRST + 2}"),
        (u3, "notes"): (old[u3].notes, "Broker confirmed the HS codes", f"{col('notes')}{FIRST + 3}"),
        (u3, "owner"): (old[u3].owner, "Dana (Customs)", f"{col('owner')}{FIRST + 3}"),
    }
    expected = {k: v for k, v in expected.items() if v[0] != v[1]}
    assert set(seen) == set(expected)
    for key, (old_value, new_value, cell) in expected.items():
        assert (seen[key].old, seen[key].new, seen[key].where) == (old_value, new_value, f"Action Plan!{cell}")
    assert all(c.who == "Dana (Customs)" for c in preview.changes if c.uid == u3)
    assert len(preview.new_actions) == 1
    new = preview.new_actions[0]
    assert (new.item_id, new.action.title, new.who) == (
        done["item_id"],
        "Collect supplier declarations for 2027",
        "Purchasing",
    )
    assert new.action.status == ActionStatus.OPEN and new.action.cost_estimate == 4000

    applied = apply_plan(plan_ws, preview)
    assert plan_ws.assessments.action(assessment.id, u0)[1].status == ActionStatus.DONE
    ((added_to, added_action),) = applied.added
    item_id, added = plan_ws.assessments.action(assessment.id, added_action.uid)
    assert item_id == added_to == done["item_id"] and added.due == dt.date(2027, 2, 1)
    assert read_returned_plan(plan_ws, plan_id, edited).changes == (), "the file now matches the store"
    after = store_state()

    operations.revert_plan(plan_ws, applied)
    assert store_state() == before
    operations.reapply_plan(plan_ws, applied)  # redo: the same changes, the same new action id
    assert store_state() == after


@pytest.mark.parametrize("touched", ["changed action", "added action"])
def test_undoing_a_plan_never_overwrites_a_change_made_since(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, store_state: Callable[[], Any], touched: str
) -> None:
    edited = tmp_path / "returned.xlsx"
    done = edit_like_an_owner(exported, edited)
    applied = apply_plan(plan_ws, read_returned_plan(plan_ws, plan_id, edited))
    if touched == "changed action":  # a field the plan set, changed again in another window
        uid = done["uids"][0]
        assert plan_ws.assessments.action(plan_id, uid)[1].status == ActionStatus.DONE
        edit_action(plan_ws, plan_id, uid, status=ActionStatus.BLOCKED)
    else:  # the action the plan added, edited in another window
        uid = applied.added[0][1].uid
        edit_action(plan_ws, plan_id, uid, owner="Logistics")
    moved_on = store_state()
    with pytest.raises(Conflict, match="changed elsewhere"):
        operations.revert_plan(plan_ws, applied)
    assert store_state() == moved_on, "a refused undo changes nothing, and the newer edit stays"


def test_apply_refuses_a_stale_preview_and_changes_nothing(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, store_state: Callable[[], Any]
) -> None:
    edited = tmp_path / "returned.xlsx"
    done = edit_like_an_owner(exported, edited)
    preview = read_returned_plan(plan_ws, plan_id, edited)
    changed = preview.changes[-1]
    edit_action(plan_ws, plan_id, changed.uid, **{changed.field: "edited in the app meanwhile"})
    before = store_state()
    with pytest.raises(Conflict):
        apply_plan(plan_ws, preview)
    assert store_state() == before
    assert done


def _cli(ws: Workspace, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    return main(["--workspace", str(ws.path), *args])


def test_cli_export_then_dry_run_then_import(
    plan_ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    store_state: Callable[[], Any],
) -> None:
    out = tmp_path / "cli.xlsx"
    assert _cli(plan_ws, monkeypatch, "export", NAME, "--out", str(out)) == 0
    assert "wrote" in capsys.readouterr().out and out.exists()
    edited = tmp_path / "back.xlsx"
    done = edit_like_an_owner(out, edited)
    before = store_state()
    assert _cli(plan_ws, monkeypatch, "import-plan", NAME, str(edited), "--dry-run") == 0
    printed = capsys.readouterr().out
    assert "dry run: nothing was applied" in printed
    assert done["uids"][0] in printed and "-> done" in printed and "(new)" in printed
    assert store_state() == before
    assert _cli(plan_ws, monkeypatch, "import-plan", NAME, str(edited)) == 0
    assert "applied" in capsys.readouterr().out
    assessment = plan_ws.assessments.get(NAME)
    assert plan_ws.assessments.action(assessment.id, done["uids"][0])[1].status == ActionStatus.DONE


def test_cli_dry_run_shows_what_a_new_row_will_create(
    plan_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.xlsx"
    assert _cli(plan_ws, monkeypatch, "export", NAME, "--out", str(out)) == 0
    edited = tmp_path / "back.xlsx"
    done = edit_like_an_owner(out, edited)
    book = load_workbook(edited)
    sheet = book[layout.PLAN]
    second = done["new_row"] + 1  # a second new row, with no due date and no estimate
    sheet[f"{col('item_id')}{second}"] = done["item_id"]
    sheet[f"{col('title')}{second}"] = "Ask the broker for a ruling"
    sheet[f"{col('owner')}{second}"] = "Legal"
    book.save(edited)
    capsys.readouterr()
    assert _cli(plan_ws, monkeypatch, "import-plan", NAME, str(edited), "--dry-run") == 0
    lines = capsys.readouterr().out.splitlines()
    first_new = next(line for line in lines if "Collect supplier declarations for 2027" in line)
    assert "(new)" in first_new and "owner Purchasing" in first_new
    assert (
        "due 2027-02-01" in first_new and "cost 4,000" in first_new and f"{col('title')}{done['new_row']}" in first_new
    )
    second_new = next(line for line in lines if "Ask the broker for a ruling" in line)
    assert "owner Legal" in second_new and "no due date" in second_new and "cost not estimated" in second_new


def test_cli_reports_a_bad_file_in_one_line(
    plan_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert _cli(plan_ws, monkeypatch, "import-plan", NAME, str(bad)) == 3
    err = capsys.readouterr().err.strip()
    assert err.startswith("readiness: bad.xlsx:") and "\n" not in err


def test_the_audit_trail_says_which_changes_came_from_a_returned_plan(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path
) -> None:
    from readiness.store.audit import current_user, item_history

    edited = tmp_path / "tom-slice.xlsx"
    done = edit_like_an_owner(exported, edited)
    uid = done["uids"][0]
    item_id, _ = plan_ws.assessments.action(plan_id, uid)
    edit_action(plan_ws, plan_id, done["uids"][1], notes="typed by the manager")  # not from the file
    applied = apply_plan(plan_ws, read_returned_plan(plan_ws, plan_id, edited))
    history = item_history(plan_ws.db, plan_id, item_id)
    from_file = [c for c in history if c.action == uid and c.field == "status"]
    assert from_file and from_file[0].source == "plan:tom-slice.xlsx" and from_file[0].user == current_user()
    typed = [c for c in item_history(plan_ws.db, plan_id, plan_ws.assessments.action(plan_id, done["uids"][1])[0])]
    assert any(c.field == "notes" and c.source == "" for c in typed), "the manager's own edit stays unmarked"
    operations.revert_plan(plan_ws, applied)
    undone = [c for c in item_history(plan_ws.db, plan_id, item_id) if c.action == uid and c.field == "status"]
    assert undone[0].source == "plan-undone:tom-slice.xlsx"
