"""Undo commands: tiny QUndoCommands that call repository methods.

The context writes an edit to the store before pushing its command, so each
command's first `redo` (which QUndoStack.push calls) does nothing; later
redos and undos write again, each in its own transaction. Consecutive edits
of the same text field of the same item merge into one step, so typing in
"gap" in several bursts is undone as one edit. An imported action plan is
one command too (`ImportPlanCommand`): undo reverts the whole file, redo
applies it again. Field edits undo and redo only while the store still holds
the value they left, so another window's later edit is never overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from readiness.errors import ReadinessError
from readiness.model import Action
from readiness.store.assessments_repo import RemovedAction

if TYPE_CHECKING:
    from readiness.excel.plan_import import AppliedPlan, PlanPreview
    from ui.context import AppContext

MERGE_ID = 1


class _StoreCommand(QUndoCommand):
    """Skips the first redo (already written) and reports store failures instead of raising."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Any) -> None:
        try:
            step()
        except ReadinessError as error:
            self.context.reload_items(self.item_ids())  # show what the store holds now
            self.context.report_failure(error)
            return
        self.context.history_moved.emit(self.item_ids())

    def item_ids(self) -> list[str]:
        """The items this step touches, so the window can show the user what undo or redo changed."""
        return []

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class EditResponsesCommand(_StoreCommand):
    """Field changes to one or more responses (a single edit, or a bulk edit of many items)."""

    def __init__(
        self,
        context: AppContext,
        *,
        before: Mapping[str, Mapping[str, Any]],
        after: Mapping[str, Mapping[str, Any]],
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(context, text)
        self.before = {k: dict(v) for k, v in before.items()}
        self.after = {k: dict(v) for k, v in after.items()}
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditResponsesCommand) or other.merge_key != self.merge_key:
            return False
        self.after = {k: dict(v) for k, v in other.after.items()}
        return True

    def item_ids(self) -> list[str]:
        return list(self.after)

    def apply(self) -> None:
        self._write(self.after, expected=self.before)

    def revert(self) -> None:
        self._write(self.before, expected=self.after)

    def _write(self, changes: Mapping[str, Mapping[str, Any]], *, expected: Mapping[str, Mapping[str, Any]]) -> None:
        results = self.context.workspace.assessments.apply_response_changes(
            self.context.assessment_id, changes, expected=expected
        )
        self.context._store_results([r.after for r in results])


class AddActionCommand(_StoreCommand):
    """An action added to an item; undo removes it, redo puts it back at the same place."""

    def __init__(self, context: AppContext, *, item_id: str, action: Action) -> None:
        super().__init__(context, context.tr("Add action \u201c%1\u201d").replace("%1", action.title))
        self.item_id = item_id
        self.action = action
        self.removed: RemovedAction | None = None

    def item_ids(self) -> list[str]:
        return [self.item_id]

    def apply(self) -> None:
        repo = self.context.workspace.assessments
        if self.removed is not None:
            repo.restore_action(self.context.assessment_id, self.removed)
        self.context.reload_items([self.item_id])

    def revert(self) -> None:
        self.removed = self.context.workspace.assessments.remove_action(self.context.assessment_id, self.action.uid)
        self.context.reload_items([self.item_id])


class EditActionCommand(_StoreCommand):
    """Field changes to one action."""

    def __init__(
        self,
        context: AppContext,
        *,
        uid: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        item_id: str,
    ) -> None:
        super().__init__(context, context.tr("Edit action"))
        self.uid, self.before, self.after, self.item_id = uid, dict(before), dict(after), item_id

    def item_ids(self) -> list[str]:
        return [self.item_id]

    def apply(self) -> None:
        repo = self.context.workspace.assessments
        repo.update_action(self.context.assessment_id, self.uid, self.after, expected=self.before)
        self.context.reload_items([self.item_id])

    def revert(self) -> None:
        repo = self.context.workspace.assessments
        repo.update_action(self.context.assessment_id, self.uid, self.before, expected=self.after)
        self.context.reload_items([self.item_id])


class RemoveActionCommand(_StoreCommand):
    """An action taken out of its item; undo restores it in its old position."""

    def __init__(self, context: AppContext, *, removed: RemovedAction) -> None:
        super().__init__(context, context.tr("Remove action \u201c%1\u201d").replace("%1", removed.action.title))
        self.removed = removed

    def item_ids(self) -> list[str]:
        return [self.removed.item_id]

    def apply(self) -> None:
        self.removed = self.context.workspace.assessments.remove_action(
            self.context.assessment_id, self.removed.action.uid
        )
        self.context.reload_items([self.removed.item_id])

    def revert(self) -> None:
        self.context.workspace.assessments.restore_action(self.context.assessment_id, self.removed)
        self.context.reload_items([self.removed.item_id])


class ImportPlanCommand(_StoreCommand):
    """A returned action plan applied in one transaction; undo reverts it in one, redo applies it again.

    `apply_plan` refuses a preview whose old values no longer match the
    store. After an undo they match again, so redo re-applies the same
    preview, with the new actions keeping the ids they got the first time.
    Should the store still have moved on, redo reads the file again and
    applies it only when it asks for exactly the same changes.
    """

    def __init__(self, context: AppContext, *, name: str, preview: PlanPreview, applied: AppliedPlan) -> None:
        count = len(preview.changes) + len(preview.new_actions)
        super().__init__(context, context.tr("Import returned plan (%n change(s))", "", count))
        self.name = name
        self.applied = applied
        self.preview = _with_ids(preview, applied)

    def item_ids(self) -> list[str]:
        ids = [c.item_id for c in self.preview.changes] + [n.item_id for n in self.preview.new_actions]
        return list(dict.fromkeys(ids))

    def apply(self) -> None:
        from readiness.errors import Conflict
        from readiness.excel.plan_import import apply_plan, read_returned_plan

        workspace = self.context.workspace
        try:
            self.applied = apply_plan(workspace, self.name, self.preview)
        except Conflict:
            fresh = read_returned_plan(workspace, self.name, self.preview.path)
            if _wanted(fresh) != _wanted(self.preview):
                raise
            self.applied = apply_plan(workspace, self.name, fresh)
        self.context.reload_items(self.item_ids())

    def revert(self) -> None:
        from readiness.excel.plan_import import revert_plan

        revert_plan(self.context.workspace, self.name, self.applied)
        self.context.reload_items(self.item_ids())


def _with_ids(preview: PlanPreview, applied: AppliedPlan) -> PlanPreview:
    """The preview with each new action carrying the id it was given, so redo recreates the same actions."""
    import dataclasses

    if len(applied.added) != len(preview.new_actions):
        return preview
    new_actions = tuple(
        dataclasses.replace(new, action=new.action.model_copy(update={"uid": uid}))
        for new, uid in zip(preview.new_actions, applied.added, strict=True)
    )
    return dataclasses.replace(preview, new_actions=new_actions)


def _wanted(preview: PlanPreview) -> tuple[Any, ...]:
    """What a preview asks for, leaving out the old values and the new actions' ids."""
    changes = sorted((c.uid, c.field, repr(c.new)) for c in preview.changes)
    added = [(n.item_id, n.action.model_dump(exclude={"uid"})) for n in preview.new_actions]
    return (tuple(changes), repr(added))
