"""The domain vocabulary of Trade Readiness, as validated pydantic models.

Everything that crosses a boundary (a framework pack, a portable assessment
document, a row read from the store) becomes one of these models, so the rest
of the code works with typed, checked values. Framework content is frozen;
responses and actions are plain values that the store copies on change.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import IntEnum, StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from readiness.limits import MAX_COST, MAX_EVIDENCE, MAX_NAME, MAX_TEXT, clean_line, clean_text, date_in_range

# --- closed vocabularies -----------------------------------------------------

ROLES = ("importer", "exporter", "producer")
COUNTRIES = ("US", "CA", "MX")
SECTORS = (
    "automotive",
    "agriculture-food",
    "textiles-apparel",
    "steel-aluminium",
    "chemicals",
    "electronics",
    "energy",
    "digital-services",
    "pharma-ip",
    "other",
)
TRADE_VOLUMES = ("under-10m", "10m-100m", "100m-1b", "over-1b")

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,79}$"
_ID_RE = re.compile(ID_PATTERN)


class Level(IntEnum):
    """Readiness level of one item, 0 (not started) to 4 (ready)."""

    NOT_STARTED = 0
    AWARE = 1
    PLANNED = 2
    IN_PROGRESS = 3
    READY = 4


LEVEL_LABELS = {
    Level.NOT_STARTED: "Not started",
    Level.AWARE: "Aware",
    Level.PLANNED: "Planned",
    Level.IN_PROGRESS: "In progress",
    Level.READY: "Ready",
}
LEVEL_MEANINGS = {
    Level.NOT_STARTED: "Nothing done yet.",
    Level.AWARE: "The exposure is identified.",
    Level.PLANNED: "A plan and an owner exist.",
    Level.IN_PROGRESS: "Partly implemented.",
    Level.READY: "Implemented and evidenced.",
}


class Priority(StrEnum):
    """How urgent closing a gap is."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


PRIORITY_ORDER = {Priority.CRITICAL: 0, Priority.HIGH: 1, Priority.MEDIUM: 2, Priority.LOW: 3}


class ActionStatus(StrEnum):
    """Where an action stands."""

    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    BLOCKED = "blocked"


class AssessmentStatus(StrEnum):
    """Whether an assessment is worked on (active) or kept as history (archived, read only)."""

    ACTIVE = "active"
    ARCHIVED = "archived"


class AssessmentKind(StrEnum):
    """A compliance checklist, or a watch list (a joint or annual review) that runs beside one."""

    COMPLIANCE = "compliance"
    WATCH = "watch"


class ChangeKind(StrEnum):
    """How an item changed between two framework versions."""

    SAME = "same"
    REWORDED = "reworded"
    CHANGED = "changed"
    SPLIT = "split"
    MERGED = "merged"
    REMOVED = "removed"


# --- field lists: the one home of which fields a response and an action have ----------

# The company's answer to an item: what a migration or a content update carries to the new version.
ANSWER_FIELDS = (
    "level",
    "not_applicable",
    "na_reason",
    "na_basis",
    "gap",
    "priority",
    "owner",
    "due",
    "evidence",
    "notes",
)
# Every stored field of a response: the answer and its review state.
RESPONSE_FIELDS = (*ANSWER_FIELDS, "needs_review", "review_notes")
ACTION_FIELDS = ("title", "owner", "due", "status", "cost_estimate", "notes")

CARRY_AS_IS = frozenset({ChangeKind.SAME, ChangeKind.REWORDED})
CARRY_FOR_REVIEW = frozenset({ChangeKind.CHANGED, ChangeKind.SPLIT, ChangeKind.MERGED})

