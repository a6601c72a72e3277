"""Readiness, coverage and gaps as pure functions of a framework and its responses.

- item score = level / 4;
- area readiness = weighted mean of item scores over applicable items, an
  unassessed item counting 0;
- coverage = the assessed share (by count) of applicable items;
- not-applicable items are out of both denominators, once they have a
  reason (`Response.counts_as_not_applicable`); one marked without a reason
  counts as applicable and not assessed.
An area with no applicable item has no readiness and no coverage (None).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from readiness.codes import Level, Priority
from readiness.content_model import Applicability, Area, Framework
from readiness.due import DueStatus, due_status
from readiness.model import CompanyProfile, ProfileBasis, Response


@dataclass(frozen=True)
class Score:
    """Readiness and coverage of a set of items (an area, or the whole framework)."""

    readiness: float | None
    coverage: float | None
    applicable: int
    assessed: int
    ready: int
    open_gaps: Mapping[str, int] = field(default_factory=dict)  # assessed below ready, by priority or "unset"

    @property
    def unassessed(self) -> int:
        """Applicable items nobody has assessed yet (not counted among the open gaps)."""
        return self.applicable - self.assessed


def item_score(response: Response | None) -> float | None:
    """0..1 for an applicable item (unassessed counts 0), None when not applicable (with a reason)."""
    if response is not None and response.counts_as_not_applicable:
        return None
    if response is None or response.level is None or response.not_applicable:
        return 0.0
    return int(response.level) / 4


def is_open_gap(response: Response | None) -> bool:
    """An open gap as leadership counts it: an applicable item that was assessed and is below ready.

    An item nobody has assessed yet is not a gap but work not done: it is
    counted apart (`Score.unassessed`), everywhere the two are shown.
    """
    return (
        response is not None
        and not response.not_applicable
        and response.level is not None
        and response.level < Level.READY
    )


def score_items(pairs: list[tuple[float, Response | None]]) -> Score:
    """Score (weight, response) pairs."""
    total_weight = weighted = 0.0
    applicable = assessed = ready = 0
    gaps: Counter[str] = Counter()
    for weight, response in pairs:
        value = item_score(response)
        if value is None:
            continue
        applicable += 1
        total_weight += weight
        weighted += weight * value
        if response is not None and response.assessed:
            assessed += 1
            if response.level == Level.READY:
                ready += 1
        if is_open_gap(response):
            priority = response.priority.value if response and response.priority else "unset"
            gaps[priority] += 1
    return Score(
        readiness=weighted / total_weight if total_weight else None,
        coverage=assessed / applicable if applicable else None,
        applicable=applicable,
        assessed=assessed,
        ready=ready,
        open_gaps=dict(gaps),
    )


def area_score(area: Area, responses: Mapping[str, Response]) -> Score:
    return score_items([(item.weight, responses.get(item.id)) for item in area.items])


def overall_score(framework: Framework, responses: Mapping[str, Response]) -> Score:
    return score_items([(item.weight, responses.get(item.id)) for _, item in framework.items()])


def area_scores(framework: Framework, responses: Mapping[str, Response]) -> dict[str, Score]:
    return {area.id: area_score(area, responses) for area in framework.areas}


def profile_basis(tags: Applicability, profile: CompanyProfile) -> ProfileBasis | None:
    """Why an item does not apply to this company (as facts, not words), or None when it applies.

    An empty tag list applies to everyone; an empty profile list matches every
    tag (the company has not narrowed that dimension down).
    """
    for dimension, wanted, have in (
        ("role", tags.roles, profile.roles),
        ("country", tags.countries, profile.countries),
        ("sector", tags.sectors, profile.sectors),
    ):
        if wanted and have and not set(wanted) & set(have):
            return ProfileBasis(dimension=dimension, concerns=list(wanted))
    return None


def response_for_profile(item_id: str, tags: Applicability, profile: CompanyProfile) -> Response:
    """A fresh response: not applicable (with the profile facts) when the profile rules the item out."""
    basis = profile_basis(tags, profile)
    return Response(item_id=item_id, not_applicable=basis is not None, na_basis=basis)


@dataclass(frozen=True)
class ActionDue:
    """An open action with the item it belongs to, for overdue and upcoming lists."""

    item_id: str
    title: str
    owner: str
    due: dt.date
    status: str
    days_left: int


def actions_due(responses: Mapping[str, Response], *, today: dt.date) -> tuple[list[ActionDue], list[ActionDue]]:
    """Open actions that are overdue, and those due soon (`readiness.due`), each sorted by date."""
    overdue: list[ActionDue] = []
    upcoming: list[ActionDue] = []
    for item_id, response in responses.items():
        if response.counts_as_not_applicable:
            continue
        for action in response.actions:
            status = due_status(action.due, today, done=not action.is_open)
            if action.due is None or status not in (DueStatus.OVERDUE, DueStatus.SOON):
                continue
            days = (action.due - today).days
            entry = ActionDue(item_id, action.title, action.owner, action.due, action.status.value, days)
            (overdue if status is DueStatus.OVERDUE else upcoming).append(entry)
    overdue.sort(key=lambda a: a.due)
    upcoming.sort(key=lambda a: a.due)
    return overdue, upcoming


def gap_priority_counts(responses: Mapping[str, Response], framework: Framework) -> dict[str, int]:
    """Open gaps by priority over the whole framework, in priority order, plus `unset`."""
    counts = overall_score(framework, responses).open_gaps
    ordered = {p.value: counts.get(p.value, 0) for p in Priority}
    ordered["unset"] = counts.get("unset", 0)
    return ordered


def whole_percent(value: float) -> int:
    """A share as a whole percentage, rounded as a spreadsheet rounds it (half away from zero, on the value
    written with 15 significant digits), so the app, the command line and the workbook's "0%" cells agree."""
    exact = Decimal(format(value * 100, ".15g"))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent(value: float | None) -> str:
    """A score as the whole percentage people read, or an em dash when there is none."""
    return "\u2014" if value is None else f"{whole_percent(value)}%"
