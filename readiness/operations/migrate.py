"""Apply a migration plan: the new assessment created (with a copy of the old one's product register) and the
old one archived, in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readiness.codes import AssessmentStatus
from readiness.errors import Conflict, InvalidInput
from readiness.operations import assessments
from readiness.operations.records import AssessmentWritten
from readiness.store import audit, rows

if TYPE_CHECKING:
    from readiness.migration import MigrationPlan
    from readiness.store.workspace import Workspace


def apply_migration(ws: Workspace, plan: MigrationPlan, *, name: str | None = None) -> AssessmentWritten:
    """Create the migrated assessment and archive the old one, in one transaction.

    Refused when the old assessment changed after the plan was made (another
    window edited it): the plan would carry stale answers. Plan again. A
    newer version of the same framework is a content update
    (`update_content`), not a move.
    """
    from readiness.store import products_rows  # the register's code is loaded only where it is used

    if plan.in_place:
        raise InvalidInput(
            f"{plan.target.id} {plan.target.version} is a newer version of the same framework; update the "
            "assessment in place instead of moving it",
            code="content-update",
        )
    with ws.db.transaction() as tx:
        current = rows.read_assessment(tx, plan.source.id)
        if current.revision != plan.source.revision or current.status is not AssessmentStatus.ACTIVE:
            raise Conflict(
                f"{current.name!r} changed after the preview was made; preview the move again",
                code="changed-since-preview",
                params={"name": current.name},
            )
        if tx.execute("SELECT 1 FROM assessments WHERE migrated_from = ?", (plan.source.id,)).fetchone():
            raise Conflict(f"{plan.source.name!r} has already been migrated", code="already-migrated")
        created = assessments.create_assessment(
            ws,
            name=name or plan.default_name,
            framework=plan.target,
            profile=current.profile,
            currency=current.currency,
            responses=plan.responses,
            uid=None,
            migrated_from=plan.source.id,
        )
        now = audit.now_text()
        products_rows.copy_register(tx, plan.source.id, created.record.id, now=now)  # the products move along
        rows.update_assessment(tx, plan.source.id, {"status": AssessmentStatus.ARCHIVED.value}, now=now)
        audit.record(tx, assessment_id=plan.source.id, item_id=None, field="status", old="active", new="archived")
    return AssessmentWritten(
        operation="migrate",
        assessment_id=created.record.id,
        assessment=True,
        assessments=True,
        record=created.record,
    )
