"""Convert responses and actions between their models and their database columns.

A stored value this version cannot read (a damaged or hand-edited file) becomes
a `WorkspaceError` with code `damaged` naming the row, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel, ValidationError

from readiness.codes import ACTION_FIELDS, RESPONSE_FIELDS
from readiness.errors import WorkspaceError
from readiness.frameworks import first_validation_problem
from readiness.model import Action, Response


@contextmanager
def decoded(where: str) -> Iterator[None]:
    """Turn a stored value that cannot be read back into a `damaged` WorkspaceError naming `where`."""
    try:
        yield
    except (ValueError, TypeError, KeyError, IndexError) as exc:  # pydantic and JSON errors are ValueErrors
        if isinstance(exc, ValidationError):
            location, message = first_validation_problem(exc)
            detail = f"{location}: {message}"[:160]
        else:
            detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise WorkspaceError(
            f"stored data cannot be read ({detail}); restore a backup", where=where, code="damaged"
        ) from None


def to_column(value: Any) -> Any:
    """A model field value as SQLite stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, list):
        return json.dumps(
            [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value], ensure_ascii=False
        )
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def response_columns(response: Response) -> dict[str, Any]:
    return {name: to_column(getattr(response, name)) for name in RESPONSE_FIELDS}


def action_columns(action: Action) -> dict[str, Any]:
    return {name: to_column(getattr(action, name)) for name in ACTION_FIELDS}


def response_from_row(row: sqlite3.Row, actions: list[Action]) -> Response:
    with decoded(f"item {row['item_id']!r} of assessment {row['assessment_id']}"):
        return _response_from_row(row, actions)


def _response_from_row(row: sqlite3.Row, actions: list[Action]) -> Response:
    return Response.model_validate(
        {
            "item_id": row["item_id"],
            "level": row["level"],
            "not_applicable": bool(row["not_applicable"]),
            "na_reason": row["na_reason"],
            "na_basis": json.loads(row["na_basis"]) if row["na_basis"] else None,
            "gap": row["gap"],
            "priority": row["priority"],
            "owner": row["owner"],
            "due": row["due"],
            "evidence": json.loads(row["evidence"]),
            "notes": row["notes"],
            "needs_review": bool(row["needs_review"]),
            "review_notes": json.loads(row["review_notes"]),
            "actions": actions,
            "updated_at": row["updated_at"],
        }
    )


def action_from_row(row: sqlite3.Row) -> Action:
    with decoded(f"action {row['uid']!r} of item {row['item_id']!r}"):
        return _action_from_row(row)


def _action_from_row(row: sqlite3.Row) -> Action:
    return Action.model_validate(
        {
            "uid": row["uid"],
            "title": row["title"],
            "owner": row["owner"],
            "due": row["due"],
            "status": row["status"],
            "cost_estimate": row["cost_estimate"],
            "notes": row["notes"],
        }
    )


def audit_text(value: Any) -> str | None:
    """A field value as the audit trail records it."""
    value = to_column(value)
    return None if value is None else str(value)
