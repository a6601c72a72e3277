"""Snapshots: a named, frozen copy of every response and score at a milestone."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from readiness.errors import NotFound, ReadinessError
from readiness.model import Framework, Response
from readiness.scoring import area_scores, overall_score
from readiness.store import audit
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
    def __init__(self, db: Database) -> None:
        self._db = db

    def take(self, assessment_id: int, label: str, framework: Framework, responses: dict[str, Response]) -> Snapshot:
        label = label.strip()
        if not label:
            raise ReadinessError("a snapshot needs a label", code="label-empty")
        overall = overall_score(framework, responses)
        content = {
            "responses": [r.model_dump(mode="json") for r in responses.values()],
            "readiness": overall.readiness,
            "coverage": overall.coverage,
            "areas": {area_id: s.readiness for area_id, s in area_scores(framework, responses).items()},
        }
        with self._db.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO snapshots (assessment_id, label, taken_at, content) VALUES (?, ?, ?, ?)",
                (assessment_id, label, audit.now_text(), json.dumps(content, ensure_ascii=False)),
            )
            audit.record(tx, assessment_id=assessment_id, item_id=None, field="snapshot", old=None, new=label)
        return self.get(int(cursor.lastrowid or 0))

    def all(self, assessment_id: int) -> list[Snapshot]:
        rows = self._db.query("SELECT * FROM snapshots WHERE assessment_id = ? ORDER BY taken_at, id", (assessment_id,))
        return [_from_row(r) for r in rows]

    def get(self, snapshot_id: int) -> Snapshot:
        rows = self._db.query("SELECT * FROM snapshots WHERE id = ?", (snapshot_id,))
        if not rows:
            raise NotFound(f"no snapshot with id {snapshot_id}")
        return _from_row(rows[0])


def _from_row(row: sqlite3.Row) -> Snapshot:
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
