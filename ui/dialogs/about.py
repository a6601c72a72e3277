"""The About box: version, what the app is, and the sources of each installed framework."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from readiness import __version__
from readiness.model import Framework
from ui.context import AppContext
from ui.links import open_link


def about_html(frameworks: list[Framework], tr: object) -> str:
    translate = tr if callable(tr) else (lambda s: s)
    parts = [
        f"<h3>Trade Readiness {html.escape(__version__)}</h3>",
        "<p>"
        + translate(
            "Assess and plan a company's readiness for North American trade agreement changes "
            "(NAFTA, USMCA and its joint reviews)."
        )
        + "</p>",
        "<p><i>" + translate("A self-assessment tool, not legal advice.") + "</i></p>",
    ]
    for framework in frameworks:
        parts.append(f"<p><b>{html.escape(framework.title)}</b> ({html.escape(framework.version)})")
        if framework.publisher:
            parts.append("<br>" + html.escape(framework.publisher))
        sources = [
            f'<a href="{html.escape(s.url)}">{html.escape(s.title)}</a>' if s.url else html.escape(s.title)
            for s in framework.sources[:8]
        ]
        if sources:
            parts.append("<br>" + translate("Sources:") + "<br>" + "<br>".join(sources))
        if len(framework.sources) > 8:
            parts.append("<br>" + translate("and %1 more").replace("%1", str(len(framework.sources) - 8)))
        parts.append("</p>")
    return "".join(parts)


class AboutBox:
    """Shows the About box."""

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> None:
        frameworks = [context.framework_version(info.id, info.version) for info in context.frameworks()]
        box = about_box(parent, frameworks)
        box.exec()


def about_box(parent: QWidget, frameworks: list[Framework]) -> QMessageBox:
    """The box, with its source links sent through `ui.links.open_link` (a message box opens links itself)."""
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("About Trade Readiness"))
    box.setTextFormat(Qt.TextFormat.RichText)  # built here with every pack text escaped
    box.setText(about_html(frameworks, parent.tr))
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda url: open_link(box, url))
    return box
