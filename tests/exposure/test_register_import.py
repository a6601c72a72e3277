"""Importing the product register: every bad cell named with sheet, row and column, all or nothing; hostile files refused."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from readiness.exposure.errors import RegisterError
from readiness.exposure.register_csv import read_register_csv, write_register_csv
from readiness.exposure.register_template import write_register_template
from readiness.exposure.register_workbook import read_register_workbook

# The template holds two example products: EXAMPLE-BRK-100 (Products row 2, TV in F2, BOM rows 2-5, total 52)
# and EXAMPLE-ENG-200 (Products row 3, its lane on Lanes row 3, BOM rows 6-9).


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "register.xlsx"
    write_register_template(path)
    return path


def edited(source: Path, target: Path, edit: Callable[[Any], None]) -> Path:
    book = load_workbook(source)
    edit(book)
    book.save(target)
    return target


def problems(error: RegisterError) -> set[tuple[str, str]]:
    return {(p.where, p.code) for p in error.problems}


def refused(path: Path) -> RegisterError:
    with pytest.raises(RegisterError) as caught:
        read_register_workbook(path)
    return caught.value


def test_every_bad_cell_is_reported_with_sheet_row_and_column(template: Path, tmp_path: Path) -> None:
    def spoil(book: Any) -> None:
        book["Products"]["C3"] = "87A8"  # not an HTS code
        book["Products"]["F2"] = 10  # TV 10 < the bill of materials' 52
        book["Products"].append(["EXAMPLE-BRK-100", "again", "8708.30", "yes", "USD"])  # row 4: duplicate
        book["Lanes"]["D2"] = -5  # a negative annual value
        book["BOM"]["D7"] = "XX"  # not a country
        book["BOM"]["E8"] = "maybe"  # not yes/no/unknown

    error = refused(edited(template, tmp_path / "bad.xlsx", spoil))
    assert problems(error) == {
        ("Products!C3", "hts-code-invalid"),
        ("Products!F2", "bom-total-above-value"),
        ("Products!A4", "duplicate-part-number"),
        ("Lanes!D2", "negative-value"),
        ("BOM!D7", "country-unknown"),
        ("BOM!E8", "choice-invalid"),
    }
    by_where = {p.where: p for p in error.problems}
    assert by_where["Products!F2"].params == {"total": "52", "value": "10"}
    assert by_where["Products!A4"].params == {"first_row": "2"}
    assert by_where["Products!C3"].header == "HTS code"
    assert error.code == "register-invalid" and "(and 5 more)" in str(error)


def test_rows_that_name_unknown_products_or_lanes_are_reported(template: Path, tmp_path: Path) -> None:
    def spoil(book: Any) -> None:
        book["BOM"].append(["NO-SUCH-PART", "Screw", "7318.15", "other", "no", 1])
        book["Overlays"].append(["EXAMPLE-BRK-100", "CA", "US", "Section 301", 25, "whole-value", "always"])
        book["Lanes"].append(["EXAMPLE-BRK-100", "MX", "US", 5, 1, 2.5])

    assert problems(refused(edited(template, tmp_path / "bad.xlsx", spoil))) == {
        ("BOM!A10", "unknown-part-number"),
        ("Overlays!B3", "unknown-lane"),
        ("Lanes!C4", "duplicate-lane"),
    }


def test_a_required_cell_left_blank_and_a_formula_are_refused(template: Path, tmp_path: Path) -> None:
    def spoil(book: Any) -> None:
        book["Products"]["E2"] = None
        book["Lanes"]["F2"] = "=1+1"

    assert problems(refused(edited(template, tmp_path / "bad.xlsx", spoil))) == {
        ("Products!E2", "required"),
        ("Lanes!F2", "formula"),
    }


def test_an_hts_code_excel_turned_into_a_fraction_is_refused_not_guessed(template: Path, tmp_path: Path) -> None:
    """8708.30 typed into a General cell becomes the number 8708.3: the trailing zero is lost."""

    def spoil(book: Any) -> None:
        book["Products"]["C2"] = 8708.3

    assert problems(refused(edited(template, tmp_path / "bad.xlsx", spoil))) == {("Products!C2", "hts-code-as-number")}


def test_a_rate_in_a_percent_formatted_cell_is_read_as_percent(template: Path, tmp_path: Path) -> None:
    """Excel stores 2.5 % as 0.025 with a percent format: read as 2.5."""

    def percent(book: Any) -> None:
        cell = book["Lanes"]["F2"]
        cell.value = 0.025
        cell.number_format = "0.0%"

    products = read_register_workbook(edited(template, tmp_path / "pct.xlsx", percent))
    assert products[0].lanes[0].mfn_rate == 2.5


def test_csv_problems_name_the_file_row_and_column(tmp_path: Path, template: Path) -> None:
    files = write_register_csv(tmp_path, read_register_workbook(template))
    products_csv = next(f for f in files if f.name == "products.csv")
    products_csv.write_text(products_csv.read_text(encoding="utf-8-sig").replace("8407.34", "84"), encoding="utf-8")
    bom_csv = next(f for f in files if f.name == "bom.csv")
    bom_csv.write_text(bom_csv.read_text(encoding="utf-8-sig").replace(",28\n", ",-28\n"), encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        read_register_csv(files)
    assert problems(caught.value) == {("products.csv!C3", "hts-code-invalid"), ("bom.csv!F2", "negative-value")}


def test_a_csv_file_is_matched_by_its_headers_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    odd = tmp_path / "export.csv"
    odd.write_text("Part;HTS\nA;8708.30\n", encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        read_register_csv([odd])
    assert problems(caught.value) == {("export.csv, row 1", "unknown-table")}
    semicolons = tmp_path / "mine.csv"
    semicolons.write_text("Part number;HTS code;Preference claimed;Currency\nA-1;8708.30;yes;USD\n", encoding="utf-8")
    (product,) = read_register_csv([semicolons])
    assert (product.part_number, product.hts_code) == ("A-1", "870830")


# --- hostile files, refused before or while parsing, as the returned action plan is ---


def test_text_pretending_to_be_a_workbook_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Part number,HTS code\n")
    assert refused(fake).code == "not-a-workbook"


def test_a_zip_bomb_is_refused_before_parsing(template: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("xl/media/padding.bin", b"\0" * (20 * 1024 * 1024))
    error = refused(bomb)
    assert error.code == "zip-bomb" and "padding.bin" in error.problems[0].params["reason"]


def test_an_xml_bomb_is_refused(template: Path, tmp_path: Path) -> None:
    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    hostile = tmp_path / "xml.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                text = data.decode()
                body = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
                first_close = body.index(">") + 1
                data = (laughs + body[:first_close] + "&lol2;" + body[first_close:]).encode()
            target.writestr(info, data)
    error = refused(hostile)
    assert error.code == "xml-bomb" and error.problems[0].params["refusal"] == "EntitiesForbidden"


def test_a_workbook_of_another_format_or_a_newer_version_is_refused(template: Path, tmp_path: Path) -> None:
    def plan(book: Any) -> None:
        book["Metadata"]["B1"] = "trade-readiness/action-plan"

    def newer(book: Any) -> None:
        book["Metadata"]["B2"] = "9"

    assert refused(edited(template, tmp_path / "plan.xlsx", plan)).code == "not-ours"
    assert refused(edited(template, tmp_path / "newer.xlsx", newer)).code == "newer-format"


def test_a_workbook_without_a_products_sheet_is_refused(template: Path, tmp_path: Path) -> None:
    def rename(book: Any) -> None:
        book["Products"].title = "Stuff"

    assert problems(refused(edited(template, tmp_path / "x.xlsx", rename))) == {("x.xlsx, row 1", "missing-sheet")}


def test_what_only_the_model_can_judge_is_reported_at_the_nearest_cell(template: Path, tmp_path: Path) -> None:
    """A rule with "either" but neither a shift nor an RVC is no rule; a 300-character material name is too long."""

    def spoil(book: Any) -> None:
        for column in "JKLM":  # the example engine's rule: keep only "Shift and RVC"
            book["Products"][f"{column}3"] = None
        book["Products"]["N3"] = "either"
        book["BOM"]["B2"] = "x" * 300  # longer than a material name may be

    error = refused(edited(template, tmp_path / "bad.xlsx", spoil))
    assert problems(error) == {("Products!J3", "invalid"), ("BOM!B2", "invalid")}
    assert "tariff shift" in next(p for p in error.problems if p.where == "Products!J3").params["reason"]
