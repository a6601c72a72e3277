"""Read the product register of an assessment, its links to readiness items, and the scenarios a workspace knows.

Nothing here writes: products, links and user scenarios change through
operations (`readiness.operations.products`, `readiness.operations.scenarios`).
Scenarios are the ones shipped with the app (`resources/scenarios/`, today's
rules first) and the user's own, stored in the workspace as the TOML text
they were added from and validated again on every read; a stored scenario
this version cannot read is left out of `all()` and named by `problems()`
(and by `readiness check`), never a reason the app cannot open.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from readiness.errors import NotFound, ReadinessError
from readiness.store.database import Database, translated_errors

if TYPE_CHECKING:
    from readiness.exposure.products import Product
    from readiness.exposure.scenarios import Scenario


def _rows() -> ModuleType:
    """The register's SQL (and, with it, the exposure model), loaded the first time a register is read: the
    workspace opens, and the app starts, without it."""
    from readiness.store import products_rows

    return products_rows


class ProductRepository:
    """The products of each assessment, in register order, and which items they are linked to."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def register(self, assessment_id: int) -> list[Product]:
        """Every product of an assessment, with its lanes, overlays and bill of materials."""
        with translated_errors(self._db.path):
            return [s.product for s in _rows().read_products(self._db.connection, assessment_id)]

    def products(self, assessment_id: int, part_numbers: list[str]) -> dict[str, Product]:
        """The named products that are in the register (part number -> product)."""
        with translated_errors(self._db.path):
            found = _rows().read_products(self._db.connection, assessment_id, part_numbers)
        return {s.product.part_number: s.product for s in found}

    def product(self, assessment_id: int, part_number: str) -> Product:
        found = self.products(assessment_id, [part_number])
        if part_number not in found:
            raise NotFound(
                f"no product {part_number!r} in this assessment's register",
                code="product-missing",
                params={"part_number": part_number},
            )
        return found[part_number]

    def part_numbers(self, assessment_id: int) -> list[str]:
        rows = self._db.query(
            "SELECT part_number FROM products WHERE assessment_id = ? ORDER BY position", (assessment_id,)
        )
        return [row[0] for row in rows]

    def count(self, assessment_id: int) -> int:
        return int(self._db.query("SELECT count(*) FROM products WHERE assessment_id = ?", (assessment_id,))[0][0])

    def links(self, assessment_id: int) -> dict[str, tuple[str, ...]]:
        """Item id -> the part numbers linked to it (in part-number order), for every item with a link.

        Plain SQL here: the item editor asks for every item it shows, and this must not load the register's
        model."""
        links: dict[str, list[str]] = {}
        for item_id, part in self._db.query(
            "SELECT item_id, part_number FROM item_products WHERE assessment_id = ? ORDER BY item_id, part_number",
            (assessment_id,),
        ):
            links.setdefault(item_id, []).append(part)
        return {item_id: tuple(parts) for item_id, parts in links.items()}

    def items_of(self, assessment_id: int, part_number: str) -> list[str]:
        """The readiness items a product is linked to."""
        rows = self._db.query(
            "SELECT item_id FROM item_products WHERE assessment_id = ? AND part_number = ? ORDER BY item_id",
            (assessment_id, part_number),
        )
        return [row[0] for row in rows]


@dataclass(frozen=True)
class UserScenario:
    """A scenario the user added: the file text it came from, when, and the scenario (None if unreadable)."""

    id: str
    title: str
    source: str
    added_at: str
    scenario: Scenario | None
    problem: str = ""


class ScenarioRepository:
    """The scenarios shipped with the app and the user's own."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def builtin(self) -> list[Scenario]:
        from readiness.exposure.scenario_files import builtin_scenarios

        return builtin_scenarios()

    def user(self) -> list[UserScenario]:
        from readiness.exposure.scenario_files import scenario_from_text

        found = []
        with translated_errors(self._db.path):
            rows = _rows().read_user_scenarios(self._db.connection)
        for row in rows:
            scenario, problem = None, ""
            try:
                scenario = scenario_from_text(row["source"], name=f"scenario {row['id']!r} in the workspace")
            except ReadinessError as error:
                problem = str(error)
            found.append(UserScenario(row["id"], row["title"], row["source"], row["added_at"], scenario, problem))
        return found

    def all(self) -> list[Scenario]:
        """Shipped scenarios (today's rules first), then the user's, oldest first; unreadable ones left out."""
        return [*self.builtin(), *(u.scenario for u in self.user() if u.scenario is not None)]

    def get(self, scenario_id: str) -> Scenario:
        for scenario in self.all():
            if scenario.id == scenario_id:
                return scenario
        raise NotFound(
            f"no scenario {scenario_id!r}; see `readiness scenarios list`",
            code="scenario-unknown",
            params={"id": scenario_id},
        )

    def problems(self) -> list[str]:
        """A line for each stored scenario this version cannot read."""
        return [u.problem for u in self.user() if u.scenario is None]
