"""User text never becomes a formula, and a failed, cancelled or blocked export never damages a good file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import builders
import pytest
from openpyxl import load_workbook

from readiness.errors import InvalidInput, ReadinessError, UsageError
from readiness.excel import layout
from readiness.excel.export import ExportCancelled, export_plan
from readiness.limits import MAX_TEXT
from readiness.model import Action
from readiness.store.workspace import Workspace
from tests.support import add_action, edit, edit_action

HOSTILE = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=2+2", '=HYPERLINK("http://x","y")']


def _sheet_xml(path: Path, sheet_name: str) -> str:
    index = layout.SHEETS.index(sheet_name) + 1
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode()


def test_hostile_text_is_stored_as_quoted_strings_never_formulas(
    plan_ws: Workspace, plan_id: int, tmp_path: Path
) -> None:
    _, _, responses = plan_ws.load(plan_id)
    item_id = next(i for i, r in responses.items() if not r.not_applicable)
    for text in HOSTILE:
        add_action(plan_ws, plan_id, item_id, Action(title=text, owner=text, notes=text))
    edit(plan_ws, plan_id, item_id, gap=HOSTILE[0], notes=HOSTILE[1])
    out = tmp_path / "hostile.xlsx"
    export_plan(plan_ws, plan_id, out, today=builders.TODAY)

    for sheet in layout.SHEETS:
        assert "<f>" not in _sheet_xml(out, sheet), f"a formula in {sheet}"
    book = load_workbook(out)
    plan = book[layout.PLAN]
    cells = [c for row in plan.iter_rows(min_row=layout.PLAN_HEADER_ROW + 1) for c in row if c.value is not None]
    hostile_cells = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@\t"]
    # "\r=2+2" is stored with its line break normalised ("\n=2+2" in titles and notes, "=2+2" as an owner)
    assert len(hostile_cells) >= 3 * len(HOSTILE) - 2
    for cell in hostile_cells:
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, f"{cell.coordinate} {cell.value!r} lacks quotePrefix"
    broken_lines = [c for c in cells if c.value == "\n=2+2"]
    assert len(broken_lines) == 2 and all(c.data_type == "s" for c in broken_lines)
    xml = _sheet_xml(out, layout.PLAN)
    assert "<t>=1+1</t>" in xml and "<t>@SUM(A1)</t>" in xml
    assert re.search(r't="inlineStr"><is><t[^>]*>=HYPERLINK', xml)
    gaps = [c.value for row in book[layout.GAPS].iter_rows() for c in row]
    assert HOSTILE[0] in gaps


def test_control_characters_do_not_break_the_file(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    _, _, responses = plan_ws.load(plan_id)
    item_id = next(i for i, r in responses.items() if not r.not_applicable)
    # control characters (and what XML cannot hold) are cleaned when typed, so the file holds what the store does
    added = add_action(plan_ws, plan_id, item_id, Action(title="bell\x07 and nul\x00 here\uffff", notes="x" * MAX_TEXT))
    assert added.title == "bell and nul here"
    with pytest.raises(InvalidInput):  # longer than any stored text may be
        edit_action(plan_ws, plan_id, added.uid, notes="x" * 40_000)
    edit(plan_ws, plan_id, item_id, evidence=["y" * MAX_TEXT, "z" * MAX_TEXT])  # longer than one cell holds
    out = tmp_path / "ctrl.xlsx"
    export_plan(plan_ws, plan_id, out, today=builders.TODAY)
    book = load_workbook(out)
    values = [c for row in book[layout.PLAN].iter_rows(values_only=True) for c in row]
    assert "bell and nul here" in values
    assert "x" * MAX_TEXT in values
    checklist = [c for row in book[layout.CHECKLIST].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    details = "".join(c for c in checklist if set(c) & {"y", "z"} and len(c) > 100).replace("\n", "")
    assert details.count("y") >= MAX_TEXT and details.count("z") >= MAX_TEXT, "nothing is cut: it continues"
    assert all(len(c) < 5_000 for c in checklist), "each part fits one printable row"
    assert "(continued)" in checklist


def test_cancelled_export_leaves_the_existing_file_untouched(plan_ws: Workspace, plan_id: int, exported: Path) -> None:
    before = exported.read_bytes()
    calls = []
    with pytest.raises(ExportCancelled):
        export_plan(
            plan_ws, plan_id, exported, is_cancelled=lambda: len(calls) > 0, progress=lambda d, t: calls.append(d)
        )
    assert exported.read_bytes() == before
    assert [p.name for p in exported.parent.iterdir() if p.name.startswith(".plan")] == []


def test_failed_write_leaves_the_existing_file_untouched(
    plan_ws: Workspace, plan_id: int, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = exported.read_bytes()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("readiness.excel.export._save", explode)
    with pytest.raises(ReadinessError) as caught:
        export_plan(plan_ws, plan_id, exported)
    assert caught.value.code == "disk-full"
    assert exported.read_bytes() == before
    assert sorted(p.name for p in exported.parent.iterdir() if "plan" in p.name) == ["plan.xlsx"]


def test_target_open_in_excel_or_libreoffice_gets_a_clear_message(
    plan_ws: Workspace, plan_id: int, exported: Path
) -> None:
    before = exported.read_bytes()
    for lock in (f"~${exported.name}", f".~lock.{exported.name}#"):
        lock_path = exported.with_name(lock)
        lock_path.write_text("someone")
        with pytest.raises(ReadinessError) as caught:
            export_plan(plan_ws, plan_id, exported)
        assert caught.value.code == "file-locked" and "close it" in str(caught.value)
        assert exported.read_bytes() == before
        lock_path.unlink()


def test_a_target_that_is_not_xlsx_is_a_usage_error(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        export_plan(plan_ws, plan_id, tmp_path / "plan.csv")
    assert caught.value.exit_code == 2 and ".xlsx" in str(caught.value)
    assert list(tmp_path.glob("plan*")) == []


def test_progress_reaches_the_total(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_plan(plan_ws, plan_id, tmp_path / "p.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
