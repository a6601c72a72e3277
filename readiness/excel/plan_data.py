"""Everything the workbook shows, worked out once from the store before any cell is written.

Pure data: no openpyxl here. The sheets only lay these values out, so the
figures in the Summary, the rows of the Action Plan and the Gaps agree by
construction. Two counts are kept apart on purpose: an *open gap* is an
applicable item assessed below ready; an item nobody has assessed yet is
*not yet assessed*, never a gap. The Gaps sheet lists the open gaps and only
counts the items not yet assessed (the Checklist lists those).

An owner's slice (`owner`) is a file sent outside the trade team, to a plant
or a broker: its Action Plan holds that owner's actions, and its item lists
(Gaps, top risks, Changes, Checklist) only the items they own or hold an
action on (`in_slice`), so nobody else's gap text, notes or risks travel with
it. The headline figures stay company-wide, and the Summary says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from readiness.codes import PRIORITY_ORDER, AssessmentStatus, Level, Priority
from readiness.content_model import Area, Framework, Item
from readiness.due import next_due, overdue_work
from readiness.excel.changes import ActionWork, ItemChange, action_work, changes_since
from readiness.excel.exposure_data import ExposureData
from readiness.headline import Headline, headline
from readiness.model import Action, Assessment, Response
from readiness.owners import owns_item, resolve_owner, same_owner
from readiness.scoring import Score, area_scores, is_open_gap, overall_score
from readiness.store.snapshots_repo import Snapshot
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers

NO_DATE = dt.date.max
TOP_RISKS = 5
NO_PRIORITY = "none"


@dataclass(frozen=True)
class PlanRow:
    """One action with the item and area it belongs to."""

    area: Area
    item: Item
    response: Response
    action: Action
    number: str = ""


@dataclass(frozen=True)
class GapRow:
    """An open gap (an applicable item assessed below ready), with what closing it will take."""

    area: Area
    item: Item
    response: Response
    risk_score: float
    open_actions: int
    open_cost: float
    number: str = ""
    next_due: dt.date | None = None  # `readiness.due.next_due`: open actions and the item's own date
    unestimated: int = 0  # open actions nobody has put a cost on yet (not counted as zero: unknown)


@dataclass(frozen=True)
class AreaLine:
    """One line of the Summary's per-area table."""

    area: Area
    score: Score
    open_actions: int
    overdue: int
    open_cost: float
    next_due: dt.date | None  # the earliest `readiness.due.next_due` of the area's items
    open_gaps: dict[str, int] = field(default_factory=dict)  # assessed below ready, by priority (or "none")
    not_assessed: int = 0
    unestimated: int = 0  # open actions without a cost estimate


@dataclass(frozen=True)
class WatchLine:
    """A review watch list that runs beside the assessment, as the Summary sums it up."""

    name: str
    framework_title: str
    score: Score
    figures: Headline


@dataclass(frozen=True)
class PriorityCost:
    """Open actions of the items of one priority, and what they are estimated to cost."""

    priority: str  # a Priority value, or NO_PRIORITY
    open_actions: int
    cost: float
    unestimated: int = 0


@dataclass
class PlanData:
    """The figures and rows of one export."""

    assessment: Assessment
    framework: Framework
    responses: dict[str, Response]
    today: dt.date
    owner: str | None
    open_only: bool
    overall: Score
    areas: list[AreaLine]
    plan: list[PlanRow]
    gaps: list[GapRow]  # the open gaps of the slice, in `risk_order`
    snapshots: list[Snapshot] = field(default_factory=list)
    numbers: dict[str, str] = field(default_factory=dict)
    cost_by_priority: list[PriorityCost] = field(default_factory=list)
    top_risks: list[GapRow] = field(default_factory=list)  # of the slice
    changes: list[ItemChange] = field(default_factory=list)  # company-wide; the Changes sheet lists the slice's
    action_work: ActionWork | None = None  # company-wide, since the last snapshot (None without one)
    slice_items: frozenset[str] | None = None  # the items of the owner's slice; None: every item
    not_assessed_in_slice: int = 0
    exposure: ExposureData | None = None  # the product register under each scenario, when there is one
    watch_lists: list[WatchLine] = field(default_factory=list)  # leadership's copy only (`watch_lines`)

    @property
    def currency(self) -> str:
        return self.assessment.currency

    @property
    def open_actions(self) -> int:
        return sum(a.open_actions for a in self.areas)

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.areas)

    @property
    def unestimated(self) -> int:
        """Open actions without a cost estimate: the cost figures leave them out, and say how many."""
        return sum(line.unestimated for line in self.cost_by_priority)

    @property
    def open_cost(self) -> float:
        return sum(a.open_cost for a in self.areas)

    @property
    def open_gaps(self) -> int:
        """Applicable items assessed below ready."""
        return sum(sum(a.open_gaps.values()) for a in self.areas)

    def open_gaps_of(self, priority: str) -> int:
        return sum(a.open_gaps.get(priority, 0) for a in self.areas)

    @property
    def not_assessed(self) -> int:
        return sum(a.not_assessed for a in self.areas)

    @property
    def last_snapshot(self) -> Snapshot | None:
        return self.snapshots[-1] if self.snapshots else None

    def in_slice(self, item_id: str) -> bool:
        """Whether this copy may show the item: always in the company's copy, in an owner's slice only theirs."""
        return self.slice_items is None or item_id in self.slice_items


def priority_rank(priority: Priority | None) -> int:
    return PRIORITY_ORDER[priority] if priority is not None else len(PRIORITY_ORDER)


