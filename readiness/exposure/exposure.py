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

from readiness.exposure.apply import LaneTerms, Prepared, ScenarioIndex, effective_rule, lane_terms
from readiness.exposure.content import ZERO, cents
from readiness.exposure.origin import EffectiveRule, qualification
from readiness.exposure.products import Lane
from readiness.exposure.reasons import Outcome, Reason, ReasonCode, Status
from readiness.exposure.vocabulary import OverlayBase, OverlayWhen


@dataclass(frozen=True, slots=True)
class LaneDuty:
    """The annual duty on one lane under one scenario, and why the preference did or did not apply."""

    origin: str
    destination: str
    annual_value: Decimal
    terms: LaneTerms  # the MFN rate, overlays and preference status the scenario gave the lane
    preference: bool
    mfn_duty: Decimal
    overlay_duties: tuple[tuple[str, Decimal], ...]  # (program, amount)
    duty: Decimal
    reasons: tuple[Reason, ...]
    complete: bool


@dataclass(frozen=True, slots=True)
class ProductExposure:
    """One product under one scenario (the key it is filed under): its qualification and annual duty.

    Where a scenario changes nothing for a product, the run files today's very object under it too.
    """

    part_number: str
    currency: str
    outcome: Outcome
    rule: EffectiveRule  # the rule as the scenario made it (thresholds, minimums, de minimis share)
    lanes: tuple[LaneDuty, ...]
    duty: Decimal
    complete: bool

    @property
    def status(self) -> Status:
        return self.outcome.status


_APPLIED = Reason.of(ReasonCode.PREFERENCE_APPLIED)
_NOT_CLAIMED = Reason.of(ReasonCode.PREFERENCE_NOT_CLAIMED)
_LOST = Reason.of(ReasonCode.PREFERENCE_LOST)
_NOT_QUALIFYING = {status: Reason.of(ReasonCode.NOT_QUALIFYING, status=status) for status in Status}


def _preference(prepared: Prepared, lane: Lane, *, terms: LaneTerms, outcome: Outcome) -> Reason:
    if not prepared.product.preference_claimed:
        return _NOT_CLAIMED
    if not lane.within_agreement:
        return Reason.of(ReasonCode.LANE_OUTSIDE_AGREEMENT, origin=lane.origin, destination=lane.destination)
    if terms.preference_lost:
        return _LOST
    if outcome.status is not Status.QUALIFIES:
        return _NOT_QUALIFYING[outcome.status]
    return _APPLIED


def _overlay_base(prepared: Prepared, value: Decimal, *, base: OverlayBase) -> Decimal | None:
    """What an overlay on a lane of annual `value` is charged on, or None when the share cannot be known."""
    if base is OverlayBase.WHOLE_VALUE:
        return value
    tv = prepared.product.transaction_value
    facts = prepared.facts
    if not tv:
        return None
    if base is OverlayBase.NON_US_CONTENT:
        if facts.us_missing:
            return None
        share = max(tv - facts.us_value, ZERO)
    else:
        if facts.vnm_missing:
            return None
        share = min(facts.vnm, tv)
    return value * share / tv


def lane_duty(prepared: Prepared, lane: Lane, *, terms: LaneTerms, outcome: Outcome) -> LaneDuty:
    """The annual duty on `lane` given the scenario's `terms` and the product's qualification."""
    why = _preference(prepared, lane, terms=terms, outcome=outcome)
    preference = why is _APPLIED
    value = lane.annual_value
    total = mfn_duty = ZERO if preference else cents((value * terms.mfn_rate).scaleb(-2))
    # "cannot tell" matters only where it decided that the preference does not apply
    complete = why is not _NOT_QUALIFYING[Status.CANNOT_TELL]
    reasons: tuple[Reason, ...] = (why,)
    amounts: list[tuple[str, Decimal]] = []
    for overlay in terms.overlays:
        if preference and overlay.applies is OverlayWhen.NOT_QUALIFYING:
            continue
        base = _overlay_base(prepared, value, base=overlay.base)
        if base is None:
            base = value
            complete = False
            reasons += (Reason.of(ReasonCode.OVERLAY_BASE_UNKNOWN, program=overlay.program, base=overlay.base),)
        amount = cents((base * overlay.rate).scaleb(-2))
        amounts.append((overlay.program, amount))
        total += amount
    return LaneDuty(
        lane.origin, lane.destination, value, terms, preference, mfn_duty, tuple(amounts), total, reasons, complete
    )


def product_exposure(
    prepared: Prepared, index: ScenarioIndex, *, baseline: ProductExposure | None = None
) -> ProductExposure:
    """Qualification and annual duty of one prepared product under one (indexed) scenario, inside `exact()`.

    With `baseline` (the same product under today's rules), whatever the scenario leaves unchanged is
    taken from it rather than computed again: the qualification when the effective rule is the same,
    a lane's duty when its terms and the qualification's status are the same. The results are equal
    either way; this is what makes five scenarios cost little more than one.
    """
    product = prepared.product
    rule = effective_rule(prepared, index)
    if baseline is not None and rule is baseline.rule:
        outcome = baseline.outcome
    else:
        outcome = qualification(product, prepared.facts, rule=rule)
    if baseline is not None and outcome.status is baseline.outcome.status:
        if index.lane_changes(product.hts_code) is None:
            lanes = baseline.lanes
        else:
            lanes = tuple(
                before if (terms := lane_terms(prepared, index, number=number)) is before.terms
                else lane_duty(prepared, product.lanes[number], terms=terms, outcome=outcome)
                for number, before in enumerate(baseline.lanes)
            )  # fmt: skip
        if lanes is baseline.lanes or lanes == baseline.lanes:
            if outcome is baseline.outcome:
                return baseline
            return ProductExposure(
                product.part_number, product.currency, outcome, rule, baseline.lanes, baseline.duty, baseline.complete
            )
    else:
        lanes = tuple(
            lane_duty(prepared, lane, terms=lane_terms(prepared, index, number=number), outcome=outcome)
            for number, lane in enumerate(product.lanes)
        )
    duty = ZERO
    complete = True
    for lane_result in lanes:
        duty += lane_result.duty
        complete = complete and lane_result.complete
    return ProductExposure(product.part_number, product.currency, outcome, rule, lanes, duty, complete)
