"""Apply a scenario to one product: its effective rule of origin, and the rates and preference on each lane.

A product is first `prepare`d: the facts of its bill of materials and its
tariff shift do not depend on any scenario (scenarios change thresholds,
minimums, rates and preference, never classification), so they are computed
once and reused for every scenario and every later recomputation. What a
scenario changes is then a few comparisons of the product's HTS code with
the scenario's ranges.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from readiness.exposure.content import ProductFacts
from readiness.exposure.origin import EffectiveRule, ShiftFacts, shift_facts
from readiness.exposure.products import Lane, OverlayDuty, Product
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.scenarios import RvcChange, Scenario
from readiness.exposure.vocabulary import Combination, RvcMethod, in_any

Thresholds = tuple[tuple[RvcMethod, Decimal], ...]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A product with the scenario-independent facts of its bill of materials and tariff shift."""

    product: Product
    facts: ProductFacts
    shift: ShiftFacts | None


def prepare(product: Product, de_minimis: DeMinimisRules) -> Prepared:
    """Compute once what every scenario needs to know about `product`."""
    rule = product.rule
    shift = None
    if rule is not None and rule.tariff_shift is not None:
        shift = shift_facts(product, rule.tariff_shift, de_minimis)
    return Prepared(product, ProductFacts(product), shift)


def _changed(thresholds: Thresholds, change: RvcChange) -> Thresholds:
    current = dict(thresholds)
    if change.transaction_value is not None:
        current[RvcMethod.TRANSACTION_VALUE] = change.transaction_value
    if change.net_cost is not None:
        current[RvcMethod.NET_COST] = change.net_cost
    kept = change.methods if change.methods is not None else tuple(current)
    return tuple((method, current[method]) for method in RvcMethod if method in kept and method in current)


def effective_rule(prepared: Prepared, scenario: Scenario, de_minimis: DeMinimisRules) -> EffectiveRule:
    """The product's rule with the scenario's RVC and U.S.-content changes for its HTS code."""
    product = prepared.product
    rule = product.rule
    code = product.hts_code
    thresholds: Thresholds = rule.rvc.thresholds() if rule is not None and rule.rvc is not None else ()
    combination = rule.combination if rule is not None else Combination.BOTH
    automotive = rule.automotive if rule is not None else None
    lvc = automotive.labour_value_content if automotive is not None else None
    us_minimum = automotive.us_content_minimum if automotive is not None else None
    for change in scenario.rvc:
        if in_any(change.hts, code) is not None:
            if not thresholds:
                combination = Combination.BOTH  # an added requirement tightens; it is not an alternative
            thresholds = _changed(thresholds, change)
    for minimum in scenario.us_content:
        if in_any(minimum.hts, code) is not None:
            us_minimum = minimum.minimum
    percent = scenario.de_minimis_percent if scenario.de_minimis_percent is not None else de_minimis.percent
    return EffectiveRule(
        present=rule is not None,
        shift=prepared.shift,
        rvc=thresholds,
        combination=combination,
        lvc_minimum=lvc,
        us_content_minimum=us_minimum,
        de_minimis_percent=percent,
    )


@dataclass(frozen=True, slots=True)
class LaneTerms:
    """The MFN rate, overlays and preference status a scenario gives one lane."""

    mfn_rate: Decimal
    overlays: tuple[OverlayDuty, ...]
    preference_lost: bool


def _matches(origins: tuple[str, ...], destinations: tuple[str, ...], lane: Lane) -> bool:
    return (not origins or lane.origin in origins) and (not destinations or lane.destination in destinations)


def lane_terms(product: Product, lane: Lane, scenario: Scenario) -> LaneTerms:
    """The rates and preference of `lane` for `product` under `scenario`."""
    if scenario.changes_nothing:
        return LaneTerms(lane.mfn_rate, lane.overlays, False)
    code = product.hts_code
    rate = lane.mfn_rate
    for mfn in scenario.mfn:
        if _matches(mfn.origins, mfn.destinations, lane) and in_any(mfn.hts, code) is not None:
            rate = mfn.rate
    overlays = {overlay.program: overlay for overlay in lane.overlays}
    for change in scenario.overlays:
        if _matches(change.origins, change.destinations, lane) and in_any(change.hts, code) is not None:
            overlays[change.overlay.program] = change.overlay
    loss = scenario.preference_loss
    lost = (
        loss is not None
        and (lane.origin in loss.parties or lane.destination in loss.parties)
        and (not loss.hts or in_any(loss.hts, code) is not None)
    )
    return LaneTerms(rate, tuple(overlays.values()), lost)
