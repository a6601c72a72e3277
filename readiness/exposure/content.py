"""Value content: the facts of a bill of materials, and the RVC, U.S.-content and LVC tests.

The formulas (USMCA Art. 4.5, as implemented by 19 U.S.C. 4531(d)(2)-(3)):

    RVC by transaction value  = (TV - VNM) / TV x 100
    RVC by net cost           = (NC - VNM) / NC x 100

VNM is the value of non-originating materials, materials of undetermined
origin included (Art. 4.5.2; a line marked `unknown` counts as
non-originating). The producer chooses the method (Art. 4.5.1) among those
the rule allows, so the test qualifies when any allowed method with a
recorded base (TV or NC) reaches its threshold; a method whose base is not
recorded is not counted, and with no recorded base the result is "cannot
tell". A material with no value makes VNM a lower bound: the result fails if
even that bound fails, and otherwise cannot tell.

U.S. content (a scenario's hypothesis, not a rule of today's agreement) is
the value of materials of U.S. origin as a share of TV or NC, whichever is
recorded and the better; LVC is the figure the producer declares under the
Automotive Appendix (Art. 7), compared with the minimum.

Arithmetic and rounding: exact `Decimal` throughout. A threshold is tested
by cross-multiplying, (base - VNM) x 100 >= threshold x base, so no
division or rounding ever decides a result. Figures reported in reasons are
percent rounded to 0.01, half up. Callers run inside `exact()`, a decimal
context of 50 digits, so no sum or product is rounded on the way.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from readiness.exposure.products import BomLine, Product
from readiness.exposure.reasons import Outcome, Param, Reason, ReasonCode, Status, cannot_tell, fails, qualifies
from readiness.exposure.vocabulary import MaterialCountry, Originating, RvcMethod

EXACT = Context(prec=50, rounding=ROUND_HALF_UP)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")
ZERO = Decimal(0)


def exact() -> AbstractContextManager[Context]:
    """The decimal context every evaluation runs in (50 significant digits, half-up rounding)."""
    return localcontext(EXACT)


def percent_of(part: Decimal, whole: Decimal) -> Decimal:
    """`part` as a percent of `whole`, rounded to 0.01 half up (for reporting only)."""
    return (part * HUNDRED / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def cents(amount: Decimal) -> Decimal:
    """An amount rounded to 0.01 (of its currency), half up."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def rvc(base: Decimal, vnm: Decimal) -> Decimal:
    """Regional value content in percent, (base - VNM) / base x 100, rounded to 0.01 for reporting."""
    return percent_of(base - vnm, base)


def reaches(share: Decimal, base: Decimal, *, threshold: Decimal) -> bool:
    """Whether share / base x 100 >= threshold, decided exactly (no division)."""
    return share * HUNDRED >= threshold * base


def base_of(product: Product, method: RvcMethod) -> Decimal | None:
    """The recorded TV or NC of a product; None when missing or zero."""
    value = product.transaction_value if method is RvcMethod.TRANSACTION_VALUE else product.net_cost
    return value if value else None


class ProductFacts:
    """What a bill of materials says, independent of any scenario: computed once per product."""

    __slots__ = ("all_originating", "non_originating", "us_missing", "us_value", "vnm", "vnm_missing")

    def __init__(self, product: Product) -> None:
        vnm = us_value = ZERO
        vnm_missing: list[str] = []
        us_missing: list[str] = []
        non_originating: list[BomLine] = []
        us = MaterialCountry.US
        yes = Originating.YES
        for line in product.bom:
            value = line.value
            if line.originating is not yes:  # "unknown" counts as non-originating
                non_originating.append(line)
                if value is None:
                    vnm_missing.append(line.material)
                else:
                    vnm += value
            if line.country is us:
                if value is None:
                    us_missing.append(line.material)
                else:
                    us_value += value
        self.vnm = vnm
        self.vnm_missing = tuple(vnm_missing)
        self.us_value = us_value
        self.us_missing = tuple(us_missing)
        self.non_originating = tuple(non_originating)
        self.all_originating = bool(product.bom) and not non_originating


def rvc_outcome(product: Product, facts: ProductFacts, *, thresholds: tuple[tuple[RvcMethod, Decimal], ...]) -> Outcome:
    """The RVC test over the allowed methods: the first that qualifies decides; see the module docstring."""
    vnm = facts.vnm
    failed: list[Reason] = []
    unsure: Reason | None = None
    unrecorded: list[str] = []
    for method, threshold in thresholds:
        base = base_of(product, method)
        if base is None:
            unrecorded.append(method)
            continue
        met = reaches(base - vnm, base, threshold=threshold)
        if met and not facts.vnm_missing:
            return qualifies(ReasonCode.RVC_MET, method=method, rvc=rvc(base, vnm), threshold=threshold)
        if met and unsure is None:
            unsure = Reason.of(
                ReasonCode.MISSING_MATERIAL_VALUE,
                materials=facts.vnm_missing,
                method=method,
                rvc=rvc(base, vnm),
                threshold=threshold,
            )
        elif not met:
            failed.append(
                Reason.of(ReasonCode.RVC_BELOW_THRESHOLD, method=method, rvc=rvc(base, vnm), threshold=threshold)
            )
    if unsure is not None:
        return Outcome(Status.CANNOT_TELL, (unsure,))
    if not failed:
        return cannot_tell(ReasonCode.MISSING_PRODUCT_VALUE, needed=tuple(unrecorded))
    return Outcome(Status.FAILS, tuple(failed))


def us_content_outcome(product: Product, facts: ProductFacts, *, minimum: Decimal) -> Outcome:
    """U.S.-origin materials as a share of TV or NC (the better of those recorded) against `minimum`."""
    bases = [(m, b) for m in RvcMethod if (b := base_of(product, m)) is not None]
    if not bases:
        return cannot_tell(ReasonCode.MISSING_PRODUCT_VALUE, needed=tuple(RvcMethod))
    method, base = min(bases, key=lambda pair: pair[1])  # the smaller base gives the larger share
    params: dict[str, Param] = {"method": method, "share": percent_of(facts.us_value, base), "minimum": minimum}
    if reaches(facts.us_value, base, threshold=minimum):
        return qualifies(ReasonCode.US_CONTENT_MET, **params)
    if facts.us_missing:
        return cannot_tell(ReasonCode.MISSING_MATERIAL_VALUE, materials=facts.us_missing, **params)
    return fails(ReasonCode.US_CONTENT_BELOW_MINIMUM, **params)


def lvc_outcome(product: Product, minimum: Decimal) -> Outcome:
    """The declared labour value content against `minimum`."""
    declared = product.labour_value_content
    if declared is None:
        return cannot_tell(ReasonCode.MISSING_LABOUR_VALUE_CONTENT, minimum=minimum)
    reason = Reason.of(
        ReasonCode.LVC_MET if declared >= minimum else ReasonCode.LVC_BELOW_MINIMUM, lvc=declared, minimum=minimum
    )
    return Outcome(Status.QUALIFIES if declared >= minimum else Status.FAILS, (reason,))
