"""The content shipped with the app, loaded once for the content tests: the packs, their earlier versions kept
in tests/data, and the mapping files."""

from __future__ import annotations

import functools
from pathlib import Path

from readiness.content_model import Framework
from readiness.frameworks import builtin_dir, load_framework

DATA = Path(__file__).parent.parent / "data"
PACK_FILES = sorted(builtin_dir("frameworks").glob("*.toml"))
MAPPING_FILES = sorted(builtin_dir("mappings").glob("*.toml"))
EXPECTED_PACKS = {
    "nafta-2017": "2017.3",
    "usmca-2020": "2026.12",
    "usmca-annual-review": "2026.12",
}


@functools.cache  # each file is read once for all the tests
def load(path: Path) -> Framework:
    return load_framework(path)


def shipped() -> list[Framework]:
    return [load(path) for path in PACK_FILES]


def pack(framework_id: str, version: str | None = None) -> Framework:
    """A shipped pack, or an earlier content version of it kept in tests/data."""
    candidates = shipped() + [load(p) for p in sorted(DATA.glob(f"{framework_id}-v*.toml"))]
    found = [f for f in candidates if f.id == framework_id and version in (None, f.version)]
    assert found, f"no pack {framework_id} {version}"
    return found[0]
