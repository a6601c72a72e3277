"""The three-way merge of a returned plan: what the owner changed, against what the app changed since the export.

For every field an owner may edit (`layout.EDITABLE_KEYS`) of every row the
file was exported with, three values are compared: the exported value (the
hidden Metadata sheet), the file's value, and the store's value now.
- file = exported: the owner left it alone; nothing is proposed, whatever
  the app did since (a returned file never overwrites newer work);
- file = store: already so (a second import of the same file); nothing;
- store = exported: only the owner changed it; proposed as a change that
  expects the store's value, so it is refused if the app moves on meanwhile;
- all three differ: a conflict for the user to decide.
A row without an Action ID is a new action. Its action id is derived from
the export's id, the row's item, title and occurrence (the first 8 hex
digits) and a fingerprint of its values (the last 4): importing the same file
again finds the action the first import added and proposes nothing; a row
changed in the file after it was imported gives conflicts where the file and
the store differ (what it was imported with is known only as a fingerprint).
Every other difference is listed as not imported, with its reason. A cell
that cannot be read (a formula, a bad date, an ambiguous cost, formula text,
an unknown item) refuses the whole file, in one refusal naming every such
cell of every row, so the owner fixes them all in one round. A row holding a
formula is only checked cell by cell: what it means is in doubt until the
formula is replaced by its value.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from readiness.codes import ActionStatus
from readiness.errors import PlanImportError
from readiness.excel import layout, plan_cells
from readiness.excel.metadata import ExportedRow, digest
from readiness.excel.plan_cells import refuse
from readiness.excel.plan_preview import FieldChange, FieldConflict, NewAction, NotImported, Skip
from readiness.excel.plan_reader import ReturnedFile, ReturnedRow
from readiness.excel.plan_refusals import CellsRefused, all_refused
from readiness.excel.plan_target import Target
from readiness.frameworks import first_validation_problem
from readiness.model import Action, Response

EDITABLE = layout.EDITABLE_KEYS
TEXTS = ("title", "owner", "notes")
HEADERS = {c.key: c.header for c in layout.PLAN_COLUMNS}
CONTEXT_KEYS = ("area", "number", "item")


@dataclass
class MergeResult:
    """The four lists of a preview."""

    changes: list[FieldChange] = field(default_factory=list)
    new_actions: list[NewAction] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    not_imported: list[NotImported] = field(default_factory=list)


def new_row_uid(export_key: str, item_id: str, title: str, occurrence: int, fields: dict[str, Any]) -> str:
    """The action id a new row gets: the same for the same row of the same export, every time."""
    identity = hashlib.sha256(f"{export_key}\x1f{item_id}\x1f{title}\x1f{occurrence}".encode()).hexdigest()[:8]
    return identity + fingerprint(fields)


def fingerprint(fields: dict[str, Any]) -> str:
    values = "\x1f".join(plan_value_text(fields[key]) for key in EDITABLE)
    return hashlib.sha256(values.encode()).hexdigest()[:4]


def plan_value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 2))
    return str(value)


def _safe(read: Callable[[Any, str], str]) -> Callable[[Any, str], str]:
    """`read`, refusing formula text."""

    def checked(value: Any, where: str) -> str:
        result = read(value, where)
        plan_cells.refuse_formula_text(result, where)
        return result

    return checked


class PlanMerge:
    """Merges one returned file into the store's actions of the target assessment."""

    def __init__(self, returned: ReturnedFile, target: Target, responses: dict[str, Response]) -> None:
        self.file = returned
        self.meta = returned.metadata
        self.target = target
        self.actions = {a.uid: (item_id, a) for item_id, r in responses.items() for a in r.actions}
        self.by_prefix: dict[str, list[str]] = {}
        for uid in self.actions:
            self.by_prefix.setdefault(uid[:8], []).append(uid)
        meta = self.meta
        self.export_key = meta.get("export_id") or f"{meta.get('assessment_id')}:{meta.get('exported_at')}"
        self.currency = target.assessment.currency
        self.result = MergeResult()
        self.seen: dict[str, str] = {}
        self.occurrences: dict[tuple[str, str], int] = {}

    def where(self, key: str, row: ReturnedRow) -> str:
        return self.file.where(key, row.number)

    def run(self) -> MergeResult:
        refused: list[PlanImportError] = []
        for row in self.file.rows:
            if row.refused:  # a formula (`plan_reader`): name it with the row's other unreadable cells
                refused.extend(self._ordered(self._read(row, new=not row.values.get("uid"))[1]))
                continue
            try:
                uid = plan_cells.text(row.values.get("uid"), self.where("uid", row))
                if uid:
                    self._existing(row, uid)
                else:
                    self._new(row)
            except CellsRefused as cells:
                refused.extend(cells.problems)
            except PlanImportError as problem:
                refused.append(problem)
        if refused:  # every cell that cannot be used, so the owner fixes them all in one go
            raise refused[0] if len(refused) == 1 else all_refused(refused)
        for uid, exported in self.meta.rows.items():
            if uid not in self.seen and uid in self.actions:
                self._skip(Skip.ROW_DELETED, layout.PLAN, exported.item_id, self.actions[uid][1].title, uid=uid)
        return self.result

    # --- rows the file was exported with ---------------------------------------------------

    def _existing(self, row: ReturnedRow, uid: str) -> None:
        uid_where = self.where("uid", row)
        if uid in self.seen:
            raise refuse(f"action id {uid!r} appears twice (also at {self.seen[uid]})", uid_where, code="duplicate-id")
        self.seen[uid] = uid_where
        file_item = plan_cells.text(row.values.get("item_id"), self.where("item_id", row))
        title_shown = plan_cells.text(row.values.get("title"), self.where("title", row))
        exported = self.meta.rows.get(uid)
        stored = self.actions.get(uid)
        if exported is None and self.meta.has_exported_values:
            reason = Skip.NOT_EXPORTED if stored is not None else Skip.NOT_IN_PLAN
            self._skip(reason, uid_where, file_item, title_shown, uid=uid)
            return
        fields = self._fields(row, new=False)
        if stored is None:
            if exported is None:
                self._skip(Skip.NOT_IN_PLAN, uid_where, file_item, title_shown, uid=uid)
            elif any(not plan_cells.same(f, fields[f], exported.fields[f]) for f in EDITABLE):
                self._removed(row, exported, uid)
            return
        item_id, action = stored
        self._read_only(row, exported, file_item, item_id, action, uid)
        who = fields["owner"] or action.owner or "(no owner)"
        problems: list[PlanImportError] = []
        for name in EDITABLE:
            try:
                self._merge_field(row, name, fields[name], uid, item_id, action, exported, who)
            except PlanImportError as problem:  # a value the store would refuse: named with the row's others
                problems.append(problem)
        if problems:
            raise CellsRefused(problems)

    def _merge_field(
        self,
        row: ReturnedRow,
        name: str,
        new: Any,
        uid: str,
        item_id: str,
        action: Action,
        exported: ExportedRow | None,
        who: str,
    ) -> None:
        """One editable field of an exported row, three ways (see the module docstring)."""
        now = getattr(action, name)
        if exported is None:  # a file of format 1: what it was exported with is unknown
            if not plan_cells.same(name, new, now):
                self._conflict(row, name, uid, item_id, action, None, new, now, who, known=False)
            return
        old = exported.fields[name]
        if plan_cells.same(name, new, old) or plan_cells.same(name, new, now):
            return
        if plan_cells.same(name, now, old):
            self._check_value(row, name, new, action)
            self.result.changes.append(
                FieldChange(uid, item_id, action.title, name, now, new, self.where(name, row), who)
            )
        else:
            self._conflict(row, name, uid, item_id, action, old, new, now, who, known=True)

    def _removed(self, row: ReturnedRow, exported: ExportedRow, uid: str) -> None:
        title = exported.fields["title"]
        mapped = self.target.items_for(exported.item_id)
        if self.target.moved and mapped == []:
            self._skip(
                Skip.ITEM_REMOVED,
                self.where("uid", row),
                exported.item_id,
                title,
                uid=uid,
                framework=self._target_name(),
            )
        else:
            self._skip(Skip.REMOVED_IN_WORKSPACE, self.where("uid", row), exported.item_id, title, uid=uid)

    def _read_only(
        self, row: ReturnedRow, exported: ExportedRow | None, file_item: str, item_id: str, action: Action, uid: str
    ) -> None:
        """List every read-only column the owner rewrote; the row's editable fields still merge."""
        expected_item = exported.item_id if exported is not None else item_id
        if file_item != expected_item:
            self._skip(
                Skip.READ_ONLY,
                self.where("item_id", row),
                item_id,
                action.title,
                uid=uid,
                detail=file_item,
                column=HEADERS["item_id"],
            )
        if exported is None:
            return
        if "priority" in self.file.columns:
            priority = plan_cells.text(row.values.get("priority"), self.where("priority", row)).casefold()
            if priority != exported.priority:
                self._skip(
                    Skip.READ_ONLY,
                    self.where("priority", row),
                    item_id,
                    action.title,
                    uid=uid,
                    detail=priority.capitalize(),
                    column=HEADERS["priority"],
                )
        digests = exported.context.split(".")
        for key, expected in zip(CONTEXT_KEYS, digests, strict=False):
            if key not in self.file.columns:
                continue
            found = plan_cells.text(row.values.get(key), self.where(key, row))
            if digest(found) != expected:
                self._skip(
                    Skip.READ_ONLY,
                    self.where(key, row),
                    item_id,
                    action.title,
                    uid=uid,
                    detail=found,
                    column=HEADERS[key],
                )

    # --- rows added by an owner ----------------------------------------------------------

    def _new(self, row: ReturnedRow) -> None:
        """A row without an Action ID; every cell of it that cannot be used is refused at once."""
        item_where = self.where("item_id", row)
        file_item = plan_cells.text(row.values.get("item_id"), item_where)
        mapped = self.target.items_for(file_item) if file_item else None
        fields, problems = self._read(row, new=True)
        title = fields.get("title", "")
        if file_item and mapped == []:
            self._skip(Skip.ITEM_REMOVED, item_where, file_item, title, framework=self._target_name())
            return
        if not file_item:
            problems.append(
                (
                    "item_id",
                    refuse("a new action needs the Item ID of the item it belongs to", item_where, "missing-id"),
                )
            )
        elif mapped is None:
            problems.append(
                ("item_id", refuse(f"item id {file_item!r} is not in this assessment", item_where, "unknown-id"))
            )
        if "title" in fields and not title:
            where = self.where("title", row)
            problems.append(
                ("title", refuse("a new action needs a description in the Action column", where, "missing-title"))
            )
        if problems:
            raise CellsRefused(self._ordered(problems))
        assert mapped  # an item id that maps, as checked above
        item_id = mapped[0]
        occurrence = self.occurrences.get((file_item, title), 0)
        self.occurrences[(file_item, title)] = occurrence + 1
        uid = new_row_uid(self.export_key, file_item, title, occurrence, fields)
        earlier = [u for u in self.by_prefix.get(uid[:8], []) if self.actions[u][0] == item_id]
        if uid in self.actions or (earlier and uid[8:] == earlier[0][8:]):
            return  # imported before, and the row is as it was then
        if earlier:
            self._recognised(row, earlier[0], fields)
            return
        try:
            action = Action(uid=uid, **fields)
        except ValidationError as exc:
            location, message = first_validation_problem(exc)
            raise refuse(
                f"{location}: {message}", self.where(location if location in HEADERS else "title", row)
            ) from None
        self.result.new_actions.append(
            NewAction(
                item_id,
                action,
                self.where("title", row),
                action.owner or "(no owner)",
                file_item if item_id != file_item else "",
            )
        )

    def _recognised(self, row: ReturnedRow, uid: str, fields: dict[str, Any]) -> None:
        """A new row an earlier import added, changed in the file since: where file and store differ, the user
        decides (what the first import wrote is known only by its fingerprint)."""
        item_id, action = self.actions[uid]
        who = fields["owner"] or action.owner or "(no owner)"
        for name in EDITABLE:
            if not plan_cells.same(name, fields[name], getattr(action, name)):
                self._conflict(
                    row, name, uid, item_id, action, None, fields[name], getattr(action, name), who, known=False
                )

    # --- helpers -------------------------------------------------------------------------

    def _fields(self, row: ReturnedRow, *, new: bool) -> dict[str, Any]:
        """The row's editable cells as values; every cell that cannot be read is refused, not just the first."""
        fields, problems = self._read(row, new=new)
        if problems:
            raise CellsRefused(self._ordered(problems))
        return fields

    def _read(self, row: ReturnedRow, *, new: bool) -> tuple[dict[str, Any], list[tuple[str, PlanImportError]]]:
        """The editable cells that can be read, as values, and every cell of the row that cannot, by column key
        (those the reader refused included). A new row's texts may not be formula text; an exported row's are
        checked only where they changed (`_check_value`)."""
        readers: dict[str, Callable[[Any, str], Any]] = {
            "title": plan_cells.safe_text if new else plan_cells.text,
            "owner": _safe(plan_cells.name) if new else plan_cells.name,
            "due": plan_cells.due_date,
            "status": lambda value, where: plan_cells.status(value, where, default=ActionStatus.OPEN if new else None),
            "cost_estimate": lambda value, where: plan_cells.cost(value, where, currency=self.currency),
            "notes": plan_cells.safe_text if new else plan_cells.text,
        }
        fields: dict[str, Any] = {}
        problems = [(key, problem) for key, problem in row.refused.items() if key not in readers]
        for key, read in readers.items():
            if key in row.refused:
                problems.append((key, row.refused[key]))
                continue
            try:
                fields[key] = read(row.values.get(key), self.where(key, row))
            except PlanImportError as problem:
                problems.append((key, problem))
        return fields, problems

    def _ordered(self, problems: list[tuple[str, PlanImportError]]) -> list[PlanImportError]:
        """A row's refused cells from left to right, as the owner finds them."""
        return [problem for _, problem in sorted(problems, key=lambda found: self.file.columns.get(found[0], 0))]

    def _check_value(self, row: ReturnedRow, name: str, value: Any, action: Action) -> None:
        """A value the owner typed must be one the store accepts; refused with its cell otherwise."""
        where = self.where(name, row)
        if name in TEXTS:
            plan_cells.refuse_formula_text(value, where)
        if name == "title" and not value:
            raise refuse("an action needs a description in the Action column", where, code="missing-title")

    def _conflict(
        self,
        row: ReturnedRow,
        name: str,
        uid: str,
        item_id: str,
        action: Action,
        exported: Any,
        new: Any,
        now: Any,
        who: str,
        *,
        known: bool,
    ) -> None:
        self._check_value(row, name, new, action)
        self.result.conflicts.append(
            FieldConflict(uid, item_id, action.title, name, exported, new, now, self.where(name, row), who, known)
        )

    def _skip(
        self, reason: Skip, where: str, item_id: str, title: str, *, uid: str = "", detail: str = "", **params: str
    ) -> None:
        self.result.not_imported.append(NotImported(reason, where, item_id, title, uid, detail, dict(params)))

    def _target_name(self) -> str:
        fw = self.target.framework
        return f"{fw.title} (version {fw.version})"
