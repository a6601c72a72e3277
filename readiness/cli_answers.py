"""The `readiness answer` command: read or record one item's answer from a terminal or a script.

The command line's way to do what the item editor does for the answer's
fields (level, not applicable and its reason, priority, owner, due date, gap,
notes). It goes through the same operation as the app: what the command read
is what the write checks, so an edit made meanwhile in a window is refused
(exit 5), never overwritten. Items are named by their id or by the number the
app and the workbook show ("4.3").
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from readiness import operations
from readiness.cli import out, print_json
from readiness.cli_commands import assessment_named
from readiness.codes import Level, Priority
from readiness.content_model import Framework
from readiness.errors import InvalidInput, NotFound, UsageError
from readiness.model import Response, level_chosen
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers, number_sort_key
from readiness.wording import answer_text

NONE = "none"


def add_commands(top: Any) -> None:
    """Add `answer` to the command line's subcommands."""
    p = top.add_parser(
        "answer",
        help="show or record one item's answer",
        description="Show one item's answer; with options, change those fields (the others stay as they are).",
    )
    p.add_argument("name", help="the assessment")
    p.add_argument("item", metavar="ITEM", help="the item's number as the app shows it (4.3) or its id")
    applies = p.add_mutually_exclusive_group()
    applies.add_argument(
        "--level", choices=("0", "1", "2", "3", "4", NONE), help="readiness level (the item then applies), or none"
    )
    applies.add_argument("--not-applicable", metavar="REASON", help="the item does not apply, and why")
    applies.add_argument("--applicable", action="store_true", help="the item applies after all")
    p.add_argument("--priority", choices=(*(p.value for p in Priority), NONE))
    p.add_argument("--owner", metavar="NAME", help="who is accountable ('' to clear)")
    p.add_argument("--due", metavar="YYYY-MM-DD", help=f"due date, or {NONE} to clear it")
    p.add_argument("--gap", metavar="TEXT", help="the gap, in the company's words ('' to clear)")
    p.add_argument("--notes", metavar="TEXT", help="notes ('' to clear)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.set_defaults(handler=answer)


def find_item(framework: Framework, wanted: str) -> str:
    """The id of the item `wanted` names, by number ("4.3") or by id, or a `NotFound` saying how to list them."""
    numbers = item_numbers(framework)
    ids = {item.id for _, item in framework.items()}
    if wanted in ids:
        return wanted
    by_number = {number: item_id for item_id, number in numbers.items()}
    if wanted in by_number:
        return by_number[wanted]
    raise NotFound(
        f"no item {wanted!r} in {framework.id} {framework.version}; "
        f"give its number (1.1 to {max(by_number, key=number_sort_key)}) or its id "
        f"(readiness frameworks show {framework.id} --json)",
        code="item-unknown",
        params={"item": wanted},
    )


def _date(text: str) -> dt.date | None:
    if text.strip().casefold() == NONE:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"--due: {text!r} is not a date; write it as YYYY-MM-DD (for example 2027-03-31), or {NONE}",
            code="date-invalid",
            params={"value": text},
        ) from None


def requested_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The fields the options ask to change, as the core's values."""
    changes: dict[str, Any] = {}
    if args.level is not None:
        changes.update(level_chosen(None if args.level == NONE else Level(int(args.level))))
    if args.not_applicable is not None:
        if not args.not_applicable.strip():
            raise UsageError("--not-applicable needs a reason: say why the item does not apply", code="na-reason")
        changes.update(not_applicable=True, na_reason=args.not_applicable)
    if args.applicable:
        changes.update(not_applicable=False, na_reason=None, na_basis=None)
    if args.priority is not None:
        changes["priority"] = None if args.priority == NONE else Priority(args.priority)
    if args.due is not None:
        changes["due"] = _date(args.due)
    for name in ("owner", "gap", "notes"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    return changes


def answer(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    framework = ws.frameworks.get(assessment.framework_id, assessment.framework_version)
    item_id = find_item(framework, args.item)
    changes = requested_changes(args)
    current = ws.assessments.responses(assessment.id)[item_id]
    if changes:
        seen = {name: getattr(current, name) for name in changes}
        edited = operations.edit_responses(ws, assessment.id, {item_id: changes}, expected={item_id: seen})
        current = next((r for r in edited.responses if r.item_id == item_id), current)
    _show(framework, item_id, current, as_json=args.json, changed=sorted(changes))
    return 0


def _show(framework: Framework, item_id: str, response: Response, *, as_json: bool, changed: list[str]) -> None:
    number = item_numbers(framework)[item_id]
    question = next(item.question for _, item in framework.items() if item.id == item_id)
    fields = {
        "item": item_id,
        "number": number,
        "level": None if response.level is None else int(response.level),
        "not_applicable": response.not_applicable,
        "na_reason": response.na_reason,
        "priority": response.priority.value if response.priority else None,
        "owner": response.owner,
        "due": response.due.isoformat() if response.due else None,
        "gap": response.gap,
        "notes": response.notes,
        "actions": len(response.actions),
    }
    if as_json:
        print_json({**fields, "changed": changed})
        return
    out(f"{number} {question}")
    out(f"  {'answer':<15} {answer_text(response)}")
    for name, value in fields.items():
        if name in ("item", "number"):
            continue
        mark = "*" if name in changed or (name == "na_reason" and "not_applicable" in changed) else " "
        out(f" {mark}{name:<15} {'' if value is None else value}")
