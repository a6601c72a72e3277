"""Moving to a new framework version from the app: preview, apply, the new assessment filtered to needs-review,
the old one archived and read only, "Mark reviewed", and the comparison with the origin."""

from __future__ import annotations

import datetime as dt

import pytest

from readiness.codes import AssessmentStatus, Level
from readiness.migration import plan_migration
from readiness.model import Action, Assessment, CompanyProfile
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers
from tests.support import add_action, create, edit
from ui import commands
from ui.dialogs.migration_preview import MigrationChoice, MigrationPreviewDialog
from ui.dialogs.open_assessment import OpenAssessmentDialog
from ui.dialogs.snapshots import SnapshotsDialog
from ui.labels import review_notes_label
from ui.main_window import MainWindow
from ui.models.areas import ALL_AREAS
from ui.models.assessments import AssessmentTableModel
from ui.models.items import COL_REVIEW, ResponseRole
from ui.models.migration import RemovedItemModel

NAME = "NAFTA renegotiation 2017"
NEW_NAME = "USMCA outcome"


@pytest.fixture
def nafta(workspace: Workspace) -> Assessment:
    """A partly answered nafta-2017 assessment: every second applicable item has a level, one has an action."""
    profile = CompanyProfile(company="Acme", roles=["importer", "producer"], countries=["US", "MX"])
    created = create(workspace, NAME, "nafta-2017", profile)
    responses = workspace.assessments.responses(created.id)
    answered = [item_id for n, (item_id, r) in enumerate(responses.items()) if not r.not_applicable and n % 2 == 0]
    for n, item_id in enumerate(answered):
        edit(workspace, created.id, item_id, level=Level((2 * n) % 5), owner="Maria")
    add_action(workspace, created.id, answered[0], Action(title="Recompute RVC", due=dt.date(2027, 1, 1)))
    return workspace.assessments.get(NAME)


@pytest.fixture
def nafta_window(window: MainWindow, nafta: Assessment) -> MainWindow:
    window.context.load_assessment(nafta.id)
    return window


def _migrate(qtbot, window: MainWindow, monkeypatch) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    seen: list[dict[str, object]] = []

    def ask(cls, parent, *, plan, existing, questions, numbers, responses, source):  # type: ignore[no-untyped-def]
        seen.append({"plan": plan, "default": plan.default_name, "source_title": source.title})
        return MigrationChoice(NEW_NAME)

    monkeypatch.setattr(MigrationPreviewDialog, "ask", classmethod(ask))
    window.actions_by_name["migrate"].trigger()
    assert window.migration.job is not None
    with qtbot.waitSignal(window.migration.job.signals.finished, timeout=20_000):
        pass
    return seen


def test_preview_dialog_shows_the_plan(qtbot, qtmodeltester, workspace: Workspace, nafta: Assessment) -> None:
    plan = plan_migration(workspace, nafta.id, "usmca-2020")
    nafta_pack = workspace.frameworks.get("nafta-2017")
    questions = {item.id: item.question for _, item in nafta_pack.items()}
    numbers = item_numbers(nafta_pack)
    responses = workspace.assessments.responses(nafta.id)
    dialog = MigrationPreviewDialog(
        None, plan=plan, existing=[NAME], questions=questions, numbers=numbers, responses=responses,
        source=nafta_pack,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.areas)
    qtmodeltester.check(dialog.removed)
    for kind in ("same", "reworded", "changed", "split", "merged", "removed"):
        assert dialog.kind_labels[kind].text() == str(plan.kinds[kind])
    assert sum(int(label.text()) for label in dialog.kind_labels.values()) == 87  # every nafta-2017 item
    assert dialog.areas.rowCount() == len(plan.areas)
    first = plan.areas[0]
    assert [dialog.areas.index(0, c).data() for c in range(4)] == [
        first.title,
        str(first.carried),
        str(first.review),
        str(first.new),
    ]
    carried, review, new = dialog.areas.totals()
    assert f"{carried} answers carry over as they are, {review} carry over flagged" in dialog.summary.text()
    assert f"{new} items start unassessed" in dialog.summary.text()
    assert carried + review + new == len(workspace.frameworks.get("usmca-2020").items())
    assert new >= len(plan.new_items)
    assert dialog.removed.rowCount() == plan.kinds["removed"] == len(plan.removed)
    entry = plan.removed[0]
    # a removed item is named by its number and question, never by its id alone
    assert dialog.removed.index(0, RemovedItemModel.COL_ITEM).data() == f"{numbers[entry.old]}  {questions[entry.old]}"
    assert dialog.removed.index(0, RemovedItemModel.COL_NOTE).data() == entry.note
    assert dialog.name.text() == plan.default_name
    assert dialog.apply_button.isEnabled() == (not dialog.removed.losing())
    dialog.confirm_lost.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.name.setText(NAME.upper())  # names are unique regardless of case
    assert not dialog.apply_button.isEnabled()
    assert dialog.problem.text() == "An assessment with this name already exists."
    dialog.name.setText(NEW_NAME)
    assert dialog.apply_button.isEnabled() and dialog.chosen_name() == NEW_NAME


