"""The tariff shift per non-originating material (Annex 4-B) and the de minimis allowance (Art. 4.7), by hand."""

from __future__ import annotations

from readiness.exposure.reasons import Status
from tests.exposure.builders import D, codes, line, outcome, params, product

HEADING = {"tariff_shift": {"level": "heading"}}  # the good, 8708.30.50, is of heading 8708


def shift_rule(level: str = "heading", excluded: tuple[str, ...] = ()) -> dict:
    return {"tariff_shift": {"level": level, "excluded": list(excluded)}}


def test_every_non_originating_material_from_another_heading_meets_the_shift() -> None:
    """Bolts 7318.15 (heading 7318) and a hose 4009.31 (heading 4009) both differ from heading 8708: met.

    The originating housing of heading 8708 need not shift at all.
    """
    bom = [
        line("Bolts", "7318.15", "other", "no", "5"),
        line("Hose", "4009.31", "other", "no", "7"),
        line("Housing", "8708.30", "MX", "yes", "40"),
    ]
    result = outcome(product(bom=bom, rule=HEADING))
    assert result.status is Status.QUALIFIES
    assert codes(result) == ["tariff-shift-met"]


def test_a_material_of_the_same_heading_fails_the_shift_beyond_de_minimis() -> None:
    """A non-originating bracket of 8708.99 is of heading 8708 like the good: no shift.

    De minimis: 10 % of TV = 0.10 x 100 = 10.00, and 10 % of NC (no total cost recorded) = 8.00.
    The bracket's 15 exceeds both, so the good fails; the larger allowance (TV) is reported.
    """
    result = outcome(product(bom=[line("Bracket", "8708.99", "other", "no", "15")], rule=HEADING))
    assert result.status is Status.FAILS
    assert codes(result) == ["tariff-shift-not-met", "de-minimis-exceeded"]
    assert params(result, "tariff-shift-not-met") == {"level": "heading", "materials": ("Bracket",)}
    exceeded = params(result, "de-minimis-exceeded")
    assert (exceeded["value"], exceeded["limit"], exceeded["base"]) == (15, D("10.00"), "transaction-value")


def test_de_minimis_lets_a_small_non_shifting_material_through() -> None:
    """The same bracket worth 9: 9 <= 10 % of TV 100 = 10.00, so the good qualifies (Art. 4.7)."""
    result = outcome(product(bom=[line("Bracket", "8708.99", "other", "no", "9")], rule=HEADING))
    assert result.status is Status.QUALIFIES
    assert params(result, "de-minimis-applied") == {
        "materials": ("Bracket",),
        "value": 9,
        "limit": D("10.00"),
        "base": "transaction-value",
        "percent": 10,
    }


def test_materials_under_de_minimis_still_count_in_the_rvc() -> None:
    """Rule: shift at heading level AND RVC 92 % by TV. The bracket (9) passes the shift by de minimis,
    but it stays in VNM: RVC = (100 - 9) / 100 x 100 = 91.00 % < 92 %, so the good fails on the RVC."""
    rule = {"tariff_shift": {"level": "heading"}, "rvc": {"transaction_value": "92"}}
    result = outcome(product(bom=[line("Bracket", "8708.99", "other", "no", "9")], rule=rule))
    assert result.status is Status.FAILS
    assert params(result, "rvc-below-threshold")["rvc"] == D("91.00")


def test_de_minimis_measured_on_total_cost_when_recorded() -> None:
    """No TV; total cost 120 recorded: 10 % x 120 = 12.00 >= 11, so the allowance applies on total cost."""
    bom = [line("Bracket", "8708.99", "other", "no", "11")]
    result = outcome(product(transaction_value=None, total_cost="120", bom=bom, rule=HEADING))
    assert params(result, "de-minimis-applied")["base"] == "total-cost"


def test_a_material_from_an_excluded_range_does_not_shift() -> None:
    """Rule: a change of heading, except from heading 7318. Bolts of 7318.15 change heading but come from
    the excluded range, so they count as not shifting: 12 > 10 % x 100 = 10.00 fails; at 5 <= 10.00 the
    de minimis allowance covers them."""
    rule = shift_rule(excluded=("7318",))
    result = outcome(product(bom=[line("Bolts", "7318.15", "other", "no", "12")], rule=rule))
    assert result.status is Status.FAILS
    assert params(result, "excluded-material") == {"material": "Bolts", "range": "7318"}
    assert outcome(product(bom=[line("Bolts", "7318.15", "other", "no", "5")], rule=rule)).qualifies


