"""Build products from register rows, all or nothing, reporting every bad cell with sheet, row and column.

The CSV and Excel readers hand over the rows of each sheet (cell values by
column key, with the column letters); this module types every cell
(`register_cells`), joins lanes, overlays and bill-of-materials lines to
their product, and checks what spans rows: a duplicate part number, a lane
listed twice, an overlay or a line for a part number or lane that does not
exist, a bill of materials whose total is above the product's transaction
value or net cost. Every problem is collected (up to `MAX_PROBLEMS`);
if there is any, `RegisterError` is raised and no product is returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from readiness.exposure import register_cells
from readiness.exposure.errors import MAX_PROBLEMS, CellProblem, RegisterError
from readiness.exposure.product_fields import bom_total, over_bom, rule_data
from readiness.exposure.products import Product
from readiness.exposure.register_layout import (
    BOM,
    LANES,
    OVERLAYS,
    PRODUCTS,
    TABLES,
    RegisterColumn,
)

Raw = tuple[Any, bool]  # a cell's value, and whether it is formatted as a percentage
FORMULA = object()  # what a reader puts for a cell holding a formula: refused, never evaluated


@dataclass
class SheetRows:
    """The rows of one sheet as a reader found them: column letters by key, and raw cells by key per row."""

    name: str
    letters: dict[str, str]
    rows: Iterable[tuple[int, dict[str, Raw]]] = ()
    label: str = ""  # what problems call it: the sheet name, or the CSV file's name

    def __post_init__(self) -> None:
        self.label = self.label or self.name


@dataclass
class Problems:
    """Every problem found so far, capped at `MAX_PROBLEMS`."""

    items: list[CellProblem] = field(default_factory=list)
    truncated: bool = False

    def add(self, sheet: str, row: int, *, column: str = "", header: str = "", code: str, **params: str) -> None:
        if len(self.items) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.items.append(CellProblem(sheet, row, column, header, code, MappingProxyType(params)))

    def raise_if_any(self) -> None:
        if self.items:
            raise RegisterError(tuple(self.items), truncated=self.truncated)


@dataclass
class _Row:
    number: int
    values: dict[str, Any]  # a bad cell reads as None
    good: bool


class _Reader:
    def __init__(self, sheets: Mapping[str, SheetRows], problems: Problems) -> None:
        self.sheets = sheets
        self.problems = problems

    def bad(self, sheet: str, row: int, *, key: str, code: str, **params: str) -> None:
        column = next((c for c in TABLES[sheet] if c.key == key), TABLES[sheet][0])
        found = self.sheets.get(sheet)
        letter = found.letters.get(column.key, "") if found else ""
        label = found.label if found else sheet
        self.problems.add(label, row, column=letter, header=column.header, code=code, **params)

    def typed(self, sheet: str) -> list[_Row]:
        """Every row of a sheet with its cells typed; each bad cell is reported and the row marked not good."""
        if sheet not in self.sheets:
            return []
        columns: tuple[RegisterColumn, ...] = TABLES[sheet]
        rows = []
        for number, raw in self.sheets[sheet].rows:
            values: dict[str, Any] = {}
            good = True
            for column in columns:
                value, percent_format = raw.get(column.key, (None, False))
                if value is FORMULA:
                    self.bad(sheet, number, key=column.key, code="formula")
                    values[column.key] = None
                    good = False
                    continue
                try:
                    values[column.key] = register_cells.read(column, value, percent_format=percent_format)
                except register_cells.Bad as bad:
                    self.bad(sheet, number, key=column.key, code=bad.code, **bad.params)
                    values[column.key] = None
                    good = False
            rows.append(_Row(number, values, good))
        return rows


class _Assembler:
    """Joins typed rows into product data: lanes, overlays and bill-of-materials lines to their product."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.products: dict[str, dict[str, Any]] = {}
        self.first_row: dict[str, int] = {}
        self.lane_rows: dict[str, list[int]] = {}
        self.bom_rows: dict[str, list[int]] = {}
        self.lanes: dict[tuple[str, str, str], dict[str, Any]] = {}
        # rows already reported as bad still name their product or lane, so rows that refer to them
        # are not reported a second time as referring to something unknown
        self.bad_parts: set[str] = set()
        self.bad_lanes: set[tuple[str, str, str]] = set()

    def known_part(self, sheet: str, row: _Row) -> str | None:
        """The row's part number when it names a good product; reports one that names no product at all."""
        part = row.values["part_number"]
        if part is None or part in self.bad_parts:
            return None
        if part not in self.products:
            self.reader.bad(sheet, row.number, key="part_number", code="unknown-part-number", part_number=part)
            return None
        return str(part) if row.good else None

    def add_products(self) -> None:
        for row in self.reader.typed(PRODUCTS):
            part = row.values["part_number"]
            if part is None:
                continue
            if not row.good:
                self.bad_parts.add(part)
                continue
            if part in self.first_row:
                first = str(self.first_row[part])
                self.reader.bad(PRODUCTS, row.number, key="part_number", code="duplicate-part-number", first_row=first)
                continue
            self.first_row[part] = row.number
            description = row.values["description"] or ""
            self.products[part] = dict(
                row.values, description=description, rule=rule_data(row.values), lanes=[], bom=[]
            )
            self.lane_rows[part], self.bom_rows[part] = [], []

    def add_lanes(self) -> None:
        for row in self.reader.typed(LANES):
            values = row.values
            route = (values["part_number"], values["origin"], values["destination"])
            part = self.known_part(LANES, row)
            if part is None:
                self.bad_lanes.add(route)
            elif route in self.lanes:
                origin, destination = route[1:]
                self.reader.bad(
                    LANES, row.number, key="destination", code="duplicate-lane", origin=origin, destination=destination
                )
            else:
                lane = {k: values[k] for k in ("origin", "destination", "annual_value", "mfn_rate")}
                lane["annual_quantity"] = values["annual_quantity"] or Decimal(0)
                lane["overlays"] = []
                self.lanes[route] = lane
                self.products[part]["lanes"].append(lane)
                self.lane_rows[part].append(row.number)

    def add_overlays(self) -> None:
        for row in self.reader.typed(OVERLAYS):
            values = row.values
            route = (values["part_number"], values["origin"], values["destination"])
            lane = self.lanes.get(route)
            if not row.good or route in self.bad_lanes or values["part_number"] in self.bad_parts:
                continue
            if lane is None:
                self.reader.bad(
                    OVERLAYS, row.number, key="origin", code="unknown-lane", part_number=values["part_number"]
                )
            elif any(o["program"] == values["program"] for o in lane["overlays"]):
                self.reader.bad(
                    OVERLAYS, row.number, key="program", code="duplicate-overlay", program=values["program"]
                )
            else:
                lane["overlays"].append({k: values[k] for k in ("program", "rate", "base", "applies")})

    def add_bom(self) -> None:
        for row in self.reader.typed(BOM):
            part = self.known_part(BOM, row)
            if part is None:
                continue
            line = {k: row.values[k] for k in ("material", "hts_code", "country", "originating", "value")}
            self.products[part]["bom"].append(line)
            self.bom_rows[part].append(row.number)

    def finish(self) -> list[Product]:
        result = []
        for part, data in self.products.items():
            row = self.first_row[part]
            total = bom_total(line["value"] for line in data["bom"])
            for key in over_bom(total, data):
                found = {"total": str(total), "value": str(data[key])}
                self.reader.bad(PRODUCTS, row, key=key, code="bom-total-above-value", **found)
            product = _validated(self.reader, data, row=row, lanes=self.lane_rows[part], bom=self.bom_rows[part])
            if product is not None:
                result.append(product)
        return result


