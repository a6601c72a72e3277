"""The closed vocabularies and checked value types of the exposure model.

Codes, never English words: every enum value is what the register template,
the scenario files and the store hold, and what the UI translates. Numbers
are `decimal.Decimal`, checked at the boundary: money and quantities are
non-negative with at most 15 significant digits (what a spreadsheet keeps,
so the Excel round trip is exact) and 6 decimal places; rates are percent
figures (2.5 means 2.5 %) from 0 to 1,000 with at most 4 decimal places.

HTS codes are kept as digits only ("870830", not "8708.30"): a product or a
material is classified to 6-10 digits; a range in a rule or a scenario may
stop at the chapter (2 digits) or heading (4). A range covers every code
whose leading digits fall between its ends, so "8407-8408" covers
8407.31 and 8408.20.10, and "87" covers all of Chapter 87.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

MAX_MONEY = Decimal("1e15")
MAX_PERCENT = Decimal(1000)
MAX_TEXT = 2_000

# ISO 3166-1 alpha-2, as published (2024); lanes name real countries.
_COUNTRIES = """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
    BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET
    FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
    IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD
    ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
    PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
    SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS
    YE YT ZA ZM ZW"""
# ISO 4217 currencies in use (2025), plus ANG until its replacement by XCG is complete.
_CURRENCIES = """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
    CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF
    GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
    LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB
    PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL
    THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW
    ZWG"""
COUNTRY_CODES = frozenset(_COUNTRIES.split())
CURRENCY_CODES = frozenset(_CURRENCIES.split())
PARTIES = frozenset({"US", "CA", "MX"})

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTS_SEPARATORS = re.compile(r"[.\s]")


class Party(StrEnum):
    """A party to the agreement."""

    US = "US"
    CA = "CA"
    MX = "MX"


class MaterialCountry(StrEnum):
    """Where a material comes from, as a bill of materials records it."""

    US = "US"
    CA = "CA"
    MX = "MX"
    OTHER = "other"
    UNKNOWN = "unknown"


class Originating(StrEnum):
    """Whether a material is originating; unknown counts as non-originating."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ShiftLevel(StrEnum):
    """The level a tariff shift is measured at."""

    CHAPTER = "chapter"
    HEADING = "heading"
    SUBHEADING = "subheading"

    @property
    def digits(self) -> int:
        return {"chapter": 2, "heading": 4, "subheading": 6}[self.value]


class RvcMethod(StrEnum):
    """How regional value content is calculated (USMCA Art. 4.5)."""

    TRANSACTION_VALUE = "transaction-value"
    NET_COST = "net-cost"


class Combination(StrEnum):
    """Whether a rule needs both its tariff shift and its RVC, or either one."""

    BOTH = "both"
    EITHER = "either"


class OverlayBase(StrEnum):
    """What an overlay duty is charged on."""

    WHOLE_VALUE = "whole-value"
    NON_US_CONTENT = "non-us-content"
    NON_ORIGINATING_VALUE = "non-originating-value"


class OverlayWhen(StrEnum):
    """When an overlay duty applies."""

    ALWAYS = "always"
    NOT_QUALIFYING = "not-qualifying"


def normalise_hts(value: Any, *, shortest: int = 6) -> str:
    """An HTS code as digits only; dots and blanks removed; `shortest` to 10 digits."""
    if not isinstance(value, str):
        raise ValueError("an HTS code is text, such as 8708.30")
    digits = _HTS_SEPARATORS.sub("", value)
    if not digits.isdigit() or not shortest <= len(digits) <= 10 or not digits.isascii():
        raise ValueError(f"{value!r} is not an HTS code of {shortest} to 10 digits")
    return digits


def format_hts(digits: str) -> str:
    """Digits as people write them: 8708.30.50."""
    if len(digits) <= 4:
        return digits
    return ".".join([digits[:4]] + [digits[i : i + 2] for i in range(4, len(digits), 2)])


def _digits(significant: int, decimals: int) -> Callable[[Decimal], Decimal]:
    """A check of at most `significant` significant digits and `decimals` decimal places (trailing zeros aside)."""

    def check(value: Decimal) -> Decimal:
        _, digits, exponent = value.normalize().as_tuple()
        if not isinstance(exponent, int) or len(digits) > significant or -exponent > decimals:
            raise ValueError(f"at most {significant} significant digits and {decimals} decimal places")
        return value

    return check


def _plain_text(value: str) -> str:
    value = value.strip()
    if _CONTROL.search(value):
        raise ValueError("control characters are not allowed")
    if value.startswith("="):
        raise ValueError("text may not start with '=' (it would be taken for a formula)")
    return value


def _not_blank(value: str) -> str:
    if not value:
        raise ValueError("this cannot be blank")
    return value


def _country(value: str) -> str:
    if value not in COUNTRY_CODES:
        raise ValueError(f"{value!r} is not an ISO 3166 country code")
    return value


def _currency(value: str) -> str:
    if value not in CURRENCY_CODES:
        raise ValueError(f"{value!r} is not an ISO 4217 currency code")
    return value


HtsCode = Annotated[str, BeforeValidator(normalise_hts)]
Money = Annotated[Decimal, Field(ge=0, le=MAX_MONEY), AfterValidator(_digits(15, 6))]
Percent = Annotated[Decimal, Field(ge=0, le=MAX_PERCENT), AfterValidator(_digits(8, 4))]
PlainText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_plain_text)]
Name = Annotated[str, Field(max_length=200), AfterValidator(_plain_text), AfterValidator(_not_blank)]
CountryCode = Annotated[str, AfterValidator(_country)]
CurrencyCode = Annotated[str, AfterValidator(_currency)]


class Frozen(BaseModel):
    """Base of the exposure models: immutable, unknown keys refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class HtsRange(Frozen):
    """An inclusive range of HTS codes by their leading digits, written "8407-8408" or "8708.40"."""

    first: str
    last: str

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            first, _, last = value.partition("-")
            return {"first": first, "last": last or first}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> HtsRange:
        first = normalise_hts(self.first, shortest=2)
        last = normalise_hts(self.last, shortest=2)
        if len(first) % 2 or len(last) % 2:
            raise ValueError("a range ends at a chapter, heading or subheading: 2, 4, 6, 8 or 10 digits")
        if first[: len(last)] > last:
            raise ValueError(f"the range {self.first}-{self.last} ends before it starts")
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        return self

    def contains(self, code: str) -> bool:
        """Whether an HTS code (digits) falls in the range."""
        return self.first <= code[: len(self.first)] and code[: len(self.last)] <= self.last

    def __str__(self) -> str:
        if self.first == self.last:
            return format_hts(self.first)
        return f"{format_hts(self.first)}-{format_hts(self.last)}"


def in_any(ranges: tuple[HtsRange, ...], code: str) -> HtsRange | None:
    """The first range that holds `code`, or None."""
    for candidate in ranges:
        first, last = candidate.first, candidate.last
        if first <= code[: len(first)] and code[: len(last)] <= last:
            return candidate
    return None
