"""The limits every stored value keeps, and the one cleaner for text typed by people.

The store, the JSON document, the workbook export and its import all use
these, so whatever the app accepts travels there and back unchanged: a name
is at most `MAX_NAME` characters, a text at most `MAX_TEXT`, a date lies in
`FIRST_DATE`..`LAST_DATE`, and text carries no control characters other than
tab and line breaks (Excel's XML cannot hold them, and a terminal would run
them).
"""

from __future__ import annotations

import datetime as dt
import re

MAX_NAME = 200  # assessment, owner, snapshot label
MAX_TEXT = 20_000  # gap, notes, action title, evidence entry, reasons
MAX_EVIDENCE = 200  # entries per item
FIRST_DATE = dt.date(1990, 1, 1)
LAST_DATE = dt.date(2200, 12, 31)
MAX_COST = 1e12

# C0 controls but tab, line feed and carriage return; DEL; C1 controls; lone surrogates; and the two
# noncharacters U+FFFE and U+FFFF, which XML (so a workbook) cannot hold either.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text as the app stores it: control characters removed, line breaks as `\\n`."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(text: str) -> str:
    """A one-line value (a name, an owner): cleaned, line breaks as spaces, outer spaces removed."""
    return " ".join(clean_text(text).split("\n")).strip()


def date_in_range(value: dt.date) -> dt.date:
    """The date itself, or a ValueError naming the range the app accepts."""
    if not FIRST_DATE <= value <= LAST_DATE:
        raise ValueError(
            f"a date between {FIRST_DATE.isoformat()} and {LAST_DATE.isoformat()} (got {value.isoformat()})"
        )
    return value
