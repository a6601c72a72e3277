"""Editing through the widgets: each edit reaches the file at once, and undo/redo rewrite the file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from readiness.codes import ActionStatus, Level
from readiness.model import Action
from ui import commands
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.models.items import COL_LEVEL


def _focus_editor_item(qtbot, window: MainWindow, item_id: str) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.navigator.go_to_item(item_id)
    assert window.editor.item_id == item_id


def test_level_gap_owner_due_and_evidence_persist(qtbot, window: MainWindow, reopen) -> None:
    _focus_editor_item(qtbot, window, "goods.baseline")
    form = window.editor.form
    form.level.setFocus()
    for _ in range(4):  # Not assessed -> 0 -> 1 -> 2 -> 3
        qtbot.keyClick(form.level, Qt.Key.Key_Down)
    form.gap.setFocus()
    qtbot.keyClicks(form.gap, "Supplier statements missing")
    form.owner.setFocus()  # leaving the gap field saves it
    qtbot.keyClicks(form.owner, "Maria")
    qtbot.keyClick(form.owner, Qt.Key.Key_Return)
    form.due.set_date(dt.date(2027, 3, 31))
    qtbot.keyClicks(window.editor.evidence.entry, "https://example.com/worksheet")
    qtbot.keyClick(window.editor.evidence.entry, Qt.Key.Key_Return)

    stored = reopen()["goods.baseline"]
    assert stored.level == Level.IN_PROGRESS
    assert stored.gap == "Supplier statements missing"
    assert stored.owner == "Maria"
    assert stored.due == dt.date(2027, 3, 31)
    assert stored.evidence == ["https://example.com/worksheet"]
    assert window.saved_label.text() == "All changes saved"
    # the table and the area list follow the edit
    row = window.item_model.row_of("goods.baseline")
    assert window.item_model.index(row, COL_LEVEL).data() == "3 In progress"


def test_typing_pauses_in_one_visit_are_one_undo_step(qtbot, window: MainWindow, reopen) -> None:
    _focus_editor_item(qtbot, window, "goods.baseline")
    gap = window.editor.form.gap
    gap.setFocus()
    qtbot.keyClicks(gap, "first")
    gap.flush()  # a pause in typing saves
    assert reopen()["goods.baseline"].gap == "first"
    qtbot.keyClicks(gap, " second")
    window.editor.form.owner.setFocus()
    assert reopen()["goods.baseline"].gap == "first second"
    window.context.undo_stack.undo()
    assert reopen()["goods.baseline"].gap == ""
    assert gap.toPlainText() == ""


def test_undo_and_redo_restore_the_file(qtbot, window: MainWindow, reopen) -> None:
    _focus_editor_item(qtbot, window, "goods.auto")
    form = window.editor.form
    form.priority.setFocus()
    qtbot.keyClick(form.priority, Qt.Key.Key_Down)  # Not set -> Critical
    form.needs_review.click()
    assert reopen()["goods.auto"].priority == "critical"
    assert reopen()["goods.auto"].needs_review

    stack = window.context.undo_stack
    qtbot.keyClick(window.item_table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not reopen()["goods.auto"].needs_review
    assert not form.needs_review.isChecked()
    stack.undo()
    assert reopen()["goods.auto"].priority is None
    assert form.priority.currentData() == "unset"
    qtbot.keyClick(
        window.item_table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert reopen()["goods.auto"].priority == "critical"
    stack.redo()
    assert reopen()["goods.auto"].needs_review


def test_not_applicable_with_reason(qtbot, window: MainWindow, reopen) -> None:
    _focus_editor_item(qtbot, window, "goods.auto")
    form = window.editor.form
    index = form.level.findData("na")
    form.level.setFocus()
    qtbot.keyClick(form.level, Qt.Key.Key_End)  # the last entry is "Not applicable"
    assert form.level.currentIndex() == index
    assert form.na_reason.isEnabled()
    form.na_reason.setFocus()
    qtbot.keyClicks(form.na_reason, "We buy no vehicle parts")
    qtbot.keyClick(form.na_reason, Qt.Key.Key_Return)
    stored = reopen()["goods.auto"]
    assert stored.not_applicable and stored.na_reason == "We buy no vehicle parts"


def test_actions_add_edit_remove_and_undo(qtbot, window: MainWindow, reopen, monkeypatch) -> None:
    _focus_editor_item(qtbot, window, "goods.baseline")
    panel = window.editor.actions_panel
    new = Action(title="Recompute RVC", owner="Dan", due=dt.date(2027, 1, 15), cost_estimate=12000)
    monkeypatch.setattr(ActionDialog, "ask", classmethod(lambda cls, parent, **kw: new))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    actions = reopen()["goods.baseline"].actions
    assert [a.title for a in actions] == ["Recompute RVC"]
    assert panel.model.rowCount() == 1

    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    edited = actions[0].model_copy(update={"status": ActionStatus.DONE})
    monkeypatch.setattr(ActionDialog, "ask", classmethod(lambda cls, parent, **kw: edited))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert reopen()["goods.baseline"].actions[0].status == ActionStatus.DONE

    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert reopen()["goods.baseline"].actions == []

    stack = window.context.undo_stack
    stack.undo()  # the removal
    assert [a.status for a in reopen()["goods.baseline"].actions] == [ActionStatus.DONE]
    stack.undo()  # the edit
    assert reopen()["goods.baseline"].actions[0].status == ActionStatus.OPEN
    stack.undo()  # the addition
    assert reopen()["goods.baseline"].actions == []
    assert panel.model.rowCount() == 0
    stack.redo()
    assert [a.title for a in reopen()["goods.baseline"].actions] == ["Recompute RVC"]


def test_a_refused_edit_says_not_saved_and_leaves_no_undo_step(qtbot, window: MainWindow, reopen) -> None:
    _focus_editor_item(qtbot, window, "goods.baseline")
    before = window.context.undo_stack.count()
    assert not commands.edit_responses(window.context, {"goods.baseline": {"level": 9}}, text="too long")
    assert window.context.undo_stack.count() == before
    assert window.saved_label.text().startswith("Not saved")


def test_undo_shows_the_item_it_changed(qtbot, window: MainWindow, reopen) -> None:
    _focus_editor_item(qtbot, window, "labor.suppliers")
    window.editor.form.owner.setFocus()
    qtbot.keyClicks(window.editor.form.owner, "Tom")
    qtbot.keyClick(window.editor.form.owner, Qt.Key.Key_Return)
    window.navigator.go_to_item("goods.baseline")
    window.context.undo_stack.undo()
    assert reopen()["labor.suppliers"].owner == ""
    assert window.editor.item_id == "labor.suppliers"
    assert window.area_list.current_area() == "labor"


def test_undo_never_overwrites_an_edit_made_in_another_window(
    qtbot, window: MainWindow, reopen, workspace_path
) -> None:
    from readiness.store.workspace import Workspace
    from tests.support import edit

    _focus_editor_item(qtbot, window, "goods.baseline")
    form = window.editor.form
    form.owner.setFocus()
    qtbot.keyClicks(form.owner, "Maria")
    qtbot.keyClick(form.owner, Qt.Key.Key_Return)
    assert reopen()["goods.baseline"].owner == "Maria"
    with Workspace.open(workspace_path) as other:  # a second app instance on the same file
        aid = other.assessments.get(window.context.assessment.name).id
        edit(other, aid, "goods.baseline", owner="Dan")
    window.context.undo_stack.undo()
    assert reopen()["goods.baseline"].owner == "Dan"  # the other window's edit stands
    assert form.owner.text() == "Dan"  # and this window now shows it
    assert "changed elsewhere" in window.saved_label.text()


def test_evidence_that_has_moved_is_explained_not_silently_ignored(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:
    from PySide6.QtGui import QDesktopServices

    from ui.links import LinkNotOpened, OpenLinkDialog

    opened, told = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    monkeypatch.setattr(OpenLinkDialog, "ask", classmethod(lambda cls, parent, *, link: "open"))
    monkeypatch.setattr(LinkNotOpened, "ask", classmethod(lambda cls, parent, *, text: told.append(text)))
    _focus_editor_item(qtbot, window, "goods.baseline")
    panel = window.editor.evidence
    present = tmp_path / "bom.xlsx"
    present.write_bytes(b"x")
    for entry in (str(present), str(tmp_path / "moved.pdf")):
        qtbot.keyClicks(panel.entry, entry)
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    panel.view.setCurrentIndex(panel.model.index(0))
    assert panel.open_selected() and opened[0].toLocalFile() == str(present)
    panel.view.setCurrentIndex(panel.model.index(1))
    assert not panel.open_selected()
    assert len(opened) == 1 and "moved.pdf was not found" in told[0]


def test_owners_already_in_use_are_offered_so_one_person_keeps_one_spelling(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    commands.edit_responses(window.context, {"goods.baseline": {"owner": "Susan Kim"}}, text="x")
    commands.add_action(window.context, "goods.baseline", Action(title="Map duty", owner="Raj Patel"))
    window.navigator.go_to_item("goods.auto")
    owner = window.editor.form.owner
    completer = owner.completer()
    assert completer is not None
    completer.setCompletionPrefix("kim")  # any part of the name, any case
    assert [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())] == ["Susan Kim"]
    assert owner.text() == ""  # offered, never filled in without a pick
    offered: list[list[str]] = []

    def look(dialog: ActionDialog) -> int:  # the dialog as the user gets it, closed without a change
        completer = dialog.owner.completer()
        offered.append(completer.model().stringList() if completer is not None else [])
        return 0

    monkeypatch.setattr(ActionDialog, "exec", look)
    window.editor.actions_panel.add_action()
    assert offered == [["Raj Patel", "Susan Kim"]]
