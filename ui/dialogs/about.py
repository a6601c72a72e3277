"""The About box: version, what the app is, and the sources of each installed framework.

The sources of every installed pack make a long text, so it scrolls inside a
dialog that fits the screen (a message box grows past a 720-pixel screen and
hides its button). Source links go through `ui.links.open_link`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from readiness import __version__
from readiness.content_model import Framework
from ui.context import AppContext
from ui.links import open_link
from ui.widgets.screen_fit import fit_to_screen

SOURCES_SHOWN = 8


class AboutDialog(QDialog):
    """Version, purpose and the sources of each framework, scrollable, with one Close button."""

    def __init__(self, parent: QWidget | None, frameworks: list[Framework]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Trade Readiness"))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # built here with every pack text escaped
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("About Trade Readiness"))
        self.text.setText(self.about_html(frameworks))
        self.text.linkActivated.connect(lambda url: open_link(self, url))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(560, 640)
        fit_to_screen(self)

    def about_html(self, frameworks: list[Framework]) -> str:
        parts = [
            f"<h3>Trade Readiness {html.escape(__version__)}</h3>",
            "<p>"
            + self.tr(
                "Assess and plan a company's readiness for North American trade agreement changes "
                "(NAFTA, USMCA and its joint reviews)."
            )
            + "</p>",
            "<p><i>" + self.tr("A self-assessment tool, not legal advice.") + "</i></p>",
        ]
        for framework in frameworks:
            parts.append(f"<p><b>{html.escape(framework.title)}</b> ({html.escape(framework.version)})")
            if framework.publisher:
                parts.append("<br>" + html.escape(framework.publisher))
            sources = [
                f'<a href="{html.escape(s.url)}">{html.escape(s.title)}</a>' if s.url else html.escape(s.title)
                for s in framework.sources[:SOURCES_SHOWN]
            ]
            if sources:
                parts.append("<br>" + self.tr("Sources:") + "<br>" + "<br>".join(sources))
            if len(framework.sources) > SOURCES_SHOWN:
                more = len(framework.sources) - SOURCES_SHOWN
                parts.append("<br>" + self.tr("and %1 more").replace("%1", str(more)))
            parts.append("</p>")
        return "".join(parts)


class AboutBox:
    """Shows the About box."""

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> None:
        frameworks = [context.framework_version(info.id, info.version) for info in context.frameworks()]
        about_box(parent, frameworks).exec()


def about_box(parent: QWidget, frameworks: list[Framework]) -> AboutDialog:
    """The dialog, its source links sent through `ui.links.open_link`."""
    return AboutDialog(parent, frameworks)
