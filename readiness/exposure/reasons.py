"""Results of the origin checks as codes and parameters, never sentences, so the app can translate them.

Every check ends in one of three statuses: qualifies, fails, or cannot tell
(data are missing). The reasons say why: a `ReasonCode` and its parameters
(which materials, which method, the figure and the threshold, which data are
missing). Parameter values are `Decimal` figures (percent rounded to 0.01,
money as recorded), strings (codes, ranges) or tuples of material names.

Checks combine with three-valued logic. "All of": any failure fails, else
any "cannot tell" cannot tell, else it qualifies. "Any of": any success
qualifies, else any "cannot tell" cannot tell, else it fails. The reasons
kept are those of the parts that decided the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

Param = Decimal | str | tuple[str, ...]


class Status(StrEnum):
    """The verdict of a check."""

    QUALIFIES = "qualifies"
    FAILS = "fails"
    CANNOT_TELL = "cannot-tell"


class ReasonCode(StrEnum):
    """Why a check ended as it did; the app holds the words for each."""

    # qualifies
    ALL_MATERIALS_ORIGINATING = "all-materials-originating"  # Art. 4.2(c)
    TARIFF_SHIFT_MET = "tariff-shift-met"
    DE_MINIMIS_APPLIED = "de-minimis-applied"  # Art. 4.7
    RVC_MET = "rvc-met"  # Art. 4.5
    LVC_MET = "lvc-met"
    US_CONTENT_MET = "us-content-met"
    # fails
    TARIFF_SHIFT_NOT_MET = "tariff-shift-not-met"
    EXCLUDED_MATERIAL = "excluded-material"
    DE_MINIMIS_EXCEEDED = "de-minimis-exceeded"
    DE_MINIMIS_NOT_AVAILABLE = "de-minimis-not-available"
    RVC_BELOW_THRESHOLD = "rvc-below-threshold"
    LVC_BELOW_MINIMUM = "lvc-below-minimum"
    US_CONTENT_BELOW_MINIMUM = "us-content-below-minimum"
    # cannot tell
    NO_RULE = "no-rule"
    MISSING_MATERIAL_HTS = "missing-material-hts"
    MISSING_MATERIAL_VALUE = "missing-material-value"
    MISSING_PRODUCT_VALUE = "missing-product-value"
    MISSING_LABOUR_VALUE_CONTENT = "missing-labour-value-content"
    DE_MINIMIS_BY_WEIGHT = "de-minimis-by-weight"
    # duty on a lane
    PREFERENCE_APPLIED = "preference-applied"
    PREFERENCE_NOT_CLAIMED = "preference-not-claimed"
    LANE_OUTSIDE_AGREEMENT = "lane-outside-agreement"
    PREFERENCE_LOST = "preference-lost"
    NOT_QUALIFYING = "not-qualifying"
    OVERLAY_BASE_UNKNOWN = "overlay-base-unknown"


_EMPTY: Mapping[str, Param] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason: a code and its parameters."""

    code: ReasonCode
    params: Mapping[str, Param] = field(default_factory=lambda: _EMPTY)

    @classmethod
    def of(cls, code: ReasonCode, **params: Param) -> Reason:
        return cls(code, MappingProxyType(params) if params else _EMPTY)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A status with the reasons for it."""

    status: Status
    reasons: tuple[Reason, ...] = ()

    @property
    def qualifies(self) -> bool:
        return self.status is Status.QUALIFIES


def qualifies(code: ReasonCode, **params: Param) -> Outcome:
    return Outcome(Status.QUALIFIES, (Reason.of(code, **params),))


def fails(code: ReasonCode, **params: Param) -> Outcome:
    return Outcome(Status.FAILS, (Reason.of(code, **params),))


def cannot_tell(code: ReasonCode, **params: Param) -> Outcome:
    return Outcome(Status.CANNOT_TELL, (Reason.of(code, **params),))


def _reasons(outcomes: Iterable[Outcome], statuses: tuple[Status, ...]) -> tuple[Reason, ...]:
    return tuple(reason for o in outcomes if o.status in statuses for reason in o.reasons)


def all_of(*outcomes: Outcome) -> Outcome:
    """Every check must qualify."""
    statuses = {o.status for o in outcomes}
    if Status.FAILS in statuses:
        return Outcome(Status.FAILS, _reasons(outcomes, (Status.FAILS,)))
    if Status.CANNOT_TELL in statuses:
        return Outcome(Status.CANNOT_TELL, _reasons(outcomes, (Status.CANNOT_TELL,)))
    return Outcome(Status.QUALIFIES, _reasons(outcomes, (Status.QUALIFIES,)))


def any_of(*outcomes: Outcome) -> Outcome:
    """One qualifying check is enough."""
    statuses = {o.status for o in outcomes}
    if Status.QUALIFIES in statuses:
        return Outcome(Status.QUALIFIES, _reasons(outcomes, (Status.QUALIFIES,)))
    if Status.CANNOT_TELL in statuses:
        return Outcome(Status.CANNOT_TELL, _reasons(outcomes, (Status.CANNOT_TELL, Status.FAILS)))
    return Outcome(Status.FAILS, _reasons(outcomes, (Status.FAILS,)))
