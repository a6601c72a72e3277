"""The closed vocabularies of Trade Readiness: roles, countries, sectors, levels, priorities, statuses, change
kinds, the field lists of an answer and an action, and the checked types every model builds on.

Codes, not sentences: the words for them live in `readiness.wording` and the app's labels.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum, StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from readiness.limits import MAX_NAME, MAX_TEXT, clean_line, clean_text, date_in_range

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


def check_vocabulary(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(map(repr, unknown))}; allowed: {', '.join(allowed)}")
    if len(set(values)) != len(values):
        raise ValueError(f"{what} listed twice")
    return values


class FrozenModel(BaseModel):
    """A value that never changes once read: pack content, a profile, a review note."""

    model_config = ConfigDict(frozen=True, extra="forbid")
