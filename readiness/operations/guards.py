"""The checks every operation passes before it writes: the assessment exists and is not archived, the new
values are valid, and the stored values are still the ones the caller last saw (compare-and-set).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from readiness.codes import AssessmentStatus
from readiness.errors import Conflict, InvalidInput
from readiness.frameworks import first_validation_problem
from readiness.model import Assessment
from readiness.store import rows
from readiness.store.codec import to_column

ModelT = TypeVar("ModelT", bound=BaseModel)


def active_assessment(tx: sqlite3.Connection, assessment_id: int) -> Assessment:
    """The assessment, refusing when it is archived: archived assessments are history and read only."""
    assessment = rows.read_assessment(tx, assessment_id)
    if assessment.status is AssessmentStatus.ARCHIVED:
        raise Conflict(
            f"{assessment.name!r} is archived and read only; edit the assessment that replaced it",
            code="archived",
            params={"name": assessment.name},
        )
    return assessment


def check_unchanged(current: BaseModel, expected: Mapping[str, Any], *, where: str) -> None:
    """Refuse when a stored field no longer holds the value the caller last saw; nothing is overwritten."""
    if not expected:
        return
    stored = current.model_dump()
    wanted = validated(current, expected, where=where).model_dump()
    for name in expected:
        if to_column(stored[name]) != to_column(wanted[name]):
            raise Conflict(
                f"{name} was changed elsewhere meanwhile (it is now {_shown(stored[name])}); nothing was overwritten",
                where=where,
                code="changed-elsewhere",
                params={"field": name, "now": _shown(stored[name])},
            )


def validated(before: ModelT, changes: Mapping[str, Any], *, where: str) -> ModelT:
    """`before` with `changes` applied, validated as a whole; invalid values are refused with their field."""
    data = before.model_dump()
    data.update(changes)
    try:
        return type(before).model_validate(data)
    except ValidationError as exc:
        location, message = first_validation_problem(exc)
        raise InvalidInput(message, where=f"{where}, {location}", params={"field": location}) from None


def changed_columns(before: Mapping[str, Any], after: Mapping[str, Any], fields: Any) -> dict[str, Any]:
    """The columns among `fields` whose stored form differs between two column maps."""
    return {name: after[name] for name in fields if before[name] != after[name]}


def _shown(value: Any) -> str:
    value = to_column(value)
    if value is None or value == "":
        return "empty"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:59] + "\u2026")
