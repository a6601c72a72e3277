"""The Changes sheet: every item that moved since the last snapshot, and every gap that opened or closed.

The Summary counts them; this sheet names them, in checklist order, with the
answer then and now. Without a snapshot it says how to get one. In an owner's
slice it names only that owner's items (`PlanData.in_slice`), and says how
many of the company's changes those are.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness.excel.changes import MOVEMENT_WORDS, Movement, answer_text
from readiness.excel.layout import Column
from readiness.excel.plan_data import PlanData
from readiness.excel.sheetkit import SheetKit, print_setup, set_print_area, widths_of
from readiness.excel.styles import Palette
from readiness.wording import question_text

CHANGE_COLUMNS = (
    Column("No.", 6, "number"),
    Column("Item", 50, "item"),
    Column("Then", 14, "before"),
    Column("Now", 14, "now"),
    Column("Movement", 15, "movement"),
    Column("Gap", 10, "gap"),
    Column("Priority", 9, "priority"),
    Column("Owner", 18, "owner"),
    Column("Area", 24, "area"),
    Column("Item ID", 20, "item_id"),
)
HEADER_ROW = 3
MOVEMENT_STYLES = {Movement.UP: "up", Movement.DOWN: "down"}


def write_changes(ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str) -> None:
    kit = SheetKit(ws, palette, widths_of(CHANGE_COLUMNS))
    printed = len(CHANGE_COLUMNS) - 2  # Area and Item ID: on screen, not on paper
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    print_setup(ws, generated=generated, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    snapshot = data.last_snapshot
    if snapshot is None:
        kit.row([kit.text("Changes since the last snapshot", "title")], height=28)
        row = kit.row(
            [
                kit.text(
                    "No snapshot has been taken of this assessment yet. Take one at each milestone (Assessment > "
                    "Take snapshot, or `readiness snapshot`) and the next workbook lists what moved since.",
                    "subtitle_wrap",
                )
            ],
            spans=[printed],
        )
        kit.merge(row, 1, printed)
        set_print_area(ws, columns=printed, last_row=kit.next_row - 1)
        return
    changes = [change for change in data.changes if data.in_slice(change.item.id)]
    listed = "" if data.owner is None else f" {len(changes)} of them are items of {data.owner}, listed here."
    kit.row([kit.text(f"Changes since the snapshot {snapshot.label!r}", "title")], height=28)
    row = kit.row(
        [
            kit.text(
                f"Taken {snapshot.taken_at[:10]}; compared with today, {data.today.isoformat()}. "
                f"{len(data.changes)} items moved or opened or closed a gap.{listed} A gap is an applicable item "
                f"assessed below ready.{_action_sentence(data)}",
                "subtitle_wrap",
            )
        ],
        spans=[printed],
    )
    kit.merge(row, 1, printed)
    kit.row([kit.text(c.header, "header") for c in CHANGE_COLUMNS], height=22)
    for change in changes:
        gap = "Opened" if change.gap_opened else "Closed" if change.gap_closed else ""
        priority = change.now.priority
        kit.row(
            [
                kit.text(change.number),
                kit.text(question_text(change.item), "wrap"),
                kit.text(answer_text(change.before), "wrap"),
                kit.text(answer_text(change.now), "wrap"),
                kit.text(MOVEMENT_WORDS[change.movement], MOVEMENT_STYLES.get(change.movement, "text")),
                kit.text(gap, "down" if change.gap_opened else "up" if change.gap_closed else "text"),
                kit.text(priority.value.capitalize(), priority.value) if priority else None,
                kit.text(change.now.owner, "wrap"),
                kit.text(change.area.title, "id"),
                kit.text(change.item.id, "id"),
            ]
        )
    last = max(kit.next_row - 1, HEADER_ROW + 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(CHANGE_COLUMNS))}{last}"
    set_print_area(ws, columns=printed, last_row=kit.next_row - 1)


def _action_sentence(data: PlanData) -> str:
    """The actions' work since the snapshot in one sentence (the Summary has the figures and the cost)."""
    work = data.action_work
    if work is None or not (work.done or work.added or work.removed or work.due_later):
        return ""
    return (
        f" Across the company's actions meanwhile: {work.done} done, {work.added} added, {work.removed} removed, "
        f"{work.due_later} with a later due date; the Summary gives their cost then and now."
    )
