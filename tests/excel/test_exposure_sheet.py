"""The Exposure sheet and the Summary's "duty at stake": only when the assessment has products, with the figures
the command line gives, what fails in words, the top ten, and nothing a spreadsheet could run as a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import builders
from openpyxl import load_workbook

from readiness import operations
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.excel.exposure_sheet import SHEET
from readiness.exposure.examples import example_products
from readiness.store.workspace import Workspace

ENGINE = "EXAMPLE-ENG-200"


def rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def row_of(table: list[list[object]], first: object) -> list[object]:
    return next(row for row in table if row and row[0] == first)


def test_no_products_no_exposure_sheet_and_no_headline(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    book = load_workbook(export_plan(plan_ws, plan_id, tmp_path / "plan.xlsx", today=builders.TODAY).path)
    assert book.sheetnames == list(layout.SHEETS)
    assert not any("Duty at stake" in str(v) for row in rows(book[layout.SUMMARY]) for v in row)


def test_the_exposure_sheet_says_what_each_scenario_costs(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    """Under core parts at 80 % NC the engine (RVC 78.16 %) fails: 8,400,000 x 2.5 % + 25 % Section 232 =
    2,310,000 a year, all of it at stake; the brake still qualifies (either rule, RVC 71.15 % by TV)."""
    operations.import_register(plan_ws, plan_id, example_products())
    out = export_plan(plan_ws, plan_id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    book = load_workbook(out)
    assert book.sheetnames.index(SHEET) == book.sheetnames.index(layout.GAPS) + 1
    table = rows(book[SHEET])
    raised = row_of(table, "Core parts: RVC raised to 80 % (net cost) (hypothesis)")
    assert raised[1:7] == ["USD", 2310000, 2310000, 1, 0, 1]
    assert row_of(table, "Today's rules")[1:5] == ["USD", 0, None, 0]
    failing = [row for row in table if row[1] == ENGINE and row[4] == "fails"]
    assert failing[0][7] == (
        "Spark-ignition engine over 1,000 cc (example row: replace it) \u2014 RVC by net cost is 78.16%, below the "
        "80% threshold"
    )
    top = row_of(table, ENGINE)  # the first row naming the engine in column A: the top ten
    assert top[1] == "USD" and top[2] == 0 and 2310000 in top[3:8]
    assert book[SHEET].sheet_view.showGridLines is False
    with zipfile.ZipFile(out) as archive:
        charts = [archive.read(n) for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert any(b"Annual duty per scenario (USD)" in chart for chart in charts)

    summary = rows(book[layout.SUMMARY])
    headline = row_of(summary, "Duty at stake under the review's scenarios (USD a year)")
    assert headline[0]
    assert row_of(summary, "Core parts: RVC raised to 80 % (net cost) (hypothesis)")[1:3] == [2310000, 1]
    assert row_of(summary, "Preference lost: U.S. withdrawal (hypothesis)")[1] == 2340000  # 30,000 on the brake


def test_linked_items_are_listed_by_the_duty_at_stake(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    operations.import_register(plan_ws, plan_id, example_products())
    responses = plan_ws.assessments.responses(plan_id)
    first, second = list(responses)[:2]
    operations.link_products(plan_ws, plan_id, first, ["EXAMPLE-BRK-100"])
    operations.link_products(plan_ws, plan_id, second, [ENGINE])
    book = load_workbook(export_plan(plan_ws, plan_id, tmp_path / "plan.xlsx", today=builders.TODAY).path)
    table = rows(book[SHEET])
    start = next(i for i, row in enumerate(table) if row[0] == "Readiness items by the duty at stake on their products")
    listed = [(row[2], row[7]) for row in table[start + 2 : start + 4]]
    assert listed == [  # the engine costs as much under both; the first scenario in order is named
        (2310000, f"Core parts: RVC raised to 80 % (net cost): {ENGINE}"),
        (30000, "Preference lost: U.S. withdrawal: EXAMPLE-BRK-100"),
    ]


def test_an_owners_slice_carries_no_exposure(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    operations.import_register(plan_ws, plan_id, example_products())
    out = export_plan(plan_ws, plan_id, tmp_path / "slice.xlsx", owner="Customs", today=builders.TODAY).path
    assert SHEET not in load_workbook(out).sheetnames


def test_formula_like_product_text_stays_inert(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    hostile = example_products()[1].model_copy(update={"description": "@SUM(A1) +cmd"})
    operations.import_register(plan_ws, plan_id, [hostile])
    out = export_plan(plan_ws, plan_id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    book = load_workbook(out)
    cells = [c for row in book[SHEET].iter_rows() for c in row if isinstance(c.value, str) and "@SUM" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)
    starts = [c for c in cells if c.value.startswith("@")]
    assert starts and all(c.quotePrefix for c in starts)
    with zipfile.ZipFile(out) as archive:
        assert not any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))
