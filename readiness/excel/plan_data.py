"""Everything the workbook shows, worked out once from the store before any cell is written.

Pure data: no openpyxl here. The sheets only lay these values out, so the
figures in the Summary, the rows of the Action Plan and the Gaps agree by
construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from readiness.due import DueStatus, due_status
from readiness.excel.exposure_data import ExposureData
from readiness.model import (
    PRIORITY_ORDER,
    Action,
    ActionStatus,
    Area,
    Assessment,
    Framework,
    Item,
    Level,
    Priority,
    Response,
)
from readiness.scoring import Score, area_scores, is_open_gap, overall_score
from readiness.store.snapshots_repo import Snapshot
from readiness.store.workspace import Workspace

NO_DATE = dt.date.max


@dataclass(frozen=True)
class PlanRow:
    """One action with the item and area it belongs to."""

    area: Area
    item: Item
    response: Response
    action: Action


@dataclass(frozen=True)
class GapRow:
    """An applicable item below ready, with what closing it will take."""

    area: Area
    item: Item
    response: Response
    exposure: float
    open_actions: int
    open_cost: float


@dataclass(frozen=True)
class AreaLine:
    """One line of the Summary's per-area table."""

    area: Area
    score: Score
    open_actions: int
    overdue: int
    open_cost: float
    next_due: dt.date | None


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
    gaps: list[GapRow]
    snapshots: list[Snapshot] = field(default_factory=list)
    exposure: ExposureData | None = None  # the product register under each scenario, when there is one

    @property
    def open_actions(self) -> int:
        return sum(a.open_actions for a in self.areas)

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.areas)

    @property
    def open_cost(self) -> float:
        return sum(a.open_cost for a in self.areas)

    @property
    def open_gaps(self) -> int:
        return sum(self.overall.open_gaps.values())


def priority_rank(priority: Priority | None) -> int:
    return PRIORITY_ORDER[priority] if priority is not None else len(PRIORITY_ORDER)


def owner_matches(owner: str, wanted: str | None) -> bool:
    return wanted is None or owner.strip().casefold() == wanted.strip().casefold()


def is_open(action: Action) -> bool:
    return action.status != ActionStatus.DONE


def exposure(item: Item, response: Response) -> float:
    """The weighted readiness points still missing: weight x (4 - level) / 4, unassessed counting fully."""
    level = 0 if response.level is None else int(response.level)
    return item.weight * (int(Level.READY) - level) / int(Level.READY)


def collect(
    workspace: Workspace, assessment_id: int, *, today: dt.date, owner: str | None = None, open_only: bool = False
) -> PlanData:
    """Read one assessment and work out every figure and row of its workbook."""
    assessment, framework, responses = workspace.load(assessment_id)
    scores = area_scores(framework, responses)
    lines: list[AreaLine] = []
    plan: list[PlanRow] = []
    gaps: list[GapRow] = []
    for area in framework.areas:
        open_actions = overdue = 0
        cost = 0.0
        next_due: dt.date | None = None
        for item in area.items:
            response = responses.get(item.id) or Response(item_id=item.id)
            if response.not_applicable:
                continue
            item_open = 0
            item_open_cost = 0.0
            for action in response.actions:
                if is_open(action):
                    open_actions += 1
                    item_open += 1
                    item_open_cost += action.cost_estimate or 0
                    if action.due is not None:
                        overdue += int(due_status(action.due, today) is DueStatus.OVERDUE)
                        next_due = action.due if next_due is None else min(next_due, action.due)
                if owner_matches(action.owner, owner) and (is_open(action) or not open_only):
                    plan.append(PlanRow(area, item, response, action))
            cost += item_open_cost
            if is_open_gap(response) and (
                owner is None
                or owner_matches(response.owner, owner)
                or any(owner_matches(a.owner, owner) for a in response.actions)
            ):
                gaps.append(GapRow(area, item, response, exposure(item, response), item_open, item_open_cost))
        lines.append(AreaLine(area, scores[area.id], open_actions, overdue, cost, next_due))
    plan.sort(key=lambda r: (priority_rank(r.response.priority), r.action.due or NO_DATE))
    gaps.sort(key=lambda g: (priority_rank(g.response.priority), -g.exposure))
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
        snapshots=workspace.snapshots.all(assessment.id),
    )
