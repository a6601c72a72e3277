"""The schema ladder, the backup taken before migrating, and rotating backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from readiness.errors import WorkspaceError
from readiness.model import CompanyProfile
from readiness.store import backups, schema
from readiness.store.workspace import Workspace


def test_new_file_is_at_the_latest_schema(workspace: Workspace) -> None:
    assert workspace.db.query("PRAGMA user_version")[0][0] == schema.LATEST_VERSION
    assert workspace.db.query("PRAGMA application_id")[0][0] == schema.APPLICATION_ID


def test_older_file_is_backed_up_then_migrated_step_by_step(
    workspace: Workspace, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.assessments.create("Before upgrade", workspace.frameworks.get("mini"), CompanyProfile())
    workspace.close()
    step = "ALTER TABLE assessments ADD COLUMN review_cycle TEXT;"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    monkeypatch.setattr(schema, "LATEST_VERSION", len(schema.MIGRATIONS))
    from readiness.store import database

    monkeypatch.setattr(database, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(database, "LATEST_VERSION", schema.LATEST_VERSION)
    with Workspace.open(workspace_path) as ws:
        assert ws.db.query("PRAGMA user_version")[0][0] == schema.LATEST_VERSION
        assert ws.assessments.get("Before upgrade")
    taken = backups.list_backups(workspace_path)
    assert [b.reason for b in taken] == ["before-migration-v1"]
    old = sqlite3.connect(taken[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT name FROM assessments").fetchall() == [("Before upgrade",)]
    old.close()


def test_failed_migration_step_leaves_the_file_at_its_old_version(
    workspace: Workspace, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.close()
    from readiness.store import database

    broken = [*schema.MIGRATIONS, "ALTER TABLE no_such_table ADD COLUMN x TEXT;"]
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    monkeypatch.setattr(database, "LATEST_VERSION", len(broken))
    with pytest.raises(WorkspaceError, match="no_such_table"):
        Workspace.open(workspace_path)
    monkeypatch.undo()
    with Workspace.open(workspace_path) as ws:
        assert ws.db.query("PRAGMA user_version")[0][0] == schema.LATEST_VERSION
        assert ws.check().ok


def test_backups_rotate_and_restore(workspace: Workspace, workspace_path: Path) -> None:
    framework = workspace.frameworks.get("mini")
    for _n in range(backups.KEEP + 3):
        workspace.backup()
    assert len(backups.list_backups(workspace_path)) == backups.KEEP
    first = backups.list_backups(workspace_path)[-1].path
    workspace.assessments.create("Added after backup", framework, CompanyProfile())
    workspace.close()
    aside = backups.restore_backup(first, workspace_path)
    assert aside.exists()
    with Workspace.open(workspace_path) as ws:
        assert [a.name for a in ws.assessments.all()] == []
    with Workspace.open(aside) as replaced:
        assert [a.name for a in replaced.assessments.all()] == ["Added after backup"]


def test_opening_takes_a_daily_backup_when_there_is_work_to_protect(workspace: Workspace, workspace_path: Path) -> None:
    workspace.close()
    with Workspace.open(workspace_path):
        pass
    assert backups.list_backups(workspace_path) == []  # nothing to protect yet
    with Workspace.open(workspace_path) as ws:
        ws.assessments.create("Acme", ws.frameworks.get("mini"), CompanyProfile())
    with Workspace.open(workspace_path):
        pass
    with Workspace.open(workspace_path):
        pass
    taken = backups.list_backups(workspace_path)
    assert [b.reason for b in taken] == ["daily"]  # one a day, not one per open
    restored = sqlite3.connect(taken[0].path)
    assert restored.execute("SELECT name FROM assessments").fetchall() == [("Acme",)]
    restored.close()
