"""Annual duty per lane and product: MFN when not qualifying, overlays on their bases, rounding, worst case."""

from __future__ import annotations

from readiness.exposure.reasons import Status
from readiness.exposure.scenarios import TODAY
from tests.exposure.builders import D, lane, line, product, run

# TV 100: U.S. materials 20, other non-originating 30 (VNM), Mexican originating 40.
BOM = [
    line("Piston", "8708.30", "US", "yes", "20"),
    line("Bracket", "8708.99", "other", "no", "30"),
    line("Housing", "7325.99", "MX", "yes", "40"),
]
QUALIFYING = {"rvc": {"transaction_value": "60"}}  # (100 - 30) / 100 = 70 % >= 60 %
FAILING = {"rvc": {"transaction_value": "75"}}  # 70 % < 75 %
S232 = {"program": "Section 232", "rate": "25", "base": "non-us-content", "applies": "always"}


def exposure(item: object) -> object:
    return run([item], TODAY).exposures["today"]["P-1"]  # type: ignore[list-item]


def test_a_non_qualifying_product_pays_mfn_and_its_overlay() -> None:
    """Lane MX -> US, 1,000,000 a year, MFN 2.5 %: 1,000,000 x 2.5 / 100 = 25,000.00.
    Section 232 at 25 % on the non-U.S. content: share (TV - U.S.) / TV = (100 - 20) / 100 = 0.8,
    so 1,000,000 x 0.8 x 25 / 100 = 200,000.00. Total 225,000.00."""
    result = exposure(product(bom=BOM, rule=FAILING, lanes=[lane(overlays=[S232])]))
    assert result.status is Status.FAILS
    (duty,) = result.lanes
    assert (duty.mfn_duty, duty.overlay_duties, duty.duty) == (
        D("25000.00"),
        (("Section 232", D("200000.00")),),
        D("225000.00"),
    )
    assert result.duty == D("225000.00") and result.complete


def test_a_qualifying_product_pays_no_mfn_but_an_overlay_that_always_applies() -> None:
    """Qualifies (70 % >= 60 %): MFN 0; the 232 overlay still applies: 200,000.00."""
    result = exposure(product(bom=BOM, rule=QUALIFYING, lanes=[lane(overlays=[S232])]))
    assert result.lanes[0].preference and result.duty == D("200000.00")


def test_an_overlay_only_for_non_qualifying_goods_and_on_non_originating_value() -> None:
    """Overlay 10 % on the non-originating value, only when not qualifying: share VNM / TV = 30 / 100,
    1,000,000 x 0.3 x 10 / 100 = 30,000.00 when failing (plus MFN 25,000.00); nothing when qualifying."""
    overlay = {"program": "Section 301", "rate": "10", "base": "non-originating-value", "applies": "not-qualifying"}
    assert exposure(product(bom=BOM, rule=FAILING, lanes=[lane(overlays=[overlay])])).duty == D("55000.00")
    assert exposure(product(bom=BOM, rule=QUALIFYING, lanes=[lane(overlays=[overlay])])).duty == D("0")


def test_no_preference_without_a_claim_or_outside_the_agreement() -> None:
    """A qualifying product pays MFN when it does not claim the preference, and on a lane from China."""
    unclaimed = exposure(product(bom=BOM, rule=QUALIFYING, preference_claimed=False))
    assert unclaimed.duty == D("25000.00")
    assert unclaimed.lanes[0].reasons[0].code.value == "preference-not-claimed"
    from_china = exposure(product(bom=BOM, rule=QUALIFYING, lanes=[lane(origin="CN")]))
    assert from_china.lanes[0].reasons[0].code.value == "lane-outside-agreement"


def test_each_lane_is_rounded_to_the_cent_half_up_and_then_summed() -> None:
    """333.33 x 2.5 / 100 = 8.33325 -> 8.33; 1.00 x 0.5 / 100 = 0.005 -> 0.01 (half up); total 8.34."""
    lanes = [lane(value="333.33", rate="2.5"), lane(origin="CA", value="1.00", rate="0.5")]
    result = exposure(product(bom=BOM, rule=FAILING, lanes=lanes))
    assert [d.duty for d in result.lanes] == [D("8.33"), D("0.01")]
    assert result.duty == D("8.34")


def test_cannot_tell_is_charged_as_not_qualifying_and_marked_incomplete() -> None:
    """No rule recorded and a non-originating material: cannot tell; MFN charged (25,000.00), incomplete."""
    result = exposure(product(bom=BOM))
    assert result.status is Status.CANNOT_TELL
    assert result.duty == D("25000.00") and not result.complete


def test_an_overlay_whose_share_is_unknown_is_charged_on_the_whole_value() -> None:
    """No TV recorded: the non-U.S. share is unknown, so the 232 overlay is charged on the whole
    1,000,000 x 25 / 100 = 250,000.00 (worst case), marked incomplete, with the reason."""
    result = exposure(
        product(transaction_value=None, bom=BOM, rule={"rvc": {"net_cost": "50"}}, lanes=[lane(overlays=[S232])])
    )
    assert result.lanes[0].overlay_duties == (("Section 232", D("250000.00")),)
    assert not result.complete
    assert "overlay-base-unknown" in [r.code.value for r in result.lanes[0].reasons]
