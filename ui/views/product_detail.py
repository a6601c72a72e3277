"""One product in detail: its result today and under the scenario compared, and three tabs to work on it.

"Values and rule" and "Bill of materials" are edited in place (each edit one
undo step; coded columns are drop-downs through `ChoiceDelegate`); what a
typed value cannot be is said under the result, in words. "Linked items"
lists the readiness items the product is linked to, with Link and Unlink;
double-clicking one asks the main window to open it in the checklist. Every
text shown comes from the register or a scenario file: plain text only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import exposure_commands
from ui.exposure_labels import money_text, reasons_label, status_label
from ui.exposure_state import ExposureState
from ui.models.product_detail import CHOICES_ROLE, BomModel, ProductFieldsModel
from ui.plain_text import make_plain
from ui.theme import status_color

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for cells that offer choices (`CHOICES_ROLE`), the usual line edit for the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Choose a value"))
        for code, words in choices:
            combo.addItem(words, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            found = next((n for n in range(editor.count()) if editor.itemData(n) == (current or None)), 0)
            editor.setCurrentIndex(found)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _table(model: Any, parent: QWidget, name: str, *, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setToolTip(
        QCoreApplication.translate("ProductDetail", "Double-click a value to change it; Edit > Undo takes it back")
    )
    return view


class ProductDetail(QWidget):
    """The selected product of the Products view."""

    item_requested = Signal(str)

    def __init__(self, state: ExposureState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.context = state.context
        self.part: str | None = None
        self.scenario_id = "today"
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.today = QLabel(self)
        self.under = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {status_color('bad').name()}; font-weight: bold")
        self.problem.hide()
        for label in (self.today, self.under, self.problem):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_plain(self.title, self.today, self.under, self.problem)
        self.today.setAccessibleName(self.tr("Result under today's rules"))
        self.under.setAccessibleName(self.tr("Result under the scenario compared"))
        self.fields = ProductFieldsModel(state, self)
        self.bom = BomModel(state, self)
        for model in (self.fields, self.bom):
            model.problem.connect(self.show_problem)
        self.fields_view = _table(self.fields, self, self.tr("Values and rule of origin"), stretch=1)
        self.fields_view.horizontalHeader().resizeSection(0, 240)
        self.bom_view = _table(self.bom, self, self.tr("Bill of materials"), stretch=BomModel.COL_NOTE)
        for column, width in ((0, 130), (1, 68), (2, 62), (3, 78), (4, 68)):
            self.bom_view.horizontalHeader().resizeSection(column, width)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Readiness items linked to this product"))
        self.items.itemActivated.connect(lambda entry: self.item_requested.emit(entry.data(Qt.ItemDataRole.UserRole)))
        self.link_button = QPushButton(self.tr("&Link to item\u2026"), self)
        self.unlink_button = QPushButton(self.tr("&Unlink"), self)
        self.link_button.clicked.connect(self.link_item)
        self.unlink_button.clicked.connect(self.unlink_item)
        links = QWidget(self)
        link_layout = QVBoxLayout(links)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        link_layout.addWidget(self.items)
        link_layout.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.fields_view, self.tr("Values and rule"))
        self.tabs.addTab(self.bom_view, self.tr("Bill of materials"))
        self.tabs.addTab(links, self.tr("Linked items"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.title, self.today, self.under, self.problem):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        self.show_product(None, "today")

    def show_product(self, part: str | None, scenario_id: str) -> None:
        self.part, self.scenario_id = part, scenario_id
        self.problem.hide()
        self.fields.show_product(part)
        self.bom.show_product(part, scenario_id)
        self._show_texts()

    def refresh(self) -> None:
        if self.part is not None and self.part not in self.state.by_part:
            self.show_product(None, self.scenario_id)
            return
        self.fields.refresh()
        self.bom.refresh()
        self._show_texts()

    def _show_texts(self) -> None:
        product = self.state.by_part.get(self.part or "")
        editable = product is not None and not self.context.read_only
        self.fields.read_only = self.bom.read_only = not editable
        self.link_button.setEnabled(editable)
        self.unlink_button.setEnabled(editable)
        self.items.clear()
        if product is None:
            self.title.setText(self.tr("Select a product to see why it qualifies or not"))
            self.today.clear()
            self.under.clear()
            return
        self.title.setText(
            f"{product.part_number} \u2014 {product.description}" if product.description else product.part_number
        )
        self.today.setText(self._result(self.state.baseline, self.tr("Today's rules")))
        if self.scenario_id == self.state.baseline:
            self.under.hide()
        else:
            self.under.show()
            self.under.setText(self._result(self.scenario_id, self.state.scenario(self.scenario_id).title))
        index = self.context.item_index
        for item_id in self.state.items_of(product.part_number):
            question = index[item_id][1].question if item_id in index else item_id
            entry = QListWidgetItem(f"{item_id}: {question}")
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.items.addItem(entry)

    def _result(self, scenario_id: str, title: str) -> str:
        exposure = self.state.exposure(self.part or "", scenario_id)
        if exposure is None:
            return ""
        duty = money_text(exposure.duty, exposure.currency)
        bound = "" if exposure.complete else self.tr(" (at most: some data are missing)")
        return (
            self.tr("%1: %2, annual duty %3%4.")
            .replace("%1", title)
            .replace("%2", status_label(exposure.status))
            .replace("%3", duty)
            .replace("%4", bound)
            + "\n"
            + reasons_label(exposure.outcome.reasons)
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def link_item(self) -> bool:
        """Ask which readiness item this product concerns and link it (one undo step)."""
        from ui.dialogs.register_dialogs import LinkItemDialog

        if self.part is None or self.context.framework is None:
            return False
        linked = set(self.state.items_of(self.part))
        choices = [(item.id, item.question) for _, item in self.context.framework.items() if item.id not in linked]
        item_id = LinkItemDialog.ask(self, items=choices, part=self.part)
        if item_id is None:
            return False
        return exposure_commands.link_products(self.context, self.state, item_id, [self.part], link=True)

    def unlink_item(self) -> bool:
        entry = self.items.currentItem()
        if self.part is None or entry is None:
            return False
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        return exposure_commands.link_products(self.context, self.state, item_id, [self.part], link=False)
