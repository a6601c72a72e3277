"""Desktop conventions: keyboard-only use, accessible names, remembered window state, readable palettes."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.theme import apply_theme


def test_keyboard_only_walk_from_area_to_answer(qtbot, window: MainWindow, reopen) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.area_list.hasFocus()
    qtbot.keyClick(window.area_list, Qt.Key.Key_Down)  # goods -> labor
    assert window.area_list.current_area() == "labor"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.item_table.view.hasFocus()
    qtbot.keyClick(window.item_table.view, Qt.Key.Key_Down)
    assert window.editor.item_id == "labor.suppliers"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    level = window.editor.form.level
    assert level.hasFocus()
    qtbot.keyClick(level, Qt.Key.Key_Down)
    assert reopen()["labor.suppliers"].level == 0


def test_every_input_has_an_accessible_name_or_label_text(qtbot, window: MainWindow) -> None:
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue
        if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractButton)):
            if isinstance(widget.parent(), (QComboBox, QLineEdit, QAbstractSpinBox)):  # internals of a named control
                continue
            if not widget.accessibleName() and not widget.toolTip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_geometry_and_last_assessment_are_remembered(qtbot, context: AppContext, tmp_path) -> None:
    settings = Settings(QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat))
    first = MainWindow(context, settings)
    qtbot.addWidget(first)
    context.load_assessment(context.assessment_id)
    first.show()
    first.resize(780, 640)  # the offscreen screen is 800 px square; a window larger than it is fitted to it
    first.splitter.setSizes([180, 320, 280])
    sizes = first.splitter.sizes()
    first.close()
    again = Settings(QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat))
    assert again.last_assessment == "Test"
    second = MainWindow(context, again)
    qtbot.addWidget(second)
    second.restore_state()
    second.show()
    assert second.height() == 640  # the default would be 900 (or the screen's height)
    assert second.splitter.sizes() == sizes


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_light_and_dark_palettes_are_readable(qtbot) -> None:
    app = QApplication.instance()
    original = app.palette()
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            palette = app.palette()
            pairs = [
                (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
            ]
            for fg, bg in pairs:
                assert _contrast(palette.color(fg), palette.color(bg)) >= 4.5, (theme, fg, bg)
    finally:
        app.setPalette(original)
