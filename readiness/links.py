"""Decide what may be done with a link from a document or a pack, before the system is asked to open it.

Evidence entries and pack source URLs come from files other people made. On
Windows, asking the system to "open" a path runs a program or a shortcut,
and a UNC path makes it contact a server with the user's credentials.
`classify_link(text)` is pure (it never touches the disk or the network)
and answers with a `Link` of one `LinkKind`:
- WEB: an `https:` or `http:` URL with a host; it opens in the browser.
- DOCUMENT: an absolute local path or `file:` URL of a document type (pdf,
  office files, images, text, csv, e-mail); shown in its folder, or opened
  after a confirmation that names it.
- LOCAL_FILE: an absolute local path of any other harmless type (or a
  folder); only shown in its folder.
- NETWORK: a UNC path (`\\\\host\\share`), a `file://host/` URL or an `smb:`
  URL; never contacted unless the user says so for this host.
- REFUSED: never opened, with `reason`: `executable` (programs, scripts,
  shortcuts, installers), `system` (system folders, hidden files, devices),
  `relative` (a relative path is not resolved against the working folder),
  `scheme` (`javascript:`, `data:`, `mailto:` and any unknown scheme),
  `malformed` (control characters, a host missing, `..`, a stream name).
"""

from __future__ import annotations

import ntpath
import posixpath
import re
import sys
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urlsplit

MAX_LINK_CHARS = 4096


def _suffixes(text: str) -> frozenset[str]:
    return frozenset(text.split())


DOCUMENT_TYPES = _suffixes(
    ".pdf .txt .csv .tsv .rtf .md .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp "
    ".png .jpg .jpeg .gif .bmp .tif .tiff .webp .heic .eml .msg"
)
# programs, scripts, shortcuts, installers, libraries, disk images and files the shell runs or follows
EXECUTABLE_TYPES = _suffixes(
    ".exe .com .bat .cmd .scr .pif .cpl .msi .msp .mst .msc .msix .appx .appxbundle .appref-ms .application "
    ".gadget .hta .vb .vbs .vbe .js .jse .mjs .ws .wsf .wsc .wsh .ps1 .ps1xml .ps2 .psc1 .psd1 .psm1 .sct .shb .shs "
    ".lnk .url .website .scf .inf .reg .ins .isp .settingcontent-ms .library-ms .search-ms .searchconnector-ms "
    ".dll .ocx .sys .drv .cab .chm .hlp .jar .jnlp .class .xbap .xll .xlam .ppam .docm .dotm .xlsm .xltm .pptm "
    ".potm .ppsm .sldm .py .pyw .pyc .pyz .pl .rb .php .lua .tcl .sh .bash .zsh .csh .ksh .fish .command .tool "
    ".app .action .workflow .scpt .applescript .pkg .mpkg .dmg .iso .img .vhd .vhdx .desktop .appimage .run .bin "
    ".deb .rpm .apk .snap .flatpak .flatpakref .so .dylib .elf .out .html .htm .xhtml .xht .mht .mhtml .svg "
    ".xml .xsl .hlp .ade .adp .mde .mdb .accde .crx .xpi .vsix .nupkg"
)
POSIX_SYSTEM = ("/etc", "/dev", "/proc", "/sys", "/boot", "/bin", "/sbin", "/lib", "/lib64", "/usr", "/var",
                "/run", "/root", "/private/etc", "/private/var/db", "/System", "/Library", "/Applications", "/opt", "/snap")  # fmt: skip
WINDOWS_SYSTEM = ("windows", "program files", "program files (x86)", "programdata", "$recycle.bin", "recovery",
                  "system volume information", "boot")  # fmt: skip
WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"] + [f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)]
)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


class LinkKind(StrEnum):
    """What the app may do with a link."""

    WEB = "web"
    DOCUMENT = "document"
    LOCAL_FILE = "local-file"
    NETWORK = "network"
    REFUSED = "refused"


@dataclass(frozen=True)
class Link:
    """A classified link: `target` is the URL (WEB) or the path (DOCUMENT, LOCAL_FILE, NETWORK) to use."""

    text: str
    kind: LinkKind
    target: str = ""
    reason: str = ""
    host: str = ""
    windows: bool = False

    @property
    def name(self) -> str:
        """The file's name, for a confirmation that names it."""
        path = ntpath if self.windows or self.kind is LinkKind.NETWORK else posixpath
        return path.basename(self.target.rstrip("/\\")) or self.target

    @property
    def may_open(self) -> bool:
        return self.kind in (LinkKind.WEB, LinkKind.DOCUMENT)


def _refused(text: str, reason: str) -> Link:
    return Link(text=text, kind=LinkKind.REFUSED, reason=reason)