Identifier = Annotated[str, Field(pattern=ID_PATTERN)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
# What people type: cleaned of control characters, within the shared limits (readiness.limits).
UserText = Annotated[str, AfterValidator(clean_text), Field(max_length=MAX_TEXT)]
UserTitle = Annotated[str, AfterValidator(clean_text), Field(min_length=1, max_length=MAX_TEXT)]
UserName = Annotated[str, AfterValidator(clean_line), Field(max_length=MAX_NAME)]
UserDate = Annotated[dt.date, AfterValidator(date_in_range)]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
DEFAULT_CURRENCY = "USD"


def _check_vocabulary(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(map(repr, unknown))}; allowed: {', '.join(allowed)}")
    if len(set(values)) != len(values):
        raise ValueError(f"{what} listed twice")
    return values


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- framework content -------------------------------------------------------


class Source(_Frozen):
    """A document the content relies on."""

    id: Identifier
    title: Text
    url: str | None = None
    kind: str = Field(default="secondary", pattern="^(primary|secondary|weak)$")


class Applicability(_Frozen):
    """Which companies an item concerns. An empty list means "all"."""

    roles: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)

    @field_validator("roles")
    @classmethod
    def _roles(cls, v: list[str]) -> list[str]:
        return _check_vocabulary(v, ROLES, "role")

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        return _check_vocabulary(v, COUNTRIES, "country")

    @field_validator("sectors")
    @classmethod
    def _sectors(cls, v: list[str]) -> list[str]:
        return _check_vocabulary(v, SECTORS, "sector")


class Objective(_Frozen):
    """A key point of an area, in our own words: a negotiating objective, or a rule in force and what it means."""

    id: Identifier
    text: Text
    sources: list[str] = Field(default_factory=list)
    confirmed: bool = True


class Item(_Frozen):
    """One readiness question, with the guidance a trade manager needs to answer it."""

    id: Identifier
    question: Text
    why: str = ""
    ready_looks_like: str = ""
    evidence_examples: list[str] = Field(default_factory=list)
    suggested_actions: list[str] = Field(default_factory=list)
    weight: float = Field(default=1.0, gt=0, le=10)
    applies_to: Applicability = Field(default_factory=Applicability)
    sources: list[str] = Field(default_factory=list)
    seed_points: list[int] = Field(default_factory=list)
    effective: dt.date | None = None
    phase_in: str | None = None
    confirmed: bool = True
    # Watch items only: the compliance items whose answers this item reads (e.g. RVC headroom).
    depends_on: list[Identifier] = Field(default_factory=list)


class Area(_Frozen):
    """An objective area: its summary, objectives and readiness items, in order."""

    id: Identifier
    title: Text
    summary: str = ""
    sources: list[str] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)


class Framework(_Frozen):
    """A versioned content pack: the areas and items a company assesses itself against."""

    id: Identifier
    version: Annotated[str, Field(min_length=1, max_length=40)]
    title: Text
    publisher: str = ""
    published: dt.date | None = None
    # The date the content is current to: what a reader may rely on having been checked.
    current_to: dt.date | None = None
    kind: AssessmentKind = AssessmentKind.COMPLIANCE
    # Watch packs: the id of the compliance framework they run beside.
    companion_of: Identifier | None = None
    description: str = ""
    sources: list[Source] = Field(default_factory=list)
    areas: list[Area] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_unique_and_sources_known(self) -> Framework:
        if self.kind is AssessmentKind.WATCH and not self.companion_of:
            raise ValueError("companion_of: a watch pack names the compliance framework it runs beside")
        if self.kind is AssessmentKind.COMPLIANCE and any(i.depends_on for _, i in self.items()):
            raise ValueError("depends_on: only the items of a watch pack read a compliance assessment's answers")
        seen_areas: set[str] = set()
        seen_items: set[str] = set()
        source_ids = {s.id for s in self.sources}
        if len(source_ids) != len(self.sources):
            raise ValueError("duplicate source id")
        for a_index, area in enumerate(self.areas):
            if area.id in seen_areas:
                raise ValueError(f"areas[{a_index}].id: duplicate area id {area.id!r}")
            seen_areas.add(area.id)
            refs = [("sources", area.sources)] + [
                (f"objectives[{i}].sources", o.sources) for i, o in enumerate(area.objectives)
            ]
            for i_index, item in enumerate(area.items):
                if item.id in seen_items:
                    raise ValueError(f"areas[{a_index}].items[{i_index}].id: duplicate item id {item.id!r}")
                seen_items.add(item.id)
                refs.append((f"items[{i_index}].sources", item.sources))
            if self.sources:
                for where, ids in refs:
                    for sid in ids:
                        if sid not in source_ids:
                            raise ValueError(f"areas[{a_index}].{where}: unknown source {sid!r}")
        return self

    def items(self) -> list[tuple[Area, Item]]:
        """Every item with its area, in checklist order."""
        return [(area, item) for area in self.areas for item in area.items]

    def item_index(self) -> dict[str, tuple[Area, Item]]:
        return {item.id: (area, item) for area, item in self.items()}

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


