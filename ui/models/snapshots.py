"""Snapshots of an assessment, and the comparison of one snapshot (or the assessment migrated from) with today."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.compare import AreaTrend, LevelMove
from readiness.scoring import percent, whole_percent
from readiness.store.snapshots_repo import Snapshot
from ui.labels import level_label, translate
from ui.models.row_table import RowTableModel
from ui.theme import status_color

SnapshotRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3


class SnapshotTableModel(RowTableModel[Snapshot]):
    """Columns: label, taken at, readiness, coverage."""

    COL_LABEL, COL_TAKEN, COL_READINESS, COL_COVERAGE = range(4)

    set_snapshots = RowTableModel.set_rows
    snapshot_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Snapshot"), self.tr("Taken"), self.tr("Ready"), self.tr("Assessed"))

    def cell_data(self, snapshot: Snapshot, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                snapshot.label,
                snapshot.taken_at[:16].replace("T", " "),
                percent(snapshot.readiness),
                percent(snapshot.coverage),
            )[column]
        if role == SORT_ROLE:
            values = (snapshot.label.casefold(), snapshot.taken_at, snapshot.readiness, snapshot.coverage)
            value = values[column]
            return -1.0 if value is None else value
        if role == SnapshotRole:
            return snapshot
        return None


class LevelMoveModel(RowTableModel[LevelMove]):
    """Items whose level moved between a snapshot and today: item, question, then, now, direction."""

    COL_ITEM, COL_QUESTION, COL_THEN, COL_NOW, COL_MOVE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions: dict[str, str] = {}

    def set_moves(self, moves: list[LevelMove], questions: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._questions = list(moves), questions
        self.endResetModel()

    move_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Question"), self.tr("Then"), self.tr("Now"), self.tr("Moved"))

    def cell_data(self, move: LevelMove, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, move)
        if role == SORT_ROLE:
            if column == self.COL_THEN:
                return -1 if move.before is None else move.before
            if column == self.COL_NOW:
                return -1 if move.after is None else move.after
            if column == self.COL_MOVE:
                return move.direction
            return self._display(column, move).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_MOVE and move.direction:
            return status_color("good" if move.direction > 0 else "bad")
        if role == ItemIdRole:
            return move.item_id
        return None

    def _display(self, column: int, move: LevelMove) -> str:
        if column == self.COL_ITEM:
            return move.item_id
        if column == self.COL_QUESTION:
            return self._questions.get(move.item_id, "")
        if column == self.COL_THEN:
            return translate("labels", "Not applicable") if move.before_na else level_label(move.before)
        if column == self.COL_NOW:
            return translate("labels", "Not applicable") if move.after_na else level_label(move.after)
        return {1: self.tr("\u2191 up"), -1: self.tr("\u2193 down"), 0: self.tr("changed")}[move.direction]


class AreaTrendModel(RowTableModel[AreaTrend]):
    """Readiness per area at two milestones (a snapshot or the assessment migrated from, and today)."""

    COL_AREA, COL_THEN, COL_NOW, COL_CHANGE = range(4)

    set_trends = RowTableModel.set_rows
    trend_at = RowTableModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Area"), self.tr("Then"), self.tr("Now"), self.tr("Change"))

    @staticmethod
    def _change(trend: AreaTrend) -> float | None:
        if trend.before is None or trend.after is None:
            return None
        return trend.after - trend.before

    def cell_data(self, trend: AreaTrend, column: int, role: int) -> Any:
        change = self._change(trend)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_AREA:
                return trend.title
            if column == self.COL_THEN:
                return percent(trend.before)
            if column == self.COL_NOW:
                return percent(trend.after)
            if change is None:
                return ""
            points = whole_percent(trend.after or 0) - whole_percent(trend.before or 0)  # as the two columns read
            return self.tr("%1 points").replace("%1", f"{points:+d}") if points else self.tr("no change")
        if role == SORT_ROLE:
            values = (trend.title.casefold(), trend.before, trend.after, change)
            value = values[column]
            return -2.0 if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_CHANGE and change:
            return status_color("good" if change > 0 else "bad")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_AREA:
            return trend.title
        return None
