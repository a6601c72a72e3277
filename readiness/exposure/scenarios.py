"""Scenarios: named sets of changes on top of today's rules and rates, for the what-if of a review outcome.

A scenario is data (a TOML file, see `scenario_files`), never code. It
changes, for the goods whose HTS code falls in the given ranges:
- `[[rvc]]`: RVC thresholds, and optionally which methods remain allowed;
  a rule without an RVC requirement gains this one (both then needed);
- `[[us_content]]`: a U.S.-content minimum (share of the good's value in
  materials of U.S. origin);
- `[[mfn]]`: the MFN rate, for lanes from the given origins to the given
  destinations (none given: every lane);
- `[[overlays]]`: an overlay duty, replacing one of the same program;
- `[preference_loss]`: the preference is lost on every lane into or out of
  the given parties (a withdrawal under Art. 34.6 leaves the agreement in
  force between the others);
- `de_minimis_percent`: another de minimis share.
Later entries win over earlier ones. `hypothesis = true` marks a what-if
(every shipped one except today's rules), with `basis` (why it is worth
modelling, in our words) and `sources` where one exists.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from readiness.codes import Identifier
from readiness.exposure.products import OverlayDuty
from readiness.exposure.vocabulary import (
    CountryCode,
    Frozen,
    HtsRange,
    Name,
    Party,
    Percent,
    PlainText,
    RvcMethod,
)

FORMAT_VERSION = 1
MAX_CHANGES = 500
Ranges = tuple[HtsRange, ...]


class SourceNote(Frozen):
    """A document a scenario relies on."""

    title: Name
    url: PlainText = ""
    published: dt.date | None = None
    kind: str = Field(default="secondary", pattern="^(primary|secondary|weak)$")


class RvcChange(Frozen):
    """New RVC thresholds (and optionally the only methods allowed) for goods in `hts`."""

    hts: Ranges = Field(min_length=1)
    transaction_value: Percent | None = Field(default=None, le=100)
    net_cost: Percent | None = Field(default=None, le=100)
    methods: tuple[RvcMethod, ...] | None = None
    note: PlainText = ""

    @model_validator(mode="after")
    def _meaningful(self) -> RvcChange:
        given = {RvcMethod.TRANSACTION_VALUE: self.transaction_value, RvcMethod.NET_COST: self.net_cost}
        if self.methods is not None:
            if not self.methods:
                raise ValueError("methods cannot be empty; leave it out to keep the rule's methods")
            for method in self.methods:
                if given[method] is None:
                    raise ValueError(f"method {method.value!r} is kept, so give its threshold too")
        elif self.transaction_value is None and self.net_cost is None:
            raise ValueError("give a transaction_value or net_cost threshold")
        return self


class UsContentChange(Frozen):
    """A minimum share (percent) of U.S.-origin materials in the good's value, for goods in `hts`."""

    hts: Ranges = Field(min_length=1)
    minimum: Percent = Field(le=100)
    note: PlainText = ""


class MfnChange(Frozen):
    """A new MFN rate for goods in `hts` on lanes from `origins` to `destinations` (empty: any)."""

    hts: Ranges = Field(min_length=1)
    origins: tuple[CountryCode, ...] = ()
    destinations: tuple[CountryCode, ...] = ()
    rate: Percent
    note: PlainText = ""


class OverlayChange(Frozen):
    """An overlay duty for goods in `hts` on lanes from `origins` to `destinations` (empty: any)."""

    hts: Ranges = Field(min_length=1)
    origins: tuple[CountryCode, ...] = ()
    destinations: tuple[CountryCode, ...] = ()
    overlay: OverlayDuty
    note: PlainText = ""


class PreferenceLoss(Frozen):
    """The agreement's preference lost on lanes into or out of `parties`, for goods in `hts` (empty: all)."""

    parties: tuple[Party, ...] = (Party.US, Party.CA, Party.MX)
    hts: Ranges = ()
    note: PlainText = ""


class Scenario(Frozen):
    """A named set of changes on top of today's rules."""

    format_version: int = Field(default=FORMAT_VERSION, ge=1, le=FORMAT_VERSION)
    id: Identifier
    title: Name
    description: PlainText = ""
    hypothesis: bool
    basis: PlainText = ""
    sources: tuple[SourceNote, ...] = ()
    current_to: dt.date | None = None
    rvc: tuple[RvcChange, ...] = Field(default=(), max_length=MAX_CHANGES)
    us_content: tuple[UsContentChange, ...] = Field(default=(), max_length=MAX_CHANGES)
    mfn: tuple[MfnChange, ...] = Field(default=(), max_length=MAX_CHANGES)
    overlays: tuple[OverlayChange, ...] = Field(default=(), max_length=MAX_CHANGES)
    preference_loss: PreferenceLoss | None = None
    de_minimis_percent: Percent | None = Field(default=None, le=100)

    @model_validator(mode="after")
    def _hypothesis_explained(self) -> Scenario:
        if self.hypothesis and not (self.basis or self.sources):
            raise ValueError("a hypothesis needs a basis or at least one source")
        return self

    @property
    def changes_nothing(self) -> bool:
        """True for today's rules: no change of any kind."""
        return not (
            self.rvc
            or self.us_content
            or self.mfn
            or self.overlays
            or self.preference_loss
            or self.de_minimis_percent is not None
        )


TODAY = Scenario(
    id="today",
    title="Today's rules",
    hypothesis=False,
    description="The agreement, rules and rates as recorded on each product, with no change.",
)
