"""The snapshots of the open assessment, and how one compares with today (items moved up or down).

A migrated assessment also offers "Compare with <origin>": readiness per
area when it was migrated (the origin's answers seen through the mapping)
and now, and the items that moved since (`compare_with_origin`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness.compare import compare_levels, compare_with_origin
from readiness.errors import ReadinessError
from readiness.scoring import percent
from readiness.store.snapshots_repo import Snapshot
from ui.context import AppContext
from ui.labels import money_text
from ui.models.snapshots import SORT_ROLE, AreaTrendModel, ItemIdRole, LevelMoveModel, SnapshotTableModel
from ui.plain_text import make_plain
from ui.widgets.tables import sorted_table


def _table(model: SnapshotTableModel | LevelMoveModel | AreaTrendModel, parent: QWidget, name: str) -> QTableView:
    return sorted_table(
        model,
        parent,
        sort_role=SORT_ROLE,
        accessible_name=name,
        stretch=1 if isinstance(model, LevelMoveModel) else 0,
        selection_mode=QTableView.SelectionMode.SingleSelection,
    )


class SnapshotsDialog(QDialog):
    """Lists snapshots; selecting one compares it with today. `ask` returns an item to go to, or None."""

    def __init__(
        self, parent: QWidget | None, *, context: AppContext, take: Callable[[QWidget], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._take = take
        self.go_to: str | None = None
        self.setWindowTitle(self.tr("Snapshots"))
        self.resize(900, 600)
        self.snapshots = SnapshotTableModel(self)
        self.moves = LevelMoveModel(self)
        self.snapshot_view = _table(self.snapshots, self, self.tr("Snapshots"))
        self.move_view = _table(self.moves, self, self.tr("Items that moved since the snapshot"))
        self.summary = QLabel(self.tr("Select a snapshot to compare it with today."), self)
        self.summary.setWordWrap(True)
        make_plain(self.summary)
        self.take_button = QPushButton(self.tr("&Take snapshot\u2026"), self)
        self.go_button = QPushButton(self.tr("&Go to item"), self)
        self.go_button.setEnabled(False)
        self.take_button.setEnabled(take is not None and not context.read_only)
        self.trends = AreaTrendModel(self)
        self.trend_view = _table(self.trends, self, self.tr("Readiness per area then and now"))
        self.trend_view.hide()
        self.origin_button = QPushButton(self)
        self.origin_button.hide()
        assessment = context.assessment
        if assessment is not None and assessment.migrated_from is not None:
            origin = context.assessment_by_id(assessment.migrated_from)
            self.origin_button.setText(self.tr("Compare with \u201c%1\u201d").replace("%1", origin.name))
            self.origin_button.setToolTip(self.tr("Readiness when the assessment was migrated, and now"))
            self.origin_button.show()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if not self.origin_button.isHidden():  # a button box shows every button added to it, blank or not
            buttons.addButton(self.origin_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.snapshot_view)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.trend_view)
        lower_layout.addWidget(self.move_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.snapshot_view.selectionModel().selectionChanged.connect(self._snapshot_selected)
        self.move_view.selectionModel().selectionChanged.connect(
            lambda *_: self.go_button.setEnabled(self.move_view.currentIndex().isValid())
        )
        self.move_view.activated.connect(self._go)
        self.go_button.clicked.connect(lambda: self._go(self.move_view.currentIndex()))
        self.take_button.clicked.connect(self.take)
        self.origin_button.clicked.connect(self.compare_with_origin)
        self.snapshot_view.horizontalHeader().resizeSection(SnapshotTableModel.COL_TAKEN, 150)
        self.move_view.horizontalHeader().resizeSection(LevelMoveModel.COL_ITEM, 220)
        for column in (LevelMoveModel.COL_THEN, LevelMoveModel.COL_NOW):
            self.move_view.horizontalHeader().resizeSection(column, 120)
        context.snapshots_changed.connect(self.reload)
        self.reload()
        if self.snapshots.rowCount():  # compare the newest snapshot straight away
            self.snapshot_view.selectRow(self.snapshots.rowCount() - 1)

    def reload(self) -> None:
        self.snapshots.set_snapshots(self.context.snapshots())
        if not self.snapshots.rowCount():
            self.summary.setText(
                self.tr(
                    "No snapshot yet. Take one at a milestone (\u201cbefore the joint review\u201d) to compare "
                    "it with today later."
                )
            )

    def take(self) -> None:
        """Ask the window to take a snapshot (the dialog itself writes nothing); the list follows the signal."""
        if self._take is not None:
            self._take(self)

    def compare(self, row: int) -> tuple[int, int]:
        """Show how snapshot `row` compares with today; returns (moved up, moved down)."""
        snapshot = self.snapshots.snapshot_at(row)
        framework = self.context.framework
        assert framework is not None
        moves = compare_levels(framework, snapshot.responses, self.context.responses)
        self.trend_view.hide()
        questions = {item_id: pair[1].question for item_id, pair in self.context.item_index.items()}
        self.moves.set_moves(moves, questions)
        up = sum(1 for m in moves if m.direction > 0)
        down = sum(1 for m in moves if m.direction < 0)
        items = (
            self.tr("Since \u201c%1\u201d: %2, %3 moved down, %4.")
            .replace("%1", snapshot.label)
            .replace("%2", self.tr("%n item(s) moved up", "", up))
            .replace("%3", str(down))
            .replace("%4", self.tr("%n other change(s)", "", len(moves) - up - down))
        )
        self.summary.setText(items + " " + self._action_work(snapshot))
        return up, down

    def _action_work(self, snapshot: Snapshot) -> str:
        """What the actions did meanwhile, as the workbook's Summary counts it, and the open cost then and now."""
        from readiness.excel.changes import action_work

        framework, assessment = self.context.framework, self.context.assessment
        assert framework is not None and assessment is not None
        work = action_work(snapshot, framework, self.context.responses, today=dt.date.today())
        return (
            self.tr(
                "Actions: %1 done, %2 added, %3 removed, %4 with a later due date; open actions cost %5 then, %6 now."
            )
            .replace("%1", str(work.done))
            .replace("%2", str(work.added))
            .replace("%3", str(work.removed))
            .replace("%4", str(work.due_later))
            .replace("%5", money_text(work.then.open_cost, assessment.currency))
            .replace("%6", money_text(work.now.open_cost, assessment.currency))
        )

    def compare_with_origin(self) -> tuple[int, int]:
        """Show readiness per area when migrated and now, and the items that moved; returns (up, down)."""
        assessment = self.context.assessment
        comparison = None
        if assessment is not None:
            try:
                comparison = self.context.read(lambda ws: compare_with_origin(ws, assessment))
            except ReadinessError as error:
                self.summary.setText(str(error))
                return 0, 0
        if comparison is None:
            return 0, 0
        self.snapshot_view.clearSelection()
        self.trends.set_trends(comparison.areas)
        self.trend_view.show()
        moves = comparison.moved_up + comparison.moved_down
        questions = {item_id: pair[1].question for item_id, pair in self.context.item_index.items()}
        self.moves.set_moves(moves, questions)
        self.summary.setText(
            self.tr("Since the move from \u201c%1\u201d: readiness %2 then, %3 now; %4, %5 down.")
            .replace("%1", comparison.before_label)
            .replace("%2", percent(comparison.overall_before))
            .replace("%3", percent(comparison.overall_after))
            .replace("%4", self.tr("%n item(s) moved up", "", len(comparison.moved_up)))
            .replace("%5", str(len(comparison.moved_down)))
        )
        return len(comparison.moved_up), len(comparison.moved_down)

    def _snapshot_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            proxy = self.snapshot_view.model()
            assert isinstance(proxy, QSortFilterProxyModel)
            self.compare(proxy.mapToSource(indexes[0]).row())

    def _go(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to = index.data(ItemIdRole)
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, context: AppContext, take: Callable[[QWidget], bool] | None = None
    ) -> str | None:
        dialog = cls(parent, context=context, take=take)
        dialog.exec()
        return dialog.go_to
