"""The Gaps sheet and the Summary's top risks, as a CFO reads them.

Gaps lists the open gaps (items assessed below ready) and says in one line
how many items are not assessed yet; its figures match the Summary's; it is
in the order of the top risks; its score column cannot be taken for money.
Each top risk leads with the company's own words for the gap.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import builders
from openpyxl import load_workbook
from reading import gap_rows, rows_of, summary_figure, top_risks

from readiness.codes import Level, Priority
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.model import CompanyProfile
from readiness.scoring import is_open_gap
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers
from tests.support import create, edit

PRIORITY_WORDS = ("Critical", "High")


def _not_assessed_line(book: object) -> str:
    lines = [t for row in rows_of(book, layout.GAPS) for t in row if isinstance(t, str) and "not yet assessed" in t]
    assert len(lines) == 1, lines
    return lines[0]


def test_gaps_lists_the_open_gaps_and_counts_the_rest_in_one_line(
    plan_ws: Workspace, plan_id: int, exported: Path
) -> None:
    _, _, responses = plan_ws.load(plan_id)
    book = load_workbook(exported)
    rows = gap_rows(book)
    assert sorted(row[-1] for row in rows) == sorted(i for i, r in responses.items() if is_open_gap(r))
    assert "Not assessed" not in {row[3] for row in rows}, "no row without an answer"
    assert summary_figure(book, "Open gaps") == len(rows), "the Summary and the sheet agree"
    unassessed = summary_figure(book, "Not yet assessed")
    assert unassessed > 0
    assert _not_assessed_line(book).startswith(f"{unassessed} items not yet assessed")
    assert "Checklist" in _not_assessed_line(book)


def test_gaps_are_in_the_order_of_the_top_risks(exported: Path) -> None:
    book = load_workbook(exported)
    _, risks = top_risks(book)
    assert len(risks) == 5
    pressing = [row[1] for row in gap_rows(book) if row[0] in PRIORITY_WORDS]
    numbers = [str(risk[0]).rsplit("Item ", 1)[1].split(",")[0] for risk in risks]
    assert numbers == pressing[: len(risks)], "the five top risks head the Gaps sheet, in the same order"


def test_a_fresh_assessment_has_no_gap_rows_only_the_count_of_items_to_assess(tmp_path: Path) -> None:
    framework = builders.content_framework()
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    fresh = create(ws, "Day one", framework, CompanyProfile())
    result = export_plan(ws, fresh.id, tmp_path / "fresh.xlsx", today=builders.TODAY)
    ws.close()
    book = load_workbook(result.path)
    assert gap_rows(book) == []
    assert _not_assessed_line(book).startswith(f"{len(framework.items())} items not yet assessed")


def test_the_score_column_cannot_be_read_as_money(exported: Path) -> None:
    book = load_workbook(exported)
    header = rows_of(book, layout.GAPS)[2]
    assert "Exposure" not in header
    score = next(h for h in header if isinstance(h, str) and h.startswith("Risk score"))
    note = rows_of(book, layout.GAPS)[1][0]
    assert "weight" in note and "(4 - level) / 4" in note, "the note says how the score is worked out"
    assert "not an amount of money" in note
    values = [row[header.index(score)] for row in gap_rows(book)]
    assert values and all(isinstance(v, float | int) and 0 < v <= 10 for v in values)
    assert book[layout.GAPS].cell(row=4, column=header.index(score) + 1).number_format == "0.00"


def test_a_top_risk_leads_with_the_gap_in_the_companys_words(tmp_path: Path) -> None:
    framework = builders.content_framework()
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    acme = create(ws, "Risks", framework, CompanyProfile())
    (area_one, worded), (_, unworded), (_, hostile) = framework.items()[:3]
    gap = "Origin worksheets exist for the top 20 SKUs only; the rest rely on supplier statements."
    edit(ws, acme.id, worded.id, level=Level.NOT_STARTED, priority=Priority.CRITICAL, gap=gap, owner="Finance")
    edit(ws, acme.id, unworded.id, level=Level.AWARE, priority=Priority.CRITICAL, owner="Legal")
    edit(ws, acme.id, hostile.id, level=Level.PLANNED, priority=Priority.HIGH, gap='=HYPERLINK("http://x","y")')
    out = export_plan(ws, acme.id, tmp_path / "risks.xlsx", today=builders.TODAY).path
    ws.close()
    numbers = item_numbers(framework)
    book = load_workbook(out)
    _, risks = top_risks(book)
    labels = {
        numbers[item.id]: next(str(r[0]) for r in risks if f"Item {numbers[item.id]}," in str(r[0]))
        for item in (worded, unworded, hostile)
    }
    assert labels[numbers[worded.id]].startswith(gap), "what the CFO needs to read comes first"
    assert labels[numbers[worded.id]].endswith(f"Item {numbers[worded.id]}, {area_one.title}"), "then where it is"
    assert labels[numbers[unworded.id]].startswith(unworded.question), "no gap written yet: the question says it"
    hostile_label = labels[numbers[hostile.id]]
    assert hostile_label.startswith('=HYPERLINK("http://x","y")')
    start = next(n for n, row in enumerate(rows_of(book, layout.SUMMARY), 1) if row[0] == hostile_label)
    cell = book[layout.SUMMARY].cell(row=start, column=1)
    assert cell.data_type == "s" and cell.quotePrefix, "a gap typed like a formula stays text"
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_the_top_risks_say_when_more_urgent_gaps_are_left_out(exported: Path) -> None:
    book = load_workbook(exported)
    pressing = [row for row in gap_rows(book) if row[0] in PRIORITY_WORDS]
    assert len(pressing) > 5, "the demo data has more critical and high gaps than the five listed"
    heading = next(
        row[0] for row in rows_of(book, layout.SUMMARY) if isinstance(row[0], str) and row[0].startswith("Top risks")
    )
    assert f"the 5 most urgent of {len(pressing)}" in heading and "Gaps sheet" in heading
