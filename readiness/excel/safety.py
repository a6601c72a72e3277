"""Keep user-typed text inert in a spreadsheet: never a formula, never broken XML.

A value a user typed (an owner, a note, a gap) is written as a plain string
cell. Text beginning with `=`, `+`, `-`, `@`, tab or carriage return could be
taken for a formula by some client (CSV/DDE injection), so such cells also
carry `quotePrefix`, which keeps Excel and LibreOffice from re-reading them as
formulas when someone edits the cell. Text is cleaned by the app's one
cleaner (`readiness.limits.clean_text`: what the store keeps is already
clean, so an exported value reads back exactly as stored), and text longer
than Excel's 32,767-character cell limit (only joined texts can be) is cut.
"""

from __future__ import annotations

from readiness import limits

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767


def needs_quote(text: str) -> bool:
    """True when a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """Text an XML cell can hold: cleaned as the store cleans it, length capped."""
    text = limits.clean_text(text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "\u2026"
    return text


def normalised(text: str) -> str:
    """Text as the round trip compares it: line ends unified, outer blanks dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def looks_like_formula(text: str) -> bool:
    """Text a returned file offers that would be a live formula if it were ever typed into a cell."""
    return text.lstrip().startswith("=")