def file_type(name: str) -> str:
    """The type a system acts on: the last suffix, lower case, ignoring trailing dots and spaces (Windows drops them)."""
    name = name.rstrip(". ")
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _classify_path(text: str, path: str, *, windows: bool, host: str = "") -> Link:
    """An absolute local (or, with `host`, network) path: by its parts and its type."""
    separators = "\\/" if windows or host else "/"
    parts = [p for p in re.split(f"[{re.escape(separators)}]", path) if p]
    if any(p in (".", "..") for p in parts):
        return _refused(text, "malformed")
    if windows or host:
        body = parts[1:] if parts and re.match(r"^[A-Za-z]:$", parts[0]) else parts
        if any(":" in p for p in body):  # an alternate data stream: file.pdf:evil.exe
            return _refused(text, "malformed")
        if any(p.rstrip(". ").split(".")[0].lower() in WINDOWS_DEVICES for p in body):
            return _refused(text, "system")
        if not host and body and body[0].lower() in WINDOWS_SYSTEM:
            return _refused(text, "system")
    elif any(path == root or path.startswith(root + "/") for root in POSIX_SYSTEM):
        return _refused(text, "system")
    if any(p.startswith(".") for p in parts):  # hidden files and folders: ~/.ssh, .config, .bashrc
        return _refused(text, "system")
    kind = file_type(parts[-1]) if parts else ""
    if kind in EXECUTABLE_TYPES:
        return _refused(text, "executable")
    if host:
        return Link(text=text, kind=LinkKind.NETWORK, target=path, host=host, windows=True)
    chosen = LinkKind.DOCUMENT if kind in DOCUMENT_TYPES else LinkKind.LOCAL_FILE
    return Link(text=text, kind=chosen, target=path, windows=windows)


def _classify_unc(text: str, path: str) -> Link:
    """`\\\\host\\share\\file`: a server the system would contact."""
    rest = path.replace("/", "\\").lstrip("\\")
    if rest.startswith(("?\\", ".\\", "?", ".")):  # \\?\ and \\.\ are device and raw paths
        return _refused(text, "system")
    host, _, share_path = rest.partition("\\")
    if not host or not share_path:
        return _refused(text, "malformed")
    return _classify_path(text, "\\\\" + host + "\\" + share_path, windows=True, host=host.split("@")[0])


def _classify_file_url(text: str, windows: bool) -> Link:
    parts = urlsplit(text)
    host = parts.hostname or ""
    path = unquote(parts.path)
    if _CONTROL.search(path) or parts.query or parts.fragment:
        return _refused(text, "malformed")
    if host and host.lower() != "localhost":
        return _classify_unc(text, f"\\\\{host}\\{path.lstrip('/')}")
    if re.match(r"^/[A-Za-z]:[\\/]", path):  # file:///C:/docs/x.pdf
        return _classify_path(text, path[1:].replace("/", "\\"), windows=True)
    if path.startswith("//"):  # file:////host/share: a UNC path in disguise
        return _classify_unc(text, path)
    if not path.startswith("/"):
        return _refused(text, "relative")
    return _classify_path(text, path, windows=False) if not windows else _refused(text, "relative")


def _classify_web(text: str) -> Link:
    parts = urlsplit(text)
    if not parts.hostname or parts.username or parts.password or "\\" in text or " " in text:
        return _refused(text, "malformed")
    return Link(text=text, kind=LinkKind.WEB, target=text)


def classify_link(text: str, *, windows: bool | None = None) -> Link:
    """Classify a link or path from untrusted content; see the module docstring. Never touches the system."""
    windows = sys.platform == "win32" if windows is None else windows
    text = text.strip()
    if not text or len(text) > MAX_LINK_CHARS or _CONTROL.search(text):
        return _refused(text, "malformed")
    if text.startswith(("\\\\", "//")):
        return _classify_unc(text, text)
    if _DRIVE.match(text):
        return _classify_path(text, text, windows=True)
    scheme = _SCHEME.match(text)
    if scheme and len(scheme.group(1)) > 1:
        name = scheme.group(1).lower()
        if name in ("https", "http"):
            return _classify_web(text)
        if name == "file":
            return _classify_file_url(text, windows)
        if name == "smb":
            parts = urlsplit(text)
            if not parts.hostname:
                return _refused(text, "malformed")
            return _classify_unc(text, f"\\\\{parts.hostname}\\{unquote(parts.path).lstrip('/')}")
        return _refused(text, "scheme")
    if text.startswith("/") and not windows:
        return _classify_path(text, text, windows=False)
    return _refused(text, "relative")
