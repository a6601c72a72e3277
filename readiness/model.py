"""The company and its answers, as validated pydantic models: the profile, each item's response with its
actions, and the assessment that holds them.

Everything that crosses a boundary (a portable assessment document, a row
read from the store) becomes one of these models, so the rest of the code
works with typed, checked values. Responses and actions are plain values that
the store copies on change. The vocabularies they use are in `readiness.codes`;
framework content and mappings in `readiness.content_model`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from readiness.codes import (
    COUNTRIES,
    DEFAULT_CURRENCY,
    ROLES,
    SECTORS,
    TRADE_VOLUMES,
    ActionStatus,
    AssessmentKind,
    AssessmentStatus,
    CurrencyCode,
    FrozenModel,
    Identifier,
    Level,
    Priority,
    UserDate,
    UserName,
    UserText,
    UserTitle,
    check_vocabulary,
)
from readiness.limits import MAX_COST, MAX_EVIDENCE

# --- the company and its answers ---------------------------------------------


class CompanyProfile(FrozenModel):
    """What the company does in North America; decides which items apply."""

    company: UserName = ""
    roles: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    trade_volume: str | None = None

    @field_validator("roles")
    @classmethod
    def _roles(cls, v: list[str]) -> list[str]:
        return check_vocabulary(v, ROLES, "role")

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        return check_vocabulary(v, COUNTRIES, "country")

    @field_validator("sectors")
    @classmethod
    def _sectors(cls, v: list[str]) -> list[str]:
        return check_vocabulary(v, SECTORS, "sector")

    @field_validator("trade_volume")
    @classmethod
    def _volume(cls, v: str | None) -> str | None:
        if v is not None and v not in TRADE_VOLUMES:
            raise ValueError(f"unknown trade volume {v!r}; allowed: {', '.join(TRADE_VOLUMES)}")
        return v


class ProfileBasis(FrozenModel):
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


class ReviewNote(FrozenModel):
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


def level_chosen(level: Level | None) -> dict[str, Any]:
    """The fields that choosing a level (or clearing it) sets: the level, and the item applies after all. The one
    rule the item editor and `readiness answer` follow; a not-applicable reason the user typed is kept."""
    return {"level": level, "not_applicable": False, "na_basis": None}
