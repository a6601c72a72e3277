"""Apply the changes a returned action plan carries, and take them back, each in one transaction.

The workbook code (`readiness.excel.plan_import`) reads the file and decides
what it asks for; this module only writes it. Every changed field states the
value its writer expects in the store; undoing an applied plan expects the
values the plan left, so neither ever overwrites an edit made meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readiness.model import Action
from readiness.operations import actions, answers
from readiness.operations.records import Change
from readiness.store import audit

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace

PROGRESS_EVERY = 100


@dataclass(frozen=True)
class ActionUpdate:
    """New values for fields of one action, with the values the writer expects to replace."""

    uid: str
    changes: Mapping[str, Any]
    expected: Mapping[str, Any]


@dataclass(frozen=True, kw_only=True)
class PlanApplied(Change):
    """What applying a plan wrote: enough to take it back exactly."""

    updated: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = ()  # (uid, before, after)
    added: tuple[tuple[str, Action], ...] = ()  # (item id, action as stored, with its uid)
    source: str = ""  # where the changes came from, for the audit trail (a returned plan's file name)
    responses_before: dict[str, dict[str, Any]] = field(default_factory=dict)
    responses_after: dict[str, dict[str, Any]] = field(default_factory=dict)


def apply_plan(
    ws: Workspace,
    assessment_id: int,
    *,
    updates: Sequence[ActionUpdate] = (),
    additions: Sequence[tuple[str, Action]] = (),
    response_changes: Mapping[str, Mapping[str, Any]] | None = None,
    response_expected: Mapping[str, Mapping[str, Any]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    source: str = "",
) -> PlanApplied:
    """Write every change of a returned plan in one transaction, or none (a `Conflict` names the first).

    `progress(done, total)` is called every `PROGRESS_EVERY` actions written. The audit trail records each
    change as coming from `source` (the file), beside the login that applied it.
    """
    updated = []
    added = []
    touched: dict[str, None] = {}
    total = len(updates) + len(additions)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)

    with ws.db.transaction(), audit.source(source):
        for update in updates:
            edited = actions.edit_action(ws, assessment_id, update.uid, update.changes, expected=update.expected)
            if edited.before:
                updated.append((update.uid, edited.before, edited.after))
                touched[edited.item_id] = None
            tick()
        for item_id, action in additions:
            result = actions.add_action(ws, assessment_id, item_id, action)
            added.append((item_id, result.action))
            touched[item_id] = None
            tick()
        edited_responses = None
        if response_changes:
            edited_responses = answers.edit_responses(
                ws, assessment_id, response_changes, expected=response_expected or {}, operation="apply-plan"
            )
            touched.update(dict.fromkeys(edited_responses.item_ids))
    return PlanApplied(
        operation="apply-plan",
        assessment_id=assessment_id,
        item_ids=tuple(touched),
        updated=tuple(updated),
        added=tuple(added),
        source=source,
        responses_before=edited_responses.before if edited_responses else {},
        responses_after=edited_responses.after if edited_responses else {},
    )


def revert_plan(ws: Workspace, applied: PlanApplied) -> Change:
    """Take an applied plan back in one transaction; refused when anything it wrote was changed since."""
    assert applied.assessment_id is not None
    assessment_id = applied.assessment_id
    with ws.db.transaction(), audit.source(audit.undo_of(applied.source)):
        if applied.responses_before:
            answers.edit_responses(
                ws, assessment_id, applied.responses_before, expected=applied.responses_after, operation="revert-plan"
            )
        for _, action in reversed(applied.added):
            actions.remove_action(ws, assessment_id, action.uid, expected=action)
        for uid, before, after in reversed(applied.updated):
            actions.edit_action(ws, assessment_id, uid, before, expected=after)
    return Change(operation="revert-plan", assessment_id=assessment_id, item_ids=applied.item_ids)


def reapply_plan(ws: Workspace, applied: PlanApplied) -> PlanApplied:
    """Apply a plan again after it was taken back (redo), with the same new action ids."""
    assert applied.assessment_id is not None
    return apply_plan(
        ws,
        applied.assessment_id,
        updates=[ActionUpdate(uid, after, before) for uid, before, after in applied.updated],
        additions=list(applied.added),
        response_changes=applied.responses_after,
        response_expected=applied.responses_before,
        source=applied.source,
    )
