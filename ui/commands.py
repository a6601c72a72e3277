"""Undo commands: tiny QUndoCommands whose `redo()` and `undo()` each run a core operation, every time.

Pushing a command runs its `redo()`, which writes the edit; there is no
other write path (git-cola's commands work the same way). Each operation
is told what the command expects to find in the store, so an undo or redo
never overwrites an edit made meanwhile in another window or by the command
line: such a step is refused with a message, the views show what is stored,
and the step is dropped from the history (`setObsolete`), because it can no
longer be taken back faithfully.

Consecutive edits of the same text field of the same item merge into one
step, so typing in "gap" in several bursts is undone as one edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from readiness import operations
from readiness.model import Action
from readiness.operations.records import Change
from ui.context import AppContext

MERGE_ID = 1


class OperationCommand(QUndoCommand):
    """Runs `forward()` on redo and `backward()` on undo; a refused step is reported and dropped."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.assessment_id = context.assessment_id
        self._pushed = False
        # Kept on the Python side: Qt deletes a refused (obsolete) or merged command right after push().
        self.refused = False

    def redo(self) -> None:
        self._run(self.forward)
        self._pushed = True

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], Change | None]) -> None:
        if step() is None:
            self.refused = True
            self.setObsolete(True)
            self.context.refresh_items(self.item_ids())
        elif self._pushed:  # an undo or a redo, not the edit itself: show the user what moved
            self.context.history_moved.emit(self.item_ids())

    def item_ids(self) -> list[str]:
        """The items this step touches."""
        return []

    def forward(self) -> Change | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def backward(self) -> Change | None:  # pragma: no cover - overridden
        raise NotImplementedError


class EditResponsesCommand(OperationCommand):
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
        if not isinstance(other, EditResponsesCommand) or other.merge_key != self.merge_key or other.refused:
            return False
        self.after = {k: dict(v) for k, v in other.after.items()}
        return True

    def item_ids(self) -> list[str]:
        return list(self.after)

    def forward(self) -> Change | None:
        return self.context.apply(operations.edit_responses, self.assessment_id, self.after, expected=self.before)

    def backward(self) -> Change | None:
        return self.context.apply(operations.edit_responses, self.assessment_id, self.before, expected=self.after)


class AddActionCommand(OperationCommand):
    """An action added to an item; undo removes it, redo puts it back at the same place with the same id."""

    def __init__(self, context: AppContext, *, item_id: str, action: Action) -> None:
        super().__init__(context, context.tr("Add action \u201c%1\u201d").replace("%1", action.title))
        self.item_id = item_id
        self.action = action
        self.position: int | None = None

    def item_ids(self) -> list[str]:
        return [self.item_id]

    def forward(self) -> Change | None:
        added = self.context.apply(
            operations.add_action, self.assessment_id, self.item_id, self.action, position=self.position
        )
        if added is not None:
            self.action, self.position = added.action, added.position
        return added

    def backward(self) -> Change | None:
        return self.context.apply(operations.remove_action, self.assessment_id, self.action.uid, expected=self.action)


class EditActionCommand(OperationCommand):
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

    def forward(self) -> Change | None:
        return self.context.apply(
            operations.edit_action, self.assessment_id, self.uid, self.after, expected=self.before
        )

    def backward(self) -> Change | None:
        return self.context.apply(
            operations.edit_action, self.assessment_id, self.uid, self.before, expected=self.after
        )


class RemoveActionCommand(OperationCommand):
    """An action taken out of its item; undo restores it in its old position with its id."""

    def __init__(self, context: AppContext, *, item_id: str, action: Action) -> None:
        super().__init__(context, context.tr("Remove action \u201c%1\u201d").replace("%1", action.title))
        self.item_id = item_id
        self.action = action
        self.position = 0

    def item_ids(self) -> list[str]:
        return [self.item_id]

    def forward(self) -> Change | None:
        removed = self.context.apply(
            operations.remove_action, self.assessment_id, self.action.uid, expected=self.action
        )
        if removed is not None:
            self.action, self.position = removed.action, removed.position
        return removed

    def backward(self) -> Change | None:
        return self.context.apply(
            operations.add_action, self.assessment_id, self.item_id, self.action, position=self.position
        )


class OperationStep(OperationCommand):
    """Any pair of operations given as functions (used where the work runs in a background job)."""

    def __init__(
        self,
        context: AppContext,
        *,
        text: str,
        forward: Callable[[], Change | None],
        backward: Callable[[], Change | None],
        item_ids: Callable[[], list[str]],
    ) -> None:
        super().__init__(context, text)
        self._forward, self._backward, self._item_ids = forward, backward, item_ids

    def item_ids(self) -> list[str]:
        return self._item_ids()

    def forward(self) -> Change | None:
        return self._forward()

    def backward(self) -> Change | None:
        return self._backward()


# --- the edits views make: each one undo step, pushed (and so written) at once -----------


def edit_responses(
    context: AppContext, changes: Mapping[str, Mapping[str, Any]], *, text: str, merge_key: str = ""
) -> bool:
    """Push one undo step changing these fields; the values the views show are what it expects to replace.

    Returns False when the edit was refused (nothing written, `save_failed` emitted). Fields already
    holding the new value are left out; an edit with nothing left is not a step.
    """
    if context.read_only:
        context.refresh_items(list(changes))
        return False
    before: dict[str, dict[str, Any]] = {}
    after: dict[str, dict[str, Any]] = {}
    for item_id, fields in changes.items():
        shown = context.responses[item_id]
        moved = {name: value for name, value in fields.items() if getattr(shown, name) != value}
        if moved:
            before[item_id] = {name: getattr(shown, name) for name in moved}
            after[item_id] = moved
    if not after:
        return True
    command = EditResponsesCommand(context, before=before, after=after, text=text, merge_key=merge_key)
    context.undo_stack.push(command)
    return not command.refused


def add_action(context: AppContext, item_id: str, action: Action) -> bool:
    if context.read_only:
        return False
    command = AddActionCommand(context, item_id=item_id, action=action)
    context.undo_stack.push(command)
    return not command.refused


def edit_action(context: AppContext, uid: str, changes: Mapping[str, Any]) -> bool:
    if context.read_only:
        return False
    item_id, shown = _shown_action(context, uid)
    moved = {name: value for name, value in changes.items() if getattr(shown, name) != value}
    if not moved:
        return True
    before = {name: getattr(shown, name) for name in moved}
    command = EditActionCommand(context, uid=uid, before=before, after=moved, item_id=item_id)
    context.undo_stack.push(command)
    return not command.refused


def remove_action(context: AppContext, uid: str) -> bool:
    if context.read_only:
        return False
    item_id, shown = _shown_action(context, uid)
    command = RemoveActionCommand(context, item_id=item_id, action=shown)
    context.undo_stack.push(command)
    return not command.refused


def _shown_action(context: AppContext, uid: str) -> tuple[str, Action]:
    """The action as the views show it (the cached response), which is what an edit expects to replace."""
    for item_id, response in context.responses.items():
        for action in response.actions:
            if action.uid == uid:
                return item_id, action
    return context.action(uid)
