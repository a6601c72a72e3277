"""Migration to a new framework version: carry, flag and drop exactly per kind; the old stays untouched."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readiness import operations
from readiness.codes import AssessmentStatus, Level, Priority
from readiness.compare import compare_with_origin
from readiness.content_model import Framework, Mapping
from readiness.document import export_document
from readiness.errors import Conflict
from readiness.frameworks import builtin_dir, builtin_mapping_routes, builtin_mappings, load_framework, mapping_problems
from readiness.migration import plan_migration
from readiness.model import Action, CompanyProfile, ProfileBasis, Response, ReviewNote, ReviewReason
from readiness.operations import apply_migration
from readiness.store.workspace import Workspace
from readiness.wording import review_notes_text
from tests.support import create, edit, install, named


def pack(framework_id: str, item_ids: list[str]) -> Framework:
    return Framework.model_validate(
        {"id": framework_id, "version": "1", "title": framework_id,
         "areas": [{"id": "area", "title": "Origin", "items": [{"id": i, "question": f"{i}?"} for i in item_ids]}]}
    )  # fmt: skip


OLD = pack("old", ["o.same", "o.reword", "o.change", "o.split", "o.merge1", "o.merge2", "o.removed"])
NEW = pack("new", ["n.same", "n.reword", "n.change", "n.split-a", "n.split-b", "n.merged", "n.fresh"])
MAPPING = Mapping.model_validate(
    {
        "from": "old",
        "to": "new",
        "entries": [
            {"old": "o.same", "new": ["n.same"], "kind": "same"},
            {"old": "o.reword", "new": ["n.reword"], "kind": "reworded"},
            {"old": "o.change", "new": ["n.change"], "kind": "changed", "note": "Tolerance rose from 7 to 10 percent."},
            {"old": "o.split", "new": ["n.split-a", "n.split-b"], "kind": "split", "note": "Now two checks."},
            {"old": "o.merge1", "new": ["n.merged"], "kind": "merged", "note": "Merged into one item."},
            {"old": "o.merge2", "new": ["n.merged"], "kind": "merged", "note": "Merged into one item."},
            {"old": "o.removed", "kind": "removed", "note": "No longer relevant."},
        ],
    }
)


def answered(item_id: str, level: int) -> Response:
    return Response(
        item_id=item_id, level=Level(level), gap=f"gap of {item_id}", priority=Priority.HIGH, owner="Customs",
        due=dt.date(2026, 12, 31), evidence=[f"https://files/{item_id}"], notes=f"notes of {item_id}",
        actions=[Action(uid=f"u-{item_id}", title=f"Act on {item_id}", cost_estimate=1000.0)],
    )  # fmt: skip


@pytest.fixture
def migrated_setup(workspace: Workspace) -> Workspace:
    install(workspace, OLD)
    install(workspace, NEW)
    levels = {"o.same": 4, "o.reword": 3, "o.change": 2, "o.split": 1, "o.merge1": 3, "o.merge2": 1, "o.removed": 4}
    create(
        workspace,
        "Acme",
        OLD,
        CompanyProfile(roles=["importer"]),
        responses=[answered(i, lv) for i, lv in levels.items()],
    )
    return workspace


def mapped(item: str) -> ReviewNote:
    """The review note that points at the test mapping's entry for `item`."""
    return ReviewNote(reason=ReviewReason.MAPPING, route="old__new", item=item)