# --- the company and its answers ---------------------------------------------


class CompanyProfile(_Frozen):
    """What the company does in North America; decides which items apply."""

    company: UserName = ""
    roles: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    trade_volume: str | None = None

    @field_validator("roles")
    @classmethod
    def _roles(cls, v: list[str]) -> list[str]:
        return _check_vocabulary(v, ROLES, "role")

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        return _check_vocabulary(v, COUNTRIES, "country")

    @field_validator("sectors")
    @classmethod
    def _sectors(cls, v: list[str]) -> list[str]:
        return _check_vocabulary(v, SECTORS, "sector")

    @field_validator("trade_volume")
    @classmethod
    def _volume(cls, v: str | None) -> str | None:
        if v is not None and v not in TRADE_VOLUMES:
            raise ValueError(f"unknown trade volume {v!r}; allowed: {', '.join(TRADE_VOLUMES)}")
        return v


class ProfileBasis(_Frozen):
    """Why the company profile rules an item out: the dimension that does not match and what the item concerns.

    Stored as data (not a sentence) so every reader can put it in the user's language.
    """

    dimension: Literal["role", "country", "sector"]
    concerns: list[str] = Field(min_length=1)


class ReviewReason(StrEnum):
    """Why an answer carried to a new framework version needs a fresh look."""

    MAPPING = "mapping"  # the mapping entry's note says what changed (`route` and `item` name it)
    NOW_APPLIES = "now-applies"  # not applicable before; the new item applies to the profile
    MAY_NOT_APPLY = "may-not-apply"  # answered before; the profile rules the new item out (`basis`)
    TEXT = "text"  # a note written by a person (or kept from an older workspace)


class ReviewNote(_Frozen):
    """One reason an item needs review, as codes and ids; the app and the workbook render the words."""

    reason: ReviewReason
    route: str = ""  # the mapping, as `from@version__to@version` or `from__to`
    item: str = ""  # the old item id whose mapping entry holds the note
    basis: ProfileBasis | None = None
    text: str = Field(default="", max_length=20_000)


