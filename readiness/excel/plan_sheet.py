"""The Action Plan sheet: one row per action, the sheet item owners edit and send back.

An Excel table (filters, banded rows) under a short title and instructions;
status is a drop-down; an action nobody has costed says "Not estimated" in
grey (`layout.NOT_ESTIMATED`, which the import reads back as no estimate);
overdue rows turn red and rows due within 30 days amber (live, against
TODAY()); the header is frozen and repeated on every printed page. The last two columns carry the stable item and action ids the
round trip matches rows by; they stay off the printed page (the print area
ends before them), which keeps the printed text at 8 pt or larger.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from readiness.codes import ActionStatus
from readiness.due import DUE_SOON_DAYS, DueStatus, excel_conditions
from readiness.excel.layout import (
    PLAN_COLUMNS,
    PLAN_EXTRA_ROWS,
    PLAN_HEADER_ROW,
    PLAN_PRINTED,
    PLAN_TABLE,
    plan_letter,
)
from readiness.excel.plan_data import PlanData, PlanRow
from readiness.excel.sheetkit import SheetKit, print_setup, set_print_area, widths_of
from readiness.excel.styles import OVERDUE_FILL, SOON_FILL, Palette
from readiness.wording import question_text

STATUS_LIST = ",".join(s.value for s in ActionStatus)


def write_plan(
    ws: WriteOnlyWorksheet,
    palette: Palette,
    data: PlanData,
    *,
    generated: str,
    tick: Callable[[], None],
) -> None:
    kit = SheetKit(ws, palette, widths_of(PLAN_COLUMNS))
    ws.freeze_panes = f"A{PLAN_HEADER_ROW + 1}"
    print_setup(ws, generated=generated, title_rows=f"{PLAN_HEADER_ROW}:{PLAN_HEADER_ROW}")
    scope = f" for {data.owner}" if data.owner is not None else ""
    kit.row([kit.text(f"Action plan{scope}: {len(data.plan)} actions", "title")], height=28)
    for text, style in (
        (
            f"Sorted by priority, then due date. Red: overdue. Amber: due within {DUE_SOON_DAYS} days. "
            f"Costs in {data.currency}. Use the filter arrows to see one owner, status or area.",
            "subtitle_wrap",
        ),
        (
            "To update: change Action, Owner, Due, Status, Cost or Notes and send the file back. Priority, Area, "
            "No. and Item belong to the trade compliance manager and are not imported. To add an action: fill a "
            "new row below the table with its Item ID and the Action; leave Action ID empty. Keep the Item ID "
            "and Action ID columns (at the right, not printed) as they are.",
            "note_wrap",
        ),
    ):
        line = kit.row([kit.text(text, style)], spans=[PLAN_PRINTED])
        kit.merge(line, 1, PLAN_PRINTED)
    kit.row([kit.text(c.header, "header") for c in PLAN_COLUMNS], height=22)
    for row in data.plan:
        kit.row(_cells(kit, row))
        tick()
    last = kit.next_row - 1
    _finish(ws, last=last)
    set_print_area(ws, columns=PLAN_PRINTED, last_row=last)


def _cells(kit: SheetKit, row: PlanRow) -> list[object]:
    action = row.action
    priority = row.response.priority
    return [
        kit.text(priority.value.capitalize(), priority.value) if priority else None,
        kit.text(row.number),
        kit.text(question_text(row.item), "wrap"),
        kit.text(action.title, "wrap"),
        kit.text(action.owner, "wrap"),
        kit.value(action.due, "date"),
        kit.text(action.status.value),
        kit.not_estimated() if action.cost_estimate is None else kit.value(action.cost_estimate, "money"),
        kit.text(action.notes, "wrap_indented"),  # clear of the right-aligned cost beside it
        kit.text(row.area.title, "id"),
        kit.text(row.item.id, "id"),
        kit.text(action.uid, "id"),
    ]


def _finish(ws: WriteOnlyWorksheet, *, last: int) -> None:
    first = PLAN_HEADER_ROW + 1
    end_col = plan_letter(PLAN_COLUMNS[-1].key)
    table_last = max(last, first)
    table = Table(displayName=PLAN_TABLE, ref=f"A{PLAN_HEADER_ROW}:{end_col}{table_last}")
    table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(PLAN_COLUMNS, 1)]
    table.autoFilter = AutoFilter(ref=table.ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    with warnings.catch_warnings():  # the columns are set above, as write-only mode needs
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)

    status = plan_letter("status")
    validation = DataValidation(
        type="list",
        formula1=f'"{STATUS_LIST}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Status",
        error=f"Choose one of: {STATUS_LIST.replace(',', ', ')}.",
    )
    validation.add(f"{status}{first}:{status}{table_last + PLAN_EXTRA_ROWS}")
    ws.data_validations.append(validation)
    cost = plan_letter("cost_estimate")
    cost_rule = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Cost",
        error="Enter the estimated cost as a number (0 or more).",
    )
    cost_rule.add(f"{cost}{first}:{cost}{table_last + PLAN_EXTRA_ROWS}")
    ws.data_validations.append(cost_rule)

    if last < first:
        return
    due = plan_letter("due")
    rows = f"A{first}:{end_col}{last}"
    not_done = f'${status}{first}<>"{ActionStatus.DONE.value}"'
    has_due = f'${due}{first}<>""'
    conditions = excel_conditions(f"${due}{first}")
    for condition, colour in ((conditions[DueStatus.OVERDUE], OVERDUE_FILL), (conditions[DueStatus.SOON], SOON_FILL)):
        ws.conditional_formatting.add(
            rows,
            FormulaRule(
                formula=[f"AND({has_due},{condition},{not_done})"],
                fill=PatternFill("solid", bgColor=colour),
                stopIfTrue=True,
            ),
        )
