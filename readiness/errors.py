"""Errors the core raises, each carrying a code the UI can translate and a plain message.

The core never formats words for a dialog; it names what went wrong (`code`),
where (`where`: a file, a line, a JSON path or a sheet and cell) and why
(`reason`). `str(error)` is the one-line message the CLI prints.
"""

from __future__ import annotations


class ReadinessError(Exception):
    """Base of every error a user can be shown."""

    code = "error"
    exit_code = 1

    def __init__(self, reason: str, *, where: str = "", code: str | None = None) -> None:
        self.reason = reason
        self.where = where
        if code:
            self.code = code
        super().__init__(f"{where}: {reason}" if where else reason)


class FrameworkError(ReadinessError):
    """A framework pack or mapping file that cannot be used; nothing of it is loaded."""

    code = "framework-invalid"
    exit_code = 3


class DocumentError(ReadinessError):
    """A portable assessment document that cannot be imported; nothing of it is applied."""

    code = "document-invalid"
    exit_code = 3


class WorkspaceError(ReadinessError):
    """A workspace file that cannot be opened or written; the file is left as it was.

    Codes: not-a-workspace, damaged, newer-schema, read-only, disk-full,
    locked, missing.
    """

    code = "workspace"
    exit_code = 4


class NotFound(ReadinessError):
    """A named thing (assessment, framework, item, snapshot) that does not exist."""

    code = "not-found"
    exit_code = 2


class Conflict(ReadinessError):
    """A request that clashes with what is stored (duplicate name, already migrated)."""

    code = "conflict"
    exit_code = 5


class PlanImportError(ReadinessError):
    """A returned Excel action plan that cannot be applied; nothing of it is applied."""

    code = "plan-invalid"
    exit_code = 3
