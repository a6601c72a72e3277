"""Milestone comparison: readiness then and now, per area, and the items that moved.

Two kinds of "then": a snapshot of the same assessment, or the assessment an
assessment was migrated from (its answers seen through the version mapping,
so "then" is what the migration carried over).
"""

from __future__ import annotations

from dataclasses import dataclass

from readiness.migration import find_mapping
from readiness.model import Assessment, Framework, Level, Mapping, Response
from readiness.scoring import area_scores, overall_score
from readiness.store.workspace import Workspace


@dataclass(frozen=True)
class ItemMove:
    """One item whose readiness level changed between the two milestones."""

    item_id: str
    area_title: str
    question: str
    before: Level | None
    after: Level | None

    @property
    def delta(self) -> int:
        return (-1 if self.after is None else int(self.after)) - (-1 if self.before is None else int(self.before))


@dataclass(frozen=True)
class AreaTrend:
    area_id: str
    title: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class Comparison:
    """Readiness at two milestones of one assessment."""

    before_label: str
    after_label: str
    overall_before: float | None
    overall_after: float | None
    areas: list[AreaTrend]
    moved_up: list[ItemMove]
    moved_down: list[ItemMove]


def _level(response: Response | None) -> Level | None:
    if response is None or response.not_applicable:
        return None
    return response.level


def compare(
    framework: Framework,
    before: dict[str, Response],
    after: dict[str, Response],
    *,
    before_label: str,
    after_label: str = "Today",
) -> Comparison:
    """Compare two sets of responses to the same framework."""
    then, now = area_scores(framework, before), area_scores(framework, after)
    moves: list[ItemMove] = []
    for area, item in framework.items():
        old, new = _level(before.get(item.id)), _level(after.get(item.id))
        if old != new:
            moves.append(ItemMove(item.id, area.title, item.question, old, new))
    return Comparison(
        before_label=before_label,
        after_label=after_label,
        overall_before=overall_score(framework, before).readiness,
        overall_after=overall_score(framework, after).readiness,
        areas=[AreaTrend(a.id, a.title, then[a.id].readiness, now[a.id].readiness) for a in framework.areas],
        moved_up=sorted((m for m in moves if m.delta > 0), key=lambda m: -m.delta),
        moved_down=sorted((m for m in moves if m.delta < 0), key=lambda m: m.delta),
    )


def compare_snapshot(ws: Workspace, assessment: Assessment, snapshot_id: int) -> Comparison:
    snapshot = ws.snapshots.get(snapshot_id)
    framework = ws.framework_of(assessment)
    return compare(framework, snapshot.responses, ws.assessments.responses(assessment.id), before_label=snapshot.label)


def compare_with_origin(
    ws: Workspace, assessment: Assessment, *, mappings: list[Mapping] | None = None
) -> Comparison | None:
    """Progress since migration: the origin's answers mapped onto today's items, against today."""
    if assessment.migrated_from is None:
        return None
    origin = ws.assessments.get_by_id(assessment.migrated_from)
    framework = ws.framework_of(assessment)
    mapping = find_mapping(origin.framework_id, assessment.framework_id, mappings)
    old_responses = ws.assessments.responses(origin.id)
    carried: dict[str, Response] = {}
    for entry in mapping.entries:
        old = old_responses.get(entry.old)
        for new_id in entry.new:
            if old is None:
                continue
            previous = carried.get(new_id)
            if previous is None or (_level(old) or -1) < (_level(previous) or -1):
                carried[new_id] = old.model_copy(update={"item_id": new_id})
    return compare(
        framework,
        carried,
        ws.assessments.responses(assessment.id),
        before_label=f"{origin.name} ({origin.framework_id})",
    )
