"""Convert responses and actions between their models and their database columns."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from readiness.model import Action, Response

RESPONSE_FIELDS = (
    "level",
    "not_applicable",
    "na_reason",
    "gap",
    "priority",
    "owner",
    "due",
    "evidence",
    "notes",
    "needs_review",
    "review_note",
)
ACTION_FIELDS = ("title", "owner", "due", "status", "cost_estimate", "notes")


def to_column(value: Any) -> Any:
    """A model field value as SQLite stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def response_columns(response: Response) -> dict[str, Any]:
    return {name: to_column(getattr(response, name)) for name in RESPONSE_FIELDS}


def action_columns(action: Action) -> dict[str, Any]:
    return {name: to_column(getattr(action, name)) for name in ACTION_FIELDS}


def response_from_row(row: sqlite3.Row, actions: list[Action]) -> Response:
    return Response.model_validate(
        {
            "item_id": row["item_id"],
            "level": row["level"],
            "not_applicable": bool(row["not_applicable"]),
            "na_reason": row["na_reason"],
            "gap": row["gap"],
            "priority": row["priority"],
            "owner": row["owner"],
            "due": row["due"],
            "evidence": json.loads(row["evidence"]),
            "notes": row["notes"],
            "needs_review": bool(row["needs_review"]),
            "review_note": row["review_note"],
            "actions": actions,
            "updated_at": row["updated_at"],
        }
    )


def action_from_row(row: sqlite3.Row) -> Action:
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
