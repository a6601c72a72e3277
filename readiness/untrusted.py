"""Read a file someone else made (a pack, a document, a profile, a returned plan) without being led astray.

Every reader of an input file calls `read_untrusted_bytes` or
`read_untrusted_text`. Before reading a byte they refuse:
- a path that is missing (`file-missing`);
- anything but a regular file (`not-a-file`): a folder, a device such as
  `/dev/zero` (endless) or `/dev/tty`, a FIFO (would block until someone
  writes) or a socket;
- a file larger than `limit` (`too-large`).
The file is then opened without blocking, checked again on the open handle
(it may have been swapped since), and at most `limit` + 1 bytes are read, so
a file that grows while it is read is refused too. Errors are raised as the
caller's own error class (`FrameworkError`, `DocumentError`,
`PlanImportError`), which decides the exit code; the file's path is `where`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from readiness.errors import ReadinessError

BOM = "\ufeff"
CHUNK_BYTES = 1024 * 1024


def size_text(size: int) -> str:
    """A byte count as people say it: 512 bytes, 12 KB, 4 MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    return f"{size // (1024 * 1024)} MB"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check(info: os.stat_result, *, limit: int, where: str, error: type[ReadinessError]) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise error(f"this is {_kind(info.st_mode)}, not a file; only files are read", where=where, code="not-a-file")
    if info.st_size > limit:
        raise error(
            f"the file is {size_text(info.st_size)}; the limit is {size_text(limit)}", where=where, code="too-large"
        )


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def read_untrusted_bytes(path: Path | str, *, limit: int, error: type[ReadinessError]) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; see the module docstring."""
    where = str(path)
    try:
        _check(os.stat(path), limit=limit, where=where, error=error)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error("no such file", where=where, code="file-missing") from None
    except OSError as exc:
        raise error(_os_reason(exc), where=where, code="file-read") from None
    try:
        with os.fdopen(fd, "rb") as handle:
            _check(os.fstat(handle.fileno()), limit=limit, where=where, error=error)
            chunks: list[bytes] = []
            total = 0
            while total <= limit:  # in chunks: read(limit + 1) would set aside `limit` bytes for a tiny file
                chunk = handle.read(min(CHUNK_BYTES, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
    except OSError as exc:
        raise error(_os_reason(exc), where=where, code="file-read") from None
    data = b"".join(chunks)
    if len(data) > limit:
        raise error(f"the file is larger than {size_text(limit)}", where=where, code="too-large")
    return data


def read_untrusted_text(path: Path | str, *, limit: int, error: type[ReadinessError]) -> str:
    """The UTF-8 text of a regular file of at most `limit` bytes, without a leading byte-order mark."""
    data = read_untrusted_bytes(path, limit=limit, error=error)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text ({exc.reason} at byte {exc.start})", where=str(path), code="not-utf8") from None
    return text.removeprefix(BOM)
