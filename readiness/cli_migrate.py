"""The `migrate` command: move an assessment to another framework, or update it in place to a newer version of its
own framework (a content update), after the same preview (or only the preview, with --dry-run)."""

from __future__ import annotations

import argparse

from readiness.cli import out
from readiness.cli_commands import assessment_named
from readiness.migration import plan_migration
from readiness.operations import apply_migration, update_content
from readiness.store.workspace import Workspace


def migrate(args: argparse.Namespace, ws: Workspace) -> int:
    plan = plan_migration(ws, assessment_named(ws, args.name).id, args.to, version=args.framework_version)
    source = f"{plan.source.framework_id} {plan.source.framework_version}"
    out(f"{plan.source.name}: {source} -> {plan.target.id} {plan.target.version}")
    out("  old items by kind: " + ", ".join(f"{kind} {count}" for kind, count in plan.kinds.items()))
    out(f"  new items: {len(plan.new_items)}; removed items: {len(plan.removed)}")
    out(f"  {'area':<48} {'carried':>7} {'review':>7} {'new':>5}")
    for area in plan.areas:
        out(f"  {area.title[:48]:<48} {area.carried:>7} {area.review:>7} {area.new:>5}")
    out("  (new: items new in this version, and mapped items with nothing answered before; both start unassessed)")
    for entry in plan.removed:
        out(f"  removed: {entry.old}: {entry.note}")
    if args.dry_run:
        out("dry run: nothing was changed")
        return 0
    if plan.in_place:
        updated = update_content(ws, plan).record
        out(f"updated {updated.name!r} to {updated.framework_id} {updated.framework_version} in place")
        return 0
    created = apply_migration(ws, plan, name=args.new_name).record
    out(f"created {created.name!r}; {plan.source.name!r} is archived and unchanged")
    return 0
