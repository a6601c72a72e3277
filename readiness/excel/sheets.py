"""The Gaps and Checklist sheets: the detail behind the Summary's figures.

Gaps lists the open gaps (applicable items assessed below ready) in the
order of the Summary's top risks (`plan_data.risk_order`), and under them one
line counting the items nobody has assessed yet: those are not gaps, and the
Checklist lists them. Its Risk score ranks the gaps and is not money, which
its note says.

Checklist lists every item of the framework in order with its full answer,
made for reading on paper: the long texts (gap, evidence, notes, why an item
does not apply, what to review) share one wide Details column, each under its
own label, and a text longer than one row can hold continues on the next rows
instead of being cut off. The Area and Item ID columns of both sheets stay
off the printed page (the Checklist heads each area with its number and
title instead). In an owner's slice both list only that owner's items
(`PlanData.in_slice`).
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness.excel.layout import Column
from readiness.excel.plan_data import PlanData
from readiness.excel.sheetkit import SheetKit, due_style, print_setup, set_print_area, split_to_fit, widths_of
from readiness.excel.styles import Palette
from readiness.model import Response, ReviewReason
from readiness.walkthrough import area_numbers
from readiness.wording import (
    NEXT_DUE_RULE,
    answer_text,
    not_applicable_text,
    question_text,
    review_note_text,
    review_notes_text,
)

GAP_COLUMNS = (
    Column("Priority", 9, "priority"),
    Column("No.", 6, "number"),
    Column("Item", 38, "item"),
    Column("Level", 13, "level"),
    Column("Gap", 34, "gap"),
    Column("Owner", 18, "owner"),
    Column("Next due", 11, "due"),
    Column("Risk score", 9.5, "risk_score"),
    Column("Open actions", 8.5, "open_actions"),
    Column("Cost of open actions", 14, "open_cost"),
    Column("Area", 24, "area"),
    Column("Item ID", 20, "item_id"),
)
CHECKLIST_COLUMNS = (
    Column("No.", 6, "number"),
    Column("Question", 40, "question"),
    Column("Answer", 13, "level"),
    Column("Priority", 9, "priority"),
    Column("Owner", 18, "owner"),
    Column("Due", 11, "due"),
    Column("Actions", 8, "actions"),
    Column("Details", 58, "details"),
    Column("Area", 24, "area"),
    Column("Item ID", 20, "item_id"),
)
HEADER_ROW = 3
OFF_PAPER = 2  # the Area and Item ID columns at the right: on screen for filters, not printed
DETAILS = len(CHECKLIST_COLUMNS) - 1 - OFF_PAPER  # index of the Details column


def level_text(response: Response) -> str:
    return answer_text(response)


def review_text(response: Response) -> str:
    """What to review, in words; an item the user still marks not applicable is not told that it "applies"."""
    if not response.needs_review:
        return ""
    notes = []
    mapped = sum(1 for note in response.review_notes if note.reason is ReviewReason.MAPPING)
    for note in response.review_notes:
        if note.reason is ReviewReason.NOW_APPLIES and response.not_applicable:
            notes.append(
                "You marked this not applicable; in the new version it concerns companies like yours, "
                "so check that your reason still holds."
            )
        else:
            notes.append(review_note_text(note, many=mapped > 1))
    return "\n".join(notes) if notes else review_notes_text(response.review_notes)


def details_text(response: Response) -> str:
    """The long texts of an answer, each under its label, in the order a reader needs them."""
    parts = []
    if response.not_applicable:
        parts.append(
            f"Does not apply: {not_applicable_text(response)}"
            if response.counts_as_not_applicable
            else "Marked not applicable, no reason given yet: counted as not assessed"
        )
    if response.gap:
        parts.append(f"Gap: {response.gap}")
    if response.evidence:
        parts.append("Evidence: " + "; ".join(response.evidence))
    if response.notes:
        parts.append(f"Notes: {response.notes}")
    review = review_text(response)
    if review:
        parts.append(f"To review: {review}")
    return "\n".join(parts)


def _start(kit: SheetKit, columns: tuple[Column, ...], *, title: str, note: str, generated: str) -> None:
    kit.ws.freeze_panes = f"A{HEADER_ROW + 1}"
    print_setup(kit.ws, generated=generated, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    kit.row([kit.text(title, "title")], height=28)
    printed = len(columns) - OFF_PAPER
    row = kit.row([kit.text(note, "subtitle_wrap")], spans=[printed])
    kit.merge(row, 1, printed)
    kit.row([kit.text(c.header, "header") for c in columns], height=30)


def _finish(kit: SheetKit, columns: tuple[Column, ...], *, last_listed: int) -> None:
    """Filters over the rows listed (down to `last_listed`), and a print area down to the last row written."""
    last = max(last_listed, HEADER_ROW + 1)
    kit.ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{last}"
    set_print_area(kit.ws, columns=len(columns) - OFF_PAPER, last_row=kit.next_row - 1)


def write_gaps(
    ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str, tick: Callable[[], None]
) -> None:
    kit = SheetKit(ws, palette, widths_of(GAP_COLUMNS))
    whose = f" of {data.owner}" if data.owner is not None else ""
    _start(
        kit,
        GAP_COLUMNS,
        title=f"Gaps{whose}: {_count(len(data.gaps), 'open gap')} (items assessed below ready)",
        note="Most urgent first, as the Summary's top risks: by priority, then risk score, then next due. "
        "Risk score = the item's weight in the framework x the share of readiness still missing, (4 - level) / 4: "
        f"a score for ranking the gaps, not an amount of money. {NEXT_DUE_RULE} Costs in {data.currency}.",
        generated=generated,
    )
    for gap in data.gaps:
        response = gap.response
        priority = response.priority
        kit.row(
            [
                kit.text(priority.value.capitalize(), priority.value) if priority else None,
                kit.text(gap.number),
                kit.text(question_text(gap.item), "wrap"),
                kit.text(level_text(response)),
                kit.text(response.gap, "wrap"),
                kit.text(response.owner, "wrap"),
                kit.value(gap.next_due, due_style(gap.next_due, data.today)),
                kit.value(round(gap.risk_score, 2), "score"),
                kit.value(gap.open_actions, "count"),
                kit.cost(gap.open_cost, open_actions=gap.open_actions, unestimated=gap.unestimated),
                kit.text(gap.area.title, "id"),
                kit.text(gap.item.id, "id"),
            ]
        )
        tick()
    last_listed = kit.next_row - 1
    printed = len(GAP_COLUMNS) - OFF_PAPER
    if not data.gaps:
        kit.row([kit.text("No open gap: no item is assessed below ready.", "label")])
    kit.blank()
    unassessed = data.not_assessed_in_slice
    line = (
        f"{_count(unassessed, 'item')}{whose} not yet assessed {'is' if unassessed == 1 else 'are'} not listed "
        "here: an item becomes a gap only once it is assessed below ready. The Checklist sheet shows "
        f"{'it' if unassessed == 1 else 'them'}."
        if unassessed
        else f"Every applicable item{whose} is assessed."
    )
    row = kit.row([kit.text(line, "bold_wrap")], spans=[printed])
    kit.merge(row, 1, printed)
    _finish(kit, GAP_COLUMNS, last_listed=last_listed)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def write_checklist(
    ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str, tick: Callable[[], None]
) -> None:
    kit = SheetKit(ws, palette, widths_of(CHECKLIST_COLUMNS))
    items = [(area, item) for area, item in data.framework.items() if data.in_slice(item.id)]
    continued = "A long answer continues on the rows below it, marked (continued)."
    if data.owner is None:
        title = f"Checklist: all {len(items)} items"
        note = f"Every item of {data.framework.title}, in order, with the company's full answer. {continued}"
    else:
        title = f"Checklist: the {len(items)} items of {data.owner}"
        note = (
            f"The items of {data.framework.title} that {data.owner} owns or holds an action on, in order, with the "
            f"company's full answer. {continued}"
        )
    _start(kit, CHECKLIST_COLUMNS, title=title, note=note, generated=generated)
    width = CHECKLIST_COLUMNS[DETAILS].width
    printed = len(CHECKLIST_COLUMNS) - OFF_PAPER
    numbers = area_numbers(data.framework)
    current = None
    for area, item in items:
        if area.id != current:
            current = area.id
            row = kit.row([kit.text(f"{numbers[area.id]}  {area.title}", "area_heading")], height=22)
            kit.merge(row, 1, printed)
        response = data.responses.get(item.id) or Response(item_id=item.id)
        priority = response.priority
        number = data.numbers.get(item.id, "")
        parts = split_to_fit(details_text(response), width)
        kit.row(
            [
                kit.text(number),
                kit.text(question_text(item), "wrap"),
                kit.text(level_text(response), "wrap"),
                kit.text(priority.value.capitalize(), priority.value) if priority else None,
                kit.text(response.owner, "wrap"),
                kit.value(response.due, "date"),
                kit.value(len(response.actions), "count"),
                kit.text(parts[0], "wrap"),
                kit.text(area.title, "id"),
                kit.text(item.id, "id"),
            ]
        )
        for part in parts[1:]:
            kit.row(
                [
                    kit.text(number),
                    kit.text("(continued)", "note"),
                    *([None] * 5),
                    kit.text(part, "wrap"),
                    kit.text(area.title, "id"),
                    kit.text(item.id, "id"),
                ]
            )
        tick()
    _finish(kit, CHECKLIST_COLUMNS, last_listed=kit.next_row - 1)
