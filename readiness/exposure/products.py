"""The product register: products, their lanes and overlay duties, and their bills of materials.

What a trade manager records per product, validated at the boundary (the
register import, the store) and frozen after.

Per unit or per period: the figures that describe one good are **per unit**
(transaction value, net cost, total cost, each bill-of-materials line), as
on a cost sheet; the figures that describe trade are **per year and per
lane** (annual value, annual quantity). Duty is charged on the lane's annual
value; the unit figures only give shares (for RVC, de minimis, the U.S. and
non-originating content an overlay may be charged on), so the two never have
to agree exactly. All money of a product is in its one currency.

- Transaction value (TV) is the good's transaction value adjusted to exclude
  the costs of its international shipment, as USMCA Art. 4.5.2 uses it.
- Net cost (NC) is total cost less sales promotion, marketing, after-sales
  service, royalties, shipping and packing and non-allowable interest
  (Art. 4.5.3; 19 U.S.C. 4531(d)(7)).
- Total cost is optional: the de minimis allowance may be measured on it
  (19 U.S.C. 4531(f)(1)(A)(ii)); see `origin`.
- A bill-of-materials line with an unknown origin (`originating = unknown`)
  counts as non-originating; a line with no value makes the results that
  need it "cannot tell".
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field, model_validator

from readiness.exposure.rules import RuleOfOrigin
from readiness.exposure.vocabulary import (
    PARTIES,
    CountryCode,
    CurrencyCode,
    Frozen,
    HtsCode,
    MaterialCountry,
    Money,
    Name,
    Originating,
    OverlayBase,
    OverlayWhen,
    Percent,
    PlainText,
)

MAX_LANES = 50
MAX_OVERLAYS = 20
MAX_BOM_LINES = 2_000


class OverlayDuty(Frozen):
    """An extra duty on a lane (Section 232, Section 301, ...): a rate, what it is charged on, and when."""

    program: Name
    rate: Percent
    base: OverlayBase = OverlayBase.WHOLE_VALUE
    applies: OverlayWhen = OverlayWhen.ALWAYS


class Lane(Frozen):
    """Trade in one product from one country to another in a year, with the importing country's rates."""

    origin: CountryCode
    destination: CountryCode
    annual_value: Money
    annual_quantity: Money = Field(default=Decimal(0))
    mfn_rate: Percent
    overlays: tuple[OverlayDuty, ...] = Field(default=(), max_length=MAX_OVERLAYS)

    @model_validator(mode="after")
    def _programs_unique(self) -> Lane:
        programs = [o.program for o in self.overlays]
        if len(set(programs)) != len(programs):
            raise ValueError("an overlay program is listed twice on this lane")
        return self

    @property
    def within_agreement(self) -> bool:
        """Trade between two different parties, where the agreement's preference can apply."""
        return self.origin in PARTIES and self.destination in PARTIES and self.origin != self.destination

    @property
    def key(self) -> tuple[str, str]:
        return (self.origin, self.destination)


class BomLine(Frozen):
    """One material of a bill of materials, valued per unit of the product."""

    material: Name
    hts_code: HtsCode | None = None
    country: MaterialCountry = MaterialCountry.UNKNOWN
    originating: Originating = Originating.UNKNOWN
    value: Money | None = None


class Product(Frozen):
    """A product of the register: classification, claim, unit values, lanes, bill of materials and rule."""

    part_number: Name
    description: PlainText = ""
    hts_code: HtsCode
    preference_claimed: bool = True
    currency: CurrencyCode = "USD"
    transaction_value: Money | None = None
    net_cost: Money | None = None
    total_cost: Money | None = None
    labour_value_content: Percent | None = Field(default=None, le=100)
    lanes: tuple[Lane, ...] = Field(default=(), max_length=MAX_LANES)
    bom: tuple[BomLine, ...] = Field(default=(), max_length=MAX_BOM_LINES)
    rule: RuleOfOrigin | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Product:
        keys = [lane.key for lane in self.lanes]
        if len(set(keys)) != len(keys):
            raise ValueError("a lane (origin -> destination) is listed twice")
        return self
