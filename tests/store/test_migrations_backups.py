"""The schema ladder, the backup taken before migrating, and rotating backups."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from readiness.codes import Level
from readiness.errors import WorkspaceError
from readiness.model import CompanyProfile, ProfileBasis, ReviewNote, ReviewReason
from readiness.store import backups, schema
from readiness.store.database import _statements
from readiness.store.workspace import Workspace
from tests.support import create, edit


def test_new_file_is_at_the_latest_schema(workspace: Workspace) -> None:
    assert workspace.db.query("PRAGMA user_version")[0][0] == schema.LATEST_VERSION
    assert workspace.db.query("PRAGMA application_id")[0][0] == schema.APPLICATION_ID


def test_older_file_is_backed_up_then_migrated_step_by_step(
    workspace: Workspace, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create(workspace, "Before upgrade", "mini", CompanyProfile())
    workspace.close()
    current = schema.LATEST_VERSION
    step = schema.Step("ALTER TABLE assessments ADD COLUMN review_cycle TEXT;")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    monkeypatch.setattr(schema, "LATEST_VERSION", len(schema.MIGRATIONS))
    from readiness.store import database

    monkeypatch.setattr(database, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(database, "LATEST_VERSION", schema.LATEST_VERSION)
    with Workspace.open(workspace_path) as ws:
        assert ws.db.query("PRAGMA user_version")[0][0] == schema.LATEST_VERSION
        assert ws.assessments.get("Before upgrade")
    taken = backups.list_backups(workspace_path)
    assert [b.reason for b in taken] == [f"before-migration-v{current}"]
    old = sqlite3.connect(taken[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    assert old.execute("SELECT name FROM assessments").fetchall() == [("Before upgrade",)]
    old.close()


def test_failed_migration_step_leaves_the_file_at_its_old_version(
    workspace: Workspace, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.close()
    from readiness.store import database

    broken = [*schema.MIGRATIONS, schema.Step("ALTER TABLE no_such_table ADD COLUMN x TEXT;")]
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    monkeypatch.setattr(database, "LATEST_VERSION", len(broken))
    with pytest.raises(WorkspaceError, match="no_such_table"):
        Workspace.open(workspace_path)
    monkeypatch.undo()
    with Workspace.open(workspace_path) as ws:
        assert ws.db.query("PRAGMA user_version")[0][0] == schema.LATEST_VERSION
        assert ws.check().ok


def test_backups_rotate_and_restore(workspace: Workspace, workspace_path: Path) -> None:
    for _n in range(backups.KEEP + 3):
        workspace.backup()
    assert len(backups.list_backups(workspace_path)) == backups.KEEP
    first = backups.list_backups(workspace_path)[-1].path
    create(workspace, "Added after backup", "mini", CompanyProfile())
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
        create(ws, "Acme", "mini", CompanyProfile())
    with Workspace.open(workspace_path):
        pass
    with Workspace.open(workspace_path):
        pass
    taken = backups.list_backups(workspace_path)
    assert [b.reason for b in taken] == ["daily"]  # one a day, not one per open
    restored = sqlite3.connect(taken[0].path)
    assert restored.execute("SELECT name FROM assessments").fetchall() == [("Acme",)]
    restored.close()


def test_a_daily_backup_that_fails_is_a_warning_not_a_refusal(workspace: Workspace, workspace_path: Path) -> None:
    acme = create(workspace, "Acme", "mini", CompanyProfile())
    workspace.close()
    backups.backup_dir(workspace_path).write_text("a file where the backup folder should be")
    with Workspace.open(workspace_path) as ws:
        assert [w.code for w in ws.warnings] == ["backup-failed"]
        assert "daily backup could not be taken" in str(ws.warnings[0])
        edit(ws, acme.id, "goods.baseline", level=Level.READY)  # the workspace is fully usable
    with Workspace.open(workspace_path) as ws:
        assert ws.assessments.response(acme.id, "goods.baseline").level == Level.READY
    assert list(workspace_path.parent.glob("*.partial")) == []


def test_a_first_schema_file_is_migrated_to_codes_not_sentences(tmp_path: Path) -> None:
    """Schema 1 stored English sentences; schema 2 stores the profile facts and review notes as codes."""
    path = tmp_path / "v1.sqlite"
    with Workspace.open(tmp_path / "source.sqlite") as source:
        framework = source.frameworks.get("usmca-2020")
    old = sqlite3.connect(path)
    for statement in _statements(schema.MIGRATIONS[0].script):
        old.execute(statement)
    old.execute(
        "INSERT INTO frameworks VALUES (?, ?, ?, 1, ?, '2026-01-01T00:00:00')",
        (framework.id, framework.version, framework.title, framework.model_dump_json(exclude_none=True)),
    )
    old.execute(
        "INSERT INTO assessments (id, name, framework_id, framework_version, profile, created_at, updated_at)"
        " VALUES (1, 'Old', ?, ?, '{}', '2026-01-01T00:00:00', '2026-01-01T00:00:00')",
        (framework.id, framework.version),
    )
    first, second, third = [item.id for _, item in framework.items()][:3]
    sentence = "Profile has no matching sector (item concerns textiles-apparel, steel-aluminium)"
    old.executemany(
        "INSERT INTO responses (assessment_id, item_id, position, not_applicable, na_reason, needs_review,"
        " review_note) VALUES (1, ?, ?, ?, ?, ?, ?)",
        [
            (first, 0, 1, sentence, 0, ""),
            (second, 1, 1, "We have no plants", 1, "Rule changed in 2020"),
            (third, 2, 0, None, 0, ""),
        ],
    )
    snapshot = {"responses": [{"item_id": first, "not_applicable": True, "na_reason": sentence, "review_note": "x"}],
                "readiness": 0.0, "coverage": 0.0, "areas": {}}  # fmt: skip
    old.execute(
        "INSERT INTO snapshots (assessment_id, label, taken_at, content) VALUES (1, 'v1', '2026-01-01', ?)",
        (json.dumps(snapshot),),
    )
    old.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    with Workspace.open(path) as ws:
        assert ws.check().ok
        assessment = ws.assessments.get("Old")
        assert len(assessment.uid) == 32 and assessment.currency == "USD"
        responses = ws.assessments.responses(assessment.id)
        basis = ProfileBasis(dimension="sector", concerns=["textiles-apparel", "steel-aluminium"])
        assert (responses[first].na_basis, responses[first].na_reason) == (basis, None)
        assert (responses[second].na_basis, responses[second].na_reason) == (None, "We have no plants")
        assert responses[second].review_notes == [ReviewNote(reason=ReviewReason.TEXT, text="Rule changed in 2020")]
        assert responses[third].review_notes == [] and responses[third].na_basis is None
        (taken,) = ws.snapshots.all(assessment.id)
        frozen = taken.responses[first]
        assert (frozen.na_basis, frozen.na_reason) == (basis, None)
        assert frozen.review_notes == [ReviewNote(reason=ReviewReason.TEXT, text="x")]
    assert [b.reason for b in backups.list_backups(path)] == ["before-migration-v1"]
