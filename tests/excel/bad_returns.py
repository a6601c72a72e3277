"""Returned plans made bad on purpose for the import tests: edit an exported workbook, and read it back
expecting a refusal that is quick and changes nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NAME
from openpyxl import load_workbook

from readiness.errors import PlanImportError
from readiness.excel import layout
from readiness.excel.plan_import import read_returned_plan
from readiness.store.workspace import Workspace

FIRST = layout.PLAN_HEADER_ROW + 1


def col(key: str) -> str:
    return layout.plan_letter(key)


def edited(source: Path, target: Path, edit: Callable[[Any], None]) -> Path:
    book = load_workbook(source)
    edit(book)
    book.save(target)
    return target


def refused(ws: Workspace, path: Path, state: Callable[[], Any]) -> PlanImportError:
    """Read a bad file: it must be refused within seconds, changing nothing."""
    before = state()
    started = time.monotonic()
    with pytest.raises(PlanImportError) as caught:
        read_returned_plan(ws, ws.assessments.get(NAME).id, path)
    assert time.monotonic() - started < 10
    assert state() == before
    return caught.value


def set_cell(key: str, row: int, value: Any, *, as_text: bool = False) -> Callable[[Any], None]:
    def edit(book: Any) -> None:
        cell = book[layout.PLAN][f"{col(key)}{row}"]
        cell.value = value
        if as_text:
            cell.data_type = "s"

    return edit
