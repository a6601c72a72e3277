"""Small helpers every sheet uses: safe cells, rows sized to their wrapped text, and print set-up.

All sheets are streamed (openpyxl write-only mode), so column widths, frozen
panes and sheet properties are set before the first row, and each row is
appended once. `SheetKit.text` is the one way user-typed text reaches a cell:
it is cleaned, stored as a string (never a formula) and quote-prefixed when
it looks like one (see `safety`).

Spreadsheets do not grow a row to fit wrapped text when a file is opened, so
each row gets the height its tallest wrapped cell needs, counted by wrapping
the words at the column's width. Excel cannot make a row taller than 409
points; `split_to_fit` cuts a long text into parts that each fit one row, for
sheets that print it over several rows instead of cutting it off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeAlias

from openpyxl.cell.cell import Cell as OpenpyxlCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from readiness.due import DueStatus, due_status
from readiness.excel.layout import NOT_ESTIMATED, Column
from readiness.excel.safety import clean_text, needs_quote
from readiness.excel.styles import Palette

Cell: TypeAlias = OpenpyxlCell | None
CHARS_PER_WIDTH = 1.15  # characters of 11 pt Calibri text per unit of column width, a little short of its mean
LINE_POINTS = 14.5
PAD_POINTS = 3
MAX_ROW_POINTS = 409  # Excel's limit
MAX_LINES = int((MAX_ROW_POINTS - PAD_POINTS) // LINE_POINTS)


def chars_per_line(width: float) -> int:
    """How many characters of body text a column of `width` holds on one line."""
    return max(int(width * CHARS_PER_WIDTH) - 1, 1)


def wrapped_lines(text: str, per_line: int) -> int:
    """Lines a text takes when its words wrap at `per_line` characters (a long word breaks where it must)."""
    if len(text) <= per_line and "\n" not in text:
        return 1
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size <= per_line:
                used += 1 + size
                continue
            if used:
                lines += 1
            used = size
            while used > per_line:
                lines += 1
                used -= per_line
    return lines


def height_for(lines: int) -> float | None:
    """The row height for `lines` lines of text (None: the default height of one line)."""
    return None if lines <= 1 else min(lines * LINE_POINTS + PAD_POINTS, MAX_ROW_POINTS)


def split_to_fit(text: str, width: float, *, max_lines: int = MAX_LINES) -> list[str]:
    """`text` in parts that each fit one row of a column of `width` (whole words and lines kept together)."""
    per_line = chars_per_line(width)
    if wrapped_lines(text, per_line) <= max_lines:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    for line in _lines_of(text, per_line):
        if len(current) == max_lines:
            parts.append("\n".join(current).strip("\n"))
            current = []
        current.append(line)
    if current:
        parts.append("\n".join(current).strip("\n"))
    return [part for part in parts if part] or [""]


def _lines_of(text: str, per_line: int) -> list[str]:
    """The printed lines of `text` (greedy word wrap, as the height count assumes)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            while len(word) > per_line:
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:per_line])
                word = word[per_line:]
            if line and len(line) + 1 + len(word) <= per_line:
                line += " " + word
            elif line:
                lines.append(line)
                line = word
            else:
                line = word
        lines.append(line)
    return lines


class SheetKit:
    """A streamed sheet, the palette, and the number of the next row."""

    def __init__(self, ws: WriteOnlyWorksheet, palette: Palette, widths: Sequence[float] = ()) -> None:
        self.ws = ws
        self.palette = palette
        self.next_row = 1
        self.widths = list(widths)
        self._per_line = [chars_per_line(w) for w in widths]
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width

    def text(self, value: str | None, style: str = "text") -> Cell:
        """User-typed (or any) text as an inert string cell; None for empty text."""
        if value is None or value == "":
            return None
        cleaned = clean_text(value)
        quoted = needs_quote(value) or needs_quote(cleaned)
        return self.palette.cell(self.ws, cleaned, style, quoted=quoted)

    def cost(self, amount: float, *, open_actions: int, unestimated: int, style: str = "money") -> Cell:
        """What open actions cost: empty without open actions, "Not estimated" when none has an estimate (never a
        zero that reads like a free action), else the sum of the estimates there are."""
        if not open_actions:
            return None
        if unestimated >= open_actions:
            return self.not_estimated()
        return self.value(round(amount), style)

    def not_estimated(self) -> Cell:
        """The grey words for a cost nobody has estimated yet."""
        return self.text(NOT_ESTIMATED, "label")

    def value(self, value: Any, style: str) -> Cell:
        """A number or date in a style; None stays an empty cell."""
        if value is None:
            return None
        if isinstance(value, str):
            return self.text(value, style)
        if isinstance(value, dt.datetime):
            value = value.replace(tzinfo=None)
        return self.palette.cell(self.ws, value, style)

    def row(self, cells: Sequence[Cell] = (), *, height: float | None = None, spans: Sequence[int] = ()) -> int:
        """Append a row of cells (None for blanks); returns its row number.

        `spans` gives, per cell, how many columns it covers when it is merged
        with the cells to its right (the caller merges them), so its wrapped
        text is measured at the merged width.
        """
        if height is None and self.widths:
            height = self._fitted_height(cells, spans)
        if height is not None:
            self.ws.row_dimensions[self.next_row].height = height
        self.ws.append(list(cells))
        self.next_row += 1
        return self.next_row - 1

    def _fitted_height(self, cells: Sequence[Cell], spans: Sequence[int]) -> float | None:
        """Room for the tallest wrapped cell."""
        wrapping = self.palette.wrapping
        lines = 1
        for index, cell in enumerate(cells):
            if cell is None or index >= len(self.widths) or cell._style.alignmentId not in wrapping:
                continue
            span = spans[index] if index < len(spans) else 1
            per_line = self._per_line[index] if span <= 1 else chars_per_line(sum(self.widths[index : index + span]))
            lines = max(lines, wrapped_lines(str(cell._value), per_line))
        return height_for(lines)

    def merge(self, row: int, first: int, last: int) -> None:
        """Merge columns `first`..`last` (1-based) of `row`."""
        self.ws.merged_cells.add(f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")

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
    """Letter paper, fit to one page wide, repeated header rows, footer with sheet, page numbers and date.

    The footer is 11 pt because spreadsheets shrink it with the page.

    Letter is the paper of the United States, Canada and Mexico; printed on A4
    the page scales to the wider (landscape) sheet and keeps its layout.
    """
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.25, footer=0.3)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = f"Generated {generated}"
    ws.oddFooter.left.size = 11
    ws.oddFooter.center.text = "&A"
    ws.oddFooter.center.size = 11
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 11


def set_print_area(ws: WriteOnlyWorksheet, *, columns: int, last_row: int) -> None:
    """Print only the first `columns` columns (the id columns after them stay on screen, off paper)."""
    ws.print_area = f"A1:{get_column_letter(columns)}{max(last_row, 1)}"


def due_style(due: dt.date | None, today: dt.date) -> str:
    """A due date's cell style: red once it is past, as the app marks it."""
    return "date_alert" if due_status(due, today) is DueStatus.OVERDUE else "date"
