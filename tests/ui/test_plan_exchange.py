"""File > Export action plan and File > Import returned plan, driven through the menu with the dialogs replaced."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from readiness.codes import ActionStatus
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.model import Action
from readiness.store.workspace import Workspace
from tests.support import edit_action
from ui import commands
from ui.dialogs.plan_dialogs import (
    ExportOptions,
    ExportOptionsDialog,
    PlanDecision,
    PlanPreviewDialog,
    ReturnedPlanFile,
    SavePlanAs,
)
from ui.dialogs.simple import ErrorMessage
from ui.main_window import MainWindow
from ui.models.plan_changes import ConflictModel, NewActionModel, PlanChangeModel

FIRST = layout.PLAN_HEADER_ROW + 1


def col(key: str) -> str:
    return layout.plan_letter(key)


def _add_actions(window: MainWindow) -> None:
    ctx = window.context
    commands.add_action(ctx, "goods.baseline", Action(title="Recompute RVC", owner="Maria", due=dt.date(2027, 1, 15)))
    commands.add_action(
        ctx, "goods.baseline", Action(title="Collect supplier statements", owner="Dan", cost_estimate=5000)
    )
    commands.add_action(ctx, "labor.suppliers", Action(title="Audit supplier wages", owner="Maria"))


def _store(window: MainWindow) -> list[dict[str, Any]]:
    """Every response and action of the open assessment, read from the file, without timestamps."""
    responses = window.context.responses_of(window.context.assessment_id)
    return [r.model_dump(exclude={"updated_at"}) for r in responses.values()]


def _plan_rows(path: Path) -> list[tuple[str, str, str]]:
    """(action id, item id, action) of each row of the Action Plan sheet."""
    sheet = load_workbook(path, read_only=True)[layout.PLAN]
    keys = layout.PLAN_KEYS
    rows = []
    for values in sheet.iter_rows(min_row=FIRST, values_only=True):
        row = dict(zip(keys, values, strict=False))
        if row.get("uid"):
            rows.append((row["uid"], row["item_id"], row["title"]))
    return rows


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path, options: ExportOptions) -> None:
    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(lambda cls, parent, *, owners: options))
    monkeypatch.setattr(SavePlanAs, "ask", classmethod(lambda cls, parent, *, suggested: target))


def test_export_through_the_menu_writes_the_store_as_the_action_plan(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    target = tmp_path / "out" / "plan.xlsx"
    target.parent.mkdir()
    seen_owners: list[list[str]] = []

    def options(cls, parent, *, owners):  # type: ignore[no-untyped-def]
        seen_owners.append(owners)
        return ExportOptions()

    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(options))
    monkeypatch.setattr(SavePlanAs, "ask", classmethod(lambda cls, parent, *, suggested: target))
    action = window.actions_by_name["export"]
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    with qtbot.waitSignal(window.plans.job.signals.finished, timeout=20_000):
        pass
    assert seen_owners == [["Dan", "Maria"]]
    stored = [
        (a.uid, item_id, a.title)
        for item_id, r in window.context.responses_of(window.context.assessment_id).items()
        for a in r.actions
    ]
    assert sorted(_plan_rows(target)) == sorted(stored)
    assert len(stored) == 3
    assert str(target) in window.statusBar().currentMessage()
    assert window.plans.open_button.isVisible()
    assert window.settings.last_folder == str(target.parent)
    opened: list[str] = []
    monkeypatch.setattr("ui.links.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.plans.open_button.click()
    assert opened == [str(target)]


def test_export_of_one_owners_open_actions(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    _add_actions(window)
    uid = window.context.responses["labor.suppliers"].actions[0].uid
    commands.edit_action(window.context, uid, {"status": ActionStatus.DONE})
    target = tmp_path / "maria.xlsx"
    _choose(monkeypatch, target, ExportOptions(owner="Maria", open_only=True))
    window.actions_by_name["export"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.finished, timeout=20_000):
        pass
    assert [title for _, _, title in _plan_rows(target)] == ["Recompute RVC"]


def test_cancelled_export_leaves_the_existing_file_untouched(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"last week's plan")
    _choose(monkeypatch, target, ExportOptions())
    release = threading.Event()
    window.jobs.start(lambda progress: release.wait(10))  # holds the one worker thread, so the export waits
    window.actions_by_name["export"].trigger()
    job = window.plans.job
    assert job is not None and window.plans.progress_dialog is not None
    with qtbot.waitSignal(job.signals.cancelled, timeout=20_000):
        window.plans.progress_dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
        release.set()
    assert target.read_bytes() == b"last week's plan"
    assert sorted(p.name for p in tmp_path.iterdir() if "plan" in p.name) == ["plan.xlsx"]
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.plans.open_button.isVisible()


def test_export_to_a_file_open_in_excel_explains_why(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"open elsewhere")
    (tmp_path / "~$plan.xlsx").write_bytes(b"lock")
    _choose(monkeypatch, target, ExportOptions())
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorMessage, "ask", classmethod(lambda cls, parent, *, title, text: shown.append((title, text)))
    )
    window.actions_by_name["export"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.failed, timeout=20_000):
        pass
    assert len(shown) == 1
    assert "open in Excel or LibreOffice" in shown[0][1]
    assert target.read_bytes() == b"open elsewhere"


@pytest.mark.parametrize("where", ["backups", "folder"])
def test_export_never_writes_into_the_workspace_backups_or_a_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, where: str
) -> None:
    workspace = window.context.workspace_path
    backups = workspace.with_name(workspace.name + ".backups")
    backups.mkdir(exist_ok=True)
    target = backups / "plan.xlsx" if where == "backups" else tmp_path / "folder.xlsx"
    if where == "folder":
        target.mkdir()
    _choose(monkeypatch, target, ExportOptions())
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorMessage, "ask", classmethod(lambda cls, parent, *, title, text: shown.append((title, text)))
    )
    window.actions_by_name["export"].trigger()
    assert window.plans.job is None  # refused before any work started
    assert len(shown) == 1 and ("workspace" in shown[0][1] or "folder" in shown[0][1])
    assert not (backups / "plan.xlsx").exists()


def _owner_edited(window: MainWindow, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """Export the plan, then change it the way an owner would in a spreadsheet."""
    exported = tmp_path / "sent.xlsx"
    window.context.read(lambda workspace: export_plan(workspace, window.context.assessment_id, exported))
    book = load_workbook(exported)
    sheet = book[layout.PLAN]
    by_title = {sheet[f"{col('title')}{r}"].value: r for r in range(FIRST, FIRST + 3)}
    row = by_title["Recompute RVC"]
    sheet[f"{col('status')}{row}"] = "done"
    sheet[f"{col('owner')}{row}"] = "Maria Lopez"
    new_row = FIRST + 3
    sheet[f"{col('item_id')}{new_row}"] = "labor.suppliers"
    sheet[f"{col('title')}{new_row}"] = "Second wage audit"
    sheet[f"{col('owner')}{new_row}"] = "Purchasing"
    returned = tmp_path / "returned.xlsx"
    book.save(returned)
    return returned, {"status_cell": f"{layout.PLAN} {col('status')}{row}"}


def test_import_previews_applies_and_undoes_in_one_step(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    returned, facts = _owner_edited(window, tmp_path)
    before = _store(window)
    monkeypatch.setattr(ReturnedPlanFile, "ask", classmethod(lambda cls, parent, *, folder: returned))
    previews: list[dict[str, Any]] = []

    def preview(cls, parent, *, preview, numbers):  # type: ignore[no-untyped-def]
        dialog = PlanPreviewDialog(parent, preview=preview, numbers=numbers)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.changes)
        qtmodeltester.check(dialog.new_actions)
        rows = [
            tuple(dialog.changes.index(r, c).data() for c in range(dialog.changes.columnCount()))
            for r in range(dialog.changes.rowCount())
        ]
        previews.append(
            {
                "header": dialog.header.text(),
                "rows": sorted(rows),
                "new": [dialog.new_actions.index(r, NewActionModel.COL_ACTION).data() for r in range(1)],
                "apply": dialog.apply_button.isEnabled(),
                "stored_during_preview": _store(window),
            }
        )
        return dialog.decision()

    monkeypatch.setattr(PlanPreviewDialog, "ask", classmethod(preview))
    window.actions_by_name["import"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.finished, timeout=20_000):
        pass
    assert len(previews) == 1
    shown = previews[0]
    assert "2 changes to 1 action, 1 new action, 0 conflicts to decide" in shown["header"]
    values = {(r[2], r[3], r[4], r[5]) for r in shown["rows"]}
    assert values == {("Owner", "Maria", "Maria Lopez", "Maria Lopez"), ("Status", "Open", "Done", "Maria Lopez")}
    assert {r[PlanChangeModel.COL_ITEM] for r in shown["rows"]} == {"1.1"}  # the number the manager works with
    assert facts["status_cell"] in {r[PlanChangeModel.COL_CELL] for r in shown["rows"]}
    assert shown["new"] == ["Second wage audit"]
    assert shown["apply"]
    assert shown["stored_during_preview"] == before, "the preview changes nothing"

    applied = _store(window)
    rvc = next(a for a in window.context.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    assert (rvc.status, rvc.owner) == (ActionStatus.DONE, "Maria Lopez")
    new = [a for a in window.context.responses["labor.suppliers"].actions if a.title == "Second wage audit"]
    assert len(new) == 1 and new[0].owner == "Purchasing"
    assert window.context.undo_stack.count() == 1 + 3  # three actions added by hand, one import
    assert "Imported returned.xlsx" in window.statusBar().currentMessage()

    window.context.undo_stack.undo()
    assert _store(window) == before
    assert [a.title for a in window.context.responses["labor.suppliers"].actions] == ["Audit supplier wages"]
    window.context.undo_stack.redo()
    assert _store(window) == applied
    window.context.undo_stack.undo()
    window.context.undo_stack.redo()
    assert _store(window) == applied


def test_a_bad_file_names_sheet_and_cell_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    exported = tmp_path / "sent.xlsx"
    window.context.read(lambda workspace: export_plan(workspace, window.context.assessment_id, exported))
    book = load_workbook(exported)
    book[layout.PLAN][f"{col('status')}{FIRST + 1}"] = "finished next week"
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    before = _store(window)
    monkeypatch.setattr(ReturnedPlanFile, "ask", classmethod(lambda cls, parent, *, folder: bad))
    previewed: list[object] = []
    monkeypatch.setattr(
        PlanPreviewDialog, "ask", classmethod(lambda cls, parent, *, preview, numbers: previewed.append(1))
    )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorMessage, "ask", classmethod(lambda cls, parent, *, title, text: shown.append((title, text)))
    )
    steps = window.context.undo_stack.count()
    window.actions_by_name["import"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.failed, timeout=20_000):
        pass
    assert previewed == []
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "The returned plan cannot be imported"
    assert f"Where: {layout.PLAN}!{col('status')}{FIRST + 1}" in text
    assert _store(window) == before
    assert window.context.undo_stack.count() == steps


def test_undo_and_redo_never_overwrite_a_change_made_meanwhile(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    returned, _ = _owner_edited(window, tmp_path)
    monkeypatch.setattr(ReturnedPlanFile, "ask", classmethod(lambda cls, parent, *, folder: returned))
    monkeypatch.setattr(
        PlanPreviewDialog, "ask", classmethod(lambda cls, parent, *, preview, numbers: PlanDecision({}))
    )
    failures: list[str] = []
    window.context.save_failed.connect(failures.append)
    window.actions_by_name["import"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.finished, timeout=20_000):
        pass
    ctx = window.context
    rvc = next(a for a in ctx.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    # another window changes the imported owner: undoing the import must not put the old owner back over it
    with Workspace.open(workspace.path) as other:
        edit_action(other, ctx.assessment_id, rvc.uid, owner="Dan")
    steps = ctx.undo_stack.count()
    ctx.undo_stack.undo()
    assert failures and "changed elsewhere" in failures[-1]
    kept = next(a for a in ctx.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    assert (kept.owner, kept.status) == ("Dan", ActionStatus.DONE), "nothing was taken back, nothing overwritten"
    assert len([a for a in ctx.responses["labor.suppliers"].actions if a.title == "Second wage audit"]) == 1
    assert ctx.undo_stack.count() == steps - 1, "the step that can no longer be undone faithfully is dropped"


def test_redo_of_an_import_after_a_change_meanwhile_is_refused(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    returned, _ = _owner_edited(window, tmp_path)
    monkeypatch.setattr(ReturnedPlanFile, "ask", classmethod(lambda cls, parent, *, folder: returned))
    monkeypatch.setattr(
        PlanPreviewDialog, "ask", classmethod(lambda cls, parent, *, preview, numbers: PlanDecision({}))
    )
    failures: list[str] = []
    window.context.save_failed.connect(failures.append)
    window.actions_by_name["import"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.finished, timeout=20_000):
        pass
    ctx = window.context
    ctx.undo_stack.undo()
    rvc = next(a for a in ctx.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    with Workspace.open(workspace.path) as other:
        edit_action(other, ctx.assessment_id, rvc.uid, owner="Dan")
    ctx.undo_stack.redo()
    assert failures and "changed elsewhere" in failures[-1]
    kept = next(a for a in ctx.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    assert (kept.owner, kept.status) == ("Dan", ActionStatus.OPEN)
    assert not [a for a in ctx.responses["labor.suppliers"].actions if a.title == "Second wage audit"]


def test_conflicts_are_decided_in_the_preview_and_skipped_differences_listed(
    qtbot, qtmodeltester, window: MainWindow, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    _add_actions(window)
    returned, _ = _owner_edited(window, tmp_path)
    book = load_workbook(returned)
    sheet = book[layout.PLAN]
    rows = {sheet[f"{col('title')}{r}"].value: r for r in range(FIRST, FIRST + 3)}
    sheet[f"{col('priority')}{rows['Audit supplier wages']}"] = "Critical"  # not the owner's to change
    book.save(returned)
    ctx = window.context
    rvc = next(a for a in ctx.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    with Workspace.open(workspace.path) as other:  # the manager changes the owner the file changes too
        edit_action(other, ctx.assessment_id, rvc.uid, owner="Dan")
    monkeypatch.setattr(ReturnedPlanFile, "ask", classmethod(lambda cls, parent, *, folder: returned))
    seen: list[dict[str, Any]] = []

    def preview(cls, parent, *, preview, numbers):  # type: ignore[no-untyped-def]
        dialog = PlanPreviewDialog(parent, preview=preview, numbers=numbers)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.conflicts)
        qtmodeltester.check(dialog.skipped)
        facts = {"apply_before": dialog.apply_button.isEnabled(), "conflicts": dialog.conflicts.rowCount()}
        row = [dialog.conflicts.index(0, c).data() for c in range(dialog.conflicts.columnCount())]
        facts["row"] = row
        facts["why"] = dialog.skipped.index(0, 4).data()
        keep = dialog.conflicts.index(0, ConflictModel.COL_FILE)
        dialog.conflicts.setData(keep, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        facts["apply_after"] = dialog.apply_button.isEnabled()
        seen.append(facts)
        return dialog.decision()

    monkeypatch.setattr(PlanPreviewDialog, "ask", classmethod(preview))
    window.actions_by_name["import"].trigger()
    with qtbot.waitSignal(window.plans.job.signals.finished, timeout=20_000):
        pass
    (facts,) = seen
    assert facts["conflicts"] == 1 and not facts["apply_before"] and facts["apply_after"]
    assert facts["row"][2:6] == ["Owner", "Maria", "Maria Lopez", "Dan"]
    assert "Priority" in facts["why"]
    kept = next(a for a in ctx.responses["goods.baseline"].actions if a.title == "Recompute RVC")
    assert (kept.owner, kept.status) == ("Maria Lopez", ActionStatus.DONE), "the value the user checked"
    new = ctx.responses["labor.suppliers"].actions
    assert [a.title for a in new] == ["Audit supplier wages", "Second wage audit"]