def test_preview_lists_what_will_not_carry_over_and_asks_to_confirm_it(
    qtbot, workspace: Workspace, nafta: Assessment
) -> None:
    nafta_pack = workspace.frameworks.get("nafta-2017")
    plan = plan_migration(workspace, nafta.id, "usmca-2020")
    gone = next(e.old for e in plan.removed if not workspace.assessments.response(nafta.id, e.old).not_applicable)
    edit(workspace, nafta.id, gone, level=Level.PLANNED, gap="Only our Monterrey plant", evidence=["Audit 2017"])
    add_action(workspace, nafta.id, gone, Action(title="Brief the board"))
    plan = plan_migration(workspace, nafta.id, "usmca-2020")
    dialog = MigrationPreviewDialog(
        None, plan=plan, existing=[NAME], questions={i.id: i.question for _, i in nafta_pack.items()},
        numbers=item_numbers(nafta_pack), responses=workspace.assessments.responses(nafta.id), source=nafta_pack,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.removed.rowCount()) if dialog.removed.entry_at(r).old == gone)
    lost = dialog.removed.index(row, RemovedItemModel.COL_LOST).data()
    for part in ("2 Planned", "gap: Only our Monterrey plant", "1 evidence entry", "\u201cBrief the board\u201d"):
        assert part in lost
    assert gone in dialog.removed.losing()
    assert dialog.lost_note.isVisibleTo(dialog) and "will not carry over" in dialog.lost_note.text()
    assert not dialog.apply_button.isEnabled(), "what will be lost is confirmed before the move"
    dialog.confirm_lost.setChecked(True)
    assert dialog.apply_button.isEnabled()


def test_preview_fits_a_small_screen(qtbot, window: MainWindow, workspace: Workspace, nafta: Assessment) -> None:
    nafta_pack = workspace.frameworks.get("nafta-2017")
    plan = plan_migration(workspace, nafta.id, "usmca-2020")
    dialog = MigrationPreviewDialog(
        window, plan=plan, existing=[NAME], questions={}, numbers=item_numbers(nafta_pack), source=nafta_pack
    )
    qtbot.addWidget(dialog)
    dialog.show()
    available = window.screen().availableGeometry()
    assert dialog.height() <= available.height() and dialog.width() <= available.width()
    assert dialog.apply_button.isVisible()
    assert dialog.geometry().bottom() <= available.bottom() or dialog.height() < available.height()


def test_migration_opens_the_new_assessment_filtered_to_needs_review(
    qtbot, nafta_window: MainWindow, nafta: Assessment, workspace: Workspace, monkeypatch
) -> None:
    window = nafta_window
    assert window.actions_by_name["migrate"].isEnabled()
    old_answers = workspace.assessments.responses(nafta.id)
    seen = _migrate(qtbot, window, monkeypatch)
    assert seen[0]["default"] == f"{NAME} (usmca-2020)"
    assert seen[0]["source_title"] == workspace.frameworks.get("nafta-2017").title

    ctx = window.context
    assert ctx.assessment is not None and ctx.assessment.name == NEW_NAME
    assert ctx.assessment.framework_id == "usmca-2020"
    assert ctx.assessment.migrated_from == nafta.id
    assert workspace.assessments.get(NAME).status is AssessmentStatus.ARCHIVED
    assert workspace.assessments.responses(nafta.id) == old_answers, "the old answers are untouched"

    flagged = {i for i, r in ctx.responses.items() if r.needs_review}
    assert flagged
    table = window.item_table
    assert table.filters.needs_review.isChecked()
    assert window.area_list.current_area() == ALL_AREAS
    assert table.model.rowCount() == len(ctx.item_index)
    shown = {table.proxy.index(r, 0).data(ResponseRole).item_id for r in range(table.proxy.rowCount())}
    assert shown == flagged
    assert f"{len(flagged)} items need review" in window.statusBar().currentMessage()
    assert not any(r.needs_review and r.na_basis is not None for r in ctx.responses.values())
    # the first flagged item is in the editor, its note in the coloured box above the answer
    editor = window.editor
    assert editor.item_id in flagged
    assert editor.review_box.isVisible()
    note = review_notes_label(ctx.responses[editor.item_id].review_notes)
    assert note and note.splitlines()[0] in editor.review_box.text.text()
    assert editor.review_box.text.text().startswith("Needs review: ")
    assert not window.banner.isVisible()
    # usmca-2020 is the end of the line: the annual-review pack is a watch companion, not a move target
    assert window.migration.targets() == []
    assert not window.actions_by_name["migrate"].isEnabled()


def test_the_archived_assessment_is_read_only(
    qtbot, nafta_window: MainWindow, nafta: Assessment, workspace: Workspace, reopen, monkeypatch
) -> None:
    window = nafta_window
    _migrate(qtbot, window, monkeypatch)
    ctx = window.context
    ctx.load_assessment(nafta.id)
    assert window.banner.isVisible()
    assert window.banner.text().startswith(f"Archived: migrated to \u201c{NEW_NAME}\u201d on ")
    assert "read only" in window.banner.text()
    for name in ("snapshot", "bulk", "import", "migrate"):
        assert not window.actions_by_name[name].isEnabled(), name
    for name in ("export", "snapshots", "find", "next"):
        assert window.actions_by_name[name].isEnabled(), name
    answered = next(i for i, r in ctx.responses.items() if r.level is not None)
    assert window.navigator.go_to_item(answered)
    editor = window.editor
    for widget in (editor.form, editor.evidence, editor.actions_panel):
        assert not widget.isEnabled()
    assert editor.guidance.isEnabled()  # the question and guidance stay readable
    before = workspace.assessments.responses(nafta.id)
    assert not commands.edit_responses(ctx, {answered: {"level": Level.READY}}, text="sneaky")
    assert workspace.assessments.responses(nafta.id) == before
    assert ctx.undo_stack.count() == 0
    dialog = SnapshotsDialog(window, context=ctx, take=window.take_snapshot)
    qtbot.addWidget(dialog)
    assert not dialog.take_button.isEnabled()
    # the banner's link opens the assessment it was migrated to
    window.banner.linkActivated.emit(str(workspace.assessments.get(NEW_NAME).id))
    assert ctx.assessment is not None and ctx.assessment.name == NEW_NAME
    assert not window.banner.isVisible()
    window.navigator.select_first_row()  # the new assessment opens on its first area's introduction
    assert editor.item_id is not None and editor.form.isEnabled()


def test_open_dialog_shows_which_assessment_is_archived(
    qtbot, qtmodeltester, nafta_window: MainWindow, nafta: Assessment, workspace: Workspace, monkeypatch
) -> None:
    window = nafta_window
    _migrate(qtbot, window, monkeypatch)
    chosen: list[dict[str, object]] = []

    def ask(cls, parent, *, assessments, successors, current):  # type: ignore[no-untyped-def]
        dialog = OpenAssessmentDialog(parent, assessments=assessments, successors=successors, current=current)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        statuses = {
            dialog.model.index(r, AssessmentTableModel.COL_NAME).data(): dialog.model.index(
                r, AssessmentTableModel.COL_STATUS
            ).data()
            for r in range(dialog.model.rowCount())
        }
        chosen.append({"statuses": statuses, "current": dialog.chosen()})
        return nafta.id

    monkeypatch.setattr(OpenAssessmentDialog, "ask", classmethod(ask))
    window.actions_by_name["open"].trigger()
    statuses = chosen[0]["statuses"]
    assert statuses[NAME] == f"Archived (migrated to {NEW_NAME}), read only"
    assert statuses[NEW_NAME] == "Active"
    assert chosen[0]["current"] == workspace.assessments.get(NEW_NAME).id
    assert window.context.read_only and window.banner.isVisible()


def test_mark_reviewed_clears_the_flag_in_one_undo_step(
    qtbot, nafta_window: MainWindow, workspace: Workspace, monkeypatch, workspace_path
) -> None:
    window = nafta_window
    _migrate(qtbot, window, monkeypatch)
    ctx, editor = window.context, window.editor
    item_id = editor.item_id
    assert item_id is not None and ctx.responses[item_id].needs_review
    notes = ctx.responses[item_id].review_notes
    flagged = window.item_table.proxy.rowCount()
    editor.review_box.mark_reviewed.click()
    with Workspace.open(workspace_path, install_builtins=False) as fresh:
        assert not fresh.assessments.responses(ctx.assessment_id)[item_id].needs_review
    assert not editor.review_box.isVisible()
    # the row stays under the cursor (filters apply when changed) but its flag is gone
    assert window.item_table.proxy.rowCount() == flagged
    row = window.item_model.row_of(item_id)
    assert window.item_model.index(row, COL_REVIEW).data() == ""
    assert ctx.undo_stack.undoText() == "Mark reviewed"
    ctx.undo_stack.undo()
    restored = workspace.assessments.responses(ctx.assessment_id)[item_id]
    assert restored.needs_review and restored.review_notes == notes
    assert window.item_model.index(row, COL_REVIEW).data() == "\u2691"
    window.navigator.go_to_item(item_id)
    assert editor.review_box.isVisible()


def test_compare_with_the_origin_assessment(
    qtbot, qtmodeltester, nafta_window: MainWindow, nafta: Assessment, monkeypatch
) -> None:
    window = nafta_window
    _migrate(qtbot, window, monkeypatch)
    ctx = window.context
    improved = next(i for i, r in ctx.responses.items() if not r.not_applicable and r.level is not None and r.level < 4)
    commands.edit_responses(ctx, {improved: {"level": Level.READY}}, text="better")
    dialog = SnapshotsDialog(window, context=ctx)
    qtbot.addWidget(dialog)
    assert dialog.origin_button.text() == f"Compare with \u201c{NAME}\u201d"
    up, down = dialog.compare_with_origin()
    qtmodeltester.check(dialog.trends)
    assert dialog.trends.rowCount() == len(ctx.framework.areas)
    assert up >= 1 and down == 0
    moved = {dialog.moves.move_at(r).item_id for r in range(dialog.moves.rowCount())}
    assert improved in moved
    # not "1 item(s)": the origin comparison also counts merged targets one of whose sources was unanswered
    # (see the strict xfail in tests/core/test_migration.py)
    assert (
        "readiness" in dialog.summary.text()
        and (f"{up} item moved up" if up == 1 else f"{up} items moved up") in dialog.summary.text()
    )
    changed = [dialog.trends.index(r, 3).data() for r in range(dialog.trends.rowCount())]
    assert any(text.startswith("+") for text in changed)


def test_move_is_offered_only_where_a_mapping_exists(window: MainWindow) -> None:
    assert window.context.assessment is not None and window.context.assessment.framework_id == "mini"
    assert not window.actions_by_name["migrate"].isEnabled()
    assert window.actions_by_name["export"].isEnabled() and window.actions_by_name["import"].isEnabled()
