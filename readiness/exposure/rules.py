"""Rules of origin as structured data: a product's rule, and the de minimis allowance with its exceptions.

No rule database is shipped: the trade manager transcribes the
product-specific rule of USMCA Annex 4-B (in the U.S., HTSUS General Note 11
subdivision (o)) for each product into a `RuleOfOrigin`:

- a tariff shift at chapter, heading or subheading level, with the ranges a
  non-originating material may not come from ("a change to 8708.40 from any
  other heading, except from heading 8483" is level `heading`, excluded
  `8483`);
- an RVC requirement with a threshold per method allowed: transaction value
  and/or net cost (Art. 4.5; a rule that gives only a net-cost figure allows
  only that method, 19 U.S.C. 4531(d)(5));
- how the two combine: both needed, or either enough (Annex 4-B often offers
  "(A) a change from any other heading; or (B) ... provided there is an RVC
  of not less than ...");
- for automotive goods of the Automotive Appendix, a labour value content
  minimum (Appendix Art. 7: 40 % for passenger vehicles, 45 % for light and
  heavy trucks) and, as scenarios may add, a U.S.-content minimum.

The de minimis allowance (Art. 4.7, implemented as 19 U.S.C. 4531(f)) and its
exceptions are data too: `resources/origin/usmca-de-minimis.toml`, read by
`rule_files.builtin_de_minimis()`.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field, model_validator

from readiness.exposure.vocabulary import (
    Combination,
    Frozen,
    HtsRange,
    Name,
    Percent,
    PlainText,
    RvcMethod,
    ShiftLevel,
    in_any,
)


class TariffShift(Frozen):
    """Every non-originating material must come from another chapter, heading or subheading, outside `excluded`."""

    level: ShiftLevel
    excluded: tuple[HtsRange, ...] = Field(default=(), max_length=100)


class RvcRequirement(Frozen):
    """Regional value content thresholds (percent) for the methods the rule allows."""

    transaction_value: Percent | None = Field(default=None, le=100)
    net_cost: Percent | None = Field(default=None, le=100)

    @model_validator(mode="after")
    def _some_method(self) -> RvcRequirement:
        if self.transaction_value is None and self.net_cost is None:
            raise ValueError("an RVC requirement needs a transaction-value or a net-cost threshold")
        return self

    def thresholds(self) -> tuple[tuple[RvcMethod, Decimal], ...]:
        """(method, threshold) for every allowed method, transaction value first."""
        pairs = ((RvcMethod.TRANSACTION_VALUE, self.transaction_value), (RvcMethod.NET_COST, self.net_cost))
        return tuple((method, value) for method, value in pairs if value is not None)


class AutomotiveConditions(Frozen):
    """Extra conditions for automotive goods: labour value content and a U.S.-content minimum (percent)."""

    labour_value_content: Percent | None = Field(default=None, le=100)
    us_content_minimum: Percent | None = Field(default=None, le=100)


class RuleOfOrigin(Frozen):
    """A product-specific rule of origin, transcribed from Annex 4-B."""

    tariff_shift: TariffShift | None = None
    rvc: RvcRequirement | None = None
    combination: Combination = Combination.BOTH
    automotive: AutomotiveConditions | None = None

    @model_validator(mode="after")
    def _some_test(self) -> RuleOfOrigin:
        if self.tariff_shift is None and self.rvc is None:
            raise ValueError("a rule of origin needs a tariff shift, an RVC requirement, or both")
        return self


class DeMinimisException(Frozen):
    """Non-originating materials in `materials` used for goods in `goods` get no de minimis allowance."""

    id: Name
    materials: tuple[HtsRange, ...] = Field(min_length=1)
    goods: tuple[HtsRange, ...] = Field(min_length=1)
    reference: PlainText = ""
    note: PlainText = ""


class DeMinimisRules(Frozen):
    """The de minimis allowance of Art. 4.7: a share of the good's value, and where it does not apply."""

    percent: Percent = Field(default=Decimal(10), le=100)
    exceptions: tuple[DeMinimisException, ...] = ()
    same_subheading_goods: tuple[HtsRange, ...] = ()
    weight_based_goods: tuple[HtsRange, ...] = ()
    reference: PlainText = ""
    current_to: PlainText = ""

    def exceptions_for(self, good: str) -> tuple[DeMinimisException, ...]:
        """The exceptions whose goods include the HTS code `good`."""
        return tuple(e for e in self.exceptions if in_any(e.goods, good))
