"""Undo, redo and background jobs next to another window on the same workspace: nothing is overwritten, the
lock holds, and a step that can no longer be taken back faithfully is refused with a message and dropped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from readiness.codes import ActionStatus
from readiness.model import Action
from readiness.store.workspace import Workspace
from tests.store.test_write_path import _held_locks
from tests.support import edit_action
from ui import commands
from ui.dialogs.plan_dialogs import ExportOptions, ExportOptionsDialog, SavePlanAs
from ui.dialogs.simple import ErrorMessage
from ui.main_window import MainWindow


def test_undoing_an_action_edit_keeps_an_edit_made_in_another_window(
    qtbot, window: MainWindow, workspace_path: Path, reopen
) -> None:
    ctx = window.context
    assert commands.add_action(ctx, "goods.baseline", Action(title="Call the broker"))
    uid = ctx.responses["goods.baseline"].actions[0].uid
    assert commands.edit_action(ctx, uid, {"status": ActionStatus.DONE})
    with Workspace.open(workspace_path) as other:
        edit_action(other, ctx.assessment_id, uid, status="blocked")
    failures: list[str] = []
    ctx.save_failed.connect(failures.append)
    steps = ctx.undo_stack.count()
    ctx.undo_stack.undo()
    assert reopen()["goods.baseline"].actions[0].status == ActionStatus.BLOCKED
    assert ctx.responses["goods.baseline"].actions[0].status == ActionStatus.BLOCKED, "the window shows what is stored"
    assert failures and "changed elsewhere" in failures[-1]
    assert ctx.undo_stack.count() == steps - 1
    ctx.undo_stack.undo()  # the step before (adding the action) now expects an action that was changed: refused too
    assert [a.title for a in reopen()["goods.baseline"].actions] == ["Call the broker"]


def test_redo_runs_the_operation_again(qtbot, window: MainWindow, reopen) -> None:
    ctx = window.context
    assert commands.edit_responses(ctx, {"goods.baseline": {"owner": "Maria"}}, text="owner")
    ctx.undo_stack.undo()
    assert reopen()["goods.baseline"].owner == ""
    ctx.undo_stack.redo()
    assert reopen()["goods.baseline"].owner == "Maria"
    assert window.saved_label.text() == "All changes saved"


def test_an_edit_based_on_a_stale_view_is_refused(qtbot, window: MainWindow, workspace_path: Path, reopen) -> None:
    """Two windows: the second edits a field the first shows; the first's next edit of it does not overwrite."""
    ctx = window.context
    with Workspace.open(workspace_path) as other:
        from tests.support import edit

        edit(other, ctx.assessment_id, "goods.baseline", gap="Written in the other window")
    assert not commands.edit_responses(ctx, {"goods.baseline": {"gap": "Written here"}}, text="gap")
    assert reopen()["goods.baseline"].gap == "Written in the other window"
    assert ctx.responses["goods.baseline"].gap == "Written in the other window"
    assert window.saved_label.text().startswith("Not saved")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the kernel's lock table")
def test_the_windows_lock_survives_an_export_job(
    qtbot, window: MainWindow, workspace_path: Path, tmp_path: Path, monkeypatch
) -> None:
    window.context.responses_of(window.context.assessment_id)
    held = _held_locks(workspace_path)
    assert held
    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(lambda cls, parent, *, owners: ExportOptions()))
    monkeypatch.setattr(SavePlanAs, "ask", classmethod(lambda cls, parent, *, suggested: tmp_path / "plan.xlsx"))
    problems: list[str] = []
    monkeypatch.setattr(ErrorMessage, "ask", classmethod(lambda cls, parent, *, title, text: problems.append(text)))
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: window.plans.exported is not None or bool(problems), timeout=30_000)
    assert problems == [] and (tmp_path / "plan.xlsx").exists()
    assert _held_locks(workspace_path) == held
