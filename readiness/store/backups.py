"""Rotating backups of a workspace, made with the SQLite online backup API.

Backups sit in `<workspace>.backups/` beside the file, named with their time
and reason. Opening a workspace that holds assessments takes one when the
newest is more than a day old. The newest `KEEP` automatic backups are kept;
a backup taken before a migration is never rotated away. Restoring copies a backup over the
workspace only after the current file has itself been set aside.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

KEEP = 10
SUFFIX = ".sqlite"
DAILY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Backup:
    """One backup file and when and why it was taken."""

    path: Path
    taken_at: dt.datetime
    reason: str


def backup_dir(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".backups")


def take_backup(connection: sqlite3.Connection, workspace: Path, *, reason: str = "auto") -> Path:
    """Copy the open database to a new file in the backup folder and rotate old ones."""
    folder = backup_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}--{reason}{SUFFIX}"
    copy_database(connection, target)
    rotate(workspace)
    return target


def copy_database(connection: sqlite3.Connection, target: Path) -> None:
    """Copy the open database into `target` through the backup API: a partial file, then a rename."""
    partial = target.with_name(target.name + ".partial")
    try:
        destination = sqlite3.connect(partial)
        try:
            connection.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # never leave half a copy behind
        raise


def list_backups(workspace: Path) -> list[Backup]:
    """Backups of this workspace, newest first."""
    found: list[Backup] = []
    folder = backup_dir(workspace)
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        stamp, _, reason = path.stem.partition("--")
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, taken, reason or "auto"))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_due(workspace: Path, *, now: dt.datetime | None = None, every: dt.timedelta = DAILY) -> bool:
    """True when the newest backup of any kind is older than `every` (or there is none)."""
    taken = list_backups(workspace)
    return not taken or (now or dt.datetime.now()) - taken[0].taken_at >= every


def rotate(workspace: Path, keep: int = KEEP) -> None:
    automatic = [b for b in list_backups(workspace) if not b.reason.startswith("before-")]
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)


def restore_backup(backup: Path, workspace: Path) -> Path:
    """Put `backup` in place of the workspace; the current file is kept beside it and returned."""
    aside = workspace.with_name(f"{workspace.name}.replaced-{dt.datetime.now():%Y%m%d-%H%M%S}")
    for extra in ("", "-wal", "-shm"):
        current = Path(str(workspace) + extra)
        if current.exists():
            os.replace(current, Path(str(aside) + extra))
    shutil.copy2(backup, workspace)
    return aside
