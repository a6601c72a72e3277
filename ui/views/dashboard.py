"""The dashboard: overall readiness and coverage, per-area bars, open gaps by priority, due actions.

Every figure comes from `readiness.scoring`; clicking an area bar or an
action emits `area_requested` or `item_requested` so the main window can
take the user there. It recomputes only while visible.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from readiness.due import DUE_SOON_DAYS
from readiness.model import Priority
from readiness.scoring import actions_due, area_scores, gap_priority_counts, overall_score, percent
from ui.context import AppContext
from ui.labels import priority_label
from ui.models.due_actions import (
    COL_ACTION,
    COL_AREA,
    COL_DUE,
    COL_OWNER,
    COL_WHEN,
    SORT_ROLE,
    DueActionModel,
    ItemIdRole,
)
from ui.plain_text import make_plain
from ui.theme import level_color, priority_color
from ui.views.bar_chart import Bar, BarChart
from ui.widgets.tables import configure_table, sort_proxy


class Dashboard(QScrollArea):
    """A read-only overview of the open assessment."""

    area_requested = Signal(str)
    item_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = dt.date.today()
        self._dirty = True
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Dashboard"))
        body = QWidget(self)
        self.title = QLabel(body)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.overall = QLabel(body)
        self.coverage = QLabel(body)
        self.counts = QLabel(body)
        make_plain(self.title, self.overall, self.coverage, self.counts)
        big = self.overall.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        for label in (self.overall, self.coverage):
            label.setFont(big)
        headline = QGridLayout()
        headline.addWidget(QLabel(self.tr("Overall readiness"), body), 0, 0)
        headline.addWidget(QLabel(self.tr("Coverage (assessed)"), body), 0, 1)
        headline.addWidget(self.overall, 1, 0)
        headline.addWidget(self.coverage, 1, 1)
        headline.addWidget(self.counts, 2, 0, 1, 3)
        headline.setColumnStretch(2, 1)
        headline.setHorizontalSpacing(48)
        self.area_bars = BarChart(body, label_width=300)
        self.area_bars.setAccessibleName(self.tr("Readiness by area"))
        self.area_bars.setToolTip(self.tr("Click an area, or press Enter, to open its items"))
        self.gap_bars = BarChart(body, label_width=120)
        self.gap_bars.setAccessibleName(self.tr("Open gaps by priority"))
        self.trend_bars = BarChart(body, label_width=220)
        self.trend_bars.setAccessibleName(self.tr("Readiness over snapshots"))
        self.trend_bars.setToolTip(self.tr("Overall readiness at each snapshot, and today"))
        self.overdue_model = DueActionModel(self)
        self.upcoming_model = DueActionModel(self)
        self.overdue_view = self._action_view(self.overdue_model, self.tr("Overdue actions"), body)
        self.upcoming_view = self._action_view(
            self.upcoming_model, self.tr("Actions due in the next %1 days").replace("%1", str(DUE_SOON_DAYS)), body
        )
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addLayout(headline)
        layout.addWidget(self._box(self.tr("Readiness by area"), self.area_bars, body))
        lower = QGridLayout()
        gaps = self._box(self.tr("Open gaps by priority"), self.gap_bars, body, stretch=True)
        lower.addWidget(gaps, 0, 0, 2, 1)
        lower.addWidget(self._box(self.tr("Overdue actions"), self.overdue_view, body), 0, 1)
        lower.addWidget(
            self._box(self.tr("Due in the next %1 days").replace("%1", str(DUE_SOON_DAYS)), self.upcoming_view, body),
            1,
            1,
        )
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 3)
        layout.addLayout(lower)
        layout.addWidget(self._box(self.tr("Trend across snapshots"), self.trend_bars, body))
        layout.addStretch(1)
        self.setWidget(body)
        self.area_bars.row_activated.connect(self.area_requested)
        for signal in (
            context.assessment_changed,
            context.assessment_updated,
            context.responses_changed,
            context.snapshots_changed,
        ):
            signal.connect(self.mark_dirty)

    def _box(self, title: str, widget: QWidget, parent: QWidget, *, stretch: bool = False) -> QGroupBox:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        if stretch:
            layout.addStretch(1)
        return box

    def _action_view(self, model: DueActionModel, name: str, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(sort_proxy(model, sort_role=SORT_ROLE, parent=self))
        configure_table(view, accessible_name=name, stretch=COL_ACTION, model_order=False)
        header = view.horizontalHeader()
        for column, width in ((COL_DUE, 96), (COL_OWNER, 130), (COL_AREA, 230), (COL_WHEN, 130)):
            header.resizeSection(column, width)
        view.setMinimumHeight(150)
        view.setToolTip(self.tr("Double-click or press Enter to open the item"))
        view.activated.connect(self._action_activated)
        return view

    def _action_activated(self, index: QModelIndex) -> None:
        item_id = index.data(ItemIdRole)
        if item_id:
            self.item_requested.emit(item_id)

    def mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._dirty = False
        framework, responses = self.context.framework, self.context.responses
        if framework is None or self.context.assessment is None:
            self.title.setText(self.tr("No assessment is open"))
            for label in (self.overall, self.coverage, self.counts):
                label.clear()
            self.area_bars.set_bars([])
            self.gap_bars.set_bars([])
            self.trend_bars.set_bars([])
            self.overdue_model.set_rows([])
            self.upcoming_model.set_rows([])
            return
        self.title.setText(self.context.assessment.name + "  \u2014  " + framework.title)
        overall = overall_score(framework, responses)
        self.overall.setText(percent(overall.readiness))
        self.coverage.setText(percent(overall.coverage))
        self.counts.setText(
            self.tr("%1 applicable items, %2 assessed, %3 ready")
            .replace("%1", str(overall.applicable))
            .replace("%2", str(overall.assessed))
            .replace("%3", str(overall.ready))
        )
        scores = area_scores(framework, responses)
        self.area_bars.set_bars(
            [
                Bar(
                    area.id,
                    area.title,
                    scores[area.id].readiness,
                    percent(scores[area.id].readiness),
                    level_color(scores[area.id].readiness),
                    self.tr("%1: %2 ready, %3 assessed")
                    .replace("%1", area.title)
                    .replace("%2", percent(scores[area.id].readiness))
                    .replace("%3", percent(scores[area.id].coverage)),
                )
                for area in framework.areas
            ]
        )
        gaps = gap_priority_counts(responses, framework)
        most = max(gaps.values()) if gaps else 0
        self.gap_bars.set_bars(
            [
                Bar(
                    key,
                    priority_label(None if key == "unset" else Priority(key)),
                    count / most if most else 0.0,
                    str(count),
                    priority_color(key),
                )
                for key, count in gaps.items()
            ]
        )
        overdue, upcoming = actions_due(responses, today=self.today)
        area_titles = {item.id: area.title for area, item in framework.items()}
        self.overdue_model.set_due(overdue, area_titles)
        self.upcoming_model.set_due(upcoming, area_titles)
        self._refresh_trend(overall.readiness)

    def _refresh_trend(self, today: float | None) -> None:
        snapshots = self.context.snapshots()
        points = [(f"s{s.id}", f"{s.label}  ({s.taken_at[:10]})", s.readiness) for s in snapshots]
        points.append(("today", self.tr("Today"), today))
        self.trend_bars.set_bars(
            [Bar(key, label, value, percent(value), level_color(value)) for key, label, value in points]
        )
