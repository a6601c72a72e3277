"""The actions table of one item, with add, edit and remove (each one undo step).

A new action, typed or suggested, starts with the item's owner and due date
(`defaults`), which the user changes in the dialog when they differ.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from readiness.limits import MAX_TEXT
from readiness.model import Action
from readiness.owners import known_owners
from ui import commands
from ui.context import AppContext
from ui.models.actions import COL_COST, COL_DUE, COL_OWNER, COL_STATUS, COL_TITLE, SORT_ROLE, ActionTableModel
from ui.widgets.tables import configure_table, sort_proxy


class ActionsPanel(QWidget):
    """Shows `ActionTableModel` for the item in the editor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: str | None = None
        self.defaults: dict[str, Any] = {}
        self.model = ActionTableModel(self)
        self.proxy = sort_proxy(self.model, sort_role=SORT_ROLE, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        # the editor column is narrow: wrap long action titles rather than cut them
        configure_table(
            self.view,
            accessible_name=self.tr("Actions"),
            stretch=COL_TITLE,
            selection_mode=QTableView.SelectionMode.SingleSelection,
            word_wrap=True,
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        for column, width in ((COL_OWNER, 88), (COL_DUE, 80), (COL_STATUS, 76)):
            header.resizeSection(column, width)
        self._fit_cost_column()
        self.view.setMinimumHeight(110)
        self.view.setToolTip(self.tr("Enter edits the selected action, Delete removes it"))
        self.add_button = QPushButton(self.tr("Add a&ction\u2026"), self)
        self.suggest_button = QToolButton(self)
        self.suggest_button.setText(self.tr("Add suggested"))
        self.suggest_button.setToolTip(self.tr("Add one of the framework's suggested actions"))
        self.suggest_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.suggest_menu = QMenu(self)
        self.suggest_button.setMenu(self.suggest_menu)
        self.edit_button = QPushButton(self.tr("Edit\u2026"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.suggest_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.activated.connect(lambda _i: self.edit_selected())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    def show_actions(
        self,
        item_id: str | None,
        actions: list[Action],
        suggestions: list[str],
        *,
        defaults: dict[str, Any] | None = None,
    ) -> None:
        """The actions of `item_id`; `defaults` (owner, due) start every new one."""
        self.item_id = item_id
        self.defaults = dict(defaults or {})
        if self.context.assessment is not None:
            self.model.set_currency(self.context.assessment.currency)
            self._fit_cost_column()
        self.model.set_actions(actions)
        self.suggest_menu.clear()
        for title in suggestions:
            self.suggest_menu.addAction(title[:90], functools.partial(self._add_suggested, title))
        self.suggest_button.setEnabled(bool(suggestions))

    def _fit_cost_column(self) -> None:
        """As wide as its header ("Cost (USD)") and its widest words need, so neither is cut."""
        header = self.view.horizontalHeader()
        words = (
            str(self.model.headerData(COL_COST, Qt.Orientation.Horizontal) or ""),
            self.model.not_estimated(),
            "10,000,000",
        )
        header.resizeSection(COL_COST, max(header.fontMetrics().horizontalAdvance(w) for w in words) + 20)

    def _owners(self) -> list[str]:
        return known_owners(self.context.responses.values())

    def selected_action(self) -> Action | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.action_at(self.proxy.mapToSource(index).row())

    def add_action(self) -> None:
        if self.item_id is None:
            return
        from ui.dialogs.action_dialog import ActionDialog

        action = ActionDialog.ask(self, title=self.tr("New action"), defaults=self.defaults, owners=self._owners())
        if action is not None:
            commands.add_action(self.context, self.item_id, action)

    def _add_suggested(self, title: str) -> None:
        if self.item_id is not None:
            commands.add_action(self.context, self.item_id, Action(title=title[:MAX_TEXT], **self.defaults))

    def edit_selected(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        from ui.dialogs.action_dialog import ActionDialog

        edited = ActionDialog.ask(self, title=self.tr("Edit action"), action=action, owners=self._owners())
        if edited is not None:
            changes = {
                name: getattr(edited, name)
                for name in ("title", "owner", "due", "status", "cost_estimate", "notes")
                if getattr(edited, name) != getattr(action, name)
            }
            if changes:
                commands.edit_action(self.context, action.uid, changes)

    def remove_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            commands.remove_action(self.context, action.uid)
