"""The dashboard shows the core's figures (as the workbook does), the most urgent work first, and takes the user
to what they click: an area, a priority, a row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from readiness import operations
from readiness.codes import Level, Priority
from readiness.headline import due_work, headline
from readiness.model import Action
from readiness.scoring import area_scores, gap_priority_counts, overall_score, percent
from ui import commands
from ui.main_window import MainWindow
from ui.models.due_actions import COL_ACTION, COL_AREA, COL_ITEM
from ui.views.bar_chart import BarChart

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def _answer_some(window: MainWindow) -> None:
    ctx = window.context
    commands.edit_responses(
        ctx,
        {
            "goods.baseline": {"level": Level.IN_PROGRESS, "priority": Priority.HIGH, "due": TODAY - 2 * DAY},
            "labor.suppliers": {"level": Level.READY},
        },
        text="answers",
    )
    commands.add_action(ctx, "goods.auto", Action(title="Late one", due=TODAY - 5 * DAY, cost_estimate=1250))
    commands.add_action(ctx, "goods.baseline", Action(title="Soon one", due=TODAY + 10 * DAY, cost_estimate=800))
    commands.add_action(ctx, "goods.baseline", Action(title="Sooner one", due=TODAY + 3 * DAY))


def _click_bar(qtbot, bars: BarChart, key: str) -> None:  # type: ignore[no-untyped-def]
    row = [b.key for b in bars.bars].index(key)
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(20, 2 + row * bars.row_height() + 5))


def test_figures_equal_the_core_scoring_and_the_workbook(qtbot, window: MainWindow) -> None:
    _answer_some(window)
    window.show_dashboard()
    dashboard = window.dashboard
    framework, responses = window.context.framework, window.context.responses
    overall = overall_score(framework, responses)
    figures = dashboard.figures.figures
    assert figures["readiness"].text() == percent(overall.readiness)
    assert figures["coverage"].text() == percent(overall.coverage)
    # goods.baseline weight 2 at 3/4, goods.auto 0, labor.suppliers 1: (1.5 + 0 + 1) / 4
    assert figures["readiness"].text() == "63%"  # 62.5 % rounds half up, as Excel rounds it
    book = headline(framework, responses, today=TODAY)
    # goods.baseline is assessed below ready; goods.auto was never assessed, so it is not a gap but shows in coverage
    assert figures["gaps"].text() == str(book.open_gaps) == "1"
    assert dashboard.figures.notes["coverage"].text() == "2 of 3 items assessed"
    assert dashboard.figures.notes["gaps"].text() == "0 critical, 1 high"
    # the late action and goods.baseline's own date, two days past: both are in the overdue list beside it
    assert figures["overdue"].text() == "2" == str(dashboard.overdue_model.rowCount())
    assert figures["actions"].text() == "3"
    # the sum of the open actions' estimates, in the currency, as the workbook prints it
    assert figures["cost"].text() == "USD 2,050"
    scores = area_scores(framework, responses)
    assert [b.key for b in dashboard.area_bars.bars] == [area.id for area in framework.areas]
    # an area's figure says how much of it was assessed: goods has one of its two items assessed
    assert [b.text for b in dashboard.area_bars.bars] == ["50% (50% assessed)", "100%"]
    assert percent(scores["goods"].readiness) == "50%"
    gaps = gap_priority_counts(responses, framework)
    assert {b.key: int(b.text) for b in dashboard.gap_bars.bars} == gaps
    assert "content as of" in dashboard.subtitle.text()


def test_the_cost_is_in_the_assessments_currency(qtbot, window: MainWindow) -> None:
    _answer_some(window)
    ctx = window.context
    ctx.apply(operations.set_currency, ctx.assessment_id, "CAD", expected="USD")
    window.show_dashboard()
    assert window.dashboard.figures.figures["cost"].text() == "CAD 2,050"


def test_overdue_and_upcoming_put_the_most_urgent_first_and_count_item_dates(qtbot, window: MainWindow) -> None:
    _answer_some(window)
    window.show_dashboard()
    dashboard = window.dashboard
    overdue = dashboard.overdue_model
    # the action five days late first, then the item whose own due date passed two days ago
    assert [overdue.index(r, COL_ACTION).data() for r in range(overdue.rowCount())] == [
        "Late one",
        "Item due: Is the preference baseline on file?",
    ]
    assert overdue.index(0, COL_ITEM).data() == "1.3"
    assert overdue.index(0, COL_AREA).data() == "Goods"
    view = dashboard.overdue_view
    shown = [view.model().index(r, COL_ACTION).data() for r in range(view.model().rowCount())]
    assert shown[0] == "Late one", "the view keeps the urgency order: no header sort reverses it"
    upcoming = dashboard.upcoming_model
    assert [upcoming.index(r, COL_ACTION).data() for r in range(upcoming.rowCount())] == ["Sooner one", "Soon one"]
    framework, responses = window.context.framework, window.context.responses
    late, soon = due_work(framework, responses, today=TODAY)
    assert (len(late), len(soon)) == (overdue.rowCount(), upcoming.rowCount())


def test_empty_lists_and_no_assessment_say_what_to_do_next(qtbot, window: MainWindow) -> None:
    window.show_dashboard()
    dashboard = window.dashboard
    assert dashboard.overdue.currentWidget() is dashboard.overdue.empty
    assert dashboard.overdue.empty.text() == "Nothing overdue."
    assert dashboard.upcoming.empty.text().startswith("Nothing due in the next")
    window.context.load_assessment(None)
    assert dashboard.title.text() == "No assessment is open"
    assert "Ctrl+O" in dashboard.subtitle.text()
    assert window.saved_label.text() == "", "nothing is open, so nothing is said to be saved"
    assert window.empty_checklist.shown.startswith("No assessment is open")


def test_clicking_an_area_a_priority_or_a_row_opens_those_items(qtbot, window: MainWindow) -> None:
    _answer_some(window)
    window.show_dashboard()
    _click_bar(qtbot, window.dashboard.area_bars, "labor")
    assert window.tabs.currentIndex() == 0
    assert window.area_list.current_area() == "labor"
    assert window.editor.item_id == "labor.suppliers"

    window.show_dashboard()
    _click_bar(qtbot, window.dashboard.gap_bars, "high")
    assert window.tabs.currentIndex() == 0
    table = window.item_table
    assert table.filters.priority.currentData() == "high"
    shown = [table.model.item_id_at(table.proxy.mapToSource(table.proxy.index(r, 0)).row())
             for r in range(table.proxy.rowCount())]  # fmt: skip
    assert shown == ["goods.baseline"]
    assert window.editor.item_id == "goods.baseline"

    window.show_dashboard()
    view = window.dashboard.overdue_view
    rect = view.visualRect(view.model().index(0, COL_ACTION))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
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


def test_dashboard_follows_edits_while_visible(qtbot, window: MainWindow) -> None:
    window.show_dashboard()
    assert window.dashboard.figures.figures["readiness"].text() == "0%"
    commands.edit_responses(window.context, {"goods.auto": {"level": Level.READY}}, text="ready")
    assert window.dashboard.figures.figures["readiness"].text() == "25%"


def test_trend_lists_each_snapshot_then_today(qtbot, window: MainWindow) -> None:
    ctx = window.context
    ctx.apply(operations.take_snapshot, ctx.assessment_id, label="Round 1")
    commands.edit_responses(ctx, {"goods.baseline": {"level": Level.READY}}, text="ready")
    window.show_dashboard()
    bars = window.dashboard.trend_bars.bars
    assert [b.label.split("  ")[0] for b in bars] == ["Round 1", "Today"]
    assert [b.text for b in bars] == ["0%", "50%"]  # weight 2 of 4 applicable weight is ready


def test_an_area_nobody_has_looked_at_reads_not_assessed_rather_than_zero(qtbot, window: MainWindow) -> None:
    window.show_dashboard()
    bars = {b.key: b for b in window.dashboard.area_bars.bars}
    assert bars["goods"].text == "not assessed" and bars["goods"].fraction is None
    commands.edit_responses(window.context, {"goods.auto": {"level": Level.NOT_STARTED}}, text="x")
    window.dashboard.refresh()
    goods = next(b for b in window.dashboard.area_bars.bars if b.key == "goods")
    assert goods.text == "0% (50% assessed)" and goods.fraction == 0.0  # assessed at 0 is a real 0


def test_an_empty_register_is_pointed_out_and_one_click_opens_products(qtbot, window: MainWindow) -> None:
    from readiness.exposure.examples import example_products

    window.show_dashboard()
    hint = window.dashboard.register_hint
    assert hint.isVisibleTo(window)  # the cost has nothing to weigh against yet
    qtbot.mouseClick(window.dashboard.open_products, Qt.MouseButton.LeftButton)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Products"
    window.context.apply(operations.import_register, window.context.assessment_id, example_products())
    window.show_dashboard()
    assert not hint.isVisibleTo(window)


def test_the_cost_reads_as_nothing_open_or_not_estimated_never_as_a_free_zero(qtbot, window: MainWindow) -> None:
    window.show_dashboard()
    figures, notes = window.dashboard.figures.figures, window.dashboard.figures.notes
    assert (figures["cost"].text(), notes["cost"].text()) == ("\u2014", "no open actions")
    commands.add_action(window.context, "goods.baseline", Action(title="Ask the broker"))
    window.dashboard.refresh()
    assert figures["cost"].text() == "Not estimated"
    commands.add_action(window.context, "goods.baseline", Action(title="Audit", cost_estimate=500))
    window.dashboard.refresh()
    assert (figures["cost"].text(), notes["cost"].text()) == ("USD 500", "sum of the estimates; 1 not estimated yet")
