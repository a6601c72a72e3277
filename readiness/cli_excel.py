"""The `export` and `import-plan` commands: the Excel action plan and its round trip.

`export NAME --out PLAN.xlsx [--owner X] [--open-only]` writes the workbook;
`import-plan NAME FILE.xlsx [--dry-run]` prints every change the returned
file carries (item, action, field, old -> new, who) and applies them in one
transaction unless `--dry-run` is given. Problems arrive as ReadinessError,
which `readiness.cli.main` prints as one line on stderr with its exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from readiness.cli import out
from readiness.cli_commands import assessment_named
from readiness.excel.export import export_plan as write_plan
from readiness.excel.plan_import import PlanPreview, apply_plan, read_returned_plan
from readiness.scoring import percent
from readiness.store.workspace import Workspace


def export_plan(args: argparse.Namespace, ws: Workspace) -> int:
    result = write_plan(ws, assessment_named(ws, args.name).id, args.out, owner=args.owner, open_only=args.open_only)
    out(
        f"wrote {result.path}: readiness {percent(result.readiness)}, coverage {percent(result.coverage)}, "
        f"{result.actions} actions, {result.gaps} open gaps"
    )
    return 0


def shown(value: Any) -> str:
    """A field value as the preview table prints it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    text = str(value).replace("\n", " / ")
    return text if len(text) <= 40 else text[:39] + "\u2026"


def print_preview(preview: PlanPreview) -> None:
    out(
        f"{preview.path.name}: {preview.rows} rows read, {len(preview.changes)} changes, "
        f"{len(preview.new_actions)} new actions"
    )
    if preview.empty:
        return
    item_width = max([4] + [len(c.item_id) for c in preview.changes] + [len(n.item_id) for n in preview.new_actions])
    out(f"{'ITEM':<{item_width}} {'ACTION':<14} {'FIELD':<13} {'OLD -> NEW':<52} {'WHO':<16} CELL")
    for change in preview.changes:
        old_new = f"{shown(change.old)} -> {shown(change.new)}"
        out(
            f"{change.item_id:<{item_width}} {change.uid:<14} {change.field:<13} {old_new:<52} "
            f"{change.who:<16} {change.where}"
        )
    for new in preview.new_actions:
        out(
            f"{new.item_id:<{item_width}} {'(new)':<14} {'action':<13} {shown(new.action.title):<52} "
            f"{new.who:<16} {new.where}"
        )


def import_plan(args: argparse.Namespace, ws: Workspace) -> int:
    preview = read_returned_plan(ws, assessment_named(ws, args.name).id, args.file)
    print_preview(preview)
    if args.dry_run:
        out("dry run: nothing was applied")
        return 0
    if preview.empty:
        out("nothing to apply")
        return 0
    applied = apply_plan(ws, preview)
    out(
        f"applied {len(preview.changes)} changes to {len(applied.updated)} actions and added {len(applied.added)} actions"
    )
    return 0
