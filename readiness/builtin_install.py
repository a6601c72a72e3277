"""Install the built-in framework packs into a workspace, cheaply when nothing is missing.

`Workspace.open` installs them on every open, which parses and validates
every pack (tens of milliseconds). The desktop app opens without that and
calls `install_builtins`, which first reads only the top-level `id` and
`version` lines of each shipped TOML file and parses and installs just the
packs the workspace lacks (a pack whose header cannot be read this way is
parsed whole, so nothing is ever skipped by mistake).
"""

from __future__ import annotations

import re
from pathlib import Path

from readiness.frameworks import builtin_dir, load_framework
from readiness.store.workspace import Workspace

_HEADER = re.compile(r'^(id|version)\s*=\s*"([^"\n]*)"\s*(?:#.*)?$', re.MULTILINE)


def framework_count(workspace: Workspace) -> int:
    """How many framework packs the workspace holds, without loading any of them."""
    return int(workspace.db.query("SELECT count(*) FROM frameworks")[0][0])


def pack_key(path: Path) -> tuple[str, str] | None:
    """The (id, version) a pack file declares before its first table, or None when unclear."""
    text = path.read_text(encoding="utf-8")
    head = text.split("\n[", 1)[0]
    found: dict[str, str] = {match.group(1): match.group(2) for match in _HEADER.finditer(head)}
    if "id" in found and "version" in found:
        return found["id"], found["version"]
    return None


def missing_builtin_packs(workspace: Workspace) -> list[Path]:
    """Shipped pack files whose id and version the workspace does not hold yet."""
    have = {(r["id"], r["version"]) for r in workspace.db.query("SELECT id, version FROM frameworks")}
    return [p for p in sorted(builtin_dir("frameworks").glob("*.toml")) if pack_key(p) not in have]


def install_builtins(workspace: Workspace) -> list[str]:
    """Install each built-in pack the workspace lacks; returns the `id version` of those installed."""
    installed = []
    for path in missing_builtin_packs(workspace):
        framework = load_framework(path)
        if workspace.frameworks.install(framework, builtin=True):
            installed.append(f"{framework.id} {framework.version}")
    return installed
