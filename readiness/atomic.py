"""Write files atomically, so a failure never leaves half a file over a good one.

Steps: write to a temporary file in the target's folder, flush, fsync, give
it the permissions a normal save would (an existing target's mode, else what
the user's umask allows: the temporary file is created with 0666 and the
system takes the umask off), then `os.replace` it over the target (atomic on
every platform we support), then fsync the folder where the platform allows.
On any error the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from readiness.errors import ReadinessError


def _explain(exc: OSError, target: Path) -> ReadinessError:
    if isinstance(exc, PermissionError):
        reason = "the file is open in another program or the folder is read-only; close it or choose another name"
        return ReadinessError(reason, where=str(target), code="file-locked")
    if exc.errno == 28:
        return ReadinessError("the disk is full; nothing was written", where=str(target), code="disk-full")
    return ReadinessError(exc.strerror or str(exc), where=str(target), code="file-write")


def _create_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty file beside the target, created 0666 so that the umask alone decides its permissions."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        temp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


def _keep_mode(fd: int, target: Path) -> None:
    """Replacing a file keeps its permissions (a plan shared 0644 stays readable by colleagues)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return
    fchmod = getattr(os, "fchmod", None)  # Windows keeps only a read-only flag, which a new file has not
    if fchmod is not None:
        with contextlib.suppress(OSError):
            fchmod(fd, stat.S_IMODE(mode))


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write(handle)` on a temporary file, then move it into place."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReadinessError("the folder does not exist", where=str(folder), code="folder-missing")
    try:
        fd, temp = _create_temporary(folder, target.name)
    except OSError as exc:
        raise _explain(exc, target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            _keep_mode(handle.fileno(), target)
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _explain(exc, target) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_text_atomically(target: Path, text: str) -> None:
    data = text.encode("utf-8")

    def write(handle: BinaryIO) -> None:
        handle.write(data)

    write_atomically(target, write)
