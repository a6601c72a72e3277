"""The products linked to a readiness item, shown read-only in the item editor: what the item's gap costs.

A small box the editor hosts: each linked product with its result today and
the duty at stake on it, the largest increase over today any scenario
brings (and which), the most at stake first, so a trade manager sees which
gaps carry money. It reads
only the item's own products (never the whole register) and evaluates them
under every scenario, so it stays quick however large the register is. It
hides itself for an item with no linked products. Linking happens in the
Products view. Text from the register is plain text.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.plain_text import make_plain

SHOWN = 8  # products listed by name, the most at stake first


class LinkedProductsPanel(QGroupBox):
    """ "Linked products" of the item shown in the editor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: str | None = None
        self.setTitle(self.tr("Linked products"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Products linked to this item"))
        make_plain(self.text)
        QVBoxLayout(self).addWidget(self.text)
        context.products_changed.connect(lambda _parts: self.show_item(self.item_id))
        context.scenarios_changed.connect(lambda: self.show_item(self.item_id))
        context.assessment_changed.connect(lambda: self.show_item(None))
        self.hide()

    def show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        assessment = self.context.assessment
        parts: tuple[str, ...] = ()
        if assessment is not None and item_id is not None:
            parts = self.context.read(lambda ws: ws.products.links(assessment.id)).get(item_id, ())
        if assessment is None or item_id is None or not parts:
            self.text.clear()
            self.hide()
            return
        from readiness.exposure.run import item_exposure, run_scenarios  # only once an item has products
        from readiness.exposure.scenario_files import builtin_de_minimis
        from ui.exposure_labels import money_text, status_label  # only where products are linked

        products = self.context.read(lambda ws: ws.products.products(assessment.id, list(parts)))
        scenarios = self.context.read(lambda ws: ws.scenarios.all())
        titles = {s.id: s.title for s in scenarios}
        run = run_scenarios(list(products.values()), scenarios, de_minimis=builtin_de_minimis())
        today = run.exposures[run.baseline]
        lines: list[tuple[Decimal, str]] = []  # (increase, line): the most money at stake first
        for part in parts:
            if part not in products:
                lines.append((Decimal(0), self.tr("%1: no longer in the register").replace("%1", part)))
                continue
            exposure = today[part]
            worst, increase = "", Decimal(0)
            for scenario_id in run.scenario_ids:
                delta = run.delta(part, scenario_id)
                if delta > increase:
                    worst, increase = scenario_id, delta
            line = (
                self.tr("%1 (%2): %3 today, duty %4")
                .replace("%1", part)
                .replace("%2", products[part].description or products[part].hts_code)
                .replace("%3", status_label(exposure.status).lower())
                .replace("%4", money_text(exposure.duty, exposure.currency))
            )
            if worst:
                line += (
                    self.tr("; up to %1 more a year under %2")
                    .replace("%1", money_text(increase, exposure.currency))
                    .replace("%2", titles.get(worst, worst))
                )
            lines.append((increase, line))
        lines.sort(key=lambda pair: -pair[0])
        shown = [line for _, line in lines[:SHOWN]]
        if len(lines) > SHOWN:
            shown.append(self.tr("and %n more product(s): see the Products tab", "", len(lines) - SHOWN))
        stake = item_exposure(run, {item_id: parts})[item_id].at_stake
        if any(stake.values()):  # the headline first
            amounts = ", ".join(money_text(amount, currency) for currency, amount in sorted(stake.items()))
            shown.insert(0, self.tr("At stake on this item: up to %1 a year more than today").replace("%1", amounts))
        self.text.setText("\n".join(shown))
        self.show()
