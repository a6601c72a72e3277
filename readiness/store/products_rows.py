"""The SQL behind the product register: products with their lanes, overlays and bills of materials, the links
between readiness items and products, and the user's own scenarios.

As in `rows`, the writers run inside the caller's transaction and only
`readiness.operations` calls them, after its checks; the repositories call
the readers. A product's flat fields are the columns of `products`
(`product_fields.FIELDS`); money, rates and thresholds are exact decimals
stored as plain text (`format(value, "f")`, never a float), codes as text.
Stored rows are read back through the models, so a value this version
cannot read becomes a `damaged` WorkspaceError naming the product.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from readiness.exposure.product_fields import EDITABLE_FIELDS, product_from_values, product_values
from readiness.exposure.products import BomLine, Product
from readiness.store.codec import decoded

LANE_FIELDS = ("origin", "destination", "annual_value", "annual_quantity", "mfn_rate")
OVERLAY_FIELDS = ("program", "rate", "base", "applies")
BOM_LINE_FIELDS = ("material", "hts_code", "country", "originating", "value")


@dataclass(frozen=True)
class StoredProduct:
    """A product as stored: its row id and place in the register, and the product."""

    id: int
    position: int
    product: Product


def _text(value: Any) -> Any:
    """A value as its column holds it: decimals as plain text, booleans as 0/1, range tuples joined by ";"."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple):
        return ";".join(str(part) for part in value) or None
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def product_columns(product: Product) -> dict[str, Any]:
    """The `products` columns of a product (its key and place aside)."""
    values = product_values(product)
    return {key: _text(values[key]) for key in EDITABLE_FIELDS}


# --- reading ------------------------------------------------------------------------


def _product(row: sqlite3.Row, lanes: list[dict[str, Any]], bom: list[dict[str, Any]]) -> Product:
    values = {key: row[key] for key in ("part_number", *EDITABLE_FIELDS)}
    values["preference_claimed"] = bool(values["preference_claimed"])
    excluded = values["shift_excluded"]
    values["shift_excluded"] = tuple(excluded.split(";")) if excluded else None
    with decoded(f"product {row['part_number']!r} of assessment {row['assessment_id']}"):
        return product_from_values(values, lanes=lanes, bom=bom)


def read_products(
    connection: sqlite3.Connection, assessment_id: int, part_numbers: Collection[str] | None = None
) -> list[StoredProduct]:
    """The products of an assessment in register order (only `part_numbers`, when given), with their rows."""
    where = "p.assessment_id = ?"
    params: list[object] = [assessment_id]
    if part_numbers is not None:
        if not part_numbers:
            return []
        where += f" AND p.part_number IN ({', '.join('?' for _ in part_numbers)})"
        params += list(part_numbers)
    found = connection.execute(f"SELECT p.* FROM products p WHERE {where} ORDER BY p.position", params).fetchall()
    overlays: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(
        "SELECT o.* FROM lane_overlays o JOIN product_lanes l ON l.id = o.lane_id JOIN products p"
        f" ON p.id = l.product_id WHERE {where} ORDER BY o.lane_id, o.position",
        params,
    ):
        overlays.setdefault(row["lane_id"], []).append({key: row[key] for key in OVERLAY_FIELDS})
    lanes: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(
        f"SELECT l.* FROM product_lanes l JOIN products p ON p.id = l.product_id WHERE {where}"
        " ORDER BY l.product_id, l.position",
        params,
    ):
        lane = {key: row[key] for key in LANE_FIELDS}
        lane["overlays"] = overlays.get(row["id"], [])
        lanes.setdefault(row["product_id"], []).append(lane)
    bom: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(
        f"SELECT b.* FROM bom_lines b JOIN products p ON p.id = b.product_id WHERE {where}"
        " ORDER BY b.product_id, b.position",
        params,
    ):
        bom.setdefault(row["product_id"], []).append({key: row[key] for key in BOM_LINE_FIELDS})
    return [
        StoredProduct(row["id"], row["position"], _product(row, lanes.get(row["id"], []), bom.get(row["id"], [])))
        for row in found
    ]


def read_product(connection: sqlite3.Connection, assessment_id: int, part_number: str) -> StoredProduct | None:
    found = read_products(connection, assessment_id, [part_number])
    return found[0] if found else None


def part_numbers(connection: sqlite3.Connection, assessment_id: int) -> list[str]:
    rows = connection.execute(
        "SELECT part_number FROM products WHERE assessment_id = ? ORDER BY position", (assessment_id,)
    ).fetchall()
    return [row[0] for row in rows]


def read_user_scenarios(connection: sqlite3.Connection) -> list[sqlite3.Row]:
    """Rows (id, title, source, added_at) of the user's scenarios, oldest first."""
    return connection.execute("SELECT * FROM user_scenarios ORDER BY added_at, id").fetchall()


# --- writing (inside the caller's transaction) --------------------------------------


def _insert(tx: sqlite3.Connection, table: str, columns: dict[str, Any]) -> int:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    cursor = tx.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(columns.values()))
    return int(cursor.lastrowid or 0)


