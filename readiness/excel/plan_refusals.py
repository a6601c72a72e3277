"""Refusing a returned plan once, for every cell that cannot be used, rather than one cell per round trip.

The merge reads row by row; a row's bad cells travel out of it as one
`CellsRefused`, and `all_refused` turns everything gathered into the single
refusal the owner gets, naming each cell (the first dozen, and how many more).
"""

from __future__ import annotations

from readiness.errors import PlanImportError


class CellsRefused(Exception):
    """The cells of one row that cannot be read (raised past the row, gathered by `PlanMerge.run`)."""

    def __init__(self, problems: list[PlanImportError]) -> None:
        super().__init__(problems[0].reason)
        self.problems = problems


MAX_LISTED = 12


def all_refused(problems: list[PlanImportError]) -> PlanImportError:
    """One refusal naming every cell that cannot be used (the first dozen, and how many more)."""
    listed = "; ".join(f"{p.where}: {p.reason}" for p in problems[:MAX_LISTED])
    more = f"; and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    return PlanImportError(
        f"{len(problems)} cells cannot be used, so nothing was applied: {listed}{more}",
        where=", ".join(p.where for p in problems[:MAX_LISTED]),
        code="cells-invalid",
        params={"count": len(problems)},
    )
