"""Blocks of the Summary sheet: the cost of open actions by priority, the top five risks, what changed since
the last snapshot, and the watch lists for the annual reviews. Each is a small table on the Summary's shared columns (`WIDTHS`)."""

from __future__ import annotations

from decimal import Decimal

from readiness.codes import Priority
from readiness.excel.changes import ActionWork, count_changes
from readiness.excel.layout import CHANGED_ACTIONS, CHANGES
from readiness.excel.plan_data import NO_PRIORITY, GapRow, PlanData
from readiness.excel.sheetkit import SheetKit, due_style
from readiness.exposure.wording import money
from readiness.headline import Headline
from readiness.scoring import percent
from readiness.wording import NEXT_DUE_RULE, answer_text, question_text

# Area or item | Readiness | Coverage | Open gaps | critical | high | Not yet assessed | Open actions | Overdue |
# Cost | Next due: 147 characters, so the landscape page prints at about 95% of size.
WIDTHS = (36, 12, 11, 10, 10, 10, 11, 10, 9, 16, 12)
# The per-area table's columns (the watch lists' table takes the same figures)
AREA_HEADERS = (
    "Area",
    "Readiness",
    "Coverage",
    "Open gaps",
    "of which critical",
    "of which high",
    "Not yet assessed",
    "Open actions",
    "Overdue",
    "Cost of open actions",
    "Next due",
)
PRIORITY_WORDS = {"critical": "Critical", "high": "High", "medium": "Medium", "low": "Low", NO_PRIORITY: "No priority"}


def _section(kit: SheetKit, title: str) -> None:
    kit.row([kit.text(title, "section")], height=20)


def _merged_row(kit: SheetKit, cells: list[object], merges: list[tuple[int, int]]) -> int:
    spans = [1] * len(cells)
    for first, last in merges:
        spans[first - 1] = last - first + 1
    row = kit.row(cells, spans=spans)  # type: ignore[arg-type]
    for first, last in merges:
        kit.merge(row, first, last)
    return row


def cost_by_priority(kit: SheetKit, data: PlanData) -> None:
    """Open actions and their estimated cost, by the priority of the item they close."""
    _section(kit, f"Cost of open actions by priority ({data.currency})")
    merges = [(3, 4)]
    headers = ("Priority", "Open actions", "Estimated cost", None, "Without an estimate")
    _merged_row(kit, [kit.text(h, "header") for h in headers], merges)
    for line in data.cost_by_priority:
        style = line.priority if line.priority in ("critical", "high", "low") else "text"
        _merged_row(
            kit,
            [
                kit.text(PRIORITY_WORDS[line.priority], style),
                kit.value(line.open_actions, "count"),
                kit.cost(line.cost, open_actions=line.open_actions, unestimated=line.unestimated)
                if line.open_actions
                else kit.value(0, "count"),  # a dash, as in the count beside it: no actions, not a free one
                None,
                kit.value(line.unestimated, "count") if line.open_actions else None,
            ],
            merges,
        )
    _merged_row(
        kit,
        [
            kit.text("All open actions", "total"),
            kit.value(sum(line.open_actions for line in data.cost_by_priority), "total_count"),
            kit.value(round(sum(line.cost for line in data.cost_by_priority)), "total_money"),
            None,
            kit.value(data.unestimated, "total_count"),
        ],
        merges,
    )


def risk_label(gap: GapRow) -> str:
    """A risk as the CFO reads it: the company's own words for the gap (else the item's question), then where
    to find it."""
    where = ", ".join(part for part in (f"Item {gap.number}" if gap.number else "", gap.area.title) if part)
    return f"{gap.response.gap.strip() or question_text(gap.item)}\n{where}"


def top_risks(kit: SheetKit, data: PlanData) -> None:
    """The five critical or high open gaps that matter most (the first of the Gaps sheet), with who owns them and
    what is due next; in an owner's slice, among their items only."""
    whose = f" of {data.owner}'s items" if data.owner is not None else ""
    urgent = sum(g.response.priority in (Priority.CRITICAL, Priority.HIGH) for g in data.gaps)
    shown = len(data.top_risks)
    # Never leave one out silently: when there are more than the five listed, say how many and where they are.
    more = f" (the {shown} most urgent of {urgent}; all of them on the Gaps sheet)" if urgent > shown else ""
    _section(kit, f"Top risks: critical and high open gaps{whose}{more}")
    if not data.top_risks:
        kit.row([kit.text(f"No critical or high gap{whose} is open.", "label")])
        return
    merges = [(1, 3), (6, 7), (8, 9), (10, 11)]
    headers = ("Risk", None, None, "Priority", "Level", "Owner", None, "Next due", None, "Cost of open actions")
    _merged_row(kit, [kit.text(h, "header") if h else None for h in headers], merges)
    for gap in data.top_risks:
        priority = gap.response.priority
        _merged_row(
            kit,
            [
                kit.text(risk_label(gap), "wrap"),
                None,
                None,
                kit.text(priority.value.capitalize(), priority.value) if priority else None,
                kit.text(answer_text(gap.response), "wrap"),
                kit.text(gap.response.owner or "(no owner)", "wrap"),
                None,
                kit.value(gap.next_due, due_style(gap.next_due, data.today)),
                None,
                kit.cost(gap.open_cost, open_actions=gap.open_actions, unestimated=gap.unestimated),
            ],
            merges,
        )
    _merged_row(kit, [kit.text(NEXT_DUE_RULE, "note_wrap")], [(1, len(WIDTHS))])


