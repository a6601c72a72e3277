"""The user's own scenarios in the workspace: validated like packs, ids of shipped scenarios reserved, removed
only as seen, validated again on every read."""

from __future__ import annotations

import pytest

from readiness import operations
from readiness.errors import Conflict, InvalidInput, NotFound
from readiness.exposure.errors import ScenarioError
from readiness.store.workspace import Workspace

STEEL = """
id = "steel-overlay-10"
title = "Ten percent on steel parts"
hypothesis = true
basis = "A what-if for the annual review: an overlay on non-qualifying steel parts."

[[overlays]]
hts = ["7318"]
overlay = { program = "Review overlay", rate = 10, base = "whole-value", applies = "not-qualifying" }
"""


def test_a_scenario_is_added_and_listed_after_the_shipped_ones(workspace: Workspace) -> None:
    written = operations.add_scenario(workspace, STEEL, name="steel.toml")
    assert written.scenarios and written.added and written.scenario_id == "steel-overlay-10"
    ids = [s.id for s in workspace.scenarios.all()]
    assert ids[0] == "today" and ids[-1] == "steel-overlay-10" and len(ids) == 6
    assert workspace.scenarios.get("steel-overlay-10").overlays[0].overlay.rate == 10
    assert workspace.scenarios.user()[0].source == STEEL  # stored as given


def test_a_broken_scenario_is_refused_with_its_key_and_nothing_is_stored(workspace: Workspace) -> None:
    with pytest.raises(ScenarioError) as refused:
        operations.add_scenario(workspace, STEEL.replace("rate = 10", "rate = -10"), name="steel.toml")
    assert "steel.toml, key overlays[0].overlay.rate" in str(refused.value)
    assert isinstance(refused.value, InvalidInput)  # exit 3 on the command line
    assert workspace.scenarios.user() == []


def test_ids_of_shipped_or_stored_scenarios_are_not_taken_twice(workspace: Workspace) -> None:
    with pytest.raises(Conflict) as reserved:
        operations.add_scenario(workspace, STEEL.replace("steel-overlay-10", "today"), name="mine.toml")
    assert reserved.value.code == "scenario-id-reserved"
    operations.add_scenario(workspace, STEEL, name="steel.toml")
    with pytest.raises(Conflict) as taken:
        operations.add_scenario(workspace, STEEL.replace("Ten percent", "Another"), name="again.toml")
    assert taken.value.code == "scenario-id-taken"


def test_a_scenario_is_removed_only_as_it_was_seen(workspace: Workspace) -> None:
    operations.add_scenario(workspace, STEEL, name="steel.toml")
    with pytest.raises(Conflict):
        operations.remove_scenario(workspace, "steel-overlay-10", expected_source="something else")
    removed = operations.remove_scenario(workspace, "steel-overlay-10", expected_source=STEEL)
    assert removed.source == STEEL and [s.id for s in workspace.scenarios.all()][-1] != "steel-overlay-10"
    with pytest.raises(NotFound) as builtin:
        operations.remove_scenario(workspace, "today")
    assert builtin.value.code == "scenario-builtin"


def test_a_stored_scenario_this_version_cannot_read_is_named_not_fatal(workspace: Workspace) -> None:
    operations.add_scenario(workspace, STEEL, name="steel.toml")
    with workspace.db.transaction() as tx:
        tx.execute("UPDATE user_scenarios SET source = 'id = ['")
    assert len(workspace.scenarios.all()) == 5
    report = workspace.check()
    assert not report.ok and "steel-overlay-10" in report.problems[0]
