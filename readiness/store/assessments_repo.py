"""Assessments and their responses and actions: every edit is one transaction with an audit trail.

Each method that changes something returns what was there before, so a
caller (the desktop app's undo stack, the Excel round trip) can put it back
with the same methods. Archived assessments (the history a migration leaves)
refuse every edit.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from readiness.errors import Conflict, NotFound, ReadinessError
from readiness.model import (
    Action,
    Assessment,
    AssessmentStatus,
    CompanyProfile,
    Framework,
    Response,
)
from readiness.scoring import not_applicable_reason
from readiness.store import audit, guards
from readiness.store.codec import (
    ACTION_FIELDS,
    RESPONSE_FIELDS,
    action_columns,
    action_from_row,
    response_columns,
    response_from_row,
    to_column,
)
from readiness.store.database import Database


@dataclass(frozen=True)
class ResponseChange:
    """One response before and after an edit."""

    before: Response
    after: Response


@dataclass(frozen=True)
class RemovedAction:
    """An action taken out of its item, with what is needed to put it back."""

    item_id: str
    position: int
    action: Action


def new_uid() -> str:
    return uuid.uuid4().hex[:12]


class AssessmentRepository:
    """Create, read and edit assessments in one workspace."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- assessments ------------------------------------------------------

    def all(self) -> list[Assessment]:
        rows = self._db.query("SELECT * FROM assessments ORDER BY status, name COLLATE NOCASE")
        return [_assessment_from_row(r) for r in rows]

    def count(self) -> int:
        return int(self._db.query("SELECT count(*) FROM assessments")[0][0])

    def get(self, name: str) -> Assessment:
        rows = self._db.query("SELECT * FROM assessments WHERE name = ?", (name,))
        if not rows:
            raise NotFound(f"no assessment named {name!r}; see `readiness assessments list`")
        return _assessment_from_row(rows[0])

    def get_by_id(self, assessment_id: int) -> Assessment:
        rows = self._db.query("SELECT * FROM assessments WHERE id = ?", (assessment_id,))
        if not rows:
            raise NotFound(f"no assessment with id {assessment_id}")
        return _assessment_from_row(rows[0])

    def create(
        self,
        name: str,
        framework: Framework,
        profile: CompanyProfile,
        *,
        responses: Iterable[Response] | None = None,
        migrated_from: int | None = None,
        status: AssessmentStatus = AssessmentStatus.ACTIVE,
    ) -> Assessment:
        """A new assessment with one response per item, all in one transaction.

        Without `responses`, items the profile rules out start not applicable
        with the reason; the others start unassessed.
        """
        name = name.strip()
        if not name:
            raise ReadinessError("an assessment needs a name", code="name-empty")
        given = {r.item_id: r for r in responses} if responses is not None else None
        now = audit.now_text()
        with self._db.transaction() as tx:
            if tx.execute("SELECT 1 FROM assessments WHERE name = ?", (name,)).fetchone():
                raise Conflict(f"an assessment named {name!r} already exists")
            cursor = tx.execute(
                "INSERT INTO assessments (name, framework_id, framework_version, profile, status,"
                " created_at, updated_at, migrated_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    framework.id,
                    framework.version,
                    profile.model_dump_json(),
                    status.value,
                    now,
                    now,
                    migrated_from,
                ),
            )
            assessment_id = int(cursor.lastrowid or 0)
            for position, (_, item) in enumerate(framework.items()):
                if given is not None:
                    response = given.get(item.id) or Response(item_id=item.id)
                else:
                    reason = not_applicable_reason(item.applies_to, profile)
                    response = Response(item_id=item.id, not_applicable=reason is not None, na_reason=reason)
                _insert_response(tx, assessment_id, position, response, now)
            audit.record(tx, assessment_id=assessment_id, item_id=None, field="assessment", old=None, new=name)
        return self.get_by_id(assessment_id)

    def set_status(self, assessment_id: int, status: AssessmentStatus) -> None:
        with self._db.transaction() as tx:
            old = tx.execute("SELECT status FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
            if old is None:
                raise NotFound(f"no assessment with id {assessment_id}")
            tx.execute(
                "UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?",
                (status.value, audit.now_text(), assessment_id),
            )
            audit.record(tx, assessment_id=assessment_id, item_id=None, field="status", old=old[0], new=status.value)

    def migrated_successor(self, assessment_id: int) -> Assessment | None:
        rows = self._db.query("SELECT * FROM assessments WHERE migrated_from = ?", (assessment_id,))
        return _assessment_from_row(rows[0]) if rows else None

    # --- responses --------------------------------------------------------

    def responses(self, assessment_id: int) -> dict[str, Response]:
        """Every response of an assessment, in checklist order, with its actions."""
        actions: dict[str, list[Action]] = {}
        for row in self._db.query(
            "SELECT * FROM actions WHERE assessment_id = ? ORDER BY item_id, position", (assessment_id,)
        ):
            actions.setdefault(row["item_id"], []).append(action_from_row(row))
        rows = self._db.query("SELECT * FROM responses WHERE assessment_id = ? ORDER BY position", (assessment_id,))
        return {r["item_id"]: response_from_row(r, actions.get(r["item_id"], [])) for r in rows}

    def response(self, assessment_id: int, item_id: str) -> Response:
        rows = self._db.query(
            "SELECT * FROM responses WHERE assessment_id = ? AND item_id = ?", (assessment_id, item_id)
        )
        if not rows:
            raise NotFound(f"no item {item_id!r} in this assessment")
        actions = self._db.query(
            "SELECT * FROM actions WHERE assessment_id = ? AND item_id = ? ORDER BY position",
            (assessment_id, item_id),
        )
        return response_from_row(rows[0], [action_from_row(a) for a in actions])

    def update_response(self, assessment_id: int, item_id: str, changes: Mapping[str, Any]) -> ResponseChange:
        """Apply field changes to one response in one transaction."""
        return self.update_responses(assessment_id, [item_id], changes)[0]

    def update_responses(
        self, assessment_id: int, item_ids: Iterable[str], changes: Mapping[str, Any]
    ) -> list[ResponseChange]:
        """Apply the same field changes to several responses, as one transaction."""
        return self.apply_response_changes(assessment_id, {item_id: changes for item_id in item_ids})

    def apply_response_changes(
        self,
        assessment_id: int,
        changes_by_item: Mapping[str, Mapping[str, Any]],
        *,
        expected: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> list[ResponseChange]:
        """Apply per-item field changes, all in one transaction; nothing changes if one is invalid.

        With `expected` (per item, the values the caller believes are stored),
        a field someone else changed meanwhile (another window on the same
        workspace) refuses the whole change instead of overwriting it: undo
        uses this so it never reverts another person's edit.
        """
        for changes in changes_by_item.values():
            unknown = set(changes) - set(RESPONSE_FIELDS)
            if unknown:
                raise ReadinessError(f"not a response field: {', '.join(sorted(unknown))}", code="field-unknown")
        results: list[ResponseChange] = []
        now = audit.now_text()
        with self._db.transaction() as tx:
            guards.require_active(tx, assessment_id)
            for item_id, changes in changes_by_item.items():
                before = self.response(assessment_id, item_id)
                if expected is not None:
                    guards.check_unchanged(before, expected.get(item_id, {}), where=item_id)
                after = guards.validated(before, changes, where=item_id)
                columns = response_columns(after)
                old_columns = response_columns(before)
                changed = {k: columns[k] for k in changes if old_columns[k] != columns[k]}
                if not changed:
                    results.append(ResponseChange(before, before))
                    continue
                assignments = ", ".join(f"{name} = ?" for name in changed)
                tx.execute(
                    f"UPDATE responses SET {assignments}, updated_at = ? WHERE assessment_id = ? AND item_id = ?",
                    (*changed.values(), now, assessment_id, item_id),
                )
                for name in changed:
                    audit.record(
                        tx,
                        assessment_id=assessment_id,
                        item_id=item_id,
                        field=name,
                        old=getattr(before, name),
                        new=getattr(after, name),
                    )
                results.append(ResponseChange(before, self.response(assessment_id, item_id)))
            tx.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", (now, assessment_id))
        return results

    # --- actions ----------------------------------------------------------

    def add_action(self, assessment_id: int, item_id: str, action: Action, *, position: int | None = None) -> Action:
        """Add an action to an item (at the end unless a position is given); returns it with its uid."""
        action = action.model_copy(update={"uid": action.uid or new_uid()})
        with self._db.transaction() as tx:
            guards.require_active(tx, assessment_id)
            self.response(assessment_id, item_id)  # the item must exist
            if position is None:
                row = tx.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM actions WHERE assessment_id = ? AND item_id = ?",
                    (assessment_id, item_id),
                ).fetchone()
                position = int(row[0])
            else:
                tx.execute(
                    "UPDATE actions SET position = position + 1"
                    " WHERE assessment_id = ? AND item_id = ? AND position >= ?",
                    (assessment_id, item_id, position),
                )
            _insert_action(tx, assessment_id, item_id, position, action, audit.now_text())
            audit.record(
                tx, assessment_id=assessment_id, item_id=item_id, field="action added", old=None, new=action.title
            )
        return action

    def action(self, assessment_id: int, uid: str) -> tuple[str, Action]:
        rows = self._db.query("SELECT * FROM actions WHERE assessment_id = ? AND uid = ?", (assessment_id, uid))
        if not rows:
            raise NotFound(f"no action with id {uid!r} in this assessment")
        return rows[0]["item_id"], action_from_row(rows[0])

    def update_action(
        self, assessment_id: int, uid: str, changes: Mapping[str, Any], *, expected: Mapping[str, Any] | None = None
    ) -> tuple[Action, Action]:
        """Change fields of one action; returns (before, after). `expected` works as for responses."""
        unknown = set(changes) - set(ACTION_FIELDS)
        if unknown:
            raise ReadinessError(f"not an action field: {', '.join(sorted(unknown))}", code="field-unknown")
        with self._db.transaction() as tx:
            guards.require_active(tx, assessment_id)
            item_id, before = self.action(assessment_id, uid)
            if expected is not None:
                guards.check_unchanged(before, expected, where=f"action {before.title!r}")
            after = guards.validated(before, changes, where=f"action {uid}")
            columns = action_columns(after)
            old_columns = action_columns(before)
            changed = {k: columns[k] for k in changes if old_columns[k] != columns[k]}
            if changed:
                assignments = ", ".join(f"{name} = ?" for name in changed)
                tx.execute(
                    f"UPDATE actions SET {assignments}, updated_at = ? WHERE assessment_id = ? AND uid = ?",
                    (*changed.values(), audit.now_text(), assessment_id, uid),
                )
                for name in changed:
                    audit.record(
                        tx,
                        assessment_id=assessment_id,
                        item_id=item_id,
                        field=f"action {uid} {name}",
                        old=getattr(before, name),
                        new=getattr(after, name),
                    )
        return before, after

    def remove_action(self, assessment_id: int, uid: str) -> RemovedAction:
        with self._db.transaction() as tx:
            guards.require_active(tx, assessment_id)
            rows = tx.execute(
                "SELECT * FROM actions WHERE assessment_id = ? AND uid = ?", (assessment_id, uid)
            ).fetchall()
            if not rows:
                raise NotFound(f"no action with id {uid!r} in this assessment")
            row = rows[0]
            tx.execute("DELETE FROM actions WHERE assessment_id = ? AND uid = ?", (assessment_id, uid))
            tx.execute(
                "UPDATE actions SET position = position - 1 WHERE assessment_id = ? AND item_id = ? AND position > ?",
                (assessment_id, row["item_id"], row["position"]),
            )
            audit.record(
                tx,
                assessment_id=assessment_id,
                item_id=row["item_id"],
                field="action removed",
                old=row["title"],
                new=None,
            )
        return RemovedAction(row["item_id"], row["position"], action_from_row(row))

    def restore_action(self, assessment_id: int, removed: RemovedAction) -> Action:
        return self.add_action(assessment_id, removed.item_id, removed.action, position=removed.position)


def _insert_response(tx: sqlite3.Connection, assessment_id: int, position: int, response: Response, now: str) -> None:
    columns = response_columns(response)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updated = to_column(response.updated_at) or now
    tx.execute(
        f"INSERT INTO responses (assessment_id, item_id, position, {names}, updated_at) VALUES (?, ?, ?, {marks}, ?)",
        (assessment_id, response.item_id, position, *columns.values(), updated),
    )
    for index, action in enumerate(response.actions):
        _insert_action(
            tx, assessment_id, response.item_id, index, action.model_copy(update={"uid": action.uid or new_uid()}), now
        )


def _insert_action(
    tx: sqlite3.Connection, assessment_id: int, item_id: str, position: int, action: Action, now: str
) -> None:
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
        raise Conflict(f"action id {action.uid!r} is used twice in this assessment") from None


def _assessment_from_row(row: sqlite3.Row) -> Assessment:
    return Assessment(
        id=row["id"],
        name=row["name"],
        framework_id=row["framework_id"],
        framework_version=row["framework_version"],
        profile=CompanyProfile.model_validate_json(row["profile"]),
        status=row["status"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        migrated_from=row["migrated_from"],
    )
