"""The register as rows per sheet, the inverse of `register_read`: what the CSV and Excel exports write.

Values keep their type (numbers stay `Decimal`, yes/no stay booleans) so
each writer can store them natively; codes are written as codes, HTS codes
with their dots (8708.30), excluded ranges joined with "; ". Reading these
rows back gives the same products (the round trip the tests check).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from readiness.exposure.products import Product
from readiness.exposure.register_layout import BOM, LANES, OVERLAYS, PRODUCTS
from readiness.exposure.vocabulary import format_hts

Row = list[Any]


def _product_row(product: Product) -> Row:
    rule = product.rule
    shift = rule.tariff_shift if rule else None
    rvc = rule.rvc if rule else None
    automotive = rule.automotive if rule else None
    return [
        product.part_number,
        product.description or None,
        format_hts(product.hts_code),
        product.preference_claimed,
        product.currency,
        product.transaction_value,
        product.net_cost,
        product.total_cost,
        product.labour_value_content,
        shift.level.value if shift else None,
        ("; ".join(str(r) for r in shift.excluded) or None) if shift else None,
        rvc.transaction_value if rvc else None,
        rvc.net_cost if rvc else None,
        rule.combination.value if rule else None,
        automotive.labour_value_content if automotive else None,
        automotive.us_content_minimum if automotive else None,
    ]


def register_rows(products: Iterable[Product]) -> dict[str, list[Row]]:
    """The rows of every sheet, in the column order of `register_layout.TABLES`."""
    sheets: dict[str, list[Row]] = {PRODUCTS: [], LANES: [], OVERLAYS: [], BOM: []}
    for product in products:
        part = product.part_number
        sheets[PRODUCTS].append(_product_row(product))
        for lane in product.lanes:
            sheets[LANES].append(
                [part, lane.origin, lane.destination, lane.annual_value, lane.annual_quantity, lane.mfn_rate]
            )
            for overlay in lane.overlays:
                sheets[OVERLAYS].append(
                    [
                        part,
                        lane.origin,
                        lane.destination,
                        overlay.program,
                        overlay.rate,
                        overlay.base.value,
                        overlay.applies.value,
                    ]
                )
        for line in product.bom:
            sheets[BOM].append(
                [
                    part,
                    line.material,
                    format_hts(line.hts_code) if line.hts_code else None,
                    line.country.value,
                    line.originating.value,
                    line.value,
                ]
            )
    return sheets
