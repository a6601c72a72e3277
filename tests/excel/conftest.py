"""Fixtures for the Excel tests.

- `framework`: the real nafta-2017 pack when present and valid, else tests/data/mini.toml.
- `plan_ws`: a fresh workspace holding only that framework (opened without the
  built-in packs, so a pack being edited elsewhere cannot break these tests),
  with a partly answered assessment "Q4 review" (two snapshots, owners, due
  dates, costs, hostile text in some notes).
- `plan_id`: the id of that assessment.
- `exported`: that assessment exported to `plan.xlsx` in the test's tmp_path.
- `store_state`: a function returning every action and response of the
  assessment as plain data, to compare the store before and after.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import builders

from readiness.content_model import Framework
from readiness.excel.export import export_plan
from readiness.store.workspace import Workspace

NAME = "Q4 review"


@pytest.fixture(scope="session")
def framework() -> Framework:
    return builders.content_framework()


@pytest.fixture
def plan_ws(tmp_path: Path, framework: Framework) -> Iterator[Workspace]:
    ws = builders.open_workspace(tmp_path / "ws.sqlite", framework)
    builders.make_assessment(ws, framework, name=NAME)
    yield ws
    ws.close()


@pytest.fixture
def plan_id(plan_ws: Workspace) -> int:
    return plan_ws.assessments.get(NAME).id


@pytest.fixture
def exported(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> Path:
    out = tmp_path / "plan.xlsx"
    export_plan(plan_ws, plan_id, out, today=builders.TODAY)
    return out


@pytest.fixture
def store_state(plan_ws: Workspace, plan_id: int) -> Callable[[], Any]:
    def state() -> Any:
        _, _, responses = plan_ws.load(plan_id)
        return [r.model_dump(exclude={"updated_at"}) for r in responses.values()]

    return state
