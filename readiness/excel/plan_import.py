"""Read back an action plan that item owners edited, preview every change, apply it in one step, undo it.

`read_returned_plan` changes nothing: it reads the file (`plan_reader`:
archive checks, read-only openpyxl through defusedxml, every row to the end
of the sheet), finds the assessment it belongs to by its uid, or the one that
replaced it after a move to a new framework version (`plan_target`), and
merges it three ways against what it was exported with and what the store
holds now (`plan_merge`): only what the owner changed is proposed, a field
changed on both sides is a conflict, and every other difference is listed as
not imported, with its reason. Unreadable cells (a formula, a bad date, an
ambiguous cost, an unknown item) raise one `PlanImportError` naming every
such cell by sheet and cell, so an owner fixes them all in one round.
`apply_plan` applies a preview through the operations layer in one
transaction, with the user's choice for each conflict, refusing if the store
moved on since the preview (`readiness.operations.revert_plan` takes it back
the same way). Fields an owner may change: every action field (action,
owner, due, status, cost, notes); new rows (no Action ID, an Item ID and an
Action) become new actions. Actions missing from an owner's slice are left
alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from readiness import operations
from readiness.errors import Conflict
from readiness.excel.plan_merge import PlanMerge
from readiness.excel.plan_preview import (
    Choice,
    FieldChange,
    FieldConflict,
    NewAction,
    NotImported,
    PlanPreview,
    Skip,
)
from readiness.excel.plan_reader import read_file
from readiness.excel.plan_target import find_target
from readiness.operations import ActionUpdate, PlanApplied
from readiness.store import audit
from readiness.store.workspace import Workspace

__all__ = [
    "Choice",
    "FieldChange",
    "FieldConflict",
    "NewAction",
    "NotImported",
    "PlanPreview",
    "Skip",
    "apply_plan",
    "read_returned_plan",
    "unresolved",
]


def read_returned_plan(workspace: Workspace, assessment_id: int, path: Path) -> PlanPreview:
    """Read a returned plan and list what it would change; see the module docstring. Changes nothing."""
    path = Path(path)
    assessment, _, responses = workspace.load(assessment_id)
    returned = read_file(path)
    target = find_target(workspace, assessment, returned.metadata)
    merged = PlanMerge(returned, target, responses).run()
    return PlanPreview(
        assessment_id=assessment.id,
        assessment_name=assessment.name,
        path=path,
        rows=len(returned.rows),
        changes=tuple(merged.changes),
        new_actions=tuple(merged.new_actions),
        conflicts=tuple(merged.conflicts),
        not_imported=tuple(merged.not_imported),
        exported_from=target.source_name,
        route=target.route,
    )


def unresolved(preview: PlanPreview, choices: Mapping[tuple[str, str], Choice]) -> list[FieldConflict]:
    """The conflicts of a preview nobody has decided yet."""
    return [c for c in preview.conflicts if c.key not in choices]


def apply_plan(
    workspace: Workspace,
    preview: PlanPreview,
    *,
    choices: Mapping[tuple[str, str], Choice] | None = None,
    prefer: Choice | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PlanApplied:
    """Apply a preview in one transaction; refused (changing nothing) while a conflict is undecided, or if a
    field moved on since the preview.

    `choices` decides conflicts one by one (by action id and field); `prefer`
    decides every conflict not in `choices` the same way.
    """
    decided = dict(choices or {})
    if prefer is not None:
        decided.update({c.key: prefer for c in preview.conflicts if c.key not in decided})
    left = unresolved(preview, decided)
    if left:
        raise Conflict(
            f"{len(left)} field(s) changed both in the file and in the workspace since the export "
            f"(first: {left[0].field} of {left[0].title!r} at {left[0].where}); choose which value to keep; "
            "nothing was applied",
            code="plan-conflicts",
            params={"count": len(left)},
        )
    wanted = list(preview.changes)
    for conflict in preview.conflicts:
        if decided[conflict.key] is Choice.FILE:
            wanted.append(
                FieldChange(
                    conflict.uid,
                    conflict.item_id,
                    conflict.title,
                    conflict.field,
                    conflict.workspace,
                    conflict.file,
                    conflict.where,
                    conflict.who,
                )
            )
    by_uid: dict[str, dict[str, Any]] = {}
    olds: dict[str, dict[str, Any]] = {}
    for change in wanted:
        by_uid.setdefault(change.uid, {})[change.field] = change.new
        olds.setdefault(change.uid, {})[change.field] = change.old
    return operations.apply_plan(
        workspace,
        preview.assessment_id,
        updates=[ActionUpdate(uid, changes, olds[uid]) for uid, changes in by_uid.items()],
        additions=[(new.item_id, new.action) for new in preview.new_actions],
        progress=progress,
        source=plan_source(preview),
    )


def plan_source(preview: PlanPreview) -> str:
    """How the audit trail records a returned plan (a code and its file name, not a sentence): so an owner's
    changes stay told apart from the manager's."""
    return f"{audit.SOURCE_PLAN}:{preview.path.name}"
