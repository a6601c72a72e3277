"""Apply a scenario to one product: its effective rule of origin, and the rates and preference on each lane.

A product is first `prepare`d: the facts of its bill of materials, its
tariff shift (worked out when first needed, see `origin.LazyShift`), its
rule and its lane terms under today's rules. None of that depends on a
scenario (scenarios change thresholds, minimums, rates and preference, never
classification), so it is computed once and reused for every scenario and
every later recomputation. A scenario reaches a product through its
`ScenarioIndex`: the changes for the product's HTS code, looked up once per
code. When a scenario changes nothing for a product, `effective_rule` and
`lane_terms` return today's very objects, which lets `exposure` reuse
today's results by identity.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from readiness.exposure.content import ProductFacts
from readiness.exposure.origin import EffectiveRule, LazyShift
from readiness.exposure.products import Lane, OverlayDuty, Product
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.scenarios import MfnChange, OverlayChange, PreferenceLoss, RvcChange, Scenario
from readiness.exposure.vocabulary import Combination, RvcMethod, in_any

Thresholds = tuple[tuple[RvcMethod, Decimal], ...]


@dataclass(frozen=True, slots=True)
class LaneChanges:
    """The changes of a scenario that can reach the lanes of one HTS code (origins and destinations still apply)."""

    mfn: tuple[MfnChange, ...]
    overlays: tuple[OverlayChange, ...]
    loss: PreferenceLoss | None


class ScenarioIndex:
    """The changes of one scenario by HTS code, worked out once per code (a register has many products per code).

    Built for one evaluation run by `run_scenarios` (or by a caller evaluating single products) from a
    scenario it never changes.
    """

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self._rules: dict[str, tuple[tuple[RvcChange, ...], Decimal | None] | None] = {}
        self._lanes: dict[str, LaneChanges | None] = {}

    def rule_changes(self, code: str) -> tuple[tuple[RvcChange, ...], Decimal | None] | None:
        """The RVC changes and the U.S.-content minimum for goods of `code`; None when the rule stays as it is."""
        if code not in self._rules:
            scenario = self.scenario
            rvc = tuple(c for c in scenario.rvc if in_any(c.hts, code) is not None)
            minimums = [c.minimum for c in scenario.us_content if in_any(c.hts, code) is not None]
            changed = rvc or minimums or scenario.de_minimis_percent is not None
            self._rules[code] = (rvc, minimums[-1] if minimums else None) if changed else None
        return self._rules[code]

    def lane_changes(self, code: str) -> LaneChanges | None:
        """The rate, overlay and preference changes that can reach lanes of goods of `code`; None when none can."""
        if code not in self._lanes:
            scenario = self.scenario
            loss = scenario.preference_loss
            if loss is not None and loss.hts and in_any(loss.hts, code) is None:
                loss = None
            mfn = tuple(c for c in scenario.mfn if in_any(c.hts, code) is not None)
            overlays = tuple(c for c in scenario.overlays if in_any(c.hts, code) is not None)
            self._lanes[code] = LaneChanges(mfn, overlays, loss) if mfn or overlays or loss else None
        return self._lanes[code]


@dataclass(frozen=True, slots=True)
class LaneTerms:
    """The MFN rate, overlays and preference status a scenario gives one lane."""

    mfn_rate: Decimal
    overlays: tuple[OverlayDuty, ...]
    preference_lost: bool


@dataclass(frozen=True, slots=True)
class Prepared:
    """A product with what no scenario changes: its bill-of-materials facts, its tariff shift, and its rule and
    lane terms under today's rules (for the de minimis rules it was prepared with)."""

    product: Product
    facts: ProductFacts
    de_minimis: DeMinimisRules
    rule: EffectiveRule
    terms: tuple[LaneTerms, ...]


def prepare(product: Product, de_minimis: DeMinimisRules) -> Prepared:
    """Compute once what every scenario needs to know about `product`."""
    rule = product.rule
    facts = ProductFacts(product)
    shift = None
    if rule is not None and rule.tariff_shift is not None:
        shift = LazyShift(product, facts, shift=rule.tariff_shift, de_minimis=de_minimis)
    automotive = rule.automotive if rule is not None else None
    today = EffectiveRule(
        present=rule is not None,
        shift=shift,
        rvc=rule.rvc.thresholds() if rule is not None and rule.rvc is not None else (),
        combination=rule.combination if rule is not None else Combination.BOTH,
        lvc_minimum=automotive.labour_value_content if automotive is not None else None,
        us_content_minimum=automotive.us_content_minimum if automotive is not None else None,
        de_minimis_percent=de_minimis.percent,
    )
    terms = tuple(LaneTerms(lane.mfn_rate, lane.overlays, False) for lane in product.lanes)
    return Prepared(product, facts, de_minimis, today, terms)


def _changed(thresholds: Thresholds, change: RvcChange) -> Thresholds:
    current = dict(thresholds)
    if change.transaction_value is not None:
        current[RvcMethod.TRANSACTION_VALUE] = change.transaction_value
    if change.net_cost is not None:
        current[RvcMethod.NET_COST] = change.net_cost
    kept = change.methods if change.methods is not None else tuple(current)
    return tuple((method, current[method]) for method in RvcMethod if method in kept and method in current)


def effective_rule(prepared: Prepared, index: ScenarioIndex) -> EffectiveRule:
    """The product's rule with the scenario's RVC, U.S.-content and de minimis changes for its HTS code."""
    today = prepared.rule
    changes = index.rule_changes(prepared.product.hts_code)
    if changes is None:
        return today
    rvc_changes, us_minimum = changes
    thresholds = today.rvc
    combination = today.combination
    for change in rvc_changes:
        if not thresholds:
            combination = Combination.BOTH  # an added requirement tightens; it is not an alternative
        thresholds = _changed(thresholds, change)
    percent = index.scenario.de_minimis_percent
    changed = EffectiveRule(
        present=today.present,
        shift=today.shift,
        rvc=thresholds,
        combination=combination,
        lvc_minimum=today.lvc_minimum,
        us_content_minimum=today.us_content_minimum if us_minimum is None else us_minimum,
        de_minimis_percent=today.de_minimis_percent if percent is None else percent,
    )
    return today if changed == today else changed


def _matches(lane: Lane, *, origins: tuple[str, ...], destinations: tuple[str, ...]) -> bool:
    return (not origins or lane.origin in origins) and (not destinations or lane.destination in destinations)


def lane_terms(prepared: Prepared, index: ScenarioIndex, *, number: int) -> LaneTerms:
    """The rates and preference of the product's lane `number` (from 0) under the indexed scenario."""
    changes = index.lane_changes(prepared.product.hts_code)
    if changes is None:
        return prepared.terms[number]
    lane = prepared.product.lanes[number]
    rate = lane.mfn_rate
    for mfn in changes.mfn:
        if _matches(lane, origins=mfn.origins, destinations=mfn.destinations):
            rate = mfn.rate
    overlays = lane.overlays  # kept as the same tuple when nothing changes, so results can be reused
    for change in changes.overlays:
        if _matches(lane, origins=change.origins, destinations=change.destinations):
            by_program = {overlay.program: overlay for overlay in overlays}
            by_program[change.overlay.program] = change.overlay
            overlays = tuple(by_program.values())
    loss = changes.loss
    lost = loss is not None and (lane.origin in loss.parties or lane.destination in loss.parties)
    terms = LaneTerms(rate, overlays, lost)
    return prepared.terms[number] if terms == prepared.terms[number] else terms
