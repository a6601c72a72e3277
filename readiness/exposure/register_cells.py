"""Read one register cell as a typed value, or say what is wrong with it as a problem code.

Cells arrive from Excel (numbers, booleans, dates, text) or from CSV (text
only). What cannot be read unambiguously is refused, never guessed: a
number typed with a thousands separator is read, a percent cell formatted
as a percentage (0.025 shown as 2.5 %) is read as 2.5, but an HTS code that
Excel turned into a number with a fractional part (8708.3) is refused,
because its trailing zero is lost. `Bad` carries the problem code and
parameters; the caller records it against the cell.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from readiness.errors import PlanImportError
from readiness.excel import plan_cells
from readiness.excel.safety import looks_like_formula
from readiness.exposure.register_layout import RegisterColumn
from readiness.exposure.vocabulary import (
    COUNTRY_CODES,
    CURRENCY_CODES,
    MAX_MONEY,
    MAX_PERCENT,
    MAX_TEXT,
    HtsRange,
    normalise_hts,
)

TRUE_WORDS = frozenset({"yes", "y", "true", "1"})
FALSE_WORDS = frozenset({"no", "n", "false", "0"})
MATERIAL_COUNTRIES = {"us": "US", "ca": "CA", "mx": "MX", "other": "other", "unknown": "unknown"}
MAX_SIGNIFICANT = 15  # what a spreadsheet keeps
MAX_DECIMALS = 6


class Bad(Exception):
    """A cell that cannot be read: a problem code and its parameters."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def text(value: Any) -> str:
    """A cell as text, read as the returned action plan reads it (`plan_cells.text`), and never formula text."""
    try:
        result = plan_cells.text(value, "")
    except PlanImportError as exc:
        raise Bad("text-invalid", reason=exc.reason) from None
    if len(result) > MAX_TEXT:
        raise Bad("text-too-long", length=str(len(result)), limit=str(MAX_TEXT))
    if looks_like_formula(result):
        raise Bad("formula-text", text=result[:40])
    return result


def _number(value: Any, *, percent_format: bool) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise Bad("not-a-number", found=str(value)[:40])
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").replace("$", "").replace(" ", "").removesuffix("%")
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            raise Bad("not-a-number", found=value.strip()[:40]) from None
    else:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if percent_format:
            number *= 100
    if not number.is_finite():
        raise Bad("not-a-number", found=str(value)[:40])
    if number < 0:
        raise Bad("negative-value", found=str(number))
    # whole numbers without an exponent, fractions without trailing zeros: 100, 12.5
    number = Decimal(int(number)) if number == number.to_integral_value() else number.normalize()
    _, digits, exponent = number.normalize().as_tuple()
    if len(digits) > MAX_SIGNIFICANT or (isinstance(exponent, int) and exponent < -MAX_DECIMALS):
        raise Bad("too-precise", found=str(number)[:40])
    return number


def _hts(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            raise Bad("hts-code-as-number", found=repr(value))
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    try:
        return normalise_hts(value)
    except ValueError:
        raise Bad("hts-code-invalid", found=str(value)[:40]) from None


def read(column: RegisterColumn, value: Any, *, percent_format: bool = False) -> Any:
    """The typed value of a cell in `column` (None for blank); raises `Bad`."""
    kind = column.kind
    if kind == "hts":
        result: Any = _hts(value)
    elif kind in ("money", "percent", "threshold"):
        result = _number(value, percent_format=percent_format and kind != "money")
        limit = {"money": MAX_MONEY, "percent": MAX_PERCENT, "threshold": Decimal(100)}[kind]
        if result is not None and result > limit:
            raise Bad("value-too-large", found=str(result), limit=str(limit))
    elif kind == "bool" and isinstance(value, bool):
        result = value
    else:
        word = text(value)
        result = _word(column, word) if word else None
    if result is None and column.required:
        raise Bad("required")
    return result


def _word(column: RegisterColumn, word: str) -> Any:
    kind = column.kind
    folded = word.casefold()
    if kind == "text":
        return word
    if kind == "bool":
        if folded in TRUE_WORDS or folded in FALSE_WORDS:
            return folded in TRUE_WORDS
        raise Bad("choice-invalid", found=word[:40], allowed="yes, no")
    if kind == "choice":
        if folded in column.choices:
            return folded
        raise Bad("choice-invalid", found=word[:40], allowed=", ".join(column.choices))
    if kind == "country":
        if word.upper() in COUNTRY_CODES:
            return word.upper()
        raise Bad("country-unknown", found=word[:40])
    if kind == "material-country":
        if folded in MATERIAL_COUNTRIES:
            return MATERIAL_COUNTRIES[folded]
        if word.upper() in COUNTRY_CODES:
            return "other"
        raise Bad("country-unknown", found=word[:40])
    if kind == "currency":
        if word.upper() in CURRENCY_CODES:
            return word.upper()
        raise Bad("currency-unknown", found=word[:40])
    if kind == "ranges":
        parts = [p.strip() for p in word.replace(",", ";").split(";") if p.strip()]
        try:
            return tuple(HtsRange.model_validate(part) for part in parts)
        except ValueError:
            raise Bad("hts-range-invalid", found=word[:40]) from None
    raise AssertionError(f"unknown column kind {kind}")
