"""Snapshots of an assessment, and the comparison of one snapshot (or the assessment migrated from) with today."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from readiness.compare import AreaTrend, LevelMove
from readiness.scoring import percent
from readiness.store.snapshots_repo import Snapshot
from ui.labels import level_label, tr

Index = QModelIndex | QPersistentModelIndex

SnapshotRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3


class SnapshotTableModel(QAbstractTableModel):
    """Columns: label, taken at, readiness, coverage."""

    COL_LABEL, COL_TAKEN, COL_READINESS, COL_COVERAGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Snapshot] = []

    def set_snapshots(self, snapshots: list[Snapshot]) -> None:
        self.beginResetModel()
        self._rows = list(snapshots)
        self.endResetModel()

    def snapshot_at(self, row: int) -> Snapshot:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Snapshot"), self.tr("Taken"), self.tr("Ready"), self.tr("Assessed"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        snapshot, column = self._rows[index.row()], index.column()
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


class LevelMoveModel(QAbstractTableModel):
    """Items whose level moved between a snapshot and today: item, question, then, now, direction."""

    COL_ITEM, COL_QUESTION, COL_THEN, COL_NOW, COL_MOVE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LevelMove] = []
        self._questions: dict[str, str] = {}

    def set_moves(self, moves: list[LevelMove], questions: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._questions = list(moves), questions
        self.endResetModel()

    def move_at(self, row: int) -> LevelMove:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (self.tr("Item"), self.tr("Question"), self.tr("Then"), self.tr("Now"), self.tr("Moved"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        move, column = self._rows[index.row()], index.column()
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
            return Qt.GlobalColor.darkGreen if move.direction > 0 else Qt.GlobalColor.red
        if role == ItemIdRole:
            return move.item_id
        return None

    def _display(self, column: int, move: LevelMove) -> str:
        if column == self.COL_ITEM:
            return move.item_id
        if column == self.COL_QUESTION:
            return self._questions.get(move.item_id, "")
        if column == self.COL_THEN:
            return tr("Not applicable") if move.before_na else level_label(move.before)
        if column == self.COL_NOW:
            return tr("Not applicable") if move.after_na else level_label(move.after)
        return {1: self.tr("\u2191 up"), -1: self.tr("\u2193 down"), 0: self.tr("changed")}[move.direction]


class AreaTrendModel(QAbstractTableModel):
    """Readiness per area at two milestones (a snapshot or the assessment migrated from, and today)."""

    COL_AREA, COL_THEN, COL_NOW, COL_CHANGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AreaTrend] = []

    def set_trends(self, trends: list[AreaTrend]) -> None:
        self.beginResetModel()
        self._rows = list(trends)
        self.endResetModel()

    def trend_at(self, row: int) -> AreaTrend:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Area"), self.tr("Then"), self.tr("Now"), self.tr("Change"))[section]
        return None

    @staticmethod
    def _change(trend: AreaTrend) -> float | None:
        if trend.before is None or trend.after is None:
            return None
        return trend.after - trend.before

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        trend, column = self._rows[index.row()], index.column()
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
            points = round(change * 100)
            return self.tr("%1 points").replace("%1", f"{points:+d}") if points else self.tr("no change")
        if role == SORT_ROLE:
            values = (trend.title.casefold(), trend.before, trend.after, change)
            value = values[column]
            return -2.0 if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_CHANGE and change:
            return Qt.GlobalColor.darkGreen if change > 0 else Qt.GlobalColor.red
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_AREA:
            return trend.title
        return None
