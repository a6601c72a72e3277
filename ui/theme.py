"""Light and dark palettes on the Fusion style, and the colours views draw themselves, readable in both.

Every colour here is chosen against the palette it is shown on (WCAG 2.1 AA):
text 4.5:1 against the base and alternate-base rows (level, priority and
status words in the tables, search highlights), controls 3:1 against the
window and base (field and button borders, check boxes, the focus frame).
`Tones` holds one theme's colours; `tones()` picks the set for the palette in
use, so a view that asks while painting follows a theme switch at once.
`contrast_ratio` is the WCAG formula the tests measure with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LEVEL_KEYS = (0, 1, 2, 3, 4)
PRIORITY_KEYS = ("critical", "high", "medium", "low", "unset")


@dataclass(frozen=True)
class Tones:
    """The colours of one theme that are not palette roles."""

    levels: tuple[str, str, str, str, str]  # readiness 0..4 (also the bars' fill)
    priorities: dict[str, str] = field(default_factory=dict)
    no_score: str = "#6b6b6b"
    control_border: str = "#858585"  # fields, buttons, check boxes, tables
    focus: str = "#2f65ca"  # the frame around the control that has the keyboard focus
    good: str = "#1e7b34"
    bad: str = "#b3261e"
    warn: str = "#8a5300"  # cannot tell yet: between good and bad
    muted: str = "#5f6368"
    match_background: str = "#ffe58f"  # search matches
    match_text: str = "#1b1b1b"


LIGHT_TONES = Tones(
    levels=("#b3261e", "#a14500", "#7a6000", "#1f5fa8", "#1e7b34"),
    priorities={"critical": "#b3261e", "high": "#a14500", "medium": "#7a6000", "low": "#55606a", "unset": "#6b6b6b"},
)
DARK_TONES = Tones(
    levels=("#ff8a80", "#ffb74d", "#f2d15c", "#8cc2ff", "#6fd88a"),
    priorities={"critical": "#ff8a80", "high": "#ffb74d", "medium": "#f2d15c", "low": "#b8c4cc", "unset": "#a8a8a8"},
    no_score="#a8a8a8",
    control_border="#8c8c8c",
    focus="#6cb4ff",
    good="#6fd88a",
    bad="#ff8a80",
    warn="#ffc266",
    muted="#b0b0b0",
    match_background="#7a5d00",
    match_text="#ffffff",
)

LIGHT_ROLES = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1b1b1b",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f7fa",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1b1b1b",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
    QPalette.ColorRole.Text: "#1b1b1b",
    QPalette.ColorRole.Button: "#e9e9e9",
    QPalette.ColorRole.ButtonText: "#1b1b1b",
    QPalette.ColorRole.Link: "#0b57d0",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}
DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
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
# Read-only answers (an archived assessment) are shown in disabled fields and must stay readable.
LIGHT_DISABLED_TEXT = "#656565"
DARK_DISABLED_TEXT = "#a0a0a0"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tones(palette: QPalette | None = None) -> Tones:
    """The colour set for `palette` (by default the application's)."""
    return DARK_TONES if is_dark(palette) else LIGHT_TONES


def level_color(fraction: float | None) -> QColor:
    """A colour for a readiness fraction (0..1): red through green; grey when there is none."""
    current = tones()
    if fraction is None:
        return QColor(current.no_score)
    index = min(4, max(0, int(fraction * 4 + 0.0001)))
    return QColor(current.levels[index])


def priority_color(priority: str) -> QColor:
    current = tones()
    return QColor(current.priorities.get(priority, current.priorities["unset"]))


def status_color(kind: str) -> QColor:
    """`good`, `bad`, `warn` or `muted` text (an improvement, an overdue date, a doubt, a quiet remark), in the
    current theme's tone: the one place text colours come from, so they stay readable in light and dark."""
    return QColor(getattr(tones(), kind))


def relative_luminance(colour: QColor) -> float:
    channels = []
    for value in (colour.redF(), colour.greenF(), colour.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """The WCAG 2.1 contrast ratio of two colours, 1 to 21."""
    high, low = sorted((relative_luminance(QColor(first)), relative_luminance(QColor(second))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    return _palette(DARK_ROLES, disabled_text=DARK_DISABLED_TEXT)


def light_palette() -> QPalette:
    return _palette(LIGHT_ROLES, disabled_text=LIGHT_DISABLED_TEXT)


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
    """Our style (Fusion, readable borders and focus, no accidental wheel edits) with the light or dark palette.

    `system` follows the platform's colour scheme. Switching at runtime
    repaints every window with the new palette and tones.
    """
    from ui.widgets.style import ReadinessStyle  # the style module draws with this module's tones

    app.setStyle(ReadinessStyle())
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(dark_palette() if dark else light_palette())