def test_answers_carry_flag_and_drop_exactly_per_kind(migrated_setup: Workspace) -> None:
    ws = migrated_setup
    plan = plan_migration(ws, named(ws, "Acme").id, "new", mappings=[MAPPING])
    assert plan.kinds == {"same": 1, "reworded": 1, "changed": 1, "split": 1, "merged": 2, "removed": 1}
    assert plan.new_items == ["n.fresh"]
    assert [e.old for e in plan.removed] == ["o.removed"]
    created = apply_migration(ws, plan).record
    got = ws.assessments.responses(created.id)

    assert got["n.same"].level == Level.READY and not got["n.same"].needs_review
    assert got["n.same"].gap == "gap of o.same" and got["n.same"].actions[0].title == "Act on o.same"
    assert got["n.reword"].level == Level.IN_PROGRESS and not got["n.reword"].needs_review
    assert got["n.change"].level == Level.PLANNED and got["n.change"].needs_review
    assert got["n.change"].review_notes == [mapped("o.change")]  # the mapping entry's note, by id
    assert [got[i].level for i in ("n.split-a", "n.split-b")] == [Level.AWARE, Level.AWARE]
    assert all(got[i].needs_review for i in ("n.split-a", "n.split-b"))
    assert got["n.split-a"].review_notes == got["n.split-b"].review_notes == [mapped("o.split")]
    assert len(got["n.split-a"].actions) + len(got["n.split-b"].actions) == 1  # actions are not duplicated
    assert got["n.merged"].level == Level.AWARE  # the lower of the merged answers
    assert got["n.merged"].needs_review
    assert got["n.merged"].review_notes == [mapped("o.merge1"), mapped("o.merge2")]
    assert all(not r.review_notes for i, r in got.items() if i in ("n.same", "n.reword", "n.fresh"))
    assert sorted(a.title for a in got["n.merged"].actions) == ["Act on o.merge1", "Act on o.merge2"]
    assert got["n.fresh"].level is None and not got["n.fresh"].needs_review


def test_old_assessment_is_archived_and_unchanged(migrated_setup: Workspace) -> None:
    ws = migrated_setup
    acme = named(ws, "Acme").id
    before = export_document(ws, acme)
    created = apply_migration(ws, plan_migration(ws, acme, "new", mappings=[MAPPING])).record
    assert export_document(ws, acme) == before
    assert ws.assessments.get("Acme").status is AssessmentStatus.ARCHIVED
    assert created.migrated_from == acme
    assert created.profile == ws.assessments.get("Acme").profile
    assert created.currency == ws.assessments.get("Acme").currency
    assert created.uid != ws.assessments.get("Acme").uid


def test_dry_run_changes_nothing_and_second_migration_is_refused(migrated_setup: Workspace) -> None:
    ws = migrated_setup
    acme = named(ws, "Acme").id
    plan = plan_migration(ws, acme, "new", mappings=[MAPPING])
    assert [a.name for a in ws.assessments.all()] == ["Acme"]
    apply_migration(ws, plan)
    with pytest.raises(Conflict, match="archived"):
        plan_migration(ws, acme, "new", mappings=[MAPPING])
    with pytest.raises(Conflict):  # the old plan is stale: its source was archived since
        apply_migration(ws, plan, name="Another copy")
    assert len(ws.assessments.all()) == 2
    # made active again by hand, the old assessment still may not be migrated a second time
    operations.set_status(ws, acme, AssessmentStatus.ACTIVE, expected=AssessmentStatus.ARCHIVED)
    with pytest.raises(Conflict, match="already been migrated"):
        plan_migration(ws, acme, "new", mappings=[MAPPING])
    assert len(ws.assessments.all()) == 2


def test_a_plan_made_before_an_edit_is_refused_and_writes_nothing(migrated_setup: Workspace) -> None:
    ws = migrated_setup
    acme = named(ws, "Acme").id
    plan = plan_migration(ws, acme, "new", mappings=[MAPPING])
    time.sleep(0.002)  # the store tells edits apart by their time, to the millisecond
    edit(ws, acme, "o.same", level=Level.AWARE)  # another window edits after the preview
    with pytest.raises(Conflict) as caught:
        apply_migration(ws, plan)
    assert caught.value.code == "changed-since-preview"
    assert [a.name for a in ws.assessments.all()] == ["Acme"]
    assert ws.assessments.get("Acme").status is AssessmentStatus.ACTIVE
    fresh = apply_migration(ws, plan_migration(ws, acme, "new", mappings=[MAPPING])).record
    assert ws.assessments.response(fresh.id, "n.same").level == Level.AWARE  # the edit is carried, not lost


