"""Install the built-in framework packs a workspace lacks, cheaply when nothing is missing.

`Workspace.open` calls this on every open. It first reads only the top-level
`id` and `version` lines of each shipped TOML file, and parses, validates and
installs just the packs the workspace does not hold yet (a pack whose header
cannot be read this way is parsed whole, so nothing is ever skipped by
mistake). Opening a workspace that is up to date parses no pack at all.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from readiness.frameworks import builtin_dir, load_framework
from readiness.store.frameworks_repo import FrameworkRepository

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace

_HEADER = re.compile(r'^(id|version)\s*=\s*"([^"\n]*)"\s*(?:#.*)?$', re.MULTILINE)


def pack_key(path: Path) -> tuple[str, str] | None:
    """The (id, version) a pack file declares before its first table, or None when unclear."""
    text = path.read_text(encoding="utf-8")
    head = text.split("\n[", 1)[0]
    found: dict[str, str] = {match.group(1): match.group(2) for match in _HEADER.finditer(head)}
    if "id" in found and "version" in found:
        return found["id"], found["version"]
    return None


def missing_builtin_packs(frameworks: FrameworkRepository) -> list[Path]:
    """Shipped pack files whose id and version the workspace does not hold yet."""
    have = frameworks.installed_keys()
    return [p for p in sorted(builtin_dir("frameworks").glob("*.toml")) if pack_key(p) not in have]


def builtin_ids() -> frozenset[str]:
    """The ids of the packs shipped with the app: reserved for them (a user's pack takes its own id)."""
    keys = [pack_key(p) for p in sorted(builtin_dir("frameworks").glob("*.toml"))]
    return frozenset(key[0] for key in keys if key is not None)


def install_builtins(workspace: Workspace) -> list[str]:
    """Install each built-in pack the workspace lacks; returns the `id version` of those installed."""
    from readiness.operations.frameworks import install_framework

    installed = []
    for path in missing_builtin_packs(workspace.frameworks):
        framework = load_framework(path)
        install_framework(workspace, framework, builtin=True)
        installed.append(f"{framework.id} {framework.version}")
    return installed
