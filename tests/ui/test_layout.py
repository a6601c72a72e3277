"""Answer first at 1280x720, dialogs that fit the screen, and a window saved on a larger screen fitted to this one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from readiness.codes import Level
from readiness.model import CompanyProfile
from tests.support import create
from ui import commands
from ui.context import AppContext
from ui.dialogs.about import about_box
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.widgets.screen_fit import available_geometry, fitted


def _in_view(editor, widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """Whether all of `widget` shows in the editor's viewport as it is scrolled now."""
    viewport = editor.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_the_whole_answer_shows_without_scrolling_at_1280x720(qtbot, workspace, settings: Settings) -> None:
    profile = CompanyProfile(roles=["importer", "producer"], countries=["US", "CA", "MX"], sectors=["automotive"])
    nafta = create(workspace, "NAFTA", "nafta-2017", profile)
    context = AppContext(workspace)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    context.load_assessment(nafta.id)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    editor, form = window.editor, window.editor.form
    framework = context.framework
    assert framework is not None
    longest = max((item for _, item in framework.items()), key=lambda item: len(item.question))
    commands.edit_responses(context, {longest.id: {"not_applicable": True, "needs_review": True}}, text="x")
    hidden = []
    for _, item in framework.items():  # every item of the pack, the longest question with the reason row too
        window.navigator.go_to_item(item.id)
        qtbot.waitUntil(lambda: editor.widget().layout().geometry().isValid(), timeout=1000)
        answer = [form.level, form.priority, form.owner, form.due, form.gap]
        if item.id == longest.id:
            assert form.na_reason.isVisibleTo(window)
            answer.append(form.na_reason)
        hidden += [f"{item.id}: {w.accessibleName()}" for w in answer if not _in_view(editor, w)]
    assert hidden == []
    assert editor.verticalScrollBar().value() == 0


def test_the_fitting_rule_keeps_a_large_frame_on_a_small_screen() -> None:
    laptop = QRect(0, 0, 1280, 720)
    assert fitted(QRect(100, 60, 1440, 900), laptop) == QRect(16, 16, 1248, 688)
    assert fitted(QRect(1200, 700, 500, 300), laptop) == QRect(764, 404, 500, 300)
    assert fitted(QRect(40, 40, 400, 300), laptop) == QRect(40, 40, 400, 300)  # already fits: unchanged


def test_dialogs_fit_the_screen_with_their_buttons_on_it(qtbot, window: MainWindow) -> None:
    context = window.context
    window.navigator.go_to_item("goods.baseline")
    commands.edit_responses(context, {"goods.baseline": {"level": Level.AWARE}}, text="x")
    frameworks = [context.framework_version(f.id, f.version) for f in context.frameworks()]
    available = available_geometry(window)
    dialogs = [about_box(window, frameworks), ActionDialog(window, title="New action"), BulkEditDialog(window, count=3)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert available.contains(dialog.frameGeometry()), (type(dialog).__name__, dialog.frameGeometry())
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None and buttons.isVisible()
        corner = buttons.mapTo(dialog, buttons.rect().bottomRight())
        assert dialog.rect().contains(corner)
        dialog.close()


def test_a_window_saved_on_a_larger_screen_opens_fitted_to_this_one(qtbot, context: AppContext, tmp_path) -> None:
    path = str(tmp_path / "big.ini")
    first = MainWindow(context, Settings(QSettings(path, QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(120, 80, 1440, 900)  # as on the 1440x900 monitor at the office
    assert first.width() == 1440
    first.close()
    second = MainWindow(context, Settings(QSettings(path, QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    second.restore_state()
    second.show()
    qtbot.waitExposed(second)
    available = available_geometry(second)
    qtbot.waitUntil(lambda: available.contains(second.frameGeometry()), timeout=2000)
    assert second.width() < 1440
