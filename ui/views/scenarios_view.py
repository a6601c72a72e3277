"""The Scenarios view: total annual duty under each scenario as bars, and the products a scenario changes.

Top: one bar per scenario (today's rules first) with the duty and its change
against today, in one currency at a time (a choice appears when the register
has several). Clicking a bar (or Up/Down and Enter) chooses a scenario;
below, what it is (a hypothesis or not, what it changes, its basis and
sources) and the products whose result it changes, with their duty today
and under it. For a scenario that sets RVC thresholds, "Try another
threshold" evaluates it again at another figure (not stored) so the trade
manager sees where products tip over; "As in the file" goes back. A user's
own scenario can be removed here (one undo step). Double-clicking a product
opens it in the Products view.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness.exposure.vocabulary import RvcMethod
from ui import exposure_commands
from ui.exposure_labels import money_text, number_text, signed_money_text
from ui.exposure_state import ExposureState
from ui.models.scenario_changes import COL_DESCRIPTION, PART_ROLE, SORT_ROLE, StatusChangeModel
from ui.plain_text import make_plain, plain_tooltip
from ui.views.bar_chart import Bar, BarChart
from ui.widgets.lazy import RefreshWhenShown
from ui.widgets.tables import configure_table, sort_proxy

TODAY_COLOR = QColor("#2e75b6")
MORE_COLOR = QColor("#c65911")
SAME_COLOR = QColor("#7f8c8d")


class DutyBars(BarChart):
    """BarChart whose value column is as wide as its longest text (amounts, not percentages)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        height = self.row_height()
        value_width = max([metrics.horizontalAdvance(b.text) for b in self.bars] + [40]) + 16
        bar_left = self.label_width + 8
        bar_width = max(20, self.width() - bar_left - value_width)
        for row, bar in enumerate(self.bars):
            top = 2 + row * height
            if row == self.current:
                painter.fillRect(QRect(0, top, self.width(), height), palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self.label_width - 4)
            painter.drawText(QRect(4, top, self.label_width - 4, height), Qt.AlignmentFlag.AlignVCenter, label)
            track = QRect(bar_left, top + 5, bar_width, height - 10)
            painter.fillRect(track, palette.color(QPalette.ColorRole.Midlight))
            if bar.fraction:
                width = max(1, int(track.width() * min(bar.fraction, 1.0)))
                painter.fillRect(QRect(track.left(), track.top(), width, track.height()), bar.color)
            painter.drawText(
                QRect(bar_left + bar_width + 8, top, value_width, height), Qt.AlignmentFlag.AlignVCenter, bar.text
            )
        painter.end()


