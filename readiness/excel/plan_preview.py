"""What a returned plan would do, as plain values: the preview the user confirms before anything is written.

Four lists, so that nothing in the file goes unmentioned:
- `changes`: fields the owner changed and the store still holds as exported;
- `new_actions`: rows added below the table;
- `conflicts`: fields changed both in the file and in the app since the
  export (each shows the exported, the file's and the workspace's value; the
  user picks one, nothing is applied while one is undecided);
- `not_imported`: every other difference, with its reason as a code
  (`NOT_IMPORTED_REASONS` has the English words; the app translates codes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from readiness.model import Action


@dataclass(frozen=True)
class FieldChange:
    """One field of one action, as it is in the store and as the returned file has it."""

    uid: str
    item_id: str
    title: str
    field: str
    old: Any
    new: Any
    where: str
    who: str


@dataclass(frozen=True)
class NewAction:
    """A new row: an action to add to an item (with the action id it gets: the same on every import)."""

    item_id: str
    action: Action
    where: str
    who: str
    file_item_id: str = ""  # the Item ID as typed, when the item has a new id since the export


class Choice(StrEnum):
    """Which value a conflict keeps."""

    FILE = "file"
    WORKSPACE = "workspace"


@dataclass(frozen=True)
class FieldConflict:
    """A field the owner changed in the file while the app changed it too since the export.

    `exported` is None when the file does not say what it was exported with
    (a file of an older version, or a row added by an earlier import of it).
    """

    uid: str
    item_id: str
    title: str
    field: str
    exported: Any
    file: Any
    workspace: Any
    where: str
    who: str
    exported_known: bool = True

    @property
    def key(self) -> tuple[str, str]:
        return (self.uid, self.field)


class Skip(StrEnum):
    """Why a difference in the file is not imported."""

    READ_ONLY = "read-only"  # a column owners may not change (Priority, Area, No., Item, Item ID)
    ROW_DELETED = "row-deleted"  # an exported row is missing from the file
    NOT_IN_PLAN = "not-in-plan"  # an Action ID this assessment does not know (copied from another plan?)
    NOT_EXPORTED = "not-exported"  # an action of the assessment that this file was not exported with
    REMOVED_IN_WORKSPACE = "removed-in-workspace"  # the action was removed in the app since the export
    ITEM_REMOVED = "item-removed"  # the item is gone in the framework version the assessment moved to


NOT_IMPORTED_REASONS = {
    Skip.READ_ONLY: "the {column} column belongs to the trade compliance manager; change it in the app",
    Skip.ROW_DELETED: "the row was deleted from the file; the action stays (remove it in the app if it is done with)",
    Skip.NOT_IN_PLAN: "no action of this assessment has this Action ID (a row copied from another plan?)",
    Skip.NOT_EXPORTED: "this file was not exported with this action (a row copied from another copy of the plan?)",
    Skip.REMOVED_IN_WORKSPACE: "the action was removed in the app after the export",
    Skip.ITEM_REMOVED: "the item is no longer in {framework}",
}


@dataclass(frozen=True)
class NotImported:
    """A difference in the file that is not imported, and why (`reason`: a `Skip` code)."""

    reason: Skip
    where: str
    item_id: str
    title: str
    uid: str = ""
    detail: str = ""  # what the file has, as typed (for a read-only column: its new text)
    params: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> str:
        """The reason in English, for the command line."""
        return NOT_IMPORTED_REASONS[self.reason].format(**self.params)


@dataclass(frozen=True)
class PlanPreview:
    """Everything a returned plan would change, for the user to confirm."""

    assessment_id: int
    assessment_name: str
    path: Path
    rows: int
    changes: tuple[FieldChange, ...] = ()
    new_actions: tuple[NewAction, ...] = ()
    conflicts: tuple[FieldConflict, ...] = ()
    not_imported: tuple[NotImported, ...] = ()
    exported_from: str = ""  # the assessment the file was exported from, when it is another (moved since)
    route: str = ""  # how its items map to this one ("nafta-2017 2017.3 -> usmca-2020 2026.12")

    @property
    def empty(self) -> bool:
        """Nothing to apply or decide (there may still be differences that are not imported)."""
        return not self.changes and not self.new_actions and not self.conflicts

    @property
    def silent(self) -> bool:
        """Nothing at all to show: the file says what the workspace says, or only what it already had."""
        return self.empty and not self.not_imported
