"""The register exported to the template (or CSV) and imported back is the same register, exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pydantic import ValidationError

from readiness.exposure.examples import example_products
from readiness.exposure.products import Product
from readiness.exposure.register_csv import read_register_csv, write_register_csv
from readiness.exposure.register_layout import INSTRUCTIONS, META
from readiness.exposure.register_template import write_register_template, write_register_workbook
from readiness.exposure.register_workbook import read_register_workbook
from tests.exposure.builders import lane, line, product


def everything() -> list[Product]:
    """A register using every feature: rules with exclusions and automotive conditions, overlays, unknown
    values and codes, text a spreadsheet could take for a formula, 15-digit and 6-decimal figures."""
    s301 = {"program": "Section 301", "rate": "7.5", "base": "non-originating-value", "applies": "not-qualifying"}
    s232 = {"program": "@232 steel", "rate": "25.0001", "base": "non-us-content", "applies": "always"}
    return [
        product(
            part_number="+1-BRK",
            description='-20% scrap; tab\there, quotes "x", accents é ñ ü, 中文',
            total_cost="99.123456",
            labour_value_content="41.5",
            rule={
                "tariff_shift": {"level": "subheading", "excluded": ["7208-7216", "7225.11", "84"]},
                "rvc": {"transaction_value": "60", "net_cost": "50.25"},
                "combination": "either",
                "automotive": {"labour_value_content": "40", "us_content_minimum": "50"},
            },
            lanes=[lane(overlays=[s301, s232]), lane(origin="CN", value="999999999999999", rate="0.0001")],
            bom=[
                line("@home screws", "7318.15", "US", "yes", "0.000001"),
                line("-Gasket", None, "unknown", "unknown", None),
                line("Bracket", "8708.99.81.80", "other", "no", "12.5"),
            ],
        ),
        product(part_number="ENG 200", hts_code="840734", currency="CAD", preference_claimed=False, net_cost=None),
        product(part_number="NO-LANES", lanes=[], bom=[line("Housing", "7325.99", "MX", "yes", "40")]),
    ]


def test_the_template_imports_as_its_example_products(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_register_template(path)
    assert read_register_workbook(path) == example_products()
    book = load_workbook(path, read_only=True)
    assert book.sheetnames[0] == INSTRUCTIONS and META in book.sheetnames
    book.close()


@pytest.mark.parametrize("products", [everything(), example_products(), []], ids=["everything", "examples", "empty"])
def test_excel_export_then_import_round_trips_exactly(tmp_path: Path, products: list[Product]) -> None:
    path = tmp_path / "register.xlsx"
    write_register_workbook(path, products)
    back = read_register_workbook(path)
    assert back == products
    write_register_workbook(path, back)
    assert read_register_workbook(path) == products


def test_csv_export_then_import_round_trips_exactly(tmp_path: Path) -> None:
    products = everything()
    files = write_register_csv(tmp_path, products)
    assert sorted(f.name for f in files) == ["bom.csv", "lanes.csv", "overlays.csv", "products.csv"]
    assert read_register_csv(files) == products


def test_formula_like_text_is_inert_in_both_exports(tmp_path: Path) -> None:
    """Text starting with +, - or @ is stored as text (quote-prefixed in Excel, apostrophe in CSV)."""
    path = tmp_path / "register.xlsx"
    write_register_workbook(path, everything())
    sheet = load_workbook(path)["Products"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "+1-BRK" and sheet["A2"].quotePrefix
    csv_text = write_register_csv(tmp_path, everything())[0].read_text(encoding="utf-8-sig")
    assert "\n'+1-BRK," in csv_text


def test_text_starting_with_equals_never_enters_the_register() -> None:
    with pytest.raises(ValidationError, match="formula"):
        product(description="=HYPERLINK(1)")
