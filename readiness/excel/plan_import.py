"""Read back an action plan that item owners edited, preview every change, apply it in one step, undo it.

`read_returned_plan` changes nothing: it checks the archive (`zipguard`),
opens the workbook read-only (openpyxl parses through defusedxml), checks it
is a plan of this very assessment (the hidden Metadata sheet), and reads the
Action Plan rows by their stable ids. The first problem (unknown or
duplicated id, bad date or status, a formula, formula text, a wrong or
foreign workbook) raises `PlanImportError` naming the sheet and cell.
`apply_plan` applies a preview through the operations layer in one
transaction, refusing if the store moved on since the preview
(`readiness.operations.revert_plan` takes it back the same way).
Fields read back: status, owner, due, cost and notes of existing actions;
new rows (no Action ID, an Item ID and an Action) become new actions.
Actions missing from the file are left alone (an owner's slice is partial).
"""

from __future__ import annotations

import io
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from readiness import operations
from readiness.errors import PlanImportError
from readiness.excel import layout, plan_cells
from readiness.excel.plan_cells import refuse
from readiness.excel.zipguard import check_archive, unreadable
from readiness.frameworks import first_validation_problem
from readiness.model import Action, ActionStatus
from readiness.operations import ActionUpdate, PlanApplied
from readiness.store.workspace import Workspace

MAX_ROWS = 100_000
BLANK_ROWS_END = 1_000  # this many empty rows in a row end the plan
MAX_SECONDS = 120.0


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
    """A new row: an action to add to an item."""

    item_id: str
    action: Action
    where: str
    who: str


@dataclass(frozen=True)
class PlanPreview:
    """Everything a returned plan would change, for the user to confirm."""

    assessment_id: int
    assessment_name: str
    path: Path
    rows: int
    changes: tuple[FieldChange, ...] = ()
    new_actions: tuple[NewAction, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.changes and not self.new_actions


def read_returned_plan(workspace: Workspace, assessment_id: int, path: Path) -> PlanPreview:
    """Read a returned plan and list its changes; see the module docstring. Changes nothing."""
    path = Path(path)
    assessment, framework, responses = workspace.load(assessment_id)
    content = check_archive(path)
    started = time.monotonic()
    actions = {a.uid: (item_id, a) for item_id, r in responses.items() for a in r.actions}
    reader = _PlanReader(actions=actions, items=set(responses), started=started)
    with warnings.catch_warnings():  # openpyxl warns about extensions other clients add; they do not matter here
        warnings.simplefilter("ignore")
        _read_workbook(
            path,
            content,
            reader,
            assessment_id=assessment.id,
            name=assessment.name,
            framework=(framework.id, framework.version),
        )
    return PlanPreview(
        assessment_id=assessment.id,
        assessment_name=assessment.name,
        path=path,
        rows=reader.rows,
        changes=tuple(reader.changes),
        new_actions=tuple(reader.new_actions),
    )


def _read_workbook(
    path: Path, content: bytes, reader: _PlanReader, *, assessment_id: int, name: str, framework: tuple[str, str]
) -> None:
    book = None
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=False, keep_links=False)
        _check_metadata(book, assessment_id=assessment_id, name=name, framework=framework)
        if layout.PLAN not in book.sheetnames:
            raise refuse(f"the workbook has no '{layout.PLAN}' sheet", path.name, code="not-ours")
        reader.read(book[layout.PLAN])
    except PlanImportError:
        raise
    except Exception as exc:  # a hostile file can fail in many ways inside openpyxl; none may escape raw
        raise unreadable(exc, path) from None
    finally:
        if book is not None:
            book.close()