def test_progress_since_migration_is_compared_item_by_item(migrated_setup: Workspace) -> None:
    ws = migrated_setup
    created = apply_migration(ws, plan_migration(ws, named(ws, "Acme").id, "new", mappings=[MAPPING])).record
    edit(ws, created.id, "n.change", level=Level.READY, needs_review=False)
    comparison = compare_with_origin(ws, created, mappings=[MAPPING])
    assert comparison is not None
    assert [(m.item_id, m.before, m.after) for m in comparison.moved_up] == [("n.change", 2, 4)]
    assert comparison.moved_down == []


def test_an_unanswered_old_item_beside_an_answered_one_is_not_progress(workspace: Workspace) -> None:
    """Migration carries the answered one of two merged items; the comparison must start from the same."""
    install(workspace, OLD)
    install(workspace, NEW)
    responses = [answered(i, 2) for i in OLD.item_index() if i != "o.merge2"]
    acme = create(workspace, "Acme", OLD, CompanyProfile(roles=["importer"]), responses=responses)
    created = apply_migration(workspace, plan_migration(workspace, acme.id, "new", mappings=[MAPPING])).record
    assert workspace.assessments.responses(created.id)["n.merged"].level == Level.PLANNED
    comparison = compare_with_origin(workspace, created, mappings=[MAPPING])
    assert comparison is not None
    assert comparison.moved_up == [], "nothing was edited since the move"


def _pack_version(framework_id: str, version: str | None) -> Framework:
    """A shipped pack, or the earlier content version of it that tests/data keeps."""
    packs = [load_framework(p) for p in builtin_dir("frameworks").glob("*.toml")]
    packs += [load_framework(p) for p in (Path(__file__).parent.parent / "data").glob(f"{framework_id}-v*.toml")]
    return next(f for f in packs if f.id == framework_id and version in (None, f.version))


def test_shipped_mappings_validate_against_both_packs() -> None:
    mappings = builtin_mappings()
    moves = [(m.from_framework, m.to_framework) for m in mappings if m.from_framework != m.to_framework]
    assert moves == builtin_mapping_routes() == [("nafta-2017", "usmca-2020")]
    assert {
        (m.from_framework, m.from_version, m.to_version) for m in mappings if m.from_framework == m.to_framework
    } == {
        ("nafta-2017", "2017.2", "2017.3"),
        ("usmca-2020", "2020.1", "2026.12"),
    }
    for mapping in mappings:
        old = _pack_version(mapping.from_framework, mapping.from_version)
        new = _pack_version(mapping.to_framework, mapping.to_version)
        assert mapping_problems(mapping, old, new) == []


def test_real_nafta_assessment_migrates_to_usmca(workspace: Workspace) -> None:
    nafta = workspace.frameworks.get("nafta-2017")
    responses = [answered(item.id, i % 5) for i, (_, item) in enumerate(nafta.items())]
    source = create(workspace, "Full NAFTA", nafta, CompanyProfile(roles=["importer"]), responses=responses)
    plan = plan_migration(workspace, source.id, "usmca-2020")
    created = apply_migration(workspace, plan).record
    got = workspace.assessments.responses(created.id)
    carried = sum(a.carried for a in plan.areas)
    review = sum(a.review for a in plan.areas)
    assert carried + review + len(plan.new_items) == len(got)
    assert sum(1 for r in got.values() if r.needs_review) == review
    assert all(got[i].level is None for i in plan.new_items)
    # review notes are stored as the shipped mapping's route and entry; the words come from the mapping
    (mapping,) = [m for m in builtin_mappings() if (m.from_framework, m.to_framework) == ("nafta-2017", "usmca-2020")]
    notes = {e.old: e.note for e in mapping.entries}
    flagged = [r for r in got.values() if r.needs_review]
    assert flagged and all(r.review_notes for r in flagged)
    mapping_notes = 0
    for response in flagged:
        for note in response.review_notes:
            assert note.text == ""  # no sentence is stored
            if note.reason is ReviewReason.MAPPING:
                mapping_notes += 1
                assert note.route == mapping.route
                assert notes[note.item] in review_notes_text(response.review_notes)
            else:  # the profile (importer only) against the new item's tags
                assert note.reason in (ReviewReason.MAY_NOT_APPLY, ReviewReason.NOW_APPLIES)
    assert mapping_notes


