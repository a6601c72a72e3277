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
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from readiness.exposure.errors import CellProblem
from readiness.exposure.reasons import Param, Reason, ReasonCode, Status

_PLACEHOLDER = re.compile(r"%([a-z_]+)")


def tr(text: str) -> str:
    return QCoreApplication.translate("exposure", text)


def status_label(status: Status | str) -> str:
    return {
        Status.QUALIFIES: tr("Qualifies"),
        Status.FAILS: tr("Fails"),
        Status.CANNOT_TELL: tr("Cannot tell"),
    }[Status(status)]


def _locale() -> QLocale:
    """The user's locale, with thousands separators even where it omits them by default (the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number_text(value: Param | float | None) -> str:
    """A figure in the user's locale, without trailing zeros: 62.5, 1,200,000."""
    if not isinstance(value, (Decimal, int, float)):
        return "" if value is None else str(value)
    number = Decimal(str(value)).normalize()
    places = max(0, -int(number.as_tuple().exponent)) if isinstance(number.as_tuple().exponent, int) else 0
    return _locale().toString(float(number), "f", min(places, 6))


def money_text(amount: Decimal, currency: str) -> str:
    """An annual amount as the views show it: USD 1,234,567 (whole units)."""
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)  # as a spreadsheet rounds the same cents
    return f"{currency} {_locale().toString(float(whole), 'f', 0)}"


def signed_money_text(amount: Decimal, currency: str) -> str:
    """A change of an amount: +USD 1,234 or \u2212USD 1,234, or nothing for no change."""
    if not amount:
        return tr("no change")
    sign = "+" if amount > 0 else "\u2212"
    return sign + money_text(abs(amount), currency)


def _base(code: Param | None) -> str:
    return {
        "transaction-value": tr("transaction value"),
        "net-cost": tr("net cost"),
        "total-cost": tr("total cost"),
        "whole-value": tr("the whole value"),
        "non-us-content": tr("the non-U.S. content"),
        "non-originating-value": tr("the non-originating value"),
    }.get(str(code), str(code))


def _level(code: Param | None) -> str:
    return {"chapter": tr("chapter"), "heading": tr("heading"), "subheading": tr("subheading")}.get(
        str(code), str(code)
    )


