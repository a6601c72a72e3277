"""The Exposure sheet and the Summary's "duty at stake" headline: what each scenario of the review would cost.

Top to bottom: title and what the figures are (annual duty, per product
currency; scenarios other than today's rules are hypotheses); duty per
scenario (annual duty, change against today, products failing, undecided,
changing status) with a native bar chart; the products that fail under each
scenario with the reason in words; the ten products with the most duty,
scenario by scenario; and, when items are linked to products, the readiness
items ordered by the duty at stake on them. Every name comes from the user
or a scenario file and goes through `SheetKit.text` (inert text).
The headline on the Summary is a small table written by
`write_duty_at_stake`, called from the Summary when the export has products.
"""

from __future__ import annotations

import math
from decimal import Decimal

from openpyxl.chart import Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness.excel.charts import horizontal_bars
from readiness.excel.exposure_data import ExposureData
from readiness.excel.sheetkit import Cell, SheetKit, print_setup
from readiness.excel.styles import Palette
from readiness.exposure.reasons import Status
from readiness.exposure.report import ProductLine, ScenarioReport
from readiness.exposure.wording import STATUS_WORDS, reasons_text
from readiness.wording import question_text

SHEET = "Exposure"
# Every table of the sheet shares these columns: A a name, B a code, C-G figures, H a sentence; more scenario
# columns than five spill to the right, so those have a width too.
WIDTHS = (36, 16, 15, 15, 13, 13, 13, 70, 15, 15, 15, 15, 15, 15)
TEXT_COLUMN = 7
ROW_CM = 0.53
ZERO = Decimal(0)


def _money(kit: SheetKit, amount: Decimal, style: str = "money") -> Cell:
    return kit.value(float(amount), style)


def _title(scenario: ScenarioReport) -> str:
    return scenario.scenario.title + (" (hypothesis)" if scenario.scenario.hypothesis else "")


def write_exposure(ws: WriteOnlyWorksheet, palette: Palette, data: ExposureData, *, generated: str) -> None:
    kit = SheetKit(ws, palette, WIDTHS)
    print_setup(ws, generated=generated, landscape=True)
    ws.sheet_view.showGridLines = False
    report = data.report
    kit.row([kit.text("Exposure: duty at stake under each scenario of the review", "title")], height=30)
    kit.row(
        [
            kit.text(
                f"{report.products} products \u00b7 annual duty in each product's currency \u00b7 "
                f"scenarios from today's rules to the outcomes the review could bring",
                "subtitle",
            )
        ]
    )
    kit.row(
        [
            kit.text(
                "Duty = annual value x the MFN rate where a product does not qualify for the preference, plus the "
                "overlays that apply. Scenarios other than today's rules are hypotheses. A self-assessment, not a "
                "customs ruling or legal advice.",
                "note",
            )
        ]
    )
    kit.blank()
    first, last = _totals(kit, data)
    kit.blank()
    if last >= first:
        _chart(kit, data, first, last)
    _failing(kit, data)
    kit.blank()
    _top(kit, data)
    if data.items:
        kit.blank()
        _items(kit, data)


def _totals(kit: SheetKit, data: ExposureData) -> tuple[int, int]:
    """The per-scenario table, main currency first; returns the rows of the main currency (for the chart)."""
    kit.row([kit.text("Duty per scenario", "section")], height=20)
    headers = ("Scenario", "Currency", "Annual duty", "Change against today", "Products failing", "Cannot tell",
               "Status changed", "What the scenario changes")  # fmt: skip
    kit.row([kit.text(h, "header") for h in headers], height=30)
    currencies = [data.currency, *(c for c in data.report.currencies if c != data.currency)]
    first = last = kit.next_row
    for currency in currencies:
        for scenario in data.report.scenarios:
            totals = scenario.totals
            failing = sum(1 for line in scenario.failing if line.currency == currency)
            row = kit.row(
                [
                    kit.text(_title(scenario), "bold" if scenario.is_baseline else "wrap"),
                    kit.text(currency),
                    _money(kit, totals.duty.get(currency, ZERO)),
                    None if scenario.is_baseline else _money(kit, totals.delta.get(currency, ZERO)),
                    kit.value(failing, "count_alert" if failing else "count"),
                    kit.value(sum(1 for x in scenario.cannot_tell if x.currency == currency), "count"),
                    None if scenario.is_baseline else kit.value(len(scenario.changed), "count"),
                    kit.text(scenario.scenario.description, "wrap"),
                ]
            )
            if currency == data.currency:
                last = row
    return first, last


