"""What the workbook says about exposure, worked out once from the store before any cell is written.

Pure data, like `plan_data`: the assessment's product register run through
every scenario the workspace knows (`exposure.report`), the main currency
(the assessment's own when any product uses it, else the one with the most
duty under today's rules), the ten products with the most duty under any
scenario, and the readiness items linked to products, ordered by the duty
at stake on them. `exposure_data` returns None when the assessment has no
products: the workbook then has no Exposure sheet and no headline.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from readiness.content_model import Framework, Item
from readiness.exposure.report import ExposureReport, ScenarioReport, exposure_report
from readiness.exposure.run import ItemExposure, item_exposure, items_by_stake
from readiness.exposure.scenario_files import builtin_de_minimis
from readiness.model import Assessment
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers

TOP = 10


@dataclass(frozen=True)
class TopProduct:
    """One of the products with the most duty: its duty under each scenario, in report order."""

    part_number: str
    description: str
    currency: str
    duty: tuple[Decimal, ...]


@dataclass(frozen=True)
class ItemStake:
    """A readiness item linked to products, and the duty at stake on them."""

    number: str
    item: Item
    exposure: ItemExposure
    worst: str  # the id of the scenario bringing the largest increase in the main currency ("" for none)


@dataclass(frozen=True)
class ExposureData:
    """The Exposure sheet and the Summary headline of one export."""

    report: ExposureReport
    currency: str
    top: tuple[TopProduct, ...]
    items: tuple[ItemStake, ...]

    @property
    def what_ifs(self) -> tuple[ScenarioReport, ...]:
        """Every scenario but today's rules."""
        return tuple(s for s in self.report.scenarios if not s.is_baseline)


def _main_currency(report: ExposureReport, assessment: Assessment) -> str:
    if assessment.currency in report.currencies or not report.currencies:
        return assessment.currency
    today = report.scenarios[0].totals.duty
    return max(report.currencies, key=lambda c: (today.get(c, Decimal(0)), c))


def _top(report: ExposureReport, descriptions: dict[str, str], *, count: int) -> tuple[TopProduct, ...]:
    """The products with the most duty under any scenario, largest first (ties by part number)."""
    run = report.run
    rows = []
    for part, today in run.exposures[run.baseline].items():
        duty = tuple(run.exposures[s.scenario.id][part].duty for s in report.scenarios)
        if max(duty) > 0:
            rows.append((max(duty), part, today.currency, duty))
    rows.sort(key=lambda row: (-row[0], row[1]))
    return tuple(TopProduct(part, descriptions[part], currency, duty) for _, part, currency, duty in rows[:count])


def exposure_data(workspace: Workspace, assessment: Assessment, framework: Framework) -> ExposureData | None:
    """Read the register and the scenarios and work out the figures (None: the assessment has no products)."""
    register = workspace.products.register(assessment.id)
    if not register:
        return None
    report = exposure_report(register, workspace.scenarios.all(), de_minimis=builtin_de_minimis())
    currency = _main_currency(report, assessment)
    top = _top(report, {p.part_number: p.description for p in register}, count=TOP)
    index = framework.item_index()
    numbers = item_numbers(framework)
    links = {item_id: parts for item_id, parts in workspace.products.links(assessment.id).items() if item_id in index}
    exposures = item_exposure(report.run, links)
    items = []
    for item_id in items_by_stake(exposures, currency):
        exposure = exposures[item_id]
        deltas = {sid: d.get(currency, Decimal(0)) for sid, d in exposure.delta.items()}
        worst = max(deltas, key=lambda sid: deltas[sid], default="")
        items.append(
            ItemStake(numbers.get(item_id, ""), index[item_id][1], exposure, worst if deltas.get(worst) else "")
        )
    return ExposureData(report, currency, top, tuple(items))
