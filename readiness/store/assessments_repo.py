"""Read assessments, their responses and actions. Nothing here writes: every change is an operation
(`readiness.operations`), which checks what the caller saw and writes one audited transaction.
"""

from __future__ import annotations

from readiness.errors import NotFound
from readiness.model import Action, Assessment, Response
from readiness.store import rows
from readiness.store.database import Database, translated_errors


class AssessmentRepository:
    """Look up assessments by name, id or uid, and read their responses."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Assessment]:
        found = self._db.query("SELECT * FROM assessments ORDER BY status, name COLLATE NOCASE")
        return [rows.assessment_from_row(r) for r in found]

    def count(self) -> int:
        return int(self._db.query("SELECT count(*) FROM assessments")[0][0])

    def get(self, name: str) -> Assessment:
        found = self._db.query("SELECT * FROM assessments WHERE name = ?", (name,))
        if not found:
            raise NotFound(
                f"no assessment named {name!r}; see `readiness assessments list`",
                code="assessment-unknown",
                params={"name": name},
            )
        return rows.assessment_from_row(found[0])

    def get_by_id(self, assessment_id: int) -> Assessment:
        with translated_errors(self._db.path):
            return rows.read_assessment(self._db.connection, assessment_id)

    def get_by_uid(self, uid: str) -> Assessment | None:
        found = self._db.query("SELECT * FROM assessments WHERE uid = ?", (uid,))
        return rows.assessment_from_row(found[0]) if found else None

    def migrated_successor(self, assessment_id: int) -> Assessment | None:
        found = self._db.query("SELECT * FROM assessments WHERE migrated_from = ?", (assessment_id,))
        return rows.assessment_from_row(found[0]) if found else None

    def companions(self, assessment_id: int) -> list[Assessment]:
        """Watch assessments that run beside this compliance assessment."""
        found = self._db.query("SELECT * FROM assessments WHERE companion_of = ? ORDER BY name", (assessment_id,))
        return [rows.assessment_from_row(r) for r in found]

    def responses(self, assessment_id: int) -> dict[str, Response]:
        """Every response of an assessment, in checklist order, with its actions."""
        with translated_errors(self._db.path):
            return rows.read_responses(self._db.connection, assessment_id)

    def response(self, assessment_id: int, item_id: str) -> Response:
        with translated_errors(self._db.path):
            return rows.read_response(self._db.connection, assessment_id, item_id)

    def action(self, assessment_id: int, uid: str) -> tuple[str, Action]:
        """(item id, action) of one action."""
        with translated_errors(self._db.path):
            item_id, _, action = rows.read_action(self._db.connection, assessment_id, uid)
        return item_id, action
