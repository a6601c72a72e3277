"""The banner above the views: what the user should know about the open assessment, and a link that acts on it.

- archived: read only, and where it went ("Open the new assessment"); archived
  by a move to the retired 2026 review pack: why it can be active again;
- a newer content version of its framework is installed ("Preview the update");
- a watch list and the compliance assessment it runs beside ("Switch to it").
Names are escaped: the banner is rich text we build, links carry only codes
(`update`, `switch`, `reactivate`) or an assessment id.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from readiness.codes import AssessmentKind

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def style_banner(banner: QLabel) -> None:
    """The banner in the theme's colours (a fixed light grey left its link unreadable in the dark theme): the
    window's text on the alternate base, which the theme keeps readable for text and links alike."""
    palette = QApplication.palette()
    background = palette.color(QPalette.ColorRole.AlternateBase).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    line = palette.color(QPalette.ColorRole.Mid).name()
    banner.setStyleSheet(
        f"QLabel#archivedBanner {{ background: {background}; color: {text}; border-bottom: 1px solid {line};"
        " padding: 6px 10px; font-weight: bold; }"
    )


def _link(target: str, text: str) -> str:
    return f'<a href="{target}">{html.escape(text)}</a>'


def _quoted(name: str) -> str:
    return "\u201c" + html.escape(name) + "\u201d"


def banner_text(window: MainWindow) -> str:
    """The banner's rich text for the open assessment ("" when there is nothing to say)."""
    context = window.context
    assessment = context.assessment
    if assessment is None:
        return ""
    if context.read_only:
        return _archived(window)
    notes = []
    newer = window.migration.newer_content()
    if newer is not None:
        as_of = newer.current_to.isoformat() if newer.current_to else ""
        text = (
            translate(
                "notice",
                "Newer content for this framework is installed: version %1, as of %2 (this assessment is on %3).",
            )
            if as_of
            else translate(
                "notice", "Newer content for this framework is installed: version %1 (this assessment is on %3)."
            )
        )
        text = text.replace("%2", html.escape(as_of)).replace("%3", html.escape(assessment.framework_version))
        notes.append(
            text.replace("%1", html.escape(newer.version))
            + " "
            + _link("update", translate("notice", "Preview the update"))
        )
    companion = window.assessment_flow.companion()
    if companion is not None:
        if assessment.kind is AssessmentKind.WATCH:
            text = translate("notice", "Watch list beside %1.").replace("%1", _quoted(companion.name))
        else:
            text = translate("notice", "The watch list %1 runs beside this assessment.").replace(
                "%1", _quoted(companion.name)
            )
        notes.append(text + " " + _link("switch", translate("notice", "Switch to it (Ctrl+Shift+B)")))
    return "<br>".join(notes)


def _archived(window: MainWindow) -> str:
    context = window.context
    assessment = context.assessment
    if assessment is None or context.read(lambda ws: ws.read_only):
        return translate("notice", "Read only: the workspace cannot be written") if assessment is not None else ""
    review = window.assessment_flow.archived_by_review()
    if review is not None:
        return (
            translate(
                "notice",
                "Archived when it was moved to the 2026 joint-review pack (%1), which froze its compliance answers. "
                "Review packs now run beside the compliance assessment instead.",
            ).replace("%1", _quoted(review.name))
            + " "
            + _link("reactivate", translate("notice", "Make it active again\u2026"))
        )
    successor = context.successor_of(assessment.id)
    if successor is None:
        return html.escape(translate("notice", "Archived \u2014 read only"))
    return (
        translate("notice", "Archived: migrated to %1 on %2 \u2014 read only. %3")
        .replace("%1", _quoted(successor.name))
        .replace("%2", f"{successor.created_at:%Y-%m-%d}")
        .replace("%3", _link(str(successor.id), translate("notice", "Open the new assessment")))
    )
