"""Nothing changes by accident: the wheel, a bare "not applicable", a "ready" without evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from readiness.codes import Level, Priority
from ui import commands
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.models.items import COL_LEVEL
from ui.theme import apply_theme


@pytest.fixture
def styled(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's own style and palette, as `trade-readiness` starts with (the wheel guard is part of the style)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    apply_theme(app, "light")
    yield
    app.setPalette(palette)


def wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn the mouse wheel over the middle of `widget` (negative: towards the user, i.e. scroll down)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _show_item(qtbot, window: MainWindow, item_id: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.navigator.go_to_item(item_id)


def test_the_wheel_over_an_unfocused_field_scrolls_and_changes_nothing(qtbot, styled, window: MainWindow, reopen):  # type: ignore[no-untyped-def]
    commands.edit_responses(
        window.context,
        {"goods.baseline": {"level": Level.AWARE, "priority": Priority.HIGH, "due": dt.date(2026, 11, 14)}},
        text="answer",
    )
    window.resize(1280, 420)  # short enough for the editor to scroll
    _show_item(qtbot, window, "goods.baseline")
    form = window.editor.form
    window.item_table.view.setFocus()
    bar = window.editor.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    for field in (form.level, form.priority, form.due.edit):
        assert not field.hasFocus()
        wheel(field, -1)
        wheel(field, +2)
    stored = reopen()["goods.baseline"]
    assert (stored.level, stored.priority, stored.due) == (Level.AWARE, Priority.HIGH, dt.date(2026, 11, 14))
    assert form.level.currentData() == int(Level.AWARE) and form.priority.currentData() == "high"
    bar.setValue(0)
    wheel(form.priority, -1)
    assert bar.value() > 0  # the editor scrolled instead of the field changing
    assert form.priority.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives it the focus

    form.level.setFocus()  # once the user is in the field, the wheel works as usual
    wheel(form.level, -1)
    assert reopen()["goods.baseline"].level == Level.PLANNED


def test_the_wheel_leaves_dialog_fields_and_filters_alone(qtbot, styled, window: MainWindow) -> None:
    dialog = ActionDialog(window, title="New action")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setFocus()
    status, cost = dialog.status.currentIndex(), dialog.cost.value()
    wheel(dialog.status, -1)
    wheel(dialog.cost, +1)
    assert (dialog.status.currentIndex(), dialog.cost.value()) == (status, cost)
    bar = window.item_table.filters
    window.item_table.view.setFocus()
    wheel(bar.level, -1)
    assert bar.level.currentIndex() == 0  # "Any level" stays


def test_not_applicable_asks_for_its_reason_and_counts_only_with_one(qtbot, window: MainWindow, reopen) -> None:
    _show_item(qtbot, window, "goods.baseline")
    form = window.editor.form
    assert not form.na_reason.isVisibleTo(window)  # the reason row appears only for "not applicable"
    before = window.area_model.score("goods")
    assert before is not None
    form.level.setFocus()
    qtbot.keyClick(form.level, Qt.Key.Key_End)  # the last entry is "Not applicable"
    assert form.na_reason.isVisibleTo(window) and form.na_reason.hasFocus()  # asked at once, inline
    assert form.na_hint.isVisibleTo(window) and "counts as not assessed" in form.na_hint.text()
    stored = reopen()["goods.baseline"]
    assert stored.not_applicable and stored.awaiting_na_reason
    pending = window.area_model.score("goods")
    assert pending is not None and (pending.applicable, pending.assessed) == (before.applicable, before.assessed)
    row = window.item_model.row_of("goods.baseline")
    assert window.item_model.index(row, COL_LEVEL).data() == "Not applicable (no reason yet)"

    qtbot.keyClicks(form.na_reason, "We import no goods under preference")
    qtbot.keyClick(form.na_reason, Qt.Key.Key_Return)
    assert reopen()["goods.baseline"].counts_as_not_applicable
    counted = window.area_model.score("goods")
    assert counted is not None and counted.applicable == before.applicable - 1
    assert not form.na_hint.isVisibleTo(window)
    assert window.item_model.index(row, COL_LEVEL).data() == "Not applicable"


def test_ready_without_evidence_is_marked_until_evidence_is_added(qtbot, window: MainWindow) -> None:
    _show_item(qtbot, window, "goods.baseline")
    commands.edit_responses(window.context, {"goods.baseline": {"level": Level.READY}}, text="ready")
    form, model = window.editor.form, window.item_model
    index = model.index(model.row_of("goods.baseline"), COL_LEVEL)
    assert form.evidence_hint.isVisibleTo(window) and "no evidence" in form.evidence_hint.text()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "no evidence" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    window.editor.evidence.add("https://example.com/flow-map.xlsx")
    assert not form.evidence_hint.isVisibleTo(window)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
