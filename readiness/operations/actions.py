"""Add, edit and remove the actions of an item; each one audited transaction that checks what the caller saw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from readiness.codes import ACTION_FIELDS
from readiness.errors import InvalidInput
from readiness.model import Action
from readiness.operations import guards
from readiness.operations.records import ActionAdded, ActionEdited, ActionRemoved
from readiness.store import audit, rows
from readiness.store.codec import action_columns

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


def add_action(
    ws: Workspace, assessment_id: int, item_id: str, action: Action, *, position: int | None = None
) -> ActionAdded:
    """Add an action to an item (at the end, or at `position` to put a removed one back).

    An action that carries a uid keeps it (undo of a removal, redo of an
    addition), so a returned plan still finds it.
    """
    action = Action.model_validate(action.model_dump())
    now = audit.now_text()
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        rows.require_item(tx, assessment_id, item_id)
        if position is None:
            position = rows.next_action_position(tx, assessment_id, item_id)
        else:
            rows.open_action_slot(tx, assessment_id, item_id, position)
        stored = rows.insert_action(tx, assessment_id, item_id, position, action, now)
        audit.record(tx, assessment_id=assessment_id, item_id=item_id, field="action added", old=None, new=stored.title)
        rows.touch_assessment(tx, assessment_id, now=now)
    return ActionAdded(
        operation="add-action",
        assessment_id=assessment_id,
        item_ids=(item_id,),
        item_id=item_id,
        position=position,
        action=stored,
    )


def edit_action(
    ws: Workspace, assessment_id: int, uid: str, changes: Mapping[str, Any], *, expected: Mapping[str, Any]
) -> ActionEdited:
    """Change fields of one action; refused (nothing written) when a field no longer holds `expected`."""
    unknown = set(changes) - set(ACTION_FIELDS)
    if unknown:
        raise InvalidInput(f"not an action field: {', '.join(sorted(unknown))}", code="field-unknown")
    unseen = set(changes) - set(expected)
    if unseen:
        raise InvalidInput(f"an edit must say what it replaces ({', '.join(sorted(unseen))})", code="expected-missing")
    now = audit.now_text()
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        item_id, _, current = rows.read_action(tx, assessment_id, uid)
        where = f"action {current.title!r}"
        guards.check_unchanged(current, expected, where=where)
        wanted = guards.validated(current, changes, where=where)
        changed = guards.changed_columns(action_columns(current), action_columns(wanted), changes)
        if changed:
            rows.update_action(tx, assessment_id, uid, changed, now=now)
            audit.record_fields(
                tx,
                assessment_id=assessment_id,
                item_id=item_id,
                fields=changed,
                before=current,
                after=wanted,
                prefix=f"action {uid} ",
            )
            rows.touch_assessment(tx, assessment_id, now=now)
    return ActionEdited(
        operation="edit-action",
        assessment_id=assessment_id,
        item_ids=(item_id,) if changed else (),
        item_id=item_id,
        uid=uid,
        before={name: getattr(current, name) for name in changed},
        after={name: getattr(wanted, name) for name in changed},
    )


def remove_action(ws: Workspace, assessment_id: int, uid: str, *, expected: Action) -> ActionRemoved:
    """Take an action out of its item; refused when it changed since the caller saw it (`expected`)."""
    now = audit.now_text()
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        item_id, position, current = rows.read_action(tx, assessment_id, uid)
        seen = {name: getattr(expected, name) for name in ACTION_FIELDS}
        guards.check_unchanged(current, seen, where=f"action {current.title!r}")
        rows.delete_action(tx, assessment_id, item_id, uid, position)
        audit.record(
            tx, assessment_id=assessment_id, item_id=item_id, field="action removed", old=current.title, new=None
        )
        rows.touch_assessment(tx, assessment_id, now=now)
    return ActionRemoved(
        operation="remove-action",
        assessment_id=assessment_id,
        item_ids=(item_id,),
        item_id=item_id,
        position=position,
        action=current,
    )
