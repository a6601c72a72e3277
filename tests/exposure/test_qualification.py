"""The whole rule: how its tests combine, goods of originating materials only, and the automotive conditions."""

from __future__ import annotations

from readiness.exposure.reasons import Status
from tests.exposure.builders import D, codes, line, outcome, params, product

# A bracket of the good's own heading (no shift) worth 30: beyond de minimis (10 % x TV 100 = 10.00).
# RVC(TV) = (100 - 30) / 100 x 100 = 70.00 %.
BOM = [line("Bracket", "8708.99", "other", "no", "30"), line("Housing", "7325.99", "MX", "yes", "40")]


def rule(combination: str, **more: object) -> dict:
    return {"tariff_shift": {"level": "heading"}, "rvc": {"transaction_value": "60"}, "combination": combination} | more


def test_either_test_is_enough_when_the_rule_offers_alternatives() -> None:
    """Shift fails (30 > 10.00), RVC passes (70.00 % >= 60 %): "either" qualifies, "both" fails."""
    either = outcome(product(bom=BOM, rule=rule("either")))
    assert either.status is Status.QUALIFIES and codes(either) == ["rvc-met"]
    both = outcome(product(bom=BOM, rule=rule("both")))
    assert both.status is Status.FAILS and codes(both) == ["tariff-shift-not-met", "de-minimis-exceeded"]


def test_a_failure_wins_over_cannot_tell_when_both_are_needed() -> None:
    """ "Both": the shift fails while the RVC cannot tell (no TV recorded); the good fails either way."""
    result = outcome(product(transaction_value=None, bom=BOM, rule=rule("both")))
    assert result.status is Status.FAILS


def test_goods_of_originating_materials_only_qualify_without_a_rule() -> None:
    """Art. 4.2(c): every material originating, no rule recorded: qualifies."""
    bom = [line("Housing", "7325.99", "MX", "yes", "40"), line("Piston", "8708.30", "US", "yes", "12")]
    result = outcome(product(bom=bom))
    assert result.status is Status.QUALIFIES and codes(result) == ["all-materials-originating"]


def test_without_a_rule_and_with_non_originating_materials_cannot_tell() -> None:
    assert codes(outcome(product(bom=BOM))) == ["no-rule"]


def test_labour_value_content_is_an_extra_condition() -> None:
    """Rule passes by RVC, plus LVC of at least 40 %: declared 38 % fails; 40 % qualifies; none: cannot tell."""
    automotive = {"automotive": {"labour_value_content": "40"}}
    failing = outcome(product(bom=BOM, labour_value_content="38", rule=rule("either", **automotive)))
    assert failing.status is Status.FAILS
    assert params(failing, "lvc-below-minimum") == {"lvc": 38, "minimum": 40}
    assert outcome(product(bom=BOM, labour_value_content="40", rule=rule("either", **automotive))).qualifies
    missing = outcome(product(bom=BOM, rule=rule("either", **automotive)))
    assert codes(missing) == ["missing-labour-value-content"]


def test_us_content_minimum_uses_the_better_recorded_base() -> None:
    """U.S. materials worth 36; TV 100, NC 80. Share of NC = 36 / 80 x 100 = 45.00 % (better than 36 % of TV).
    A 45 % minimum is met; a 50 % minimum is not."""
    bom = [*BOM, line("Piston", "8708.30", "US", "yes", "36")]
    met = outcome(product(bom=bom, rule=rule("either", automotive={"us_content_minimum": "45"})))
    assert met.qualifies and params(met, "us-content-met") == {"method": "net-cost", "share": D("45.00"), "minimum": 45}
    short = outcome(product(bom=bom, rule=rule("either", automotive={"us_content_minimum": "50"})))
    assert short.status is Status.FAILS and codes(short) == ["us-content-below-minimum"]
