"""The `export` and `import-plan` commands: the Excel action plan and its round trip.

`export NAME --out PLAN.xlsx [--owner X] [--open-only]` writes the workbook
(an owner is matched without regard to case; an unknown one is refused with
the list of owners, exit 2). `import-plan NAME FILE.xlsx [--dry-run]
[--prefer file|workspace]` prints every change the returned file carries
(item, action, field, old -> new, who, cell; a new row with the owner, due date,
cost and status it will be created with), every conflict (a field changed
in the file and in the workspace since the export: exported, file and
workspace values), and every difference it does not import, with the reason;
then applies the changes in one transaction unless `--dry-run` is given.
Conflicts are refused (exit 5, nothing applied) unless `--prefer` says which
side keeps them. Problems arrive as ReadinessError, which `readiness.cli.main`
prints as one line on stderr with its exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from readiness.cli import out
from readiness.cli_commands import assessment_named
from readiness.errors import Conflict
from readiness.excel.export import export_plan as write_plan
from readiness.excel.plan_import import Choice, NewAction, PlanPreview, apply_plan, read_returned_plan
from readiness.scoring import percent
from readiness.store.workspace import Workspace

WIDE = 40


def export_plan(args: argparse.Namespace, ws: Workspace) -> int:
    result = write_plan(ws, assessment_named(ws, args.name).id, args.out, owner=args.owner, open_only=args.open_only)
    out(
        f"wrote {result.path}: readiness {percent(result.readiness)}, coverage {percent(result.coverage)}, "
        f"{result.actions} actions, {result.gaps} open gaps, {result.not_assessed} items not yet assessed"
    )
    return 0


def shown(value: Any, width: int = WIDE) -> str:
    """A field value as the preview table prints it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    text = str(value).replace("\n", " / ")
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def new_action_text(new: NewAction) -> str:
    """What a new row will create, in one line: title, owner, due date, cost and status."""
    action = new.action
    cost = "not estimated" if action.cost_estimate is None else shown(action.cost_estimate)
    due = action.due.isoformat() if action.due else "no due date"
    return (
        f"{shown(action.title, 40)} (owner {shown(action.owner or '(no owner)', 24)}, due {due}, cost {cost}, "
        f"{action.status.value})"
    )


def print_preview(preview: PlanPreview) -> None:
    out(
        f"{preview.path.name}: {preview.rows} rows read, {len(preview.changes)} changes, "
        f"{len(preview.new_actions)} new actions, {len(preview.conflicts)} conflicts, "
        f"{len(preview.not_imported)} not imported"
    )
    if preview.exported_from:
        out(
            f"exported from {preview.exported_from!r}, which moved to {preview.assessment_name!r} since "
            f"({preview.route}): items follow the move's item map"
        )
    ids = [c.item_id for c in preview.changes] + [n.item_id for n in preview.new_actions]
    ids += [c.item_id for c in preview.conflicts] + [n.item_id for n in preview.not_imported]
    item_width = max([4, *(len(i) for i in ids)])
    if preview.changes or preview.new_actions:
        out(f"{'ITEM':<{item_width}} {'ACTION':<14} {'FIELD':<13} {'OLD -> NEW':<52} {'WHO':<16} CELL")
    for change in preview.changes:
        old_new = f"{shown(change.old)} -> {shown(change.new)}"
        out(
            f"{change.item_id:<{item_width}} {change.uid:<14} {change.field:<13} {old_new:<52} "
            f"{shown(change.who, 16):<16} {change.where}"
        )
    for new in preview.new_actions:
        out(
            f"{new.item_id:<{item_width}} {'(new)':<14} {'action':<13} {new_action_text(new):<52} "
            f"{shown(new.who, 16):<16} {new.where}"
        )
    if preview.conflicts:
        out("conflicts (changed in the file and in the workspace since the export):")
        out(f"{'ITEM':<{item_width}} {'ACTION':<14} {'FIELD':<13} {'EXPORTED':<22} {'FILE':<22} {'WORKSPACE':<22} CELL")
        for conflict in preview.conflicts:
            exported = shown(conflict.exported, 22) if conflict.exported_known else "(unknown)"
            out(
                f"{conflict.item_id:<{item_width}} {conflict.uid:<14} {conflict.field:<13} {exported:<22} "
                f"{shown(conflict.file, 22):<22} {shown(conflict.workspace, 22):<22} {conflict.where}"
            )
    if preview.not_imported:
        out("not imported:")
        for skipped in preview.not_imported:
            detail = f" (the file has {shown(skipped.detail)})" if skipped.detail else ""
            out(f"  {skipped.where}: {skipped.item_id} {shown(skipped.title)}: {skipped.words}{detail}")


def import_plan(args: argparse.Namespace, ws: Workspace) -> int:
    preview = read_returned_plan(ws, assessment_named(ws, args.name).id, args.file)
    print_preview(preview)
    if args.dry_run:
        out("dry run: nothing was applied")
        return 0
    if preview.empty:
        out("nothing to apply")
        return 0
    prefer = Choice(args.prefer) if args.prefer else None
    if preview.conflicts and prefer is None:
        raise Conflict(
            f"{len(preview.conflicts)} conflict(s): fields changed both in the file and in the workspace since the "
            "export; run again with --prefer file or --prefer workspace; nothing was applied",
            code="plan-conflicts",
        )
    applied = apply_plan(ws, preview, prefer=prefer)
    out(
        f"applied {sum(len(after) for _, _, after in applied.updated)} changes to {len(applied.updated)} actions "
        f"and added {len(applied.added)} actions"
    )
    return 0
