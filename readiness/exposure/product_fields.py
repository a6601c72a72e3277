"""A product as flat fields (the register's Products and BOM columns) and back: what edits in place use.

The register's Products sheet, the store's `products` table and the app's
edit in place all see a product the same way: one value per column of
`register_layout.PRODUCT_COLUMNS`, the rule of origin spread over its
columns. Values are typed: `Decimal` figures, a bool for the preference,
codes as strings, HTS codes as digits, a tuple of `HtsRange` for the excluded
ranges, and None for a blank. `with_values` rebuilds a product from changed
fields (its lanes and bill of materials kept) and `with_bom_values` one line
of its bill of materials; both validate the product whole, as an import
does, and raise `ValueError` (pydantic's `ValidationError` is one) when it
is not valid. `parse_field` reads a typed-in text as a register cell would
be read. `over_bom` is the one check that a bill of materials does not cost
more than the product's transaction value or net cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from readiness.exposure import register_cells
from readiness.exposure.products import BomLine, Product
from readiness.exposure.register_layout import AUTOMOTIVE_KEYS, BOM_COLUMNS, PRODUCT_COLUMNS, RULE_KEYS, RegisterColumn

FIELDS = tuple(column.key for column in PRODUCT_COLUMNS)
EDITABLE_FIELDS = FIELDS[1:]  # the part number is the product's key: it is not edited in place
BOM_FIELDS = tuple(column.key for column in BOM_COLUMNS)[1:]  # material, hts_code, country, originating, value
COLUMNS: dict[str, RegisterColumn] = {column.key: column for column in PRODUCT_COLUMNS}
BOM_COLUMN: dict[str, RegisterColumn] = {column.key: column for column in BOM_COLUMNS[1:]}
VALUE_KEYS = ("transaction_value", "net_cost")  # what a bill of materials may not exceed
_PLAIN = ("part_number", "description", "hts_code", "preference_claimed", "currency")
_UNIT = ("transaction_value", "net_cost", "total_cost", "labour_value_content")


def rule_data(values: dict[str, Any]) -> dict[str, Any] | None:
    """The `rule` of a product from its flat rule columns (None when every one is blank)."""
    if all(values[key] is None for key in RULE_KEYS + AUTOMOTIVE_KEYS):
        return None
    rule: dict[str, Any] = {"combination": values["combination"] or "both"}
    if values["shift_level"]:
        rule["tariff_shift"] = {"level": values["shift_level"], "excluded": values["shift_excluded"] or ()}
    if values["rvc_transaction_value"] is not None or values["rvc_net_cost"] is not None:
        rule["rvc"] = {"transaction_value": values["rvc_transaction_value"], "net_cost": values["rvc_net_cost"]}
    if values["lvc_minimum"] is not None or values["us_content_minimum"] is not None:
        rule["automotive"] = {
            "labour_value_content": values["lvc_minimum"],
            "us_content_minimum": values["us_content_minimum"],
        }
    return rule


def product_values(product: Product) -> dict[str, Any]:
    """Every field of `FIELDS`, typed (see the module docstring)."""
    rule = product.rule
    shift = rule.tariff_shift if rule else None
    rvc = rule.rvc if rule else None
    automotive = rule.automotive if rule else None
    return {
        "part_number": product.part_number,
        "description": product.description,
        "hts_code": product.hts_code,
        "preference_claimed": product.preference_claimed,
        "currency": product.currency,
        "transaction_value": product.transaction_value,
        "net_cost": product.net_cost,
        "total_cost": product.total_cost,
        "labour_value_content": product.labour_value_content,
        "shift_level": shift.level.value if shift else None,
        "shift_excluded": (shift.excluded or None) if shift else None,
        "rvc_transaction_value": rvc.transaction_value if rvc else None,
        "rvc_net_cost": rvc.net_cost if rvc else None,
        "combination": rule.combination.value if rule else None,
        "lvc_minimum": automotive.labour_value_content if automotive else None,
        "us_content_minimum": automotive.us_content_minimum if automotive else None,
    }


def product_from_values(values: Mapping[str, Any], *, lanes: Iterable[Any], bom: Iterable[Any]) -> Product:
    """A product from its flat fields and its lanes and bill of materials (models or plain data), validated."""
    flat = dict(values)
    if flat.get("shift_excluded") == ():
        flat["shift_excluded"] = None
    data = {key: flat[key] for key in _PLAIN + _UNIT}
    data["description"] = data["description"] or ""
    return Product.model_validate({**data, "rule": rule_data(flat), "lanes": tuple(lanes), "bom": tuple(bom)})


def with_values(product: Product, changes: Mapping[str, Any]) -> Product:
    """`product` with some fields changed, validated whole (lanes and bill of materials kept)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"not a product field: {', '.join(sorted(unknown))}")
    return product_from_values({**product_values(product), **changes}, lanes=product.lanes, bom=product.bom)


def bom_values(line: BomLine) -> dict[str, Any]:
    """Every field of `BOM_FIELDS` of one bill-of-materials line, typed."""
    return {
        "material": line.material,
        "hts_code": line.hts_code,
        "country": line.country.value,
        "originating": line.originating.value,
        "value": line.value,
    }


def with_bom_values(product: Product, position: int, changes: Mapping[str, Any]) -> Product:
    """`product` with fields of its bill-of-materials line `position` (from 0) changed, validated whole."""
    unknown = set(changes) - set(BOM_FIELDS)
    if unknown:
        raise ValueError(f"not a bill-of-materials field: {', '.join(sorted(unknown))}")
    if not 0 <= position < len(product.bom):
        raise IndexError(f"the bill of materials has no line {position + 1}")
    lines = list(product.bom)
    lines[position] = BomLine.model_validate({**bom_values(lines[position]), **changes})
    kept = {name: getattr(product, name) for name in Product.model_fields if name != "bom"}
    return Product.model_validate({**kept, "bom": tuple(lines)})


def parse_field(key: str, text: Any, *, bom: bool = False) -> Any:
    """A typed-in value of a product field (or, with `bom`, of a bill-of-materials field) read as the register
    reads a cell; raises `register_cells.Bad` with the problem code."""
    column = (BOM_COLUMN if bom else COLUMNS)[key]
    return register_cells.read(column, text)


def bom_total(values: Iterable[Decimal | None]) -> Decimal:
    """The total of the recorded values of a bill of materials (lines without a value count as nothing)."""
    return sum((value for value in values if value is not None), Decimal(0))


def over_bom(total: Decimal, values: Mapping[str, Decimal | None]) -> list[str]:
    """The keys of `VALUE_KEYS` whose recorded value is below the bill of materials' `total`."""
    return [key for key in VALUE_KEYS if values.get(key) is not None and total > values[key]]  # type: ignore[operator]


def bom_problems(product: Product) -> list[str]:
    """The unit values of `product` its bill of materials costs more than (empty when consistent)."""
    return over_bom(bom_total(line.value for line in product.bom), product_values(product))