CHILD = """
import sys
from pathlib import Path
from readiness.migration import plan_migration
from readiness.operations import apply_migration
from readiness.store.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]))
plan = plan_migration(ws, ws.assessments.get("Big").id, "usmca-2020")
print("migrating", flush=True)
apply_migration(ws, plan, name="Big (usmca-2020)")
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.003, 0.01])
def test_migration_killed_midway_leaves_no_half_made_assessment(
    workspace: Workspace, workspace_path: Path, delay: float
) -> None:
    nafta = workspace.frameworks.get("nafta-2017")
    responses = [answered(item.id, i % 5) for i, (_, item) in enumerate(nafta.items())]
    create(workspace, "Big", nafta, CompanyProfile(), responses=responses)
    workspace.close()
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace_path)], stdout=subprocess.PIPE, text=True, cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    assert child.stdout is not None and child.stdout.readline().strip() == "migrating"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Workspace.open(workspace_path) as ws:
        assert ws.check().ok
        names = {a.name: a for a in ws.assessments.all()}
        if "Big (usmca-2020)" in names:
            assert names["Big"].status is AssessmentStatus.ARCHIVED
            assert len(ws.assessments.responses(names["Big (usmca-2020)"].id)) == len(
                ws.frameworks.get("usmca-2020").items()
            )
        else:
            assert names["Big"].status is AssessmentStatus.ACTIVE
            assert list(names) == ["Big"]


def test_merge_ignores_not_applicable_answers_and_applicability_is_rechecked(workspace: Workspace) -> None:
    old = pack("old", ["o.a", "o.b", "o.c"])
    new = Framework.model_validate(
        {"id": "new", "version": "1", "title": "new", "areas": [{"id": "area", "title": "A", "items": [
            {"id": "n.merged", "question": "?"},
            {"id": "n.exporters", "question": "?", "applies_to": {"roles": ["exporter"]}},
        ]}]}
    )  # fmt: skip
    mapping = Mapping.model_validate(
        {"from": "old", "to": "new", "entries": [
            {"old": "o.a", "new": ["n.merged"], "kind": "merged", "note": "Merged."},
            {"old": "o.b", "new": ["n.merged"], "kind": "merged", "note": "Merged."},
            {"old": "o.c", "new": ["n.exporters"], "kind": "reworded"},
        ]}
    )  # fmt: skip
    install(workspace, old)
    install(workspace, new)
    source = create(
        workspace, "Mixed", old, CompanyProfile(roles=["importer"]),
        responses=[answered("o.a", 3), Response(item_id="o.b", not_applicable=True, na_reason="No plants"), answered("o.c", 2)],
    )  # fmt: skip
    got = workspace.assessments.responses(
        apply_migration(workspace, plan_migration(workspace, source.id, "new", mappings=[mapping])).record.id
    )
    assert got["n.merged"].level == Level.IN_PROGRESS and not got["n.merged"].not_applicable
    assert got["n.exporters"].level == Level.PLANNED and got["n.exporters"].needs_review
    basis = ProfileBasis(dimension="role", concerns=["exporter"])
    assert got["n.exporters"].review_notes == [ReviewNote(reason=ReviewReason.MAY_NOT_APPLY, basis=basis)]
    assert "may not apply" in review_notes_text(got["n.exporters"].review_notes)
    assert "exporters" in review_notes_text(got["n.exporters"].review_notes)


def test_not_applicable_items_that_now_apply_are_flagged_and_only_the_profiles_verdict_is_lifted(
    workspace: Workspace,
) -> None:
    exporters_only = {"roles": ["exporter"]}
    old = Framework.model_validate(
        {"id": "old", "version": "1", "title": "old", "areas": [{"id": "area", "title": "A", "items": [
            {"id": "o.profile", "question": "?", "applies_to": exporters_only},
            {"id": "o.own", "question": "?"},
            {"id": "o.still", "question": "?", "applies_to": exporters_only},
        ]}]}
    )  # fmt: skip
    new = Framework.model_validate(
        {"id": "new", "version": "1", "title": "new", "areas": [{"id": "area", "title": "A", "items": [
            {"id": "n.profile", "question": "?"},
            {"id": "n.own", "question": "?"},
            {"id": "n.still", "question": "?", "applies_to": {"roles": ["exporter", "producer"]}},
        ]}]}
    )  # fmt: skip
    mapping = Mapping.model_validate(
        {"from": "old", "to": "new", "entries": [
            {"old": "o.profile", "new": ["n.profile"], "kind": "reworded"},
            {"old": "o.own", "new": ["n.own"], "kind": "reworded"},
            {"old": "o.still", "new": ["n.still"], "kind": "reworded"},
        ]}
    )  # fmt: skip
    install(workspace, old)
    install(workspace, new)
    source = create(workspace, "Narrow", old, CompanyProfile(roles=["importer"]))  # the profile rules out two items
    edit(workspace, source.id, "o.own", not_applicable=True, na_reason="We have no plants")
    before = workspace.assessments.responses(source.id)
    assert before["o.profile"].na_basis == ProfileBasis(dimension="role", concerns=["exporter"])
    got = workspace.assessments.responses(
        apply_migration(workspace, plan_migration(workspace, source.id, "new", mappings=[mapping])).record.id
    )
    now_applies = [ReviewNote(reason=ReviewReason.NOW_APPLIES)]
    # ruled out by the profile before, applies now: applicable, flagged
    assert not got["n.profile"].not_applicable and got["n.profile"].na_basis is None
    assert got["n.profile"].needs_review and got["n.profile"].review_notes == now_applies
    # marked not applicable in the user's own words: stays so, flagged
    assert got["n.own"].not_applicable and got["n.own"].na_reason == "We have no plants"
    assert got["n.own"].needs_review and got["n.own"].review_notes == now_applies
    # ruled out before and now: not applicable with the new item's facts, nothing to review
    assert got["n.still"].not_applicable and not got["n.still"].needs_review
    assert got["n.still"].na_basis == ProfileBasis(dimension="role", concerns=["exporter", "producer"])
    assert "not applicable before" in review_notes_text(got["n.profile"].review_notes)


def test_mapped_items_left_unanswered_start_fresh_without_a_review_flag(workspace: Workspace) -> None:
    install(workspace, OLD)
    install(workspace, NEW)
    blank = create(workspace, "Blank", OLD, CompanyProfile())  # nothing answered yet
    created = apply_migration(workspace, plan_migration(workspace, blank.id, "new", mappings=[MAPPING])).record
    got = workspace.assessments.responses(created.id)
    assert not any(r.needs_review for r in got.values())
    assert all(r.level is None for r in got.values())


def test_area_counts_say_what_starts_fresh(workspace: Workspace) -> None:
    install(workspace, OLD)
    install(workspace, NEW)
    half = create(workspace, "Half", OLD, CompanyProfile(), responses=[answered("o.same", 4)])
    plan = plan_migration(workspace, half.id, "new", mappings=[MAPPING])
    (area,) = plan.areas
    assert (area.carried, area.review, area.new) == (1, 0, 6)  # only o.same had an answer to carry
