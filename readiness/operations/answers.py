"""Edit the answers: fields of one response, or the same fields of many (a bulk edit), as one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from readiness.codes import RESPONSE_FIELDS
from readiness.errors import InvalidInput
from readiness.operations import guards
from readiness.operations.records import ResponsesEdited
from readiness.store import audit, rows
from readiness.store.codec import response_columns

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


def edit_responses(
    ws: Workspace,
    assessment_id: int,
    changes: Mapping[str, Mapping[str, Any]],
    *,
    expected: Mapping[str, Mapping[str, Any]],
    operation: str = "edit-responses",
) -> ResponsesEdited:
    """Write per-item field changes in one audited transaction, or nothing at all.

    `expected` gives, for every item and every field being changed, the value
    the caller last saw. When the store holds something else (another window
    or the command line changed it meanwhile), the whole edit is refused with
    a `Conflict` and nothing is overwritten. Values already as asked are not
    written again.
    """
    for item_id, fields in changes.items():
        unknown = set(fields) - set(RESPONSE_FIELDS)
        if unknown:
            raise InvalidInput(f"not a response field: {', '.join(sorted(unknown))}", code="field-unknown")
        unseen = set(fields) - set(expected.get(item_id, {}))
        if unseen:
            raise InvalidInput(
                f"an edit must say what it replaces ({item_id}: {', '.join(sorted(unseen))})", code="expected-missing"
            )
    before: dict[str, dict[str, Any]] = {}
    after: dict[str, dict[str, Any]] = {}
    stored = []
    now = audit.now_text()
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        for item_id, fields in changes.items():
            current = rows.read_response(tx, assessment_id, item_id)
            guards.check_unchanged(current, expected[item_id], where=item_id)
            wanted = guards.validated(current, fields, where=item_id)
            changed = guards.changed_columns(response_columns(current), response_columns(wanted), fields)
            if not changed:
                continue
            rows.update_response(tx, assessment_id, item_id, changed, now=now)
            audit.record_fields(
                tx, assessment_id=assessment_id, item_id=item_id, fields=changed, before=current, after=wanted
            )
            before[item_id] = {name: getattr(current, name) for name in changed}
            after[item_id] = {name: getattr(wanted, name) for name in changed}
            # as written (no need to read it back); model_copy does not validate, so the time is parsed here
            stored.append(wanted.model_copy(update={"updated_at": dt.datetime.fromisoformat(now)}))
        if stored:
            rows.touch_assessment(tx, assessment_id, now=now)
    return ResponsesEdited(
        operation=operation,
        assessment_id=assessment_id,
        item_ids=tuple(before),
        before=before,
        after=after,
        responses=tuple(stored),
    )
