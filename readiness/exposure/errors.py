"""Errors of the exposure core: a scenario or rules file, or a product register, that cannot be used.

Both are refused whole. A register can have many bad cells and the user
should fix them in one pass, so `RegisterError` carries every problem found
(up to `MAX_PROBLEMS`) as `CellProblem`s: sheet, row, column, the column's
header, a problem code and its parameters; `str(error)` names the first one
and how many there are, for the CLI's one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from readiness.errors import InvalidInput

MAX_PROBLEMS = 500


class ScenarioError(InvalidInput):
    """A scenario or origin-rules file that cannot be used; nothing of it is loaded (exit 3, as invalid input)."""

    code = "scenario-invalid"


@dataclass(frozen=True)
class CellProblem:
    """One bad cell of a register: where it is, what is wrong (a code), and the details."""

    sheet: str
    row: int
    column: str  # the column letter; "" for a whole row or sheet
    header: str
    code: str
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.column}{self.row}" if self.column else f"{self.sheet}, row {self.row}"

    def describe(self) -> str:
        """A plain one-line description for logs and the CLI (the UI translates `code` instead)."""
        details = ", ".join(f"{k}={v}" for k, v in self.params.items())
        header = f" ({self.header})" if self.header else ""
        return f"{self.where}{header}: {self.code}" + (f" [{details}]" if details else "")


class RegisterError(InvalidInput):
    """A product register file that cannot be imported; nothing of it is imported (exit 3, as invalid input)."""

    code = "register-invalid"

    def __init__(self, problems: tuple[CellProblem, ...], *, truncated: bool = False, code: str | None = None) -> None:
        self.problems = problems
        self.truncated = truncated
        first = problems[0]
        more = f" (and {len(problems) - 1}{'+' if truncated else ''} more)" if len(problems) > 1 else ""
        super().__init__(first.describe().split(": ", 1)[-1] + more, where=first.where, code=code)
