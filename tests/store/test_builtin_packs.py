"""Installing built-in packs only when the workspace lacks them (readiness.store.builtin_packs)."""

from __future__ import annotations

from pathlib import Path

from readiness.frameworks import builtin_dir, builtin_frameworks
from readiness.store.builtin_packs import install_builtins, missing_builtin_packs, pack_key
from readiness.store.workspace import Workspace


def test_installs_what_is_missing_and_nothing_twice(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws.sqlite", install_builtins=False) as workspace:
        assert workspace.frameworks.installed_keys() == set()
        installed = install_builtins(workspace)
        assert sorted(installed) == sorted(f"{f.id} {f.version}" for f in builtin_frameworks())
        assert missing_builtin_packs(workspace.frameworks) == []
        assert install_builtins(workspace) == []


def test_pack_key_reads_the_header_of_every_shipped_pack() -> None:
    for path in builtin_dir("frameworks").glob("*.toml"):
        framework = next(f for f in builtin_frameworks() if pack_key(path) == (f.id, f.version))
        assert framework is not None


def test_an_unreadable_header_counts_as_missing(tmp_path: Path) -> None:
    odd = tmp_path / "odd.toml"
    odd.write_text('title = "x"\n[meta]\nid = "a"\n', encoding="utf-8")
    assert pack_key(odd) is None
