"""The view model behind the Products and Scenarios views: the register of the shown assessment under every
scenario, kept current as the context reports changes.

It reads through the context (never the store), loads the register only when
a view first needs it (`ensure`), and after that never reads it whole again
for an edit: `products_changed` names the part numbers written, which are
read back alone and evaluated again (`run.rerun_products`); a threshold the
user tries on a scenario (`try_threshold`, a what-if on the what-if, not
stored) evaluates only that scenario again (`run.rerun_scenario`). Either way
`changed` is emitted once and the views refresh from here. Everything it
holds is plain data of the core.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from readiness.exposure.exposure import ProductExposure
from readiness.exposure.products import Product
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.run import ExposureRun, ScenarioTotals, rerun_products, rerun_scenario, run_scenarios
from readiness.exposure.scenario_files import builtin_de_minimis
from readiness.exposure.scenarios import Scenario
from readiness.exposure.vocabulary import RvcMethod
from ui.context import AppContext


class ExposureState(QObject):
    """Products, scenarios, links and the exposure run of the assessment in view."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded_for: int | None = None
        self.products: list[Product] = []
        self.by_part: dict[str, Product] = {}
        self.stored_scenarios: list[Scenario] = []
        self.builtin_ids: set[str] = set()
        self.tried: dict[str, Scenario] = {}  # scenario id -> the scenario with the threshold the user is trying
        self.links: dict[str, tuple[str, ...]] = {}
        self.run: ExposureRun | None = None
        self.touched: list[str] | None = None  # the products the last change concerned (None: any or all)
        context.assessment_changed.connect(self._assessment_changed)
        context.products_changed.connect(self.refresh_parts)
        context.scenarios_changed.connect(self._scenarios_changed)

    # --- loading ------------------------------------------------------------------

    @property
    def de_minimis(self) -> DeMinimisRules:
        """The shipped de minimis rules, read the first time a register is evaluated (not at start-up)."""
        return builtin_de_minimis()

    @property
    def loaded(self) -> bool:
        return self.loaded_for is not None and self.run is not None

    def ensure(self) -> bool:
        """Load the register of the shown assessment if not yet loaded; False when no assessment is open."""
        assessment = self.context.assessment
        if assessment is None:
            return False
        if self.loaded_for != assessment.id or self.run is None:
            self.reload()
        return True

    def reload(self) -> None:
        """Read the register, the links and the scenarios again and evaluate everything."""
        assessment = self.context.assessment
        self.tried = {}
        if assessment is None:
            self.loaded_for, self.products, self.by_part, self.links, self.run = None, [], {}, {}, None
            self.changed.emit()
            return
        self.products = self.context.read(lambda ws: ws.products.register(assessment.id))
        self.by_part = {p.part_number: p for p in self.products}
        self.links = self.context.read(lambda ws: ws.products.links(assessment.id))
        self._read_scenarios()
        self.loaded_for = assessment.id
        self.run = run_scenarios(self.products, self.scenarios, de_minimis=self.de_minimis)
        self.touched = None
        self.changed.emit()

    def _read_scenarios(self) -> None:
        self.stored_scenarios = self.context.read(lambda ws: ws.scenarios.all())
        self.builtin_ids = {s.id for s in self.context.read(lambda ws: ws.scenarios.builtin())}

    def _assessment_changed(self) -> None:
        self.loaded_for, self.run, self.tried, self.touched = None, None, {}, None
        self.products, self.by_part, self.links = [], {}, {}
        self.changed.emit()

    def _scenarios_changed(self) -> None:
        if not self.loaded:
            return
        self._read_scenarios()
        self.tried = {sid: s for sid, s in self.tried.items() if any(x.id == sid for x in self.stored_scenarios)}
        self.run = run_scenarios(self.products, self.scenarios, de_minimis=self.de_minimis)
        self.touched = None
        self.changed.emit()

    def refresh_parts(self, parts: Iterable[str]) -> None:
        """Read these products (and the links) back and evaluate them again; all of them for an empty list."""
        parts = list(parts)
        assessment = self.context.assessment
        if not self.loaded or assessment is None or self.run is None:
            return
        if not parts:
            self.reload()
            return
        found = self.context.read(lambda ws: ws.products.products(assessment.id, parts))
        for part in parts:
            old = self.by_part.pop(part, None)
            if old is not None:  # found by identity: comparing products field by field would cost far more
                place = next(i for i, product in enumerate(self.products) if product is old)
                if part in found:
                    self.products[place] = found[part]
                else:
                    del self.products[place]
            elif part in found:
                self.products.append(found[part])
            if part in found:
                self.by_part[part] = found[part]
        self.links = self.context.read(lambda ws: ws.products.links(assessment.id))
        self.run = rerun_products(self.run, self.products, self.scenarios, de_minimis=self.de_minimis, changed=parts)
        self.touched = parts  # each product's results are its own: only these rows of a table change
        self.changed.emit()

    # --- scenarios and the threshold the user tries -----------------------------------

    @property
    def scenarios(self) -> list[Scenario]:
        """Every scenario, today's rules first, with the thresholds the user is trying."""
        return [self.tried.get(s.id, s) for s in self.stored_scenarios]

    def scenario(self, scenario_id: str) -> Scenario:
        return next(s for s in self.scenarios if s.id == scenario_id)

    def threshold(self, scenario_id: str, method: RvcMethod) -> Decimal | None:
        """The first RVC threshold the scenario sets for `method` (with a tried one), or None."""
        for change in self.scenario(scenario_id).rvc:
            value = change.transaction_value if method is RvcMethod.TRANSACTION_VALUE else change.net_cost
            if value is not None:
                return value
        return None

    def stored_threshold(self, scenario_id: str, method: RvcMethod) -> Decimal | None:
        stored = next(s for s in self.stored_scenarios if s.id == scenario_id)
        for change in stored.rvc:
            value = change.transaction_value if method is RvcMethod.TRANSACTION_VALUE else change.net_cost
            if value is not None:
                return value
        return None

    def try_threshold(self, scenario_id: str, method: RvcMethod, value: Decimal | None) -> None:
        """Evaluate the scenario with every RVC threshold it sets for `method` at `value` (None: as stored)."""
        if self.run is None:
            return
        stored = next(s for s in self.stored_scenarios if s.id == scenario_id)
        field = "transaction_value" if method is RvcMethod.TRANSACTION_VALUE else "net_cost"
        if value is None or value == self.stored_threshold(scenario_id, method):
            self.tried.pop(scenario_id, None)
            scenario = stored
        else:
            changes = tuple(
                c.model_copy(update={field: value}) if getattr(c, field) is not None else c for c in stored.rvc
            )
            scenario = self.tried[scenario_id] = stored.model_copy(update={"rvc": changes})
        self.run = rerun_scenario(self.run, scenario, de_minimis=self.de_minimis)
        self.touched = None
        self.changed.emit()

    def is_tried(self, scenario_id: str) -> bool:
        return scenario_id in self.tried

    # --- reading results --------------------------------------------------------------

    @property
    def baseline(self) -> str:
        return self.run.baseline if self.run is not None else "today"

    def exposure(self, part: str, scenario_id: str) -> ProductExposure | None:
        if self.run is None or scenario_id not in self.run.exposures:
            return None
        return self.run.exposures[scenario_id].get(part)

    def totals(self, scenario_id: str) -> ScenarioTotals | None:
        return self.run.totals.get(scenario_id) if self.run is not None else None

    def items_of(self, part: str) -> list[str]:
        """The readiness items a product is linked to, in checklist order."""
        linked = {item_id for item_id, parts in self.links.items() if part in parts}
        return [item_id for item_id in self.context.item_index if item_id in linked]

    def currencies(self) -> list[str]:
        """The currencies of the register, the assessment's own first."""
        found = sorted({p.currency for p in self.products})
        own = self.context.assessment.currency if self.context.assessment else ""
        return sorted(found, key=lambda c: (c != own, c))
