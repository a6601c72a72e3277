"""Bad cells and rows in a returned plan are refused with their sheet and cell, every one of them in one round,
quickly, and the store is left exactly as it was; what can be read without guessing is read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bad_returns import FIRST, col, edited, refused, set_cell
from conftest import NAME
from openpyxl import load_workbook

from readiness.cli import main
from readiness.excel import layout
from readiness.excel.plan_import import read_returned_plan
from readiness.store.workspace import Workspace


@pytest.mark.parametrize(
    ("key", "value", "as_text", "code", "words"),
    [
        ("due", "31/12/2026", False, "plan-invalid", "not a date this app can read without guessing"),
        ("due", "01/02/2027", False, "plan-invalid", "e.g. 2027-03-31"),
        ("due", 12.5, False, "plan-invalid", "not a plausible due date"),
        ("status", "finished", False, "plan-invalid", "not a status"),
        ("status", None, False, "plan-invalid", "not a status"),
        ("cost_estimate", "a lot", False, "plan-invalid", "not a cost"),
        ("cost_estimate", -5, False, "plan-invalid", "not a plausible cost"),
        ("cost_estimate", "=1000*2", False, "formula", "formula"),
        ("notes", "=SUM(A1:A9)", True, "formula", "formula text"),
        ("owner", '=HYPERLINK("http://x")', True, "formula", "formula text"),
        ("title", "=1+1", True, "formula", "formula text"),
    ],
)
def test_bad_cells_are_refused_with_their_cell(
    plan_ws: Workspace,
    exported: Path,
    tmp_path: Path,
    store_state: Callable[[], Any],
    key: str,
    value: Any,
    as_text: bool,
    code: str,
    words: str,
) -> None:
    row = FIRST + 1
    bad = edited(exported, tmp_path / "bad.xlsx", set_cell(key, row, value, as_text=as_text))
    error = refused(plan_ws, bad, store_state)
    assert error.code == code and words in str(error)
    assert error.where == f"Action Plan!{col(key)}{row}"


def test_every_bad_cell_is_named_at_once_not_just_the_first(
    plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable[[], Any]
) -> None:
    def three_mistakes(book: Any) -> None:
        for edit in (
            set_cell("due", FIRST + 1, "01/02/2027"),
            set_cell("cost_estimate", FIRST + 1, "USD 12.500,00"),
            set_cell("status", FIRST + 2, "finished"),
        ):
            edit(book)

    error = refused(plan_ws, edited(exported, tmp_path / "three.xlsx", three_mistakes), store_state)
    # The owner fixes all three in one go instead of sending the file back three times.
    cells = [f"Action Plan!{col('due')}{FIRST + 1}", f"Action Plan!{col('cost_estimate')}{FIRST + 1}"]
    cells.append(f"Action Plan!{col('status')}{FIRST + 2}")
    assert error.where == ", ".join(cells)
    assert error.reason.startswith("3 cells cannot be used, so nothing was applied")
    assert all(cell in error.reason for cell in cells)
    assert "not a date" in error.reason and "not a status" in error.reason


def test_a_formula_is_named_in_the_same_round_as_the_other_bad_cells(
    plan_ws: Workspace,
    exported: Path,
    tmp_path: Path,
    store_state: Callable[[], Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    def formula_cost_and_date(book: Any) -> None:
        for edit in (
            set_cell("cost_estimate", FIRST, "=1000*2"),  # a real formula, not text
            set_cell("cost_estimate", FIRST + 1, "1.200,50", as_text=True),
            set_cell("due", FIRST + 2, "01/02/2027", as_text=True),
            set_cell("notes", FIRST + 2, "=SUM(A1:A3)"),  # a formula beside a bad cell of the same row
        ):
            edit(book)
        sheet = book[layout.PLAN]  # and a new row with formula text for its owner and a cost read two ways
        sheet[f"{col('item_id')}{new_row}"] = sheet[f"{col('item_id')}{FIRST}"].value
        sheet[f"{col('title')}{new_row}"] = "Ask the broker"
        set_cell("owner", new_row, "=cmd|' /C calc'!A0", as_text=True)(book)
        set_cell("cost_estimate", new_row, "12,5", as_text=True)(book)

    new_row = load_workbook(exported)[layout.PLAN].max_row + 1
    bad = edited(exported, tmp_path / "rounds.xlsx", formula_cost_and_date)
    error = refused(plan_ws, bad, store_state)
    cells = [
        f"Action Plan!{col('cost_estimate')}{FIRST}",
        f"Action Plan!{col('cost_estimate')}{FIRST + 1}",
        f"Action Plan!{col('due')}{FIRST + 2}",
        f"Action Plan!{col('notes')}{FIRST + 2}",
        f"Action Plan!{col('owner')}{new_row}",
        f"Action Plan!{col('cost_estimate')}{new_row}",
    ]
    assert error.where == ", ".join(cells), "every bad cell in one round, row by row, left to right"
    assert error.reason.startswith("6 cells cannot be used, so nothing was applied")
    assert "formula text" in error.reason
    assert error.reason.count("a formula; type the value itself") == 2
    assert "could be read more than one way" in error.reason and "not a date this app can read" in error.reason
    # The command line says the same in its one line.
    assert main(["--workspace", str(plan_ws.path), "import-plan", NAME, str(bad), "--dry-run"]) != 0
    printed = capsys.readouterr().err
    assert all(cell in printed for cell in cells) and "\n" not in printed.strip()


def test_duplicated_id_is_refused(plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable) -> None:
    def duplicate(book: Any) -> None:
        sheet = book[layout.PLAN]
        sheet[f"{col('uid')}{FIRST + 2}"] = sheet[f"{col('uid')}{FIRST}"].value
        sheet[f"{col('item_id')}{FIRST + 2}"] = sheet[f"{col('item_id')}{FIRST}"].value

    error = refused(plan_ws, edited(exported, tmp_path / "dup.xlsx", duplicate), store_state)
    assert error.code == "duplicate-id" and error.where == f"Action Plan!{col('uid')}{FIRST + 2}"
    assert f"{col('uid')}{FIRST}" in error.reason


@pytest.mark.parametrize(
    ("item_id", "title", "code", "key"),
    [(None, "A new action", "missing-id", "item_id"), ("no.such-item", "A new action", "unknown-id", "item_id")],
)
def test_bad_new_rows_are_refused(
    plan_ws: Workspace,
    exported: Path,
    tmp_path: Path,
    store_state: Callable,
    item_id: Any,
    title: str,
    code: str,
    key: str,
) -> None:
    def add(book: Any) -> None:
        sheet = book[layout.PLAN]
        row = sheet.max_row + 1
        sheet[f"{col('item_id')}{row}"] = item_id
        sheet[f"{col('title')}{row}"] = title
        sheet[f"{col('owner')}{row}"] = "Finance"

    error = refused(plan_ws, edited(exported, tmp_path / "new.xlsx", add), store_state)
    assert error.code == code and error.where.startswith(f"Action Plan!{col(key)}")


def test_a_row_far_below_blank_rows_is_read_not_dropped(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, store_state: Callable
) -> None:
    def far_away(book: Any) -> None:
        book[layout.PLAN][f"{col('notes')}60000"] = "far below"

    error = refused(plan_ws, edited(exported, tmp_path / "far.xlsx", far_away), store_state)
    # A new row needs an Item ID and an Action: both missing cells are named in the one refusal.
    assert error.where == f"Action Plan!{col('title')}60000, Action Plan!{col('item_id')}60000"
    assert "needs the Item ID" in error.reason and "needs a description" in error.reason


def test_a_new_action_after_many_blank_rows_is_imported(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path
) -> None:
    def far_away(book: Any) -> None:
        sheet = book[layout.PLAN]
        item_id = sheet[f"{col('item_id')}{FIRST}"].value
        sheet[f"{col('item_id')}{FIRST + 1500}"] = item_id
        sheet[f"{col('title')}{FIRST + 1500}"] = "Typed after fifteen hundred blank rows"

    preview = read_returned_plan(plan_ws, plan_id, edited(exported, tmp_path / "far.xlsx", far_away))
    assert [n.action.title for n in preview.new_actions] == ["Typed after fifteen hundred blank rows"]
    assert preview.new_actions[0].where == f"Action Plan!{col('title')}{FIRST + 1500}"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("1.200,50", "could be read more than one way"),
        ("12,5", "could be read more than one way"),
        ("1 200,50", "could be read more than one way"),
        ("1.200", "could be read more than one way"),
        ("12.000.000", "could be read more than one way"),
        ("1,20", "could be read more than one way"),
        ("about 300", "is not a cost"),
        ("MXN 4,500", "amounts are in USD"),
        ("C$ 4,500", "amounts are in USD"),
    ],
)
def test_ambiguous_costs_are_refused_with_their_cell_and_an_example(
    plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable, typed: str, words: str
) -> None:
    bad = edited(exported, tmp_path / "cost.xlsx", set_cell("cost_estimate", FIRST + 2, typed, as_text=True))
    error = refused(plan_ws, bad, store_state)
    assert error.where == f"Action Plan!{col('cost_estimate')}{FIRST + 2}"
    assert words in error.reason
    assert "1,200.50" in error.reason or "not converted" in error.reason, "names what is accepted"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("$12,000", 12000.0), ("12000", 12000.0), ("1,200.50", 1200.5), ("USD 4,500", 4500.0), ("99.5", 99.5)],
)
def test_dates_typed_as_iso_text_and_unambiguous_costs_are_understood(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path, typed: str, amount: float
) -> None:
    def typed_in(book: Any) -> None:
        sheet = book[layout.PLAN]
        sheet[f"{col('due')}{FIRST}"] = "2027-05-01"
        sheet[f"{col('cost_estimate')}{FIRST}"] = typed

    preview = read_returned_plan(plan_ws, plan_id, edited(exported, tmp_path / "typed.xlsx", typed_in))
    found = {c.field: c.new for c in preview.changes}
    assert found.get("due") == dt.date(2027, 5, 1)
    stored = plan_ws.assessments.action(plan_id, preview.changes[0].uid)[1].cost_estimate
    assert found.get("cost_estimate", stored) == amount
