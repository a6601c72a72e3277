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

# Every `CellProblem.code` a register reader reports (the app and the command line hold words for each):
# a cell that cannot be read, a row that clashes with others, a file or workbook refused whole.
CELL_PROBLEM_CODES = (
    # one cell (`register_cells`, `register_read`)
    "required", "text-invalid", "text-too-long", "formula", "formula-text", "not-a-number", "negative-value",
    "too-precise", "value-too-large", "hts-code-invalid", "hts-code-as-number", "hts-range-invalid",
    "choice-invalid", "country-unknown", "currency-unknown", "invalid",
    # across rows (`register_read`)
    "duplicate-part-number", "unknown-part-number", "duplicate-lane", "unknown-lane", "duplicate-overlay",
    "bom-total-above-value",
    # a sheet or a CSV file (`register_csv`, `register_workbook`)
    "missing-sheet", "missing-table", "header-missing", "unknown-table", "duplicate-table", "csv-invalid",
    "too-many-rows", "too-slow",
    # a file refused whole (`readiness.untrusted`, `excel.zipguard`, the register's Metadata sheet)
    "file-missing", "not-a-file", "too-large", "file-read", "not-utf8", "not-a-workbook", "old-xls", "encrypted",
    "zip-bomb", "xml-bomb", "not-ours", "newer-format",
)  # fmt: skip


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
