"""Update an assessment in place to a newer content version of its own framework.

A corrected or extended version of the same framework (same id, newer
version) is not a move to something else: the assessment keeps its id, uid,
name, snapshots and history, every answer the mapping carries stays, items
whose rule changed are flagged for review with the mapping's note, new items
start fresh. The plan comes from `readiness.migration.plan_migration` and is
the same preview a move shows; it is refused when the assessment changed
after the preview was made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readiness.errors import Conflict, InvalidInput
from readiness.operations import guards
from readiness.operations.records import AssessmentWritten
from readiness.store import audit, rows

if TYPE_CHECKING:
    from readiness.migration import MigrationPlan
    from readiness.store.workspace import Workspace


def update_content(ws: Workspace, plan: MigrationPlan) -> AssessmentWritten:
    """Rewrite the assessment's answers for the plan's target version, in one transaction."""
    if not plan.in_place:
        raise InvalidInput(
            f"{plan.target.id} is another framework; move the assessment instead", code="not-a-content-update"
        )
    now = audit.now_text()
    with ws.db.transaction() as tx:
        current = guards.active_assessment(tx, plan.source.id)
        if current.revision != plan.source.revision:
            raise Conflict(
                f"{current.name!r} changed after the preview was made; preview the update again",
                code="changed-since-preview",
                params={"name": current.name},
            )
        tx.execute("DELETE FROM actions WHERE assessment_id = ?", (current.id,))
        tx.execute("DELETE FROM responses WHERE assessment_id = ?", (current.id,))
        for position, response in enumerate(plan.responses):
            rows.insert_response(tx, current.id, position, response, now)
        rows.update_assessment(tx, current.id, {"framework_version": plan.target.version}, now=now)
        audit.record(
            tx,
            assessment_id=current.id,
            item_id=None,
            field="framework_version",
            old=current.framework_version,
            new=plan.target.version,
        )
        record = rows.read_assessment(tx, current.id)
    return AssessmentWritten(
        operation="update-content",
        assessment_id=current.id,
        item_ids=tuple(r.item_id for r in plan.responses),
        assessment=True,
        record=record,
        before={"framework_version": current.framework_version},
    )
