"""Light and dark palettes on the Fusion style, both checked for readable contrast.

Colours the views draw themselves (bars, level badges) come from
`level_color` and `priority_color`, which pick tones that read on either
background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LEVEL_COLORS = ("#c0392b", "#e67e22", "#d4ac0d", "#2e86c1", "#229954")
PRIORITY_COLORS = {"critical": "#c0392b", "high": "#e67e22", "medium": "#d4ac0d", "low": "#7f8c8d", "unset": "#95a5a6"}


def level_color(fraction: float | None) -> QColor:
    """A colour for a readiness fraction (0..1): red through green; grey when there is none."""
    if fraction is None:
        return QColor("#95a5a6")
    index = min(4, max(0, int(fraction * 4 + 0.0001)))
    return QColor(LEVEL_COLORS[index])


def priority_color(priority: str) -> QColor:
    return QColor(PRIORITY_COLORS.get(priority, "#95a5a6"))


def _dark_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3c3f41",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#6cb4ff",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#505357",
        QPalette.ColorRole.Midlight: "#45484c",
        QPalette.ColorRole.Mid: "#3a3d41",
        QPalette.ColorRole.Dark: "#1c1d1f",
        QPalette.ColorRole.Shadow: "#000000",
    }
    return _palette(roles, disabled_text="#7a7a7a")


def _light_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: "#f3f3f3",
        QPalette.ColorRole.WindowText: "#1b1b1b",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f5f7fa",
        QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#1b1b1b",
        QPalette.ColorRole.PlaceholderText: "#6e6e6e",
        QPalette.ColorRole.Text: "#1b1b1b",
        QPalette.ColorRole.Button: "#e9e9e9",
        QPalette.ColorRole.ButtonText: "#1b1b1b",
        QPalette.ColorRole.Link: "#0b57d0",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    return _palette(roles, disabled_text="#8a8a8a")


def _palette(roles: dict[QPalette.ColorRole, str], *, disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    # a disabled field looks like the window behind it, so it does not read as one to type in
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(roles[QPalette.ColorRole.Window]))
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with our light or dark palette; `system` follows the platform's colour scheme."""
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(_dark_palette() if dark else _light_palette())