def _check_metadata(book: Any, *, assessment_id: int, name: str, framework: tuple[str, str]) -> None:
    if layout.META not in book.sheetnames:
        raise refuse(
            "this workbook is not a Trade Readiness action plan (no metadata sheet)", "workbook", code="not-ours"
        )
    values: dict[str, tuple[str, str]] = {}
    for row_number, row in enumerate(book[layout.META].iter_rows(min_row=1, max_row=40, max_col=2), 1):
        key_cell, value_cell = (*row, None, None)[:2]
        key = getattr(key_cell, "value", None)
        if isinstance(key, str):
            value = getattr(value_cell, "value", None)
            values[key] = ("" if value is None else str(value), f"{layout.META}!B{row_number}")
    fmt, where = values.get("format", ("", f"{layout.META}!B1"))
    if fmt != layout.FORMAT_NAME:
        raise refuse("this workbook is not a Trade Readiness action plan", where, code="not-ours")
    version, where = values.get("format_version", ("", f"{layout.META}!B2"))
    if not version.isdigit() or int(version) > layout.FORMAT_VERSION:
        raise refuse(
            f"plan format {version!r} is newer than this app understands; update the app", where, code="newer-format"
        )
    found_name, _ = values.get("assessment_name", ("", ""))
    found_id, where = values.get("assessment_id", ("", f"{layout.META}!B3"))
    if found_id != str(assessment_id) or found_name != name:
        raise refuse(
            f"this plan was exported from assessment {found_name!r}, not {name!r}", where, code="other-assessment"
        )
    found_fw = (values.get("framework_id", ("", ""))[0], values.get("framework_version", ("", ""))[0])
    if found_fw != framework:
        where = values.get("framework_id", ("", f"{layout.META}!B5"))[1]
        raise refuse(
            f"this plan uses framework {' '.join(found_fw)}, the assessment {' '.join(framework)}",
            where,
            code="other-assessment",
        )


