"""Scenarios that flip products, their deltas and totals against today's rules, and item exposure."""

from __future__ import annotations

from readiness.exposure.reasons import Status
from readiness.exposure.run import item_exposure, items_by_stake, run_scenarios
from readiness.exposure.scenario_files import builtin_de_minimis, builtin_scenarios
from readiness.exposure.scenarios import Scenario
from tests.exposure.builders import D, lane, line, product, run

SHIPPED = {s.id: s for s in builtin_scenarios()}
S232_PARTS = {"program": "Section 232 autos", "rate": "25", "base": "whole-value", "applies": "not-qualifying"}


def engine(part: str = "ENG-1", us_value: str = "0", **more: object) -> object:
    """An engine (8407.34, a core part): NC 100, non-originating materials 22, rule RVC 75 % by net cost.
    RVC(NC) = (100 - 22) / 100 x 100 = 78.00 %: qualifies today."""
    bom = [line("Injectors", "8409.91", "other", "no", "22"), line("Block", "8409.91", "MX", "yes", "40")]
    if us_value != "0":
        bom.append(line("Crankshaft", "8483.10", "US", "yes", us_value))
    data = {
        "part_number": part,
        "hts_code": "8407.34",
        "transaction_value": "120",
        "net_cost": "100",
        "bom": bom,
        "rule": {"rvc": {"net_cost": "75"}},
        "lanes": [lane(value="8400000", overlays=[S232_PARTS])],
    } | more
    return product(**data)


def test_core_parts_rvc_at_80_flips_an_engine_and_prices_it() -> None:
    """Under core-parts-rvc-80, 78.00 % < 80 %: the engine fails. It then pays MFN 8,400,000 x 2.5 % =
    210,000.00 and the Section 232 overlay for non-qualifying parts, 8,400,000 x 25 % = 2,100,000.00:
    delta 2,310,000.00 against today's 0."""
    result = run([engine()], SHIPPED["core-parts-rvc-80"])
    assert result.exposures["today"]["ENG-1"].status is Status.QUALIFIES
    flipped = result.exposures["core-parts-rvc-80"]["ENG-1"]
    assert flipped.status is Status.FAILS
    assert flipped.outcome.reasons[0].params["threshold"] == 80
    assert result.delta("ENG-1", "core-parts-rvc-80") == D("2310000.00")
    totals = result.totals["core-parts-rvc-80"]
    assert totals.changed_status == ("ENG-1",) and totals.failing == ("ENG-1",)
    assert totals.delta == {"USD": D("2310000.00")}


def test_a_part_outside_the_scenario_ranges_is_untouched() -> None:
    """A brake part (8708.30) is not a core part: the 80 % scenario leaves it as it is (delta 0)."""
    brake = product(bom=[line("Pad", "6813.81", "other", "no", "22")], rule={"rvc": {"net_cost": "70"}})
    assert run([brake], SHIPPED["core-parts-rvc-80"]).delta("P-1", "core-parts-rvc-80") == 0


def test_us_content_minimum_of_50_percent() -> None:
    """U.S. crankshaft worth 45: share of NC = 45 / 100 = 45 % < 50 %: fails under us-content-50;
    worth 50 (50 %) it still qualifies. Today the U.S. share does not matter."""
    scenario = SHIPPED["us-content-50"]
    low = run([engine(us_value="45")], scenario)
    assert low.exposures["today"]["ENG-1"].status is Status.QUALIFIES
    assert low.exposures["us-content-50"]["ENG-1"].status is Status.FAILS
    assert run([engine(us_value="50")], scenario).exposures["us-content-50"]["ENG-1"].status is Status.QUALIFIES


def test_withdrawal_ends_preference_into_the_us_but_not_between_canada_and_mexico() -> None:
    """U.S. withdrawal: the MX -> US lane pays MFN 2.5 % on 1,000,000 = 25,000.00; CA -> MX keeps it."""
    item = product(
        bom=[line("Housing", "7325.99", "MX", "yes", "40")],
        lanes=[lane(), lane(origin="CA", destination="MX", value="500000", rate="5")],
    )
    result = run([item], SHIPPED["preference-withdrawn"]).exposures["preference-withdrawn"]["P-1"]
    assert result.status is Status.QUALIFIES
    us_lane, ca_mx = result.lanes
    assert (us_lane.preference, us_lane.duty, us_lane.reasons[0].code.value) == (
        False,
        D("25000.00"),
        "preference-lost",
    )
    assert (ca_mx.preference, ca_mx.duty) == (True, D("0"))


def test_overlay_on_non_us_content_of_non_qualifying_goods() -> None:
    """overlay-25-non-us on a failing product with TV 100 and U.S. materials 20: 25 % x 1,000,000 x 80 / 100
    = 200,000.00 on top of MFN 25,000.00; a qualifying product pays nothing more."""
    bom = [line("Piston", "8708.30", "US", "yes", "20"), line("Bracket", "8708.99", "other", "no", "30")]
    failing = product(bom=bom, rule={"rvc": {"transaction_value": "75"}})
    scenario = SHIPPED["overlay-25-non-us"]
    assert run([failing], scenario).delta("P-1", scenario.id) == D("200000.00")
    passing = product(bom=bom, rule={"rvc": {"transaction_value": "60"}})
    assert run([passing], scenario).delta("P-1", scenario.id) == 0


