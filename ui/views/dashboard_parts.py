"""Parts of the dashboard: the headline figures, and a due-work list that says when it is empty.

Both only show values they are given (`readiness.headline`); the dashboard
computes them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QTableView, QWidget

from readiness.due import DUE_SOON_DAYS
from readiness.headline import DueWork, Headline
from readiness.scoring import Score, percent
from ui.labels import money_text
from ui.models.due_actions import (
    COL_ACTION,
    COL_AREA,
    COL_DUE,
    COL_ITEM,
    COL_OWNER,
    COL_WHEN,
    SORT_ROLE,
    DueWorkModel,
    ItemIdRole,
)
from ui.plain_text import make_plain
from ui.theme import status_color
from ui.widgets.tables import configure_table, sort_proxy


class HeadlineFigures(QWidget):
    """Readiness, coverage, open gaps, open actions, overdue and cost: a big figure over a caption and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(36)
        captions = (
            ("readiness", self.tr("Overall readiness")),
            ("coverage", self.tr("Coverage (assessed)")),
            ("gaps", self.tr("Open gaps")),
            ("actions", self.tr("Open actions")),
            ("overdue", self.tr("Overdue")),
            ("cost", self.tr("Cost of open actions")),
        )
        for column, (key, caption) in enumerate(captions):
            figure, note = QLabel(self), QLabel(self)
            make_plain(figure, note)
            big = figure.font()
            big.setPointSizeF(big.pointSizeF() * (2.2 if key in ("readiness", "coverage") else 1.8))
            big.setBold(True)
            figure.setFont(big)
            figure.setAccessibleName(caption)
            grid.addWidget(QLabel(caption, self), 0, column)
            grid.addWidget(figure, 1, column)
            grid.addWidget(note, 2, column)
            self.figures[key], self.notes[key] = figure, note
        grid.setColumnStretch(len(captions), 1)

    def show_figures(self, overall: Score | None, figures: Headline | None, currency: str) -> None:
        if overall is None or figures is None:
            for label in (*self.figures.values(), *self.notes.values()):
                label.clear()
            return
        values = {
            "readiness": (percent(overall.readiness), self.tr("weighted over the items that apply")),
            "coverage": (
                percent(overall.coverage),
                self.tr("%1 of %2 items assessed")
                .replace("%1", str(overall.assessed))
                .replace("%2", str(overall.applicable)),
            ),
            "gaps": (
                str(figures.open_gaps),
                self.tr("%1 critical, %2 high")
                .replace("%1", str(figures.critical_gaps))
                .replace("%2", str(figures.high_gaps)),
            ),
            "actions": (
                str(figures.open_actions),
                self.tr("%n due within %1 days", "", figures.due_soon).replace("%1", str(DUE_SOON_DAYS)),
            ),
            "overdue": (str(figures.overdue), self.tr("actions and items past their due date")),
            "cost": self._cost(figures, currency),
        }
        for key, (figure, note) in values.items():
            self.figures[key].setText(figure)
            self.notes[key].setText(note)
        alert = f"color: {status_color('bad').name()}" if figures.overdue else ""
        self.figures["overdue"].setStyleSheet(alert)

    def _cost(self, figures: Headline, currency: str) -> tuple[str, str]:
        """The cost figure and its note: a dash when nothing is open (not a zero that reads as free work), "Not
        estimated" when no open action has an estimate, else the sum with how many it leaves out."""
        if not figures.open_actions:
            return "\u2014", self.tr("no open actions")
        if figures.unestimated >= figures.open_actions:
            return self.tr("Not estimated"), self.tr("no open action has an estimate yet")
        note = self.tr("sum of the estimates")
        if figures.unestimated:
            note += self.tr("; %n not estimated yet", "", figures.unestimated)
        return money_text(figures.open_cost, currency), note


class DueList(QStackedWidget):
    """Overdue or upcoming work, most urgent first; a sentence instead of an empty table. A click opens the item."""

    item_requested = Signal(str)

    def __init__(self, name: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DueWorkModel(self)
        self.view = QTableView(self)
        self.view.setModel(sort_proxy(self.model, sort_role=SORT_ROLE, parent=self))
        configure_table(self.view, accessible_name=name, stretch=COL_ACTION)  # model order: most urgent first
        header = self.view.horizontalHeader()
        for column, width in ((COL_DUE, 96), (COL_ITEM, 52), (COL_OWNER, 120), (COL_AREA, 200), (COL_WHEN, 120)):
            header.resizeSection(column, width)
        self.view.setMinimumHeight(120)
        self.view.setMaximumHeight(190)  # the area bars stay in sight below
        self.view.setToolTip(self.tr("Click a row, or press Enter, to open the item"))
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.empty = QLabel(empty, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self.addWidget(self.view)
        self.addWidget(self.empty)

    def show_work(
        self,
        rows: list[DueWork],
        *,
        area_titles: dict[str, str],
        questions: dict[str, str],
        numbers: dict[str, str],
    ) -> None:
        self.model.set_due(rows, area_titles=area_titles, questions=questions, numbers=numbers)
        self.setCurrentWidget(self.view if rows else self.empty)

    def _open(self, index: QModelIndex) -> None:
        item_id = index.data(ItemIdRole)
        if item_id:
            self.item_requested.emit(item_id)
