"""Write the product register workbook: the template (with an example) or an export of a register.

Sheets: Instructions (how to fill it, every column with what it holds and
the values allowed), then Products, Lanes, Overlays and BOM (a styled header
row, frozen; drop-downs for the coded columns; HTS columns formatted as text
so Excel keeps 8708.30 as typed), and a hidden Metadata sheet naming the
format. Text is written inert (`SheetKit.text`: never a formula, quoted when
it looks like one); numbers are written as numbers with the digits recorded
(at most 15 significant, so they read back exactly). The file is written
atomically (`readiness.atomic`). Reading the file back with
`register_workbook.read_register_workbook` gives the same products.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from readiness import __version__
from readiness.atomic import write_atomically
from readiness.excel.sheetkit import Cell, SheetKit, print_setup
from readiness.excel.styles import Palette
from readiness.exposure.examples import example_products
from readiness.exposure.products import Product
from readiness.exposure.register_layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    INSTRUCTIONS,
    META,
    TABLES,
    RegisterColumn,
)
from readiness.exposure.register_rows import register_rows

LINE_CHARS = 125
STEPS = (
    "1. Products: one row per product you import or export under the agreement, with its unit values and, "
    "if you have transcribed it, its rule of origin (Annex 4-B). Leave every rule column blank if you have not.",
    "2. Lanes: one row per product and trade lane (origin country -> destination country), with the value and "
    "quantity traded per year and the importing country's MFN rate in percent (2.5 for 2.5 %).",
    "3. Overlays: extra duties on a lane (Section 232, Section 301, ...): the rate, what it is charged on, and "
    "whether it applies always or only when the product does not qualify.",
    "4. BOM: the bill of materials of each product, one row per material, valued per unit of the product. "
    "An origin you do not know is 'unknown' and counts as non-originating.",
    "5. Replace the example rows. Type values, not formulas: a file with formulas is refused. Use the codes in "
    "the drop-downs. Import the file in Trade Readiness: it is read whole or not at all, and every bad cell is "
    "listed with its sheet, row and column.",
)
NOTE = (
    "Unit figures (transaction value, net cost, total cost, BOM values) are per unit of the product and in the "
    "product's currency; lane figures are per year. The results are an aid to a self-assessment, not a customs "
    "ruling or legal advice."
)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _cell(kit: SheetKit, value: Any) -> Cell:
    if value is None:
        return None
    if isinstance(value, bool):
        return kit.text("yes" if value else "no")
    if isinstance(value, Decimal):
        return kit.value(_number(value), "text")
    return kit.text(str(value))


def _data_sheet(workbook: Workbook, palette: Palette, *, name: str, rows: Sequence[Sequence[Any]]) -> None:
    columns: tuple[RegisterColumn, ...] = TABLES[name]
    ws = workbook.create_sheet(name)
    kit = SheetKit(ws, palette)
    for index, column in enumerate(columns, 1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.kind in ("hts", "ranges", "text"):
            dimension.number_format = "@"
        if column.choices:
            validation = DataValidation(type="list", formula1=f'"{",".join(column.choices)}"', allow_blank=True)
            validation.add(f"{get_column_letter(index)}2:{get_column_letter(index)}1048576")
            ws.data_validations.append(validation)
    ws.freeze_panes = "B2"
    print_setup(ws, generated=dt.date.today().isoformat(), title_rows="1:1")
    kit.row([kit.text(c.header, "header") for c in columns], height=45)
    for row in rows:
        kit.row([_cell(kit, value) for value in row])


def _instructions(workbook: Workbook, palette: Palette) -> None:
    ws = workbook.create_sheet(INSTRUCTIONS)
    ws.sheet_view.showGridLines = False
    kit = SheetKit(ws, palette, (26, 10, 62, 40))
    print_setup(ws, generated=dt.date.today().isoformat(), landscape=False)
    kit.row([kit.text("Product register", "title")], height=30)
    kit.row(
        [kit.text(f"Trade Readiness {__version__}: products, lanes, overlay duties and bills of materials", "subtitle")]
    )
    kit.blank()
    for paragraph in (*STEPS, NOTE):
        # unwrapped lines spill over the empty columns beside them, so a paragraph reads across the page
        for line in textwrap.wrap(paragraph, LINE_CHARS, subsequent_indent="   "):
            kit.row([kit.text(line, "note" if paragraph is NOTE else "text")])
        kit.blank()
    for name, columns in TABLES.items():
        kit.row([kit.text(f"Sheet {name}", "section")], height=20)
        kit.row([kit.text(h, "header") for h in ("Column", "Required", "What it holds", "Allowed values")])
        for column in columns:
            allowed = ", ".join(column.choices) if column.choices else ""
            kit.row(
                [
                    kit.text(column.header, "bold"),
                    kit.text("yes" if column.required else ""),
                    kit.text(column.help, "wrap"),
                    kit.text(allowed, "wrap"),
                ]
            )
        kit.blank()


def _metadata(workbook: Workbook, palette: Palette) -> None:
    ws = workbook.create_sheet(META)
    ws.sheet_state = "hidden"
    kit = SheetKit(ws, palette)
    for key, value in (("format", FORMAT_NAME), ("format_version", str(FORMAT_VERSION)), ("generated_by", __version__)):
        kit.row([kit.text(key), kit.text(value)])


def write_register_workbook(path: Path, products: Iterable[Product]) -> None:
    """Write `products` as a register workbook at `path`, atomically; see the module docstring."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    palette = Palette(workbook)
    workbook.properties.title = "Product register"
    workbook.properties.creator = f"Trade Readiness {__version__}"
    _instructions(workbook, palette)
    for name, rows in register_rows(products).items():
        _data_sheet(workbook, palette, name=name, rows=rows)
    _metadata(workbook, palette)

    def write(handle: BinaryIO) -> None:
        workbook.save(handle)

    write_atomically(path, write)


def write_register_template(path: Path) -> None:
    """Write the empty template, with instructions and the example products in place of data."""
    write_register_workbook(path, example_products())