class ScenariosView(RefreshWhenShown, QWidget):
    """What each scenario costs, and which products it changes."""

    product_requested = Signal(str)

    def __init__(self, state: ExposureState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.context = state.context
        self.scenario_id = ""
        self._dirty = True
        self.setAccessibleName(self.tr("Scenarios"))
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.currency = QComboBox(self)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.bars = DutyBars(self, label_width=380)
        self.bars.setAccessibleName(self.tr("Annual duty per scenario"))
        self.bars.setToolTip(self.tr("Click a scenario, or press Enter, to see the products it changes"))
        self.title = QLabel(self)
        self.about = QLabel(self)
        self.title.setStyleSheet("font-weight: bold")
        for label in (self.heading, self.title, self.about):
            label.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_plain(self.heading, self.title, self.about)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("RVC method"))
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(" %")
        self.threshold.setAccessibleName(self.tr("RVC threshold to try"))
        self.threshold.setToolTip(self.tr("Evaluate this scenario at another threshold; nothing is stored"))
        self.as_stored = QPushButton(self.tr("As in the &file"), self)
        self.remove = QPushButton(self.tr("&Remove this scenario"), self)
        self.remove.setToolTip(self.tr("Remove your own scenario from this workspace (Edit > Undo puts it back)"))
        self.try_box = QWidget(self)
        row = QHBoxLayout(self.try_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Try another threshold:"), self.try_box))
        row.addWidget(self.method)
        row.addWidget(self.threshold)
        row.addWidget(self.as_stored)
        row.addStretch(1)
        self.changes = StatusChangeModel(state, self)
        self.table = QTableView(self)
        self.table.setModel(sort_proxy(self.changes, sort_role=SORT_ROLE, parent=self))
        configure_table(self.table, accessible_name=self.tr("Products whose result changes"), stretch=COL_DESCRIPTION)
        self.table.setToolTip(self.tr("Double-click or press Enter to open the product"))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in ((0, 95), (2, 80), (3, 80), (4, 110), (5, 120), (6, 125)):
            header.resizeSection(column, width)
        self.changes_box = QGroupBox(self)
        QVBoxLayout(self.changes_box).addWidget(self.table)
        info = QWidget(self)
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.about, self.try_box):
            info_layout.addWidget(widget)
        info_layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        info_layout.addStretch(1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(info)
        lower.addWidget(self.changes_box)
        lower.setSizes([420, 840])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.currency)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bars)
        layout.addWidget(lower, 1)
        self.bars.row_activated.connect(self.choose)
        self.currency.currentIndexChanged.connect(lambda _n: self._show_bars())
        self.method.currentIndexChanged.connect(lambda _n: self._show_threshold())
        self.threshold.editingFinished.connect(self._threshold_edited)
        self.as_stored.clicked.connect(self._back_to_file)
        self.remove.clicked.connect(self.remove_scenario)
        self.table.activated.connect(self._product_activated)
        state.changed.connect(self.mark_dirty)

    # --- following the state ------------------------------------------------------------

    def refresh(self) -> None:
        self._dirty = False
        if not self.state.ensure() or not self.state.products:
            self.heading.setText(self.tr("No products yet: import the product register to compare scenarios"))
            self.bars.set_bars([])
            self.changes.set_rows([])
            for widget in (self.title, self.about):
                widget.clear()
            self.try_box.hide()
            self.remove.hide()
            return
        currencies = self.state.currencies()
        if [self.currency.itemText(n) for n in range(self.currency.count())] != currencies:
            self.currency.blockSignals(True)
            self.currency.clear()
            self.currency.addItems(currencies)
            self.currency.blockSignals(False)
        self.currency.setVisible(len(currencies) > 1)
        ids = [s.id for s in self.state.scenarios]
        if self.scenario_id not in ids:
            self.scenario_id = ids[1] if len(ids) > 1 else ids[0]
        self._show_bars()
        self._show_scenario()

    def _show_bars(self) -> None:
        currency = self.currency.currentText() or (self.state.currencies() or ["USD"])[0]
        self.heading.setText(
            self.tr("Annual duty under each scenario (%1), %n product(s)", "", len(self.state.products)).replace(
                "%1", currency
            )
        )
        rows = []
        for scenario in self.state.scenarios:
            totals = self.state.totals(scenario.id)
            if totals is None:
                continue
            duty = totals.duty.get(currency, Decimal(0))
            delta = totals.delta.get(currency, Decimal(0))
            rows.append((scenario, duty, delta, len(totals.failing)))
        largest = max([duty for _, duty, _, _ in rows] + [Decimal(1)])
        bars = []
        for scenario, duty, delta, failing in rows:
            baseline = scenario.id == self.state.baseline
            text = money_text(duty, currency)
            if not baseline:
                text += "  (" + signed_money_text(delta, currency) + ")"
            color = TODAY_COLOR if baseline else MORE_COLOR if delta > 0 else SAME_COLOR
            label = scenario.title + self._tried(scenario.id)
            tip = self.tr("%1: %2 a year; %n product(s) fail", "", failing).replace("%1", label).replace("%2", text)
            bars.append(Bar(scenario.id, label, float(duty / largest), text, color, plain_tooltip(tip)))
        self.bars.set_bars(bars)
        self.bars.current = next((n for n, b in enumerate(bars) if b.key == self.scenario_id), -1)
        self.bars.update()

    def _tried(self, scenario_id: str) -> str:
        """ " (tried at 82 %)" for a scenario evaluated at a threshold the user is trying, else nothing."""
        if not self.state.is_tried(scenario_id):
            return ""
        tried = [
            value
            for method in RvcMethod
            if (value := self.state.threshold(scenario_id, method)) != self.state.stored_threshold(scenario_id, method)
        ]
        return self.tr(" (tried at %1 %)").replace("%1", number_text(tried[0])) if tried else ""

    def choose(self, scenario_id: str) -> None:
        """Show one scenario below the bars."""
        self.scenario_id = scenario_id
        self._show_bars()
        self._show_scenario()

    def _show_scenario(self) -> None:
        scenario = self.state.scenario(self.scenario_id)
        kind = self.tr("Hypothesis") if scenario.hypothesis else self.tr("In force")
        self.title.setText(f"{scenario.title} \u2014 {kind}")
        lines = [scenario.description] if scenario.description else []
        if scenario.basis:
            lines.append(self.tr("Why model it: %1").replace("%1", scenario.basis))
        for source in scenario.sources:
            lines.append(self.tr("Source: %1").replace("%1", source.title + (f" ({source.url})" if source.url else "")))
        self.about.setText("\n".join(lines))
        self.changes.show_scenario(self.scenario_id)
        self.changes_box.setTitle(
            self.tr("%n product(s) whose result changes under this scenario", "", self.changes.rowCount())
        )
        self.remove.setVisible(self.scenario_id not in self.state.builtin_ids)
        self.remove.setEnabled(not self.context.read_only)
        methods = [m for m in RvcMethod if self.state.stored_threshold(self.scenario_id, m) is not None]
        self.try_box.setVisible(bool(methods))
        self.method.blockSignals(True)
        current = self.method.currentData()
        self.method.clear()
        for method in methods:
            self.method.addItem(
                self.tr("net cost") if method is RvcMethod.NET_COST else self.tr("transaction value"), method
            )
        found = self.method.findData(current)
        self.method.setCurrentIndex(max(found, 0))
        self.method.blockSignals(False)
        self._show_threshold()

    def _show_threshold(self) -> None:
        method = self.method.currentData()
        if method is None:
            return
        value = self.state.threshold(self.scenario_id, method)
        self.threshold.blockSignals(True)
        self.threshold.setValue(float(value or 0))
        self.threshold.blockSignals(False)
        self.as_stored.setEnabled(self.state.is_tried(self.scenario_id))

    def _threshold_edited(self) -> None:
        method = self.method.currentData()
        if method is None:
            return
        value = Decimal(str(round(self.threshold.value(), 1)))
        if value != self.state.threshold(self.scenario_id, method):
            self.try_threshold(method, value)

    def try_threshold(self, method: RvcMethod, value: Decimal | None) -> None:
        """Evaluate the shown scenario with another RVC threshold (None: as in its file)."""
        self.state.try_threshold(self.scenario_id, method, value)

    def _back_to_file(self) -> None:
        method = self.method.currentData()
        if method is not None:
            self.try_threshold(method, None)

    def remove_scenario(self) -> bool:
        """Remove the user's scenario shown (one undo step)."""
        stored = self.context.read(lambda ws: {u.id: u.source for u in ws.scenarios.user()})
        if self.scenario_id not in stored:
            return False
        return exposure_commands.remove_scenario(
            self.context, source=stored[self.scenario_id], scenario_id=self.scenario_id
        )

    def _product_activated(self, index: QModelIndex) -> None:
        part = index.data(PART_ROLE)
        if part:
            self.product_requested.emit(str(part))
