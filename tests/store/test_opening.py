"""Opening a workspace: every bad file gets a clear message and is never changed."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from pathlib import Path

import pytest

from readiness import operations
from readiness.cli import main
from readiness.codes import Level
from readiness.document import export_document
from readiness.errors import WorkspaceError
from readiness.excel.export import export_plan
from readiness.frameworks import load_framework
from readiness.model import Action, CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import add_action, create, edit, install

DATA = Path(__file__).parent.parent / "data"


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
    create(workspace, "Acme", "mini", CompanyProfile())
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


def test_a_new_workspace_in_a_read_only_location_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    # Tests run as root in CI, where permission bits do not bind; model the read-only folder directly.
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != folder)
    error = open_fails(folder / "workspace.sqlite", "read-only")
    assert "read-only" in error.reason
    assert list(folder.iterdir()) == []


def test_an_existing_workspace_in_a_read_only_location_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    path = folder / "workspace.sqlite"
    with Workspace.open(path) as ws:
        install(ws, load_framework(DATA / "mini.toml"))
        acme = create(ws, "Acme", "mini", CompanyProfile())
        edit(ws, acme.id, "goods.baseline", level=Level.PLANNED)
        action = add_action(ws, acme.id, "goods.baseline", Action(title="Map flows"))
    before = {p.name: digest(p) for p in folder.iterdir() if p.is_file()}
    monkeypatch.setattr(os, "access", lambda p, mode: not Path(p).is_relative_to(folder))
    with Workspace.open(path) as ws:
        assert ws.read_only
        assert [w.code for w in ws.warnings] == ["opened-read-only"]
        # reading and exporting work
        assert ws.assessments.response(acme.id, "goods.baseline").level == Level.PLANNED
        assert '"name": "Acme"' in export_document(ws, acme.id)
        out = tmp_path / "out" / "plan.xlsx"
        out.parent.mkdir()
        assert export_plan(ws, acme.id, out).path == out and out.exists()
        assert ws.check().ok
        # every edit is refused with the reason, and nothing is written
        attempts = [
            lambda: edit(ws, acme.id, "goods.baseline", level=Level.READY),
            lambda: operations.add_action(ws, acme.id, "goods.baseline", Action(title="New")),
            lambda: operations.remove_action(ws, acme.id, action.uid, expected=action),
            lambda: operations.take_snapshot(ws, acme.id, label="x"),
            lambda: create(ws, "Other", "mini", CompanyProfile()),
        ]
        for attempt in attempts:
            with pytest.raises(WorkspaceError) as caught:
                attempt()
            assert caught.value.code == "read-only"
        assert ws.assessments.response(acme.id, "goods.baseline").level == Level.PLANNED
    assert {p.name: digest(p) for p in folder.iterdir() if p.is_file()} == before


def test_the_command_line_warns_about_a_read_only_workspace_and_refuses_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    path = folder / "workspace.sqlite"
    with Workspace.open(path) as ws:
        create(ws, "Acme", "usmca-2020", CompanyProfile())
    monkeypatch.setattr(os, "access", lambda p, mode: not Path(p).is_relative_to(folder))
    capsys.readouterr()
    assert main(["--workspace", str(path), "assessments", "list", "--json"]) == 0
    captured = capsys.readouterr()
    assert '"Acme"' in captured.out and "warning" in captured.err and "read only" in captured.err
    assert main(["--workspace", str(path), "snapshot", "Acme", "--label", "x"]) == 4
    assert "read only" in capsys.readouterr().err


def test_opening_never_reads_the_workspace_file_outside_sqlite(
    workspace: Workspace, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On POSIX, closing any descriptor of the file would drop SQLite's locks: only SQLite may open it."""
    create(workspace, "Acme", "mini", CompanyProfile())
    opened: list[Path] = []
    real_open = io.open

    def spy(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, os.PathLike)):
            opened.append(Path(file).resolve())
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr("builtins.open", spy)
    with Workspace.open(workspace_path) as again:
        again.check()
        assert workspace_path.resolve() not in opened  # other files (packs, /proc/self/mounts) may be read
        workspace_path.read_bytes()  # the spy does see a plain read of the file
    assert workspace_path.resolve() in opened


def test_check_reads_every_stored_value_and_names_what_cannot_be_read(
    workspace: Workspace, workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    acme = create(workspace, "Acme", "mini", CompanyProfile())
    assert workspace.check().ok and workspace.check().problems == []
    with workspace.db.transaction() as tx:  # a hand-edited file: SQLite is fine, the app cannot read the value
        tx.execute(
            "UPDATE responses SET evidence = 'not json' WHERE assessment_id = ? AND item_id = 'goods.auto'", (acme.id,)
        )
    report = workspace.check()
    assert report.integrity == ["ok"] and report.foreign_keys == 0
    assert not report.ok
    assert len(report.problems) == 1 and "goods.auto" in report.problems[0]
    with pytest.raises(WorkspaceError) as caught:
        workspace.assessments.responses(acme.id)
    assert caught.value.code == "damaged"
    workspace.close()
    capsys.readouterr()
    assert main(["--workspace", str(workspace_path), "check"]) == 4
    assert "goods.auto" in capsys.readouterr().err


def test_full_disk_gives_a_clear_message_and_keeps_earlier_work(workspace: Workspace, workspace_path: Path) -> None:
    kept = create(workspace, "Kept", "mini", CompanyProfile())
    pages = workspace.db.query("PRAGMA page_count")[0][0]
    workspace.db.connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    big = ["x" * 20_000] * 20  # within the limits of a value, too much for the space left
    with pytest.raises(WorkspaceError) as caught:
        edit(workspace, kept.id, "goods.baseline", evidence=big, notes="lost with the disk-full edit")
    assert caught.value.code == "disk-full"
    workspace.close()
    with Workspace.open(workspace_path) as reopened:
        assert reopened.check().ok
        assert reopened.assessments.get("Kept").id == kept.id
        assert reopened.assessments.response(kept.id, "goods.baseline").notes == ""


def test_missing_workspace_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path, create=False)
    assert caught.value.code == "missing"
    assert not path.exists()