class Action(BaseModel):
    """A step that closes (part of) a gap, owned by someone, due by a date."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    uid: str = ""
    title: UserTitle
    owner: UserName = ""
    due: UserDate | None = None
    status: ActionStatus = ActionStatus.OPEN
    cost_estimate: float | None = Field(default=None, ge=0, le=MAX_COST, allow_inf_nan=False)
    notes: UserText = ""

    @property
    def is_open(self) -> bool:
        """Work still to do: every status but done (blocked work is open work)."""
        return self.status is not ActionStatus.DONE


class Response(BaseModel):
    """The company's answer to one item."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    item_id: Identifier
    level: Level | None = None
    not_applicable: bool = False
    na_reason: UserText | None = None  # the user's own words
    na_basis: ProfileBasis | None = None  # set when the company profile rules the item out
    gap: UserText = ""
    priority: Priority | None = None
    owner: UserName = ""
    due: UserDate | None = None
    evidence: list[UserText] = Field(default_factory=list, max_length=MAX_EVIDENCE)
    notes: UserText = ""
    needs_review: bool = False
    review_notes: list[ReviewNote] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    updated_at: dt.datetime | None = None

    @property
    def counts_as_not_applicable(self) -> bool:
        """Not applicable with a reason: the user's own words or the profile facts.

        Marking an item not applicable without saying why leaves it counted as
        an applicable item that is not assessed yet (readiness, coverage, open
        gaps and "next unanswered" all follow this), so a click cannot lift an
        area to ready.
        """
        return self.not_applicable and (bool(self.na_reason and self.na_reason.strip()) or self.na_basis is not None)

    @property
    def awaiting_na_reason(self) -> bool:
        """Marked not applicable, but no reason given yet."""
        return self.not_applicable and not self.counts_as_not_applicable

    @property
    def assessed(self) -> bool:
        if self.not_applicable:
            return self.counts_as_not_applicable
        return self.level is not None


class Assessment(BaseModel):
    """One company's readiness assessment against one framework version."""

    model_config = ConfigDict(extra="forbid")

    id: int
    uid: str  # stable across workspaces: carried by JSON documents and exported workbooks
    name: str
    framework_id: str
    framework_version: str
    profile: CompanyProfile
    kind: AssessmentKind = AssessmentKind.COMPLIANCE
    currency: CurrencyCode = DEFAULT_CURRENCY
    status: AssessmentStatus = AssessmentStatus.ACTIVE
    created_at: dt.datetime
    updated_at: dt.datetime
    migrated_from: int | None = None
    companion_of: int | None = None  # a watch assessment: the compliance assessment it runs beside
    revision: int = 0  # counts the writes to the assessment: a preview made at one revision applies only to it


# --- versions and mappings ---------------------------------------------------


class MappingEntry(_Frozen):
    """How one old item lives on in the new framework version."""

    old: Identifier
    new: list[Identifier] = Field(default_factory=list)
    kind: ChangeKind
    note: str = ""

    @model_validator(mode="after")
    def _targets_match_kind(self) -> MappingEntry:
        if self.kind is ChangeKind.REMOVED and self.new:
            raise ValueError(f"{self.old}: a removed item has no new items")
        if self.kind is not ChangeKind.REMOVED and not self.new:
            raise ValueError(f"{self.old}: kind {self.kind.value!r} needs at least one new item")
        if self.kind is ChangeKind.SPLIT and len(self.new) < 2:
            raise ValueError(f"{self.old}: a split needs two or more new items")
        if self.kind in CARRY_FOR_REVIEW and not self.note:
            raise ValueError(f"{self.old}: kind {self.kind.value!r} needs a note for the reviewer")
        return self


class Mapping(_Frozen):
    """The item-by-item map from one framework version to the next."""

    from_framework: Identifier = Field(alias="from")
    to_framework: Identifier = Field(alias="to")
    # A content update maps two versions of one framework; a move between frameworks may leave them out.
    from_version: str | None = None
    to_version: str | None = None
    title: str = ""
    entries: list[MappingEntry]

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def by_old(self) -> dict[str, MappingEntry]:
        return {e.old: e for e in self.entries}

    @property
    def route(self) -> str:
        """The mapping's stable name, as review notes refer to it."""
        source = f"{self.from_framework}@{self.from_version}" if self.from_version else self.from_framework
        target = f"{self.to_framework}@{self.to_version}" if self.to_version else self.to_framework
        return f"{source}__{target}"


def level_chosen(level: Level | None) -> dict[str, Any]:
    """The fields that choosing a level (or clearing it) sets: the level, and the item applies after all. The one
    rule the item editor and `readiness answer` follow; a not-applicable reason the user typed is kept."""
    return {"level": level, "not_applicable": False, "na_basis": None}


def is_identifier(value: str) -> bool:
    return bool(_ID_RE.match(value))
