"""The look of the action plan: a small palette of cell styles, built once per workbook and copied per cell.

Creating Font/Fill objects for every cell is what makes formatted openpyxl
exports slow. Here each style is built once on a scratch cell, its compact
style array is kept, and every written cell gets a copy of that array: the
cost per cell is one small array copy. Each text style also has a "quoted"
twin with `quotePrefix` set, used for text that a spreadsheet could mistake
for a formula (see `safety`).
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FONT = "Calibri"
NAVY = "1F3864"
GREY = "595959"
LIGHT_GREY = "808080"
RED = "C00000"
ORANGE = "C65911"
BAR_BLUE = "2E75B6"
OVERDUE_FILL = "FFC7CE"
SOON_FILL = "FFEB9C"

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0_)"  # a little room on the right, so the next column does not touch it
PERCENT_FORMAT = "0%"
SHORT_MONEY_FORMAT = '[>=1000000]#,##0.0,,"M";[>=1000]#,##0,"k";0'  # 1.9M, 54k: readable at a glance
COUNT_FORMAT = '#,##0;-#,##0;"\u2013"'  # zero shows as a dash, so the numbers that matter stand out

_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
_THIN = Side(style="thin", color="BFBFBF")


@dataclass(frozen=True)
class _Spec:
    font: Font | None = None
    fill: PatternFill | None = None
    alignment: Alignment | None = None
    number_format: str | None = None
    border: Border | None = None
    text: bool = True  # has a quoted twin for formula-like text


def _total(number_format: str | None, alignment: Alignment) -> _Spec:
    """A cell of a table's total row: bold, with a rule above."""
    return _Spec(
        font=Font(name=FONT, bold=True),
        border=Border(top=_THIN),
        number_format=number_format,
        alignment=alignment,
        text=False,
    )


def _big_figure(colour: str, number_format: str) -> _Spec:
    """A headline figure on the Summary sheet: large, bold, left-aligned."""
    return _Spec(
        font=Font(name=FONT, size=26, bold=True, color=colour),
        number_format=number_format,
        alignment=Alignment(horizontal="left", vertical="center"),
        text=False,
    )


SPECS: dict[str, _Spec] = {
    "title": _Spec(font=Font(name=FONT, size=18, bold=True, color=NAVY)),
    "subtitle": _Spec(font=Font(name=FONT, size=11, color=GREY)),
    "section": _Spec(font=Font(name=FONT, size=13, bold=True, color=NAVY)),
    "label": _Spec(font=Font(name=FONT, size=10, color=GREY), alignment=_TOP),
    "note": _Spec(font=Font(name=FONT, size=9, italic=True, color=GREY)),
    "header": _Spec(
        font=Font(name=FONT, bold=True, color="FFFFFF"),
        fill=PatternFill("solid", fgColor=NAVY),
        alignment=Alignment(vertical="center", wrap_text=True),
    ),
    "text": _Spec(alignment=_TOP),
    "bold": _Spec(font=Font(name=FONT, bold=True), alignment=_TOP),
    "wrap": _Spec(alignment=_WRAP),
    "wrap_indented": _Spec(alignment=Alignment(vertical="top", wrap_text=True, indent=1)),
    "id": _Spec(font=Font(name=FONT, size=9, color=LIGHT_GREY), alignment=_WRAP),
    "critical": _Spec(font=Font(name=FONT, bold=True, color=RED), alignment=_TOP),
    "high": _Spec(font=Font(name=FONT, bold=True, color=ORANGE), alignment=_TOP),
    "medium": _Spec(alignment=_TOP),
    "low": _Spec(font=Font(name=FONT, color=GREY), alignment=_TOP),
    "date": _Spec(number_format=DATE_FORMAT, alignment=Alignment(vertical="top", horizontal="left"), text=False),
    "date_alert": _Spec(
        font=Font(name=FONT, bold=True, color=RED),
        number_format=DATE_FORMAT,
        alignment=Alignment(vertical="top", horizontal="left"),
        text=False,
    ),
    "count": _Spec(number_format=COUNT_FORMAT, alignment=Alignment(vertical="top", horizontal="center"), text=False),
    "count_alert": _Spec(
        font=Font(name=FONT, bold=True, color=RED),
        number_format=COUNT_FORMAT,
        alignment=Alignment(vertical="top", horizontal="center"),
        text=False,
    ),
    "money": _Spec(number_format=MONEY_FORMAT, alignment=_TOP, text=False),
    "number": _Spec(number_format="0", alignment=Alignment(vertical="top", horizontal="center"), text=False),
    "decimal": _Spec(number_format="0.0", alignment=Alignment(vertical="top", horizontal="center"), text=False),
    "percent": _Spec(number_format=PERCENT_FORMAT, alignment=_TOP, text=False),
    "big_percent": _big_figure(NAVY, PERCENT_FORMAT),
    "big_number": _big_figure(NAVY, MONEY_FORMAT),
    "big_money": _big_figure(NAVY, SHORT_MONEY_FORMAT),
    "big_alert": _big_figure(RED, MONEY_FORMAT),
    "total": _total(None, _TOP),
    "total_count": _total(COUNT_FORMAT, Alignment(vertical="top", horizontal="center")),
    "total_money": _total(MONEY_FORMAT, _TOP),
    "total_percent": _total(PERCENT_FORMAT, _TOP),
}


WRAPPING = ("wrap", "wrap_indented")


class Palette:
    """The workbook's styles as ready-made style arrays, plus the cell factory that uses them."""

    def __init__(self, workbook: Workbook) -> None:
        scratch = workbook.create_sheet("__styles__")
        self._arrays: dict[tuple[str, bool], StyleArray] = {}
        for name, spec in SPECS.items():
            for quoted in (False, True) if spec.text else (False,):
                cell = WriteOnlyCell(scratch)
                if spec.font:
                    cell.font = spec.font
                if spec.fill:
                    cell.fill = spec.fill
                if spec.alignment:
                    cell.alignment = spec.alignment
                if spec.number_format:
                    cell.number_format = spec.number_format
                if spec.border:
                    cell.border = spec.border
                if quoted:
                    cell.quotePrefix = True
                self._arrays[(name, quoted)] = copy(cell._style)
        workbook.remove(scratch)
        self.wrapping = {
            array.alignmentId for (name, _), array in self._arrays.items() if name in WRAPPING and array.alignmentId
        }

    def array(self, name: str, *, quoted: bool = False) -> StyleArray:
        return self._arrays[(name, quoted and (name, True) in self._arrays)]

    def cell(self, ws: WriteOnlyWorksheet, value: Any, name: str, *, quoted: bool = False) -> Cell:
        """A cell holding `value` (not interpreted: see `safety.cell_value`) in style `name`."""
        cell = WriteOnlyCell(ws)
        cell._value = value
        cell.data_type = _data_type(value)
        cell._style = copy(self.array(name, quoted=quoted))
        return cell


def _data_type(value: Any) -> str:
    if value is None or isinstance(value, str):
        return "s"
    if isinstance(value, bool):
        return "b"
    if isinstance(value, (int, float)):
        return "n"
    return "d"
