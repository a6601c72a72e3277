"""Opening a workspace that is not quite well: read only, a backup that cannot be taken, damaged values, an
unsafe location. Each is told plainly; none locks the user out or shows a traceback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from readiness.errors import WorkspaceError
from readiness.excel.export import export_plan
from readiness.frameworks import load_framework
from readiness.model import CompanyProfile
from readiness.store import backups
from readiness.store.location import LocationRisk, location_risk
from readiness.store.workspace import Workspace
from tests.support import create, edit, install

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readiness.cli", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def answered(tmp_path: Path) -> Path:
    path = tmp_path / "ws" / "workspace.sqlite"
    with Workspace.open(path) as ws:
        install(ws, load_framework(ROOT / "tests" / "data" / "mini.toml"))
        assessment = create(ws, "Acme", "mini", CompanyProfile())
        edit(ws, assessment.id, "goods.baseline", owner="Maria", level=3)
    return path


@pytest.mark.skipif(sys.platform == "win32" or AS_ROOT, reason="permission bits do not bind root")
def test_a_read_only_workspace_opens_for_reading_and_refuses_edits(answered: Path, tmp_path: Path) -> None:
    folder = answered.parent
    for extra in folder.iterdir():
        if extra.is_file():
            extra.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        listed = _cli("--workspace", str(answered), "assessments", "list")
        assert listed.returncode == 0 and "Acme" in listed.stdout
        assert "read only" in listed.stderr
        assert _cli("--workspace", str(answered), "check").returncode == 0
        exported = _cli("--workspace", str(answered), "export", "Acme", "--out", str(tmp_path / "plan.xlsx"))
        assert exported.returncode == 0, exported.stderr
        refused = _cli("--workspace", str(answered), "snapshot", "Acme", "--label", "x")
        assert refused.returncode == 4 and "read only" in refused.stderr
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_workspace_sqlite_cannot_write_opens_read_only(answered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, in-process: where the location cannot be written (tests may run as root, whom permission bits
    do not stop), the workspace opens read only and every edit says why it was not saved."""
    from readiness.store import database

    monkeypatch.setattr(database, "_writable", lambda path: False)
    with Workspace.open(answered) as ws:
        assert ws.read_only and [w.code for w in ws.warnings] == ["opened-read-only"]
        assessment = ws.assessments.get("Acme")
        assert ws.assessments.response(assessment.id, "goods.baseline").owner == "Maria"
        assert ws.check().ok
        with pytest.raises(WorkspaceError, match="read only"):
            edit(ws, assessment.id, "goods.baseline", owner="Dan")
    monkeypatch.undo()
    with Workspace.open(answered) as ws:
        assert ws.assessments.response(ws.assessments.get("Acme").id, "goods.baseline").owner == "Maria"


