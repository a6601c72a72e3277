"""The one write path: the workspace lock holds, nothing outside SQLite opens the live file, every change
checks what its caller saw, and every SQL write lives in the operations layer."""

from __future__ import annotations

import builtins
import datetime as dt
import io
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from readiness import operations
from readiness.codes import ActionStatus
from readiness.document import export_document
from readiness.errors import Conflict
from readiness.excel.export import export_plan
from readiness.excel.plan_import import apply_plan, read_returned_plan
from readiness.model import Action, CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import add_action, create, edit, edit_action

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def assessment_id(workspace: Workspace) -> int:
    return create(workspace, "Acme", "mini", CompanyProfile(roles=["importer"])).id


def _held_locks(path: Path) -> list[str]:
    """This process's POSIX locks on the file's inode, from /proc/locks."""
    inode = str(os.stat(path).st_ino)
    found = []
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            fields = line.split()
            if fields[1] == "->":
                fields = fields[:1] + fields[2:]
            if int(fields[4]) == os.getpid() and fields[5].split(":")[-1] == inode:
                found.append(fields[3])
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the kernel's lock table")
def test_a_second_connection_never_drops_the_first_ones_lock(workspace: Workspace, workspace_path: Path) -> None:
    """A background job opens and closes its own connection; the window's lock on the file must survive it.

    On POSIX, closing any descriptor of a file releases every lock the process holds on it: a plain
    `open()` of the workspace (to read its header) once dropped the window's lock, and another process
    could then corrupt the file.
    """
    workspace.db.query("SELECT count(*) FROM assessments")
    held = _held_locks(workspace_path)
    assert held, "an open workspace holds a lock on its file"
    for _ in range(3):
        with Workspace.open(workspace_path, create=False, install_builtins=False) as job:
            job.check()
    assert _held_locks(workspace_path) == held


@pytest.fixture
def watched_opens(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every file Python code opens (SQLite opens its files in C, so those do not show)."""
    opened: list[str] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def spy(original):  # type: ignore[no-untyped-def]
        def opener(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(file, (str, os.PathLike)):
                opened.append(os.path.abspath(os.fspath(file)))
            return original(file, *args, **kwargs)

        return opener

    monkeypatch.setattr(builtins, "open", spy(real_open))
    monkeypatch.setattr(io, "open", spy(real_io_open))
    monkeypatch.setattr(os, "open", spy(real_os_open))
    yield opened


def test_nothing_but_sqlite_opens_the_live_workspace(
    workspace: Workspace, workspace_path: Path, assessment_id: int, tmp_path: Path, watched_opens: list[str]
) -> None:
    add_action(workspace, assessment_id, "goods.baseline", Action(title="Recompute RVC", owner="Maria"))
    plan = tmp_path / "plan.xlsx"
    with Workspace.open(workspace_path, create=False) as job:  # what a background job does
        export_plan(job, assessment_id, plan)
        preview = read_returned_plan(job, assessment_id, plan)
        apply_plan(job, preview)
        export_document(job, assessment_id)
        job.backup("manual")
        job.check()
        operations.take_snapshot(job, assessment_id, label="milestone")
    workspace.check()
    live = {str(workspace_path) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    assert not live & set(watched_opens), "the live workspace was opened outside SQLite"


def test_undoing_an_action_edit_never_overwrites_a_newer_edit(workspace: Workspace, assessment_id: int) -> None:
    action = add_action(workspace, assessment_id, "goods.baseline", Action(title="Call the broker"))
    edited = operations.edit_action(
        workspace, assessment_id, action.uid, {"status": "done"}, expected={"status": "open"}
    )
    edit_action(workspace, assessment_id, action.uid, status="blocked")  # another window, meanwhile
    with pytest.raises(Conflict, match="changed elsewhere"):
        operations.edit_action(workspace, assessment_id, action.uid, edited.before, expected=edited.after)
    assert workspace.assessments.action(assessment_id, action.uid)[1].status == ActionStatus.BLOCKED


def test_undoing_a_returned_plan_never_overwrites_a_newer_edit(
    workspace: Workspace, assessment_id: int, tmp_path: Path
) -> None:
    action = add_action(workspace, assessment_id, "goods.baseline", Action(title="Recompute RVC", owner="Maria"))
    applied = operations.apply_plan(
        workspace,
        assessment_id,
        updates=[operations.ActionUpdate(action.uid, {"owner": "Maria Lopez"}, {"owner": "Maria"})],
        additions=[("goods.baseline", Action(title="Second audit"))],
    )
    edit_action(workspace, assessment_id, action.uid, owner="Dan")  # another window, meanwhile
    with pytest.raises(Conflict):
        operations.revert_plan(workspace, applied)
    stored = workspace.assessments.response(assessment_id, "goods.baseline").actions
    assert [(a.title, a.owner) for a in stored] == [("Recompute RVC", "Dan"), ("Second audit", "")]


def test_an_edit_must_say_what_it_replaces(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(Exception, match="what it replaces"):
        operations.edit_responses(workspace, assessment_id, {"goods.baseline": {"owner": "X"}}, expected={})
    edit(workspace, assessment_id, "goods.baseline", owner="Customs")
    with pytest.raises(Conflict, match="changed elsewhere"):
        operations.edit_responses(
            workspace, assessment_id, {"goods.baseline": {"owner": "Legal"}}, expected={"goods.baseline": {"owner": ""}}
        )
    assert workspace.assessments.response(assessment_id, "goods.baseline").owner == "Customs"


def test_moving_an_assessment_that_changed_after_its_preview_is_refused(workspace: Workspace) -> None:
    from readiness.migration import plan_migration

    nafta = create(workspace, "NAFTA", "nafta-2017", CompanyProfile(roles=["importer"]))
    plan = plan_migration(workspace, nafta.id, "usmca-2020")
    first = next(iter(workspace.assessments.responses(nafta.id)))
    edit(workspace, nafta.id, first, owner="Edited after the preview", due=dt.date(2027, 1, 1))
    with pytest.raises(Conflict, match="preview"):
        operations.apply_migration(workspace, plan)
    assert [a.name for a in workspace.assessments.all()] == ["NAFTA"]


def test_every_sql_write_lives_in_the_write_path() -> None:
    """INSERT, UPDATE and DELETE appear only in the operations, the row writers they call, the audit
    trail they append to, and the schema ladder; never in the repositories or anywhere else."""
    allowed = {
        "readiness/store/rows.py",
        "readiness/store/products_rows.py",
        "readiness/store/audit.py",
        "readiness/store/schema.py",
    }
    writes = re.compile(r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b")
    offenders = []
    for path in sorted((ROOT / "readiness").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("readiness/operations/") or relative in allowed:
            continue
        if writes.search(path.read_text(encoding="utf-8")):
            offenders.append(relative)
    assert offenders == []


def test_the_app_writes_only_through_the_context() -> None:
    """No module of `ui/` but the context holds the workspace; views and dialogs read through it."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        reaches_in = re.search(r"context\.workspace\b|\._workspace\b|\.assessments\.\w+\(|\bstore\.rows\b", text)
        if path.name != "context.py" and reaches_in:
            offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []
