"""Managing an assessment from the File menu: the company profile with a preview of what it flips, the currency,
rename, duplicate and delete (with the backup named); bulk edit of level and not applicable; the snapshots dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from readiness.codes import Level
from readiness.content_model import Framework
from readiness.model import Action, CompanyProfile
from readiness.scoring import response_for_profile
from readiness.store.workspace import Workspace
from tests.support import create
from ui import commands
from ui.dialogs.assessment_dialogs import (
    AssessmentNameDialog,
    CurrencyDialog,
    DeleteAssessmentDialog,
    DeletedNotice,
)
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.dialogs.profile_edit import ProfileEditDialog
from ui.dialogs.snapshots import SnapshotsDialog
from ui.main_window import MainWindow
from ui.models.assessments import ApplicabilityChangeModel


def test_the_profile_editor_previews_which_items_start_or_stop_applying(
    qtbot, qtmodeltester, window: MainWindow
) -> None:
    ctx = window.context
    commands.edit_responses(ctx, {"labor.suppliers": {"level": Level.PLANNED}}, text="answer")
    dialog = ProfileEditDialog(
        window, framework=ctx.framework, responses=ctx.responses, profile=ctx.assessment.profile, name="Test"
    )
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled(), "nothing to apply until the profile differs"
    assert dialog.changes.rowCount() == 0
    dialog.fields.countries["MX"].setChecked(False)  # importer in the US only: the Mexico item stops applying
    dialog.fields.roles["exporter"].setChecked(True)  # ... and the exporter item starts to apply
    qtmodeltester.check(dialog.changes)
    rows = {
        dialog.changes.index(r, ApplicabilityChangeModel.COL_ITEM).data(): (
            dialog.changes.index(r, ApplicabilityChangeModel.COL_CHANGE).data(),
            dialog.changes.index(r, ApplicabilityChangeModel.COL_ANSWER).data(),
        )
        for r in range(dialog.changes.rowCount())
    }
    assert rows == {
        "1.2  Are export certifications current?": ("Starts to apply", "Nothing recorded"),
        "2.1  Are Mexican supplier facilities screened?": (
            "No longer applies: Concerns trade with Mexico only; not in the company profile",
            "Kept, not counted while the item does not apply",
        ),
    }
    assert dialog.summary.text() == "With this profile 1 item starts to apply and 1 item stops applying."
    assert dialog.apply_button.isEnabled()


def test_a_profile_change_is_applied_as_one_undo_step(qtbot, window: MainWindow, monkeypatch, reopen) -> None:
    ctx = window.context
    narrower = CompanyProfile(company="Acme", roles=["importer"], countries=["US"], sectors=["automotive"])
    monkeypatch.setattr(ProfileEditDialog, "ask", classmethod(lambda cls, parent, **kw: narrower))
    window.actions_by_name["profile"].trigger()
    assert ctx.assessment.profile == narrower
    assert reopen()["labor.suppliers"].not_applicable
    assert ctx.responses["labor.suppliers"].not_applicable, "the views show what is stored"
    assert ctx.undo_stack.undoText() == "Change the company profile"
    ctx.undo_stack.undo()
    assert not reopen()["labor.suppliers"].not_applicable
    assert ctx.assessment.profile.countries == ["US", "MX"]


def test_currency_and_rename_are_undo_steps(qtbot, window: MainWindow, workspace: Workspace, monkeypatch) -> None:
    ctx = window.context
    monkeypatch.setattr(CurrencyDialog, "ask", classmethod(lambda cls, parent, *, current: "MXN"))
    window.actions_by_name["currency"].trigger()
    assert workspace.assessments.get("Test").currency == "MXN"
    monkeypatch.setattr(AssessmentNameDialog, "ask", classmethod(lambda cls, parent, **kw: "Plan for 2027"))
    window.actions_by_name["rename"].trigger()
    assert ctx.assessment.name == "Plan for 2027"
    assert window.windowTitle().startswith("Plan for 2027")
    ctx.undo_stack.undo()
    assert workspace.assessments.get_by_id(ctx.assessment_id).name == "Test"
    assert window.windowTitle().startswith("Test")


def test_the_name_dialog_refuses_a_taken_name(qtbot) -> None:
    dialog = AssessmentNameDialog(None, title="Rename", prompt="Name:", default="Test", taken={"Other"})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("other")
    assert not ok.isEnabled() and "already exists" in dialog.problem.text()
    dialog.name.setText("  ")
    assert not ok.isEnabled()
    dialog.name.setText("Fresh")
    assert ok.isEnabled()


def test_duplicate_copies_answers_and_opens_the_copy(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch
) -> None:
    ctx = window.context
    commands.edit_responses(ctx, {"goods.baseline": {"level": Level.READY, "gap": "None left"}}, text="answer")
    commands.add_action(ctx, "goods.auto", Action(title="Check the steel content"))
    monkeypatch.setattr(AssessmentNameDialog, "ask", classmethod(lambda cls, parent, **kw: kw["default"]))
    window.actions_by_name["duplicate"].trigger()
    assert ctx.assessment.name == "Test (copy)"
    copied = workspace.assessments.responses(ctx.assessment_id)
    assert copied["goods.baseline"].gap == "None left" and copied["goods.baseline"].level == Level.READY
    assert [a.title for a in copied["goods.auto"].actions] == ["Check the steel content"]
    assert "is a copy of" in window.statusBar().currentMessage()


def test_delete_asks_takes_a_backup_and_says_where(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch
) -> None:
    ctx = window.context
    other = create(workspace, "Other", "mini")
    asked: list[dict[str, object]] = []
    told: list[Path] = []
    monkeypatch.setattr(DeleteAssessmentDialog, "ask", classmethod(lambda cls, parent, **kw: asked.append(kw) or False))
    window.actions_by_name["delete"].trigger()
    assert asked[0]["name"] == "Test" and workspace.assessments.count() == 2, "cancelled: nothing deleted"
    monkeypatch.setattr(DeleteAssessmentDialog, "ask", classmethod(lambda cls, parent, **kw: True))
    monkeypatch.setattr(DeletedNotice, "ask", classmethod(lambda cls, parent, *, name, backup: told.append(backup)))
    window.actions_by_name["delete"].trigger()
    assert [a.name for a in workspace.assessments.all()] == ["Other"]
    assert told and told[0].exists(), "the notice names the backup, which holds the deleted assessment"
    with Workspace.open(told[0], create=False, install_builtins=False) as backup:
        assert backup.assessments.get("Test").name == "Test"
    assert str(told[0]) in window.statusBar().currentMessage()
    assert ctx.assessment is not None and ctx.assessment.id == other.id


def test_bulk_edit_sets_a_level_or_not_applicable_with_a_reason(qtbot, window: MainWindow, monkeypatch, reopen) -> None:
    dialog = BulkEditDialog(None, count=2)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.set_level.setChecked(True)
    dialog.level.setCurrentIndex(dialog.level.findData("na"))
    assert not ok.isEnabled(), "not applicable needs its reason"
    dialog.na_reason.setText("We make no vehicles")
    assert ok.isEnabled()
    assert dialog.changes() == {"not_applicable": True, "na_reason": "We make no vehicles"}
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    assert dialog.changes() == {"level": Level.IN_PROGRESS, "not_applicable": False, "na_basis": None}

    table = window.item_table
    window.navigator.show_area("goods")
    table.view.selectAll()
    monkeypatch.setattr(
        BulkEditDialog, "ask", classmethod(lambda cls, parent, *, count: {"level": Level.AWARE, "not_applicable": False,
                                                                          "na_basis": None})
    )  # fmt: skip
    assert window.navigator.bulk_edit()
    stored = reopen()
    assert {i: stored[i].level for i in ("goods.baseline", "goods.auto", "goods.export-cert")} == dict.fromkeys(
        ("goods.baseline", "goods.auto", "goods.export-cert"), Level.AWARE
    )
    assert not stored["goods.export-cert"].not_applicable


def test_the_snapshots_dialog_has_no_blank_button(qtbot, window: MainWindow) -> None:
    dialog = SnapshotsDialog(window, context=window.context, take=window.take_snapshot)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    shown = [b for b in box.buttons() if b.isVisible()]
    assert shown and all(b.text().strip() for b in shown)
    assert "No snapshot yet" in dialog.summary.text()


def test_an_item_that_stays_ruled_out_for_another_reason_is_not_listed(qtbot) -> None:
    framework = Framework.model_validate(
        {"id": "two", "version": "1", "title": "Two", "areas": [{"id": "a", "title": "A", "items": [
            {"id": "a.canada-exports", "question": "Canada exports?", "applies_to": {"roles": ["exporter"],
                                                                                   "countries": ["CA"]}},
            {"id": "a.exports", "question": "Exports?", "applies_to": {"roles": ["exporter"]}},
        ]}]}
    )  # fmt: skip
    before = CompanyProfile(roles=["importer"], countries=["US"])
    responses = {item.id: response_for_profile(item.id, item.applies_to, before) for _, item in framework.items()}
    dialog = ProfileEditDialog(None, framework=framework, responses=responses, profile=before, name="Two")
    qtbot.addWidget(dialog)
    dialog.fields.roles["exporter"].setChecked(True)  # the Canada item is still out, now for its country
    listed = [dialog.changes.index(r, 0).data() for r in range(dialog.changes.rowCount())]
    assert listed == ["1.2  Exports?"]
