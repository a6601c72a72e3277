"""Errors the core raises, each carrying a code the UI can translate and a plain message.

The core never formats words for a dialog; it names what went wrong (`code`
and `params`, which the app renders in the user's language), where (`where`:
a file, a line, a JSON path or a sheet and cell) and why in English
(`reason`, the fallback wording). `str(error)` is the one-line message the
CLI prints; the exit code comes from the error's type (`EXIT_CODES`).
"""

from __future__ import annotations

from collections.abc import Mapping


class ReadinessError(Exception):
    """Base of every error a user can be shown."""

    code = "error"

    def __init__(
        self, reason: str, *, where: str = "", code: str | None = None, params: Mapping[str, object] | None = None
    ) -> None:
        self.reason = reason
        self.where = where
        self.params = {k: str(v) for k, v in (params or {}).items()}
        if code:
            self.code = code
        super().__init__(f"{where}: {reason}" if where else reason)

    @property
    def exit_code(self) -> int:
        return exit_code_for(self)


class FrameworkError(ReadinessError):
    """A framework pack or mapping file that cannot be used; nothing of it is loaded."""

    code = "framework-invalid"


class DocumentError(ReadinessError):
    """A portable assessment document that cannot be imported; nothing of it is applied."""

    code = "document-invalid"


class WorkspaceError(ReadinessError):
    """A workspace file that cannot be opened or written; the file is left as it was.

    Codes: not-a-workspace, damaged, newer-schema, read-only, disk-full,
    locked, missing.
    """

    code = "workspace"


class NotFound(ReadinessError):
    """A named thing (assessment, framework, item, snapshot) that does not exist."""

    code = "not-found"


class Conflict(ReadinessError):
    """A request that clashes with what is stored (duplicate name, already migrated)."""

    code = "conflict"


class PlanImportError(ReadinessError):
    """A returned Excel action plan that cannot be applied; nothing of it is applied."""

    code = "plan-invalid"


class UsageError(ReadinessError):
    """A command used the wrong way: a missing or contradictory argument, a wrong file type to write."""

    code = "usage"


class InvalidInput(ReadinessError):
    """A value the user gave that cannot be used (an empty label, a bad date, text too long)."""

    code = "value-invalid"


# The README's exit codes, by error type: the one table the command line reads.
EXIT_CODES: tuple[tuple[type[ReadinessError], int], ...] = (
    (NotFound, 2),
    (UsageError, 2),
    (FrameworkError, 3),
    (DocumentError, 3),
    (PlanImportError, 3),
    (InvalidInput, 3),
    (WorkspaceError, 4),
    (Conflict, 5),
)
OTHER_ERROR_EXIT = 1


def exit_code_for(error: ReadinessError) -> int:
    """The exit code of an error, from its type (the most specific entry of `EXIT_CODES` that matches)."""
    for kind, code in EXIT_CODES:
        if isinstance(error, kind):
            return code
    return OTHER_ERROR_EXIT
