"""What may be done with a link from a document or a pack, over many hostile and ordinary strings."""

from __future__ import annotations

import pytest

from readiness.links import DOCUMENT_TYPES, EXECUTABLE_TYPES, LinkKind, classify_link

WEB, DOC, FILE, NET, NO = (LinkKind.WEB, LinkKind.DOCUMENT, LinkKind.LOCAL_FILE, LinkKind.NETWORK, LinkKind.REFUSED)

CASES = [
    # web
    ("https://ustr.gov/sites/default/files/NAFTA.pdf", WEB, ""),
    ("HTTPS://USTR.GOV/x", WEB, ""),
    ("http://intranet.example/bom.xlsx", WEB, ""),
    ("  https://example.com/padded  ", WEB, ""),
    ("https://user:secret@example.com/", NO, "malformed"),
    ("https:///no-host", NO, "malformed"),
    ("https:\\\\example.com\\x", NO, "malformed"),
    ("https://exa mple.com", NO, "malformed"),
    # schemes that are never opened
    ("javascript:alert(1)", NO, "scheme"),
    ("JaVaScRiPt:alert(1)", NO, "scheme"),
    ("data:text/html,<script>alert(1)</script>", NO, "scheme"),
    ("mailto:a@b.c?attach=/etc/passwd", NO, "scheme"),
    ("ms-msdt:/id PCWDiagnostic", NO, "scheme"),
    ("search-ms:query=x&crumb=location:\\\\evil\\share", NO, "scheme"),
    ("vbscript:msgbox", NO, "scheme"),
    ("ftp://example.com/x.pdf", NO, "scheme"),
    ("x-unknown://whatever", NO, "scheme"),
    # local documents (POSIX)
    ("/home/maria/evidence/certificate.pdf", DOC, ""),
    ("/Users/maria/Documents/BOM 2026.XLSX", DOC, ""),
    ("/tmp/photo.jpeg", DOC, ""),
    ("/home/maria/evidence/report.pdf. ", DOC, ""),
    ("file:///home/maria/evidence/certificate.pdf", DOC, ""),
    ("file://localhost/home/maria/x.csv", DOC, ""),
    ("file:///home/maria/with%20space.docx", DOC, ""),
    ("/home/maria/evidence", FILE, ""),
    ("/home/maria/evidence/archive.zip", FILE, ""),
    ("/home/maria/run-me", FILE, ""),
    # executables, scripts, shortcuts, wherever they are
    ("/home/maria/Downloads/invoice.pdf.exe", NO, "executable"),
    ("/home/maria/evil.desktop", NO, "executable"),
    ("/home/maria/evil.sh", NO, "executable"),
    ("/home/maria/evil.py", NO, "executable"),
    ("/home/maria/evil.jar", NO, "executable"),
    ("/Applications/Calculator.app", NO, "system"),
    ("/home/maria/Evil.App", NO, "executable"),
    ("/home/maria/tool.AppImage", NO, "executable"),
    ("/home/maria/page.html", NO, "executable"),
    ("/home/maria/budget.xlsm", NO, "executable"),
    ("file:///home/maria/evil.desktop", NO, "executable"),
    ("file:///home/maria/evil%2Edesktop", NO, "executable"),
    ("C:\\Users\\maria\\Desktop\\invoice.exe", NO, "executable"),
    ("C:\\Users\\maria\\Desktop\\invoice.EXE.", NO, "executable"),
    ("C:\\Users\\maria\\Desktop\\invoice.exe . .", NO, "executable"),
    ("C:/Users/maria/run.bat", NO, "executable"),
    ("C:\\Users\\maria\\x.cmd", NO, "executable"),
    ("C:\\Users\\maria\\x.com", NO, "executable"),
    ("C:\\Users\\maria\\x.ps1", NO, "executable"),
    ("C:\\Users\\maria\\x.vbs", NO, "executable"),
    ("C:\\Users\\maria\\x.js", NO, "executable"),
    ("C:\\Users\\maria\\x.lnk", NO, "executable"),
    ("C:\\Users\\maria\\x.msi", NO, "executable"),
    ("C:\\Users\\maria\\x.scr", NO, "executable"),
    ("C:\\Users\\maria\\x.hta", NO, "executable"),
    ("C:\\Users\\maria\\x.url", NO, "executable"),
    ("C:\\Users\\maria\\x.settingcontent-ms", NO, "executable"),
    ("file:///C:/Users/maria/x.exe", NO, "executable"),
    ("C:\\Users\\maria\\gnp\u202eexe.pdf", NO, "malformed"),
    # system files
    ("/etc/shadow", NO, "system"),
    ("/etc/passwd", NO, "system"),
    ("/proc/self/environ", NO, "system"),
    ("/dev/sda", NO, "system"),
    ("/home/maria/.ssh/id_rsa", NO, "system"),
    ("/home/maria/.bashrc", NO, "system"),
    ("file:///etc/shadow", NO, "system"),
    ("C:\\Windows\\System32\\calc.exe", NO, "system"),
    ("C:\\Windows\\win.ini", NO, "system"),
    ("C:\\Program Files\\App\\readme.txt", NO, "system"),
    ("C:\\Users\\maria\\CON", NO, "system"),
    ("C:\\Users\\maria\\nul.txt", NO, "system"),
    ("C:\\Users\\maria\\report.pdf:evil.exe", NO, "malformed"),
    ("C:\\Users\\maria\\report.txt::$DATA", NO, "malformed"),
    ("\\\\?\\C:\\Users\\maria\\x.pdf", NO, "system"),
    ("\\\\.\\pipe\\x", NO, "system"),
    ("/home/maria/../../etc/shadow", NO, "malformed"),
    ("file:///home/maria/%2e%2e/%2e%2e/etc/shadow", NO, "malformed"),
    # windows documents
    ("C:\\Users\\maria\\Documents\\certificate.pdf", DOC, ""),
    ("D:/evidence/BOM.xlsx", DOC, ""),
    ("C:\\origin\\files", FILE, ""),
    # network shares: never contacted without the user's say
    ("\\\\fileserver\\trade\\certificate.pdf", NET, ""),
    ("//fileserver/trade/certificate.pdf", NET, ""),
    ("file://fileserver/trade/certificate.pdf", NET, ""),
    ("file:////fileserver/trade/certificate.pdf", NET, ""),
    ("smb://fileserver/trade/certificate.pdf", NET, ""),
    ("\\\\attacker.example@SSL\\DavWWWRoot\\x.pdf", NET, ""),
    ("\\\\fileserver\\trade\\setup.exe", NO, "executable"),
    ("file://host/share/x.exe", NO, "executable"),
    ("smb://host/share/x.lnk", NO, "executable"),
    ("\\\\fileserver", NO, "malformed"),
    ("smb:///nohost", NO, "malformed"),
    # relative paths are not resolved against the working folder
    ("certificate.pdf", NO, "relative"),
    ("evidence/certificate.pdf", NO, "relative"),
    ("./run.sh", NO, "relative"),
    ("../x.pdf", NO, "relative"),
    ("~/evidence/x.pdf", NO, "relative"),
    ("C:relative\\x.pdf", NO, "relative"),
    ("\\root-relative\\x.pdf", NO, "relative"),
    ("file:relative.pdf", NO, "relative"),
    # malformed
    ("", NO, "malformed"),
    ("   ", NO, "malformed"),
    ("/home/maria/x\x00.pdf", NO, "malformed"),
    ("https://example.com/\x1b[2J", NO, "malformed"),
    ("/home/maria/" + "a" * 5000 + ".pdf", NO, "malformed"),
]


