"""Run a register through scenarios: exposure per product, totals and deltas per scenario, and item exposure.

`run_scenarios` is the one entry point for the what-if: it prepares each
product once (see `apply`), evaluates it under today's rules (the baseline:
the scenario with id "today" when given, else `TODAY`) and under every
scenario, and sums duty per scenario and currency (amounts in different
currencies are never added). A caller that keeps the run can pass its
`prepared` products back in to recompute after a threshold change without
reading the bills of materials again.

After an edit, `rerun_products` evaluates again only the products that
changed (under every scenario) and `rerun_scenario` only one scenario that
changed (for every product, against today's results it keeps); both sum the
totals again over the whole register, which is cheap, and return a new run.
This is what keeps the app's recompute after a single change fast.

`item_exposure` turns the run into money per readiness item: an item is
linked to product part numbers (the mapping comes from the store), and its
duty at stake is, per currency, the largest increase over today's duty that
any scenario brings on its products (never below zero).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from readiness.exposure.apply import Prepared, ScenarioIndex, prepare
from readiness.exposure.content import ZERO, exact
from readiness.exposure.exposure import ProductExposure, product_exposure
from readiness.exposure.products import Product
from readiness.exposure.reasons import Status
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.scenarios import TODAY, Scenario

Amounts = Mapping[str, Decimal]  # currency -> amount


@dataclass(frozen=True)
class ScenarioTotals:
    """One scenario over the whole register: duty and delta per currency, and the products that matter."""

    scenario_id: str
    duty: Amounts
    delta: Amounts
    failing: tuple[str, ...]
    cannot_tell: tuple[str, ...]
    changed_status: tuple[str, ...]  # qualification differs from today's
    incomplete: tuple[str, ...]  # duty is a worst case (see `exposure`)


@dataclass(frozen=True)
class ExposureRun:
    """Every product under every scenario, with totals; `baseline` is today's rules."""

    baseline: str
    scenario_ids: tuple[str, ...]
    exposures: Mapping[str, Mapping[str, ProductExposure]]  # scenario id -> part number -> exposure
    totals: Mapping[str, ScenarioTotals]
    prepared: Mapping[str, Prepared]  # part number -> prepared product, reusable

    def delta(self, part_number: str, scenario_id: str) -> Decimal:
        """A product's duty under a scenario less its duty under today's rules."""
        return self.exposures[scenario_id][part_number].duty - self.exposures[self.baseline][part_number].duty


def _totals(
    scenario_id: str, own: Mapping[str, ProductExposure], today: Mapping[str, ProductExposure]
) -> ScenarioTotals:
    duty: dict[str, Decimal] = {}
    delta: dict[str, Decimal] = {}
    failing: list[str] = []
    unsure: list[str] = []
    changed: list[str] = []
    incomplete: list[str] = []
    for part, exposure in own.items():
        before = today[part]
        currency, status = exposure.currency, exposure.outcome.status
        duty[currency] = duty.get(currency, ZERO) + exposure.duty
        delta[currency] = delta.get(currency, ZERO) + (exposure.duty - before.duty)
        if status is Status.FAILS:
            failing.append(part)
        elif status is Status.CANNOT_TELL:
            unsure.append(part)
        if status is not before.outcome.status:
            changed.append(part)
        if not exposure.complete:
            incomplete.append(part)
    return ScenarioTotals(scenario_id, duty, delta, tuple(failing), tuple(unsure), tuple(changed), tuple(incomplete))


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """Suspend the cyclic garbage collector while evaluating, and restore it after.

    An evaluation allocates many small result objects and no reference cycles; with a register of
    hundreds of thousands of materials alive, the collector's full passes would otherwise cost about
    a third of the run. Reference counting still frees everything at once.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run_scenarios(
    products: Iterable[Product],
    scenarios: Sequence[Scenario],
    *,
    de_minimis: DeMinimisRules,
    prepared: Mapping[str, Prepared] | None = None,
) -> ExposureRun:
    """Evaluate every product under today's rules and each scenario; see the module docstring."""
    baseline = next((s for s in scenarios if s.id == TODAY.id), TODAY)
    ordered = [baseline, *(s for s in scenarios if s.id != TODAY.id)]
    cache = dict(prepared or {})
    exposures: dict[str, dict[str, ProductExposure]] = {s.id: {} for s in ordered}
    indexes = [ScenarioIndex(scenario) for scenario in ordered]
    with exact(), _without_gc_pauses():
        for product in products:
            ready = cache.get(product.part_number)
            if ready is None or ready.product is not product or ready.de_minimis is not de_minimis:
                ready = cache[product.part_number] = prepare(product, de_minimis)
            today = exposures[baseline.id][product.part_number] = product_exposure(ready, indexes[0])
            for index in indexes[1:]:
                exposures[index.scenario.id][product.part_number] = product_exposure(ready, index, baseline=today)
    totals = {s.id: _totals(s.id, exposures[s.id], today=exposures[baseline.id]) for s in ordered}
    return ExposureRun(baseline.id, tuple(s.id for s in ordered), exposures, totals, cache)


