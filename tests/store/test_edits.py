"""Editing responses and actions: one transaction per edit, audit trail, values checked, nothing lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readiness import operations
from readiness.codes import ActionStatus, AssessmentStatus, Level, Priority
from readiness.errors import Conflict, InvalidInput, NotFound
from readiness.model import Action, CompanyProfile, ProfileBasis
from readiness.store import audit
from readiness.store.workspace import Workspace
from tests.support import add_action, create, edit, edit_many


@pytest.fixture
def assessment_id(workspace: Workspace) -> int:
    profile = CompanyProfile(roles=["importer"], countries=["US", "MX"], sectors=["electronics"])
    return create(workspace, "Acme 2026", "mini", profile).id


def test_new_assessment_marks_items_the_profile_rules_out(workspace: Workspace, assessment_id: int) -> None:
    responses = workspace.assessments.responses(assessment_id)
    assert list(responses) == ["goods.baseline", "goods.export-cert", "goods.auto", "labor.suppliers"]
    ruled_out = {k: r.na_basis for k, r in responses.items() if r.not_applicable}
    assert ruled_out == {
        "goods.export-cert": ProfileBasis(dimension="role", concerns=["exporter"]),
        "goods.auto": ProfileBasis(dimension="sector", concerns=["automotive"]),
    }
    assert all(r.na_reason is None for r in responses.values())  # no sentence is stored for the profile's verdict


def test_duplicate_assessment_name_is_refused(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(Conflict, match="already exists"):
        create(workspace, "Acme 2026", "mini", CompanyProfile())
    assert [a.name for a in workspace.assessments.all()] == ["Acme 2026"]


def test_edit_is_committed_and_survives_reopening(
    workspace: Workspace, workspace_path: Path, assessment_id: int
) -> None:
    change = operations.edit_responses(
        workspace,
        assessment_id,
        {
            "goods.baseline": {
                "level": 3,
                "gap": "=SUM(A1) is not a formula here",
                "priority": "high",
                "due": "2026-12-31",
                "evidence": ["https://example.com/bom"],
            }
        },
        expected={"goods.baseline": {"level": None, "gap": "", "priority": None, "due": None, "evidence": []}},
    )
    assert change.before["goods.baseline"]["level"] is None
    assert change.after["goods.baseline"]["level"] == Level.IN_PROGRESS
    assert change.item_ids == ("goods.baseline",)
    workspace.close()
    with Workspace.open(workspace_path) as again:
        response = again.assessments.response(assessment_id, "goods.baseline")
    assert response.level == Level.IN_PROGRESS
    assert response.priority == Priority.HIGH
    assert response.due == dt.date(2026, 12, 31)
    assert response.gap.startswith("=SUM")
    assert response.evidence == ["https://example.com/bom"]


def test_every_changed_field_is_audited_with_old_and_new(workspace: Workspace, assessment_id: int) -> None:
    edit(workspace, assessment_id, "goods.baseline", owner="Customs")
    edit(workspace, assessment_id, "goods.baseline", owner="Purchasing")
    events = [e for e in audit.events(workspace.db, assessment_id) if e.field == "owner"]
    assert [(e.old_value, e.new_value) for e in events] == [("Customs", "Purchasing"), ("", "Customs")]
    assert events[0].user


def test_a_value_already_as_asked_is_not_written_again(workspace: Workspace, assessment_id: int) -> None:
    edit(workspace, assessment_id, "goods.baseline", owner="Customs")
    again = edit(workspace, assessment_id, "goods.baseline", owner="Customs")
    assert again.empty and again.item_ids == ()
    assert len([e for e in audit.events(workspace.db, assessment_id) if e.field == "owner"]) == 1


def test_invalid_value_is_refused_and_nothing_changes(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        edit_many(workspace, assessment_id, ["goods.baseline", "labor.suppliers"], {"level": 7})
    assert "goods.baseline" in str(caught.value)
    assert all(r.level is None for r in workspace.assessments.responses(assessment_id).values())


def test_an_edit_must_say_what_it_replaces(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        operations.edit_responses(workspace, assessment_id, {"goods.baseline": {"owner": "Legal"}}, expected={})
    assert caught.value.code == "expected-missing"
    with pytest.raises(InvalidInput) as caught:
        operations.edit_responses(
            workspace, assessment_id, {"goods.baseline": {"colour": "red"}}, expected={"goods.baseline": {"colour": ""}}
        )
    assert caught.value.code == "field-unknown"
    assert workspace.assessments.response(assessment_id, "goods.baseline").owner == ""


def test_bulk_edit_is_one_transaction(workspace: Workspace, assessment_id: int) -> None:
    changes = edit_many(
        workspace, assessment_id, ["goods.baseline", "labor.suppliers"], {"owner": "Legal", "priority": "critical"}
    )
    assert changes.after == {
        "goods.baseline": {"owner": "Legal", "priority": Priority.CRITICAL},
        "labor.suppliers": {"owner": "Legal", "priority": Priority.CRITICAL},
    }
    assert [r.owner for r in changes.responses] == ["Legal", "Legal"]
    with pytest.raises(NotFound):
        operations.edit_responses(
            workspace,
            assessment_id,
            {"goods.baseline": {"owner": "Finance"}, "no.such.item": {"owner": "Finance"}},
            expected={"goods.baseline": {"owner": "Legal"}, "no.such.item": {"owner": ""}},
        )
    assert workspace.assessments.response(assessment_id, "goods.baseline").owner == "Legal"


def test_actions_add_update_remove_and_restore_in_place(workspace: Workspace, assessment_id: int) -> None:
    repo = workspace.assessments
    first = operations.add_action(
        workspace, assessment_id, "goods.baseline", Action(title="Collect supplier certifications")
    ).action
    second = operations.add_action(
        workspace, assessment_id, "goods.baseline", Action(title="Recompute RVC", cost_estimate=12000)
    ).action
    assert first.uid and second.uid and first.uid != second.uid
    edited = operations.edit_action(
        workspace,
        assessment_id,
        first.uid,
        {"status": "in progress", "owner": "Purchasing"},
        expected={"status": ActionStatus.OPEN, "owner": ""},
    )
    assert edited.before["status"] == ActionStatus.OPEN and edited.after["status"] == ActionStatus.IN_PROGRESS
    current = repo.action(assessment_id, first.uid)[1]
    removed = operations.remove_action(workspace, assessment_id, first.uid, expected=current)
    assert [a.title for a in repo.response(assessment_id, "goods.baseline").actions] == ["Recompute RVC"]
    operations.add_action(workspace, assessment_id, removed.item_id, removed.action, position=removed.position)
    actions = repo.response(assessment_id, "goods.baseline").actions
    assert [a.uid for a in actions] == [first.uid, second.uid]
    assert actions[0].owner == "Purchasing"


def test_action_needs_a_title_and_a_known_status(workspace: Workspace, assessment_id: int) -> None:
    action = add_action(workspace, assessment_id, "goods.baseline", Action(title="Train staff"))
    for bad in ({"title": ""}, {"status": "finished"}, {"cost_estimate": -5}):
        with pytest.raises(InvalidInput):
            operations.edit_action(
                workspace, assessment_id, action.uid, bad, expected={k: getattr(action, k) for k in bad}
            )
    assert workspace.assessments.action(assessment_id, action.uid)[1] == action


def test_snapshot_freezes_answers(workspace: Workspace, assessment_id: int) -> None:
    edit(workspace, assessment_id, "goods.baseline", level=Level.READY)
    taken = operations.take_snapshot(workspace, assessment_id, label="  before round 3 ")
    edit(workspace, assessment_id, "goods.baseline", level=Level.AWARE)
    snapshot = workspace.snapshots.get(taken.snapshot_id)
    assert snapshot.responses["goods.baseline"].level == Level.READY  # as stored when it was taken
    assert snapshot.label == taken.label == "before round 3"
    assert [s.label for s in workspace.snapshots.all(assessment_id)] == ["before round 3"]


def test_a_snapshot_needs_a_label(workspace: Workspace, assessment_id: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        operations.take_snapshot(workspace, assessment_id, label="  \n ")
    assert caught.value.code == "label-empty" and caught.value.exit_code == 3
    assert workspace.snapshots.all(assessment_id) == []


def test_two_connections_do_not_lose_each_others_edits(
    workspace: Workspace, workspace_path: Path, assessment_id: int
) -> None:
    with Workspace.open(workspace_path) as other:
        edit(workspace, assessment_id, "goods.baseline", owner="Customs")
        edit(other, assessment_id, "goods.baseline", gap="No RVC worksheets")
    response = workspace.assessments.response(assessment_id, "goods.baseline")
    assert (response.owner, response.gap) == ("Customs", "No RVC worksheets")


def test_archived_assessment_refuses_every_edit(workspace: Workspace, assessment_id: int) -> None:
    action = add_action(workspace, assessment_id, "goods.baseline", Action(title="Map flows"))
    operations.set_status(workspace, assessment_id, AssessmentStatus.ARCHIVED, expected=AssessmentStatus.ACTIVE)
    attempts = [
        lambda: edit(workspace, assessment_id, "goods.baseline", level=4),
        lambda: operations.add_action(workspace, assessment_id, "goods.baseline", Action(title="New")),
        lambda: operations.edit_action(
            workspace, assessment_id, action.uid, {"status": "done"}, expected={"status": ActionStatus.OPEN}
        ),
        lambda: operations.remove_action(workspace, assessment_id, action.uid, expected=action),
    ]
    for attempt in attempts:
        with pytest.raises(Conflict, match="archived and read only"):
            attempt()
    response = workspace.assessments.response(assessment_id, "goods.baseline")
    assert response.level is None and [a.title for a in response.actions] == ["Map flows"]


def test_a_change_made_elsewhere_is_not_overwritten(workspace: Workspace, assessment_id: int) -> None:
    edit(workspace, assessment_id, "goods.baseline", owner="Customs")
    edit(workspace, assessment_id, "goods.baseline", owner="Legal")  # someone else
    with pytest.raises(Conflict, match="changed elsewhere") as caught:
        operations.edit_responses(
            workspace,
            assessment_id,
            {"goods.baseline": {"owner": ""}},
            expected={"goods.baseline": {"owner": "Customs"}},
        )
    assert caught.value.code == "changed-elsewhere" and caught.value.params["field"] == "owner"
    assert workspace.assessments.response(assessment_id, "goods.baseline").owner == "Legal"
    action = add_action(workspace, assessment_id, "goods.baseline", Action(title="Call broker"))
    operations.edit_action(workspace, assessment_id, action.uid, {"status": "done"}, expected={"status": "open"})
    with pytest.raises(Conflict, match="changed elsewhere"):
        operations.edit_action(workspace, assessment_id, action.uid, {"status": "blocked"}, expected={"status": "open"})
    assert workspace.assessments.action(assessment_id, action.uid)[1].status == ActionStatus.DONE
    with pytest.raises(Conflict, match="changed elsewhere"):  # removing what was seen before the status changed
        operations.remove_action(workspace, assessment_id, action.uid, expected=action)
    assert [a.uid for a in workspace.assessments.response(assessment_id, "goods.baseline").actions] == [action.uid]


def test_a_bulk_edit_with_one_stale_item_writes_nothing(workspace: Workspace, assessment_id: int) -> None:
    edit(workspace, assessment_id, "labor.suppliers", owner="Legal")  # someone else, after the user looked
    with pytest.raises(Conflict):
        operations.edit_responses(
            workspace,
            assessment_id,
            {"goods.baseline": {"owner": "Finance"}, "labor.suppliers": {"owner": "Finance"}},
            expected={"goods.baseline": {"owner": ""}, "labor.suppliers": {"owner": ""}},
        )
    responses = workspace.assessments.responses(assessment_id)
    assert (responses["goods.baseline"].owner, responses["labor.suppliers"].owner) == ("", "Legal")