def test_an_rvc_change_adds_a_requirement_to_a_shift_only_rule() -> None:
    """A shift-only rule (met) gains "RVC 90 % by TV": (100 - 22) / 100 = 78 % < 90 %, so it now fails."""
    item = product(bom=[line("Bolts", "7318.15", "other", "no", "22")], rule={"tariff_shift": {"level": "heading"}})
    tighter = Scenario(
        id="tight", title="Tight", hypothesis=True, basis="test", rvc=[{"hts": ["8708"], "transaction_value": "90"}]
    )
    result = run([item], tighter)
    assert result.exposures["today"]["P-1"].status is Status.QUALIFIES
    assert result.exposures["tight"]["P-1"].status is Status.FAILS


def test_mfn_changes_apply_by_range_and_origin() -> None:
    """MFN raised to 10 % for Mexican goods of 8708 only: 1,000,000 x 10 % = 100,000.00 for the failing
    product on its MX lane; its CA lane keeps 2.5 % of 1,000 = 25.00."""
    item = product(bom=[line("Bracket", "8708.99", "other", "no", "30")], rule={"rvc": {"transaction_value": "75"}},
                   lanes=[lane(), lane(origin="CA", value="1000")])  # fmt: skip
    change = Scenario(
        id="mfn", title="MFN", hypothesis=True, basis="test", mfn=[{"hts": ["8708"], "origins": ["MX"], "rate": "10"}]
    )
    lanes = run([item], change).exposures["mfn"]["P-1"].lanes
    assert [d.duty for d in lanes] == [D("100000.00"), D("25.00")]


def test_totals_keep_currencies_apart_and_items_rank_by_money_at_stake() -> None:
    """Two engines fail under core-parts-rvc-80: a USD one (+2,310,000.00) and a CAD one (+2,310,000.00 CAD).
    Totals are per currency. Item "rvc-headroom" links both, "supplier-data" the USD one and an unknown part."""
    usd, cad = engine("ENG-USD"), engine("ENG-CAD", currency="CAD")
    result = run_scenarios([usd, cad], builtin_scenarios(), de_minimis=builtin_de_minimis())
    assert result.totals["core-parts-rvc-80"].delta == {"USD": D("2310000.00"), "CAD": D("2310000.00")}
    links = {"rvc-headroom": ["ENG-USD", "ENG-CAD"], "supplier-data": ["ENG-USD", "GONE-9"], "quiet": []}
    items = item_exposure(result, links)
    assert items["rvc-headroom"].at_stake == {"USD": D("2310000.00"), "CAD": D("2310000.00")}
    assert items["supplier-data"].unknown_parts == ("GONE-9",)
    assert items["quiet"].at_stake == {}
    assert items_by_stake(items, "USD") == ["rvc-headroom", "supplier-data", "quiet"]


def test_prepared_products_are_reused_for_a_recomputation() -> None:
    """A run keeps each product's prepared facts; passing them back gives the same result without redoing them."""
    first = run([engine()], SHIPPED["core-parts-rvc-80"])
    again = run_scenarios([first.prepared["ENG-1"].product], [SHIPPED["us-content-50"]],
                          de_minimis=builtin_de_minimis(), prepared=first.prepared)  # fmt: skip
    assert again.prepared["ENG-1"] is first.prepared["ENG-1"]


def test_reusing_todays_results_gives_what_a_fresh_evaluation_gives() -> None:
    """The run takes from today's result whatever a scenario leaves unchanged; evaluated from scratch,
    every product under every shipped scenario must come out the same (status, reasons, lanes, duty)."""
    from readiness.exposure.apply import ScenarioIndex, prepare
    from readiness.exposure.content import exact
    from readiness.exposure.exposure import product_exposure

    brake = product(bom=[line("Bracket", "8708.99", "other", "no", "30")], rule={"rvc": {"transaction_value": "75"}},
                    lanes=[lane(), lane(origin="CA", destination="MX")])  # fmt: skip
    register = [engine(), engine("ENG-2", us_value="60"), brake, product(part_number="P-9", bom=[])]
    result = run_scenarios(register, builtin_scenarios(), de_minimis=builtin_de_minimis())
    with exact():
        for scenario in builtin_scenarios():
            for item in register:
                fresh = product_exposure(prepare(item, builtin_de_minimis()), ScenarioIndex(scenario))
                kept = result.exposures[scenario.id][item.part_number]
                assert (kept.outcome, kept.duty, kept.complete) == (fresh.outcome, fresh.duty, fresh.complete)
                assert [(d.duty, d.preference, d.reasons) for d in kept.lanes] == [
                    (d.duty, d.preference, d.reasons) for d in fresh.lanes
                ]