def risk_score(item: Item, response: Response) -> float:
    """How much an open gap weighs: the item's weight x the share of readiness still missing, (4 - level) / 4.

    A score to rank gaps by (at most the item's weight), not an amount of money.
    """
    level = 0 if response.level is None else int(response.level)
    return item.weight * (int(Level.READY) - level) / int(Level.READY)


def risk_order(gap: GapRow) -> tuple[int, float, dt.date]:
    """The one order of gaps, on the Gaps sheet and among the top risks: priority, then risk score, then the
    earliest next due date."""
    return (priority_rank(gap.response.priority), -gap.risk_score, gap.next_due or NO_DATE)


def collect(
    workspace: Workspace, assessment_id: int, *, today: dt.date, owner: str | None = None, open_only: bool = False
) -> PlanData:
    """Read one assessment and work out every figure and row of its workbook."""
    assessment, framework, responses = workspace.load(assessment_id)
    owner = resolve_owner(owner, responses.values())
    numbers = item_numbers(framework)
    scores = area_scores(framework, responses)
    lines: list[AreaLine] = []
    plan: list[PlanRow] = []
    gaps: list[GapRow] = []
    slice_items: set[str] = set()
    not_assessed_in_slice = 0
    by_priority: dict[str, list[float]] = {}
    for area in framework.areas:
        open_actions = overdue = not_assessed = area_unestimated = 0
        cost = 0.0
        area_due: dt.date | None = None
        area_gaps: dict[str, int] = {}
        for item in area.items:
            response = responses.get(item.id) or Response(item_id=item.id)
            mine = owns_item(response, owner)
            if mine:
                slice_items.add(item.id)
            if response.counts_as_not_applicable:
                continue
            number = numbers.get(item.id, "")
            priority = response.priority.value if response.priority else NO_PRIORITY
            item_open = item_unestimated = 0
            item_open_cost = 0.0
            for action in response.actions:
                if action.is_open:
                    open_actions += 1
                    item_open += 1
                    item_open_cost += action.cost_estimate or 0
                    item_unestimated += action.cost_estimate is None
                    area_unestimated += action.cost_estimate is None
                    slot = by_priority.setdefault(priority, [0, 0.0, 0])
                    slot[0] += 1
                    slot[1] += action.cost_estimate or 0
                    slot[2] += action.cost_estimate is None
                if same_owner(action.owner, owner) and (action.is_open or not open_only):
                    plan.append(PlanRow(area, item, response, action, number))
            overdue += overdue_work(response, today)
            item_due = next_due(response)
            if item_due is not None:
                area_due = item_due if area_due is None else min(area_due, item_due)
            cost += item_open_cost
            if not response.assessed:
                not_assessed += 1
                if mine:
                    not_assessed_in_slice += 1
            elif is_open_gap(response):
                area_gaps[priority] = area_gaps.get(priority, 0) + 1
                if mine:
                    gaps.append(
                        GapRow(
                            area,
                            item,
                            response,
                            risk_score(item, response),
                            item_open,
                            item_open_cost,
                            number,
                            item_due,
                            item_unestimated,
                        )
                    )
        lines.append(
            AreaLine(
                area, scores[area.id], open_actions, overdue, cost, area_due, area_gaps, not_assessed, area_unestimated
            )
        )
    plan.sort(key=lambda r: (priority_rank(r.response.priority), r.action.due or NO_DATE))
    gaps.sort(key=risk_order)
    snapshots = workspace.snapshots.all(assessment.id)
    return PlanData(
        assessment=assessment,
        framework=framework,
        responses=responses,
        today=today,
        owner=owner,
        open_only=open_only,
        overall=overall_score(framework, responses),
        areas=lines,
        plan=plan,
        gaps=gaps,
        snapshots=snapshots,
        numbers=numbers,
        cost_by_priority=_cost_by_priority(by_priority),
        top_risks=_top_risks(gaps),
        changes=changes_since(snapshots[-1], framework, responses, numbers) if snapshots else [],
        action_work=action_work(snapshots[-1], framework, responses, today=today) if snapshots else None,
        slice_items=None if owner is None else frozenset(slice_items),
        not_assessed_in_slice=not_assessed_in_slice,
    )


def watch_lines(workspace: Workspace, assessment: Assessment, *, today: dt.date) -> list[WatchLine]:
    """The active watch lists beside `assessment`: the readiness for the annual reviews, next to the compliance
    figures, so leadership sees both in one file."""
    found = []
    for watch in workspace.assessments.companions(assessment.id):
        if watch.status is not AssessmentStatus.ACTIVE:
            continue
        framework = workspace.framework_of(watch)
        responses = workspace.assessments.responses(watch.id)
        found.append(
            WatchLine(
                watch.name,
                framework.title,
                overall_score(framework, responses),
                headline(framework, responses, today=today),
            )
        )
    return found


def _cost_by_priority(by_priority: dict[str, list[float]]) -> list[PriorityCost]:
    order = [p.value for p in Priority] + [NO_PRIORITY]
    return [
        PriorityCost(p, int(by_priority[p][0]), by_priority[p][1], int(by_priority[p][2]))
        if p in by_priority
        else PriorityCost(p, 0, 0.0)
        for p in order
    ]


def _top_risks(gaps: list[GapRow]) -> list[GapRow]:
    """The first critical and high open gaps of `gaps` (already in `risk_order`): the Gaps sheet's first rows."""
    return [g for g in gaps if g.response.priority in (Priority.CRITICAL, Priority.HIGH)][:TOP_RISKS]
