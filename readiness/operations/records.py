"""What an operation changed, as a value: the views refresh from it instead of being told to.

Every operation returns a `Change` (or a subclass carrying what the caller
needs to undo it). The desktop app turns one into Qt signals in one place; the
command line prints from it. Like Anki's `OpChanges`, a record says which
kinds of data moved, so a view that shows none of them has nothing to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness.model import Action, Assessment, Response

if TYPE_CHECKING:
    from readiness.exposure.products import Product


@dataclass(frozen=True, kw_only=True)
class Change:
    """What one operation wrote, in one transaction."""

    operation: str  # a code: "edit-responses", "add-action", ...
    assessment_id: int | None = None
    item_ids: tuple[str, ...] = ()  # responses (or their actions) that were rewritten
    assessment: bool = False  # the assessment's own record (name, profile, status, currency)
    assessments: bool = False  # the list of assessments (one added, removed or renamed)
    snapshots: bool = False
    frameworks: bool = False
    products: bool = False  # the assessment's product register or its links to items
    part_numbers: tuple[str, ...] = ()  # the products rewritten, added or removed (empty with `products`: any)
    scenarios: bool = False  # the user's own scenarios (workspace-wide)

    @property
    def empty(self) -> bool:
        """True when nothing was written (every value was already as asked)."""
        return not (
            self.item_ids
            or self.assessment
            or self.assessments
            or self.snapshots
            or self.frameworks
            or self.products
            or self.scenarios
        )


@dataclass(frozen=True, kw_only=True)
class ResponsesEdited(Change):
    """Fields of some responses: the values before and after, per item, for undo."""

    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    after: dict[str, dict[str, Any]] = field(default_factory=dict)
    responses: tuple[Response, ...] = ()  # as stored now


@dataclass(frozen=True, kw_only=True)
class ActionAdded(Change):
    """An action added to an item; `action` carries its new uid."""

    item_id: str
    position: int
    action: Action


@dataclass(frozen=True, kw_only=True)
class ActionEdited(Change):
    """Fields of one action before and after."""

    item_id: str
    uid: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class ActionRemoved(Change):
    """An action taken out, with what puts it back in its place."""

    item_id: str
    position: int
    action: Action


@dataclass(frozen=True, kw_only=True)
class AssessmentWritten(Change):
    """An assessment created, renamed, re-profiled, archived or otherwise rewritten; as stored now."""

    record: Assessment
    before: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class AssessmentDeleted(Change):
    """An assessment removed; the backup taken just before holds it."""

    name: str
    backup: Path


@dataclass(frozen=True, kw_only=True)
class SnapshotTaken(Change):
    """A snapshot stored under a label."""

    snapshot_id: int
    label: str


@dataclass(frozen=True, kw_only=True)
class FrameworkWritten(Change):
    """A framework pack installed or removed."""

    framework_id: str
    version: str
    installed: bool


@dataclass(frozen=True, kw_only=True)
class RegisterWritten(Change):
    """Products of a register put in place (an import, or its undo): each named part as it was and as it is now.

    `before` and `after` map every part number the operation touched to the product (None: not in the
    register), so `restore_products(after -> before)` takes it back exactly.
    """

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    before: dict[str, Product | None] = field(default_factory=dict)
    after: dict[str, Product | None] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class ProductEdited(Change):
    """Fields of one product (or of one line of its bill of materials) before and after, and it as stored now."""

    part_number: str
    bom_line: int | None = None  # the line's position (from 0) when a bill-of-materials line was edited
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    product: Product


@dataclass(frozen=True, kw_only=True)
class ProductsLinked(Change):
    """Products linked to (or unlinked from) one readiness item; only those whose link changed are named."""

    item_id: str
    linked: bool
    changed: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ScenarioWritten(Change):
    """A user's scenario added or removed, with its file text (what puts it back)."""

    scenario_id: str
    added: bool
    source: str
