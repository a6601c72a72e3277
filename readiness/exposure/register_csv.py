"""The product register as CSV files: one file per sheet of the template, recognised by its header row.

A register in CSV is up to four files (products, lanes, overlays, BOM),
read together; each file is matched to its sheet by its headers, not its
name, so `export.csv` works as well as `products.csv`. Problems name the
file, the row and the column letter a spreadsheet would show. Files are
UTF-8 (a byte-order mark, as Excel writes, is fine), comma-, semicolon- or
tab-separated, read through `readiness.untrusted` (regular files only,
limited in size) and limited in rows.

Text that a spreadsheet would take for a formula (starting with =, +, -, @,
tab or carriage return) is written with a leading apostrophe, which
spreadsheets show as text, and the reader drops that apostrophe again, so
an export opened in Excel is inert and still round-trips exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from readiness.atomic import write_text_atomically
from readiness.errors import InvalidInput
from readiness.excel.safety import FORMULA_TRIGGERS
from readiness.exposure.products import Product
from readiness.exposure.register_layout import TABLES
from readiness.exposure.register_read import Problems, SheetRows, read_register
from readiness.exposure.register_rows import register_rows
from readiness.untrusted import read_untrusted_text

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
FILE_NAMES = {"Products": "products.csv", "Lanes": "lanes.csv", "Overlays": "overlays.csv", "BOM": "bom.csv"}


def _headers(table: str) -> dict[str, str]:
    """Header text (folded) -> column key; the key itself is accepted as a header too."""
    found = {}
    for column in TABLES[table]:
        found[column.header.casefold()] = column.key
        found[column.key.casefold()] = column.key
    return found


def match_table(headers: Sequence[str]) -> tuple[str, dict[str, int]] | None:
    """The sheet whose required columns are all in `headers` (the best match), with each key's index."""
    best: tuple[int, str, dict[str, int]] | None = None
    for table, columns in TABLES.items():
        known = _headers(table)
        indexes: dict[str, int] = {}
        for index, header in enumerate(headers):
            key = known.get(" ".join(str(header).split()).casefold())
            if key is not None and key not in indexes:
                indexes[key] = index
        if all(c.key in indexes for c in columns if c.required) and (best is None or len(indexes) > best[0]):
            best = (len(indexes), table, indexes)
    return (best[1], best[2]) if best else None


def _unquoted(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS) else value


def _rows(reader: Iterator[list[str]], indexes: dict[str, int], *, problems: Problems, label: str) -> Iterator[Any]:
    for number, record in enumerate(reader, 2):
        if number > MAX_ROWS:
            problems.add(label, number, code="too-many-rows", limit=str(MAX_ROWS))
            return
        if not any(cell.strip() for cell in record):
            continue
        yield number, {key: (_unquoted(record[i]) if i < len(record) else None, False) for key, i in indexes.items()}


def _open(path: Path, problems: Problems) -> Any:
    """A CSV reader over the file's text, or None with the refusal recorded (`readiness.untrusted`'s codes:
    file-missing, not-a-file, too-large, not-utf8, file-read)."""
    try:
        text = read_untrusted_text(path, limit=MAX_FILE_BYTES, error=InvalidInput)
    except InvalidInput as exc:
        problems.add(path.name, 1, code=exc.code, reason=exc.reason)
        return None
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def read_register_csv(paths: Iterable[Path]) -> list[Product]:
    """Products from CSV files (see the module docstring); raises `RegisterError` listing every problem."""
    problems = Problems()
    sheets: dict[str, SheetRows] = {}
    for path in map(Path, paths):
        reader = _open(path, problems)
        if reader is None:
            continue
        try:
            headers: list[str] = next(reader, [])
            matched = match_table(headers)
            if matched is None:
                problems.add(path.name, 1, code="unknown-table", headers=", ".join(headers)[:200])
                continue
            table, indexes = matched
            if table in sheets:
                problems.add(path.name, 1, code="duplicate-table", table=table, first=sheets[table].label)
                continue
            letters = {key: get_column_letter(i + 1) for key, i in indexes.items()}
            rows = list(_rows(reader, indexes, problems=problems, label=path.name))
        except csv.Error as exc:
            problems.add(path.name, reader.line_num, code="csv-invalid", reason=str(exc))
            continue
        sheets[table] = SheetRows(table, letters, rows, label=path.name)
    if "Products" not in sheets and not problems.items:
        problems.add("Products", 1, code="missing-table", table="Products")
    problems.raise_if_any()
    return read_register(sheets, problems)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def write_register_csv(folder: Path, products: Iterable[Product]) -> list[Path]:
    """Write products.csv, lanes.csv, overlays.csv and bom.csv into `folder`, each atomically."""
    written = []
    for table, rows in register_rows(products).items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([c.header for c in TABLES[table]])
        writer.writerows([_cell(v) for v in row] for row in rows)
        target = Path(folder) / FILE_NAMES[table]
        write_text_atomically(target, "\ufeff" + buffer.getvalue())
        written.append(target)
    return written
