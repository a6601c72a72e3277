"""Move an assessment to a new framework version, keeping every answer that still holds.

Per the shipped mapping between the two versions:
- `same` and `reworded` items carry their answer and actions over as they are;
- `changed`, `split` and `merged` items carry them over flagged needs-review,
  with the mapping note beside them (a merge keeps the lowest level of the
  merged items that applied, so nothing looks readier than it was);
- items new in the target, and mapped items whose old answer was still
  empty, start unassessed (or not applicable by profile);
- a carried answer whose applicability no longer fits the company profile
  (not applicable before but applies now, or the reverse) is flagged too;
- removed items are listed in the plan.
The new assessment is created and the old one archived in one transaction;
the old one's answers are never touched. A dry run only builds the plan.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from readiness.errors import Conflict, FrameworkError, NotFound
from readiness.frameworks import builtin_mappings, mapping_problems
from readiness.model import (
    CARRY_AS_IS,
    Assessment,
    AssessmentStatus,
    ChangeKind,
    CompanyProfile,
    Framework,
    Item,
    Mapping,
    MappingEntry,
    Response,
)
from readiness.scoring import not_applicable_reason
from readiness.store.workspace import Workspace

CARRIED_FIELDS = ("level", "not_applicable", "na_reason", "gap", "priority", "owner", "due", "evidence", "notes")


@dataclass(frozen=True)
class AreaCounts:
    """How many items of one target area carry their answer over, carry it flagged for review, or start fresh.

    `new` counts items new in the target and mapped items whose old answer was
    still empty: both start unassessed.
    """

    area_id: str
    title: str
    carried: int = 0
    review: int = 0
    new: int = 0


@dataclass(frozen=True)
class MigrationPlan:
    """Everything a migration would do, computed without touching the workspace."""

    source: Assessment
    target: Framework
    mapping: Mapping
    responses: list[Response]
    kinds: dict[str, int]
    removed: list[MappingEntry]
    new_items: list[str]
    areas: list[AreaCounts] = field(default_factory=list)

    @property
    def default_name(self) -> str:
        return f"{self.source.name} ({self.target.id})"


def find_mapping(source_id: str, target_id: str, mappings: list[Mapping] | None = None) -> Mapping:
    for mapping in builtin_mappings() if mappings is None else mappings:
        if (mapping.from_framework, mapping.to_framework) == (source_id, target_id):
            return mapping
    raise NotFound(f"no mapping from {source_id} to {target_id}; the app cannot migrate between these versions")


def plan_migration(ws: Workspace, name: str, target_id: str, *, mappings: list[Mapping] | None = None) -> MigrationPlan:
    """Work out the migration of assessment `name` to framework `target_id`; changes nothing.

    `mappings` defaults to the ones shipped with the app.
    """
    source, old, responses = ws.load(name)
    if source.status is AssessmentStatus.ARCHIVED:
        successor = ws.assessments.migrated_successor(source.id)
        hint = f" to {successor.name!r}" if successor else ""
        raise Conflict(f"{name!r} is archived (already migrated{hint}); migrate the current assessment instead")
    if ws.assessments.migrated_successor(source.id):
        raise Conflict(f"{name!r} has already been migrated")
    target = ws.frameworks.get(target_id)
    if target.id == old.id:
        raise Conflict(f"{name!r} is already on {target.id}")
    mapping = find_mapping(old.id, target.id, mappings)
    problems = mapping_problems(mapping, old, target)
    if problems:
        raise FrameworkError(problems[0], where=f"mapping {old.id} -> {target.id}")
    return _build_plan(source, old, target, mapping, responses)


def _build_plan(
    source: Assessment, old: Framework, target: Framework, mapping: Mapping, responses: dict[str, Response]
) -> MigrationPlan:
    incoming: dict[str, list[MappingEntry]] = {}
    for entry in mapping.entries:
        for new_id in entry.new:
            incoming.setdefault(new_id, []).append(entry)
    actions_placed: set[str] = set()
    built: list[Response] = []
    area_counts: list[AreaCounts] = []
    for area in target.areas:
        carried = review = new = 0
        for item in area.items:
            entries = incoming.get(item.id, [])
            if not entries:
                reason = not_applicable_reason(item.applies_to, source.profile)
                built.append(Response(item_id=item.id, not_applicable=reason is not None, na_reason=reason))
                new += 1
                continue
            response = _carry(item, entries, responses, actions_placed, source.profile)
            built.append(response)
            if response.needs_review:
                review += 1
            elif any(_has_content(responses[e.old]) for e in entries if e.old in responses):
                carried += 1
            else:  # nothing answered on the old side: it starts fresh, like a new item
                new += 1
        area_counts.append(AreaCounts(area.id, area.title, carried, review, new))
    kinds = Counter(entry.kind.value for entry in mapping.entries)
    targeted = set(incoming)
    return MigrationPlan(
        source=source,
        target=target,
        mapping=mapping,
        responses=built,
        kinds={kind.value: kinds.get(kind.value, 0) for kind in ChangeKind},
        removed=[e for e in mapping.entries if e.kind is ChangeKind.REMOVED],
        new_items=[item.id for _, item in target.items() if item.id not in targeted],
        areas=area_counts,
    )


def _carry(
    item: Item,
    entries: list[MappingEntry],
    responses: dict[str, Response],
    actions_placed: set[str],
    profile: CompanyProfile,
) -> Response:
    """The new item's response built from the old responses that map onto it."""
    pairs = [(e, responses[e.old]) for e in entries if e.old in responses and _has_content(responses[e.old])]
    if not pairs:  # nothing was answered on the old side: start fresh, like a new item
        reason = not_applicable_reason(item.applies_to, profile)
        return Response(item_id=item.id, not_applicable=reason is not None, na_reason=reason)
    olds = [old for _, old in pairs]
    answered = [o for o in olds if not o.not_applicable] or olds
    base = min(answered, key=lambda r: -1 if r.level is None else int(r.level))
    data = {name: getattr(base, name) for name in CARRIED_FIELDS}
    if len(olds) > 1:
        data["gap"] = "\n".join(r.gap for r in answered if r.gap)
        data["notes"] = "\n".join(r.notes for r in olds if r.notes)
        data["evidence"] = list(dict.fromkeys(e for r in olds for e in r.evidence))
    actions = []
    for entry, old in pairs:
        if entry.old not in actions_placed:  # a split item's actions follow its first new item only
            actions_placed.add(entry.old)
            actions.extend(old.actions)
    notes = [f"{e.old}: {e.note}" if len(entries) > 1 else e.note for e in entries if e.note]
    review = any(e.kind not in CARRY_AS_IS for e in entries) or len(entries) > 1
    ruled_out = not_applicable_reason(item.applies_to, profile)
    if data["not_applicable"] and ruled_out is None:
        review = True
        notes.append("This was not applicable before; the new item applies to your company profile.")
    elif not data["not_applicable"] and ruled_out is not None:
        review = True
        notes.append(f"The new item may not apply to you: {ruled_out}.")
    return Response(
        item_id=item.id,
        **data,
        needs_review=review or any(o.needs_review for o in olds),
        review_note="\n".join(notes) if review else "",
        actions=actions,
    )


def _has_content(response: Response) -> bool:
    """Whether an old response holds anything worth carrying (an answer, text, evidence or actions)."""
    return bool(
        response.level is not None
        or response.gap
        or response.notes
        or response.evidence
        or response.actions
        or response.owner
        or response.not_applicable
    )


def apply_migration(ws: Workspace, plan: MigrationPlan, *, name: str | None = None) -> Assessment:
    """Create the migrated assessment and archive the old one, in one transaction."""
    with ws.db.transaction():
        if ws.assessments.migrated_successor(plan.source.id):
            raise Conflict(f"{plan.source.name!r} has already been migrated")
        created = ws.assessments.create(
            name or plan.default_name,
            plan.target,
            plan.source.profile,
            responses=plan.responses,
            migrated_from=plan.source.id,
        )
        ws.assessments.set_status(plan.source.id, AssessmentStatus.ARCHIVED)
    return created
