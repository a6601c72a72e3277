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
Review notes are stored as codes and ids (the mapping route and the old
item whose entry holds the note), never as sentences. `plan_migration`
changes nothing; `readiness.operations.migrate.apply_migration` writes the
plan in one transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from readiness.codes import ANSWER_FIELDS, CARRY_AS_IS, AssessmentStatus, ChangeKind
from readiness.content_model import Framework, Item, Mapping, MappingEntry
from readiness.errors import Conflict, FrameworkError, NotFound
from readiness.frameworks import builtin_mappings, mapping_problems
from readiness.model import Assessment, CompanyProfile, Response, ReviewNote, ReviewReason
from readiness.scoring import profile_basis, response_for_profile

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


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

    @property
    def in_place(self) -> bool:
        """A content update: a newer version of the assessment's own framework, applied to the assessment
        itself (`readiness.operations.update_content`) instead of a new one beside an archived original."""
        return self.target.id == self.source.framework_id


def newer_content(ws: Workspace, assessment: Assessment, *, mappings: list[Mapping] | None = None) -> Framework | None:
    """The newest installed version of the assessment's own framework, when the app can update it in place
    (a shipped content-update mapping leads there from the assessment's version); None otherwise."""
    if assessment.status is AssessmentStatus.ARCHIVED:
        return None
    latest = ws.frameworks.get(assessment.framework_id)
    if latest.version == assessment.framework_version:
        return None
    try:
        find_mapping(ws.framework_of(assessment), latest, mappings)
    except NotFound:
        return None
    return latest


def find_mapping(old: Framework, target: Framework, mappings: list[Mapping] | None = None) -> Mapping:
    """The mapping from `old` to `target`: same ids, and the same versions where the mapping names them."""
    for mapping in builtin_mappings() if mappings is None else mappings:
        if (mapping.from_framework, mapping.to_framework) != (old.id, target.id):
            continue
        if mapping.from_version not in (None, old.version) or mapping.to_version not in (None, target.version):
            continue
        return mapping
    raise NotFound(
        f"no mapping from {old.id} {old.version} to {target.id} {target.version}; "
        "the app cannot move an assessment between these versions",
        code="mapping-missing",
    )


def plan_migration(
    ws: Workspace,
    assessment_id: int,
    target_id: str,
    *,
    version: str | None = None,
    mappings: list[Mapping] | None = None,
) -> MigrationPlan:
    """Work out the migration of an assessment to framework `target_id` (its newest version unless one is
    named); changes nothing. `mappings` defaults to the ones shipped with the app.
    """
    source = ws.assessments.get_by_id(assessment_id)
    old = ws.framework_of(source)
    responses = ws.assessments.responses(source.id)
    name = source.name
    if source.status is AssessmentStatus.ARCHIVED:
        successor = ws.assessments.migrated_successor(source.id)
        hint = f" to {successor.name!r}" if successor else ""
        raise Conflict(f"{name!r} is archived (already migrated{hint}); migrate the current assessment instead")
    if target_id != source.framework_id and ws.assessments.migrated_successor(source.id):
        raise Conflict(f"{name!r} has already been migrated")  # a content update in place is still offered
    target = ws.frameworks.get(target_id, version)
    if (target.id, target.version) == (old.id, old.version):
        raise Conflict(f"{name!r} is already on {target.id} {target.version}", code="already-there")
    mapping = find_mapping(old, target, mappings)
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
                built.append(response_for_profile(item.id, item.applies_to, source.profile))
                new += 1
                continue
            response = _carry(item, entries, responses, actions_placed, source.profile, mapping.route)
            built.append(response)
            if response.needs_review:
                review += 1
            elif any(has_content(responses[e.old]) for e in entries if e.old in responses):
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
    route: str,
) -> Response:
    """The new item's response built from the old responses that map onto it."""
    pairs = [(e, responses[e.old]) for e in entries if e.old in responses and has_content(responses[e.old])]
    if not pairs:  # nothing was answered on the old side: start fresh, like a new item
        return response_for_profile(item.id, item.applies_to, profile)
    olds = [old for _, old in pairs]
    answered = [o for o in olds if not o.not_applicable] or olds
    base = carried_base(olds)
    data = {name: getattr(base, name) for name in ANSWER_FIELDS}
    if len(olds) > 1:
        data["gap"] = "\n".join(r.gap for r in answered if r.gap)
        data["notes"] = "\n".join(r.notes for r in olds if r.notes)
        data["evidence"] = list(dict.fromkeys(e for r in olds for e in r.evidence))
    actions = []
    for entry, old in pairs:
        if entry.old not in actions_placed:  # a split item's actions follow its first new item only
            actions_placed.add(entry.old)
            actions.extend(old.actions)
    notes = [ReviewNote(reason=ReviewReason.MAPPING, route=route, item=e.old) for e in entries if e.note]
    review = any(e.kind not in CARRY_AS_IS for e in entries) or len(entries) > 1
    ruled_out = profile_basis(item.applies_to, profile)
    if data["not_applicable"] and ruled_out is None:
        review = True
        notes.append(ReviewNote(reason=ReviewReason.NOW_APPLIES))
        data["not_applicable"], data["na_basis"] = data["na_basis"] is None and data["not_applicable"], None
    elif not data["not_applicable"] and ruled_out is not None:
        review = True
        notes.append(ReviewNote(reason=ReviewReason.MAY_NOT_APPLY, basis=ruled_out))
    elif data["na_basis"] is not None and ruled_out is not None:
        data["na_basis"] = ruled_out  # ruled out by the profile before and now: the facts of the new item
        if all(ruled_out_only(o) for o in olds):
            review = False  # the company never answered it and it still does not apply: nothing to review
    return Response(
        item_id=item.id,
        **data,
        needs_review=review or any(o.needs_review for o in olds),
        review_notes=notes if review else [],
        actions=actions,
    )


def carried_base(olds: list[Response]) -> Response:
    """Of the old answers that map onto one new item (each holding something), the one it starts from:
    the lowest level among those that applied, so nothing looks readier than it was."""
    answered = [o for o in olds if not o.not_applicable] or olds
    return min(answered, key=lambda r: -1 if r.level is None else int(r.level))


def ruled_out_only(response: Response) -> bool:
    """Not applicable by the company profile, and nothing of the user's own recorded on it."""
    if not response.not_applicable or response.na_basis is None or response.na_reason:
        return False
    return not has_content(response.model_copy(update={"not_applicable": False}))


def has_content(response: Response) -> bool:
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
