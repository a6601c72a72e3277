"""Take a snapshot: every answer and score of an assessment frozen under a label, in one transaction."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from readiness.errors import InvalidInput
from readiness.limits import MAX_NAME, clean_line
from readiness.operations.records import SnapshotTaken
from readiness.scoring import area_scores, overall_score
from readiness.store import audit, rows

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


def snapshot_label(text: str) -> str:
    label = clean_line(text)
    if not label:
        raise InvalidInput("a snapshot needs a label", code="label-empty")
    if len(label) > MAX_NAME:
        raise InvalidInput(f"a label has at most {MAX_NAME} characters", code="label-too-long")
    return label


def take_snapshot(ws: Workspace, assessment_id: int, *, label: str) -> SnapshotTaken:
    """Freeze the answers as stored now (read in the same transaction that writes the snapshot)."""
    label = snapshot_label(label)
    with ws.db.transaction() as tx:
        assessment = rows.read_assessment(tx, assessment_id)
        framework = ws.frameworks.get(assessment.framework_id, assessment.framework_version)
        responses = rows.read_responses(tx, assessment_id)
        overall = overall_score(framework, responses)
        content = {
            "responses": [r.model_dump(mode="json") for r in responses.values()],
            "readiness": overall.readiness,
            "coverage": overall.coverage,
            "areas": {area_id: s.readiness for area_id, s in area_scores(framework, responses).items()},
        }
        cursor = tx.execute(
            "INSERT INTO snapshots (assessment_id, label, taken_at, content) VALUES (?, ?, ?, ?)",
            (assessment_id, label, audit.now_text(), json.dumps(content, ensure_ascii=False)),
        )
        audit.record(tx, assessment_id=assessment_id, item_id=None, field="snapshot", old=None, new=label)
    return SnapshotTaken(
        operation="take-snapshot",
        assessment_id=assessment_id,
        snapshots=True,
        snapshot_id=int(cursor.lastrowid or 0),
        label=label,
    )
