"""Opening a workspace: every bad file gets a clear message and is never changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from readiness.errors import WorkspaceError
from readiness.store.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_fails(path: Path, code: str) -> WorkspaceError:
    before = digest(path) if path.is_file() else None
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path)
    assert caught.value.code == code
    assert str(path) in str(caught.value)
    if before is not None:
        assert digest(path) == before, "the file must be left exactly as it was"
    return caught.value


def test_new_workspace_is_created_with_builtin_frameworks(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ids = {f.id for f in ws.frameworks.all()}
        assert "usmca-2020" in ids or "nafta-2017" in ids
        assert ws.db.query("PRAGMA journal_mode")[0][0] == "wal"
        assert ws.db.query("PRAGMA foreign_keys")[0][0] == 1
    assert workspace_path.exists()


def test_text_file_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("quarterly notes, not a database\n")
    error = open_fails(path, "not-a-workspace")
    assert "not a Trade Readiness workspace" in error.reason


def test_another_applications_database_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.commit()
    connection.close()
    open_fails(path, "not-a-workspace")


def test_empty_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    open_fails(path, "not-a-workspace")
    assert path.stat().st_size == 0


def test_damaged_workspace_is_reported_and_left_alone(workspace: Workspace, workspace_path: Path) -> None:
    workspace.assessments.create(
        "Acme", workspace.frameworks.get("mini"), __import__("readiness.model").model.CompanyProfile()
    )
    workspace.db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    data = bytearray(workspace_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # scribble over interior pages
        data[offset] = 0x5A
    workspace_path.write_bytes(bytes(data))
    error = open_fails(workspace_path, "damaged")
    assert "restore a backup" in error.reason


def test_newer_schema_asks_for_an_update(workspace: Workspace, workspace_path: Path) -> None:
    workspace.db.connection.execute("PRAGMA user_version = 99")
    workspace.close()
    error = open_fails(workspace_path, "newer-schema")
    assert "newer Trade Readiness" in error.reason


def test_read_only_location_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    # Tests run as root in CI, where permission bits do not bind; model the read-only folder directly.
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != folder)
    error = open_fails(folder / "workspace.sqlite", "read-only")
    assert "read-only" in error.reason
    assert list(folder.iterdir()) == []


def test_full_disk_gives_a_clear_message_and_keeps_earlier_work(workspace: Workspace, workspace_path: Path) -> None:
    from readiness.model import CompanyProfile

    framework = workspace.frameworks.get("mini")
    workspace.assessments.create("Kept", framework, CompanyProfile())
    pages = workspace.db.query("PRAGMA page_count")[0][0]
    workspace.db.connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    big = "x" * 200_000
    with pytest.raises(WorkspaceError) as caught:
        workspace.assessments.update_response(workspace.assessments.get("Kept").id, "goods.baseline", {"notes": big})
    assert caught.value.code == "disk-full"
    workspace.close()
    with Workspace.open(workspace_path) as reopened:
        assert reopened.check().ok
        kept = reopened.assessments.get("Kept")
        assert reopened.assessments.response(kept.id, "goods.baseline").notes == ""


def test_missing_workspace_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path, create=False)
    assert caught.value.code == "missing"
    assert not path.exists()