def since_snapshot(kit: SheetKit, data: PlanData) -> None:
    """Items up and down, gaps opened and closed since the last snapshot; the Changes sheet names them."""
    snapshot = data.last_snapshot
    if snapshot is None:
        _section(kit, "What changed since the last snapshot")
        kit.row([kit.text("No snapshot taken yet: the next workbook after one shows what moved.", "label")])
        return
    _section(kit, f"What changed since the snapshot {snapshot.label!r} ({snapshot.taken_at[:10]})")
    counts = count_changes(data.changes)
    lines: tuple[tuple[str, str | int], ...] = (
        ("Readiness", f"{percent(snapshot.readiness)} then, {percent(data.overall.readiness)} now"),
        ("Items up", counts.up),
        ("Items down", counts.down),
        ("Gaps opened", counts.opened),
        ("Gaps closed", counts.closed),
        ("Newly assessed", counts.assessed),
    )
    work = data.action_work
    if work is not None:  # what the plan's actions did meanwhile, and what the open ones cost then and now
        lines += (
            ("Actions done", work.done),
            ("Actions added", work.added),
            ("Actions removed", work.removed),
            ("Due dates moved later", work.due_later),
            ("Cost of open actions", _cost_then_and_now(work, data.currency)),
        )
    for label, value in lines:
        if isinstance(value, str):
            cell = kit.text(value, "bold")
        else:
            alert = ("Items down", "Gaps opened", "Due dates moved later")
            style = "count_alert" if label in alert and value else "count"
            cell = kit.value(value, style)
        kit.row([kit.text(label, "text"), cell])
    if work is not None and data.owner is not None:
        kit.row([kit.text("The action and cost figures cover the whole company.", "note")])
    mine = f" ({data.owner}'s only)" if data.owner is not None else ""
    kit.row(
        [
            kit.text(
                f"Item by item on the {CHANGES} sheet{mine}; the actions done, added, removed and moved later by name "
                f"in its second table, '{CHANGED_ACTIONS}'.",
                "note",
            )
        ]
    )


def _cost_then_and_now(work: ActionWork, currency: str) -> str:
    """ "USD 179,000 then, USD 186,500 now", each with the open actions not estimated yet, if any."""

    def one(figures: Headline, when: str) -> str:
        if not figures.open_actions:
            return f"no open actions {when}"
        text = f"{money(Decimal(str(round(figures.open_cost))), currency)} {when}"
        return text + (f" ({figures.unestimated} not estimated)" if figures.unestimated else "")

    return f"{one(work.then, 'then')}, {one(work.now, 'now')}"


def watch_lists(kit: SheetKit, data: PlanData) -> None:
    """The readiness for the annual reviews: each watch list beside this assessment, on the area table's columns
    (its items and actions are in its own workbook)."""
    _section(kit, "Readiness for the annual reviews: the watch lists beside this assessment")
    headers = ("Watch list", *AREA_HEADERS[1:-1])  # the area table's figures, without its next due date
    kit.row([kit.text(h, "header") for h in headers])
    for line in data.watch_lists:
        figures, score = line.figures, line.score
        kit.row(
            [
                kit.text(line.name, "wrap"),
                kit.value(score.readiness, "percent") if score.readiness is not None else kit.text("n/a"),
                kit.value(score.coverage, "percent") if score.coverage is not None else kit.text("n/a"),
                kit.value(figures.open_gaps, "count"),
                kit.value(figures.critical_gaps, "count_alert" if figures.critical_gaps else "count"),
                kit.value(figures.high_gaps, "count"),
                kit.value(score.applicable - score.assessed, "count"),
                kit.value(figures.open_actions, "count"),
                kit.value(figures.overdue, "count_alert" if figures.overdue else "count"),
                kit.cost(figures.open_cost, open_actions=figures.open_actions, unestimated=figures.unestimated),
            ]
        )
    kit.row(
        [
            kit.text(
                "Each watch list's items, gaps and actions are in its own workbook: export it the same way. Its cost "
                "is not in this workbook's totals.",
                "note",
            )
        ]
    )