def _insert_lanes_and_bom(tx: sqlite3.Connection, product_id: int, product: Product) -> None:
    for position, lane in enumerate(product.lanes):
        lane_id = _insert(
            tx,
            "product_lanes",
            {"product_id": product_id, "position": position, **{k: _text(getattr(lane, k)) for k in LANE_FIELDS}},
        )
        tx.executemany(
            "INSERT INTO lane_overlays (lane_id, position, program, rate, base, applies) VALUES (?, ?, ?, ?, ?, ?)",
            [(lane_id, n, *(_text(getattr(o, k)) for k in OVERLAY_FIELDS)) for n, o in enumerate(lane.overlays)],
        )
    tx.executemany(
        "INSERT INTO bom_lines (product_id, position, material, hts_code, country, originating, value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(product_id, n, *bom_line_columns(line)) for n, line in enumerate(product.bom)],
    )


def bom_line_columns(line: BomLine) -> tuple[Any, ...]:
    return tuple(_text(getattr(line, key)) for key in BOM_LINE_FIELDS)


def insert_product(tx: sqlite3.Connection, assessment_id: int, position: int, product: Product, *, now: str) -> int:
    """Insert a product with its lanes, overlays and bill of materials; returns its row id."""
    product_id = _insert(
        tx,
        "products",
        {
            "assessment_id": assessment_id,
            "part_number": product.part_number,
            "position": position,
            **product_columns(product),
            "updated_at": now,
        },
    )
    _insert_lanes_and_bom(tx, product_id, product)
    return product_id


def next_product_position(tx: sqlite3.Connection, assessment_id: int) -> int:
    row = tx.execute("SELECT coalesce(max(position) + 1, 0) FROM products WHERE assessment_id = ?", (assessment_id,))
    return int(row.fetchone()[0])


def update_product(tx: sqlite3.Connection, product_id: int, product: Product, *, now: str, whole: bool = True) -> None:
    """Write a product over its row: its fields, and (`whole`) its lanes and bill of materials too."""
    columns = product_columns(product)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    tx.execute(f"UPDATE products SET {assignments}, updated_at = ? WHERE id = ?", (*columns.values(), now, product_id))
    if whole:
        tx.execute("DELETE FROM product_lanes WHERE product_id = ?", (product_id,))
        tx.execute("DELETE FROM bom_lines WHERE product_id = ?", (product_id,))
        _insert_lanes_and_bom(tx, product_id, product)


def update_bom_line(tx: sqlite3.Connection, product_id: int, position: int, line: BomLine, *, now: str) -> None:
    assignments = ", ".join(f"{name} = ?" for name in BOM_LINE_FIELDS)
    tx.execute(
        f"UPDATE bom_lines SET {assignments} WHERE product_id = ? AND position = ?",
        (*bom_line_columns(line), product_id, position),
    )
    tx.execute("UPDATE products SET updated_at = ? WHERE id = ?", (now, product_id))


def delete_product(tx: sqlite3.Connection, product_id: int) -> None:
    """Remove a product; its lanes, overlays and bill of materials go with it (foreign keys cascade)."""
    tx.execute("DELETE FROM products WHERE id = ?", (product_id,))


def copy_register(tx: sqlite3.Connection, source_id: int, target_id: int, *, now: str) -> None:
    """Copy every product and item link of one assessment to another (a duplicate, a move to a new version)."""
    for stored in read_products(tx, source_id):
        insert_product(tx, target_id, stored.position, stored.product, now=now)
    tx.execute(
        "INSERT INTO item_products (assessment_id, item_id, part_number, linked_at)"
        " SELECT ?, item_id, part_number, ? FROM item_products WHERE assessment_id = ?",
        (target_id, now, source_id),
    )


def insert_link(tx: sqlite3.Connection, assessment_id: int, item_id: str, part_number: str, *, now: str) -> bool:
    """Link a product to an item; False when the link was already there."""
    cursor = tx.execute(
        "INSERT OR IGNORE INTO item_products (assessment_id, item_id, part_number, linked_at) VALUES (?, ?, ?, ?)",
        (assessment_id, item_id, part_number, now),
    )
    return cursor.rowcount > 0


def delete_link(tx: sqlite3.Connection, assessment_id: int, item_id: str, part_number: str) -> bool:
    """Unlink a product from an item; False when there was no such link."""
    cursor = tx.execute(
        "DELETE FROM item_products WHERE assessment_id = ? AND item_id = ? AND part_number = ?",
        (assessment_id, item_id, part_number),
    )
    return cursor.rowcount > 0


def insert_user_scenario(tx: sqlite3.Connection, scenario_id: str, *, title: str, source: str, now: str) -> None:
    tx.execute(
        "INSERT INTO user_scenarios (id, title, source, added_at) VALUES (?, ?, ?, ?)",
        (scenario_id, title, source, now),
    )


def delete_user_scenario(tx: sqlite3.Connection, scenario_id: str) -> None:
    tx.execute("DELETE FROM user_scenarios WHERE id = ?", (scenario_id,))


def stored_scenario_source(tx: sqlite3.Connection, scenario_id: str) -> str | None:
    row = tx.execute("SELECT source FROM user_scenarios WHERE id = ?", (scenario_id,)).fetchone()
    return None if row is None else str(row[0])