class _PlanReader:
    """Walks the Action Plan rows and collects changes, refusing at the first bad cell."""

    def __init__(self, *, actions: dict[str, tuple[str, Action]], items: set[str], started: float) -> None:
        self.actions = actions
        self.items = items
        self.started = started
        self.rows = 0
        self.changes: list[FieldChange] = []
        self.new_actions: list[NewAction] = []
        self.seen: dict[str, str] = {}
        self.columns: dict[str, int] = {}

    def where(self, key: str, row: int) -> str:
        return f"{layout.PLAN}!{get_column_letter(self.columns[key] + 1)}{row}"

    def read(self, sheet: Any) -> None:
        rows = sheet.iter_rows(min_row=1, max_col=len(layout.PLAN_COLUMNS) + 5)
        header_row = self._find_header(rows)
        blanks = 0
        for number, cells in enumerate(rows, header_row + 1):
            if number - header_row > MAX_ROWS:
                raise refuse(f"the plan has more than {MAX_ROWS:,} rows", f"{layout.PLAN}!A{number}", code="too-large")
            if number % 500 == 0 and time.monotonic() - self.started > MAX_SECONDS:
                raise refuse("reading the plan took too long; refusing it", f"{layout.PLAN}!A{number}", code="too-slow")
            row = {key: cells[index] if index < len(cells) else None for key, index in self.columns.items()}
            values = {key: getattr(cell, "value", None) for key, cell in row.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
                blanks += 1
                if blanks >= BLANK_ROWS_END:
                    break
                continue
            blanks = 0
            for key, cell in row.items():
                if plan_cells.is_formula(cell):
                    raise refuse(
                        "a formula; type the value itself (formulas are never imported)",
                        self.where(key, number),
                        code="formula",
                    )
            self.rows += 1
            self._row(number, values)

    def _find_header(self, rows: Iterator[Any]) -> int:
        wanted = {c.header: c.key for c in layout.PLAN_COLUMNS}
        for number in range(1, 11):
            cells = next(rows, None)
            if cells is None:
                break
            found = {}
            for index, cell in enumerate(cells):
                value = getattr(cell, "value", None)
                if isinstance(value, str) and value.strip() in wanted:
                    found[wanted[value.strip()]] = index
            if {"uid", "item_id", "title", *layout.EDITABLE_KEYS} <= set(found):
                self.columns = found
                return number
        raise refuse(
            "the Action Plan header row (with Item ID and Action ID) is missing or was changed",
            f"{layout.PLAN}!A{layout.PLAN_HEADER_ROW}",
            code="not-ours",
        )

    def _row(self, number: int, values: dict[str, Any]) -> None:
        uid = plan_cells.text(values.get("uid"), self.where("uid", number))
        item_id = plan_cells.text(values.get("item_id"), self.where("item_id", number))
        if not uid:
            self._new(number, item_id, values)
            return
        uid_where = self.where("uid", number)
        if uid in self.seen:
            raise refuse(f"action id {uid!r} appears twice (also at {self.seen[uid]})", uid_where, code="duplicate-id")
        self.seen[uid] = uid_where
        if uid not in self.actions:
            raise refuse(f"action id {uid!r} is not in this assessment", uid_where, code="unknown-id")
        stored_item, action = self.actions[uid]
        if item_id != stored_item:
            raise refuse(
                f"the Item ID of action {uid!r} was changed (it is {stored_item!r})",
                self.where("item_id", number),
                code="id-changed",
            )
        new = self._fields(number, values, default_status=None)
        who = (new["owner"] if new["owner"] is not None else action.owner) or "(no owner)"
        for key in layout.EDITABLE_KEYS:
            old = getattr(action, key)
            if not plan_cells.same(key, old, new[key]):
                if isinstance(new[key], str):
                    plan_cells.safe_text(new[key], self.where(key, number))
                self.changes.append(
                    FieldChange(uid, stored_item, action.title, key, old, new[key], self.where(key, number), who)
                )

    def _fields(self, number: int, values: dict[str, Any], *, default_status: ActionStatus | None) -> dict[str, Any]:
        return {
            "owner": plan_cells.text(values.get("owner"), self.where("owner", number)),
            "due": plan_cells.due_date(values.get("due"), self.where("due", number)),
            "status": plan_cells.status(values.get("status"), self.where("status", number), default=default_status),
            "cost_estimate": plan_cells.cost(values.get("cost_estimate"), self.where("cost_estimate", number)),
            "notes": plan_cells.text(values.get("notes"), self.where("notes", number)),
        }

    def _new(self, number: int, item_id: str, values: dict[str, Any]) -> None:
        if not item_id:
            raise refuse(
                "a new action needs the Item ID of the item it belongs to",
                self.where("item_id", number),
                code="missing-id",
            )
        if item_id not in self.items:
            raise refuse(
                f"item id {item_id!r} is not in this assessment", self.where("item_id", number), code="unknown-id"
            )
        title = plan_cells.safe_text(values.get("title"), self.where("title", number))
        if not title:
            raise refuse(
                "a new action needs a description in the Action column",
                self.where("title", number),
                code="missing-title",
            )
        fields = self._fields(number, values, default_status=ActionStatus.OPEN)
        for key in ("owner", "notes"):
            plan_cells.safe_text(fields[key], self.where(key, number))
        try:
            action = Action(title=title, **fields)
        except ValidationError as exc:
            location, message = first_validation_problem(exc)
            raise refuse(f"{location}: {message}", f"{layout.PLAN}!A{number}") from None
        self.new_actions.append(NewAction(item_id, action, self.where("title", number), action.owner or "(no owner)"))


def apply_plan(workspace: Workspace, preview: PlanPreview) -> PlanApplied:
    """Apply a preview in one transaction; refused (changing nothing) if a field moved on since the preview."""
    by_uid: dict[str, dict[str, Any]] = {}
    olds: dict[str, dict[str, Any]] = {}
    for change in preview.changes:
        by_uid.setdefault(change.uid, {})[change.field] = change.new
        olds.setdefault(change.uid, {})[change.field] = change.old
    return operations.apply_plan(
        workspace,
        preview.assessment_id,
        updates=[ActionUpdate(uid, changes, olds[uid]) for uid, changes in by_uid.items()],
        additions=[(new.item_id, new.action) for new in preview.new_actions],
    )
