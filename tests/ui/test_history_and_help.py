"""An item's history in words, opened from the editor and from the Edit menu; the guide on F1."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl

from readiness.codes import ActionStatus, Level, Priority
from readiness.model import Action
from ui import commands
from ui.dialogs.guide import GuideWindow, guide_html
from ui.main_window import MainWindow
from ui.models.history import ItemHistoryModel
from ui.views.item_history import ItemHistoryDialog


def _rows(model: ItemHistoryModel) -> list[tuple[str, str, str]]:
    return [
        (
            model.index(r, ItemHistoryModel.COL_WHAT).data(),
            model.index(r, ItemHistoryModel.COL_BEFORE).data(),
            model.index(r, ItemHistoryModel.COL_AFTER).data(),
        )
        for r in range(model.rowCount())
    ]


def test_the_history_says_who_changed_what_when_in_words(qtbot, qtmodeltester, window: MainWindow) -> None:
    ctx = window.context
    commands.edit_responses(ctx, {"goods.baseline": {"level": Level.PLANNED, "priority": Priority.HIGH}}, text="a")
    commands.edit_responses(ctx, {"goods.baseline": {"due": dt.date(2027, 6, 30)}}, text="b")
    commands.add_action(ctx, "goods.baseline", Action(title="Collect affidavits", cost_estimate=900))
    uid = ctx.responses["goods.baseline"].actions[0].uid
    commands.edit_action(ctx, uid, {"status": ActionStatus.DONE})
    commands.edit_responses(ctx, {"labor.suppliers": {"gap": "Not this item"}}, text="c")
    dialog = ItemHistoryDialog(window, context=ctx, item_id="goods.baseline")
    qtbot.addWidget(dialog)
    model = dialog.view.model
    qtmodeltester.check(model)
    assert dialog.count == 5
    rows = _rows(model)
    assert rows[0] == ("Status of the action \u201cCollect affidavits\u201d", "Open", "Done")
    assert rows[1] == ("Action added", "\u2014", "Collect affidavits")
    assert ("Due date", "\u2014", "2027-06-30") in rows
    assert ("Level", "\u2014", "2 Planned") in rows
    assert ("Priority", "\u2014", "High") in rows
    assert all(model.index(r, ItemHistoryModel.COL_WHO).data() for r in range(model.rowCount()))
    assert model.index(0, ItemHistoryModel.COL_WHEN).data().startswith(str(dt.date.today().year))


def test_an_item_without_changes_says_so(qtbot, window: MainWindow) -> None:
    dialog = ItemHistoryDialog(window, context=window.context, item_id="labor.suppliers")
    qtbot.addWidget(dialog)
    assert dialog.count == 0
    assert dialog.view.stack.currentWidget() is dialog.view.empty


def test_the_editor_and_the_edit_menu_open_the_history_of_the_item_shown(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ItemHistoryDialog, "ask", classmethod(lambda cls, parent, *, context, item_id: opened.append(
        item_id)))  # fmt: skip
    window.navigator.go_to_item("goods.auto")
    button = window.editor.extras.history_button
    assert button.isEnabled() and button.text() == "&History of this item\u2026"
    button.click()
    window.navigator.go_to_item("labor.suppliers")
    window.actions_by_name["history"].trigger()
    assert opened == ["goods.auto", "labor.suppliers"]


def test_f1_opens_the_guide(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for topic in ("How to work", "The readiness scale", "Priorities", "Readiness and coverage", "workbook contains"):
        assert topic in text
    assert "4 Ready" in text and "Action Plan" in text
    window.actions_by_name["guide"].trigger()
    assert window.findChildren(GuideWindow) == [guide], "Help > Guide raises the guide already open"


def test_the_guide_follows_only_its_own_sections(qtbot, window: MainWindow, monkeypatch) -> None:
    guide = GuideWindow.show_guide(window)
    qtbot.addWidget(guide)
    followed: list[str] = []
    monkeypatch.setattr(guide.browser, "scrollToAnchor", followed.append)
    guide.browser.anchorClicked.emit(QUrl("#scale"))
    guide.browser.anchorClicked.emit(QUrl("https://example.com/#scale"))
    guide.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert followed == ["scale"]
    assert guide.browser.source().isEmpty(), "the browser never loads another page"
    assert "<script" not in guide_html().lower() and "<img" not in guide_html().lower()


def test_the_history_shows_a_returned_plans_changes_as_such(qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from readiness.codes import ActionStatus
    from readiness.store.audit import ItemChange
    from ui.models.history import ItemHistoryModel

    model = ItemHistoryModel()
    at = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    model.set_history(
        [
            ItemChange(at, "maria", "status", "u1", ActionStatus.OPEN, ActionStatus.DONE, "plan:tom-slice.xlsx"),
            ItemChange(at, "maria", "notes", "u1", "", "x"),
        ],
        action_titles={"u1": "Audit"},
        currency="USD",
    )
    assert model.full_text(model._rows[0], model.COL_WHO) == "maria, from the returned plan tom-slice.xlsx"
    assert model.full_text(model._rows[1], model.COL_WHO) == "maria"
