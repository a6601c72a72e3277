"""The audit trail: who changed which field of what, when, from what to what.

Operations append events inside their own transaction (`record`). Readers
get an assessment's recent events (`events`) or one item's history
(`item_history`), whose values are decoded back into the model's types so
every reader can put them in words.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from readiness.model import ActionStatus, Level, Priority, ProfileBasis, ReviewNote
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


@dataclass(frozen=True)
class ItemChange:
    """One change to an item, read back from the audit trail.

    `field` is a field code of the answer (`readiness.model.RESPONSE_FIELDS`)
    when `action` is None; for an action it is a field code of the action
    (`ACTION_FIELDS`), or `added` / `removed` for the whole action, whose
    title is then the new or old value. `action` holds the action's uid where
    the trail names it ("" for an action added or removed, which the trail
    records by title). Values are decoded into the model's types (a `Level`,
    a date, a list of evidence); one the decoder cannot read stays the stored text.
    """

    at: dt.datetime
    user: str
    field: str
    action: str | None
    old: Any
    new: Any


_NOTES = TypeAdapter(list[ReviewNote])
_DECODERS: dict[str, Callable[[str], Any]] = {
    "level": lambda text: Level(int(text)),
    "not_applicable": lambda text: text == "1",
    "needs_review": lambda text: text == "1",
    "priority": Priority,
    "due": dt.date.fromisoformat,
    "evidence": lambda text: [str(entry) for entry in json.loads(text)],
    "na_basis": ProfileBasis.model_validate_json,
    "review_notes": _NOTES.validate_json,
    "status": ActionStatus,
    "cost_estimate": float,
}


def decoded_value(field: str, text: str | None) -> Any:
    """A value as the audit trail stored it, in the model's type when the field has one (else the text)."""
    decoder = _DECODERS.get(field)
    if text is None or decoder is None:
        return text
    try:
        return decoder(text)
    except (ValueError, TypeError):  # written by an older version, or by hand: show what is there
        return text


def _item_change(row: sqlite3.Row) -> ItemChange:
    code: str = row["field"]
    action: str | None = None
    if code in ("action added", "action removed"):
        action, code = "", code.removeprefix("action ")
    elif code.startswith("action ") and code.count(" ") == 2:  # "action <uid> <field>"
        _, action, code = code.split(" ")
    try:
        at = dt.datetime.fromisoformat(row["at"])
    except ValueError:
        at = dt.datetime.min.replace(tzinfo=dt.UTC)
    return ItemChange(
        at=at,
        user=row["user"],
        field=code,
        action=action,
        old=decoded_value(code, row["old_value"]),
        new=decoded_value(code, row["new_value"]),
    )


def item_history(db: Database, assessment_id: int, item_id: str, *, limit: int = 500) -> list[ItemChange]:
    """The changes made to one item of an assessment (its answer and its actions), newest first.

    Only events since the assessment was created count: SQLite may give a new
    assessment the id of one deleted before it, whose trail is kept.
    """
    rows = db.query(
        "SELECT at, user, field, old_value, new_value FROM audit_events"
        " WHERE assessment_id = ? AND item_id = ?"
        " AND at >= (SELECT created_at FROM assessments WHERE id = ?)"
        " ORDER BY id DESC LIMIT ?",
        (assessment_id, item_id, assessment_id, limit),
    )
    return [_item_change(row) for row in rows]
