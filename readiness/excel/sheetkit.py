"""Small helpers every sheet uses: safe cells, rows, column widths and print set-up.

All sheets are streamed (openpyxl write-only mode), so column widths, frozen
panes and sheet properties are set before the first row, and each row is
appended once. `SheetKit.text` is the one way user-typed text reaches a cell:
it is cleaned, stored as a string (never a formula) and quote-prefixed when
it looks like one (see `safety`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any, TypeAlias

from openpyxl.cell.cell import Cell as OpenpyxlCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from readiness.excel.layout import Column
from readiness.excel.safety import clean_text, needs_quote
from readiness.excel.styles import Palette

Cell: TypeAlias = OpenpyxlCell | None
CHARS_PER_WIDTH = 1.1  # characters of body text per unit of column width (a little generous for Calibri)
LINE_POINTS = 14.5
MAX_ROW_POINTS = 409  # Excel's limit


class SheetKit:
    """A streamed sheet, the palette, and the number of the next row."""

    def __init__(self, ws: WriteOnlyWorksheet, palette: Palette, widths: Sequence[float] = ()) -> None:
        self.ws = ws
        self.palette = palette
        self.next_row = 1
        self.widths = list(widths)
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width

    def text(self, value: str | None, style: str = "text") -> Cell:
        """User-typed (or any) text as an inert string cell; None for empty text."""
        if value is None or value == "":
            return None
        cleaned = clean_text(value)
        quoted = needs_quote(value) or needs_quote(cleaned)
        return self.palette.cell(self.ws, cleaned, style, quoted=quoted)

    def value(self, value: Any, style: str) -> Cell:
        """A number or date in a style; None stays an empty cell."""
        if value is None:
            return None
        if isinstance(value, str):
            return self.text(value, style)
        if isinstance(value, dt.datetime):
            value = value.replace(tzinfo=None)
        return self.palette.cell(self.ws, value, style)

    def row(self, cells: Sequence[Cell] = (), *, height: float | None = None) -> int:
        """Append a row of cells (None for blanks); returns its row number."""
        if height is None and self.widths:
            height = self._fitted_height(cells)
        if height is not None:
            self.ws.row_dimensions[self.next_row].height = height
        self.ws.append(list(cells))
        self.next_row += 1
        return self.next_row - 1

    def _fitted_height(self, cells: Sequence[Cell]) -> float | None:
        """Room for the tallest wrapped cell: spreadsheets do not grow rows on opening, so we size them."""
        wrapping = self.palette.wrapping
        lines = 1
        for index, cell in enumerate(cells):
            if cell is None or index >= len(self.widths) or cell._style.alignmentId not in wrapping:
                continue
            per_line = max(self.widths[index] * CHARS_PER_WIDTH, 1.0)
            text = str(cell._value)
            lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n")))
        return None if lines == 1 else min(lines * LINE_POINTS + 3, MAX_ROW_POINTS)

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.row()


def widths_of(columns: Sequence[Column]) -> list[float]:
    return [c.width for c in columns]


def print_setup(
    ws: WriteOnlyWorksheet,
    *,
    generated: str,
    landscape: bool = True,
    title_rows: str | None = None,
) -> None:
    """Letter paper, fit to one page wide, repeated header rows, footer with sheet, page numbers and date."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.25, footer=0.3)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = f"Generated {generated}"
    ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = "&A"
    ws.oddFooter.center.size = 8
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 8
