"""The one place the app asks the system to open a link: evidence, pack source links, the exported plan.

`open_link(parent, text)` classifies the text with `readiness.links` and:
- opens a web link (`https:`, `http:`) in the browser;
- for a local document, asks first (`OpenLinkDialog.ask`, naming the file)
  whether to open it or show it in its folder; other local files and
  folders are only shown in their folder; a symbolic link is judged by what
  it points to;
- for a network share, asks first naming the server, and never looks at
  the path before the user says yes (looking would contact the server);
- refuses everything else (programs, scripts, shortcuts, system files,
  relative paths, other schemes) and says why in a message
  (`LinkNotOpened.ask`), as it does for a file that is missing or a link
  no program opens.
Every message is plain text. `QDesktopServices.openUrl` is called nowhere
else in `ui/`, and no label opens links by itself (a test checks both).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from readiness.links import Link, LinkKind, classify_link

SHOWN_CHARS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("links", text)


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "\u2026"


def refusal_text(link: Link) -> str:
    """Why a link is never opened, in the user's words."""
    reasons = {
        "executable": tr(
            "It is a program, a script, a shortcut or a page that can run code. Trade Readiness never opens these "
            "from an assessment or a framework, because opening one would run it."
        ),
        "system": tr("It is a system file, a hidden file or a device. Trade Readiness does not open these."),
        "relative": tr(
            "It is not a full path, and a relative path could point anywhere depending on the folder the app "
            "started in. Enter the full path, for example C:\\Evidence\\certificate.pdf."
        ),
        "scheme": tr("Only web links (https:) and files are opened; this is another kind of link."),
        "malformed": tr(
            "It holds hidden control characters, a missing server name, \u201c..\u201d or a stream name, so it "
            "cannot be opened safely."
        ),
    }
    return (
        tr("\u201c%1\u201d was not opened.").replace("%1", _shown(link.text))
        + "\n\n"
        + reasons.get(link.reason, reasons["malformed"])
    )


class OpenLinkDialog:
    """Asks before a file or a network share is opened; answers "open", "folder" or None."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, link: Link) -> str | None:
        box = QMessageBox(parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Open a file from the assessment?"))
        buttons: dict[object, str] = {}
        if link.kind is LinkKind.NETWORK:
            box.setText(
                tr(
                    "\u201c%1\u201d is on the computer \u201c%2\u201d.\n\nOpening it connects this computer to "
                    "%2, which may send your sign-in name to it. Go on only if you know and trust this server.\n\n%3"
                )
                .replace("%1", _shown(link.name))
                .replace("%2", _shown(link.host))
                .replace("%3", _shown(link.target))
            )
            buttons[box.addButton(tr("Connect and open"), QMessageBox.ButtonRole.AcceptRole)] = "open"
        else:
            if link.kind is LinkKind.DOCUMENT:
                box.setText(
                    tr("Open \u201c%1\u201d?\n\n%2\n\nOpen files only from people you expect them from.")
                    .replace("%1", _shown(link.name))
                    .replace("%2", _shown(link.target))
                )
                buttons[box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)] = "open"
            else:
                box.setText(
                    tr("\u201c%1\u201d is not a document the app opens. Show it in its folder?\n\n%2")
                    .replace("%1", _shown(link.name))
                    .replace("%2", _shown(link.target))
                )
            buttons[box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)] = "folder"
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return buttons.get(box.clickedButton())


class LinkNotOpened:
    """Says why a link was not opened (refused, missing, or nothing on this computer opens it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Not opened"), text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def _network_url(link: Link) -> QUrl:
    if link.windows and QUrl.fromLocalFile(link.target).isValid():
        return QUrl.fromLocalFile(link.target)
    share_path = link.target.lstrip("\\").replace("\\", "/")
    return QUrl("smb://" + share_path, QUrl.ParsingMode.TolerantMode)


def _system_open(parent: QWidget | None, url: QUrl, shown: str) -> bool:
    if url.isValid() and QDesktopServices.openUrl(url):
        return True
    LinkNotOpened.ask(parent, text=tr("No program on this computer opens %1.").replace("%1", _shown(shown)))
    return False


def _open_local(parent: QWidget | None, link: Link, *, confirm: bool) -> bool:
    path = Path(link.target)
    if not path.exists():
        LinkNotOpened.ask(
            parent,
            text=tr("%1 was not found. It may have moved, or sit on a drive that is not connected.").replace(
                "%1", _shown(link.target)
            ),
        )
        return False
    real = classify_link(str(path.resolve()))  # a symbolic link is what it points to
    if real.kind is LinkKind.REFUSED:
        LinkNotOpened.ask(parent, text=refusal_text(Link(text=link.text, kind=real.kind, reason=real.reason)))
        return False
    if link.kind is LinkKind.DOCUMENT and real.kind is LinkKind.LOCAL_FILE:
        link = Link(text=link.text, kind=real.kind, target=link.target, windows=link.windows)
    choice = "open" if not confirm and link.kind is LinkKind.DOCUMENT else OpenLinkDialog.ask(parent, link=link)
    if choice == "open" and link.kind is LinkKind.DOCUMENT:
        return _system_open(parent, QUrl.fromLocalFile(str(path)), link.target)
    if choice == "folder":
        folder = path if path.is_dir() else path.parent
        return _system_open(parent, QUrl.fromLocalFile(str(folder)), str(folder))
    return False


def open_link(parent: QWidget | None, text: str, *, confirm: bool = True) -> bool:
    """Open `text` as the module docstring says; True when the system was asked to open something.

    `confirm=False` is for a file the user just chose in this app (the exported
    plan): it still must be a local document, and it opens without a question.
    """
    link = classify_link(text)
    if link.kind is LinkKind.REFUSED:
        LinkNotOpened.ask(parent, text=refusal_text(link))
        return False
    if link.kind is LinkKind.WEB:
        return _system_open(parent, QUrl(link.target, QUrl.ParsingMode.StrictMode), link.target)
    if link.kind is LinkKind.NETWORK:
        choice = OpenLinkDialog.ask(parent, link=link)  # never look at the share before the user says so
        return choice == "open" and _system_open(parent, _network_url(link), link.target)
    return _open_local(parent, link, confirm=confirm)
