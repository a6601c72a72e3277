"""The products whose result a scenario changes: today's result and duty beside the scenario's, and the change.

Rows are part numbers, most duty added first; every value comes from the
`ExposureState`. `SORT_ROLE` sorts amounts as numbers and results by
severity; `PART_ROLE` is the part number the Scenarios view opens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.exposure_labels import money_text, reasons_label, signed_money_text, status_label
from ui.exposure_state import ExposureState
from ui.models.products import SEVERITY, status_foreground
from ui.models.row_table import RowTableModel

COL_PART, COL_DESCRIPTION, COL_TODAY, COL_UNDER, COL_DUTY_TODAY, COL_DUTY, COL_CHANGE = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PART_ROLE = Qt.ItemDataRole.UserRole + 2


class StatusChangeModel(RowTableModel[str]):
    """The products one scenario moves from one result to another."""

    def __init__(self, state: ExposureState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.scenario_id = ""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Part number"),
            self.tr("Description"),
            self.tr("Today"),
            self.tr("Scenario"),
            self.tr("Duty today"),
            self.tr("Duty, scenario"),
            self.tr("Change"),
        )

    def show_scenario(self, scenario_id: str) -> None:
        self.scenario_id = scenario_id
        totals = self.state.totals(scenario_id)
        run = self.state.run
        if totals is None or run is None or scenario_id == self.state.baseline:
            self.set_rows([])
            return
        today, own = run.exposures[run.baseline], run.exposures[scenario_id]
        self.set_rows(sorted(totals.changed_status, key=lambda p: (today[p].duty - own[p].duty, p)))

    def cell_data(self, part: str, column: int, role: int) -> Any:
        product = self.state.by_part.get(part)
        today = self.state.exposure(part, self.state.baseline)
        under = self.state.exposure(part, self.scenario_id)
        if product is None or today is None or under is None:
            return None
        delta = under.duty - today.duty
        if role == PART_ROLE:
            return part
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_PART: part,
                COL_DESCRIPTION: product.description,
                COL_TODAY: status_label(today.status),
                COL_UNDER: status_label(under.status),
                COL_DUTY_TODAY: money_text(today.duty, today.currency),
                COL_DUTY: money_text(under.duty, under.currency),
                COL_CHANGE: signed_money_text(delta, under.currency),
            }.get(column)
        if role == SORT_ROLE:
            numbers = {
                COL_TODAY: SEVERITY[today.status],
                COL_UNDER: SEVERITY[under.status],
                COL_DUTY_TODAY: float(today.duty),
                COL_DUTY: float(under.duty),
                COL_CHANGE: float(delta),
            }
            return numbers.get(column, str(self.cell_data(part, column, Qt.ItemDataRole.DisplayRole)).casefold())
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_TODAY, COL_UNDER):
            return status_foreground(today.status if column == COL_TODAY else under.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_DUTY_TODAY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_UNDER, COL_DESCRIPTION, COL_PART):
            return reasons_label(under.outcome.reasons)
        return None
