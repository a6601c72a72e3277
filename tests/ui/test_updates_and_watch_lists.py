"""Newer content is offered and applied in place; a watch list runs beside the compliance assessment, shows the
answers its items read, and one step switches between the two; an assessment frozen by the retired 2026 review
pack can be made active again."""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness import operations
from readiness.codes import AssessmentKind, AssessmentStatus, Level
from readiness.content_model import Framework
from readiness.frameworks import load_framework
from readiness.model import Assessment, CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import create, edit, install
from ui.assessment_flow import RETIRED_REVIEW_PACKS
from ui.dialogs.assessment_dialogs import ReactivateDialog
from ui.dialogs.migration_preview import MigrationPreviewDialog
from ui.dialogs.new_assessment import NewAssessmentWizard
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PROFILE = CompanyProfile(company="Acme", roles=["importer", "producer"], countries=["US", "MX"], sectors=["automotive"])


@pytest.fixture
def on_2020(workspace: Workspace) -> Assessment:
    """An assessment on the USMCA content as published in 2020, partly answered."""
    old = load_framework(ROOT / "tests" / "data" / "usmca-2020-v2020.1.toml")
    install(workspace, old)
    assessment = create(workspace, "USMCA 2020", old, PROFILE)
    for n, item_id in enumerate(list(workspace.assessments.responses(assessment.id))[:30]):
        edit(workspace, assessment.id, item_id, level=Level(n % 5))
    return assessment


def test_newer_content_is_offered_with_the_preview_and_applied_in_place(
    qtbot, window: MainWindow, workspace: Workspace, on_2020: Assessment, monkeypatch
) -> None:
    ctx = window.context
    ctx.load_assessment(on_2020.id)
    assert window.actions_by_name["update"].isEnabled()
    assert not window.actions_by_name["migrate"].isEnabled()
    assert window.banner.isVisible() and "version 2026.12, as of 2026-12-01" in window.banner.text()
    assert 'href="update"' in window.banner.text()
    seen: list[object] = []

    def ask(cls, parent, **kw):  # type: ignore[no-untyped-def]
        dialog = MigrationPreviewDialog(parent, **kw)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        return dialog.choice()

    monkeypatch.setattr(MigrationPreviewDialog, "ask", classmethod(ask))
    window.banner.linkActivated.emit("update")
    (dialog,) = seen
    assert dialog.in_place and dialog.plan.in_place
    assert not dialog.name.isVisibleTo(dialog) and dialog.snapshot.isChecked()
    assert dialog.apply_button.text() == "&Update content"
    assert window.migration.job is not None
    with qtbot.waitSignal(window.migration.job.signals.finished, timeout=20_000):
        pass
    after = workspace.assessments.get_by_id(on_2020.id)
    assert ctx.assessment is not None and ctx.assessment.id == on_2020.id, "the same assessment, updated in place"
    assert after.framework_version == "2026.12" and after.status is AssessmentStatus.ACTIVE
    assert [a.name for a in workspace.assessments.all()] == ["Test", "USMCA 2020"], "nothing new, nothing archived"
    assert [s.label for s in workspace.snapshots.all(on_2020.id)] == ["Before the content update to 2026.12"]
    flagged = [i for i, r in ctx.responses.items() if r.needs_review]
    assert flagged and window.item_table.filters.needs_review.isChecked()
    assert "Updated to version 2026.12" in window.statusBar().currentMessage()
    assert not window.actions_by_name["update"].isEnabled() and not window.banner.isVisible()
    assert "content as of 2026-12-01" in window.content_label.text()
    # Shift+F8 walks the flagged items in checklist order
    window.item_table.clear_filters()
    order = [item.id for _, item in ctx.framework.items()]
    window.navigator.go_to_item(order[0])
    visited = [window.migration.next_needs_review() for _ in range(2)]
    assert visited == [i for i in order[1:] + order[:1] if i in flagged][:2]
    assert window.editor.item_id == visited[-1]


def test_a_preview_refused_by_the_user_changes_nothing(
    qtbot, window: MainWindow, workspace: Workspace, on_2020: Assessment, monkeypatch
) -> None:
    window.context.load_assessment(on_2020.id)
    monkeypatch.setattr(MigrationPreviewDialog, "ask", classmethod(lambda cls, parent, **kw: None))
    assert window.migration.start_update() is None
    assert workspace.assessments.get_by_id(on_2020.id).framework_version == "2020.1"


@pytest.fixture
def compliance(workspace: Workspace) -> Assessment:
    return create(workspace, "USMCA compliance", "usmca-2020", PROFILE, currency="CAD")


