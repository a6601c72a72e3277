"""Undo commands for the product register and the user's scenarios: each `redo()` and `undo()` runs an operation.

They follow `ui.commands`: the values the views show are what an edit
expects to replace, so an undo or redo never overwrites a change made
meanwhile elsewhere (it is refused, reported and dropped). A refused step
also asks the exposure state to read the products it named again, so the
views show what is stored. An import is one step: its redo puts the file's
products in place and its undo puts back what they replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from readiness import operations
from readiness.exposure.product_fields import bom_values, product_values
from readiness.exposure.products import Product
from readiness.operations.records import Change, ProductsLinked, RegisterWritten
from ui.commands import OperationCommand
from ui.context import AppContext
from ui.exposure_state import ExposureState

translate = QCoreApplication.translate


class ProductStep(OperationCommand):
    """A step on the register: after a refusal the products it names are read again."""

    def __init__(self, context: AppContext, state: ExposureState, text: str, parts: Sequence[str]) -> None:
        super().__init__(context, text)
        self.state = state
        self.parts = list(parts)

    def _run(self, step: Callable[[], Change | None]) -> None:
        super()._run(step)
        if self.refused:
            self.state.refresh_parts(self.parts)


class EditProductCommand(ProductStep):
    """Fields of one product, or of one line of its bill of materials (`bom_line`)."""

    def __init__(
        self,
        context: AppContext,
        state: ExposureState,
        *,
        part: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        bom_line: int | None = None,
        text: str,
    ) -> None:
        super().__init__(context, state, text, [part])
        self.part, self.before, self.after, self.bom_line = part, dict(before), dict(after), bom_line

    def _edit(self, changes: dict[str, Any], expected: dict[str, Any]) -> Change | None:
        if self.bom_line is None:
            return self.context.apply(
                operations.edit_product, self.assessment_id, self.part, changes, expected=expected
            )
        return self.context.apply(
            operations.edit_bom_line, self.assessment_id, self.part, self.bom_line, changes, expected=expected
        )

    def forward(self) -> Change | None:
        return self._edit(self.after, self.before)

    def backward(self) -> Change | None:
        return self._edit(self.before, self.after)


class LinkCommand(ProductStep):
    """Products linked to (or unlinked from) an item; undo takes back exactly the links that changed."""

    def __init__(
        self, context: AppContext, state: ExposureState, *, item_id: str, parts: Sequence[str], link: bool, text: str
    ) -> None:
        super().__init__(context, state, text, parts)
        self.item_id, self.link = item_id, link
        self.changed = list(parts)

    def _run_link(self, link: bool, parts: list[str]) -> Change | None:
        operation = operations.link_products if link else operations.unlink_products
        return self.context.apply(operation, self.assessment_id, self.item_id, parts)

    def forward(self) -> Change | None:
        done = self._run_link(self.link, self.changed)
        if isinstance(done, ProductsLinked) and not self._pushed:
            self.changed = list(done.changed)
        return done

    def backward(self) -> Change | None:
        return self._run_link(not self.link, self.changed)


class RegisterStep(ProductStep):
    """A register file imported: the first redo imports it, later ones put its products back, undo restores."""

    def __init__(
        self,
        context: AppContext,
        state: ExposureState,
        *,
        products: Sequence[Product],
        replace: bool,
        seen: Mapping[str, Product | None],
        text: str,
    ) -> None:
        super().__init__(context, state, text, list(seen))
        self.products, self.replace, self.seen = list(products), replace, dict(seen)
        self.written: RegisterWritten | None = None

    def forward(self) -> Change | None:
        if self.written is None:
            done = self.context.apply(
                operations.import_register, self.assessment_id, self.products, replace=self.replace, expected=self.seen
            )
            self.written = done
            return done
        return self.context.apply(
            operations.restore_products, self.assessment_id, self.written.after, expected=self.written.before
        )

    def backward(self) -> Change | None:
        if self.written is None:
            return None
        return self.context.apply(
            operations.restore_products, self.assessment_id, self.written.before, expected=self.written.after
        )


class ScenarioStep(OperationCommand):
    """A user's scenario added (undo removes it) or removed (undo adds the same text back)."""

    def __init__(self, context: AppContext, *, source: str, name: str, scenario_id: str, add: bool, text: str) -> None:
        super().__init__(context, text)
        self.source, self.name, self.scenario_id, self.add = source, name, scenario_id, add

    def _add(self) -> Change | None:
        return self.context.apply(operations.add_scenario, self.source, name=self.name)

    def _remove(self) -> Change | None:
        return self.context.apply(operations.remove_scenario, self.scenario_id, expected_source=self.source)

    def forward(self) -> Change | None:
        return self._add() if self.add else self._remove()

    def backward(self) -> Change | None:
        return self._remove() if self.add else self._add()


# --- the edits views make: each one undo step, pushed (and so written) at once -----------


def _push(context: AppContext, command: OperationCommand) -> bool:
    if context.read_only:
        return False
    context.undo_stack.push(command)
    return not command.refused


def edit_product(context: AppContext, state: ExposureState, part: str, changes: Mapping[str, Any]) -> bool:
    """One undo step changing fields of a product; the values the state holds are what it expects to replace."""
    shown = product_values(state.by_part[part])
    moved = {name: value for name, value in changes.items() if shown[name] != value}
    if not moved:
        return True
    before = {name: shown[name] for name in moved}
    text = translate("commands", "Edit product %1").replace("%1", part)
    return _push(context, EditProductCommand(context, state, part=part, before=before, after=moved, text=text))


def edit_bom_line(
    context: AppContext, state: ExposureState, part: str, position: int, changes: Mapping[str, Any]
) -> bool:
    """One undo step changing fields of one material of a product's bill of materials."""
    shown = bom_values(state.by_part[part].bom[position])
    moved = {name: value for name, value in changes.items() if shown[name] != value}
    if not moved:
        return True
    before = {name: shown[name] for name in moved}
    text = translate("commands", "Edit material of %1").replace("%1", part)
    command = EditProductCommand(context, state, part=part, before=before, after=moved, bom_line=position, text=text)
    return _push(context, command)


def link_products(context: AppContext, state: ExposureState, item_id: str, parts: Sequence[str], *, link: bool) -> bool:
    text = translate("commands", "Link products") if link else translate("commands", "Unlink products")
    return _push(context, LinkCommand(context, state, item_id=item_id, parts=parts, link=link, text=text))


def import_register(
    context: AppContext,
    state: ExposureState,
    products: Sequence[Product],
    *,
    replace: bool,
    seen: Mapping[str, Product | None],
) -> RegisterWritten | None:
    """Import a register read from a file as one undo step; None when refused."""
    text = translate("commands", "Import %n product(s)", "", len(products))
    command = RegisterStep(context, state, products=products, replace=replace, seen=seen, text=text)
    return command.written if _push(context, command) else None


def add_scenario(context: AppContext, source: str, *, name: str, scenario_id: str) -> bool:
    text = translate("commands", "Add scenario %1").replace("%1", scenario_id)
    return _push(context, ScenarioStep(context, source=source, name=name, scenario_id=scenario_id, add=True, text=text))


def remove_scenario(context: AppContext, *, source: str, scenario_id: str) -> bool:
    text = translate("commands", "Remove scenario %1").replace("%1", scenario_id)
    command = ScenarioStep(context, source=source, name=scenario_id, scenario_id=scenario_id, add=False, text=text)
    return _push(context, command)
