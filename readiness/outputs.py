"""Check a file name the user gave for an output (JSON document, Excel plan) before anything is written.

Every writer of a user-named output calls `check_output(path, suffix=...,
workspace=...)` first. It refuses, with a `UsageError` (a bad `--out`,
exit 2 in the CLI) and a reason saying what the path is:
- a name without the output's suffix (`.json`, `.xlsx`);
- the open workspace file itself, its `-wal`, `-shm` or `-journal`, its
  backups folder or anything in it, or another file of the workspace beside
  it (`workspace.sqlite.*`), however it is spelled: through `..`, a symbolic
  link, another letter case or a hard link (compared by device and inode);
- an existing folder, device node, FIFO or socket. Files are written by
  replacing the target (`readiness.atomic`), which as root would replace
  `/dev/null` itself; permission bits protect nothing there, this check does.
It returns the absolute path to write. A missing folder is left to the
writer, which names it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from readiness.errors import UsageError
from readiness.paths import AppPaths

WORKSPACE_COMPANIONS = ("-wal", "-shm", "-journal")


def _refuse(reason: str, path: Path) -> UsageError:
    return UsageError(reason, where=str(path))


def _workspace_files(workspace: Path) -> list[Path]:
    return [workspace, *(workspace.with_name(workspace.name + end) for end in WORKSPACE_COMPANIONS)]


def _same_file(target: Path, others: list[Path]) -> bool:
    try:
        mine = os.stat(target)
    except OSError:
        return False
    for other in others:
        try:
            theirs = os.stat(other)
        except OSError:
            continue
        if (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino):
            return True
    return False


def _belongs_to_workspace(target: Path, workspace: Path) -> bool:
    """True for the workspace's own files and folders beside it, and anything inside them."""
    folder = workspace.parent
    name = workspace.name.casefold()
    for candidate in (target, *target.parents):
        if candidate.parent != folder:
            continue
        own = candidate.name.casefold()
        if own == name or own.startswith(name + ".") or own in {name + end for end in WORKSPACE_COMPANIONS}:
            return True
    return False


def check_output(path: Path | str, *, suffix: str, workspace: Path | None) -> Path:
    """The absolute path to write an output to, or `UsageError`; see the module docstring."""
    given = Path(path)
    if given.suffix.lower() != suffix:
        raise _refuse(f"name the output {suffix} (for example {given.stem or 'output'}{suffix})", given)
    target = Path(os.path.abspath(given.expanduser()))
    if workspace is not None:
        open_workspace = Path(os.path.abspath(workspace))
        for spelled_as, own in ((target, open_workspace), (target.resolve(), open_workspace.resolve())):
            if _belongs_to_workspace(spelled_as, own):
                raise _refuse("this is the open workspace or one of its files or backups; choose another name", given)
        backups = AppPaths(open_workspace).backups
        if _same_file(target, _workspace_files(open_workspace)) or _same_file(target.parent, [backups]):
            raise _refuse("this is the open workspace or one of its files or backups; choose another name", given)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return target  # nothing there yet (or nothing we may look at): the writer names what goes wrong
    if stat.S_ISDIR(mode):
        raise _refuse("this is a folder; give a file name inside it", given)
    if not stat.S_ISREG(mode):
        raise _refuse("this is a device, a pipe or a socket, not a file; choose a file name", given)
    return target
