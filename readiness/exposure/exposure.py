"""What it costs: annual duty per product and scenario, its delta against today's rules, and totals.

Per lane:  duty = annual value x MFN rate   (none when the preference applies)
                  + each overlay that applies: rate x its base
The preference applies when the product claims it, the lane runs between
two different parties, the scenario has not withdrawn it, and the product
qualifies. An overlay charged "only when not qualifying" is skipped when the
preference applies. An overlay's base is the lane's annual value (whole
value), or that value times the good's non-U.S. content, (TV - U.S.
materials) / TV, or times its non-originating content, VNM / TV.

Worst case, stated: a product whose qualification is "cannot tell" is
charged as not qualifying, and an overlay whose share cannot be known (no
TV, or materials without values) is charged on the whole value; such
results are marked `complete = False`, so the figure is an upper bound the
app can say is one. Each lane's duty is computed exactly and rounded to
0.01 of the product's currency, half up, as an entry line would be; product
and scenario totals are sums of those rounded amounts, per currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from readiness.exposure.apply import LaneTerms, Prepared, effective_rule, lane_terms
from readiness.exposure.content import HUNDRED, ZERO, cents
from readiness.exposure.origin import qualification
from readiness.exposure.products import Lane, OverlayDuty
from readiness.exposure.reasons import Outcome, Reason, ReasonCode, Status
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.scenarios import Scenario
from readiness.exposure.vocabulary import OverlayBase, OverlayWhen


@dataclass(frozen=True, slots=True)
class LaneDuty:
    """The annual duty on one lane under one scenario, and why the preference did or did not apply."""

    origin: str
    destination: str
    annual_value: Decimal
    mfn_rate: Decimal
    preference: bool
    mfn_duty: Decimal
    overlay_duties: tuple[tuple[str, Decimal], ...]  # (program, amount)
    duty: Decimal
    reasons: tuple[Reason, ...]
    complete: bool


@dataclass(frozen=True, slots=True)
class ProductExposure:
    """One product under one scenario: its qualification and annual duty."""

    part_number: str
    scenario_id: str
    currency: str
    outcome: Outcome
    lanes: tuple[LaneDuty, ...]
    duty: Decimal
    complete: bool

    @property
    def status(self) -> Status:
        return self.outcome.status


def _preference(prepared: Prepared, lane: Lane, terms: LaneTerms, outcome: Outcome) -> Reason:
    if not prepared.product.preference_claimed:
        return Reason.of(ReasonCode.PREFERENCE_NOT_CLAIMED)
    if not lane.within_agreement:
        return Reason.of(ReasonCode.LANE_OUTSIDE_AGREEMENT, origin=lane.origin, destination=lane.destination)
    if terms.preference_lost:
        return Reason.of(ReasonCode.PREFERENCE_LOST)
    if outcome.status is not Status.QUALIFIES:
        return Reason.of(ReasonCode.NOT_QUALIFYING, status=outcome.status.value)
    return Reason.of(ReasonCode.PREFERENCE_APPLIED)


def _overlay_base(prepared: Prepared, lane: Lane, overlay: OverlayDuty) -> Decimal | None:
    """The value an overlay is charged on, or None when the share cannot be known."""
    if overlay.base is OverlayBase.WHOLE_VALUE:
        return lane.annual_value
    tv = prepared.product.transaction_value
    facts = prepared.facts
    if not tv:
        return None
    if overlay.base is OverlayBase.NON_US_CONTENT:
        if facts.us_missing:
            return None
        share = max(tv - facts.us_value, ZERO)
    else:
        if facts.vnm_missing:
            return None
        share = min(facts.vnm, tv)
    return lane.annual_value * share / tv


def lane_duty(prepared: Prepared, lane: Lane, terms: LaneTerms, outcome: Outcome) -> LaneDuty:
    """The annual duty on `lane` given the scenario's `terms` and the product's qualification."""
    why = _preference(prepared, lane, terms, outcome)
    preference = why.code is ReasonCode.PREFERENCE_APPLIED
    reasons = [why]
    mfn_duty = ZERO if preference else cents(lane.annual_value * terms.mfn_rate / HUNDRED)
    overlays: list[tuple[str, Decimal]] = []
    # "cannot tell" matters only where it decided that the preference does not apply
    complete = not (why.code is ReasonCode.NOT_QUALIFYING and outcome.status is Status.CANNOT_TELL)
    for overlay in terms.overlays:
        if overlay.applies is OverlayWhen.NOT_QUALIFYING and preference:
            continue
        base = _overlay_base(prepared, lane, overlay)
        if base is None:
            base = lane.annual_value
            complete = False
            reasons.append(Reason.of(ReasonCode.OVERLAY_BASE_UNKNOWN, program=overlay.program, base=overlay.base.value))
        overlays.append((overlay.program, cents(base * overlay.rate / HUNDRED)))
    total = mfn_duty + sum((amount for _, amount in overlays), ZERO)
    return LaneDuty(
        origin=lane.origin,
        destination=lane.destination,
        annual_value=lane.annual_value,
        mfn_rate=terms.mfn_rate,
        preference=preference,
        mfn_duty=mfn_duty,
        overlay_duties=tuple(overlays),
        duty=total,
        reasons=tuple(reasons),
        complete=complete,
    )


def product_exposure(prepared: Prepared, scenario: Scenario, de_minimis: DeMinimisRules) -> ProductExposure:
    """Qualification and annual duty of one prepared product under one scenario (run inside `exact()`)."""
    product = prepared.product
    outcome = qualification(product, prepared.facts, effective_rule(prepared, scenario, de_minimis))
    lanes = tuple(lane_duty(prepared, lane, lane_terms(product, lane, scenario), outcome) for lane in product.lanes)
    return ProductExposure(
        part_number=product.part_number,
        scenario_id=scenario.id,
        currency=product.currency,
        outcome=outcome,
        lanes=lanes,
        duty=sum((lane.duty for lane in lanes), ZERO),
        complete=all(lane.complete for lane in lanes),
    )
