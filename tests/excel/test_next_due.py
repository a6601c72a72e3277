"""One "Next due" everywhere the workbook shows one: the Summary's area table, its top risks and the Gaps sheet.

The rule is `readiness.due.next_due`: the earliest of the item's open
actions' due dates and, while the item is not ready, its own due date. Done
work never counts; items that do not apply have none. Each sheet's note says
so in the same words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import builders
from openpyxl import load_workbook
from reading import gap_rows, rows_of, top_risks

from readiness.codes import ActionStatus, Level, Priority
from readiness.content_model import Framework
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.model import Action, CompanyProfile, Response
from readiness.wording import NEXT_DUE_RULE
from tests.support import create

ITEM_DUE = dt.date(2027, 4, 30)
PUSHED_ACTION = dt.date(2027, 6, 15)
CRITICAL_DUE = dt.date(2027, 1, 31)


def _responses(framework: Framework) -> tuple[list[Response], dict[str, str]]:
    """Area 1: a critical gap with only its own due date (and a done action due earlier, which must not count).
    Area 2: a high gap due 2027-04-30 whose open action was pushed to 2027-06-15; a ready item with an old date
    of its own and a not-applicable item with an earlier date (neither counts)."""
    first, second = framework.areas[0], framework.areas[1]
    assert len(second.items) >= 3
    responses = [
        Response(
            item_id=first.items[0].id,
            level=Level.AWARE,
            gap="No origin records for the new lines.",
            priority=Priority.CRITICAL,
            owner="Customs",
            due=CRITICAL_DUE,
            actions=[Action(title="Old audit", owner="Customs", due=dt.date(2026, 9, 1), status=ActionStatus.DONE)],
        ),
        Response(
            item_id=second.items[0].id,
            level=Level.PLANNED,
            gap="Supplier declarations missing.",
            priority=Priority.HIGH,
            owner="Purchasing",
            due=ITEM_DUE,
            actions=[Action(title="Collect declarations", owner="Purchasing", due=PUSHED_ACTION, cost_estimate=5000)],
        ),
        Response(item_id=second.items[1].id, level=Level.READY, owner="Legal", due=dt.date(2026, 12, 15)),
        Response(
            item_id=second.items[2].id,
            not_applicable=True,
            na_reason="We do not ship steel.",
            due=dt.date(2026, 12, 20),
        ),
    ]
    titles = {first.items[0].id: first.title, second.items[0].id: second.title}
    return responses, titles


def _export(tmp_path: Path) -> tuple[Any, Framework]:
    framework = builders.content_framework()
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    responses, _ = _responses(framework)
    assessment = create(ws, "Due dates", framework, CompanyProfile(company="Northwind"), responses=responses)
    result = export_plan(ws, assessment.id, tmp_path / "due.xlsx", today=builders.TODAY)
    ws.close()
    return load_workbook(result.path), framework


def _area_next_due(book: Any) -> dict[str, Any]:
    rows = rows_of(book, layout.SUMMARY)
    start = next(n for n, row in enumerate(rows) if row[0] == "Readiness by area")
    header = rows[start + 1]
    column = header.index("Next due")
    found = {}
    for row in rows[start + 2 :]:
        if row[0] == "All areas":
            break
        found[row[0]] = row[column]
    return found


def _as_date(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def test_every_sheet_shows_the_same_next_due_date(tmp_path: Path) -> None:
    book, framework = _export(tmp_path)
    first, second = framework.areas[0], framework.areas[1]
    areas = _area_next_due(book)
    # An area whose critical gap has no open action still shows when it is due.
    assert _as_date(areas[first.title]) == CRITICAL_DUE
    # The item's own date comes before its pushed action; the ready and not-applicable items' dates do not count.
    assert _as_date(areas[second.title]) == ITEM_DUE
    assert areas[framework.areas[2].title] is None, "an area with nothing due shows no date"

    header, risks = top_risks(book)
    due_column = header.index("Next due")
    risk_dates = {str(risk[0]).split("\n")[0]: _as_date(risk[due_column]) for risk in risks}
    assert risk_dates == {
        "No origin records for the new lines.": CRITICAL_DUE,
        "Supplier declarations missing.": ITEM_DUE,
    }

    gaps_header = rows_of(book, layout.GAPS)[2]
    gap_dates = {row[-1]: _as_date(row[gaps_header.index("Next due")]) for row in gap_rows(book)}
    assert gap_dates == {first.items[0].id: CRITICAL_DUE, second.items[0].id: ITEM_DUE}


def test_each_sheet_explains_next_due_in_the_same_words(tmp_path: Path) -> None:
    book, _ = _export(tmp_path)
    summary = [t for row in rows_of(book, layout.SUMMARY) for t in row if isinstance(t, str)]
    assert summary.count(NEXT_DUE_RULE) == 2, "under the top risks and under the area table"
    gaps_note = rows_of(book, layout.GAPS)[1][0]
    assert NEXT_DUE_RULE in gaps_note
    assert "else the item's own due date" not in gaps_note