def _create_watch_list(qtbot, window: MainWindow, compliance: Assessment, monkeypatch) -> Assessment:  # type: ignore[no-untyped-def]
    ctx = window.context
    ctx.load_assessment(compliance.id)
    assert window.actions_by_name["watch"].isEnabled()
    wizard = NewAssessmentWizard(ctx, window, beside=compliance.id)
    qtbot.addWidget(wizard)
    page = wizard.name_page
    assert page.is_watch() and page.chosen_framework().id == "usmca-annual-review"
    assert page.beside.isVisibleTo(page) and page.beside.currentData() == compliance.id
    # the greyed-out currency shows the one the watch list will have, its compliance assessment's
    assert (page.currency.isEnabled(), page.currency.currentText()) == (False, "CAD")
    page.name.setText("Annual review 2027")
    wizard.show()
    wizard.next()  # the profile starts from the compliance assessment's
    assert wizard.profile_page.profile().sectors == ["automotive"]
    entered = wizard.entered()
    assert (entered.companion_of, entered.currency) == (compliance.id, "CAD")
    monkeypatch.setattr(NewAssessmentWizard, "ask", classmethod(lambda cls, parent, context, *, beside: entered))
    window.actions_by_name["watch"].trigger()
    assert ctx.assessment is not None
    return ctx.assessment


def test_a_watch_list_beside_a_compliance_assessment_shows_the_answers_it_reads(
    qtbot, window: MainWindow, workspace: Workspace, compliance: Assessment, monkeypatch
) -> None:
    edit(workspace, compliance.id, "origin.rvc-margin", level=Level.AWARE, gap="Two brake parts within 2 points")
    watch = _create_watch_list(qtbot, window, compliance, monkeypatch)
    ctx = window.context
    assert (watch.kind, watch.companion_of) == (AssessmentKind.WATCH, compliance.id)
    assert workspace.assessments.get_by_id(compliance.id).status is AssessmentStatus.ACTIVE
    assert "Watch list beside \u201cUSMCA compliance\u201d" in window.banner.text()
    reader = next(item.id for _, item in ctx.framework.items() if "origin.rvc-margin" in item.depends_on)
    window.navigator.go_to_item(reader)
    panel = window.editor.extras.companions
    assert panel.isVisibleTo(window.editor) and "USMCA compliance" in panel.title()
    assert "origin.rvc-margin" in [a.item_id for a in panel.answers]
    texts = " | ".join(label.text() for label in panel.findChildren(type(window.banner)))
    assert "1 Aware" in texts and "Gap: Two brake parts within 2 points" in texts
    # the compliance item opens in the compliance assessment, which stays editable
    margin = [a.item_id for a in panel.answers].index("origin.rvc-margin")
    panel.open_requested.emit(compliance.id, panel.answers[margin].item_id)
    assert ctx.assessment is not None and ctx.assessment.id == compliance.id and not ctx.read_only
    assert window.editor.item_id == "origin.rvc-margin" and window.editor.form.isEnabled()
    assert not window.editor.extras.companions.isVisibleTo(window.editor)
    assert "runs beside this assessment" in window.banner.text()
    window.actions_by_name["switch"].trigger()  # one step back to the watch list
    assert ctx.assessment is not None and ctx.assessment.id == watch.id


def test_the_wizard_explains_a_watch_list_without_a_compliance_assessment(qtbot, window: MainWindow) -> None:
    wizard = NewAssessmentWizard(window.context, window)
    qtbot.addWidget(wizard)
    page = wizard.name_page
    row = next(r for r in range(page.framework.count()) if page.framework.itemData(r)[0] == "usmca-annual-review")
    page.framework.setCurrentIndex(row)
    page.name.setText("Review")
    assert not page.isComplete()
    assert "runs beside a compliance assessment" in page.problem.text()


def test_an_assessment_frozen_by_the_retired_review_pack_can_be_made_active_again(
    qtbot, window: MainWindow, workspace: Workspace, compliance: Assessment, monkeypatch
) -> None:
    (retired,) = RETIRED_REVIEW_PACKS
    review_pack = Framework.model_validate(
        {"id": retired, "version": "2025.1", "title": "USMCA 2026 joint review (retired)",
         "areas": [{"id": "review", "title": "Review", "items": [{"id": "review.watch", "question": "?"}]}]}
    )  # fmt: skip
    install(workspace, review_pack)
    operations.create_assessment(
        workspace, name="USMCA joint review 2026", framework=review_pack, profile=PROFILE, migrated_from=compliance.id
    )
    operations.set_status(workspace, compliance.id, AssessmentStatus.ARCHIVED, expected=AssessmentStatus.ACTIVE)
    ctx = window.context
    ctx.load_assessment(compliance.id)
    assert ctx.read_only
    assert "2026 joint-review pack" in window.banner.text() and 'href="reactivate"' in window.banner.text()
    asked: list[dict[str, str]] = []
    monkeypatch.setattr(ReactivateDialog, "ask", classmethod(lambda cls, parent, **kw: asked.append(kw) or True))
    window.banner.linkActivated.emit("reactivate")
    assert asked == [{"name": "USMCA compliance", "review": "USMCA joint review 2026"}]
    assert workspace.assessments.get_by_id(compliance.id).status is AssessmentStatus.ACTIVE
    assert not ctx.read_only
    window.navigator.go_to_item(next(iter(ctx.responses)))
    assert window.editor.form.isEnabled()
    assert window.actions_by_name["watch"].isEnabled(), "a watch list can now run beside it instead"