def test_the_shift_level_decides_what_counts_as_a_change() -> None:
    """A material of 8708.99 is in the good's heading (8708) but another subheading (8708.99 vs 8708.30):
    it fails a heading-level shift (beyond de minimis) and meets a subheading-level one."""
    bom = [line("Bracket", "8708.99", "other", "no", "30")]
    assert outcome(product(bom=bom, rule=shift_rule("heading"))).status is Status.FAILS
    assert outcome(product(bom=bom, rule=shift_rule("subheading"))).qualifies
    assert outcome(product(bom=bom, rule=shift_rule("chapter"))).status is Status.FAILS


def test_unknown_origin_must_shift_too() -> None:
    """A line of unknown origin counts as non-originating: a 20-worth part of heading 8708 does not shift,
    20 > 10.00, so the good fails; marked originating, it would not need to shift."""
    unknown = [line("Bracket", "8708.99", "unknown", "unknown", "20")]
    assert outcome(product(bom=unknown, rule=HEADING)).status is Status.FAILS
    originating = [line("Bracket", "8708.99", "MX", "yes", "20")]
    assert outcome(product(bom=originating, rule=HEADING)).qualifies


def test_a_material_without_hts_code_cannot_tell() -> None:
    """A non-originating material with no HTS code cannot be tested for the shift: cannot tell, naming it."""
    result = outcome(product(bom=[line("Sensor", None, "other", "no", "4")], rule=HEADING))
    assert result.status is Status.CANNOT_TELL
    assert params(result, "missing-material-hts")["materials"] == ("Sensor",)


def test_a_missing_value_of_a_non_shifting_material_cannot_tell() -> None:
    """The bracket has no value: the allowance cannot be checked, unless other non-shifting materials
    already exceed it (15 > 10.00: fails)."""
    missing = [line("Bracket", "8708.99", "other", "no", None)]
    assert outcome(product(bom=missing, rule=HEADING)).status is Status.CANNOT_TELL
    over = [*missing, line("Spring", "8708.80", "other", "no", "15")]
    assert outcome(product(bom=over, rule=HEADING)).status is Status.FAILS


def test_no_de_minimis_for_dairy_into_dairy() -> None:
    """Cheese (0406.10) from non-originating milk (0401.20), chapter-level rule: milk does not shift
    (both Chapter 4). 5 <= 10 % x 100 would be within the allowance, but Annex 4-A excludes dairy
    materials used for dairy goods (19 U.S.C. 4531(f)(2)(A)): fails."""
    item = product(hts_code="0406.10", bom=[line("Milk", "0401.20", "other", "no", "5")], rule=shift_rule("chapter"))
    result = outcome(item)
    assert result.status is Status.FAILS
    assert params(result, "de-minimis-not-available") == {"materials": ("Milk",), "exceptions": ("dairy-into-dairy",)}


def test_no_de_minimis_within_the_same_subheading_for_chapters_1_to_27() -> None:
    """Bread (1905.90) with a non-originating mix of 1905.90 itself: for goods of Chapters 1-27 the
    allowance covers only materials of another subheading (19 U.S.C. 4531(f)(3)): fails."""
    item = product(hts_code="1905.90", bom=[line("Mix", "1905.90", "other", "no", "2")], rule=shift_rule("heading"))
    assert params(outcome(item), "de-minimis-not-available")["exceptions"] == ("same-subheading",)


def test_textiles_measure_de_minimis_by_weight_so_cannot_tell() -> None:
    """A T-shirt (6109.10) with non-originating parts of 6109.90: textiles use weight, which is not recorded."""
    item = product(hts_code="6109.10", bom=[line("Trim", "6109.90", "other", "no", "1")], rule=HEADING)
    result = outcome(item)
    assert result.status is Status.CANNOT_TELL
    assert codes(result)[0] == "de-minimis-by-weight"
