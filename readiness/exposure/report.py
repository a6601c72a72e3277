"""What the command line and the workbook tell about a register under scenarios: totals, what fails, top ten.

`exposure_report` runs the register through the scenarios once
(`run.run_scenarios`) and lays out, per scenario: the annual duty and its
delta against today's rules per currency, the products that fail (and
those the data cannot decide), the products whose status differs from
today's, and the ten products with the most duty. The "duty at stake"
under a scenario is the increase over today's duty (never below zero), per
currency. Lines are sorted by amount, largest first, then by part number.
Pure data, no I/O: the callers read the register and the scenarios.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from readiness.exposure.products import Product
from readiness.exposure.reasons import Reason, Status
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.run import ExposureRun, ScenarioTotals, run_scenarios
from readiness.exposure.scenarios import TODAY, Scenario

TOP = 10
ZERO = Decimal(0)


@dataclass(frozen=True)
class ProductLine:
    """One product under one scenario, beside today's result."""

    part_number: str
    description: str
    hts_code: str
    currency: str
    status: Status
    today_status: Status
    duty: Decimal
    today_duty: Decimal
    reasons: tuple[Reason, ...]  # why it qualifies or not (the lanes' reasons when it qualifies)
    complete: bool  # False: the duty is a stated upper bound (see `exposure`)

    @property
    def delta(self) -> Decimal:
        return self.duty - self.today_duty

    @property
    def changed(self) -> bool:
        return self.status is not self.today_status


@dataclass(frozen=True)
class ScenarioReport:
    """One scenario over the register."""

    scenario: Scenario
    is_baseline: bool
    totals: ScenarioTotals
    failing: tuple[ProductLine, ...]
    cannot_tell: tuple[ProductLine, ...]
    changed: tuple[ProductLine, ...]
    top: tuple[ProductLine, ...]

    @property
    def at_stake(self) -> dict[str, Decimal]:
        """Currency -> the increase over today's duty (zero when the scenario costs nothing more)."""
        return {currency: max(delta, ZERO) for currency, delta in self.totals.delta.items()}


@dataclass(frozen=True)
class ExposureReport:
    """The register under every scenario, today's rules first."""

    products: int
    currencies: tuple[str, ...]
    scenarios: tuple[ScenarioReport, ...]
    run: ExposureRun

    def scenario(self, scenario_id: str) -> ScenarioReport:
        return next(s for s in self.scenarios if s.scenario.id == scenario_id)


def _line(product: Product, run: ExposureRun, scenario_id: str) -> ProductLine:
    own = run.exposures[scenario_id][product.part_number]
    today = run.exposures[run.baseline][product.part_number]
    reasons = own.outcome.reasons
    return ProductLine(
        product.part_number,
        product.description,
        product.hts_code,
        own.currency,
        own.outcome.status,
        today.outcome.status,
        own.duty,
        today.duty,
        reasons,
        own.complete,
    )


def _by_amount(lines: Iterable[ProductLine], amount: str) -> tuple[ProductLine, ...]:
    return tuple(sorted(lines, key=lambda line: (-getattr(line, amount), line.part_number)))


def scenario_report(
    products: Sequence[Product], run: ExposureRun, scenario: Scenario, *, top: int = TOP
) -> ScenarioReport:
    """One scenario of a run, laid out (see the module docstring)."""
    lines = [_line(p, run, scenario.id) for p in products]
    return ScenarioReport(
        scenario=scenario,
        is_baseline=scenario.id == run.baseline,
        totals=run.totals[scenario.id],
        failing=_by_amount((x for x in lines if x.status is Status.FAILS), "duty"),
        cannot_tell=_by_amount((x for x in lines if x.status is Status.CANNOT_TELL), "duty"),
        changed=_by_amount((x for x in lines if x.changed), "delta"),
        top=_by_amount((x for x in lines if x.duty > 0), "duty")[:top],
    )


def exposure_report(
    products: Sequence[Product],
    scenarios: Sequence[Scenario],
    *,
    de_minimis: DeMinimisRules,
    top: int = TOP,
) -> ExposureReport:
    """The register under each scenario (today's rules first, added when not among `scenarios`)."""
    run = run_scenarios(products, scenarios, de_minimis=de_minimis)
    by_id: Mapping[str, Scenario] = {s.id: s for s in scenarios}
    reports = []
    for scenario_id in run.scenario_ids:
        scenario = by_id.get(scenario_id, TODAY)  # the run adds today's rules as the baseline when not given
        reports.append(scenario_report(products, run, scenario, top=top))
    currencies = tuple(sorted({p.currency for p in products}))
    return ExposureReport(len(products), currencies, tuple(reports), run)
