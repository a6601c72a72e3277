"""Write files atomically, so a failure never leaves half a file over a good one.

Steps: write to a temporary file in the target's folder, flush, fsync, then
`os.replace` it over the target (atomic on every platform we support), then
fsync the folder where the platform allows. On any error the temporary file
is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write(handle)` on a temporary file, then move it into place."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReadinessError("the folder does not exist", where=str(folder), code="folder-missing")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _explain(exc, target) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
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
