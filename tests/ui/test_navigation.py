"""Walking the checklist: next unanswered, search across areas, filters, bulk edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from readiness.codes import Level, Priority
from ui import commands
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.main_window import MainWindow
from ui.models.areas import ALL_AREAS
from ui.models.items import COL_LEVEL


def _shown_ids(window: MainWindow) -> list[str]:
    proxy = window.item_table.proxy
    return [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 4) for row in range(proxy.rowCount())]


def test_next_unanswered_walks_the_checklist_in_order(qtbot, window: MainWindow) -> None:
    assert window.editor.item_id is None and window.editor.intro.isVisibleTo(window)  # the first area's introduction
    visited = []
    for _ in range(4):
        qtbot.keyClick(window.item_table.view, Qt.Key.Key_F8)
        visited.append(window.editor.item_id)
    # from the introduction F8 starts at the area's first item; goods.export-cert does not apply to an
    # importer; the walk wraps round at the end
    assert visited == ["goods.baseline", "goods.auto", "labor.suppliers", "goods.baseline"]
    assert window.area_list.current_area() == "goods"
    commands.edit_responses(window.context, {"labor.suppliers": {"level": Level.READY}}, text="answer")
    qtbot.keyClick(window.item_table.view, Qt.Key.Key_F8)
    qtbot.keyClick(window.item_table.view, Qt.Key.Key_F8)
    assert window.editor.item_id == "goods.baseline"  # goods.auto, then round again: labor.suppliers is skipped


def test_next_unanswered_says_so_when_everything_is_answered(qtbot, window: MainWindow) -> None:
    ids = ["goods.baseline", "goods.auto", "labor.suppliers"]
    commands.edit_responses(window.context, {i: {"level": Level.AWARE} for i in ids}, text="all")
    assert window.navigator.next_unanswered() is None
    assert "Every applicable item" in window.statusBar().currentMessage()


def test_search_finds_items_in_every_area_and_what_the_user_wrote(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.item_table.filters.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "mexican")
    qtbot.waitUntil(lambda: _shown_ids(window) == ["labor.suppliers"], timeout=2000)
    commands.edit_responses(window.context, {"goods.auto": {"gap": "No tracing of Mexican steel"}}, text="gap")
    assert window.navigator.search("MEXICAN steel") == ["goods.auto"]
    assert _shown_ids(window) == ["goods.auto"]
    window.navigator.search("")
    assert _shown_ids(window) == ["goods.baseline", "goods.export-cert", "goods.auto"]


def test_filters_by_level_priority_owner_due_and_review(qtbot, window: MainWindow) -> None:
    ctx = window.context
    commands.edit_responses(
        ctx,
        {
            "goods.baseline": {
                "level": Level.PLANNED,
                "priority": Priority.HIGH,
                "owner": "Maria",
                "due": dt.date.today() - dt.timedelta(days=3),
            },
            "labor.suppliers": {"needs_review": True},
        },
        text="setup",
    )
    window.navigator.go_to_area(ALL_AREAS)
    bar = window.item_table.filters
    bar.needs_review.setChecked(True)
    assert _shown_ids(window) == ["labor.suppliers"]
    window.item_table.clear_filters()
    bar.level.setCurrentIndex(bar.level.findData(2))
    assert _shown_ids(window) == ["goods.baseline"]
    bar.level.setCurrentIndex(bar.level.findData("na"))
    assert _shown_ids(window) == ["goods.export-cert"]
    window.item_table.clear_filters()
    bar.priority.setCurrentIndex(bar.priority.findData("high"))
    assert _shown_ids(window) == ["goods.baseline"]
    window.item_table.clear_filters()
    qtbot.keyClicks(bar.owner, "mar")
    assert _shown_ids(window) == ["goods.baseline"]
    window.item_table.clear_filters()
    bar.due.setCurrentIndex(bar.due.findData("overdue"))
    assert _shown_ids(window) == ["goods.baseline"]
    assert "1 of 4 items" in window.item_table.caption.text()


def test_sorting_uses_levels_not_text(qtbot, window: MainWindow) -> None:
    commands.edit_responses(
        window.context,
        {"goods.baseline": {"level": Level.READY}, "goods.auto": {"level": Level.NOT_STARTED}},
        text="levels",
    )
    window.item_table.view.sortByColumn(COL_LEVEL, Qt.SortOrder.AscendingOrder)
    assert _shown_ids(window) == ["goods.auto", "goods.baseline", "goods.export-cert"]


def test_bulk_edit_is_one_undo_step(qtbot, window: MainWindow, reopen, monkeypatch) -> None:
    due = dt.date(2027, 6, 30)
    asked = []

    def ask(cls, parent, *, count):  # type: ignore[no-untyped-def]
        asked.append(count)
        return {"owner": "Priya", "priority": Priority.CRITICAL, "due": due}

    monkeypatch.setattr(BulkEditDialog, "ask", classmethod(ask))
    view = window.item_table.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [3]
    stored = reopen()
    goods = ["goods.baseline", "goods.export-cert", "goods.auto"]
    assert all(stored[i].owner == "Priya" and stored[i].priority == "critical" and stored[i].due == due for i in goods)
    assert stored["labor.suppliers"].owner == ""
    window.context.undo_stack.undo()
    stored = reopen()
    assert all(stored[i].owner == "" and stored[i].priority is None and stored[i].due is None for i in goods)
    window.context.undo_stack.redo()
    assert all(reopen()[i].owner == "Priya" for i in goods)


def test_tab_leaves_the_item_table_instead_of_walking_its_cells(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.item_table.view
    view.setFocus()
    view.setCurrentIndex(window.item_table.proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    # a keyboard user must be able to get from the list of items to the editor and the rest of the window
    assert not view.hasFocus()
    focused = window.focusWidget()
    assert focused is not None and focused is not view


def test_tab_walks_the_editor_in_the_order_shown_and_never_loops(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.navigator.go_to_item("goods.baseline")
    form = window.editor.form
    form.owner.setFocus()
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # owner, due, gap, notes, needs review, then on to the item's actions (shown next), not back up to the due date
    assert visited[:4] == [form.due.edit, form.gap, form.notes, form.needs_review]
    assert visited[4] is window.editor.actions_panel.view
