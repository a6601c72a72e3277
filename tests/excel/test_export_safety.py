"""User text never becomes a formula, and a failed, cancelled or blocked export never damages a good file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import builders
import pytest
from conftest import NAME
from openpyxl import load_workbook

from readiness.errors import ReadinessError
from readiness.excel import layout
from readiness.excel.export import ExportCancelled, export_plan
from readiness.model import Action
from readiness.store.workspace import Workspace

HOSTILE = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=2+2", '=HYPERLINK("http://x","y")']


def _sheet_xml(path: Path, sheet_name: str) -> str:
    index = layout.SHEETS.index(sheet_name) + 1
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode()


def test_hostile_text_is_stored_as_quoted_strings_never_formulas(plan_ws: Workspace, tmp_path: Path) -> None:
    assessment, _, responses = plan_ws.load(NAME)
    item_id = next(i for i, r in responses.items() if not r.not_applicable)
    for text in HOSTILE:
        plan_ws.assessments.add_action(assessment.id, item_id, Action(title=text, owner=text, notes=text))
    plan_ws.assessments.update_response(assessment.id, item_id, {"gap": HOSTILE[0], "notes": HOSTILE[1]})
    out = tmp_path / "hostile.xlsx"
    export_plan(plan_ws, NAME, out, today=builders.TODAY)

    for sheet in layout.SHEETS:
        assert "<f>" not in _sheet_xml(out, sheet), f"a formula in {sheet}"
    book = load_workbook(out)
    plan = book[layout.PLAN]
    cells = [c for row in plan.iter_rows(min_row=layout.PLAN_HEADER_ROW + 1) for c in row if c.value is not None]
    hostile_cells = [c for c in cells if isinstance(c.value, str) and c.value.lstrip("\n")[:1] in "=+-@\t"]
    assert len(hostile_cells) >= 3 * len(HOSTILE)
    for cell in hostile_cells:
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, f"{cell.coordinate} {cell.value!r} lacks quotePrefix"
    xml = _sheet_xml(out, layout.PLAN)
    assert "<t>=1+1</t>" in xml and "<t>@SUM(A1)</t>" in xml
    assert re.search(r't="inlineStr"><is><t[^>]*>=HYPERLINK', xml)
    gaps = [c.value for row in book[layout.GAPS].iter_rows() for c in row]
    assert HOSTILE[0] in gaps


def test_control_characters_do_not_break_the_file(plan_ws: Workspace, tmp_path: Path) -> None:
    assessment, _, responses = plan_ws.load(NAME)
    item_id = next(iter(responses))
    plan_ws.assessments.add_action(
        assessment.id, item_id, Action(title="bell\x07 and nul\x00 here", notes="x" * 40_000)
    )
    out = tmp_path / "ctrl.xlsx"
    export_plan(plan_ws, NAME, out, today=builders.TODAY)
    values = [c for row in load_workbook(out)[layout.PLAN].iter_rows(values_only=True) for c in row]
    assert "bell\ufffd and nul\ufffd here" in values
    assert max(len(v) for v in values if isinstance(v, str)) <= 32_767


def test_cancelled_export_leaves_the_existing_file_untouched(plan_ws: Workspace, exported: Path) -> None:
    before = exported.read_bytes()
    calls = []
    with pytest.raises(ExportCancelled):
        export_plan(plan_ws, NAME, exported, is_cancelled=lambda: len(calls) > 0, progress=lambda d, t: calls.append(d))
    assert exported.read_bytes() == before
    assert [p.name for p in exported.parent.iterdir() if p.name.startswith(".plan")] == []


def test_failed_write_leaves_the_existing_file_untouched(
    plan_ws: Workspace, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = exported.read_bytes()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("readiness.excel.export._save", explode)
    with pytest.raises(ReadinessError) as caught:
        export_plan(plan_ws, NAME, exported)
    assert caught.value.code == "disk-full"
    assert exported.read_bytes() == before
    assert sorted(p.name for p in exported.parent.iterdir() if "plan" in p.name) == ["plan.xlsx"]


def test_target_open_in_excel_or_libreoffice_gets_a_clear_message(plan_ws: Workspace, exported: Path) -> None:
    before = exported.read_bytes()
    for lock in (f"~${exported.name}", f".~lock.{exported.name}#"):
        lock_path = exported.with_name(lock)
        lock_path.write_text("someone")
        with pytest.raises(ReadinessError) as caught:
            export_plan(plan_ws, NAME, exported)
        assert caught.value.code == "file-locked" and "close it" in str(caught.value)
        assert exported.read_bytes() == before
        lock_path.unlink()


def test_progress_reaches_the_total(plan_ws: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_plan(plan_ws, NAME, tmp_path / "p.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
