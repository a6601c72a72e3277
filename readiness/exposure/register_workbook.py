"""Read a product register from an Excel workbook (the template, filled in), refusing hostile files.

Hostile files are refused as the returned action plan is, by the same code:
`zipguard.check_archive` reads the file once (through `readiness.untrusted`)
and checks the archive before any XML is parsed (size, zip bombs,
encryption, missing parts); openpyxl opens those very bytes read-only
without links and parses through defusedxml (entity expansion refused), and
`zipguard.unreadable` names why it failed; formulas are refused cell by cell,
a run of `BLANK_ROWS_END` empty rows ends a sheet, and `MAX_ROWS` and
`MAX_SECONDS` bound the work. A workbook carrying our Metadata sheet must
have our format name and a version this app understands; one without it is
read by its sheet names and header rows alone (so a register built by hand
from the template's headers works too). Then `register_read` types every
cell and reports every problem at once.
"""

from __future__ import annotations

import io
import time
import warnings
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from readiness.errors import PlanImportError
from readiness.excel.zipguard import check_archive, unreadable
from readiness.exposure.errors import CellProblem, RegisterError
from readiness.exposure.products import Product
from readiness.exposure.register_csv import match_table
from readiness.exposure.register_layout import FORMAT_NAME, FORMAT_VERSION, META, PRODUCTS, TABLES
from readiness.exposure.register_read import FORMULA, Problems, SheetRows, read_register

MAX_ROWS = 1_000_000
BLANK_ROWS_END = 1_000
MAX_SECONDS = 300.0


def _refused(path: Path, code: str, **params: str) -> RegisterError:
    return RegisterError((CellProblem(path.name, 1, "", "", code, params),), code=code)


def _from_plan_error(exc: PlanImportError, path: Path) -> RegisterError:
    """A refusal of the shared workbook checks (`zipguard`), as the register reports it."""
    return _refused(path, exc.code, reason=exc.reason, **exc.params)


def read_register_workbook(path: Path) -> list[Product]:
    """Products from a register workbook; raises `RegisterError` listing every problem, or naming the refusal."""
    path = Path(path)
    try:
        content = check_archive(path)
    except PlanImportError as exc:
        raise _from_plan_error(exc, path) from None
    problems = Problems()
    book = None
    started = time.monotonic()
    try:
        with warnings.catch_warnings():  # openpyxl warns about extensions other clients add; they do not matter
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(content), read_only=True, data_only=False, keep_links=False)
            _check_metadata(book, path)
            sheets = {}
            for name in TABLES:
                if name in book.sheetnames:
                    sheets[name] = _sheet(book[name], name, problems=problems, started=started)
            if PRODUCTS not in sheets:
                problems.add(path.name, 1, code="missing-sheet", table=PRODUCTS)
    except RegisterError:
        raise
    except Exception as exc:  # a hostile file can fail in many ways inside openpyxl; none may escape raw
        raise _from_plan_error(unreadable(exc, path), path) from None
    finally:
        if book is not None:
            book.close()
    problems.raise_if_any()
    return read_register(sheets, problems)


def _check_metadata(book: Any, path: Path) -> None:
    if META not in book.sheetnames:
        return
    values = {}
    for row in book[META].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        key, value = (*row, None, None)[:2]
        if isinstance(key, str):
            values[key] = "" if value is None else str(value)
    if values.get("format") != FORMAT_NAME:
        raise _refused(path, "not-ours", format=values.get("format", "")[:60])
    version = values.get("format_version", "")
    if not version.isdigit() or int(version) > FORMAT_VERSION:
        raise _refused(path, "newer-format", version=version[:20])


def _sheet(ws: Any, name: str, *, problems: Problems, started: float) -> SheetRows:
    width = max(len(columns) for columns in TABLES.values()) + 10
    rows = ws.iter_rows(min_row=1, max_col=width)
    header = next(rows, ())
    matched = match_table([c.value if isinstance(c.value, str) else "" for c in header])
    if matched is None or matched[0] != name:
        missing = ", ".join(c.header for c in TABLES[name] if c.required)
        problems.add(name, 1, column="A", code="header-missing", required=missing)
        return SheetRows(name, {})
    indexes = matched[1]
    letters = {key: get_column_letter(index + 1) for key, index in indexes.items()}
    found = []
    blanks = 0
    for number, cells in enumerate(rows, 2):
        if number > MAX_ROWS or (number % 500 == 0 and time.monotonic() - started > MAX_SECONDS):
            problems.add(name, number, column="A", code="too-many-rows" if number > MAX_ROWS else "too-slow")
            break
        raw = {}
        for key, index in indexes.items():
            cell = cells[index] if index < len(cells) else None
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "f":
                value = FORMULA
            raw[key] = (value, "%" in (getattr(cell, "number_format", None) or ""))
        if all(v is None or (isinstance(v, str) and not v.strip()) for v, _ in raw.values()):  # a blank row
            blanks += 1
            if blanks >= BLANK_ROWS_END:
                break
            continue
        blanks = 0
        found.append((number, raw))
    return SheetRows(name, letters, found)
