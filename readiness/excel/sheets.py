"""The Gaps and Checklist sheets: the detail behind the Summary's figures.

Gaps lists every applicable item below ready (unassessed ones included), most
urgent and most exposed first. Checklist lists every item of the framework in
order with its full response; items that do not apply say why.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness.excel.layout import Column
from readiness.excel.plan_data import PlanData
from readiness.excel.sheetkit import SheetKit, print_setup, widths_of
from readiness.excel.styles import Palette
from readiness.model import LEVEL_LABELS, Level, Response
from readiness.wording import not_applicable_text, review_notes_text

GAP_COLUMNS = (
    Column("Priority", 10, "priority"),
    Column("Area", 22, "area"),
    Column("Item", 46, "item"),
    Column("Level", 13, "level"),
    Column("Gap", 40, "gap"),
    Column("Owner", 14, "owner"),
    Column("Due", 11.5, "due"),
    Column("Weight", 8, "weight"),
    Column("Exposure", 9.5, "exposure"),
    Column("Open actions", 9, "open_actions"),
    Column("Cost of open actions", 12, "open_cost"),
    Column("Item ID", 18, "item_id"),
)
CHECKLIST_COLUMNS = (
    Column("Area", 20, "area"),
    Column("Item ID", 19, "item_id"),
    Column("Question", 44, "question"),
    Column("Applies", 9, "applies"),
    Column("Level", 12, "level"),
    Column("Priority", 9, "priority"),
    Column("Gap", 34, "gap"),
    Column("Owner", 13, "owner"),
    Column("Due", 11.5, "due"),
    Column("Evidence", 28, "evidence"),
    Column("Notes", 28, "notes"),
    Column("Why it does not apply", 24, "na_reason"),
    Column("Needs review", 12, "needs_review"),
    Column("Actions", 8, "actions"),
)
HEADER_ROW = 3


def level_text(response: Response) -> str:
    if response.not_applicable:
        return "Not applicable"
    if response.level is None:
        return "Not assessed"
    return f"{int(response.level)} {LEVEL_LABELS[Level(response.level)]}"


def _review(response: Response) -> str:
    if not response.needs_review:
        return ""
    notes = review_notes_text(response.review_notes)
    return f"Yes: {notes}" if notes else "Yes"


def _start(kit: SheetKit, columns: tuple[Column, ...], *, title: str, note: str, generated: str) -> None:
    kit.ws.freeze_panes = f"A{HEADER_ROW + 1}"
    print_setup(kit.ws, generated=generated, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    kit.row([kit.text(title, "title")], height=28)
    kit.row([kit.text(note, "subtitle")])
    kit.row([kit.text(c.header, "header") for c in columns], height=30)


def _filter(kit: SheetKit, columns: tuple[Column, ...]) -> None:
    from openpyxl.utils import get_column_letter

    kit.ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{max(kit.next_row - 1, HEADER_ROW + 1)}"


def write_gaps(
    ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str, tick: Callable[[], None]
) -> None:
    kit = SheetKit(ws, palette, widths_of(GAP_COLUMNS))
    _start(
        kit,
        GAP_COLUMNS,
        title=f"Gaps: {len(data.gaps)} items below ready",
        note="Exposure = the item's weight x the share still missing (4 - level) / 4; unassessed items count fully. "
        "Sorted by priority, then exposure.",
        generated=generated,
    )
    for gap in data.gaps:
        response = gap.response
        priority = response.priority
        kit.row(
            [
                kit.text(priority.value.capitalize(), priority.value) if priority else None,
                kit.text(gap.area.title, "wrap"),
                kit.text(gap.item.question, "wrap"),
                kit.text(level_text(response)),
                kit.text(response.gap, "wrap"),
                kit.text(response.owner),
                kit.value(response.due, "date"),
                kit.value(gap.item.weight, "decimal"),
                kit.value(round(gap.exposure, 2), "decimal"),
                kit.value(gap.open_actions, "count"),
                kit.value(round(gap.open_cost), "money") if gap.open_actions else None,
                kit.text(gap.item.id, "id"),
            ]
        )
        tick()
    _filter(kit, GAP_COLUMNS)


def write_checklist(
    ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str, tick: Callable[[], None]
) -> None:
    kit = SheetKit(ws, palette, widths_of(CHECKLIST_COLUMNS))
    items = data.framework.items()
    _start(
        kit,
        CHECKLIST_COLUMNS,
        title=f"Checklist: all {len(items)} items",
        note=f"Every item of {data.framework.title}, in order, with the company's full answer.",
        generated=generated,
    )
    for area, item in items:
        response = data.responses.get(item.id) or Response(item_id=item.id)
        priority = response.priority
        kit.row(
            [
                kit.text(area.title, "wrap"),
                kit.text(item.id, "id"),
                kit.text(item.question, "wrap"),
                kit.text("No" if response.not_applicable else "Yes"),
                kit.text(level_text(response)),
                kit.text(priority.value.capitalize(), priority.value) if priority else None,
                kit.text(response.gap, "wrap"),
                kit.text(response.owner),
                kit.value(response.due, "date"),
                kit.text("\n".join(response.evidence), "wrap"),
                kit.text(response.notes, "wrap"),
                kit.text(not_applicable_text(response), "wrap") if response.not_applicable else None,
                kit.text(_review(response), "wrap"),
                kit.value(len(response.actions), "count"),
            ]
        )
        tick()
    _filter(kit, CHECKLIST_COLUMNS)
