"""Read snapshots: named, frozen copies of every response and score at a milestone (taken by an operation)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from readiness.errors import NotFound
from readiness.model import Response
from readiness.store.codec import decoded
from readiness.store.database import Database


@dataclass(frozen=True)
class Snapshot:
    """A milestone: its label, when it was taken, and the frozen responses and scores."""

    id: int
    assessment_id: int
    label: str
    taken_at: str
    responses: dict[str, Response]
    readiness: float | None
    coverage: float | None
    area_readiness: dict[str, float | None]


class SnapshotRepository:
    """The snapshots of a workspace, oldest first."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self, assessment_id: int) -> list[Snapshot]:
        rows = self._db.query("SELECT * FROM snapshots WHERE assessment_id = ? ORDER BY taken_at, id", (assessment_id,))
        return [_from_row(r) for r in rows]

    def get(self, snapshot_id: int) -> Snapshot:
        rows = self._db.query("SELECT * FROM snapshots WHERE id = ?", (snapshot_id,))
        if not rows:
            raise NotFound(f"no snapshot with id {snapshot_id}")
        return _from_row(rows[0])


def _from_row(row: sqlite3.Row) -> Snapshot:
    with decoded(f"snapshot {row['label']!r}"):
        return _snapshot(row)


def _snapshot(row: sqlite3.Row) -> Snapshot:
    content = json.loads(row["content"])
    responses = {r["item_id"]: Response.model_validate(r) for r in content["responses"]}
    return Snapshot(
        id=row["id"],
        assessment_id=row["assessment_id"],
        label=row["label"],
        taken_at=row["taken_at"],
        responses=responses,
        readiness=content["readiness"],
        coverage=content["coverage"],
        area_readiness=content["areas"],
    )
