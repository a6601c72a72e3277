"""Recomputing after one change gives what a full evaluation gives: a product edited, added or removed, and a
scenario's threshold moved."""

from __future__ import annotations

from decimal import Decimal

from readiness.exposure.examples import example_products
from readiness.exposure.product_fields import with_bom_values, with_values
from readiness.exposure.run import ExposureRun, rerun_products, rerun_scenario, run_scenarios
from readiness.exposure.scenario_files import builtin_de_minimis, builtin_scenarios
from tests.exposure.builders import line, product

DE_MINIMIS = builtin_de_minimis()


def same(a: ExposureRun, b: ExposureRun) -> None:
    assert a.scenario_ids == b.scenario_ids
    for scenario_id in a.scenario_ids:
        assert list(a.exposures[scenario_id]) == list(b.exposures[scenario_id])
        for part, exposure in a.exposures[scenario_id].items():
            other = b.exposures[scenario_id][part]
            assert (exposure.outcome, exposure.duty, exposure.complete) == (other.outcome, other.duty, other.complete)
        assert a.totals[scenario_id] == b.totals[scenario_id]


def test_one_product_edited_added_and_removed() -> None:
    """The engine's ECU made originating (VNM 830 -> 520) changes its U.S.-content and RVC results only."""
    scenarios = builtin_scenarios()
    brake, engine = example_products()
    extra = product(part_number="P-NEW", bom=[line("Casting", "7325.99", "other", "no", "40")])
    run = run_scenarios([brake, engine], scenarios, de_minimis=DE_MINIMIS)
    sourced = with_bom_values(engine, 3, {"country": "MX", "originating": "yes"})
    register = [brake, sourced, extra]
    again = rerun_products(run, register, scenarios, de_minimis=DE_MINIMIS, changed=[engine.part_number, "P-NEW"])
    same(again, run_scenarios(register, scenarios, de_minimis=DE_MINIMIS))
    assert again.exposures["today"][brake.part_number] is run.exposures["today"][brake.part_number]  # kept
    fewer = rerun_products(again, [sourced], scenarios, de_minimis=DE_MINIMIS, changed=[brake.part_number, "P-NEW"])
    same(fewer, run_scenarios([sourced], scenarios, de_minimis=DE_MINIMIS))


def test_a_scenario_threshold_moved() -> None:
    """Core parts at 78 % instead of 80 %: the engine (RVC 78.16 %) qualifies again."""
    scenarios = builtin_scenarios()
    products = [*example_products(), with_values(example_products()[1], {"part_number": "ENG-2"})]
    run = run_scenarios(products, scenarios, de_minimis=DE_MINIMIS)
    core = next(s for s in scenarios if s.id == "core-parts-rvc-80")
    assert run.totals[core.id].failing == ("EXAMPLE-ENG-200", "ENG-2")
    lowered = core.model_copy(update={"rvc": (core.rvc[0].model_copy(update={"net_cost": Decimal(78)}),)})
    again = rerun_scenario(run, lowered, de_minimis=DE_MINIMIS)
    assert again.totals[core.id].failing == ()
    changed = [lowered if s.id == core.id else s for s in scenarios]
    same(again, run_scenarios(products, changed, de_minimis=DE_MINIMIS))
