"""Whether a product qualifies: the tariff shift per material, the de minimis allowance, and the whole rule.

Where the rules come from (read in the text, cited by article):
- Art. 4.2 (19 U.S.C. 4531(c)): a good originates if produced exclusively
  from originating materials (4.2(c)), or from non-originating materials
  when it meets the Annex 4-B rule (4.2(b)).
- Annex 4-B: a tariff shift is met when every non-originating material is
  classified in another chapter, heading or subheading than the good (at the
  rule's level), and outside the rule's excluded ranges. A material with no
  HTS code cannot be tested ("cannot tell").
- Art. 4.7 (19 U.S.C. 4531(f)): a good whose non-originating materials do
  not all shift still originates if the value of those that do not shift is
  at most 10 % of the good's transaction value (adjusted to exclude
  international shipment) or of its total cost; their value still counts in
  VNM for any RVC requirement. Not for the materials and goods listed in
  Annex 4-A (the `exceptions` of `DeMinimisRules`), not within the same
  subheading for goods of Chapters 1-27 (4531(f)(3)), and by weight, not
  value, for textiles of Chapters 50-63 (4531(f)(4), which this model does
  not weigh: "cannot tell").
  Only recorded figures count: the allowance is checked against the
  transaction value and the total cost where recorded, and against the net
  cost when no total cost is recorded (net cost never exceeds total cost, so
  this is the stricter reading); it applies if any recorded base allows it.
- A rule's tests combine as "both" or "either"; automotive conditions (LVC,
  a U.S.-content minimum) must hold in addition. Under "either" the RVC is
  tested first and, when it qualifies, decides alone (the tariff shift is
  then never worked out); under "both" every failing test is reported, so
  the trade manager sees everything there is to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from readiness.exposure.content import (
    HUNDRED,
    ZERO,
    ProductFacts,
    cents,
    lvc_outcome,
    rvc_outcome,
    us_content_outcome,
)
from readiness.exposure.products import Product
from readiness.exposure.reasons import (
    Outcome,
    Reason,
    ReasonCode,
    Status,
    all_of,
    any_of,
    cannot_tell,
    qualifies,
)
from readiness.exposure.rules import DeMinimisRules, TariffShift
from readiness.exposure.vocabulary import Combination, RvcMethod, in_any

TOTAL_COST = "total-cost"
SAME_SUBHEADING = "same-subheading"  # the exception of 19 U.S.C. 4531(f)(3), named like the others


@dataclass(frozen=True, slots=True)
class ShiftFacts:
    """The tariff-shift side of a bill of materials under a product's rule; scenario-independent."""

    level: str
    not_shifting: tuple[str, ...]
    excluded: tuple[tuple[str, str], ...]  # (material, excluded range)
    unknown_hts: tuple[str, ...]
    de_minimis_value: Decimal  # known values of the materials that do not shift
    de_minimis_missing: tuple[str, ...]
    barred: tuple[tuple[str, str], ...]  # (material, exception id): no de minimis for these
    by_weight: bool


def shift_facts(product: Product, facts: ProductFacts, *, shift: TariffShift, de_minimis: DeMinimisRules) -> ShiftFacts:
    """Test every non-originating material for the shift, and gather what the de minimis check needs."""
    digits = shift.level.digits
    good = product.hts_code
    prefix = good[:digits]
    bounds = [(r.first, len(r.first), r.last, len(r.last), r) for r in shift.excluded]
    exceptions = de_minimis.exceptions_for(good)
    same_subheading = in_any(de_minimis.same_subheading_goods, good) is not None
    not_shifting: list[str] = []
    excluded: list[tuple[str, str]] = []
    unknown: list[str] = []
    barred: list[tuple[str, str]] = []
    missing: list[str] = []
    value = ZERO
    for line in facts.non_originating:
        code = line.hts_code
        if code is None:
            unknown.append(line.material)
            continue
        hit = None
        for first, nf, last, nl, excluded_range in bounds:
            if first <= code[:nf] and code[:nl] <= last:
                hit = excluded_range
                break
        if hit is not None:
            excluded.append((line.material, str(hit)))
        elif code[:digits] != prefix:
            continue  # shifts
        else:
            not_shifting.append(line.material)
        if line.value is None:
            missing.append(line.material)
        else:
            value += line.value
        bar = next((e.id for e in exceptions if in_any(e.materials, code)), None) if exceptions else None
        if bar is None and same_subheading and code[:6] == good[:6]:
            bar = SAME_SUBHEADING
        if bar is not None:
            barred.append((line.material, bar))
    return ShiftFacts(
        level=shift.level,
        not_shifting=tuple(not_shifting),
        excluded=tuple(excluded),
        unknown_hts=tuple(unknown),
        de_minimis_value=value,
        de_minimis_missing=tuple(missing),
        barred=tuple(barred),
        by_weight=in_any(de_minimis.weight_based_goods, good) is not None,
    )


def _de_minimis_bases(product: Product) -> list[tuple[str, Decimal]]:
    bases: list[tuple[str, Decimal]] = []
    if product.transaction_value:
        bases.append((RvcMethod.TRANSACTION_VALUE, product.transaction_value))
    if product.total_cost:
        bases.append((TOTAL_COST, product.total_cost))
    elif product.net_cost:
        bases.append((RvcMethod.NET_COST, product.net_cost))
    return bases


