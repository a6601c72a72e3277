"""Keep user-typed text inert in a spreadsheet: never a formula, never broken XML.

A value a user typed (an owner, a note, a gap) is written as a plain string
cell. Text beginning with `=`, `+`, `-`, `@`, tab or carriage return could be
taken for a formula by some client (CSV/DDE injection), so such cells also
carry `quotePrefix`, which keeps Excel and LibreOffice from re-reading them as
formulas when someone edits the cell. Characters XML cannot hold are
replaced, and text is cut at Excel's 32,767-character cell limit.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def needs_quote(text: str) -> bool:
    """True when a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """Text an XML cell can hold: Windows line ends unified, control characters replaced, length capped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "\u2026"
    return text


def normalised(text: str) -> str:
    """Text as the round trip compares it: line ends unified, outer blanks dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def looks_like_formula(text: str) -> bool:
    """Text a returned file offers that would be a live formula if it were ever typed into a cell."""
    return text.lstrip().startswith("=")
