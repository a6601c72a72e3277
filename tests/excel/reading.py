"""Read an exported workbook the way its reader does: figures by their label, blocks by their heading.

The tests of what leadership and item owners see open the real .xlsx with
openpyxl and find things where a person would, not by fixed cell addresses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from readiness.excel import layout


def rows_of(book: Any, sheet: str) -> list[list[Any]]:
    return [list(row) for row in book[sheet].iter_rows(values_only=True)]


def texts_of(book: Any, sheet: str) -> list[str]:
    """Every text cell of a sheet."""
    return [cell for row in rows_of(book, sheet) for cell in row if isinstance(cell, str)]


def every_text(path: Path) -> str:
    """All the text of every sheet, hidden ones included, one cell a line."""
    book = load_workbook(path)
    return "\n".join(text for sheet in book.sheetnames for text in texts_of(book, sheet))


def summary_figure(book: Any, label: str) -> Any:
    """The large figure under `label` among the Summary's key figures (the first cell so labelled)."""
    rows = rows_of(book, layout.SUMMARY)
    for number, row in enumerate(rows):
        if label in row:
            return rows[number + 1][row.index(label)]
    raise AssertionError(f"no figure labelled {label!r} on the Summary")


def top_risks(book: Any) -> tuple[list[Any], list[list[Any]]]:
    """The header and the rows of the Summary's top risks block (empty rows when it says there are none)."""
    rows = rows_of(book, layout.SUMMARY)
    start = next(n for n, row in enumerate(rows) if isinstance(row[0], str) and row[0].startswith("Top risks"))
    header = rows[start + 1]
    body = []
    for row in rows[start + 2 :]:
        if row[0] is None or all(cell is None for cell in row[1:]):  # a blank row, or the note under the block
            break
        body.append(row)
    return header, body


def gap_rows(book: Any) -> list[list[Any]]:
    """The Gaps sheet's item rows (each carries its item id in the last column)."""
    return [row for row in rows_of(book, layout.GAPS)[3:] if row and row[-1]]


def checklist_ids(book: Any) -> set[str]:
    return {row[-1] for row in rows_of(book, layout.CHECKLIST)[3:] if row and row[-1]}
