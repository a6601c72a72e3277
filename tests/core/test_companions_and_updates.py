"""Review watch lists run beside the compliance assessment, and a newer version of a framework's content
updates an assessment in place: answers carried, only changed items flagged, the assessment itself kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readiness import operations
from readiness.codes import AssessmentKind, AssessmentStatus, Level
from readiness.companions import companion_answers
from readiness.errors import Conflict, InvalidInput
from readiness.frameworks import builtin_mappings, load_framework
from readiness.migration import newer_content, plan_migration
from readiness.model import Action, CompanyProfile, ReviewReason
from readiness.store.workspace import Workspace
from readiness.wording import review_notes_text
from tests.support import add_action, create, edit, install, snapshot

ROOT = Path(__file__).resolve().parents[2]
OLD_USMCA = ROOT / "tests" / "data" / "usmca-2020-v2020.1.toml"
PROFILE = CompanyProfile(company="Acme", roles=["importer", "producer"], countries=["US", "MX"], sectors=["automotive"])


def test_a_watch_list_runs_beside_the_compliance_assessment_which_stays_editable(workspace: Workspace) -> None:
    usmca = create(workspace, "USMCA compliance", "usmca-2020", PROFILE)
    watch_pack = workspace.frameworks.get("usmca-annual-review")
    assert watch_pack.kind is AssessmentKind.WATCH and watch_pack.companion_of == "usmca-2020"
    watch = operations.create_assessment(
        workspace, name="Annual review 2027", framework=watch_pack, profile=PROFILE, companion_of=usmca.id
    ).record
    assert (watch.kind, watch.companion_of) == (AssessmentKind.WATCH, usmca.id)
    assert workspace.assessments.get_by_id(usmca.id).status is AssessmentStatus.ACTIVE
    reader = next(item for _, item in watch_pack.items() if item.depends_on)
    first = reader.depends_on[0]
    edit(workspace, usmca.id, first, level=Level.IN_PROGRESS, gap="RVC headroom under 3 points on 2 parts")
    answers = companion_answers(workspace, watch, reader)
    assert [a.item_id for a in answers] == reader.depends_on
    assert answers[0].response is not None and answers[0].response.level == Level.IN_PROGRESS
    assert answers[0].question
    assert [a.name for a in workspace.assessments.companions(usmca.id)] == ["Annual review 2027"]


def test_a_watch_list_needs_a_compliance_assessment_on_the_framework_it_watches(workspace: Workspace) -> None:
    watch_pack = workspace.frameworks.get("usmca-annual-review")
    nafta = create(workspace, "NAFTA", "nafta-2017", PROFILE)
    with pytest.raises(InvalidInput, match="beside a compliance assessment"):
        operations.create_assessment(workspace, name="Alone", framework=watch_pack, profile=PROFILE)
    with pytest.raises(InvalidInput, match="watches usmca-2020"):
        operations.create_assessment(
            workspace, name="Wrong", framework=watch_pack, profile=PROFILE, companion_of=nafta.id
        )
    with pytest.raises(InvalidInput, match="not a watch list"):
        operations.create_assessment(
            workspace, name="Odd", framework=workspace.frameworks.get("usmca-2020"), profile=PROFILE,
            companion_of=nafta.id,
        )  # fmt: skip
    assert [a.name for a in workspace.assessments.all()] == ["NAFTA"]


@pytest.fixture
def on_2020(workspace: Workspace) -> int:
    """An assessment made on the USMCA content as published in 2020, partly answered, with a snapshot."""
    old = load_framework(OLD_USMCA)
    install(workspace, old)
    assessment = create(workspace, "USMCA 2020", old, PROFILE)
    for n, item_id in enumerate(list(workspace.assessments.responses(assessment.id))[:40]):
        edit(workspace, assessment.id, item_id, level=Level(n % 5), owner="Maria")
    first = next(iter(workspace.assessments.responses(assessment.id)))
    add_action(workspace, assessment.id, first, Action(title="Recompute RVC on brake assemblies"))
    snapshot(workspace, assessment.id, "Before the update")
    return assessment.id


def test_newer_content_is_offered_and_applied_in_place(workspace: Workspace, on_2020: int) -> None:
    before = workspace.assessments.get_by_id(on_2020)
    old_answers = workspace.assessments.responses(on_2020)
    latest = newer_content(workspace, before)
    assert latest is not None and (latest.id, latest.version) == ("usmca-2020", "2026.12")
    plan = plan_migration(workspace, on_2020, "usmca-2020")
    assert plan.in_place
    (mapping,) = [m for m in builtin_mappings() if m.route == plan.mapping.route]
    kinds = {e.old: e.kind.value for e in mapping.entries}
    with pytest.raises(InvalidInput, match="in place"):
        operations.apply_migration(workspace, plan)
    changed = operations.update_content(workspace, plan)

    after = workspace.assessments.get_by_id(on_2020)
    assert (after.id, after.uid, after.name, after.framework_version) == (
        before.id, before.uid, before.name, "2026.12"
    )  # fmt: skip
    assert [a.name for a in workspace.assessments.all()] == ["USMCA 2020"], "no second assessment, nothing archived"
    assert [s.label for s in workspace.snapshots.all(on_2020)] == ["Before the update"]
    responses = workspace.assessments.responses(on_2020)
    assert list(responses) == [item.id for _, item in latest.items()]
    same = [i for i, kind in kinds.items() if kind in ("same", "reworded") and old_answers[i].level is not None]
    assert same, "the 2020 answers include items whose rule did not change"
    for item_id in same:
        target = next(e.new[0] for e in mapping.entries if e.old == item_id)
        assert responses[target].level == old_answers[item_id].level
        assert not responses[target].needs_review, f"{target} carried unchanged, not flagged"
    flagged = {i: r for i, r in responses.items() if r.needs_review}
    assert flagged
    for response in flagged.values():
        assert any(n.reason is ReviewReason.MAPPING for n in response.review_notes) or response.review_notes
        assert review_notes_text(response.review_notes)
    new_ids = set(plan.new_items)
    assert all(responses[i].level is None for i in new_ids)
    assert changed.assessment and set(changed.item_ids) == set(responses)
    first = next(iter(old_answers))
    carried = [a.title for r in responses.values() for a in r.actions]
    assert "Recompute RVC on brake assemblies" in carried and first
    assert newer_content(workspace, after) is None
    with pytest.raises(Conflict):
        operations.update_content(workspace, plan)


def test_an_update_after_a_change_made_meanwhile_is_refused(workspace: Workspace, on_2020: int) -> None:
    plan = plan_migration(workspace, on_2020, "usmca-2020")
    first = next(iter(workspace.assessments.responses(on_2020)))
    edit(workspace, on_2020, first, gap="Typed after the preview")
    with pytest.raises(Conflict, match="preview"):
        operations.update_content(workspace, plan)
    assert workspace.assessments.get_by_id(on_2020).framework_version == "2020.1"


def test_the_command_line_updates_in_place(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        old = load_framework(OLD_USMCA)
        install(ws, old)
        create(ws, "USMCA 2020", old, PROFILE)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "readiness.cli", "--workspace", str(path), *args],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip

    dry = run("migrate", "USMCA 2020", "--to", "usmca-2020", "--dry-run")
    assert dry.returncode == 0 and "usmca-2020 2020.1 -> usmca-2020 2026.12" in dry.stdout
    done = run("migrate", "USMCA 2020", "--to", "usmca-2020")
    assert done.returncode == 0 and "in place" in done.stdout
    listed = run("assessments", "list", "--json")
    assert '"version": "2026.12"' in listed.stdout
    beside = run("assessments", "new", "Annual review", "--framework", "usmca-annual-review", "--beside", "USMCA 2020")
    assert beside.returncode == 0, beside.stderr
    alone = run("assessments", "new", "Alone", "--framework", "usmca-annual-review")
    assert alone.returncode == 3 and "beside" in alone.stderr


def test_a_watch_list_made_from_the_command_line_takes_the_company_profile_it_runs_beside(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        compliance = operations.create_assessment(
            ws, name="Acme USMCA", framework=ws.frameworks.get("usmca-2020"), profile=PROFILE, currency="CAD"
        ).record
    made = subprocess.run(
        [sys.executable, "-m", "readiness.cli", "--workspace", str(path),
         "assessments", "new", "Acme watch", "--framework", "usmca-annual-review", "--beside", "Acme USMCA"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    with Workspace.open(path) as ws:
        watch = ws.assessments.get("Acme watch")
        responses = ws.assessments.responses(watch.id)
        assert watch.profile == compliance.profile and watch.currency == "CAD"
        ruled_out = [r for r in responses.values() if r.counts_as_not_applicable]
    # Canadian dairy quotas and the like cannot concern a US/Mexican automotive importer and producer.
    assert ruled_out, "every watch item applied although the profile rules some out"
    assert f"{len(responses) - len(ruled_out)} of {len(responses)} items apply" in made.stdout
