"""Words for the exposure core's codes in the app, all translatable: results, reasons, register problems, fields.

The core reports a product's result as a `Status` and `Reason`s (a
`ReasonCode` with parameters) and a register file's problems as
`CellProblem` codes; this module is the one place the app turns them into
the words a trade manager reads (the command line and the workbook use the
English of `readiness.exposure.wording`). Numbers are shown in the user's
locale; amounts per year in whole units of the product's currency.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from readiness.exposure.errors import CellProblem
from readiness.exposure.reasons import Param, Reason, ReasonCode, Status
from ui.labels import grouped_locale, money_text

translate = QCoreApplication.translate

_PLACEHOLDER = re.compile(r"%([a-z_]+)")


def status_label(status: Status | str) -> str:
    return {
        Status.QUALIFIES: translate("exposure", "Qualifies"),
        Status.FAILS: translate("exposure", "Fails"),
        Status.CANNOT_TELL: translate("exposure", "Cannot tell"),
    }[Status(status)]


def number_text(value: Param | float | None) -> str:
    """A figure in the user's locale, without trailing zeros: 62.5, 1,200,000."""
    if not isinstance(value, (Decimal, int, float)):
        return "" if value is None else str(value)
    number = Decimal(str(value)).normalize()
    places = max(0, -int(number.as_tuple().exponent)) if isinstance(number.as_tuple().exponent, int) else 0
    return grouped_locale().toString(float(number), "f", min(places, 6))


def signed_money_text(amount: Decimal, currency: str) -> str:
    """A change of an amount: +USD 1,234 or \u2212USD 1,234, or nothing for no change."""
    if not amount:
        return translate("exposure", "no change")
    sign = "+" if amount > 0 else "\u2212"
    return sign + money_text(abs(amount), currency)


def _base(code: Param | None) -> str:
    return {
        "transaction-value": translate("exposure", "transaction value"),
        "net-cost": translate("exposure", "net cost"),
        "total-cost": translate("exposure", "total cost"),
        "whole-value": translate("exposure", "the whole value"),
        "non-us-content": translate("exposure", "the non-U.S. content"),
        "non-originating-value": translate("exposure", "the non-originating value"),
    }.get(str(code), str(code))


def _level(code: Param | None) -> str:
    return {
        "chapter": translate("exposure", "chapter"),
        "heading": translate("exposure", "heading"),
        "subheading": translate("exposure", "subheading"),
    }.get(str(code), str(code))


