"""The checks every edit passes before it is written: the assessment is not archived, the values are valid,
and (for undo and redo) the stored values are still the ones the caller last saw.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from readiness.errors import Conflict, NotFound, ReadinessError
from readiness.frameworks import first_validation_problem
from readiness.model import AssessmentStatus
from readiness.store.codec import to_column


def require_active(tx: sqlite3.Connection, assessment_id: int) -> None:
    """Archived assessments are history: refuse any edit to them."""
    row = tx.execute("SELECT name, status FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
    if row is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    if row["status"] == AssessmentStatus.ARCHIVED.value:
        raise Conflict(f"{row['name']!r} is archived and read only; edit the assessment it was migrated to")


def check_unchanged(current: Any, expected: Mapping[str, Any], *, where: str) -> None:
    """Raise when a stored field no longer holds the value the caller last saw."""
    stored = current.model_dump()
    wanted = validated(current, expected, where=where).model_dump()
    for name in expected:
        if to_column(stored[name]) != to_column(wanted[name]):
            raise Conflict(
                f"{name} was changed elsewhere (it is now {stored[name]!r}); nothing was overwritten",
                where=where,
            )


def validated(before: Any, changes: Mapping[str, Any], *, where: str) -> Any:
    data = before.model_dump()
    data.update(changes)
    try:
        return type(before).model_validate(data)
    except ValidationError as exc:
        location, message = first_validation_problem(exc)
        raise ReadinessError(message, where=f"{where}, {location}", code="value-invalid") from None
