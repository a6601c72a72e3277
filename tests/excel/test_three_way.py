"""A returned plan merges three ways: only what the owner changed is proposed, never over newer work in the app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NAME
from openpyxl import load_workbook

from readiness.cli import main
from readiness.codes import ActionStatus, Priority
from readiness.errors import Conflict
from readiness.excel import layout
from readiness.excel.plan_import import Choice, Skip, apply_plan, read_returned_plan
from readiness.store.workspace import Workspace
from tests.support import edit, edit_action, remove_action

FIRST = layout.PLAN_HEADER_ROW + 1


def col(key: str) -> str:
    return layout.plan_letter(key)


def owner_edits(source: Path, target: Path, edit_book: Callable[[Any], None]) -> Path:
    book = load_workbook(source)
    edit_book(book[layout.PLAN])
    book.save(target)
    return target


def row_of(sheet: Any, row: int) -> dict[str, Any]:
    return {key: sheet[f"{col(key)}{row}"].value for key in layout.PLAN_KEYS}


def uid_at(path: Path, row: int) -> str:
    return str(load_workbook(path, read_only=True)[layout.PLAN][f"{col('uid')}{row}"].value)


def test_an_untouched_file_returned_after_newer_edits_proposes_nothing(
    plan_ws: Workspace, plan_id: int, exported: Path, store_state: Callable[[], Any]
) -> None:
    uid = uid_at(exported, FIRST)
    edit_action(plan_ws, plan_id, uid, due=dt.date(2027, 6, 30), status=ActionStatus.BLOCKED, owner="Dana")
    edit_action(plan_ws, plan_id, uid_at(exported, FIRST + 1), notes="Moved to Q2 by the manager")
    before = store_state()
    preview = read_returned_plan(plan_ws, plan_id, exported)
    assert preview.silent, (preview.changes, preview.conflicts, preview.not_imported)
    assert store_state() == before


def test_only_what_the_owner_changed_is_proposed(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path
) -> None:
    owner_uid, app_uid = uid_at(exported, FIRST), uid_at(exported, FIRST + 1)
    edit_action(plan_ws, plan_id, app_uid, notes="Changed in the app after the export")

    def edit_book(sheet: Any) -> None:
        sheet[f"{col('status')}{FIRST}"] = "blocked" if sheet[f"{col('status')}{FIRST}"].value != "blocked" else "open"
        sheet[f"{col('title')}{FIRST}"] = "Recompute RVC with the 2027 bill of materials"  # owners may reword

    returned = owner_edits(exported, tmp_path / "back.xlsx", edit_book)
    preview = read_returned_plan(plan_ws, plan_id, returned)
    assert {(c.uid, c.field) for c in preview.changes} == {(owner_uid, "status"), (owner_uid, "title")}
    assert not preview.conflicts and not preview.not_imported
    apply_plan(plan_ws, preview)
    _, action = plan_ws.assessments.action(plan_id, owner_uid)
    assert action.title == "Recompute RVC with the 2027 bill of materials"
    assert plan_ws.assessments.action(plan_id, app_uid)[1].notes == "Changed in the app after the export"


def test_a_field_changed_on_both_sides_is_one_conflict_the_user_decides(
    plan_ws: Workspace,
    plan_id: int,
    exported: Path,
    tmp_path: Path,
    store_state: Callable[[], Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    uid = uid_at(exported, FIRST)
    exported_due = load_workbook(exported)[layout.PLAN][f"{col('due')}{FIRST}"].value.date()
    edit_action(plan_ws, plan_id, uid, due=dt.date(2027, 1, 15))  # the manager moves it
    returned = owner_edits(
        exported, tmp_path / "back.xlsx", lambda sheet: sheet.__setitem__(f"{col('due')}{FIRST}", dt.date(2027, 2, 1))
    )
    preview = read_returned_plan(plan_ws, plan_id, returned)
    assert preview.changes == () and len(preview.conflicts) == 1
    conflict = preview.conflicts[0]
    assert (conflict.uid, conflict.field) == (uid, "due")
    assert (conflict.exported, conflict.file, conflict.workspace) == (
        exported_due,
        dt.date(2027, 2, 1),
        dt.date(2027, 1, 15),
    )
    assert conflict.where == f"Action Plan!{col('due')}{FIRST}"
    before = store_state()
    with pytest.raises(Conflict):
        apply_plan(plan_ws, preview)  # undecided: nothing is applied
    assert store_state() == before

    args = ["--workspace", str(plan_ws.path), "import-plan", NAME, str(returned)]
    assert main(args) == 5
    printed = capsys.readouterr()
    assert "conflicts" in printed.out and "2027-01-15" in printed.out and "--prefer" in printed.err
    assert store_state() == before
    assert main([*args, "--prefer", "workspace"]) == 0
    assert plan_ws.assessments.action(plan_id, uid)[1].due == dt.date(2027, 1, 15)
    assert main([*args, "--prefer", "file"]) == 0
    assert plan_ws.assessments.action(plan_id, uid)[1].due == dt.date(2027, 2, 1)
    capsys.readouterr()
    # the app decides field by field
    edit_action(plan_ws, plan_id, uid, due=dt.date(2027, 3, 3))
    preview = read_returned_plan(plan_ws, plan_id, returned)
    applied = apply_plan(plan_ws, preview, choices={preview.conflicts[0].key: Choice.FILE})
    assert applied.updated and plan_ws.assessments.action(plan_id, uid)[1].due == dt.date(2027, 2, 1)


def test_importing_the_same_file_twice_proposes_nothing_the_second_time(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, store_state: Callable[[], Any]
) -> None:
    def edit_book(sheet: Any) -> None:
        sheet[f"{col('notes')}{FIRST}"] = "Broker confirmed"
        item_id = sheet[f"{col('item_id')}{FIRST}"].value
        new_row = sheet.max_row + 1
        for key, value in (
            ("item_id", item_id),
            ("title", "Collect 2027 supplier declarations"),
            ("cost_estimate", 4000),
        ):
            sheet[f"{col(key)}{new_row}"] = value

    returned = owner_edits(exported, tmp_path / "back.xlsx", edit_book)
    first = read_returned_plan(plan_ws, plan_id, returned)
    assert len(first.changes) == 1 and len(first.new_actions) == 1
    apply_plan(plan_ws, first)
    after = store_state()
    again = read_returned_plan(plan_ws, plan_id, returned)
    assert again.silent, (again.changes, again.new_actions, again.conflicts)
    # the manager edits the new action in the app; the same file again still proposes nothing
    new_uid = first.new_actions[0].action.uid
    edit_action(plan_ws, plan_id, new_uid, owner="Logistics")
    assert read_returned_plan(plan_ws, plan_id, returned).silent
    assert store_state() != after

    # the owner changes the new row after it was imported: where file and workspace differ, the user decides
    def later(sheet: Any) -> None:
        sheet[f"{col('cost_estimate')}{sheet.max_row}"] = 4500

    changed = read_returned_plan(plan_ws, plan_id, owner_edits(returned, tmp_path / "later.xlsx", later))
    assert not changed.new_actions
    assert {(c.uid, c.field) for c in changed.conflicts} == {(new_uid, "owner"), (new_uid, "cost_estimate")}


def test_every_difference_not_imported_is_listed_with_its_reason(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, framework: Any
) -> None:
    from builders import make_assessment

    other = make_assessment(plan_ws, framework, name="Other site", snapshots=0, seed=9)
    foreign_uid = next(a.uid for r in plan_ws.load(other.id)[2].values() for a in r.actions)
    removed_uid = uid_at(exported, FIRST + 3)
    deleted_uid = uid_at(exported, FIRST + 4)

    def edit_book(sheet: Any) -> None:
        current = sheet[f"{col('priority')}{FIRST}"].value
        sheet[f"{col('priority')}{FIRST}"] = "Low" if current != "Low" else "High"
        sheet[f"{col('item')}{FIRST + 1}"] = "Our own wording of the question"
        sheet[f"{col('notes')}{FIRST + 3}"] = "Owner's note on an action removed meanwhile"
        sheet.delete_rows(FIRST + 4)
        pasted = sheet.max_row + 1
        sheet[f"{col('item_id')}{pasted}"] = sheet[f"{col('item_id')}{FIRST}"].value
        sheet[f"{col('title')}{pasted}"] = "Row pasted from the other site's plan"
        sheet[f"{col('uid')}{pasted}"] = foreign_uid
        sheet[f"{col('status')}{pasted}"] = "open"

    remove_action(plan_ws, plan_id, removed_uid)
    preview = read_returned_plan(plan_ws, plan_id, owner_edits(exported, tmp_path / "back.xlsx", edit_book))
    reasons = {(n.reason, n.where.split("!")[-1][:1] if "!" in n.where else "") for n in preview.not_imported}
    assert (Skip.READ_ONLY, col("priority")) in reasons
    assert (Skip.READ_ONLY, col("item")) in reasons
    assert {n.reason for n in preview.not_imported} == {
        Skip.READ_ONLY,
        Skip.REMOVED_IN_WORKSPACE,
        Skip.ROW_DELETED,
        Skip.NOT_IN_PLAN,
    }
    by_reason = {n.reason: n for n in preview.not_imported}
    assert by_reason[Skip.ROW_DELETED].uid == deleted_uid
    assert by_reason[Skip.REMOVED_IN_WORKSPACE].uid == removed_uid
    assert by_reason[Skip.NOT_IN_PLAN].uid == foreign_uid
    assert all(n.words for n in preview.not_imported)
    assert preview.changes == () and preview.conflicts == (), "read-only columns are never applied"


def test_the_command_line_lists_what_it_does_not_import(
    plan_ws: Workspace, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit_book(sheet: Any) -> None:
        sheet[f"{col('priority')}{FIRST}"] = "Whatever"

    returned = owner_edits(exported, tmp_path / "back.xlsx", edit_book)
    assert main(["--workspace", str(plan_ws.path), "import-plan", NAME, str(returned), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "1 not imported" in printed
    assert f"Action Plan!{col('priority')}{FIRST}" in printed and "the Priority column belongs to" in printed


def test_a_plan_follows_its_assessment_by_uid_into_another_workspace(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, framework: Any
) -> None:
    from builders import open_workspace

    from readiness.document import export_document, import_document

    other = open_workspace(tmp_path / "laptop.sqlite", framework)
    copy = import_document(other, export_document(plan_ws, plan_id))
    assert copy.uid == plan_ws.assessments.get_by_id(plan_id).uid
    new_status = (
        "blocked" if load_workbook(exported)[layout.PLAN][f"{col('status')}{FIRST}"].value != "blocked" else "open"
    )
    returned = owner_edits(
        exported, tmp_path / "back.xlsx", lambda sheet: sheet.__setitem__(f"{col('status')}{FIRST}", new_status)
    )
    preview = read_returned_plan(other, copy.id, returned)
    assert preview.not_imported == () and preview.conflicts == ()
    assert [(c.field, c.new) for c in preview.changes] == [("status", ActionStatus(new_status))]
    apply_plan(other, preview)
    assert other.assessments.action(copy.id, preview.changes[0].uid)[1].status == ActionStatus(new_status)
    other.close()


def test_priority_of_the_item_is_read_only(plan_ws: Workspace, plan_id: int, exported: Path) -> None:
    """The manager changed an item's priority after the export: the file's old priority is no owner change."""
    uid = uid_at(exported, FIRST)
    item_id = plan_ws.assessments.action(plan_id, uid)[0]
    edit(plan_ws, plan_id, item_id, priority=Priority.LOW)
    assert read_returned_plan(plan_ws, plan_id, exported).silent
