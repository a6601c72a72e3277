"""What the item editor hosts below the answer: the compliance answers a watch item reads, and its history.

The editor owns the layout; it places one `ItemExtras` and calls
`show_item(item_id)` whenever it shows another item. The panel reads through
the context and writes nothing: "History of this item" opens the audit
trail (`ui.views.item_history`), and a compliance answer's button emits
`companion_requested(assessment id, item id)` for the window to switch to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.views.companion_answers import CompanionAnswersPanel


class ItemExtras(QWidget):
    """The companion answers (watch items only) and the history button."""

    companion_requested = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: str | None = None
        self.companions = CompanionAnswersPanel(context, self)
        self.history_button = QPushButton(self.tr("&History of this item\u2026"), self)
        self.history_button.setToolTip(self.tr("Every change saved to this item: who, when, before and after"))
        self.history_button.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.companions)
        layout.addLayout(row)
        self.history_button.clicked.connect(self.show_history)
        self.companions.open_requested.connect(self.companion_requested)

    def show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self.history_button.setEnabled(item_id is not None)
        self.companions.show_item(item_id)

    def show_history(self) -> None:
        """Open the history of the item shown (Edit > Item history does the same)."""
        if self.item_id is None:
            return
        from ui.views.item_history import ItemHistoryDialog

        ItemHistoryDialog.ask(self.window(), context=self.context, item_id=self.item_id)
