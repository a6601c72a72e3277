"""The dashboard: headline figures, readiness per area, open gaps by priority, work that is due, the trend.

Every figure comes from the core (`readiness.scoring`, `readiness.headline`,
the same rules as the workbook's Summary). Clicking an area bar emits
`area_requested`, a priority bar `priority_requested`, a row of the due
lists `item_requested`, so the main window can open those items. The title
says which framework version the assessment is on and the date its content
is current to. It recomputes only while visible.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from readiness.codes import Priority
from readiness.due import DUE_SOON_DAYS
from readiness.headline import due_work, headline
from readiness.scoring import Score, area_scores, gap_priority_counts, overall_score, percent
from readiness.walkthrough import item_numbers
from ui.context import AppContext
from ui.labels import priority_label
from ui.plain_text import make_plain
from ui.theme import level_color, priority_color
from ui.views.bar_chart import Bar, BarChart
from ui.views.dashboard_parts import DueList, HeadlineFigures
from ui.widgets.lazy import RefreshWhenShown


class Dashboard(RefreshWhenShown, QScrollArea):
    """A read-only overview of the open assessment."""

    area_requested = Signal(str)
    item_requested = Signal(str)
    priority_requested = Signal(str)  # a priority code, or "unset"
    products_requested = Signal()

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
        self.title.setWordWrap(True)
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        make_plain(self.title, self.subtitle)
        self.figures = HeadlineFigures(body)
        # The cost of the plan has no benefit beside it until the register says what duty is at stake.
        self.register_hint = QWidget(body)
        hint_text = QLabel(
            self.tr(
                "No products in the register yet: the cost above has nothing to weigh against. Add your products "
                "to see the duty each gap and each scenario puts at stake."
            ),
            self.register_hint,
        )
        hint_text.setWordWrap(True)
        make_plain(hint_text)
        self.open_products = QPushButton(self.tr("Add &products\u2026"), self.register_hint)
        self.open_products.clicked.connect(self.products_requested)
        hint_row = QHBoxLayout(self.register_hint)
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(hint_text, 1)
        hint_row.addWidget(self.open_products)
        self.area_bars = BarChart(body, label_width=300)
        self.area_bars.setAccessibleName(self.tr("Readiness by area"))
        self.area_bars.setToolTip(self.tr("Click an area, or press Enter, to open its items"))
        self.gap_bars = BarChart(body, label_width=120)
        self.gap_bars.setAccessibleName(self.tr("Open gaps by priority"))
        self.gap_bars.setToolTip(self.tr("Click a priority, or press Enter, to list its items"))
        self.trend_bars = BarChart(body, label_width=220)
        self.trend_bars.setAccessibleName(self.tr("Readiness over snapshots"))
        self.trend_bars.setToolTip(self.tr("Overall readiness at each snapshot, and today"))
        soon = self.tr("Due in the next %1 days").replace("%1", str(DUE_SOON_DAYS))
        self.overdue = DueList(self.tr("Overdue"), self.tr("Nothing overdue."), body)
        self.upcoming = DueList(
            soon, self.tr("Nothing due in the next %1 days.").replace("%1", str(DUE_SOON_DAYS)), body
        )
        # The headline counts actions; these lists also carry items with a due date of their own, so say so.
        soon_title = self.tr("Due in the next %1 days: actions and items").replace("%1", str(DUE_SOON_DAYS))
        self.overdue_model, self.upcoming_model = self.overdue.model, self.upcoming.model
        self.overdue_view, self.upcoming_view = self.overdue.view, self.upcoming.view
        self.sections: list[QWidget] = []
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.figures)
        layout.addWidget(self.register_hint)
        urgent = QGridLayout()  # what needs attention first, above the fold at 1280x720
        urgent.addWidget(self._box(self.tr("Open gaps by priority"), self.gap_bars, body, stretch=True), 0, 0, 2, 1)
        urgent.addWidget(self._box(self.tr("Overdue: actions and items, most urgent first"), self.overdue, body), 0, 1)
        urgent.addWidget(self._box(soon_title, self.upcoming, body), 1, 1)
        urgent.setColumnStretch(0, 1)
        urgent.setColumnStretch(1, 3)
        layout.addLayout(urgent)
        layout.addWidget(self._box(self.tr("Readiness by area"), self.area_bars, body))
        layout.addWidget(self._box(self.tr("Trend across snapshots"), self.trend_bars, body))
        layout.addStretch(1)
        self.setWidget(body)
        self.area_bars.row_activated.connect(self.area_requested)
        self.gap_bars.row_activated.connect(self.priority_requested)
        self.overdue.item_requested.connect(self.item_requested)
        self.upcoming.item_requested.connect(self.item_requested)
        for signal in (
            context.assessment_changed,
            context.assessment_updated,
            context.responses_changed,
            context.snapshots_changed,
            context.products_changed,
        ):
            signal.connect(self.mark_dirty)

    def _area_figure(self, score: Score) -> str:
        """An area's readiness as the bar's end says it: an area nobody has looked at is "not assessed", not 0 %,
        and a part-assessed one says how much of it the figure rests on."""
        if score.applicable == 0:
            return self.tr("nothing applies")
        if score.assessed == 0:
            return self.tr("not assessed")
        if score.assessed < score.applicable:
            return (
                self.tr("%1 (%2 assessed)")
                .replace("%1", percent(score.readiness))
                .replace("%2", percent(score.coverage))
            )
        return percent(score.readiness)

    def _box(self, title: str, widget: QWidget, parent: QWidget, *, stretch: bool = False) -> QGroupBox:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        if stretch:
            layout.addStretch(1)
        self.sections.append(box)
        return box

    def _show_nothing(self) -> None:
        """No assessment open: say what to do next instead of showing empty charts."""
        self.title.setText(self.tr("No assessment is open"))
        if self.context.assessments():
            self.subtitle.setText(self.tr("Open an assessment (Ctrl+O), or create a new one (Ctrl+N)."))
        else:
            self.subtitle.setText(self.tr("Create your first assessment (Ctrl+N)."))
        self.figures.show_figures(None, None, "")
        self.register_hint.hide()
        for section in self.sections:
            section.hide()

    def refresh(self) -> None:
        self._dirty = False
        framework, responses, assessment = self.context.framework, self.context.responses, self.context.assessment
        if framework is None or assessment is None:
            self._show_nothing()
            return
        for section in self.sections:
            section.show()
        products = self.context.read(lambda ws: ws.products.count(assessment.id))
        self.register_hint.setVisible(products == 0)
        self.title.setText(assessment.name + "  \u2014  " + framework.title)
        as_of = framework.current_to.isoformat() if framework.current_to else self.tr("not stated")
        self.subtitle.setText(
            self.tr("Framework version %1, content as of %2. Figures as of %3.")
            .replace("%1", framework.version)
            .replace("%2", as_of)
            .replace("%3", self.today.isoformat())
        )
        overall = overall_score(framework, responses)
        self.figures.show_figures(overall, headline(framework, responses, today=self.today), assessment.currency)
        scores = area_scores(framework, responses)
        self.area_bars.set_bars(
            [
                Bar(
                    area.id,
                    area.title,
                    scores[area.id].readiness if scores[area.id].assessed else None,
                    self._area_figure(scores[area.id]),
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
        overdue, upcoming = due_work(framework, responses, today=self.today)
        index = framework.items()
        details = {
            "area_titles": {item.id: area.title for area, item in index},
            "questions": {item.id: item.question for _, item in index},
            "numbers": item_numbers(framework),
        }
        self.overdue.show_work(overdue, **details)
        self.upcoming.show_work(upcoming, **details)
        self._refresh_trend(overall.readiness)

    def _refresh_trend(self, today: float | None) -> None:
        snapshots = self.context.snapshots()
        points = [(f"s{s.id}", f"{s.label}  ({s.taken_at[:10]})", s.readiness) for s in snapshots]
        points.append(("today", self.tr("Today"), today))
        self.trend_bars.set_bars(
            [Bar(key, label, value, percent(value), level_color(value)) for key, label, value in points]
        )
