"""Open a workspace file safely, and run every write in one short transaction.

Guarantees:
- a file that is not ours (wrong header, another application's database), a
  damaged file, a newer schema or a full disk raises `WorkspaceError` with a
  code, and the file is left exactly as it was;
- nothing but SQLite ever opens the workspace file: the header is checked
  through SQLite itself. (On POSIX, closing any descriptor of a file drops
  every lock the process holds on it, SQLite's included, so a plain `open()`
  while a connection exists would let another process corrupt the file.)
- a workspace in a read-only location opens read only: everything can be
  read and exported, and every edit is refused with the reason;
- the file is checked (`PRAGMA quick_check`) on open;
- an older schema is backed up through the SQLite backup API before it is
  migrated, one migration step per transaction;
- WAL journal with `synchronous=FULL`: a committed edit survives an app crash
  and a power cut; two processes on one file serialise their writes
  (`BEGIN IMMEDIATE` with a busy timeout).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from readiness.errors import WorkspaceError
from readiness.store import backups
from readiness.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

BUSY_TIMEOUT_MS = 5000


def _classify(exc: BaseException) -> tuple[str, str]:
    """Map a sqlite3/OS error to one of WorkspaceError's codes and a plain reason."""
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in text:
        return "disk-full", "the disk is full; free some space and try again (nothing was changed)"
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return "read-only", "the workspace location is read-only; choose a folder you can write to"
    if "locked" in text or "busy" in text:
        return "locked", "another program is holding the workspace; close it and try again"
    if "not a database" in text:
        return "not-a-workspace", "this file is not a Trade Readiness workspace"
    if "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return "damaged", "the workspace file is damaged; restore a backup"
    return "damaged", f"the workspace could not be used ({exc})"


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn low-level database and file errors into a WorkspaceError naming the file."""
    try:
        yield
    except WorkspaceError:
        raise
    except (sqlite3.Error, OSError) as exc:
        code, reason = _classify(exc)
        raise WorkspaceError(reason, where=str(path), code=code) from exc


class Database:
    """One open connection to a workspace file."""

    def __init__(self, connection: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back on any error.

        Nested use joins the outer transaction, so a compound edit commits once.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.connection
            finally:
                self._depth -= 1
            return
        if self.read_only:
            raise WorkspaceError(
                "the workspace is open read only (its folder or file cannot be written); nothing was changed",
                where=str(self.path),
                code="read-only",
            )
        with translated_errors(self.path):
            self.connection.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.connection
            except BaseException:
                self._depth = 0
                _rollback(self.connection)
                raise
            self._depth = 0
            self.connection.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] | list[object] = ()) -> list[sqlite3.Row]:
        with translated_errors(self.path):
            return self.connection.execute(sql, params).fetchall()

    def close(self) -> None:
        with translated_errors(self.path):
            self.connection.close()


def _rollback(connection: sqlite3.Connection) -> None:
    """Roll back if SQLite has not already done so (it does on a full disk), keeping the first error."""
    if connection.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and create its journal files beside it."""
    folder = path.parent
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        connection = _connect_read_only(path)
    else:
        connection = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    connection.row_factory = sqlite3.Row
    return connection


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `immutable` when the folder cannot hold WAL's shared-memory file."""
    uri = path.resolve().as_uri()
    options = ["mode=ro"] if Path(str(path) + "-shm").exists() else ["mode=ro", "immutable=1"]
    return sqlite3.connect(
        f"{uri}?{'&'.join(options)}",
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )


def _identify(connection: sqlite3.Connection, path: Path) -> int:
    """The schema version of an existing file, after making sure it is ours and sound."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if application_id != APPLICATION_ID and (application_id != 0 or tables):
        raise WorkspaceError("this file is not a Trade Readiness workspace", where=str(path), code="not-a-workspace")
    if version > LATEST_VERSION:
        raise WorkspaceError(
            f"the workspace was written by a newer Trade Readiness (schema {version}; this version knows up to "
            f"{LATEST_VERSION}); update the app to open it",
            where=str(path),
            code="newer-schema",
        )
    problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise WorkspaceError(
            f"the workspace file is damaged ({problems[0]}); restore a backup", where=str(path), code="damaged"
        )
    return int(version)


def _migrate(connection: sqlite3.Connection, start: int) -> None:
    for step in range(start, LATEST_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[step].script):
                connection.execute(statement)
            rewrite = MIGRATIONS[step].rewrite
            if rewrite is not None:
                rewrite(connection)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            _rollback(connection)
            raise
        connection.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    return statements


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (or create) the workspace at `path`; see the module docstring for the guarantees."""
    path = Path(path)
    exists = path.exists()
    if exists:
        if path.is_dir():
            raise WorkspaceError("this is a folder, not a workspace file", where=str(path), code="not-a-workspace")
        if not path.is_file():
            raise WorkspaceError("this is not a regular file", where=str(path), code="not-a-workspace")
        if path.stat().st_size == 0:
            raise WorkspaceError(
                "this file is empty, not a Trade Readiness workspace", where=str(path), code="not-a-workspace"
            )
    elif not create:
        raise WorkspaceError("no workspace at this location", where=str(path), code="missing")
    else:
        with translated_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
    read_only = not _writable(path)
    if read_only and not exists:
        raise WorkspaceError(
            "the workspace location is read-only; choose a folder you can write to", where=str(path), code="read-only"
        )
    connection: sqlite3.Connection | None = None
    with translated_errors(path):
        try:
            connection = _connect(path, read_only=read_only)
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = _identify(connection, path) if exists else 0
            if read_only:
                if version < LATEST_VERSION:
                    raise WorkspaceError(
                        "the workspace was written by an older Trade Readiness and sits in a read-only location; "
                        "copy it to a folder you can write to so it can be updated",
                        where=str(path),
                        code="read-only",
                    )
                connection.execute("PRAGMA foreign_keys = ON")
                return Database(connection, path, read_only=True)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            if version < LATEST_VERSION:
                if exists and version > 0:
                    backups.take_backup(connection, path, reason=f"before-migration-v{version}")
                _migrate(connection, version)
        except BaseException:
            if connection is not None:
                connection.close()
            raise
    return Database(connection, path)
