"""Add and remove the user's own scenarios (workspace-wide, beside the shipped ones); each one audited transaction.

A scenario is added from the text of its TOML file, validated whole as a
framework pack is (`scenario_files`): a broken file is refused with file,
line or key, and reason, and nothing is stored. The text is stored as given
and validated again whenever it is read. An id used by a shipped scenario
is reserved; an id the workspace already holds is refused (remove the old
one first). Removing checks that the stored text is still what the caller
saw, and returns it, so undo puts the same scenario back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readiness.errors import Conflict, NotFound
from readiness.exposure.scenario_files import builtin_scenarios, scenario_from_text
from readiness.operations.records import ScenarioWritten
from readiness.store import audit, products_rows

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


def add_scenario(ws: Workspace, source: str, *, name: str) -> ScenarioWritten:
    """Validate a scenario file's text (`name` says which file, for errors) and store it."""
    scenario = scenario_from_text(source, name=name)
    if scenario.id in {s.id for s in builtin_scenarios()}:
        raise Conflict(
            f"{scenario.id!r} is the id of a scenario shipped with the app; give yours its own id",
            where=name,
            code="scenario-id-reserved",
            params={"id": scenario.id},
        )
    with ws.db.transaction() as tx:
        if products_rows.stored_scenario_source(tx, scenario.id) is not None:
            raise Conflict(
                f"a scenario with id {scenario.id!r} is already in this workspace; remove it first",
                where=name,
                code="scenario-id-taken",
                params={"id": scenario.id},
            )
        products_rows.insert_user_scenario(tx, scenario.id, title=scenario.title, source=source, now=audit.now_text())
        audit.record(tx, assessment_id=None, item_id=None, field="scenario added", old=None, new=scenario.id)
    return ScenarioWritten(operation="add-scenario", scenarios=True, scenario_id=scenario.id, added=True, source=source)


def remove_scenario(ws: Workspace, scenario_id: str, *, expected_source: str | None = None) -> ScenarioWritten:
    """Remove a user's scenario; with `expected_source`, only if its stored text is still that."""
    with ws.db.transaction() as tx:
        source = products_rows.stored_scenario_source(tx, scenario_id)
        if source is None:
            reserved = scenario_id in {s.id for s in builtin_scenarios()}
            raise NotFound(
                f"{scenario_id!r} is shipped with the app and cannot be removed"
                if reserved
                else f"no scenario of yours with id {scenario_id!r}",
                code="scenario-builtin" if reserved else "scenario-unknown",
                params={"id": scenario_id},
            )
        if expected_source is not None and source != expected_source:
            raise Conflict(
                f"scenario {scenario_id!r} was replaced elsewhere meanwhile; nothing was removed",
                code="scenario-changed-elsewhere",
                params={"id": scenario_id},
            )
        products_rows.delete_user_scenario(tx, scenario_id)
        audit.record(tx, assessment_id=None, item_id=None, field="scenario removed", old=scenario_id, new=None)
    return ScenarioWritten(
        operation="remove-scenario", scenarios=True, scenario_id=scenario_id, added=False, source=source
    )
