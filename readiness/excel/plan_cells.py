"""Read one cell of a returned action plan as a typed value, or refuse it with its sheet and cell.

Owners edit the file in Excel or LibreOffice, so a due date may arrive as a
date, a datetime or ISO text, a cost as a number or "12,000", an owner typed
as a number. What cannot be read unambiguously is refused, never guessed.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from readiness.errors import PlanImportError
from readiness.excel.safety import looks_like_formula, normalised
from readiness.model import ActionStatus

MIN_DATE = dt.date(1990, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)
MAX_COST = 1e12
MAX_TEXT = 20_000
STATUS_WORDS = {s.value: s for s in ActionStatus} | {"in-progress": ActionStatus.IN_PROGRESS}


def refuse(reason: str, where: str, code: str = "plan-invalid") -> PlanImportError:
    return PlanImportError(reason, where=where, code=code)


def is_formula(cell: Any) -> bool:
    return getattr(cell, "data_type", None) == "f"


def text(value: Any, where: str) -> str:
    """A cell as text: empty for blank, integral numbers without '.0', outer blanks dropped."""
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
    result = normalised(str(value))
    if len(result) > MAX_TEXT:
        raise refuse(f"the text is {len(result)} characters long; the limit is {MAX_TEXT}", where)
    return result


def safe_text(value: Any, where: str) -> str:
    """Text that is not formula text."""
    result = text(value, where)
    if looks_like_formula(result):
        raise refuse(f"{result[:40]!r} is formula text; type the value itself", where, code="formula")
    return result


def due_date(value: Any, where: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise refuse(f"{value.strip()[:40]!r} is not a date; use a date cell or YYYY-MM-DD", where) from None
    elif not isinstance(value, dt.date):
        raise refuse(f"{value!r} is not a date; use a date cell or YYYY-MM-DD", where)
    if not MIN_DATE <= value <= MAX_DATE:
        raise refuse(f"{value.isoformat()} is not a plausible due date", where)
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


def cost(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise refuse("expected a cost, found TRUE/FALSE", where)
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("$", "").replace(" ", "")
        if not cleaned:
            return None
        try:
            value = float(cleaned)
        except ValueError:
            raise refuse(f"{value.strip()[:40]!r} is not a cost; enter a number", where) from None
    if not isinstance(value, (int, float)):
        raise refuse(f"{value!r} is not a cost; enter a number", where)
    amount = float(value)
    if not math.isfinite(amount) or amount < 0 or amount > MAX_COST:
        raise refuse(f"{value!r} is not a plausible cost (0 to {MAX_COST:,.0f})", where)
    return amount


def same(field: str, old: Any, new: Any) -> bool:
    """Whether a stored value and a value read back mean the same thing."""
    if field == "cost_estimate":
        if old is None or new is None:
            return old is None and new is None
        return abs(float(old) - float(new)) < 0.005
    if isinstance(old, str) or isinstance(new, str):
        return normalised(str(old or "")) == normalised(str(new or ""))
    return bool(old == new)
