"""Editing responses and actions: one transaction per edit, audit trail, values checked, nothing lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readiness.errors import Conflict, ReadinessError
from readiness.model import Action, ActionStatus, CompanyProfile, Level, Priority
from readiness.store import audit
from readiness.store.workspace import Workspace


@pytest.fixture
def assessment_id(workspace: Workspace) -> int:
    profile = CompanyProfile(roles=["importer"], countries=["US", "MX"], sectors=["electronics"])
    return workspace.assessments.create("Acme 2026", workspace.frameworks.get("mini"), profile).id


def test_new_assessment_marks_items_the_profile_rules_out(workspace: Workspace, assessment_id: int) -> None:
    responses = workspace.assessments.responses(assessment_id)
    assert list(responses) == ["goods.baseline", "goods.export-cert", "goods.auto", "labor.suppliers"]
    ruled_out = {k: r.na_reason for k, r in responses.items() if r.not_applicable}
    assert set(ruled_out) == {"goods.export-cert", "goods.auto"}
    assert "exporter" in (ruled_out["goods.export-cert"] or "")


def test_duplicate_assessment_name_is_refused(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(Conflict, match="already exists"):
        workspace.assessments.create("Acme 2026", workspace.frameworks.get("mini"), CompanyProfile())


def test_edit_is_committed_and_survives_reopening(
    workspace: Workspace, workspace_path: Path, assessment_id: int
) -> None:
    change = workspace.assessments.update_response(
        assessment_id,
        "goods.baseline",
        {
            "level": 3,
            "gap": "=SUM(A1) is not a formula here",
            "priority": "high",
            "due": "2026-12-31",
            "evidence": ["https://example.com/bom"],
        },
    )
    assert change.before.level is None and change.after.level == Level.IN_PROGRESS
    workspace.close()
    with Workspace.open(workspace_path) as again:
        response = again.assessments.response(assessment_id, "goods.baseline")
    assert response.level == Level.IN_PROGRESS
    assert response.priority == Priority.HIGH
    assert response.due == dt.date(2026, 12, 31)
    assert response.gap.startswith("=SUM")
    assert response.evidence == ["https://example.com/bom"]


def test_every_changed_field_is_audited_with_old_and_new(workspace: Workspace, assessment_id: int) -> None:
    workspace.assessments.update_response(assessment_id, "goods.baseline", {"owner": "Customs"})
    workspace.assessments.update_response(assessment_id, "goods.baseline", {"owner": "Purchasing"})
    events = [e for e in audit.events(workspace.db, assessment_id) if e.field == "owner"]
    assert [(e.old_value, e.new_value) for e in events] == [("Customs", "Purchasing"), ("", "Customs")]
    assert events[0].user


def test_invalid_value_is_refused_and_nothing_changes(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(ReadinessError) as caught:
        workspace.assessments.update_responses(assessment_id, ["goods.baseline", "labor.suppliers"], {"level": 7})
    assert "goods.baseline" in str(caught.value)
    assert all(r.level is None for r in workspace.assessments.responses(assessment_id).values())


def test_bulk_edit_is_one_transaction(workspace: Workspace, assessment_id: int) -> None:
    changes = workspace.assessments.update_responses(
        assessment_id, ["goods.baseline", "labor.suppliers"], {"owner": "Legal", "priority": "critical"}
    )
    assert [c.after.owner for c in changes] == ["Legal", "Legal"]
    with pytest.raises(ReadinessError):
        workspace.assessments.apply_response_changes(
            assessment_id, {"goods.baseline": {"owner": "Finance"}, "no.such.item": {"owner": "Finance"}}
        )
    assert workspace.assessments.response(assessment_id, "goods.baseline").owner == "Legal"


def test_actions_add_update_remove_and_restore_in_place(workspace: Workspace, assessment_id: int) -> None:
    repo = workspace.assessments
    first = repo.add_action(assessment_id, "goods.baseline", Action(title="Collect supplier certifications"))
    second = repo.add_action(assessment_id, "goods.baseline", Action(title="Recompute RVC", cost_estimate=12000))
    before, after = repo.update_action(assessment_id, first.uid, {"status": "in progress", "owner": "Purchasing"})
    assert before.status == ActionStatus.OPEN and after.status == ActionStatus.IN_PROGRESS
    removed = repo.remove_action(assessment_id, first.uid)
    assert [a.title for a in repo.response(assessment_id, "goods.baseline").actions] == ["Recompute RVC"]
    repo.restore_action(assessment_id, removed)
    actions = repo.response(assessment_id, "goods.baseline").actions
    assert [a.uid for a in actions] == [first.uid, second.uid]
    assert actions[0].owner == "Purchasing"


def test_action_needs_a_title_and_a_known_status(workspace: Workspace, assessment_id: int) -> None:
    action = workspace.assessments.add_action(assessment_id, "goods.baseline", Action(title="Train staff"))
    for bad in ({"title": ""}, {"status": "finished"}, {"cost_estimate": -5}):
        with pytest.raises(ReadinessError):
            workspace.assessments.update_action(assessment_id, action.uid, bad)
    assert workspace.assessments.action(assessment_id, action.uid)[1].title == "Train staff"


def test_snapshot_freezes_answers(workspace: Workspace, assessment_id: int) -> None:
    _assessment, framework, responses = workspace.load("Acme 2026")
    workspace.assessments.update_response(assessment_id, "goods.baseline", {"level": 4})
    before = workspace.snapshots.take(assessment_id, "before round 3", framework, responses)
    workspace.assessments.update_response(assessment_id, "goods.baseline", {"level": 1})
    snapshot = workspace.snapshots.get(before.id)
    assert snapshot.responses["goods.baseline"].level is None
    assert snapshot.label == "before round 3"
    assert [s.label for s in workspace.snapshots.all(assessment_id)] == ["before round 3"]


def test_two_connections_do_not_lose_each_others_edits(
    workspace: Workspace, workspace_path: Path, assessment_id: int
) -> None:
    with Workspace.open(workspace_path) as other:
        workspace.assessments.update_response(assessment_id, "goods.baseline", {"owner": "Customs"})
        other.assessments.update_response(assessment_id, "goods.baseline", {"gap": "No RVC worksheets"})
    response = workspace.assessments.response(assessment_id, "goods.baseline")
    assert (response.owner, response.gap) == ("Customs", "No RVC worksheets")


def test_archived_assessment_refuses_every_edit(workspace: Workspace, assessment_id: int) -> None:
    from readiness.model import AssessmentStatus

    action = workspace.assessments.add_action(assessment_id, "goods.baseline", Action(title="Map flows"))
    workspace.assessments.set_status(assessment_id, AssessmentStatus.ARCHIVED)
    attempts = [
        lambda: workspace.assessments.update_response(assessment_id, "goods.baseline", {"level": 4}),
        lambda: workspace.assessments.add_action(assessment_id, "goods.baseline", Action(title="New")),
        lambda: workspace.assessments.update_action(assessment_id, action.uid, {"status": "done"}),
        lambda: workspace.assessments.remove_action(assessment_id, action.uid),
    ]
    for attempt in attempts:
        with pytest.raises(Conflict, match="archived and read only"):
            attempt()
    response = workspace.assessments.response(assessment_id, "goods.baseline")
    assert response.level is None and [a.title for a in response.actions] == ["Map flows"]


def test_a_change_made_elsewhere_is_not_overwritten_when_expected_values_are_given(
    workspace: Workspace, assessment_id: int
) -> None:
    workspace.assessments.update_response(assessment_id, "goods.baseline", {"owner": "Customs"})
    workspace.assessments.update_response(assessment_id, "goods.baseline", {"owner": "Legal"})  # someone else
    with pytest.raises(Conflict, match="changed elsewhere"):
        workspace.assessments.apply_response_changes(
            assessment_id, {"goods.baseline": {"owner": ""}}, expected={"goods.baseline": {"owner": "Customs"}}
        )
    assert workspace.assessments.response(assessment_id, "goods.baseline").owner == "Legal"
    action = workspace.assessments.add_action(assessment_id, "goods.baseline", Action(title="Call broker"))
    workspace.assessments.update_action(assessment_id, action.uid, {"status": "done"})
    with pytest.raises(Conflict, match="changed elsewhere"):
        workspace.assessments.update_action(
            assessment_id, action.uid, {"status": "blocked"}, expected={"status": "open"}
        )
    assert workspace.assessments.action(assessment_id, action.uid)[1].status == ActionStatus.DONE
