"""The dashboard shows the core's figures and takes the user to what they click."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from readiness import operations
from readiness.model import Action, Level, Priority
from readiness.scoring import actions_due, area_scores, gap_priority_counts, overall_score, percent
from ui import commands
from ui.main_window import MainWindow


def _answer_some(window: MainWindow) -> None:
    ctx = window.context
    commands.edit_responses(
        ctx,
        {
            "goods.baseline": {"level": Level.IN_PROGRESS, "priority": Priority.HIGH},
            "labor.suppliers": {"level": Level.READY},
        },
        text="answers",
    )
    today = dt.date.today()
    commands.add_action(ctx, "goods.auto", Action(title="Late one", due=today - dt.timedelta(days=5)))
    commands.add_action(ctx, "goods.baseline", Action(title="Soon one", due=today + dt.timedelta(days=10)))


def test_figures_equal_the_core_scoring(qtbot, window: MainWindow) -> None:
    _answer_some(window)
    window.show_dashboard()
    dashboard = window.dashboard
    framework, responses = window.context.framework, window.context.responses
    overall = overall_score(framework, responses)
    assert dashboard.overall.text() == percent(overall.readiness)
    assert dashboard.coverage.text() == percent(overall.coverage)
    # goods.baseline weight 2 at 3/4, goods.auto 0, labor.suppliers 1: (1.5 + 0 + 1) / 4
    assert dashboard.overall.text() == "62%"
    scores = area_scores(framework, responses)
    assert [(b.key, b.text) for b in dashboard.area_bars.bars] == [
        (area.id, percent(scores[area.id].readiness)) for area in framework.areas
    ]
    gaps = gap_priority_counts(responses, framework)
    assert {b.key: int(b.text) for b in dashboard.gap_bars.bars} == gaps
    assert gaps["high"] == 1 and gaps["unset"] == 1
    overdue, upcoming = actions_due(responses, today=dt.date.today())
    assert dashboard.overdue_model.rowCount() == len(overdue) == 1
    assert dashboard.upcoming_model.rowCount() == len(upcoming) == 1
    assert dashboard.overdue_model.index(0, 1).data() == "Late one"
    area_of = {item.id: area.title for area, item in framework.items()}
    assert dashboard.overdue_model.index(0, 3).data() == area_of[overdue[0].item_id]  # the area, in words


def test_dashboard_follows_edits_while_visible(qtbot, window: MainWindow) -> None:
    window.show_dashboard()
    assert window.dashboard.overall.text() == "0%"
    commands.edit_responses(window.context, {"goods.auto": {"level": Level.READY}}, text="ready")
    assert window.dashboard.overall.text() == "25%"


def test_clicking_an_area_or_an_action_goes_there(qtbot, window: MainWindow) -> None:
    _answer_some(window)
    window.show_dashboard()
    bars = window.dashboard.area_bars
    row = [b.key for b in bars.bars].index("labor")
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(20, 2 + row * bars.row_height() + 5))
    assert window.tabs.currentIndex() == 0
    assert window.area_list.current_area() == "labor"
    assert window.editor.item_id == "labor.suppliers"

    window.show_dashboard()
    view = window.dashboard.overdue_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.editor.item_id == "goods.auto"


def test_area_bars_work_from_the_keyboard(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    bars = window.dashboard.area_bars
    assert bars.hasFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Down)
    qtbot.keyClick(bars, Qt.Key.Key_Down)
    qtbot.keyClick(bars, Qt.Key.Key_Return)
    assert window.area_list.current_area() == bars.bars[1].key


def test_trend_lists_each_snapshot_then_today(qtbot, window: MainWindow) -> None:
    ctx = window.context
    ctx.apply(operations.take_snapshot, ctx.assessment_id, label="Round 1")
    commands.edit_responses(ctx, {"goods.baseline": {"level": Level.READY}}, text="ready")
    window.show_dashboard()
    bars = window.dashboard.trend_bars.bars
    assert [b.label.split("  ")[0] for b in bars] == ["Round 1", "Today"]
    assert [b.text for b in bars] == ["0%", "50%"]  # weight 2 of 4 applicable weight is ready
