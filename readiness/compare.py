"""Milestone comparison: readiness then and now, per area, and the items that moved.

Two kinds of "then": a snapshot of the same assessment, or the assessment an
assessment was migrated from (its answers seen through the version mapping,
so "then" is what the migration carried over).
"""

from __future__ import annotations

from collections.abc import Mapping as ResponsesByItem
from dataclasses import dataclass

from readiness.content_model import Framework, Mapping
from readiness.migration import carried_base, find_mapping, has_content
from readiness.model import Assessment, Response
from readiness.scoring import area_scores, overall_score
from readiness.store.workspace import Workspace


@dataclass(frozen=True)
class LevelMove:
    """How one item's readiness level moved between a snapshot and today."""

    item_id: str
    before: int | None
    after: int | None
    before_na: bool
    after_na: bool

    @property
    def direction(self) -> int:
        """+1 moved up, -1 moved down, 0 otherwise (a change to or from not applicable counts 0)."""
        if self.before_na or self.after_na:
            return 0
        old = -1 if self.before is None else self.before
        new = -1 if self.after is None else self.after
        return (new > old) - (new < old)


def compare_levels(
    framework: Framework, before: ResponsesByItem[str, Response], after: ResponsesByItem[str, Response]
) -> list[LevelMove]:
    """Items whose level or applicability differs between two sets of responses, in checklist order."""
    moves = []
    for _, item in framework.items():
        old, new = before.get(item.id), after.get(item.id)
        old_level = None if old is None or old.level is None else int(old.level)
        new_level = None if new is None or new.level is None else int(new.level)
        old_na = bool(old and old.counts_as_not_applicable)
        new_na = bool(new and new.counts_as_not_applicable)
        if (old_level, old_na) != (new_level, new_na):
            moves.append(LevelMove(item.id, old_level, new_level, old_na, new_na))
    return moves


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
    moved_up: list[LevelMove]
    moved_down: list[LevelMove]


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
    moves = compare_levels(framework, before, after)
    return Comparison(
        before_label=before_label,
        after_label=after_label,
        overall_before=overall_score(framework, before).readiness,
        overall_after=overall_score(framework, after).readiness,
        areas=[AreaTrend(a.id, a.title, then[a.id].readiness, now[a.id].readiness) for a in framework.areas],
        moved_up=[m for m in moves if m.direction > 0],
        moved_down=[m for m in moves if m.direction < 0],
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
    mapping = find_mapping(ws.framework_of(origin), framework, mappings)
    old_responses = ws.assessments.responses(origin.id)
    feeding: dict[str, list[Response]] = {}
    for entry in mapping.entries:
        old = old_responses.get(entry.old)
        if old is None or not has_content(old):  # the move starts such items fresh, and so does the comparison
            continue
        for new_id in entry.new:
            feeding.setdefault(new_id, []).append(old)
    carried = {new_id: carried_base(olds).model_copy(update={"item_id": new_id}) for new_id, olds in feeding.items()}
    return compare(
        framework,
        carried,
        ws.assessments.responses(assessment.id),
        before_label=f"{origin.name} ({origin.framework_id})",
    )