def read_register(sheets: Mapping[str, SheetRows], problems: Problems | None = None) -> list[Product]:
    """Products from the rows of the register's sheets; raises `RegisterError` listing every problem."""
    problems = problems or Problems()
    assembler = _Assembler(_Reader(sheets, problems))
    assembler.add_products()
    assembler.add_lanes()
    assembler.add_overlays()
    assembler.add_bom()
    products = assembler.finish()
    problems.raise_if_any()
    return products


def _validated(reader: _Reader, data: dict[str, Any], *, row: int, lanes: list[int], bom: list[int]) -> Product | None:
    """The product, or None with its first model problem reported at the nearest cell."""
    fields = {k: v for k, v in data.items() if k in Product.model_fields}
    try:
        return Product.model_validate(fields)
    except ValidationError as exc:
        detail = exc.errors()[0]
        location = [str(part) for part in detail["loc"]]
        message = str(detail["msg"]).removeprefix("Value error, ")[:200]
        head = location[0] if location else ""
        number = int(location[1]) if len(location) > 1 and location[1].isdigit() else -1
        if head == "lanes" and 0 <= number < len(lanes):
            reader.bad(
                LANES, lanes[number], key="part_number", code="invalid", field=".".join(location), reason=message
            )
        elif head == "bom" and 0 <= number < len(bom):
            key = location[2] if len(location) > 2 else "material"
            reader.bad(BOM, bom[number], key=key, code="invalid", reason=message)
        elif head in {c.key for c in TABLES[PRODUCTS]}:
            reader.bad(PRODUCTS, row, key=head, code="invalid", reason=message)
        else:
            key = "shift_level" if head == "rule" else "part_number"
            reader.bad(PRODUCTS, row, key=key, code="invalid", field=".".join(location), reason=message)
        return None
