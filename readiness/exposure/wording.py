"""English words for the exposure core's codes, for the command line and the workbook.

The core reports results as `Status`, `ReasonCode` and parameters, and
register problems as `CellProblem` codes; the store holds none of these
sentences. The desktop app words the same codes in the user's language
(`ui/exposure_labels.py`); this module is the English the command line
prints and the workbook writes. Figures arrive as `Decimal` (percent
rounded to 0.01 by the core) and are shown without trailing zeros.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from readiness.exposure.errors import CellProblem
from readiness.exposure.reasons import Param, Reason, ReasonCode, Status

STATUS_WORDS = {Status.QUALIFIES: "qualifies", Status.FAILS: "fails", Status.CANNOT_TELL: "cannot tell"}
BASE_WORDS = {
    "transaction-value": "transaction value",
    "net-cost": "net cost",
    "total-cost": "total cost",
    "whole-value": "the whole value",
    "non-us-content": "the non-U.S. content",
    "non-originating-value": "the non-originating value",
}


def figure(value: Param | None) -> str:
    """A decimal without trailing zeros and with thousands separators: 62.5, 1,200,000."""
    if not isinstance(value, Decimal):
        return str(value)
    text = f"{value.normalize():,f}"
    return text


def money(amount: Decimal, currency: str) -> str:
    """An annual amount as leadership reads it: USD 1,234,567 (whole units; cents only below one unit)."""
    rounded = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP) if abs(amount) >= 1 or not amount else amount
    return f"{currency} {rounded:,}"


def listed(value: Param | None) -> str:
    """Material names (or codes) as a list in a sentence: 'a', 'a and b', 'a, b and c' (at most five named)."""
    items = [str(v) for v in value] if isinstance(value, tuple) else [str(value)]
    items = [BASE_WORDS.get(item, item) for item in items]
    if len(items) > 5:
        items = [*items[:5], f"{len(items) - 5} more"]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _word(value: Param | None) -> str:
    return BASE_WORDS.get(str(value), str(value))


_REASONS: dict[ReasonCode, str] = {
    ReasonCode.ALL_MATERIALS_ORIGINATING: "every material is originating",
    ReasonCode.TARIFF_SHIFT_MET: "every non-originating material changes {level}",
    ReasonCode.DE_MINIMIS_APPLIED: (
        "the materials without the tariff shift ({materials}) are worth {value}, within the de minimis {percent}% "
        "of the {base} ({limit})"
    ),
    ReasonCode.RVC_MET: "RVC by {method} is {rvc}%, meeting the {threshold}% threshold",
    ReasonCode.LVC_MET: "labour value content {lvc}% meets the {minimum}% minimum",
    ReasonCode.US_CONTENT_MET: "U.S. content is {share}% of the {method}, meeting the {minimum}% minimum",
    ReasonCode.TARIFF_SHIFT_NOT_MET: "no change of {level} for {materials}, as the rule asks",
    ReasonCode.EXCLUDED_MATERIAL: "{material} comes from {range}, which the rule excludes",
    ReasonCode.DE_MINIMIS_EXCEEDED: (
        "the materials without the tariff shift ({materials}) are worth {value}, above the de minimis {percent}% "
        "of the {base} ({limit})"
    ),
    ReasonCode.DE_MINIMIS_NOT_AVAILABLE: "no de minimis allowance for {materials} (exception {exceptions})",
    ReasonCode.RVC_BELOW_THRESHOLD: "RVC by {method} is {rvc}%, below the {threshold}% threshold",
    ReasonCode.LVC_BELOW_MINIMUM: "labour value content {lvc}% is below the {minimum}% minimum",
    ReasonCode.US_CONTENT_BELOW_MINIMUM: "U.S. content is {share}% of the {method}, below the {minimum}% minimum",
    ReasonCode.NO_RULE: "no rule of origin is recorded for it",
    ReasonCode.MISSING_MATERIAL_HTS: "no HTS code is recorded for {materials}",
    ReasonCode.MISSING_MATERIAL_VALUE: "no value is recorded for {materials}",
    ReasonCode.MISSING_PRODUCT_VALUE: "its {needed} is not recorded",
    ReasonCode.MISSING_LABOUR_VALUE_CONTENT: "no labour value content is declared (the minimum is {minimum}%)",
    ReasonCode.DE_MINIMIS_BY_WEIGHT: (
        "{materials}: for textiles the de minimis allowance is measured by weight, which the register does not hold"
    ),
    ReasonCode.PREFERENCE_APPLIED: "the preference applies",
    ReasonCode.PREFERENCE_NOT_CLAIMED: "no preference is claimed",
    ReasonCode.LANE_OUTSIDE_AGREEMENT: "{origin} to {destination} is not trade between two parties",
    ReasonCode.PREFERENCE_LOST: "the scenario withdraws the preference",
    ReasonCode.NOT_QUALIFYING: "it does not qualify ({status}), so the MFN rate applies",
    ReasonCode.OVERLAY_BASE_UNKNOWN: "{program}: {base} is not known, so the whole value is charged",
}
_LEVELS = {"chapter": "chapter", "heading": "heading", "subheading": "subheading"}


def reason_text(reason: Reason) -> str:
    """One reason in English."""
    params = reason.params
    values: dict[str, str] = {}
    for name, value in params.items():
        if name in ("materials", "exceptions"):
            values[name] = listed(value)
        elif name == "needed":
            values[name] = " or ".join(_word(v) for v in value) if isinstance(value, tuple) else _word(value)
        elif name in ("method", "base"):
            values[name] = _word(value)
        elif name == "status":
            values[name] = STATUS_WORDS.get(Status(str(value)), str(value))
        elif name == "level":
            values[name] = _LEVELS.get(str(value), str(value))
        else:
            values[name] = figure(value)
    return _REASONS[reason.code].format_map(_Defaults(values))


def reasons_text(reasons: tuple[Reason, ...]) -> str:
    """Several reasons as one sentence: 'a; b' (a reason two tests share is said once)."""
    return "; ".join(dict.fromkeys(reason_text(r) for r in reasons))


class _Defaults(dict[str, str]):
    """Parameters for a template; one the core did not give reads as '?' rather than failing."""

    def __missing__(self, key: str) -> str:
        return "?"


_PROBLEMS: dict[str, str] = {
    "required": "this cell is required",
    "text-invalid": "the text cannot be read ({reason})",
    "text-too-long": "the text has {length} characters; at most {limit}",
    "formula": "a formula; type the value itself (formulas are never imported)",
    "formula-text": "text starting like a formula ({text}) is not taken",
    "not-a-number": "{found} is not a number",
    "negative-value": "{found} is negative",
    "too-precise": "{found} has more digits than a spreadsheet keeps exactly",
    "value-too-large": "{found} is above the limit of {limit}",
    "hts-code-invalid": "{found} is not an HTS code of 6 to 10 digits",
    "hts-code-as-number": "{found} was stored as a number and lost its trailing zero; type it as text (8708.30)",
    "hts-range-invalid": "{found} is not a list of HTS ranges (such as 7208-7216; 7225)",
    "choice-invalid": "{found} is not one of {allowed}",
    "country-unknown": "{found} is not a country code",
    "currency-unknown": "{found} is not a currency code",
    "invalid": "{reason}",
    "duplicate-part-number": "the part number is listed twice (first in row {first_row})",
    "unknown-part-number": "part number {part_number} is not on the Products sheet",
    "duplicate-lane": "the lane {origin} to {destination} is listed twice",
    "unknown-lane": "{part_number} has no such lane on the Lanes sheet",
    "duplicate-overlay": "overlay {program} is listed twice on this lane",
    "bom-total-above-value": "the bill of materials totals {total}, more than this value ({value})",
    "missing-sheet": "the workbook has no {table} sheet",
    "missing-table": "no file holds the {table} columns",
    "header-missing": "the header row is missing or was changed (required: {required})",
    "unknown-table": "the headers match no sheet of the register ({headers})",
    "duplicate-table": "a second file for {table} (the first is {first})",
    "csv-invalid": "not a readable CSV file ({reason})",
    "too-many-rows": "too many rows",
    "too-slow": "reading the file took too long; refusing it",
    "file-missing": "no such file",
    "not-a-file": "{reason}",
    "too-large": "{reason}",
    "file-read": "the file cannot be read ({reason})",
    "not-utf8": "not UTF-8 text; save it as CSV UTF-8",
    "not-a-workbook": "{reason}",
    "old-xls": "{reason}",
    "encrypted": "{reason}",
    "zip-bomb": "{reason}",
    "xml-bomb": "{reason}",
    "not-ours": "this workbook is not a Trade Readiness product register",
    "newer-format": "the register format {version} is newer than this app understands; update the app",
}


def problem_text(problem: CellProblem) -> str:
    """One register problem in English, after where it is: 'Products!C3 (HTS code): 87A8 is not an HTS code'."""
    template = _PROBLEMS.get(problem.code, problem.code)
    sentence = template.format_map(_Defaults({k: str(v) for k, v in problem.params.items()}))
    header = f" ({problem.header})" if problem.header else ""
    return f"{problem.where}{header}: {sentence}"


def problem_codes() -> Mapping[str, str]:
    """The English template of every problem code (for the test that each code has words)."""
    return dict(_PROBLEMS)
