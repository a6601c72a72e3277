"""The product register of an assessment: import it, put products back (undo), edit a product or a line of its
bill of materials in place, and link products to readiness items. Each is one audited transaction.

An import **merges by part number**: each product in the file replaces the
stored product with that part number whole (its lanes, overlays and bill of
materials are the file's), new part numbers are added at the end, and
products the file does not name stay as they are, as does every link from a
readiness item. A register is often kept in slices (one plant, one
supplier, one product line), like an owner's slice of the action plan, and
an import must never delete what a file merely leaves out. `replace=True`
makes the register exactly the file (products it does not name are
removed), for a trade manager who keeps the whole register in one workbook.
A product the file holds unchanged is not written again, so importing the
same file twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from readiness.errors import Conflict, InvalidInput, NotFound
from readiness.exposure.product_fields import (
    BOM_FIELDS,
    EDITABLE_FIELDS,
    bom_problems,
    bom_values,
    product_values,
    with_bom_values,
    with_values,
)
from readiness.exposure.products import Product
from readiness.frameworks import first_validation_problem
from readiness.operations import guards
from readiness.operations.records import ProductEdited, ProductsLinked, RegisterWritten
from readiness.store import audit, products_rows, rows
from readiness.store.products_rows import StoredProduct

if TYPE_CHECKING:
    import sqlite3

    from readiness.store.workspace import Workspace

Register = Mapping[str, Product | None]  # part number -> product, None: not in the register


def _missing(part_number: str) -> NotFound:
    return NotFound(
        f"no product {part_number!r} in this assessment's register",
        code="product-missing",
        params={"part_number": part_number},
    )


def _consistent(product: Product) -> Product:
    for key in bom_problems(product):
        raise InvalidInput(
            f"the bill of materials costs more than the {key.replace('_', ' ')} of {product.part_number!r}",
            where=product.part_number,
            code="bom-total-above-value",
            params={"part_number": product.part_number, "field": key},
        )
    return product


def _put(tx: sqlite3.Connection, assessment_id: int, wanted: Register, *, expected: Register | None) -> dict[str, Any]:
    """Make each named part number hold the wanted product (or none), checking `expected` first."""
    stored = {s.product.part_number: s for s in products_rows.read_products(tx, assessment_id, list(wanted))}
    if expected is not None:
        for part, seen in expected.items():
            now_held = stored[part].product if part in stored else None
            if now_held != seen:
                raise Conflict(
                    f"product {part!r} was changed elsewhere meanwhile; nothing was written",
                    where=part,
                    code="product-changed-elsewhere",
                    params={"part_number": part},
                )
    now = audit.now_text()
    result: dict[str, Any] = {"added": [], "replaced": [], "removed": [], "unchanged": [], "before": {}, "after": {}}
    position = products_rows.next_product_position(tx, assessment_id)
    for part, product in wanted.items():
        old: StoredProduct | None = stored.get(part)
        if old is not None and old.product == product:
            result["unchanged"].append(part)
            continue
        if product is None and old is None:
            continue
        if product is None:
            assert old is not None
            products_rows.delete_product(tx, old.id)
            result["removed"].append(part)
        elif old is None:
            products_rows.insert_product(tx, assessment_id, position, product, now=now)
            position += 1
            result["added"].append(part)
        else:
            products_rows.update_product(tx, old.id, product, now=now)
            result["replaced"].append(part)
        result["before"][part] = old.product if old is not None else None
        result["after"][part] = product
        change = "removed" if product is None else "added" if old is None else "replaced"
        audit.record(
            tx, assessment_id=assessment_id, item_id=None, field=f"product {change}", old=part if old else None,
            new=part if product else None,
        )  # fmt: skip
    return result


def _written(operation: str, assessment_id: int, result: dict[str, Any]) -> RegisterWritten:
    touched = tuple(result["after"])
    return RegisterWritten(
        operation=operation,
        assessment_id=assessment_id,
        products=bool(touched),
        part_numbers=touched,
        added=tuple(result["added"]),
        replaced=tuple(result["replaced"]),
        removed=tuple(result["removed"]),
        unchanged=tuple(result["unchanged"]),
        before=result["before"],
        after=result["after"],
    )


def import_register(
    ws: Workspace,
    assessment_id: int,
    products: Sequence[Product],
    *,
    replace: bool = False,
    expected: Register | None = None,
) -> RegisterWritten:
    """Put a register (read from a file) in place, all or nothing; see the module docstring.

    `expected` (optional) holds what the caller last saw of some part numbers (None: not in the register),
    as a preview shows them; when the store holds something else the import is refused.
    """
    wanted: dict[str, Product | None] = {}
    for product in products:
        if product.part_number in wanted:
            raise InvalidInput(
                f"part number {product.part_number!r} is listed twice",
                code="duplicate-part-number",
                params={"part_number": product.part_number},
            )
        wanted[product.part_number] = _consistent(product)
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        if replace:
            for part in products_rows.part_numbers(tx, assessment_id):
                wanted.setdefault(part, None)
        result = _put(tx, assessment_id, wanted, expected=expected)
    return _written("import-register", assessment_id, result)


def restore_products(ws: Workspace, assessment_id: int, wanted: Register, *, expected: Register) -> RegisterWritten:
    """Put the named products back as they were (None: remove), refused when one is no longer as `expected`.

    The undo of an import passes the import's `before` as `wanted` and its `after` as `expected`; its redo
    the other way round.
    """
    for product in wanted.values():
        if product is not None:
            _consistent(product)
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        result = _put(tx, assessment_id, wanted, expected=expected)
    return _written("restore-products", assessment_id, result)


def _stored(tx: sqlite3.Connection, assessment_id: int, part_number: str) -> StoredProduct:
    found = products_rows.read_product(tx, assessment_id, part_number)
    if found is None:
        raise _missing(part_number)
    return found


def _check_fields(changes: Mapping[str, Any], expected: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise InvalidInput(f"not a field you can edit here: {', '.join(sorted(unknown))}", code="field-unknown")
    unseen = set(changes) - set(expected)
    if unseen:
        raise InvalidInput(f"an edit must say what it replaces ({', '.join(sorted(unseen))})", code="expected-missing")


def _invalid(exc: Exception, *, part_number: str, field: str) -> InvalidInput:
    message = first_validation_problem(exc)[1] if isinstance(exc, ValidationError) else str(exc)
    return InvalidInput(
        message, where=f"{part_number}, {field}", code="product-invalid", params={"field": field, "reason": message}
    )


def _unchanged(now: Mapping[str, Any], seen: Mapping[str, Any], *, part_number: str) -> None:
    for name, value in seen.items():
        if now[name] != value:
            raise Conflict(
                f"{name} of {part_number!r} was changed elsewhere meanwhile; nothing was overwritten",
                where=part_number,
                code="changed-elsewhere",
                params={"field": name, "now": "" if now[name] is None else str(now[name])},
            )


def edit_product(
    ws: Workspace, assessment_id: int, part_number: str, changes: Mapping[str, Any], *, expected: Mapping[str, Any]
) -> ProductEdited:
    """Change fields of one product in place (typed values of `product_fields.EDITABLE_FIELDS`: a threshold, a
    unit value, the HTS code); refused when a field no longer holds what the caller saw (`expected`)."""
    _check_fields(changes, expected, EDITABLE_FIELDS)
    now = audit.now_text()
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        stored = _stored(tx, assessment_id, part_number)
        current = product_values(stored.product)
        try:  # what the caller saw, normalised as the store holds it (8708.30 and 870830 are one code)
            seen = product_values(with_values(stored.product, expected))
        except ValueError:
            seen = dict(expected)
        _unchanged(current, {k: seen[k] for k in expected}, part_number=part_number)
        try:
            wanted = _consistent(with_values(stored.product, changes))
        except ValueError as exc:
            raise _invalid(exc, part_number=part_number, field=next(iter(changes), "")) from None
        after = product_values(wanted)
        changed = [name for name in changes if after[name] != current[name]]
        if changed:
            products_rows.update_product(tx, stored.id, wanted, now=now, whole=False)
            for name in changed:
                audit.record(
                    tx, assessment_id=assessment_id, item_id=None, field=f"product {part_number} {name}",
                    old=current[name], new=after[name],
                )  # fmt: skip
    return ProductEdited(
        operation="edit-product",
        assessment_id=assessment_id,
        products=bool(changed),
        part_numbers=(part_number,) if changed else (),
        part_number=part_number,
        before={name: current[name] for name in changed},
        after={name: after[name] for name in changed},
        product=wanted if changed else stored.product,
    )


def edit_bom_line(
    ws: Workspace,
    assessment_id: int,
    part_number: str,
    position: int,
    changes: Mapping[str, Any],
    *,
    expected: Mapping[str, Any],
) -> ProductEdited:
    """Change fields of one line (`position`, from 0) of a product's bill of materials: its origin, whether it
    is originating, its value, its HTS code; refused when a field no longer holds what the caller saw."""
    _check_fields(changes, expected, BOM_FIELDS)
    now = audit.now_text()
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        stored = _stored(tx, assessment_id, part_number)
        if not 0 <= position < len(stored.product.bom):
            raise NotFound(f"{part_number!r} has no bill-of-materials line {position + 1}", code="bom-line-missing")
        current = bom_values(stored.product.bom[position])
        try:
            seen = bom_values(with_bom_values(stored.product, position, expected).bom[position])
        except ValueError:
            seen = dict(expected)
        _unchanged(current, {k: seen[k] for k in expected}, part_number=part_number)
        try:
            wanted = _consistent(with_bom_values(stored.product, position, changes))
        except ValueError as exc:
            raise _invalid(exc, part_number=part_number, field=next(iter(changes), "")) from None
        after = bom_values(wanted.bom[position])
        changed = [name for name in changes if after[name] != current[name]]
        if changed:
            products_rows.update_bom_line(tx, stored.id, position, wanted.bom[position], now=now)
            for name in changed:
                audit.record(
                    tx, assessment_id=assessment_id, item_id=None,
                    field=f"product {part_number} material {position + 1} {name}", old=current[name], new=after[name],
                )  # fmt: skip
    return ProductEdited(
        operation="edit-bom-line",
        assessment_id=assessment_id,
        products=bool(changed),
        part_numbers=(part_number,) if changed else (),
        part_number=part_number,
        bom_line=position,
        before={name: current[name] for name in changed},
        after={name: after[name] for name in changed},
        product=wanted if changed else stored.product,
    )


def link_products(ws: Workspace, assessment_id: int, item_id: str, part_numbers: Iterable[str]) -> ProductsLinked:
    """Link products of the register to a readiness item (an item's exposure is the duty on its products)."""
    parts = list(dict.fromkeys(part_numbers))
    now = audit.now_text()
    changed = []
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        rows.require_item(tx, assessment_id, item_id)
        known = set(products_rows.part_numbers(tx, assessment_id))
        for part in parts:
            if part not in known:
                raise _missing(part)
            if products_rows.insert_link(tx, assessment_id, item_id, part, now=now):
                changed.append(part)
                audit.record(
                    tx, assessment_id=assessment_id, item_id=item_id, field="product linked", old=None, new=part
                )
    return _linked("link-products", assessment_id, item_id, changed, linked=True)


def unlink_products(ws: Workspace, assessment_id: int, item_id: str, part_numbers: Iterable[str]) -> ProductsLinked:
    """Take products off a readiness item (also a product no longer in the register)."""
    changed = []
    with ws.db.transaction() as tx:
        guards.active_assessment(tx, assessment_id)
        for part in dict.fromkeys(part_numbers):
            if products_rows.delete_link(tx, assessment_id, item_id, part):
                changed.append(part)
                audit.record(
                    tx, assessment_id=assessment_id, item_id=item_id, field="product unlinked", old=part, new=None
                )
    return _linked("unlink-products", assessment_id, item_id, changed, linked=False)


def _linked(operation: str, assessment_id: int, item_id: str, changed: list[str], *, linked: bool) -> ProductsLinked:
    return ProductsLinked(
        operation=operation,
        assessment_id=assessment_id,
        products=bool(changed),
        part_numbers=tuple(changed),
        item_id=item_id,
        linked=linked,
        changed=tuple(changed),
    )
