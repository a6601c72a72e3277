"""Regional value content by both methods (USMCA Art. 4.5), worked by hand, and the data it needs."""

from __future__ import annotations

from readiness.exposure.reasons import Status
from tests.exposure.builders import D, codes, line, outcome, params, product

# TV 100 and NC 80 per unit; 30 of non-originating materials (VNM), 40 originating.
BOM = [
    line("Forged blank", "7326.19", "other", "no", "30"),
    line("Machining", "8466.93", "MX", "yes", "40"),
]


def rvc_rule(**thresholds: str) -> dict:
    return {"rvc": thresholds}


def test_rvc_by_transaction_value_falls_short_of_its_threshold() -> None:
    """RVC(TV) = (TV - VNM) / TV x 100 = (100 - 30) / 100 x 100 = 70.00 %, below a 75 % threshold: fails."""
    result = outcome(product(bom=BOM, rule=rvc_rule(transaction_value="75")))
    assert result.status is Status.FAILS
    assert params(result, "rvc-below-threshold") == {"method": "transaction-value", "rvc": D("70.00"), "threshold": 75}


def test_rvc_by_net_cost_meets_its_threshold() -> None:
    """RVC(NC) = (NC - VNM) / NC x 100 = (80 - 30) / 80 x 100 = 62.50 %, at least 60 %: qualifies."""
    result = outcome(product(bom=BOM, rule=rvc_rule(net_cost="60")))
    assert result.status is Status.QUALIFIES
    assert params(result, "rvc-met") == {"method": "net-cost", "rvc": D("62.50"), "threshold": 60}


def test_the_producer_may_use_either_allowed_method() -> None:
    """TV 75 % / NC 60 %: 70.00 % by TV fails, 62.50 % by NC passes; one method is enough (Art. 4.5.1).

    With NC at 65 % instead, both fail (70.00 < 75 and 62.50 < 65) and both figures are given as reasons.
    """
    assert outcome(product(bom=BOM, rule=rvc_rule(transaction_value="75", net_cost="60"))).qualifies
    result = outcome(product(bom=BOM, rule=rvc_rule(transaction_value="75", net_cost="65")))
    assert result.status is Status.FAILS
    assert [dict(r.params)["rvc"] for r in result.reasons] == [D("70.00"), D("62.50")]


def test_a_threshold_met_exactly_qualifies() -> None:
    """(100 - 30) / 100 x 100 = 70 % against a 70 % threshold: "not less than" is met."""
    assert outcome(product(bom=BOM, rule=rvc_rule(transaction_value="70"))).qualifies


def test_the_threshold_is_decided_exactly_not_on_the_rounded_figure() -> None:
    """TV 3, VNM 1: RVC = (3 - 1) / 3 x 100 = 66.666... %, reported as 66.67 % (half up) yet below 66.67 %.

    Decided by cross-multiplying: (3 - 1) x 100 = 200 < 66.67 x 3 = 200.01, so it fails.
    """

    def small(threshold: str) -> object:
        bom = [line("Part", "7326.19", "other", "no", "1")]
        return outcome(
            product(transaction_value="3", net_cost=None, bom=bom, rule=rvc_rule(transaction_value=threshold))
        )

    result = small("66.67")
    assert result.status is Status.FAILS
    assert params(result, "rvc-below-threshold")["rvc"] == D("66.67")
    assert small("66.66").status is Status.QUALIFIES


def test_a_missing_material_value_cannot_tell_unless_the_known_part_already_fails() -> None:
    """One non-originating line has no value, so VNM is at least the known 30.

    Threshold 60 % by TV: RVC is at most (100 - 30) / 100 = 70 %, which would pass, but the missing value
    could pull it under: cannot tell, naming the material. Threshold 75 %: even 70 % fails, so it fails.
    """
    bom = [*BOM, line("Gasket", "4016.93", "other", "no", None)]
    result = outcome(product(bom=bom, rule=rvc_rule(transaction_value="60")))
    assert result.status is Status.CANNOT_TELL
    assert params(result, "missing-material-value")["materials"] == ("Gasket",)
    assert outcome(product(bom=bom, rule=rvc_rule(transaction_value="75"))).status is Status.FAILS


def test_a_method_without_its_base_recorded_cannot_tell() -> None:
    """The rule allows only net cost, and no net cost is recorded: cannot tell, naming the missing figure."""
    result = outcome(product(net_cost=None, bom=BOM, rule=rvc_rule(net_cost="50")))
    assert result.status is Status.CANNOT_TELL
    assert codes(result) == ["missing-product-value"]
    assert params(result, "missing-product-value")["needed"] == ("net-cost",)


def test_unknown_origin_counts_as_non_originating_in_vnm() -> None:
    """A U.S. part whose originating status is unknown counts in VNM: (100 - 30 - 20) / 100 = 50 % < 60 %."""
    bom = [*BOM, line("Bracket", "7326.90", "US", "unknown", "20")]
    result = outcome(product(bom=bom, rule=rvc_rule(transaction_value="60")))
    assert result.status is Status.FAILS
    assert params(result, "rvc-below-threshold")["rvc"] == D("50.00")
