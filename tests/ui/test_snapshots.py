"""Snapshots: take one from the menu, then compare it with today."""

from __future__ import annotations

from readiness.codes import Level
from ui import commands
from ui.dialogs.simple import SnapshotLabelDialog
from ui.dialogs.snapshots import SnapshotsDialog
from ui.main_window import MainWindow


def test_take_and_compare_with_today(qtbot, window: MainWindow, monkeypatch) -> None:
    ctx = window.context
    commands.edit_responses(
        ctx, {"goods.baseline": {"level": Level.PLANNED}, "goods.auto": {"level": Level.READY}}, text="x"
    )
    monkeypatch.setattr(SnapshotLabelDialog, "ask", classmethod(lambda cls, parent: "Before round 3"))
    window.actions_by_name["snapshot"].trigger()
    assert [s.label for s in ctx.snapshots()] == ["Before round 3"]

    commands.edit_responses(
        ctx,
        {
            "goods.baseline": {"level": Level.READY},
            "goods.auto": {"level": Level.AWARE},
            "labor.suppliers": {"not_applicable": True, "na_reason": "No supplier audits in scope"},
        },
        text="later",
    )
    dialog = SnapshotsDialog(window, context=ctx)
    qtbot.addWidget(dialog)
    assert dialog.snapshots.rowCount() == 1
    dialog.snapshot_view.selectRow(0)
    assert "1 item moved up, 1 moved down, 1 other change" in dialog.summary.text()
    moves = {dialog.moves.move_at(r).item_id: dialog.moves.move_at(r).direction for r in range(dialog.moves.rowCount())}
    assert moves == {"goods.baseline": 1, "goods.auto": -1, "labor.suppliers": 0}
    dialog.move_view.setCurrentIndex(dialog.move_view.model().index(1, 0))
    dialog.go_button.click()
    assert dialog.go_to is not None


def test_the_comparison_tells_what_the_actions_did_as_the_workbook_does(qtbot, window: MainWindow, monkeypatch) -> None:
    from readiness.codes import ActionStatus
    from readiness.model import Action

    ctx = window.context
    commands.add_action(ctx, "goods.baseline", Action(title="Audit", cost_estimate=30_000))
    monkeypatch.setattr(SnapshotLabelDialog, "ask", classmethod(lambda cls, parent: "Baseline"))
    window.actions_by_name["snapshot"].trigger()
    audit = ctx.responses["goods.baseline"].actions[0]
    commands.edit_action(ctx, audit.uid, {"status": ActionStatus.DONE})
    commands.add_action(ctx, "goods.auto", Action(title="Broker review", cost_estimate=1_500))
    dialog = SnapshotsDialog(window, context=ctx)
    qtbot.addWidget(dialog)
    dialog.snapshot_view.selectRow(0)
    # levels did not move, but the plan did: the comparison must not read "nothing changed"
    assert "Actions: 1 done, 1 added, 0 removed, 0 with a later due date" in dialog.summary.text()
    assert "open actions cost USD 30,000 then, USD 1,500 now" in dialog.summary.text()
