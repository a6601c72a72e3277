"""Every table model passes Qt's model tester, and hands out native sort values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from readiness import operations
from readiness.codes import ActionStatus, Level, Priority
from readiness.compare import LevelMove
from readiness.headline import DueWork
from readiness.model import Action
from ui import commands
from ui.context import AppContext
from ui.models.actions import ActionTableModel
from ui.models.areas import ALL_AREAS, AreaTableModel
from ui.models.due_actions import COL_ACTION, COL_ITEM, COL_WHEN, DueWorkModel
from ui.models.due_actions import SORT_ROLE as DUE_SORT_ROLE
from ui.models.items import COL_DUE, COL_LEVEL, SORT_ROLE, ItemFilterProxy, ItemTableModel
from ui.models.snapshots import LevelMoveModel, SnapshotTableModel


def _loaded_item_model(context: AppContext) -> ItemTableModel:
    model = ItemTableModel()
    model.set_source({i: pair[1] for i, pair in context.item_index.items()}, context.responses)
    model.set_scope(list(context.item_index))
    return model


def test_item_model_and_proxy(qtmodeltester, context: AppContext) -> None:
    commands.edit_responses(
        context,
        {"goods.baseline": {"level": Level.READY, "due": dt.date(2027, 1, 2), "priority": Priority.LOW}},
        text="x",
    )
    model = _loaded_item_model(context)
    qtmodeltester.check(model)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(level="unassessed")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2  # goods.auto and labor.suppliers; export-cert is not applicable
    row = model.row_of("goods.baseline")
    assert model.index(row, COL_LEVEL).data(SORT_ROLE) == 4
    assert model.index(row, COL_DUE).data(SORT_ROLE) == dt.date(2027, 1, 2).toordinal()
    assert model.index(row, COL_LEVEL).data() == "4 Ready"
    model.sort_rows(COL_LEVEL, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.item_id_at(0) == "goods.export-cert"  # not applicable sorts after ready
    assert model.item_id_at(1) == "goods.baseline"
    model.set_scope(["labor.suppliers"])
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_area_model(qtmodeltester, context: AppContext) -> None:
    model = AreaTableModel()
    model.set_assessment(context.framework, context.responses)
    qtmodeltester.check(model)
    assert [model.area_id_at(r) for r in range(model.rowCount())] == [ALL_AREAS, "goods", "labor"]
    commands.edit_responses(context, {"labor.suppliers": {"level": Level.READY}}, text="x")
    model.responses_changed({"labor"})
    assert model.index(model.row_of("labor"), 1).data() == "100%"
    assert model.index(model.row_of("labor"), 1).data(SORT_ROLE) == 1.0


def test_action_model(qtmodeltester) -> None:
    model = ActionTableModel()
    model.set_actions(
        [
            Action(uid="a", title="One", due=dt.date(2020, 1, 1), cost_estimate=1500),
            Action(uid="b", title="Two", status=ActionStatus.DONE),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "1,500"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue in red
    assert model.index(1, 3).data() == "Done"
    # an action nobody has priced says so (a blank reads as free); the header names the money
    assert model.index(1, 4).data() == "not estimated"
    model.set_currency("CAD")
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Cost (CAD)"


def test_due_work_model(qtmodeltester) -> None:
    model = DueWorkModel()
    model.set_due(
        [
            DueWork("goods.auto", "u1", "Late", "Dan", dt.date(2026, 1, 1), Priority.HIGH, "open", -3),
            DueWork("goods.baseline", "", "", "Ana", dt.date(2026, 1, 2), None, "", -2),
        ],
        area_titles={"goods.auto": "Goods", "goods.baseline": "Goods"},
        questions={"goods.auto": "Auto?", "goods.baseline": "Baseline?"},
        numbers={"goods.baseline": "1.1", "goods.auto": "1.3"},
    )
    qtmodeltester.check(model)
    assert model.index(0, COL_WHEN).data() == "3 days overdue"
    assert model.index(0, COL_ITEM).data() == "1.3"
    assert model.index(1, COL_ACTION).data() == "Item due: Baseline?"  # an item's own due date counts too
    assert model.index(1, COL_ITEM).data(DUE_SORT_ROLE) < model.index(0, COL_ITEM).data(DUE_SORT_ROLE)
    assert "High" in model.index(0, COL_ACTION).data(Qt.ItemDataRole.ToolTipRole)


def test_snapshot_and_move_models(qtmodeltester, context: AppContext) -> None:
    assert context.apply(operations.take_snapshot, context.assessment_id, label="Base") is not None
    snapshot = context.snapshots()[-1]
    snapshots = SnapshotTableModel()
    snapshots.set_snapshots([snapshot])
    qtmodeltester.check(snapshots)
    moves = LevelMoveModel()
    moves.set_moves([LevelMove("goods.auto", None, 3, False, False)], {"goods.auto": "Auto?"})
    qtmodeltester.check(moves)
    assert moves.index(0, 4).data() == "\u2191 up"


def test_area_titles_are_numbered_and_show_whole_in_a_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.area_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["All areas", "1. Goods", "2. Labor"]
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("1. Goods\n")


def test_an_overdue_item_is_marked_in_the_checklist_and_a_ready_one_is_not(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.theme import status_color

    late = dt.date.today() - dt.timedelta(days=3)
    commands.edit_responses(
        window.context,
        {
            "goods.baseline": {"level": Level.AWARE, "due": late},
            "goods.auto": {"level": Level.READY, "due": late},  # done work is never overdue
        },
        text="x",
    )
    model = window.item_model
    baseline = model.index(model.row_of("goods.baseline"), COL_DUE)
    ready = model.index(model.row_of("goods.auto"), COL_DUE)
    assert baseline.data(Qt.ItemDataRole.ForegroundRole) == status_color("bad")
    assert baseline.data(Qt.ItemDataRole.ToolTipRole) == "3 days overdue"
    assert ready.data(Qt.ItemDataRole.ForegroundRole) is None
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    from readiness.due import DueStatus

    proxy.set_filters(due=DueStatus.OVERDUE)
    shown = [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 4) for r in range(proxy.rowCount())]
    assert shown == ["goods.baseline"]


def test_the_action_tables_cost_header_is_not_cut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.navigator.go_to_item("goods.baseline")
    panel = window.editor.actions_panel
    header = panel.view.horizontalHeader()
    title = str(panel.model.headerData(4, Qt.Orientation.Horizontal))
    assert title == "Cost (USD)"
    assert header.sectionSize(4) >= header.fontMetrics().horizontalAdvance(title) + 10
