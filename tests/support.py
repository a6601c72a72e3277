"""Short ways for tests to set up and change a workspace, through the operations layer as the app does.

Each helper plays a user who has just looked at the store: an edit's
"expected" values are what is stored at that moment. Tests about conflicts
call `readiness.operations` directly with the stale values they mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from readiness import operations
from readiness.content_model import Framework
from readiness.model import Action, Assessment, CompanyProfile, Response
from readiness.operations.records import ResponsesEdited
from readiness.store.workspace import Workspace


def install(ws: Workspace, framework: Framework) -> None:
    operations.install_framework(ws, framework)


def create(
    ws: Workspace,
    name: str,
    framework: Framework | str,
    profile: CompanyProfile | None = None,
    *,
    responses: Iterable[Response] | None = None,
    currency: str = "USD",
) -> Assessment:
    if isinstance(framework, str):
        framework = ws.frameworks.get(framework)
    return operations.create_assessment(
        ws,
        name=name,
        framework=framework,
        profile=profile or CompanyProfile(),
        responses=responses,
        currency=currency,
    ).record


def named(ws: Workspace, name: str) -> Assessment:
    return ws.assessments.get(name)


def load(ws: Workspace, name: str) -> tuple[Assessment, Framework, dict[str, Response]]:
    return ws.load(named(ws, name).id)


def seen(
    ws: Workspace, assessment_id: int, item_ids: Iterable[str], fields: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """What is stored now for these fields of these items: an edit's `expected`."""
    fields = list(fields)
    return {
        item_id: {f: getattr(ws.assessments.response(assessment_id, item_id), f) for f in fields}
        for item_id in item_ids
    }


def edit(ws: Workspace, assessment_id: int, item_id: str, **changes: Any) -> ResponsesEdited:
    return edit_many(ws, assessment_id, [item_id], changes)


def edit_many(ws: Workspace, assessment_id: int, item_ids: Iterable[str], changes: dict[str, Any]) -> ResponsesEdited:
    item_ids = list(item_ids)
    return operations.edit_responses(
        ws,
        assessment_id,
        {item_id: changes for item_id in item_ids},
        expected=seen(ws, assessment_id, item_ids, changes),
    )


def add_action(ws: Workspace, assessment_id: int, item_id: str, action: Action) -> Action:
    return operations.add_action(ws, assessment_id, item_id, action).action


def edit_action(ws: Workspace, assessment_id: int, uid: str, **changes: Any) -> tuple[Action, Action]:
    _, before = ws.assessments.action(assessment_id, uid)
    operations.edit_action(ws, assessment_id, uid, changes, expected={name: getattr(before, name) for name in changes})
    return before, ws.assessments.action(assessment_id, uid)[1]


def remove_action(ws: Workspace, assessment_id: int, uid: str) -> Action:
    _, current = ws.assessments.action(assessment_id, uid)
    return operations.remove_action(ws, assessment_id, uid, expected=current).action


def snapshot(ws: Workspace, assessment_id: int, label: str) -> int:
    return operations.take_snapshot(ws, assessment_id, label=label).snapshot_id
