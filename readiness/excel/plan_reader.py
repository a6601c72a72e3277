"""Open a returned action plan safely and read its hidden metadata and its Action Plan rows, as raw cell values.

The archive is checked first (`zipguard`), the workbook is opened read-only
(openpyxl parses through defusedxml) and any failure inside openpyxl becomes
a `PlanImportError` naming the file. Rows are read to the end of the sheet:
a row typed after any number of blank rows is read (and so imported or
reported), never dropped. A formula anywhere in the plan is refused with its
cell: the reader notes it on its row (`ReturnedRow.refused`) and reads on,
so that `plan_merge` names it in one refusal with every other cell that
cannot be used. Nothing here compares with the store; `plan_merge` does.
"""

from __future__ import annotations

import io
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from readiness.errors import PlanImportError
from readiness.excel import layout, plan_cells
from readiness.excel.metadata import Metadata, read_metadata
from readiness.excel.plan_cells import refuse
from readiness.excel.zipguard import check_archive, unreadable

MAX_ROWS = 100_000  # rows holding something; blank rows cost next to nothing and are not counted
MAX_SECONDS = 120.0
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class ReturnedRow:
    """One non-blank row of the Action Plan sheet: its number, raw value per column key, and the cells refused
    while reading (a formula), by column key."""

    number: int
    values: dict[str, Any]
    refused: dict[str, PlanImportError] = field(default_factory=dict)


@dataclass
class ReturnedFile:
    """What a returned file holds: its metadata, where each column is, and its rows."""

    path: Path
    metadata: Metadata
    columns: dict[str, int]
    rows: list[ReturnedRow]

    def where(self, key: str, row: int) -> str:
        """The cell of column `key` in `row`, as a user finds it: 'Action Plan!F12'."""
        index = self.columns.get(key)
        letter = get_column_letter(index + 1) if index is not None else "A"
        return f"{layout.PLAN}!{letter}{row}"


def read_file(path: Path) -> ReturnedFile:
    """Read a returned plan (see the module docstring); changes nothing."""
    content = check_archive(path)
    started = time.monotonic()
    book = None
    with warnings.catch_warnings():  # openpyxl warns about extensions other clients add; they do not matter here
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(io.BytesIO(content), read_only=True, data_only=False, keep_links=False)
            metadata = read_metadata(book)
            if layout.PLAN not in book.sheetnames:
                raise refuse(f"the workbook has no '{layout.PLAN}' sheet", path.name, code="not-ours")
            columns, rows = _read_plan(book[layout.PLAN], started)
        except PlanImportError:
            raise
        except Exception as exc:  # a hostile file can fail in many ways inside openpyxl; none may escape raw
            raise unreadable(exc, path) from None
        finally:
            if book is not None:
                book.close()
    return ReturnedFile(path=path, metadata=metadata, columns=columns, rows=rows)


def _read_plan(sheet: Any, started: float) -> tuple[dict[str, int], list[ReturnedRow]]:
    cells_by_row = sheet.iter_rows(min_row=1, max_col=len(layout.PLAN_COLUMNS) + 5)
    header_row, columns = _find_header(cells_by_row)
    keys = list(columns.items())
    rows: list[ReturnedRow] = []
    for number, cells in enumerate(cells_by_row, header_row + 1):
        if number % 500 == 0 and time.monotonic() - started > MAX_SECONDS:
            raise refuse("reading the plan took too long; refusing it", f"{layout.PLAN}!A{number}", code="too-slow")
        count = len(cells)
        values: dict[str, Any] = {}
        refused: dict[str, PlanImportError] = {}
        blank = True
        for key, index in keys:
            cell = cells[index] if index < count else None
            value = getattr(cell, "value", None)
            if value is not None and not (isinstance(value, str) and not value.strip()):
                blank = False
                if plan_cells.is_formula(cell):
                    refused[key] = refuse(
                        "a formula; type the value itself (formulas are never imported)",
                        f"{layout.PLAN}!{get_column_letter(index + 1)}{number}",
                        code="formula",
                    )
            values[key] = value
        if blank:
            continue
        if len(rows) >= MAX_ROWS:
            raise refuse(f"the plan has more than {MAX_ROWS:,} rows", f"{layout.PLAN}!A{number}", code="too-large")
        rows.append(ReturnedRow(number, values, refused))
    return columns, rows


def _find_header(rows: Iterator[Any]) -> tuple[int, dict[str, int]]:
    wanted = {c.header: c.key for c in layout.PLAN_COLUMNS}
    needed = {"uid", "item_id", "title", *layout.EDITABLE_KEYS}
    for number in range(1, HEADER_SEARCH_ROWS + 1):
        cells = next(rows, None)
        if cells is None:
            break
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            value = getattr(cell, "value", None)
            if isinstance(value, str) and value.strip() in wanted:
                found.setdefault(wanted[value.strip()], index)
        if needed <= set(found):
            return number, found
    raise refuse(
        "the Action Plan header row (with Item ID and Action ID) is missing or was changed",
        f"{layout.PLAN}!A{layout.PLAN_HEADER_ROW}",
        code="not-ours",
    )