def _chart(kit: SheetKit, data: ExposureData, first: int, last: int) -> None:
    chart = horizontal_bars(
        kit.ws,
        title=f"Annual duty per scenario ({data.currency})",
        values=Reference(kit.ws, min_col=3, min_row=first - 1, max_row=last),
        categories=Reference(kit.ws, min_col=1, min_row=first, max_row=last),
        number_format="#,##0",
        height=max(6.0, 0.9 * (last - first + 1) + 2.5),
    )
    kit.ws.add_chart(chart, f"A{kit.next_row}")
    kit.blank(math.ceil(chart.height / ROW_CM) + 1)


def _line_row(kit: SheetKit, scenario: ScenarioReport, line: ProductLine) -> None:
    why = reasons_text(line.reasons) + ("" if line.complete else " (the duty is an upper bound)")
    kit.row(
        [
            kit.text(_title(scenario), "wrap"),
            kit.text(line.part_number, "bold"),
            _money(kit, line.duty),
            _money(kit, line.delta),
            kit.text(STATUS_WORDS[line.status], "critical" if line.status is Status.FAILS else "text"),
            kit.text(STATUS_WORDS[line.today_status]),
            kit.text(line.currency),
            kit.text(f"{line.description} \u2014 {why}" if line.description else why, "wrap"),
        ]
    )


def _failing(kit: SheetKit, data: ExposureData) -> None:
    kit.row([kit.text("Products that fail under each scenario", "section")], height=20)
    headers = ("Scenario", "Part number", "Annual duty", "Change against today", "Result", "Today", "Currency",
               "The product, and why")  # fmt: skip
    kit.row([kit.text(h, "header") for h in headers], height=30)
    for scenario in data.report.scenarios:
        lines = scenario.failing + scenario.cannot_tell
        if not lines:
            kit.row([kit.text(_title(scenario), "wrap"), kit.text("No product fails", "note")])
        for line in lines:
            _line_row(kit, scenario, line)


def _top(kit: SheetKit, data: ExposureData) -> None:
    scenarios = data.report.scenarios
    kit.row([kit.text("Top ten products by annual duty, under each scenario", "section")], height=20)
    figures = len(scenarios)
    headers = ["Part number", "Currency", *(s.scenario.title for s in scenarios)]
    headers += [""] * max(0, TEXT_COLUMN - len(headers)) + ["Description"]
    kit.row([kit.text(h, "header") if h else kit.text(" ", "header") for h in headers], height=60)
    if not data.top:
        kit.row([kit.text("No product pays duty under any scenario", "note")])
    for product in data.top:
        cells = [kit.text(product.part_number, "bold"), kit.text(product.currency)]
        cells += [_money(kit, duty) for duty in product.duty]
        cells += [None] * max(0, TEXT_COLUMN - 2 - figures) + [kit.text(product.description, "wrap")]
        kit.row(cells)


def _items(kit: SheetKit, data: ExposureData) -> None:
    titles = {s.scenario.id: s.scenario.title for s in data.report.scenarios}
    kit.row([kit.text("Readiness items by the duty at stake on their products", "section")], height=20)
    headers = ("Item", "Number", f"Duty at stake ({data.currency})", " ", " ", " ", " ", "Under the scenario, on")
    kit.row([kit.text(h, "header") for h in headers], height=30)
    for stake in data.items:
        scenario = titles.get(stake.worst, "No scenario raises the duty")
        parts = ", ".join(stake.exposure.part_numbers)
        kit.row(
            [
                kit.text(question_text(stake.item), "wrap"),
                kit.text(stake.number),
                _money(kit, stake.exposure.at_stake.get(data.currency, ZERO)),
                None,
                None,
                None,
                None,
                kit.text(f"{scenario}: {parts}", "wrap"),
            ]
        )


def write_duty_at_stake(kit: SheetKit, data: ExposureData) -> None:
    """The Summary's headline: today's annual duty and, per scenario, the duty at stake and what fails."""
    currency = data.currency
    today = data.report.scenarios[0]
    kit.row([kit.text(f"Duty at stake under the review's scenarios ({currency} a year)", "section")], height=20)
    kit.row([kit.text("Scenario", "header"), kit.text("Duty at stake", "header"), kit.text("Failing", "header")])
    kit.row(
        [
            kit.text(f"Today's rules: annual duty {today.totals.duty.get(currency, ZERO):,.0f}", "bold"),
            None,
            kit.value(len(today.failing), "count_alert" if today.failing else "count"),
        ]
    )
    for scenario in data.what_ifs:
        failing = len(scenario.failing)
        kit.row(
            [
                kit.text(_title(scenario), "wrap"),
                _money(kit, scenario.at_stake.get(currency, ZERO), "money"),
                kit.value(failing, "count_alert" if failing else "count"),
            ]
        )
    kit.row([kit.text(f"See the {SHEET} sheet for the products behind each figure.", "note")])
