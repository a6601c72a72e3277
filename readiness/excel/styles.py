"""The look of the action plan: a small palette of cell styles, built once per workbook and copied per cell.

Money is always shown with the assessment's currency code ("USD 12,500",
"MXN 1.2M"): the palette is built for one currency. The smallest font of
text on the landscape data sheets is 11 pt and 10 pt on the Summary and
About, which their page layouts (see `layout.PRINT_WIDTH`) keep at 8 pt or
more on paper.

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
NUMBER_FORMAT = "#,##0"
PERCENT_FORMAT = "0%"
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


def money_format(currency: str) -> str:
    """An amount with its currency code in front ("USD 12,500"), a little room on the right."""
    return f'"{currency} "#,##0_)'


def short_money_format(currency: str) -> str:
    """A headline amount: in full up to ten million ("USD 186,500", the figure the tables below add up to, not a
    rounded "USD 187k"), then in millions ("USD 12.4M") so it still fits its box."""
    code = f'"{currency} "'
    return f'[>=10000000]{code}#,##0.0,,"M";{code}#,##0'


def specs(currency: str) -> dict[str, _Spec]:
    """Every named style of the workbook, money in `currency`."""
    money = money_format(currency)
    return {
        **SPECS,
        "money": _Spec(number_format=money, alignment=_TOP, text=False),
        "big_money": _big_figure(NAVY, short_money_format(currency)),
        "total_money": _total(money, _TOP),
    }


SPECS: dict[str, _Spec] = {
    "title": _Spec(font=Font(name=FONT, size=18, bold=True, color=NAVY)),
    "subtitle": _Spec(font=Font(name=FONT, size=11, color=GREY)),
    "subtitle_wrap": _Spec(font=Font(name=FONT, size=11, color=GREY), alignment=_WRAP),
    "section": _Spec(font=Font(name=FONT, size=13, bold=True, color=NAVY)),
    "area_heading": _Spec(
        font=Font(name=FONT, size=12, bold=True, color=NAVY),
        fill=PatternFill("solid", fgColor="D9E2F3"),
        alignment=Alignment(vertical="center"),
    ),
    "label": _Spec(font=Font(name=FONT, size=10, color=GREY), alignment=_TOP),
    "label_wrap": _Spec(font=Font(name=FONT, size=10, color=GREY), alignment=_WRAP),
    "note": _Spec(font=Font(name=FONT, size=11, italic=True, color=GREY)),
    "note_wrap": _Spec(font=Font(name=FONT, size=11, italic=True, color=GREY), alignment=_WRAP),
    "header": _Spec(
        font=Font(name=FONT, bold=True, color="FFFFFF"),
        fill=PatternFill("solid", fgColor=NAVY),
        alignment=Alignment(vertical="center", wrap_text=True),
    ),
    "text": _Spec(alignment=_TOP),
    "bold": _Spec(font=Font(name=FONT, bold=True), alignment=_TOP),
    "bold_wrap": _Spec(font=Font(name=FONT, bold=True), alignment=_WRAP),
    "up": _Spec(font=Font(name=FONT, bold=True, color="2E7D32"), alignment=_TOP),
    "down": _Spec(font=Font(name=FONT, bold=True, color=RED), alignment=_TOP),
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
    "number": _Spec(number_format="0", alignment=Alignment(vertical="top", horizontal="center"), text=False),
    # a risk score: weight x (4 - level) / 4 moves in quarters, shown exactly and never with a currency
    "score": _Spec(number_format="0.00", alignment=Alignment(vertical="top", horizontal="center"), text=False),
    "percent": _Spec(number_format=PERCENT_FORMAT, alignment=_TOP, text=False),
    "big_percent": _big_figure(NAVY, PERCENT_FORMAT),
    "big_number": _big_figure(NAVY, NUMBER_FORMAT),
    "big_alert": _big_figure(RED, NUMBER_FORMAT),
    "total": _total(None, _TOP),
    "total_count": _total(COUNT_FORMAT, Alignment(vertical="top", horizontal="center")),
    "total_percent": _total(PERCENT_FORMAT, _TOP),
}


WRAPPING = ("wrap", "wrap_indented", "label_wrap", "subtitle_wrap", "note_wrap", "bold_wrap", "header")


class Palette:
    """The workbook's styles as ready-made style arrays, plus the cell factory that uses them."""

    def __init__(self, workbook: Workbook, *, currency: str = "USD") -> None:
        scratch = workbook.create_sheet("__styles__")
        self.currency = currency
        self._arrays: dict[tuple[str, bool], StyleArray] = {}
        for name, spec in specs(currency).items():
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