def test_a_backup_that_cannot_be_taken_is_a_warning_not_a_lockout(
    answered: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    for old in backups.list_backups(answered):
        old.path.unlink()
    monkeypatch.setattr(backups, "copy_database", no_room)
    with Workspace.open(answered) as ws:
        assert [w.code for w in ws.warnings] == ["backup-failed"]
        assert "disk is full" in str(ws.warnings[0])
        assert ws.assessments.get("Acme")
        export_plan(ws, ws.assessments.get("Acme").id, tmp_path / "plan.xlsx")
    assert not [p for p in backups.backup_dir(answered).glob("*") if p.suffix == ".partial"]


def test_a_failed_backup_leaves_no_partial_file(answered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with Workspace.open(answered) as ws:
        monkeypatch.setattr(backups.os, "replace", full)
        with pytest.raises(WorkspaceError, match="disk is full"):
            ws.backup("manual")
    assert not list(backups.backup_dir(answered).glob("*.partial"))


def test_check_reads_everything_the_app_reads_and_names_the_damage(answered: Path) -> None:
    with Workspace.open(answered) as ws:
        ws.db.connection.execute("UPDATE responses SET evidence = '{not json' WHERE item_id = 'goods.baseline'")
        ws.db.connection.execute('UPDATE assessments SET profile = \'{"roles": ["pirate"]}\'')
    result = _cli("--workspace", str(answered), "check")
    assert result.returncode == 4
    assert "goods.baseline" in result.stderr and "assessment" in result.stderr
    assert "Traceback" not in result.stderr
    for command in (["assessments", "list"], ["export", "Acme", "--out", str(answered.with_suffix(".xlsx"))]):
        damaged = _cli("--workspace", str(answered), *command)
        assert damaged.returncode == 4, damaged.stderr
        assert "Traceback" not in damaged.stderr and "restore a backup" in damaged.stderr


def test_a_damaged_snapshot_is_named_by_check(answered: Path) -> None:
    with Workspace.open(answered) as ws:
        assessment = ws.assessments.get("Acme")
        ws.db.connection.execute(
            "INSERT INTO snapshots (assessment_id, label, taken_at, content) VALUES (?, 'Round 1', 'x', ?)",
            (assessment.id, json.dumps({"responses": [{"item_id": "goods.baseline", "level": 9}]})),
        )
        report = ws.check()
    assert not report.ok and any("Round 1" in problem for problem in report.problems)


@pytest.mark.parametrize(
    ("path", "fs_type", "risk"),
    [
        ("/home/maria/workspace.sqlite", "ext4", None),
        ("/home/maria/workspace.sqlite", None, None),
        ("/mnt/share/workspace.sqlite", "nfs4", LocationRisk.NETWORK_SHARE),
        ("/mnt/share/workspace.sqlite", "cifs", LocationRisk.NETWORK_SHARE),
        ("/Volumes/Team/workspace.sqlite", "smbfs", LocationRisk.NETWORK_SHARE),
        ("/Volumes/Team/workspace.sqlite", "afpfs", LocationRisk.NETWORK_SHARE),
        ("/home/maria/remote/workspace.sqlite", "fuse.sshfs", LocationRisk.NETWORK_SHARE),
        ("\\\\fileserver\\trade\\workspace.sqlite", None, LocationRisk.NETWORK_SHARE),
        ("//fileserver/trade/workspace.sqlite", None, LocationRisk.NETWORK_SHARE),
        ("\\\\?\\UNC\\fileserver\\trade\\workspace.sqlite", None, LocationRisk.NETWORK_SHARE),
        ("Z:\\trade\\workspace.sqlite", "remote", LocationRisk.NETWORK_SHARE),  # a mapped network drive
        ("C:\\Users\\maria\\AppData\\Local\\TradeReadiness\\workspace.sqlite", "NTFS", None),
        ("\\\\?\\C:\\Users\\maria\\workspace.sqlite", "NTFS", None),
        ("C:\\Users\\maria\\OneDrive - Acme\\workspace.sqlite", "NTFS", LocationRisk.CLOUD_SYNC),
        ("C:\\Users\\maria\\OneDrive\\Documents\\workspace.sqlite", "NTFS", LocationRisk.CLOUD_SYNC),
        ("/Users/maria/Dropbox/compliance/workspace.sqlite", "apfs", LocationRisk.CLOUD_SYNC),
        ("/Users/maria/Library/Mobile Documents/com~apple~CloudDocs/workspace.sqlite", "apfs", LocationRisk.CLOUD_SYNC),
        ("/Users/maria/Library/CloudStorage/GoogleDrive-maria/workspace.sqlite", "apfs", LocationRisk.CLOUD_SYNC),
        ("/home/maria/Nextcloud/workspace.sqlite", "ext4", LocationRisk.CLOUD_SYNC),
        ("/home/maria/dropbox-notes.sqlite", "ext4", None),  # only whole folder names count
    ],
)
def test_unsafe_locations_are_recognised(path: str, fs_type: str | None, risk: LocationRisk | None) -> None:
    assert location_risk(path, fs_type) is risk


def test_a_workspace_in_a_synced_folder_is_opened_with_a_plain_warning(tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "workspace.sqlite"
    result = _cli("--workspace", str(path), "assessments", "list")
    assert result.returncode == 0
    assert "warning" in result.stderr and "synced" in result.stderr.replace("syncs", "synced")
    assert "local folder" in result.stderr
