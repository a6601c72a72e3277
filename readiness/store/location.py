"""Is this a place where SQLite's locking protects the workspace? Network shares and cloud-synced folders
are not: their file locking is missing or unreliable, and a sync client copies a file between its writes.

`location_risk(path, fs_type)` is a pure function over a path and the type of
the file system it lives on (tested over both); `filesystem_type(path)` asks
the operating system for that type, and `risk_of(path)` combines the two.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path, PurePath, PureWindowsPath


class LocationRisk(StrEnum):
    """Why a workspace location is unsafe."""

    NETWORK_SHARE = "network-share"  # NFS, SMB/CIFS, AFP, WebDAV, SSHFS, a mapped network drive
    CLOUD_SYNC = "cloud-sync"  # a folder a sync client copies (OneDrive, Dropbox, iCloud Drive, ...)


NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs", "fuse.davfs2",
        "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs", "coda", "glusterfs", "fuse.glusterfs", "ceph", "fuse.rclone",
        "lustre", "gpfs", "remote",
    }
)  # fmt: skip
# Folder names sync clients create; matched as whole path parts, case-insensitively.
SYNCED_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "icloud drive", "icloud", "mobile documents",
                  "box", "box sync", "cloudstorage", "pcloud drive", "nextcloud", "owncloud", "megasync", "yandex.disk")  # fmt: skip
SYNCED_PREFIXES = ("onedrive - ", "dropbox (")  # "OneDrive - Company", "Dropbox (Company)"


def location_risk(path: str | PurePath, fs_type: str | None) -> LocationRisk | None:
    """Why `path` on a file system of type `fs_type` is unsafe for a workspace, or None when it is safe."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return LocationRisk.NETWORK_SHARE  # a UNC path: \\server\share\...
    if text.startswith("\\\\?\\UNC\\"):
        return LocationRisk.NETWORK_SHARE
    if fs_type is not None and fs_type.strip().lower() in NETWORK_FILESYSTEMS:
        return LocationRisk.NETWORK_SHARE
    parts = PureWindowsPath(text).parts if "\\" in text else PurePath(text).parts
    for part in parts[:-1]:
        name = part.strip().lower()
        if name in SYNCED_FOLDERS or name.startswith(SYNCED_PREFIXES):
            return LocationRisk.CLOUD_SYNC
    return None


def filesystem_type(path: Path) -> str | None:
    """The file-system type of the folder holding `path` as the system names it, or None when unknown."""
    folder = Path(path).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if sys.platform.startswith("linux"):
            return _linux_type(folder.resolve())
        if sys.platform == "win32":
            return _windows_type(folder.resolve())
        if sys.platform == "darwin":
            return _macos_type(folder.resolve())
    except Exception:
        return None
    return None


def risk_of(path: Path) -> LocationRisk | None:
    return location_risk(Path(path).absolute(), filesystem_type(path))


def _linux_type(folder: Path) -> str | None:
    """The type of the longest mount point that holds `folder`, from /proc/self/mounts."""
    best, best_type = "", None
    with open("/proc/self/mounts", encoding="utf-8", errors="replace") as mounts:
        for line in mounts:
            fields = line.split()
            if len(fields) < 3:
                continue
            point = fields[1].replace("\\040", " ")
            inside = str(folder) == point or str(folder).startswith(point.rstrip("/") + "/")
            if inside and len(point) >= len(best):
                best, best_type = point, fields[2]
    return best_type


def _windows_type(folder: Path) -> str | None:
    import ctypes

    drive_remote = 4
    root = folder.anchor
    if root.startswith("\\\\"):
        return "remote"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    return "remote" if kind == drive_remote else None


def _macos_type(folder: Path) -> str | None:
    """statfs's f_fstypename, read through libc (no subprocess)."""
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = [
            ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8),
        ]  # fmt: skip

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = libc["statfs$INODE64"] if hasattr(libc, "statfs$INODE64") else libc.statfs
    buffer = StatFs()
    if statfs(os.fsencode(str(folder)), ctypes.byref(buffer)) != 0:
        return None
    return buffer.f_fstypename.decode(errors="replace") or None
