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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from readiness.codes import ActionStatus, Level, Priority
from readiness.model import ProfileBasis, ReviewNote
from readiness.store.codec import audit_text
from readiness.store.database import Database

_SOURCE: ContextVar[str] = ContextVar("audit_source", default="")
# A source is a code and a detail, "plan:tom-slice.xlsx", never a sentence (the app words it in the user's
# language): a returned plan's changes, and the undo of them.
SOURCE_PLAN = "plan"
SOURCE_PLAN_UNDONE = "plan-undone"


def undo_of(source: str) -> str:
    """The source recorded when the changes from `source` are taken back."""
    kind, _, detail = source.partition(":")
    return f"{SOURCE_PLAN_UNDONE}:{detail}" if kind == SOURCE_PLAN else ""


@contextmanager
def source(text: str) -> Iterator[None]:
    """Record the events written inside the block as coming from `text` (a returned plan's file name) beside
    the login that wrote them."""
    token = _SOURCE.set(text)
    try:
        yield
    finally:
        _SOURCE.reset(token)


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
    source: str = ""


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
        "INSERT INTO audit_events (at, user, assessment_id, item_id, field, old_value, new_value, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (now_text(), current_user(), assessment_id, item_id, field, audit_text(old), audit_text(new), _SOURCE.get()),
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
        "SELECT at, user, assessment_id, item_id, field, old_value, new_value, source FROM audit_events"
        " WHERE assessment_id = ? ORDER BY id DESC LIMIT ?",
        (assessment_id, limit),
    )
    return [AuditEvent(**dict(row)) for row in rows]


@dataclass(frozen=True)
class ItemChange:
    """One change to an item, read back from the audit trail.

    `field` is a field code of the answer (`readiness.codes.RESPONSE_FIELDS`)
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
    source: str = ""  # where it came from when not typed (a returned plan's file)


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
        source=row["source"],
    )


def item_history(db: Database, assessment_id: int, item_id: str, *, limit: int = 500) -> list[ItemChange]:
    """The changes made to one item of an assessment (its answer and its actions), newest first.

    Only events since the assessment was created count: SQLite may give a new
    assessment the id of one deleted before it, whose trail is kept.
    """
    rows = db.query(
        "SELECT at, user, field, old_value, new_value, source FROM audit_events"
        " WHERE assessment_id = ? AND item_id = ?"
        " AND at >= (SELECT created_at FROM assessments WHERE id = ?)"
        " ORDER BY id DESC LIMIT ?",
        (assessment_id, item_id, assessment_id, limit),
    )
    return [_item_change(row) for row in rows]
