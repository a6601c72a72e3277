"""The SQL behind the operations: rows read into models and written from them, inside the caller's transaction.

Only `readiness.operations` calls the writers here; they assume a transaction
is open and the checks (active assessment, values the caller saw) are done.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from typing import Any

from readiness.errors import Conflict, NotFound
from readiness.model import Action, Assessment, CompanyProfile, Response
from readiness.store.codec import (
    action_columns,
    action_from_row,
    decoded,
    response_columns,
    response_from_row,
    to_column,
)


def new_action_uid() -> str:
    return uuid.uuid4().hex[:12]


def new_assessment_uid() -> str:
    return uuid.uuid4().hex


# --- reading ------------------------------------------------------------------------


def assessment_from_row(row: sqlite3.Row) -> Assessment:
    with decoded(f"assessment {row['id']}"):
        return _assessment_from_row(row)


def _assessment_from_row(row: sqlite3.Row) -> Assessment:
    return Assessment(
        id=row["id"],
        uid=row["uid"],
        name=row["name"],
        framework_id=row["framework_id"],
        framework_version=row["framework_version"],
        profile=CompanyProfile.model_validate_json(row["profile"]),
        kind=row["kind"],
        currency=row["currency"],
        status=row["status"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        migrated_from=row["migrated_from"],
        companion_of=row["companion_of"],
        revision=row["revision"],
    )


def read_assessment(tx: sqlite3.Connection, assessment_id: int) -> Assessment:
    row = tx.execute("SELECT * FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
    if row is None:
        raise NotFound(f"no assessment with id {assessment_id}", code="assessment-missing")
    return assessment_from_row(row)


def read_response(tx: sqlite3.Connection, assessment_id: int, item_id: str) -> Response:
    row = tx.execute(
        "SELECT * FROM responses WHERE assessment_id = ? AND item_id = ?", (assessment_id, item_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"no item {item_id!r} in this assessment", code="item-missing")
    actions = tx.execute(
        "SELECT * FROM actions WHERE assessment_id = ? AND item_id = ? ORDER BY position", (assessment_id, item_id)
    ).fetchall()
    return response_from_row(row, [action_from_row(a) for a in actions])


def require_item(tx: sqlite3.Connection, assessment_id: int, item_id: str) -> None:
    """Refuse an item id the assessment does not have (cheaply: no response is read)."""
    found = tx.execute(
        "SELECT 1 FROM responses WHERE assessment_id = ? AND item_id = ?", (assessment_id, item_id)
    ).fetchone()
    if found is None:
        raise NotFound(f"no item {item_id!r} in this assessment", code="item-missing")


def read_responses(tx: sqlite3.Connection, assessment_id: int) -> dict[str, Response]:
    """Every response of an assessment, in checklist order, with its actions."""
    actions: dict[str, list[Action]] = {}
    for row in tx.execute(
        "SELECT * FROM actions WHERE assessment_id = ? ORDER BY item_id, position", (assessment_id,)
    ).fetchall():
        actions.setdefault(row["item_id"], []).append(action_from_row(row))
    rows = tx.execute("SELECT * FROM responses WHERE assessment_id = ? ORDER BY position", (assessment_id,))
    return {r["item_id"]: response_from_row(r, actions.get(r["item_id"], [])) for r in rows.fetchall()}


def read_action(tx: sqlite3.Connection, assessment_id: int, uid: str) -> tuple[str, int, Action]:
    """(item id, position, action) of one action."""
    row = tx.execute("SELECT * FROM actions WHERE assessment_id = ? AND uid = ?", (assessment_id, uid)).fetchone()
    if row is None:
        raise NotFound(f"no action with id {uid!r} in this assessment", code="action-missing")
    return row["item_id"], row["position"], action_from_row(row)


# --- writing (inside the caller's transaction) --------------------------------------


def insert_assessment(tx: sqlite3.Connection, record: Mapping[str, Any], *, now: str) -> int:
    """Insert an assessment row from its column values; returns its id."""
    columns = {**record, "created_at": now, "updated_at": now}
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    cursor = tx.execute(f"INSERT INTO assessments ({names}) VALUES ({marks})", tuple(columns.values()))
    return int(cursor.lastrowid or 0)


def _update(
    tx: sqlite3.Connection, table: str, columns: Mapping[str, Any], *, key: Mapping[str, Any], now: str, extra: str = ""
) -> None:
    """UPDATE one row of `table` (found by `key`): the given columns, its update time, and `extra` assignments."""
    assignments = ", ".join([*(f"{name} = ?" for name in columns), "updated_at = ?", *([extra] if extra else [])])
    where = " AND ".join(f"{name} = ?" for name in key)
    tx.execute(
        f"UPDATE {table} SET {assignments} WHERE {where}",
        (*(to_column(v) for v in columns.values()), now, *key.values()),
    )


def update_assessment(tx: sqlite3.Connection, assessment_id: int, columns: Mapping[str, Any], *, now: str) -> None:
    _update(tx, "assessments", columns, key={"id": assessment_id}, now=now, extra="revision = revision + 1")


def touch_assessment(tx: sqlite3.Connection, assessment_id: int, *, now: str) -> None:
    """Mark that something of the assessment changed: its time, and its revision (what previews compare)."""
    tx.execute("UPDATE assessments SET updated_at = ?, revision = revision + 1 WHERE id = ?", (now, assessment_id))


def insert_response(tx: sqlite3.Connection, assessment_id: int, position: int, response: Response, now: str) -> None:
    columns = response_columns(response)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updated = to_column(response.updated_at) or now
    tx.execute(
        f"INSERT INTO responses (assessment_id, item_id, position, {names}, updated_at) VALUES (?, ?, ?, {marks}, ?)",
        (assessment_id, response.item_id, position, *columns.values(), updated),
    )
    for index, action in enumerate(response.actions):
        insert_action(tx, assessment_id, response.item_id, index, action, now)


def update_response(
    tx: sqlite3.Connection, assessment_id: int, item_id: str, columns: Mapping[str, Any], *, now: str
) -> None:
    _update(tx, "responses", columns, key={"assessment_id": assessment_id, "item_id": item_id}, now=now)


def insert_action(
    tx: sqlite3.Connection, assessment_id: int, item_id: str, position: int, action: Action, now: str
) -> Action:
    """Insert an action (giving it a uid when it has none); returns it as stored."""
    action = action if action.uid else action.model_copy(update={"uid": new_action_uid()})
    columns = action_columns(action)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    try:
        tx.execute(
            f"INSERT INTO actions (assessment_id, item_id, uid, position, {names}, updated_at)"
            f" VALUES (?, ?, ?, ?, {marks}, ?)",
            (assessment_id, item_id, action.uid, position, *columns.values(), now),
        )
    except sqlite3.IntegrityError:
        raise Conflict(f"action id {action.uid!r} is used twice in this assessment", code="action-id-taken") from None
    return action


def next_action_position(tx: sqlite3.Connection, assessment_id: int, item_id: str) -> int:
    row = tx.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM actions WHERE assessment_id = ? AND item_id = ?",
        (assessment_id, item_id),
    ).fetchone()
    return int(row[0])


def open_action_slot(tx: sqlite3.Connection, assessment_id: int, item_id: str, position: int) -> None:
    """Move the actions at `position` and after down one place."""
    tx.execute(
        "UPDATE actions SET position = position + 1 WHERE assessment_id = ? AND item_id = ? AND position >= ?",
        (assessment_id, item_id, position),
    )


def update_action(
    tx: sqlite3.Connection, assessment_id: int, uid: str, columns: Mapping[str, Any], *, now: str
) -> None:
    _update(tx, "actions", columns, key={"assessment_id": assessment_id, "uid": uid}, now=now)


def delete_action(tx: sqlite3.Connection, assessment_id: int, item_id: str, uid: str, position: int) -> None:
    tx.execute("DELETE FROM actions WHERE assessment_id = ? AND uid = ?", (assessment_id, uid))
    tx.execute(
        "UPDATE actions SET position = position - 1 WHERE assessment_id = ? AND item_id = ? AND position > ?",
        (assessment_id, item_id, position),
    )