def _listed(value: Param | None) -> str:
    items = [str(v) for v in value] if isinstance(value, tuple) else [str(value)]
    if len(items) > 5:
        items = [*items[:5], translate("exposure", "%1 more").replace("%1", str(len(items) - 5))]
    if len(items) == 1:
        return items[0]
    return translate("exposure", "%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])


def _templates() -> dict[ReasonCode, str]:
    return {
        ReasonCode.ALL_MATERIALS_ORIGINATING: translate("exposure", "Every material is originating."),
        ReasonCode.TARIFF_SHIFT_MET: translate("exposure", "Every non-originating material changes %level."),
        ReasonCode.DE_MINIMIS_APPLIED: translate(
            "exposure",
            "The materials without the tariff shift (%materials) are worth %value, within the de minimis %percent% "
            "of the %base (%limit).",
        ),
        ReasonCode.RVC_MET: translate("exposure", "RVC by %method is %rvc%, meeting the %threshold% threshold."),
        ReasonCode.LVC_MET: translate("exposure", "Labour value content %lvc% meets the %minimum% minimum."),
        ReasonCode.US_CONTENT_MET: translate(
            "exposure", "U.S. content is %share% of the %method, meeting the %minimum% minimum."
        ),
        ReasonCode.TARIFF_SHIFT_NOT_MET: translate("exposure", "No change of %level for %materials, as the rule asks."),
        ReasonCode.EXCLUDED_MATERIAL: translate("exposure", "%material comes from %range, which the rule excludes."),
        ReasonCode.DE_MINIMIS_EXCEEDED: translate(
            "exposure",
            "The materials without the tariff shift (%materials) are worth %value, above the de minimis %percent% "
            "of the %base (%limit).",
        ),
        ReasonCode.DE_MINIMIS_NOT_AVAILABLE: translate(
            "exposure", "No de minimis allowance for %materials (exception %exceptions)."
        ),
        ReasonCode.RVC_BELOW_THRESHOLD: translate(
            "exposure", "RVC by %method is %rvc%, below the %threshold% threshold."
        ),
        ReasonCode.LVC_BELOW_MINIMUM: translate(
            "exposure", "Labour value content %lvc% is below the %minimum% minimum."
        ),
        ReasonCode.US_CONTENT_BELOW_MINIMUM: translate(
            "exposure", "U.S. content is %share% of the %method, below the %minimum% minimum."
        ),
        ReasonCode.NO_RULE: translate("exposure", "No rule of origin is recorded for this product."),
        ReasonCode.MISSING_MATERIAL_HTS: translate("exposure", "No HTS code is recorded for %materials."),
        ReasonCode.MISSING_MATERIAL_VALUE: translate("exposure", "No value is recorded for %materials."),
        ReasonCode.MISSING_PRODUCT_VALUE: translate("exposure", "The product's %needed is not recorded."),
        ReasonCode.MISSING_LABOUR_VALUE_CONTENT: translate(
            "exposure", "No labour value content is declared (the minimum is %minimum%)."
        ),
        ReasonCode.DE_MINIMIS_BY_WEIGHT: translate(
            "exposure",
            "%materials: for textiles the de minimis allowance is measured by weight, which the register does not hold.",
        ),
        ReasonCode.PREFERENCE_APPLIED: translate("exposure", "The preference applies."),
        ReasonCode.PREFERENCE_NOT_CLAIMED: translate("exposure", "No preference is claimed."),
        ReasonCode.LANE_OUTSIDE_AGREEMENT: translate(
            "exposure", "%origin to %destination is not trade between two parties."
        ),
        ReasonCode.PREFERENCE_LOST: translate("exposure", "The scenario withdraws the preference."),
        ReasonCode.NOT_QUALIFYING: translate("exposure", "It does not qualify (%status), so the MFN rate applies."),
        ReasonCode.OVERLAY_BASE_UNKNOWN: translate(
            "exposure", "%program: %base is not known, so the whole value is charged."
        ),
    }


def _fill(template: str, values: Mapping[str, str]) -> str:
    """Put the values in for %name in one pass (so a material named "%value" stays as it is typed)."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), "?"), template)


def reason_label(reason: Reason) -> str:
    """One reason as a sentence."""
    values: dict[str, str] = {}
    for name, value in reason.params.items():
        if name in ("materials", "exceptions"):
            values[name] = _listed(value)
        elif name == "needed":
            words = [_base(v) for v in value] if isinstance(value, tuple) else [_base(value)]
            values[name] = translate("exposure", " or ").join(words)
        elif name in ("method", "base"):
            values[name] = _base(value)
        elif name == "status":
            values[name] = status_label(str(value)).lower()
        elif name == "level":
            values[name] = _level(value)
        elif isinstance(value, Decimal):
            values[name] = number_text(value)
        else:
            values[name] = str(value)
    return _fill(_templates()[reason.code], values)


def reasons_label(reasons: tuple[Reason, ...]) -> str:
    """Several reasons, one per line (a reason two tests share is said once)."""
    return "\n".join(dict.fromkeys(reason_label(r) for r in reasons))


def _problems() -> dict[str, str]:
    return {
        "required": translate("exposure", "This cell is required."),
        "text-invalid": translate("exposure", "The text cannot be read (%reason)."),
        "text-too-long": translate("exposure", "The text has %length characters; at most %limit."),
        "formula": translate("exposure", "A formula: type the value itself (formulas are never imported)."),
        "formula-text": translate("exposure", "Text that starts like a formula (%text) is not taken."),
        "not-a-number": translate("exposure", "%found is not a number."),
        "negative-value": translate("exposure", "%found is negative."),
        "too-precise": translate("exposure", "%found has more digits than a spreadsheet keeps exactly."),
        "value-too-large": translate("exposure", "%found is above the limit of %limit."),
        "hts-code-invalid": translate("exposure", "%found is not an HTS code of 6 to 10 digits."),
        "hts-code-as-number": translate(
            "exposure", "%found was stored as a number and lost its trailing zero; type it as text (8708.30)."
        ),
        "hts-range-invalid": translate("exposure", "%found is not a list of HTS ranges (such as 7208-7216; 7225)."),
        "choice-invalid": translate("exposure", "%found is not one of %allowed."),
        "country-unknown": translate("exposure", "%found is not a country code."),
        "currency-unknown": translate("exposure", "%found is not a currency code."),
        "invalid": translate("exposure", "%reason"),
        "duplicate-part-number": translate("exposure", "The part number is listed twice (first in row %first_row)."),
        "unknown-part-number": translate("exposure", "Part number %part_number is not on the Products sheet."),
        "duplicate-lane": translate("exposure", "The lane %origin to %destination is listed twice."),
        "unknown-lane": translate("exposure", "%part_number has no such lane on the Lanes sheet."),
        "duplicate-overlay": translate("exposure", "Overlay %program is listed twice on this lane."),
        "bom-total-above-value": translate(
            "exposure", "The bill of materials totals %total, more than this value (%value)."
        ),
        "missing-sheet": translate("exposure", "The workbook has no %table sheet."),
        "missing-table": translate("exposure", "No file holds the %table columns."),
        "header-missing": translate("exposure", "The header row is missing or was changed (required: %required)."),
        "unknown-table": translate("exposure", "The headers match no sheet of the register (%headers)."),
        "duplicate-table": translate("exposure", "A second file for %table (the first is %first)."),
        "csv-invalid": translate("exposure", "Not a readable CSV file (%reason)."),
        "too-many-rows": translate("exposure", "Too many rows."),
        "too-slow": translate("exposure", "Reading the file took too long; it was refused."),
        "file-missing": translate("exposure", "There is no such file."),
        "not-a-file": translate("exposure", "This is not a file."),
        "too-large": translate("exposure", "The file is too large."),
        "file-read": translate("exposure", "The file cannot be read (%reason)."),
        "not-utf8": translate("exposure", "The file is not UTF-8 text; save it as CSV UTF-8."),
        "not-a-workbook": translate("exposure", "This is not an Excel workbook, or it is damaged."),
        "old-xls": translate("exposure", "This is an old .xls workbook: save it as .xlsx in Excel and import that."),
        "encrypted": translate("exposure", "The workbook has a password: save it without one and import it again."),
        "zip-bomb": translate("exposure", "The workbook would expand to far more than its size; it was refused."),
        "xml-bomb": translate(
            "exposure", "The workbook's XML declares entities (an XML bomb or an external reference); it was refused."
        ),
        "not-ours": translate("exposure", "This workbook is not a Trade Readiness product register."),
        "newer-format": translate(
            "exposure", "The register format %version is newer than this app understands; update the app."
        ),
    }


def problem_label(problem: CellProblem) -> str:
    """What is wrong with one cell, row or file, without where it is."""
    template = _problems().get(problem.code, problem.code)
    return _fill(template, {name: str(value) for name, value in problem.params.items()})


def problem_codes() -> set[str]:
    """The codes this module has words for (a test checks they are all of `CELL_PROBLEM_CODES`)."""
    return set(_problems())


def field_label(key: str) -> str:
    """The name of a product field (`product_fields.FIELDS`) or bill-of-materials field, as the editor shows it."""
    return {
        "part_number": translate("exposure", "Part number"),
        "description": translate("exposure", "Description"),
        "hts_code": translate("exposure", "HTS code"),
        "preference_claimed": translate("exposure", "Preference claimed"),
        "currency": translate("exposure", "Currency"),
        "transaction_value": translate("exposure", "Transaction value per unit"),
        "net_cost": translate("exposure", "Net cost per unit"),
        "total_cost": translate("exposure", "Total cost per unit"),
        "labour_value_content": translate("exposure", "Labour value content declared (%)"),
        "shift_level": translate("exposure", "Rule: tariff shift level"),
        "shift_excluded": translate("exposure", "Rule: tariff shift excludes"),
        "rvc_transaction_value": translate("exposure", "Rule: RVC threshold, transaction value (%)"),
        "rvc_net_cost": translate("exposure", "Rule: RVC threshold, net cost (%)"),
        "combination": translate("exposure", "Rule: shift and RVC"),
        "lvc_minimum": translate("exposure", "Rule: labour value content minimum (%)"),
        "us_content_minimum": translate("exposure", "Rule: U.S. content minimum (%)"),
        "material": translate("exposure", "Material"),
        "country": translate("exposure", "Country of origin"),
        "originating": translate("exposure", "Originating"),
        "value": translate("exposure", "Value per unit"),
    }.get(key, key)


def choice_label(key: str, code: str | bool | None) -> str:
    """A coded value of a field in words (a tariff shift level, yes/no, both/either, an origin)."""
    if code is None or code == "":
        return translate("exposure", "(none)")
    if isinstance(code, bool):
        return translate("exposure", "Yes") if code else translate("exposure", "No")
    words = {
        "chapter": translate("exposure", "Chapter"),
        "heading": translate("exposure", "Heading"),
        "subheading": translate("exposure", "Subheading"),
        "both": translate("exposure", "Both needed"),
        "either": translate("exposure", "Either is enough"),
        "yes": translate("exposure", "Yes"),
        "no": translate("exposure", "No"),
        "unknown": translate("exposure", "Unknown"),
        "other": translate("exposure", "Other"),
        "US": translate("exposure", "United States"),
        "CA": translate("exposure", "Canada"),
        "MX": translate("exposure", "Mexico"),
    }
    return words.get(str(code), str(code))