def rerun_products(
    run: ExposureRun,
    products: Sequence[Product],
    scenarios: Sequence[Scenario],
    *,
    de_minimis: DeMinimisRules,
    changed: Iterable[str],
) -> ExposureRun:
    """`run` for the register `products` (in order) where only the `changed` part numbers (added, edited or
    removed) are evaluated again; `scenarios` are the run's own."""
    wanted = set(changed)
    fresh = run_scenarios([p for p in products if p.part_number in wanted], scenarios, de_minimis=de_minimis)
    exposures: dict[str, dict[str, ProductExposure]] = {}
    for scenario_id in run.scenario_ids:
        old, new = run.exposures[scenario_id], fresh.exposures[scenario_id]
        exposures[scenario_id] = {
            p.part_number: (new if p.part_number in wanted else old)[p.part_number] for p in products
        }
    prepared = {
        p.part_number: (fresh.prepared if p.part_number in wanted else run.prepared)[p.part_number] for p in products
    }
    today = exposures[run.baseline]
    totals = {sid: _totals(sid, exposures[sid], today=today) for sid in run.scenario_ids}
    return ExposureRun(run.baseline, run.scenario_ids, exposures, totals, prepared)


def rerun_scenario(run: ExposureRun, scenario: Scenario, *, de_minimis: DeMinimisRules) -> ExposureRun:
    """`run` with one scenario (not today's rules) replaced by `scenario` (same id, new terms), evaluated again
    for every product from the prepared facts and against today's results; the other scenarios are kept."""
    if scenario.id == run.baseline or scenario.id not in run.exposures:
        raise ValueError(f"{scenario.id!r} is not a what-if scenario of this run")
    index = ScenarioIndex(scenario)
    today = run.exposures[run.baseline]
    own: dict[str, ProductExposure] = {}
    with exact(), _without_gc_pauses():
        for part in today:
            ready = run.prepared[part]
            if ready.de_minimis is not de_minimis:
                ready = prepare(ready.product, de_minimis)
            own[part] = product_exposure(ready, index, baseline=today[part])
    exposures = {sid: (own if sid == scenario.id else run.exposures[sid]) for sid in run.scenario_ids}
    totals = {**run.totals, scenario.id: _totals(scenario.id, own, today=today)}
    return ExposureRun(run.baseline, run.scenario_ids, exposures, totals, run.prepared)


@dataclass(frozen=True)
class ItemExposure:
    """The money behind one readiness item: duty on its linked products per scenario, and what is at stake."""

    item_id: str
    part_numbers: tuple[str, ...]
    unknown_parts: tuple[str, ...]  # linked part numbers the register does not hold
    duty: Mapping[str, Amounts]  # scenario id -> currency -> duty
    delta: Mapping[str, Amounts]  # scenario id -> currency -> duty less today's
    at_stake: Amounts  # currency -> the largest increase any scenario brings, at least zero


def item_exposure(run: ExposureRun, links: Mapping[str, Iterable[str]]) -> dict[str, ItemExposure]:
    """Exposure per readiness item from `links` (item id -> part numbers)."""
    today = run.exposures[run.baseline]
    result: dict[str, ItemExposure] = {}
    for item_id, linked in links.items():
        parts = tuple(dict.fromkeys(linked))
        known = tuple(p for p in parts if p in today)
        duty: dict[str, Amounts] = {}
        delta: dict[str, Amounts] = {}
        at_stake: dict[str, Decimal] = {}
        for scenario_id in run.scenario_ids:
            own = run.exposures[scenario_id]
            duty_here: dict[str, Decimal] = {}
            delta_here: dict[str, Decimal] = {}
            for part in known:
                exposure = own[part]
                currency = exposure.currency
                duty_here[currency] = duty_here.get(currency, ZERO) + exposure.duty
                delta_here[currency] = delta_here.get(currency, ZERO) + exposure.duty - today[part].duty
            duty[scenario_id], delta[scenario_id] = duty_here, delta_here
            for currency, amount in delta_here.items():
                at_stake[currency] = max(at_stake.get(currency, ZERO), amount)
        unknown = tuple(p for p in parts if p not in today)
        result[item_id] = ItemExposure(item_id, known, unknown, duty, delta, at_stake)
    return result


def items_by_stake(exposures: Mapping[str, ItemExposure], currency: str) -> list[str]:
    """Item ids, the most duty at stake in `currency` first (ties by id), for ordering the gap list."""
    return sorted(exposures, key=lambda item: (-exposures[item].at_stake.get(currency, ZERO), item))
