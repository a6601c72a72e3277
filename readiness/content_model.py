"""Framework content as validated, frozen models: a pack's sources, areas, objectives and items, and the
mapping that carries answers from one version of a pack to the next.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import ConfigDict, Field, field_validator, model_validator

from readiness.codes import (
    CARRY_FOR_REVIEW,
    COUNTRIES,
    ROLES,
    SECTORS,
    AssessmentKind,
    ChangeKind,
    FrozenModel,
    Identifier,
    Text,
    check_vocabulary,
)

# --- framework content -------------------------------------------------------


class Source(FrozenModel):
    """A document the content relies on."""

    id: Identifier
    title: Text
    url: str | None = None
    kind: str = Field(default="secondary", pattern="^(primary|secondary|weak)$")


class Applicability(FrozenModel):
    """Which companies an item concerns. An empty list means "all"."""

    roles: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)

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


class Objective(FrozenModel):
    """A key point of an area, in our own words: a negotiating objective, or a rule in force and what it means."""

    id: Identifier
    text: Text
    sources: list[str] = Field(default_factory=list)
    confirmed: bool = True


class Item(FrozenModel):
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


class Area(FrozenModel):
    """An objective area: its summary, objectives and readiness items, in order."""

    id: Identifier
    title: Text
    summary: str = ""
    sources: list[str] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)


class Framework(FrozenModel):
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


# --- versions and mappings ---------------------------------------------------


class MappingEntry(FrozenModel):
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


class Mapping(FrozenModel):
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
