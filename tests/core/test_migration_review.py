"""What a move or a content update flags for review: never an item the company profile rules out before and after
(with nothing of the user's on it); and an assessment moved once (to a retired review pack) can still take a
content update of its own framework once it is active again."""

from __future__ import annotations

import pytest

from readiness import operations
from readiness.codes import AssessmentStatus
from readiness.content_model import Framework, Mapping
from readiness.errors import Conflict
from readiness.migration import plan_migration
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import create, edit, install

EXPORTERS = {"roles": ["exporter"]}


def _pack(framework_id: str, version: str, items: list[dict[str, object]]) -> Framework:
    return Framework.model_validate(
        {
            "id": framework_id,
            "version": version,
            "title": framework_id,
            "areas": [{"id": "a", "title": "A", "items": items}],
        }
    )


OLD = _pack(
    "old", "1", [{"id": "o.export", "question": "?", "applies_to": EXPORTERS}, {"id": "o.kept", "question": "?"}]
)
NEW = _pack(
    "new", "1", [{"id": "n.export", "question": "?", "applies_to": EXPORTERS}, {"id": "n.kept", "question": "?"}]
)
CHANGED = Mapping.model_validate(
    {"from": "old", "to": "new", "entries": [
        {"old": "o.export", "new": ["n.export"], "kind": "changed", "note": "The export rule changed."},
        {"old": "o.kept", "new": ["n.kept"], "kind": "same"},
    ]}
)  # fmt: skip


def test_an_item_the_profile_rules_out_before_and_after_is_not_flagged(workspace: Workspace) -> None:
    install(workspace, OLD)
    install(workspace, NEW)
    source = create(workspace, "Importer", OLD, CompanyProfile(roles=["importer"]))
    plan = plan_migration(workspace, source.id, "new", mappings=[CHANGED])
    carried = {r.item_id: r for r in plan.responses}
    assert carried["n.export"].not_applicable and not carried["n.export"].needs_review
    assert sum(area.review for area in plan.areas) == 0


def test_the_same_item_with_the_users_own_words_on_it_is_flagged(workspace: Workspace) -> None:
    install(workspace, OLD)
    install(workspace, NEW)
    source = create(workspace, "Importer", OLD, CompanyProfile(roles=["importer"]))
    edit(workspace, source.id, "o.export", gap="We ship samples to Canada twice a year")
    plan = plan_migration(workspace, source.id, "new", mappings=[CHANGED])
    carried = {r.item_id: r for r in plan.responses}
    assert carried["n.export"].needs_review
    assert sum(area.review for area in plan.areas) == 1


def test_an_assessment_once_moved_can_still_be_updated_in_place(workspace: Workspace) -> None:
    first, second = _pack("own", "1", [{"id": "x", "question": "?"}]), _pack("own", "2", [{"id": "x", "question": "?"}])
    update = Mapping.model_validate(
        {"from": "own", "to": "own", "from_version": "1", "to_version": "2",
         "entries": [{"old": "x", "new": ["x"], "kind": "same"}]}
    )  # fmt: skip
    install(workspace, first)
    install(workspace, NEW)
    source = create(workspace, "Compliance", first, CompanyProfile())
    operations.create_assessment(
        workspace, name="Old review", framework=NEW, profile=CompanyProfile(), migrated_from=source.id
    )
    operations.set_status(workspace, source.id, AssessmentStatus.ARCHIVED, expected=AssessmentStatus.ACTIVE)
    operations.set_status(workspace, source.id, AssessmentStatus.ACTIVE, expected=AssessmentStatus.ARCHIVED)
    install(workspace, second)
    plan = plan_migration(workspace, source.id, "own", mappings=[update])
    assert plan.in_place
    operations.update_content(workspace, plan)
    assert workspace.assessments.get_by_id(source.id).framework_version == "2"
    with pytest.raises(Conflict, match="already been migrated"):
        plan_migration(workspace, source.id, "new", mappings=[CHANGED])
