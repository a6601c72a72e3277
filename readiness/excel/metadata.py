"""The hidden Metadata sheet: which assessment a plan belongs to, and what each of its rows held when exported.

Format (version 2), column A a key and column B its value, every value text:
`format`, `format_version`, `assessment_uid` (stable across workspaces and
what the import identifies the assessment by), `assessment_id` and
`assessment_name` (for people), `framework_id` and `framework_version`,
`currency`, `export_id` (a fresh uuid per export: new rows of one returned
file get the same action ids however often it is imported), `exported_at`,
`owner_filter`, `open_only`, `actions`, `generated_by`. Then a line whose
column A is `row_key`, heading one line per exported Action Plan row: the
action id (the row key: it sits in the row itself, so sorting and filtering
the sheet do not lose it), then the exported value of every field an owner
may edit (`layout.EXPORTED_KEYS`: dates as YYYY-MM-DD, costs as Python float
text that reads back exactly), the item's priority, and a digest of each
read-only text column (Area, No., Item), so a rewritten cell there is seen.
Version 1 files (no uid, no exported values) are still read: without the
exported values every difference becomes a conflict for the user to decide.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness import __version__
from readiness.codes import ActionStatus
from readiness.excel import layout, plan_cells
from readiness.excel.layout import EXPORTED_HEADER, EXPORTED_KEYS, FORMAT_NAME, FORMAT_VERSION, META
from readiness.excel.plan_cells import refuse
from readiness.excel.plan_data import PlanData, PlanRow
from readiness.excel.safety import clean_text, normalised
from readiness.excel.sheetkit import SheetKit
from readiness.excel.styles import Palette
from readiness.wording import question_text

MAX_KEY_ROWS = 60


def digest(text: str) -> str:
    """A short fingerprint of a cell's text as the round trip reads it."""
    return hashlib.sha256(normalised(text).encode()).hexdigest()[:8]


def context_of(area: str, number: str, item: str) -> str:
    """The read-only text columns of a row (Area, No., Item), fingerprinted column by column."""
    return ".".join(digest(clean_text(value)) for value in (area, number, item))


def _exported_values(row: PlanRow) -> list[str]:
    action = row.action
    values = {
        "item_id": row.item.id,
        "title": action.title,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else "",
        "status": action.status.value,
        "cost_estimate": "" if action.cost_estimate is None else repr(float(action.cost_estimate)),
        "notes": action.notes,
        "priority": row.response.priority.value if row.response.priority else "",
        "context": context_of(row.area.title, row.number, question_text(row.item)),  # the Item cell as written
    }
    return [values[key] for key in EXPORTED_KEYS]


def write_metadata(ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str, export_id: str) -> None:
    """Key/value pairs the import checks, then the exported value of every Action Plan row; all as text."""
    kit = SheetKit(ws, palette)
    ws.sheet_state = "hidden"
    values = {
        "format": FORMAT_NAME,
        "format_version": str(FORMAT_VERSION),
        "assessment_uid": data.assessment.uid,
        "assessment_id": str(data.assessment.id),
        "assessment_name": data.assessment.name,
        "framework_id": data.framework.id,
        "framework_version": data.framework.version,
        "currency": data.currency,
        "export_id": export_id,
        "exported_at": generated,
        "owner_filter": data.owner or "",
        "open_only": "yes" if data.open_only else "no",
        "actions": str(len(data.plan)),
        "generated_by": f"Trade Readiness {__version__}",
    }
    for key, value in values.items():
        kit.row([kit.text(key), kit.text(value)])
    kit.row([kit.text(EXPORTED_HEADER), *(kit.text(key) for key in EXPORTED_KEYS)])
    for row in data.plan:
        kit.row([kit.text(row.action.uid), *(kit.text(value) for value in _exported_values(row))])


@dataclass(frozen=True)
class ExportedRow:
    """One Action Plan row as the export wrote it."""

    uid: str
    item_id: str
    fields: dict[str, Any]  # every editable field, typed as the store holds it
    priority: str
    context: str
    where: str


@dataclass
class Metadata:
    """What the hidden sheet says about the file."""

    values: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (value, cell)
    rows: dict[str, ExportedRow] = field(default_factory=dict)
    version: int = 1

    def get(self, key: str) -> str:
        return self.values.get(key, ("", ""))[0]

    def where(self, key: str) -> str:
        found = self.values.get(key)
        if found:
            return found[1]
        row = layout.META_KEYS.index(key) + 1 if key in layout.META_KEYS else 1
        return f"{META}!B{row}"

    @property
    def has_exported_values(self) -> bool:
        return self.version >= 2


def read_metadata(book: Any) -> Metadata:
    """The metadata of a returned file; refuses a workbook that is not one of our plans, or a newer format."""
    if META not in book.sheetnames:
        raise refuse(
            "this workbook is not a Trade Readiness action plan (no metadata sheet)", "workbook", code="not-ours"
        )
    meta = Metadata()
    rows = book[META].iter_rows(min_row=1, max_col=len(EXPORTED_KEYS) + 1, values_only=True)
    number = 0
    for number, cells in enumerate(rows, 1):
        key = cells[0] if cells else None
        if key == EXPORTED_HEADER:
            _check_format(meta)
            _read_rows(meta, rows, first=number + 1)
            return meta
        if isinstance(key, str) and len(cells) > 1:
            value = cells[1]
            meta.values[key] = ("" if value is None else str(value), f"{META}!B{number}")
        if number >= MAX_KEY_ROWS:
            break
    _check_format(meta)
    if meta.has_exported_values:
        raise refuse("the hidden Metadata sheet was changed (its exported rows are missing)", META, code="not-ours")
    return meta


def _check_format(meta: Metadata) -> None:
    if meta.get("format") != FORMAT_NAME:
        raise refuse("this workbook is not a Trade Readiness action plan", meta.where("format"), code="not-ours")
    version = meta.get("format_version")
    if not version.isdigit() or int(version) > FORMAT_VERSION:
        raise refuse(
            f"plan format {version!r} is newer than this app understands; update the app",
            meta.where("format_version"),
            code="newer-format",
        )
    meta.version = int(version)


def _exact_cost(value: Any) -> float | None:
    """A cost as the export wrote it (Python's float text, which reads back exactly)."""
    if value is None or value == "":
        return None
    amount = float(value)
    if not math.isfinite(amount) or amount < 0:
        raise ValueError(value)
    return amount


def _read_rows(meta: Metadata, rows: Any, *, first: int) -> None:
    for number, cells in enumerate(rows, first):
        where = f"{META}!A{number}"
        uid = plan_cells.text(cells[0] if cells else None, where)
        if not uid:
            continue
        raw = dict(zip(EXPORTED_KEYS, (*cells[1:], *([None] * len(EXPORTED_KEYS)))[: len(EXPORTED_KEYS)], strict=True))
        try:
            fields = {
                "title": plan_cells.text(raw["title"], where),
                "owner": plan_cells.text(raw["owner"], where),
                "due": plan_cells.due_date(raw["due"], where),
                "status": plan_cells.status(raw["status"], where, default=ActionStatus.OPEN),
                "cost_estimate": _exact_cost(raw["cost_estimate"]),
                "notes": plan_cells.text(raw["notes"], where),
            }
        except Exception:
            raise refuse(
                "the hidden Metadata sheet was changed; export the plan again", where, code="not-ours"
            ) from None
        meta.rows[uid] = ExportedRow(
            uid=uid,
            item_id=plan_cells.text(raw["item_id"], where),
            fields=fields,
            priority=plan_cells.text(raw["priority"], where),
            context=plan_cells.text(raw["context"], where),
            where=where,
        )
