"""The Products table: one row per product of the register, with its result and duty today and under a scenario.

Rows are part numbers; every value comes from the `ExposureState`. Named
columns, a native sort value (`SORT_ROLE`: amounts as numbers, statuses by
severity), the part number (`PART_ROLE`) and the status under the chosen
scenario (`STATUS_ROLE`) that `ProductFilter` filters on ("only products
that fail"), together with a search over part number and description.
After an edit that keeps the same products the model reports `dataChanged`
(selection and scroll stay); a different set of products is a reset.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from readiness.exposure.reasons import Status
from readiness.exposure.vocabulary import format_hts
from ui.exposure_labels import money_text, reasons_label, signed_money_text, status_label
from ui.exposure_state import ExposureState
from ui.models.row_table import RowTableModel
from ui.theme import status_color

COLUMNS = 8
COL_PART, COL_DESCRIPTION, COL_HTS, COL_TODAY, COL_SCENARIO, COL_DUTY_TODAY, COL_DUTY, COL_CHANGE = range(COLUMNS)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PART_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
SEVERITY = {Status.QUALIFIES: 0, Status.CANNOT_TELL: 1, Status.FAILS: 2}
STATUS_TONES = {Status.FAILS: "bad", Status.CANNOT_TELL: "warn"}


def status_foreground(status: Status) -> QColor | None:
    """The colour of a qualification status word in the current theme (none for "qualifies")."""
    tone = STATUS_TONES.get(status)
    return status_color(tone) if tone else None


Index = QModelIndex | QPersistentModelIndex


class ProductTableModel(RowTableModel[str]):
    """The register's products, compared between today's rules and one scenario."""

    def __init__(self, state: ExposureState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.scenario_id = ""  # the view chooses the first what-if once the scenarios are known

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Part number"),
            self.tr("Description"),
            self.tr("HTS code"),
            self.tr("Today"),
            self.tr("Scenario"),
            self.tr("Duty today"),
            self.tr("Duty, scenario"),
            self.tr("Change"),
        )

    def header_tooltips(self) -> tuple[str, ...]:
        scenario = next((s.title for s in self.state.scenarios if s.id == self.scenario_id), "")
        under = self.tr("Under the scenario compared: %1").replace("%1", scenario)
        return (
            "",
            "",
            "",
            self.tr("Qualifies, fails or cannot tell under today's rules"),
            under,
            self.tr("Annual duty under today's rules"),
            under,
            self.tr("Annual duty under the scenario less today's"),
        )

    def set_scenario(self, scenario_id: str) -> None:
        self.scenario_id = scenario_id
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_SCENARIO, COL_DUTY)
        self.refresh()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS  # asked for every row the proxy filters: no translation here

    def refresh(self) -> None:
        """Follow the state: `dataChanged` for the rows of the products that changed (all of them after a
        scenario changed) when the products are the same ones, else a reset."""
        parts = [p.part_number for p in self.state.products]
        if parts != self._rows or not parts:
            self.set_rows(parts)
            return
        last = COLUMNS - 1
        touched = self.state.touched
        if touched is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(parts) - 1, last))
            return
        positions = {part: row for row, part in enumerate(parts)}
        for part in touched:
            if part in positions:
                row = positions[part]
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def row_of(self, part: str) -> int:
        return self._rows.index(part) if part in self._rows else -1

    def cell_data(self, part: str, column: int, role: int) -> Any:
        product = self.state.by_part.get(part)
        today = self.state.exposure(part, self.state.baseline)
        under = self.state.exposure(part, self.scenario_id)
        if product is None or today is None or under is None:
            return None
        if role == PART_ROLE:
            return part
        if role == STATUS_ROLE:
            return under.status.value  # a plain string: an enum would not survive the trip through Qt
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_PART: part,
                COL_DESCRIPTION: product.description,
                COL_HTS: format_hts(product.hts_code),
                COL_TODAY: status_label(today.status),
                COL_SCENARIO: status_label(under.status),
                COL_DUTY_TODAY: money_text(today.duty, today.currency),
                COL_DUTY: money_text(under.duty, under.currency),
                COL_CHANGE: signed_money_text(under.duty - today.duty, under.currency)
                if under.duty != today.duty
                else "",
            }.get(column)
        if role == SORT_ROLE:
            return {
                COL_TODAY: SEVERITY[today.status],
                COL_SCENARIO: SEVERITY[under.status],
                COL_DUTY_TODAY: float(today.duty),
                COL_DUTY: float(under.duty),
                COL_CHANGE: float(under.duty - today.duty),
            }.get(column, self.cell_data(part, column, Qt.ItemDataRole.DisplayRole).casefold())
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_TODAY, COL_SCENARIO):
            return status_foreground(today.status if column == COL_TODAY else under.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_DUTY_TODAY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TODAY, COL_SCENARIO):
            exposure = today if column == COL_TODAY else under
            return reasons_label(exposure.outcome.reasons)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DESCRIPTION:
            return product.description
        return None


class ProductFilter(QSortFilterProxyModel):
    """Sorts on `SORT_ROLE`; keeps products that fail under the scenario (when asked) and match the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.failing_only = False
        self.search = ""

    def set_failing_only(self, on: bool) -> None:
        self.failing_only = on
        self._refilter()

    def set_search(self, text: str) -> None:
        self.search = text.strip().casefold()
        self._refilter()

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        status = model.index(source_row, COL_SCENARIO, source_parent).data(STATUS_ROLE)
        if self.failing_only and status != Status.FAILS.value:
            return False
        if self.search:
            part = str(model.index(source_row, COL_PART, source_parent).data() or "")
            description = str(model.index(source_row, COL_DESCRIPTION, source_parent).data() or "")
            return self.search in part.casefold() or self.search in description.casefold()
        return True