def _listed(value: Param | None) -> str:
    items = [str(v) for v in value] if isinstance(value, tuple) else [str(value)]
    if len(items) > 5:
        items = [*items[:5], tr("%1 more").replace("%1", str(len(items) - 5))]
    if len(items) == 1:
        return items[0]
    return tr("%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])


def _templates() -> dict[ReasonCode, str]:
    return {
        ReasonCode.ALL_MATERIALS_ORIGINATING: tr("Every material is originating."),
        ReasonCode.TARIFF_SHIFT_MET: tr("Every non-originating material changes %level."),
        ReasonCode.DE_MINIMIS_APPLIED: tr(
            "The materials without the tariff shift (%materials) are worth %value, within the de minimis %percent% "
            "of the %base (%limit)."
        ),
        ReasonCode.RVC_MET: tr("RVC by %method is %rvc%, meeting the %threshold% threshold."),
        ReasonCode.LVC_MET: tr("Labour value content %lvc% meets the %minimum% minimum."),
        ReasonCode.US_CONTENT_MET: tr("U.S. content is %share% of the %method, meeting the %minimum% minimum."),
        ReasonCode.TARIFF_SHIFT_NOT_MET: tr("No change of %level for %materials, as the rule asks."),
        ReasonCode.EXCLUDED_MATERIAL: tr("%material comes from %range, which the rule excludes."),
        ReasonCode.DE_MINIMIS_EXCEEDED: tr(
            "The materials without the tariff shift (%materials) are worth %value, above the de minimis %percent% "
            "of the %base (%limit)."
        ),
        ReasonCode.DE_MINIMIS_NOT_AVAILABLE: tr("No de minimis allowance for %materials (exception %exceptions)."),
        ReasonCode.RVC_BELOW_THRESHOLD: tr("RVC by %method is %rvc%, below the %threshold% threshold."),
        ReasonCode.LVC_BELOW_MINIMUM: tr("Labour value content %lvc% is below the %minimum% minimum."),
        ReasonCode.US_CONTENT_BELOW_MINIMUM: tr("U.S. content is %share% of the %method, below the %minimum% minimum."),
        ReasonCode.NO_RULE: tr("No rule of origin is recorded for this product."),
        ReasonCode.MISSING_MATERIAL_HTS: tr("No HTS code is recorded for %materials."),
        ReasonCode.MISSING_MATERIAL_VALUE: tr("No value is recorded for %materials."),
        ReasonCode.MISSING_PRODUCT_VALUE: tr("The product's %needed is not recorded."),
        ReasonCode.MISSING_LABOUR_VALUE_CONTENT: tr("No labour value content is declared (the minimum is %minimum%)."),
        ReasonCode.DE_MINIMIS_BY_WEIGHT: tr(
            "%materials: for textiles the de minimis allowance is measured by weight, which the register does not hold."
        ),
        ReasonCode.PREFERENCE_APPLIED: tr("The preference applies."),
        ReasonCode.PREFERENCE_NOT_CLAIMED: tr("No preference is claimed."),
        ReasonCode.LANE_OUTSIDE_AGREEMENT: tr("%origin to %destination is not trade between two parties."),
        ReasonCode.PREFERENCE_LOST: tr("The scenario withdraws the preference."),
        ReasonCode.NOT_QUALIFYING: tr("It does not qualify (%status), so the MFN rate applies."),
        ReasonCode.OVERLAY_BASE_UNKNOWN: tr("%program: %base is not known, so the whole value is charged."),
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
            values[name] = tr(" or ").join(words)
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
        "required": tr("This cell is required."),
        "text-invalid": tr("The text cannot be read (%reason)."),
        "text-too-long": tr("The text has %length characters; at most %limit."),
        "formula": tr("A formula: type the value itself (formulas are never imported)."),
        "formula-text": tr("Text that starts like a formula (%text) is not taken."),
        "not-a-number": tr("%found is not a number."),
        "negative-value": tr("%found is negative."),
        "too-precise": tr("%found has more digits than a spreadsheet keeps exactly."),
        "value-too-large": tr("%found is above the limit of %limit."),
        "hts-code-invalid": tr("%found is not an HTS code of 6 to 10 digits."),
        "hts-code-as-number": tr(
            "%found was stored as a number and lost its trailing zero; type it as text (8708.30)."
        ),
        "hts-range-invalid": tr("%found is not a list of HTS ranges (such as 7208-7216; 7225)."),
        "choice-invalid": tr("%found is not one of %allowed."),
        "country-unknown": tr("%found is not a country code."),
        "currency-unknown": tr("%found is not a currency code."),
        "invalid": tr("%reason"),
        "duplicate-part-number": tr("The part number is listed twice (first in row %first_row)."),
        "unknown-part-number": tr("Part number %part_number is not on the Products sheet."),
        "duplicate-lane": tr("The lane %origin to %destination is listed twice."),
        "unknown-lane": tr("%part_number has no such lane on the Lanes sheet."),
        "duplicate-overlay": tr("Overlay %program is listed twice on this lane."),
        "bom-total-above-value": tr("The bill of materials totals %total, more than this value (%value)."),
        "missing-sheet": tr("The workbook has no %table sheet."),
        "missing-table": tr("No file holds the %table columns."),
        "header-missing": tr("The header row is missing or was changed (required: %required)."),
        "unknown-table": tr("The headers match no sheet of the register (%headers)."),
        "duplicate-table": tr("A second file for %table (the first is %first)."),
        "csv-invalid": tr("Not a readable CSV file (%reason)."),
        "too-many-rows": tr("Too many rows."),
        "too-slow": tr("Reading the file took too long; it was refused."),
        "file-missing": tr("There is no such file."),
        "not-a-file": tr("This is not a file."),
        "too-large": tr("The file is too large."),
        "file-read": tr("The file cannot be read (%reason)."),
        "not-utf8": tr("The file is not UTF-8 text; save it as CSV UTF-8."),
        "not-a-workbook": tr("This is not an Excel workbook, or it is damaged."),
        "old-xls": tr("This is an old .xls workbook: save it as .xlsx in Excel and import that."),
        "encrypted": tr("The workbook has a password: save it without one and import it again."),
        "zip-bomb": tr("The workbook would expand to far more than its size; it was refused."),
        "xml-bomb": tr("The workbook's XML declares entities (an XML bomb or an external reference); it was refused."),
        "not-ours": tr("This workbook is not a Trade Readiness product register."),
        "newer-format": tr("The register format %version is newer than this app understands; update the app."),
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
        "part_number": tr("Part number"),
        "description": tr("Description"),
        "hts_code": tr("HTS code"),
        "preference_claimed": tr("Preference claimed"),
        "currency": tr("Currency"),
        "transaction_value": tr("Transaction value per unit"),
        "net_cost": tr("Net cost per unit"),
        "total_cost": tr("Total cost per unit"),
        "labour_value_content": tr("Labour value content declared (%)"),
        "shift_level": tr("Rule: tariff shift level"),
        "shift_excluded": tr("Rule: tariff shift excludes"),
        "rvc_transaction_value": tr("Rule: RVC threshold, transaction value (%)"),
        "rvc_net_cost": tr("Rule: RVC threshold, net cost (%)"),
        "combination": tr("Rule: shift and RVC"),
        "lvc_minimum": tr("Rule: labour value content minimum (%)"),
        "us_content_minimum": tr("Rule: U.S. content minimum (%)"),
        "material": tr("Material"),
        "country": tr("Country of origin"),
        "originating": tr("Originating"),
        "value": tr("Value per unit"),
    }.get(key, key)


def choice_label(key: str, code: str | bool | None) -> str:
    """A coded value of a field in words (a tariff shift level, yes/no, both/either, an origin)."""
    if code is None or code == "":
        return tr("(none)")
    if isinstance(code, bool):
        return tr("Yes") if code else tr("No")
    words = {
        "chapter": tr("Chapter"),
        "heading": tr("Heading"),
        "subheading": tr("Subheading"),
        "both": tr("Both needed"),
        "either": tr("Either is enough"),
        "yes": tr("Yes"),
        "no": tr("No"),
        "unknown": tr("Unknown"),
        "other": tr("Other"),
        "US": tr("United States"),
        "CA": tr("Canada"),
        "MX": tr("Mexico"),
    }
    return words.get(str(code), str(code))
