"""The audit trail: who changed which field of what, when, from what to what."""

from __future__ import annotations

import datetime as dt
import getpass
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from readiness.store.codec import audit_text
from readiness.store.database import Database


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class AuditEvent:
    """One recorded change."""

    at: str
    user: str
    assessment_id: int | None
    item_id: str | None
    field: str
    old_value: str | None
    new_value: str | None


def record(
    tx: sqlite3.Connection,
    *,
    assessment_id: int | None,
    item_id: str | None,
    field: str,
    old: Any,
    new: Any,
) -> None:
    """Append one event inside the caller's transaction."""
    tx.execute(
        "INSERT INTO audit_events (at, user, assessment_id, item_id, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now_text(), current_user(), assessment_id, item_id, field, audit_text(old), audit_text(new)),
    )


def record_fields(
    tx: sqlite3.Connection,
    *,
    assessment_id: int,
    item_id: str,
    fields: Iterable[str],
    before: Any,
    after: Any,
    prefix: str = "",
) -> None:
    """One event per changed field of a response or an action (`prefix` names the action)."""
    for name in fields:
        record(
            tx,
            assessment_id=assessment_id,
            item_id=item_id,
            field=f"{prefix}{name}",
            old=getattr(before, name),
            new=getattr(after, name),
        )


def events(db: Database, assessment_id: int, *, limit: int = 500) -> list[AuditEvent]:
    rows = db.query(
        "SELECT at, user, assessment_id, item_id, field, old_value, new_value FROM audit_events"
        " WHERE assessment_id = ? ORDER BY id DESC LIMIT ?",
        (assessment_id, limit),
    )
    return [AuditEvent(**dict(row)) for row in rows]