def shift_outcome(facts: ShiftFacts, product: Product, *, percent: Decimal) -> Outcome:
    """The tariff shift with the de minimis allowance; see the module docstring."""
    unknown = Reason.of(ReasonCode.MISSING_MATERIAL_HTS, materials=facts.unknown_hts) if facts.unknown_hts else None
    failing = facts.not_shifting + tuple(m for m, _ in facts.excluded)
    if not failing:
        if unknown:
            return Outcome(Status.CANNOT_TELL, (unknown,))
        return qualifies(ReasonCode.TARIFF_SHIFT_MET, level=facts.level)
    why: list[Reason] = []
    if facts.not_shifting:
        why.append(Reason.of(ReasonCode.TARIFF_SHIFT_NOT_MET, level=facts.level, materials=facts.not_shifting))
    why += [Reason.of(ReasonCode.EXCLUDED_MATERIAL, material=m, range=r) for m, r in facts.excluded]
    if facts.barred:
        materials, exceptions = zip(*facts.barred, strict=True)
        why.append(Reason.of(ReasonCode.DE_MINIMIS_NOT_AVAILABLE, materials=materials, exceptions=exceptions))
        return Outcome(Status.FAILS, tuple(why))
    if facts.by_weight:
        return Outcome(Status.CANNOT_TELL, (Reason.of(ReasonCode.DE_MINIMIS_BY_WEIGHT, materials=failing), *why))
    bases = _de_minimis_bases(product)
    if not bases:
        needed = (RvcMethod.TRANSACTION_VALUE, TOTAL_COST, RvcMethod.NET_COST)
        return Outcome(Status.CANNOT_TELL, (Reason.of(ReasonCode.MISSING_PRODUCT_VALUE, needed=needed), *why))
    value = facts.de_minimis_value
    within = [(name, base) for name, base in bases if value * HUNDRED <= percent * base]
    if not within:
        name, base = max(bases, key=lambda pair: pair[1])
        limit = cents(base * percent / HUNDRED)
        exceeded = Reason.of(
            ReasonCode.DE_MINIMIS_EXCEEDED, materials=failing, value=value, limit=limit, base=name, percent=percent
        )
        return Outcome(Status.FAILS, (*why, exceeded))
    gaps = [r for r in (unknown,) if r]
    if facts.de_minimis_missing:
        gaps.append(Reason.of(ReasonCode.MISSING_MATERIAL_VALUE, materials=facts.de_minimis_missing))
    if gaps:
        return Outcome(Status.CANNOT_TELL, tuple(gaps))
    name, base = within[0]
    return qualifies(
        ReasonCode.DE_MINIMIS_APPLIED,
        materials=failing,
        value=value,
        limit=cents(base * percent / HUNDRED),
        base=name,
        percent=percent,
    )


class LazyShift:
    """A product's `ShiftFacts`, worked out the first time a rule needs them (a rule that the RVC alone
    satisfies, under "either", never does)."""

    __slots__ = ("_de_minimis", "_facts", "_found", "_product", "_shift")

    def __init__(
        self, product: Product, facts: ProductFacts, *, shift: TariffShift, de_minimis: DeMinimisRules
    ) -> None:
        self._product, self._facts, self._shift, self._de_minimis = product, facts, shift, de_minimis
        self._found: ShiftFacts | None = None

    def get(self) -> ShiftFacts:
        if self._found is None:
            self._found = shift_facts(self._product, self._facts, shift=self._shift, de_minimis=self._de_minimis)
        return self._found


@dataclass(frozen=True, slots=True)
class EffectiveRule:
    """A product's rule with a scenario's changes applied (see `apply.effective_rule`)."""

    present: bool
    shift: LazyShift | None
    rvc: tuple[tuple[RvcMethod, Decimal], ...]
    combination: Combination
    lvc_minimum: Decimal | None
    us_content_minimum: Decimal | None
    de_minimis_percent: Decimal


def _origin(product: Product, facts: ProductFacts, *, rule: EffectiveRule) -> Outcome:
    """The product-specific rule: "either" stops at the RVC when it qualifies; "both" reports every failure."""
    rvc = rvc_outcome(product, facts, thresholds=rule.rvc) if rule.rvc else None
    if rvc is not None and rvc.qualifies and rule.combination is Combination.EITHER:
        return rvc
    tests = [] if rule.shift is None else [shift_outcome(rule.shift.get(), product, percent=rule.de_minimis_percent)]
    if rvc is not None:
        tests.append(rvc)
    if not tests:
        return cannot_tell(ReasonCode.NO_RULE)
    return all_of(*tests) if rule.combination is Combination.BOTH else any_of(*tests)


def qualification(product: Product, facts: ProductFacts, *, rule: EffectiveRule) -> Outcome:
    """Whether `product` qualifies under `rule`: origin (Art. 4.2) and then the automotive conditions."""
    if facts.all_originating:
        origin = qualifies(ReasonCode.ALL_MATERIALS_ORIGINATING)
    elif not rule.present:
        origin = cannot_tell(ReasonCode.NO_RULE)
    else:
        origin = _origin(product, facts, rule=rule)
    extras = []
    if rule.lvc_minimum is not None:
        extras.append(lvc_outcome(product, rule.lvc_minimum))
    if rule.us_content_minimum is not None:
        extras.append(us_content_outcome(product, facts, minimum=rule.us_content_minimum))
    return all_of(origin, *extras) if extras else origin
