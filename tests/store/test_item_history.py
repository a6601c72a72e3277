"""One item's history, read back from the audit trail: who, when, which field, from what to what, in the model's
types, newest first, and only the events of that item of that assessment."""

from __future__ import annotations

import datetime as dt

from readiness import operations
from readiness.codes import ActionStatus, Level, Priority
from readiness.model import Action, CompanyProfile, ProfileBasis
from readiness.store import audit
from readiness.store.workspace import Workspace
from tests.support import add_action, create, edit, edit_action, remove_action


def test_an_items_changes_come_back_newest_first_in_the_models_types(workspace: Workspace) -> None:
    assessment = create(workspace, "History", "mini", CompanyProfile(roles=["importer"]))
    edit(workspace, assessment.id, "goods.baseline", level=Level.PLANNED, priority=Priority.HIGH)
    edit(workspace, assessment.id, "goods.baseline", level=Level.READY, due=dt.date(2027, 3, 31))
    edit(workspace, assessment.id, "goods.baseline", evidence=["Supplier affidavits 2026"])
    action = add_action(workspace, assessment.id, "goods.baseline", Action(title="Collect certificates"))
    edit_action(workspace, assessment.id, action.uid, status=ActionStatus.DONE, cost_estimate=1200.0)
    remove_action(workspace, assessment.id, action.uid)
    edit(workspace, assessment.id, "labor.suppliers", gap="Another item")

    changes = audit.item_history(workspace.db, assessment.id, "goods.baseline")
    seen = [(c.field, c.action is not None, c.old, c.new) for c in changes]
    assert seen[0] == ("removed", True, "Collect certificates", None)
    assert ("status", True, ActionStatus.OPEN, ActionStatus.DONE) in seen
    assert ("cost_estimate", True, None, 1200.0) in seen
    assert ("added", True, None, "Collect certificates") in seen
    assert ("evidence", False, [], ["Supplier affidavits 2026"]) in seen
    assert ("level", False, Level.PLANNED, Level.READY) in seen
    assert ("due", False, None, dt.date(2027, 3, 31)) in seen
    assert seen[-2:] in (
        [("level", False, None, Level.PLANNED), ("priority", False, None, Priority.HIGH)],
        [("priority", False, None, Priority.HIGH), ("level", False, None, Level.PLANNED)],
    )
    edited = next(c for c in changes if c.field == "status")
    assert edited.action == action.uid
    assert all(c.user for c in changes)
    assert [c.at for c in changes] == sorted((c.at for c in changes), reverse=True)
    assert all(c.new != "Another item" for c in changes), "another item's edit is not in this history"


def test_a_profile_change_shows_in_the_history_of_the_items_it_rules_out(workspace: Workspace) -> None:
    assessment = create(workspace, "Profile", "mini", CompanyProfile(roles=["importer"], countries=["MX"]))
    narrower = CompanyProfile(roles=["importer"], countries=["CA"])
    operations.change_profile(workspace, assessment.id, narrower, expected=assessment.profile)
    (change,) = audit.item_history(workspace.db, assessment.id, "labor.suppliers")
    assert (change.field, change.old, change.new) == ("not_applicable", False, True)
    stored = workspace.assessments.response(assessment.id, "labor.suppliers")
    assert stored.na_basis == ProfileBasis(dimension="country", concerns=["MX"])


def test_a_deleted_assessments_trail_does_not_leak_into_a_new_one_with_the_same_id(workspace: Workspace) -> None:
    first = create(workspace, "First", "mini")
    edit(workspace, first.id, "goods.baseline", gap="Typed in the first assessment")
    operations.delete_assessment(workspace, first.id, expected_name="First")
    second = create(workspace, "Second", "mini")
    assert second.id == first.id  # SQLite reuses the highest id once its row is gone
    assert audit.item_history(workspace.db, second.id, "goods.baseline") == []
    edit(workspace, second.id, "goods.baseline", gap="Typed in the second")
    assert [c.new for c in audit.item_history(workspace.db, second.id, "goods.baseline")] == ["Typed in the second"]


def test_a_value_the_decoder_cannot_read_stays_the_stored_text() -> None:
    assert audit.decoded_value("level", "high") == "high"
    assert audit.decoded_value("due", "someday") == "someday"
    assert audit.decoded_value("level", "3") == Level.IN_PROGRESS
    assert audit.decoded_value("gap", "As typed") == "As typed"
    assert audit.decoded_value("owner", None) is None
