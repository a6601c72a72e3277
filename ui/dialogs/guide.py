"""Help > Guide (F1): the in-app guide, a page we write and ship in `resources/guide/`.

The page is rich text of our own (no document or pack text is in it), shown
in a browser that follows only its own `#section` links: anything else is
ignored, so the guide never opens a file or a web page. A translated page
(`guide_fr.html`) is used when one ships for the user's language. The
window is not modal, so the guide can stay open beside the checklist.
"""

from __future__ import annotations

from importlib import resources as importlib_resources

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_FOLDER = "guide"


def guide_html(locale: QLocale | None = None) -> str:
    """The guide page for `locale` (the user's by default), falling back to the English page."""
    folder = importlib_resources.files("resources").joinpath(GUIDE_FOLDER)
    language = (locale or QLocale()).name().split("_")[0]
    for name in (f"guide_{language}.html", "guide.html"):
        page = folder.joinpath(name)
        if page.is_file():
            return page.read_text(encoding="utf-8")
    return ""


class GuideWindow(QDialog):
    """The guide in a window of its own; `show_guide` raises the one already open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trade Readiness guide"))
        self.setModal(False)
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setHtml(guide_html())
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        """Only the page's own sections: a link anywhere else does nothing."""
        if not url.scheme() and not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    def go_to(self, section: str) -> None:
        self.browser.scrollToAnchor(section)

    @classmethod
    def show_guide(cls, parent: QWidget, *, section: str = "") -> GuideWindow:
        """Show (or raise) the guide of `parent`'s window, at `section` when given."""
        window = parent.findChild(GuideWindow)
        if window is None:
            window = cls(parent)
        window.show()
        window.raise_()
        window.activateWindow()
        if section:
            window.go_to(section)
        return window
