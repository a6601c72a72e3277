"""Read one cell of a returned action plan as a typed value, or refuse it with its sheet and cell.

Owners edit the file in Excel or LibreOffice, so a due date may arrive as a
date, a datetime or ISO text, a cost as a number or as text, an owner typed
as a number. What cannot be read unambiguously is refused, never guessed,
with an example of what is accepted:
- a cost is a number cell, or text holding one number written the way the
  workbook shows amounts: digits, an optional decimal point, commas only as
  thousands separators in groups of three (`12000`, `12,000`, `1,200.50`),
  an optional currency code or `$`; the words the workbook writes for an
  action without an estimate (`layout.NOT_ESTIMATED`) read back as none. `1.200,50`, `12,5`, `1 200,50` and
  `1.200` (a thousand and two hundred, or one point two?) are refused;
- a date is a date cell or `YYYY-MM-DD` text; `01/02/2027` (January or
  February?) is refused.
The limits (text length, date range, largest cost) are the store's own
(`readiness.limits`), so whatever the app accepts reads back.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from readiness import limits
from readiness.codes import ActionStatus
from readiness.errors import PlanImportError
from readiness.excel.layout import NOT_ESTIMATED
from readiness.excel.safety import looks_like_formula, normalised

STATUS_WORDS = {s.value: s for s in ActionStatus} | {"in-progress": ActionStatus.IN_PROGRESS}
COST_EXAMPLE = "type it as a number, e.g. 1200.50 or 1,200.50 (a point before the cents)"
DATE_EXAMPLE = "use a date cell or YYYY-MM-DD, e.g. 2027-03-31"
_PLAIN = re.compile(r"\d+(\.\d+)?|\.\d+")
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_THOUSANDS_OR_DECIMALS = re.compile(r"\d{1,3}\.\d{3}")  # "1.200": a thousand and two hundred, or 1.2?
_CURRENCY = re.compile(r"^(?P<lead>[A-Z]{3}|US\$|C\$|CA\$|MX\$|\$)\s*|\s*(?P<trail>[A-Z]{3}|\$)$")
_SYMBOLS = {"US$": "USD", "C$": "CAD", "CA$": "CAD", "MX$": "MXN"}  # "$" alone is every North American dollar


def refuse(reason: str, where: str, code: str = "plan-invalid") -> PlanImportError:
    return PlanImportError(reason, where=where, code=code)


def is_formula(cell: Any) -> bool:
    return getattr(cell, "data_type", None) == "f"


def text(value: Any, where: str) -> str:
    """A cell as text: empty for blank, integral numbers without '.0', cleaned as the store cleans, outer blanks
    dropped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise refuse("expected text, found TRUE/FALSE", where)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    result = normalised(limits.clean_text(str(value)))
    if len(result) > limits.MAX_TEXT:
        raise refuse(f"the text is {len(result):,} characters long; the limit is {limits.MAX_TEXT:,}", where)
    return result


def name(value: Any, where: str) -> str:
    """A one-line value (an owner) as the store keeps it."""
    result = limits.clean_line(text(value, where))
    if len(result) > limits.MAX_NAME:
        raise refuse(f"the name is {len(result):,} characters long; the limit is {limits.MAX_NAME}", where)
    return result


def safe_text(value: Any, where: str) -> str:
    """Text that is not formula text."""
    result = text(value, where)
    refuse_formula_text(result, where)
    return result


def refuse_formula_text(result: str, where: str) -> None:
    if looks_like_formula(result):
        raise refuse(f"{result[:40]!r} is formula text; type the value itself", where, code="formula")


def due_date(value: Any, where: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        shown = value.strip()[:40]
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise refuse(f"{shown!r} is not a date this app can read without guessing; {DATE_EXAMPLE}", where) from None
        if len(shown) != 10:
            raise refuse(f"{shown!r} is not a date this app can read without guessing; {DATE_EXAMPLE}", where)
    elif isinstance(value, dt.time) or not isinstance(value, dt.date):
        raise refuse(f"{value!r} is not a date; {DATE_EXAMPLE}", where)
    if not limits.FIRST_DATE <= value <= limits.LAST_DATE:
        raise refuse(
            f"{value.isoformat()} is not a plausible due date (the app keeps dates from "
            f"{limits.FIRST_DATE.year} to {limits.LAST_DATE.year})",
            where,
        )
    return value


def status(value: Any, where: str, *, default: ActionStatus | None = None) -> ActionStatus:
    word = text(value, where).casefold().replace("_", " ")
    if not word and default is not None:
        return default
    found = STATUS_WORDS.get(word)
    if found is None:
        choices = ", ".join(s.value for s in ActionStatus)
        shown = repr(word[:40]) if word else "an empty status"
        raise refuse(f"{shown} is not a status; choose one of: {choices}", where)
    return found


def cost(value: Any, where: str, *, currency: str | None = None) -> float | None:
    """A cost from a number cell or unambiguous text (see the module docstring); refused otherwise. Text naming
    a currency other than the plan's (`currency`) is refused: amounts are never converted."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise refuse("expected a cost, found TRUE/FALSE", where)
    if isinstance(value, str):
        amount = _cost_text(value, where, currency)
        if amount is None:
            return None
    elif isinstance(value, (int, float)):
        amount = float(value)
    else:
        raise refuse(f"{value!r} is not a cost; {COST_EXAMPLE}", where)
    if not math.isfinite(amount) or amount < 0 or amount > limits.MAX_COST:
        raise refuse(f"{value!r} is not a plausible cost (0 to {limits.MAX_COST:,.0f})", where)
    return amount


def _cost_text(value: str, where: str, currency: str | None) -> float | None:
    cleaned = value.strip()
    if not cleaned or cleaned.casefold() == NOT_ESTIMATED.casefold():
        return None
    shown = cleaned[:40]
    for found in _CURRENCY.finditer(cleaned):
        code = found.group("lead") or found.group("trail") or ""
        code = _SYMBOLS.get(code, code)
        if currency and code not in ("$", currency):
            raise refuse(
                f"{shown!r} is in {code}; this plan's amounts are in {currency} (amounts are not converted)", where
            )
    bare = _CURRENCY.sub("", cleaned).strip()
    if _PLAIN.fullmatch(bare) and not _THOUSANDS_OR_DECIMALS.fullmatch(bare):
        return float(bare)
    if _GROUPED.fullmatch(bare):
        return float(bare.replace(",", ""))
    if bare.startswith("-"):
        raise refuse(f"{shown!r} is not a plausible cost (0 to {limits.MAX_COST:,.0f})", where)
    if re.fullmatch(r"[\d.,\s\u00a0\u202f']+", bare) and any(ch.isdigit() for ch in bare):
        raise refuse(f"{shown!r} could be read more than one way; {COST_EXAMPLE}", where)
    raise refuse(f"{shown!r} is not a cost; {COST_EXAMPLE}", where)


def same(field: str, old: Any, new: Any) -> bool:
    """Whether two values of a field (stored, exported or read back) mean the same thing."""
    if field == "cost_estimate":
        if old is None or new is None:
            return old is None and new is None
        return abs(float(old) - float(new)) < 0.005
    if isinstance(old, str) or isinstance(new, str):
        return normalised(str(old or "")) == normalised(str(new or ""))
    return bool(old == new)