@pytest.mark.parametrize(("text", "kind", "reason"), CASES)
def test_classify_link(text: str, kind: LinkKind, reason: str) -> None:
    link = classify_link(text, windows=False)
    assert (link.kind, link.reason) == (kind, reason)
    assert link.may_open == (kind in (WEB, DOC))


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("/home/maria/evidence/certificate.pdf", NO, "relative"),  # on Windows, \home is relative to the drive
        ("file:///home/maria/x.pdf", NO, "relative"),
        ("C:\\Users\\maria\\Documents\\certificate.pdf", DOC, ""),
        ("\\\\fileserver\\trade\\certificate.pdf", NET, ""),
        ("C:\\Users\\maria\\x.lnk", NO, "executable"),
    ],
)
def test_classify_link_on_windows(text: str, kind: LinkKind, reason: str) -> None:
    link = classify_link(text, windows=True)
    assert (link.kind, link.reason) == (kind, reason)


def test_the_link_names_its_file_and_host() -> None:
    link = classify_link("\\\\fileserver\\trade\\certificate.pdf", windows=False)
    assert (link.host, link.name) == ("fileserver", "certificate.pdf")
    assert classify_link("/home/maria/evidence/BOM.xlsx", windows=False).name == "BOM.xlsx"
    assert classify_link("C:\\evidence\\BOM.xlsx", windows=False).name == "BOM.xlsx"


def test_no_type_is_both_a_document_and_an_executable() -> None:
    assert not DOCUMENT_TYPES & EXECUTABLE_TYPES
    assert {".exe", ".bat", ".cmd", ".com", ".ps1", ".vbs", ".js", ".jar", ".app", ".lnk", ".desktop", ".sh",
            ".py", ".msi", ".scr"} <= EXECUTABLE_TYPES  # fmt: skip


def test_classifying_never_touches_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the classifier looked at the file system")

    for name in ("stat", "lstat", "listdir", "scandir", "open"):
        monkeypatch.setattr(os, name, forbidden)
    for text, _kind, _reason in CASES:
        classify_link(text, windows=False)
