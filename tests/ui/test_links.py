"""Every link the app opens goes through `ui.links.open_link`: web links open, documents ask, the rest is refused.

Before, an evidence entry or a pack's source URL went straight to the
system's "open" handler: an `.exe`, a `.desktop` file, `/etc/shadow`, a
relative path resolved against the working folder, `javascript:` or a UNC
path. Here the system handler, the confirmation and the refusal message are
replaced by recorders.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from readiness.links import Link
from ui import links
from ui.links import LinkNotOpened, OpenLinkDialog
from ui.main_window import MainWindow
from ui.views.evidence_panel import EvidencePanel

UI = Path(links.__file__).parent


class Recorder:
    """What reached the system, what the user was asked, what they were told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, answer: str | None = "open") -> None:
        self.opened: list[str] = []
        self.asked: list[Link] = []
        self.told: list[str] = []

        def open_url(url):  # type: ignore[no-untyped-def]
            self.opened.append(url.toLocalFile() or url.toString())
            return True

        def ask(cls, parent, *, link):  # type: ignore[no-untyped-def]
            self.asked.append(link)
            return answer

        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
        monkeypatch.setattr(OpenLinkDialog, "ask", classmethod(ask))
        monkeypatch.setattr(LinkNotOpened, "ask", classmethod(lambda cls, parent, *, text: self.told.append(text)))


@pytest.fixture
def panel(qtbot) -> EvidencePanel:  # type: ignore[no-untyped-def]
    widget = EvidencePanel()
    qtbot.addWidget(widget)
    return widget


def _open(panel: EvidencePanel, entry: str) -> bool:
    panel.load([entry])
    panel.view.setCurrentIndex(panel.model.index(0))
    return panel.open_selected()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name in ("certificate.pdf", "evil.desktop", "setup.exe", "run.sh", "shortcut.lnk", "archive.zip"):
        path = tmp_path / name
        path.write_bytes(b"#!/bin/sh\necho owned\n")
        made[name] = path
    made["disguised.pdf"] = tmp_path / "disguised.pdf"
    made["disguised.pdf"].symlink_to(made["evil.desktop"])
    return made


@pytest.mark.parametrize("name", ["evil.desktop", "setup.exe", "run.sh", "shortcut.lnk", "disguised.pdf"])
def test_programs_scripts_and_shortcuts_are_never_opened(
    panel: EvidencePanel, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    seen = Recorder(monkeypatch)
    assert not _open(panel, str(files[name]))
    assert seen.opened == [] and seen.asked == []
    assert len(seen.told) == 1 and "was not opened" in seen.told[0] and "run it" in seen.told[0]


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ("/etc/shadow", "system file"),
        ("javascript:alert(document.cookie)", "Only web links"),
        ("data:text/html,<script>alert(1)</script>", "Only web links"),
        ("certificate.pdf", "not a full path"),
        ("run.sh", "not a full path"),
    ],
)
def test_system_files_other_schemes_and_relative_paths_are_refused_with_a_reason(
    panel: EvidencePanel, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, entry: str, why: str
) -> None:
    monkeypatch.chdir(files["certificate.pdf"].parent)  # the relative names exist in the working folder
    seen = Recorder(monkeypatch)
    assert not _open(panel, entry)
    assert seen.opened == [] and seen.asked == []
    assert why in seen.told[0]


def test_a_web_link_opens_in_the_browser_without_a_question(
    panel: EvidencePanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = Recorder(monkeypatch)
    assert _open(panel, "https://ustr.gov/sites/default/files/files/Press/Releases/NAFTAObjectives.pdf")
    assert seen.opened == ["https://ustr.gov/sites/default/files/files/Press/Releases/NAFTAObjectives.pdf"]
    assert seen.asked == []


def test_a_document_opens_only_after_a_confirmation_naming_it(
    panel: EvidencePanel, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = Recorder(monkeypatch, answer=None)
    assert not _open(panel, str(files["certificate.pdf"]))
    assert [link.name for link in seen.asked] == ["certificate.pdf"] and seen.opened == []
    seen = Recorder(monkeypatch, answer="open")
    assert _open(panel, str(files["certificate.pdf"]))
    assert seen.opened == [str(files["certificate.pdf"])]
    seen = Recorder(monkeypatch, answer="folder")
    assert _open(panel, "file://" + str(files["certificate.pdf"]))
    assert seen.opened == [str(files["certificate.pdf"].parent)]


def test_another_file_is_only_shown_in_its_folder(
    panel: EvidencePanel, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = Recorder(monkeypatch, answer="open")  # even if "open" came back, only a folder may be shown
    assert not _open(panel, str(files["archive.zip"]))
    assert seen.opened == []
    seen = Recorder(monkeypatch, answer="folder")
    assert _open(panel, str(files["archive.zip"]))
    assert seen.opened == [str(files["archive.zip"].parent)]


@pytest.mark.parametrize(
    "entry", ["\\\\attacker.example\\share\\certificate.pdf", "file://attacker.example/share/certificate.pdf"]
)
def test_a_network_share_is_never_contacted_without_the_users_say(
    panel: EvidencePanel, monkeypatch: pytest.MonkeyPatch, entry: str
) -> None:
    looked: list[str] = []
    monkeypatch.setattr(Path, "exists", lambda self: looked.append(str(self)) or True)
    seen = Recorder(monkeypatch, answer=None)
    assert not _open(panel, entry)
    assert [(link.host, link.name) for link in seen.asked] == [("attacker.example", "certificate.pdf")]
    assert seen.opened == [] and looked == []


def test_enter_on_an_evidence_entry_goes_the_same_way(
    qtbot, panel: EvidencePanel, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = Recorder(monkeypatch)
    panel.load([str(files["setup.exe"])])
    panel.show()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert seen.opened == [] and len(seen.told) == 1


def test_pack_source_links_go_through_the_same_place(qtbot, window: MainWindow, monkeypatch) -> None:
    seen = Recorder(monkeypatch)
    labels = window.findChildren(QLabel)
    assert labels and not any(label.openExternalLinks() for label in labels)
    guidance = next(label for label in labels if label.accessibleName() == "Guidance")
    for url in ("file://fileserver/share/setup.exe", "javascript:alert(1)", "\\\\evil\\x\\y.lnk"):
        guidance.linkActivated.emit(url)
    assert seen.opened == [] and len(seen.told) == 3
    guidance.linkActivated.emit("https://ustr.gov/")
    assert seen.opened == ["https://ustr.gov/"]


def test_the_about_box_does_not_open_links_itself(qtbot, window: MainWindow, monkeypatch) -> None:
    from ui.dialogs.about import about_box

    seen = Recorder(monkeypatch)
    context = window.context
    box = about_box(window, [context.framework_version(f.id, f.version) for f in context.frameworks()])
    labels = box.findChildren(QLabel)
    assert labels and not any(label.openExternalLinks() for label in labels)
    for label in labels:
        label.linkActivated.emit("file:///etc/passwd")
    assert seen.opened == []


def test_no_other_module_opens_links() -> None:
    """`QDesktopServices.openUrl` only in ui/links.py; no widget is told to open links by itself."""
    offenders = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "openUrl" and path.name != "links.py":
                offenders.append(f"{path.name}: openUrl")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("setOpenExternalLinks", "setOpenLinks")
                and not (node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value is False)
            ):
                offenders.append(f"{path.name}: {node.func.attr}")
    assert offenders == []
