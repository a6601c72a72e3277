"""The Products view: every product of the register with its result today and under a chosen scenario.

Top: the scenario to compare with, "only products that fail" under it, a
search, and how many products are shown. Left: the products table (sortable
by status and amounts). Right: the selected product in detail
(`ProductDetail`): why it qualifies or not, its values and rule and its bill
of materials edited in place, the items it is linked to. The register is
read when the view is first shown (`ExposureState.ensure`); after that
the view follows the state, keeping the selected product selected. With no
product yet it says how to import a register.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.exposure_state import ExposureState
from ui.models.products import (
    COL_CHANGE,
    COL_DESCRIPTION,
    COL_DUTY,
    COL_DUTY_TODAY,
    COL_HTS,
    COL_PART,
    COL_SCENARIO,
    COL_TODAY,
    PART_ROLE,
    ProductFilter,
    ProductTableModel,
)
from ui.plain_text import make_plain
from ui.views.product_detail import ProductDetail
from ui.widgets.lazy import RefreshWhenShown
from ui.widgets.tables import configure_table


class ProductsView(RefreshWhenShown, QWidget):
    """The register under today's rules and one scenario."""

    item_requested = Signal(str)
    import_requested = Signal()
    template_requested = Signal()

    def __init__(self, state: ExposureState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.context = state.context
        self._dirty = True
        self.setAccessibleName(self.tr("Products"))
        self.scenario = QComboBox(self)
        self.scenario.setAccessibleName(self.tr("Scenario to compare with"))
        self.scenario.setMinimumContentsLength(28)
        self.failing_only = QCheckBox(self.tr("Only products that &fail"), self)
        self.failing_only.setToolTip(self.tr("Show only the products that fail under the scenario compared"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a part number or description"))
        self.search.setAccessibleName(self.tr("Find a product"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        make_plain(self.count)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Compare with:"), self))
        bar.addWidget(self.scenario)
        bar.addWidget(self.failing_only)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        self.model = ProductTableModel(state, self)
        self.proxy = ProductFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        configure_table(self.table, accessible_name=self.tr("Products"), stretch=COL_DESCRIPTION)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column, width in ((COL_PART, 94), (COL_HTS, 66), (COL_TODAY, 70), (COL_SCENARIO, 74),
                              (COL_DUTY_TODAY, 98), (COL_DUTY, 100), (COL_CHANGE, 108)):  # fmt: skip
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.detail = ProductDetail(state, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([750, 530])
        self.splitter.setStretchFactor(0, 1)
        self.empty = self._empty_page()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.scenario.currentIndexChanged.connect(self._scenario_chosen)
        self.failing_only.toggled.connect(self._filter_failing)
        self.search.textChanged.connect(self._search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.detail.item_requested.connect(self.item_requested)
        state.changed.connect(self.mark_dirty)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        text = QLabel(
            self.tr(
                "This assessment has no products yet. Import your product register (the Excel template, or CSV "
                "files) to see which products qualify and what each scenario of the review would cost."
            ),
            page,
        )
        text.setWordWrap(True)
        import_button = QPushButton(self.tr("&Import product register\u2026"), page)
        template_button = QPushButton(self.tr("Save the register &template\u2026"), page)
        import_button.clicked.connect(self.import_requested)
        template_button.clicked.connect(self.template_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(template_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    # --- following the state ------------------------------------------------------------

    def refresh(self) -> None:
        self._dirty = False
        if not self.state.ensure():
            self.model.set_rows([])
            self.detail.show_product(None, "today")
            self.count.clear()
            return
        selected = self.current_part()
        self._fill_scenarios()
        self.model.refresh()
        self.pages.setCurrentWidget(self.splitter if self.state.products else self.empty)
        self.select_product(selected or (self.state.products[0].part_number if self.state.products else None))
        self.detail.refresh()
        self._show_count()

    def _fill_scenarios(self) -> None:
        current = self.scenario.currentData() or self.model.scenario_id  # the first what-if until one is chosen
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for scenario in self.state.scenarios:
            suffix = self.tr(" (trying another threshold)") if self.state.is_tried(scenario.id) else ""
            self.scenario.addItem(scenario.title + suffix, scenario.id)
        found = self.scenario.findData(current)
        self.scenario.setCurrentIndex(found if found >= 0 else min(1, self.scenario.count() - 1))
        self.scenario.blockSignals(False)
        chosen = self.scenario.currentData()
        if chosen and chosen != self.model.scenario_id:
            self.model.set_scenario(chosen)

    def _show_count(self) -> None:
        total = len(self.state.products)
        totals = self.state.totals(self.model.scenario_id)
        failing = len(totals.failing) if totals is not None else 0
        self.count.setText(
            self.tr("%1 of %2 shown; %3 fail under this scenario")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(total))
            .replace("%3", str(failing))
        )

    # --- the user's choices -------------------------------------------------------------

    def _scenario_chosen(self) -> None:
        scenario_id = self.scenario.currentData()
        if not scenario_id:
            return
        selected = self.current_part()
        self.model.set_scenario(scenario_id)
        self.select_product(selected)
        self.detail.show_product(self.current_part(), scenario_id)
        self._show_count()

    def _filter_failing(self, on: bool) -> None:
        self.proxy.set_failing_only(on)
        self._after_filter()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.current_part() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_selected()
        self._show_count()

    def current_part(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        part = index.data(PART_ROLE)
        return str(part) if part else None

    def select_product(self, part: str | None) -> bool:
        """Select a product in the table (when the filters show it)."""
        row = self.model.row_of(part) if part else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            self.table.clearSelection()
            self._show_selected()
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._show_selected()
        return True

    def show_product(self, part: str) -> bool:
        """Show one product whatever the filters (they are cleared when they hide it)."""
        if self._dirty:
            self.refresh()
        if not self.select_product(part):
            self.failing_only.setChecked(False)
            self.search.clear()
            return self.select_product(part)
        return True

    def _show_selected(self) -> None:
        part = self.current_part()
        if part is None and self.detail.part in self.state.by_part:
            part = self.detail.part  # a product an edit or a filter took out of the table stays in view
        if part != self.detail.part or self.detail.scenario_id != self.model.scenario_id:
            self.detail.show_product(part, self.model.scenario_id)

    def shown_parts(self) -> list[str]:
        """The part numbers the table shows, in its order (what the filters leave)."""
        return [str(self.proxy.index(row, 0).data(PART_ROLE)) for row in range(self.proxy.rowCount())]
