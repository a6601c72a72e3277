"""The Changes sheet: every item that moved since the last snapshot, every gap that opened or closed, and every
action done, added, removed, given a later due date or a new cost.

The Summary counts them; this sheet names them, in checklist order: first
the items, with the answer then and now; under them, in a second table
("Actions since the snapshot"), the actions, with what changed. Without a
snapshot it says how to get one. In an owner's slice it names only that
owner's items (`PlanData.in_slice`) and actions, and says how many of the
company's changes those are.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness.excel.changes import MOVEMENT_WORDS, ActionChange, Movement
from readiness.excel.layout import CHANGED_ACTIONS, Column
from readiness.excel.plan_data import PlanData
from readiness.excel.sheetkit import SheetKit, print_setup, set_print_area, widths_of
from readiness.excel.styles import Palette
from readiness.exposure.wording import money
from readiness.owners import same_owner
from readiness.wording import answer_text, question_text

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
# The actions' table on the same columns: No. | Action | What changed (Then to Priority, merged) | Owner | Area |
# Item ID (the last two on screen, not on paper, as above).
ACTION_HEADERS = ("No.", "Action", "What changed", None, None, None, None, "Owner", "Area", "Item ID")
WHAT_CHANGED = (3, 7)
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
    _actions(kit, data, printed=printed)
    set_print_area(ws, columns=printed, last_row=kit.next_row - 1)


def _actions(kit: SheetKit, data: PlanData, *, printed: int) -> None:
    """The second table: each action done, added, removed, pushed later or re-costed, in checklist order."""
    work = data.action_work
    if work is None:
        return
    listed = [c for c in work.changes if same_owner(c.owner, data.owner)]
    kit.blank()
    kit.row([kit.text(CHANGED_ACTIONS, "section")], height=20)
    mine = (
        ""
        if data.owner is None
        else f" {len(listed)} of the company's {len(work.changes)} are {data.owner}'s, listed here."
    )
    note = (
        "Each action done, added or removed since the snapshot, or given a later due date or a new cost, in "
        f"checklist order.{mine}"
    )
    row = kit.row([kit.text(note, "label_wrap")], spans=[printed])
    kit.merge(row, 1, printed)
    first, last = WHAT_CHANGED
    spans = [1] * len(ACTION_HEADERS)
    spans[first - 1] = last - first + 1
    row = kit.row([kit.text(h, "header") if h else None for h in ACTION_HEADERS], height=22, spans=spans)
    kit.merge(row, first, last)
    if not listed:
        whose = "" if data.owner is None else f" of {data.owner}"
        kit.row([None, kit.text(f"No action{whose} changed since the snapshot.", "label")])
        return
    areas = {item.id: area.title for area, item in data.framework.items()}
    for change in listed:
        row = kit.row(
            [
                kit.text(data.numbers.get(change.item_id, "")),
                kit.text(change.title, "wrap"),
                kit.text(action_change_text(change, data.currency), "down" if change.due_later else "wrap"),
                None,
                None,
                None,
                None,
                kit.text(change.owner, "wrap"),
                kit.text(areas.get(change.item_id, ""), "id"),
                kit.text(change.item_id, "id"),
            ],
            spans=spans,
        )
        kit.merge(row, first, last)


def action_change_text(change: ActionChange, currency: str) -> str:
    """What happened to an action, e.g. "Due 2027-04-30 -> 2027-06-15; Cost USD 25,000 -> 27,000"."""
    parts = []
    if change.added:
        parts.append("Added")
    if change.removed:
        parts.append("Removed")
    if change.done:
        parts.append("Done")
    if change.due_then is not None and change.due_now is not None:
        parts.append(f"Due {change.due_then.isoformat()} -> {change.due_now.isoformat()}")
    if change.cost_changed:
        parts.append(f"Cost {_cost(change.cost_then, currency)} -> {_cost(change.cost_now, currency, code=False)}")
    return "; ".join(parts)


def _cost(amount: float | None, currency: str, *, code: bool = True) -> str:
    if amount is None:
        return "not estimated"
    text = money(Decimal(str(amount)), currency)
    return text if code else text.removeprefix(f"{currency} ")


def _action_sentence(data: PlanData) -> str:
    """The actions' work since the snapshot in one sentence (the Summary has the figures and the cost)."""
    work = data.action_work
    if work is None or not (work.done or work.added or work.removed or work.due_later):
        return ""
    return (
        f" Across the company's actions meanwhile: {work.done} done, {work.added} added, {work.removed} removed, "
        f"{work.due_later} with a later due date; '{CHANGED_ACTIONS}', under the items, names them and the Summary "
        "gives their cost then and now."
    )
