"""A first item answered fully from the keyboard on a new assessment: level, priority, owner, typed due date, gap, one action.

The walk is what a new user does after the wizard: F8 to the first item,
arrows for the level and priority, Tab from field to field, the due date
typed, Alt+C for "Add action", the action's title typed (it starts with the
item's owner and due date) and Enter. It must need no mouse, lose no typing
and end with everything saved; the time it takes and the number of keys
pressed are printed for the report (run with -s).
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from readiness.codes import Level, Priority
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import create
from ui.context import AppContext
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.settings import Settings


class Keys:
    """Key clicks through pytest-qt, counted."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.count = qtbot, 0

    def press(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:  # type: ignore[no-untyped-def]
        for _ in range(times):
            self.qtbot.keyClick(widget, key, modifier)
            self.count += 1

    def type(self, widget, text: str) -> None:  # type: ignore[no-untyped-def]
        self.qtbot.keyClicks(widget, text)
        self.count += len(text)


def test_a_first_item_answered_from_the_keyboard(qtbot, workspace: Workspace, settings: Settings) -> None:
    started = time.perf_counter()
    profile = CompanyProfile(company="Acme Auto Parts", roles=["importer"], countries=["US", "MX"])
    assessment = create(workspace, "Acme 2017", "nafta-2017", profile)
    context = AppContext(workspace)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    context.load_assessment(assessment.id)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)  # the window fits itself to the (800-pixel) test screen once shown
    window.resize(1280, 720)  # as on a 1280x720 laptop
    window.activateWindow()
    qtbot.waitActive(window)
    opened = time.perf_counter()
    keys = Keys(qtbot)
    form = window.editor.form
    window.area_list.setFocus()  # where Qt puts the focus when the window opens on a real screen

    keys.press(window.area_list, Qt.Key.Key_F8)  # from the first area's introduction to its first item
    first = window.editor.item_id
    assert first is not None and form.level.hasFocus()
    keys.press(form.level, Qt.Key.Key_Down, times=3)  # Not assessed -> 0 -> 1 -> 2 Planned
    keys.press(form.level, Qt.Key.Key_Tab)
    assert form.priority.hasFocus()
    keys.press(form.priority, Qt.Key.Key_Down, times=2)  # Not set -> Critical -> High
    keys.press(form.priority, Qt.Key.Key_Tab)
    assert form.owner.hasFocus()
    keys.type(form.owner, "Maria Lopez")
    keys.press(form.owner, Qt.Key.Key_Tab)
    assert form.due.edit.hasFocus()
    keys.type(form.due.edit, "2027-03-31")
    keys.press(form.due.edit, Qt.Key.Key_Tab)
    assert form.gap.hasFocus()
    keys.type(form.gap, "No flow map by HTS chapter yet")

    seen: dict[str, str] = {}

    def fill_in_the_action() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ActionDialog):  # not open yet: look again in a moment
            QTimer.singleShot(5, fill_in_the_action)
            return
        seen.update(owner=dialog.owner.text(), due=dialog.due.edit.text())
        keys.type(dialog.title_edit, "Pull 12 months of entry data for Canada and Mexico")
        keys.press(dialog.title_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in_the_action)
    keys.press(form.gap, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "Add a&ction…"; leaving the gap saves it
    qtbot.waitUntil(lambda: bool(context.responses[first].actions), timeout=5000)  # a mnemonic clicks after 100 ms
    finished = time.perf_counter()
    assert seen == {"owner": "Maria Lopez", "due": "2027-03-31"}  # the action started with the item's own

    with Workspace.open(workspace.path, install_builtins=False) as fresh:  # what reached the file
        stored = fresh.assessments.responses(assessment.id)[first]
    assert stored.level == Level.PLANNED and stored.priority == Priority.HIGH
    assert stored.owner == "Maria Lopez" and stored.due == dt.date(2027, 3, 31)
    assert stored.gap == "No flow map by HTS chapter yet"
    assert [(a.title, a.owner, a.due) for a in stored.actions] == [
        ("Pull 12 months of entry data for Canada and Mexico", "Maria Lopez", dt.date(2027, 3, 31))
    ]
    answer_seconds = finished - opened
    print(
        f"\nfirst item: {keys.count} keys, opening {opened - started:.2f} s, answering {answer_seconds:.2f} s,"
        f" {context.undo_stack.count()} undo steps"
    )
    assert answer_seconds < 20  # generous: the walk itself waits for nothing
