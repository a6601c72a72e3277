"""Read a register from the files a user names: one .xlsx workbook (the template) or CSV files, one per sheet.

The one rule the command line and the app share for telling the two apart;
anything else (a mix, two workbooks, another kind of file) is a usage error.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from readiness.errors import UsageError
from readiness.exposure.products import Product
from readiness.exposure.register_csv import read_register_csv
from readiness.exposure.register_workbook import read_register_workbook


def read_register_files(files: Sequence[Path]) -> list[Product]:
    """Products from one .xlsx or from .csv files; raises `RegisterError` with every problem."""
    paths = [Path(f) for f in files]
    kinds = {path.suffix.lower() for path in paths}
    if kinds == {".xlsx"} and len(paths) == 1:
        return read_register_workbook(paths[0])
    if kinds == {".csv"}:
        return read_register_csv(paths)
    raise UsageError(
        "give one .xlsx workbook (the template) or CSV files (one per sheet)",
        where=str(paths[0]) if paths else "",
        code="register-files",
    )
