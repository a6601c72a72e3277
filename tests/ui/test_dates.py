"""Dates people type: ISO or their own short format, an empty box for no date, Tab always moving on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from readiness.codes import ActionStatus
from readiness.model import Action
from ui import commands
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.widgets.dates import NotADate, parse_date

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def british() -> Iterator[None]:
    """The system locale of a user in the United Kingdom (short dates as 31/03/2027)."""
    QLocale.setDefault(UK)
    yield
    QLocale.setDefault(QLocale.system())


def test_iso_and_the_locale_short_format_both_read() -> None:
    assert parse_date("2027-03-31", US) == dt.date(2027, 3, 31)
    assert parse_date(" 2027-3-1 ", US) == dt.date(2027, 3, 1)
    assert parse_date("3/31/27", US) == dt.date(2027, 3, 31)  # two-digit years are this century
    assert parse_date("3/31/2027", US) == dt.date(2027, 3, 31)
    assert parse_date("31/03/2027", UK) == dt.date(2027, 3, 31)
    assert parse_date("1/3/2027", UK) == dt.date(2027, 3, 1)
    assert parse_date("", US) is None and parse_date("   ", UK) is None
    for text in ("31/31/2027", "2027-02-30", "tomorrow", "3/31/27x", "1985-01-01", "2300-01-01"):
        with pytest.raises(NotADate):
            parse_date(text, US)


def _due_of(qtbot, window: MainWindow, item_id: str):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.navigator.go_to_item(item_id)
    return window.editor.form.due


def test_a_typed_date_is_saved_and_tab_moves_on(qtbot, british, window: MainWindow, reopen) -> None:
    due = _due_of(qtbot, window, "goods.baseline")
    assert due.edit.text() == "" and due.edit.placeholderText() == "No date"
    due.setFocus()
    qtbot.keyClicks(due.edit, "31/03/2027")
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    assert reopen()["goods.baseline"].due == dt.date(2027, 3, 31)
    assert due.edit.text() == "2027-03-31"  # shown the way the tables show it
    assert window.editor.form.gap.hasFocus()

    due.setFocus()
    due.edit.selectAll()
    qtbot.keyClicks(due.edit, "2027-04-15")
    qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    assert reopen()["goods.baseline"].due == dt.date(2027, 4, 15)
    due.edit.selectAll()
    qtbot.keyClick(due.edit, Qt.Key.Key_Delete)  # an empty box is no date, saved at once
    assert reopen()["goods.baseline"].due is None
    window.context.undo_stack.undo()
    assert reopen()["goods.baseline"].due == dt.date(2027, 4, 15) and due.edit.text() == "2027-04-15"


def test_an_empty_date_never_traps_tab_and_nonsense_is_kept_and_explained(qtbot, window: MainWindow, reopen) -> None:
    due = _due_of(qtbot, window, "goods.baseline")
    window.editor.form.owner.setFocus()
    qtbot.keyClick(window.editor.form.owner, Qt.Key.Key_Tab)
    assert due.edit.hasFocus()
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)  # nothing typed: Tab goes on to the gap
    assert window.editor.form.gap.hasFocus()
    assert reopen()["goods.baseline"].due is None and window.context.undo_stack.count() == 0

    due.setFocus()
    qtbot.keyClicks(due.edit, "next spring")
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    assert window.editor.form.gap.hasFocus()  # not trapped either
    assert due.edit.text() == "next spring" and due.problem.isVisibleTo(window)
    assert due.problem.text() == "Not a date"
    assert reopen()["goods.baseline"].due is None
    due.setFocus()
    due.edit.selectAll()
    qtbot.keyClicks(due.edit, "2027-01-15")
    assert not due.problem.isVisibleTo(window)  # judged again once the user fixes it
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    assert reopen()["goods.baseline"].due == dt.date(2027, 1, 15)


def test_the_calendar_opens_on_the_date_or_today_and_a_pick_is_saved(qtbot, window: MainWindow, reopen) -> None:
    due = _due_of(qtbot, window, "goods.baseline")
    due.setFocus()
    qtbot.keyClick(due.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(due.popup.isVisible, timeout=2000)
    assert due.calendar.selectedDate() == QDate.currentDate()  # not the year 2000
    due.calendar.clicked.emit(QDate(2027, 6, 30))
    assert not due.popup.isVisible()
    assert reopen()["goods.baseline"].due == dt.date(2027, 6, 30)
    due.open_calendar()
    assert due.calendar.selectedDate() == QDate(2027, 6, 30)
    due.popup.close()


def test_a_new_action_starts_with_the_items_owner_and_due_date(qtbot, window: MainWindow, monkeypatch) -> None:
    commands.edit_responses(
        window.context, {"goods.baseline": {"owner": "Maria Lopez", "due": dt.date(2027, 3, 31)}}, text="owner"
    )
    assert window.navigator.go_to_item("goods.baseline")
    seen = {}

    def ask(cls, parent, **kw):  # type: ignore[no-untyped-def]
        seen.update(kw)
        return None

    monkeypatch.setattr(ActionDialog, "ask", classmethod(ask))
    window.editor.actions_panel.add_action()
    assert seen["defaults"] == {"owner": "Maria Lopez", "due": dt.date(2027, 3, 31)}
    dialog = ActionDialog(window, title="New action", defaults=seen["defaults"])
    qtbot.addWidget(dialog)
    assert dialog.owner.text() == "Maria Lopez" and dialog.due.edit.text() == "2027-03-31"
    window.editor.actions_panel._add_suggested("Recompute the RVC")  # a suggested action from the pack
    added = window.context.responses["goods.baseline"].actions[-1]
    assert (added.owner, added.due) == ("Maria Lopez", dt.date(2027, 3, 31))


def test_in_the_action_dialog_tab_leaves_an_empty_date_and_the_cost_lands_in_cost(qtbot) -> None:
    dialog = ActionDialog(None, title="New action")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Recompute the RVC")
    for _ in range(2):  # title -> owner -> due
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    # (offscreen, a second window is not reliably active, so the test follows the dialog's focus widget)
    assert dialog.focusWidget() is dialog.due.edit
    qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Tab)  # leave the date empty
    assert dialog.focusWidget() is dialog.status
    qtbot.keyClick(dialog.status, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.cost
    dialog.cost.selectAll()  # what Tab into a spin box does on a real screen
    qtbot.keyClicks(dialog.cost, "12000")
    action = dialog.action()
    assert action.due is None and action.cost_estimate == 12000 and action.status == ActionStatus.OPEN

    dialog.due.setFocus()
    qtbot.keyClicks(dialog.due.edit, "soon")
    qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Return)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.isVisible()  # Enter on a date that is not one saves nothing
    assert dialog.due.problem.text() == "Not a date"


def test_a_date_half_typed_survives_a_save_landing_meanwhile(
    qtbot,
    window: MainWindow,
    workspace_path,
    reopen,  # type: ignore[no-untyped-def]
) -> None:
    """Another save reloads the form (another window, the command line, a debounced field): the date being
    typed is kept, and finishing it saves it."""
    from readiness.store.workspace import Workspace
    from tests.support import edit

    due = _due_of(qtbot, window, "goods.baseline")
    due.setFocus()
    qtbot.keyClicks(due.edit, "2027-0")
    with Workspace.open(workspace_path) as other:
        edit(other, window.context.assessment_id, "goods.baseline", owner="Dan Chen")
    window.context.refresh_items(["goods.baseline"])  # the window learns of it and reloads the form
    assert window.editor.form.owner.text() == "Dan Chen"
    assert due.edit.text() == "2027-0", "the half-typed date is not wiped"
    qtbot.keyClicks(due.edit, "3-31")
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    stored = reopen()["goods.baseline"]
    assert (stored.due, stored.owner) == (dt.date(2027, 3, 31), "Dan Chen")


def test_the_due_labels_shortcut_takes_the_typing_to_the_date_not_to_the_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ActionDialog(None, title="Edit action", action=Action(title="Trace axle BOMs", due=dt.date(2027, 4, 30)))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.title_edit.setFocus()
    # What Alt+D does on a desktop (offscreen Qt has no mnemonics): the "&Due:" label gives the focus to its
    # buddy, and only if the buddy accepts focus (QLabel checks its focus policy)
    label = next(label for label in dialog.findChildren(QLabel) if label.text() == "&Due:")
    buddy = label.buddy()
    assert buddy is dialog.due.edit and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus
    buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert dialog.due.edit.hasFocus()
    dialog.due.edit.selectAll()
    qtbot.keyClicks(dialog.due.edit, "2027-06-15")
    edited = dialog.action()
    assert (edited.title, edited.due) == ("Trace axle BOMs", dt.date(2027, 6, 15))
