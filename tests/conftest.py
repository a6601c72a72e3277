"""Fixtures shared by every test layer.

- Qt runs offscreen (no display is needed), set before anything imports Qt.
- `READINESS_HOME` points into each test's own `tmp_path`, so no test ever
  touches a real user's workspace.
- `workspace` is a fresh, real SQLite workspace on disk with the built-in packs
  and the tiny `mini` pack from tests/data installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from readiness.frameworks import load_framework
from readiness.operations import install_framework
from readiness.store.workspace import Workspace

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own READINESS_HOME."""
    monkeypatch.setenv("READINESS_HOME", str(tmp_path / "home"))


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    """A fresh workspace file with the built-in packs and the `mini` test pack."""
    ws = Workspace.open(workspace_path)
    install_framework(ws, load_framework(DATA / "mini.toml"))
    yield ws
    ws.close()
