"""Readable by everyone: WCAG 2.1 AA contrast in both themes and after a switch, visible focus, named controls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from readiness.codes import Level, Priority
from ui import commands
from ui.main_window import MainWindow
from ui.models.items import COL_LEVEL, COL_PRIORITY
from ui.theme import DARK_TONES, LIGHT_TONES, apply_theme, contrast_ratio, tones
from ui.widgets.dates import DateField

G, R = QPalette.ColorGroup, QPalette.ColorRole
TEXT_PAIRS = [
    (G.Active, R.Text, R.Base),
    (G.Active, R.Text, R.AlternateBase),
    (G.Active, R.WindowText, R.Window),
    (G.Active, R.ButtonText, R.Button),
    (G.Active, R.HighlightedText, R.Highlight),
    (G.Active, R.PlaceholderText, R.Base),
    (G.Active, R.ToolTipText, R.ToolTipBase),
    (G.Active, R.Link, R.Base),
    (G.Active, R.Link, R.Window),
    (G.Active, R.Link, R.AlternateBase),  # the banner's link
    (G.Active, R.WindowText, R.AlternateBase),  # the banner's text
    (G.Disabled, R.Text, R.Base),  # an archived assessment is read in disabled fields
    (G.Disabled, R.WindowText, R.Window),
]


@pytest.fixture
def app_palette(qtbot) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    apply_theme(app, "light")
    yield app
    apply_theme(app, "light")
    app.setPalette(original)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_and_controls_meet_wcag_aa_in_each_theme(app_palette: QApplication, theme: str) -> None:
    apply_theme(app_palette, theme)
    palette = app_palette.palette()
    low = []
    for group, fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
        if ratio < 4.5:
            low.append(f"{fg.name} on {bg.name} ({group.name}): {ratio:.2f}")
    current = tones()
    assert current is (DARK_TONES if theme == "dark" else LIGHT_TONES)
    words = [*current.levels, *current.priorities.values(), current.no_score, current.good, current.bad]
    words += [current.warn, current.muted]
    for colour in words:  # level, priority and status words in tables and the editor
        for bg in (R.Base, R.AlternateBase, R.Window):
            ratio = contrast_ratio(colour, palette.color(bg))
            if ratio < 4.5:
                low.append(f"{colour} on {bg.name}: {ratio:.2f}")
    if contrast_ratio(current.match_text, current.match_background) < 4.5:
        low.append("search match")
    for colour in (current.control_border, current.focus):  # borders and the focus frame: 3:1
        for bg in (R.Window, R.Base, R.Button):
            ratio = contrast_ratio(colour, palette.color(bg))
            if ratio < 3:
                low.append(f"control {colour} on {bg.name}: {ratio:.2f}")
    assert low == []


def _indicator_border(box: QCheckBox) -> QColor:
    """The colour painted on the left edge of a check box's square, as the user sees it."""
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    return image.pixelColor(QPoint(rect.left(), rect.center().y()))


def test_colours_follow_a_theme_switch_at_runtime(qtbot, app_palette, window: MainWindow) -> None:
    commands.edit_responses(
        window.context,
        {
            "goods.baseline": {"level": Level.AWARE, "priority": Priority.MEDIUM},
            "goods.auto": {"level": Level.PLANNED, "priority": Priority.HIGH},
        },
        text="answers",
    )
    model, view = window.item_model, window.item_table.view
    box = window.item_table.filters.needs_review
    for theme in ("dark", "light", "dark"):
        window.set_theme(theme)
        assert window.settings.theme == theme
        wanted = app_palette.palette().color(R.Base)
        qtbot.waitUntil(lambda w=wanted: view.palette().color(R.Base) == w, timeout=2000)  # Qt posts the change
        base = view.palette().color(R.Base)
        assert (base.lightness() < 128) == (theme == "dark")
        for item_id in ("goods.baseline", "goods.auto"):
            for column in (COL_LEVEL, COL_PRIORITY):
                colour = model.index(model.row_of(item_id), column).data(Qt.ItemDataRole.ForegroundRole)
                for background in (base, view.palette().color(R.AlternateBase)):
                    assert contrast_ratio(colour, background) >= 4.5, (theme, item_id, column, colour.name())
        border = _indicator_border(box)
        assert contrast_ratio(border, box.palette().color(R.Window)) >= 3, (theme, border.name())


def _frame_colour(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(QPoint(0, widget.height() // 2))


def test_focus_is_visible_after_alt_1_2_3(qtbot, app_palette, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.navigator.go_to_item("goods.baseline")
    window.editor.form.owner.setFocus()
    window_colour = window.palette().color(R.Window)
    unfocused = {"areas": _frame_colour(window.area_list), "items": _frame_colour(window.item_table.view)}
    for key, widget, name in (
        (Qt.Key.Key_1, window.area_list, "areas"),
        (Qt.Key.Key_2, window.item_table.view, "items"),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert widget.hasFocus()
        frame = _frame_colour(widget)
        assert frame == QColor(tones().focus) and frame != unfocused[name]
        assert contrast_ratio(frame, window_colour) >= 3
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    level = window.editor.form.level
    assert level.hasFocus()
    frame = level.grab().toImage().pixelColor(QPoint(1, level.height() // 2))
    assert contrast_ratio(frame, window_colour) >= 3
    assert contrast_ratio(frame, QColor(tones().focus)) < 1.5  # drawn in the focus colour


def test_every_column_header_and_icon_button_has_a_name(qtbot, window: MainWindow) -> None:
    window.navigator.go_to_item("goods.baseline")
    unnamed = []
    for model in (window.item_model, window.area_model, window.editor.actions_panel.model):
        for section in range(model.columnCount()):
            name = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
            name = name or model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not any(ch.isalpha() for ch in str(name or "")):
                unnamed.append(f"{type(model).__name__} column {section}: {name!r}")
    calendars = [field.calendar for field in window.findChildren(DateField)]
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    buttons += [b for calendar in calendars for b in calendar.findChildren(QToolButton)]  # its month arrows
    for button in buttons:
        if isinstance(button.parent(), QLineEdit):  # a line edit's own clear button, reached by keyboard as Delete
            continue
        if not any(ch.isalpha() for ch in button.text()) and not button.accessibleName():
            unnamed.append(f"{type(button).__name__} {button.objectName()} {button.toolTip()!r}")
    assert unnamed == [], "\n".join(unnamed)


def test_text_colours_come_from_the_theme_not_from_fixed_values() -> None:
    """A fixed red that reads on white is unreadable on the dark theme's grey (the overdue count once was)."""
    root = Path(__file__).resolve().parents[2] / "ui"
    fixed = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # a text colour with its own background is readable whatever the theme
            if re.search(r"(?<![-\w])color:\s*#", line) and "background" not in line:
                fixed.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert fixed == []


def test_the_banner_follows_the_theme(qtbot, app_palette, window: MainWindow) -> None:
    """The watch-list and archived banner once kept a light grey under a light-blue link in the dark theme."""
    for theme in ("dark", "light"):
        window.set_theme(theme)
        background = app_palette.palette().color(R.AlternateBase).name()
        assert f"background: {background}" in window.banner.styleSheet(), theme
