"""An item's history from the audit trail (who, when, which field, before and after), as a view and a dialog.

`ItemHistoryView` is a table any view can host; `ItemHistoryDialog.ask`
shows it for one item of the open assessment. Both read through the
context (`readiness.store.audit.item_history`) and write nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStackedLayout, QVBoxLayout, QWidget

from readiness.store import audit
from readiness.walkthrough import item_numbers
from ui.context import AppContext
from ui.models.history import SORT_ROLE, ItemHistoryModel, titles_from_history
from ui.plain_text import make_plain
from ui.widgets.tables import sorted_table


class ItemHistoryView(QWidget):
    """The changes made to one item, newest first; says so when there are none."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ItemHistoryModel(self)
        self.table = sorted_table(
            self.model,
            self,
            sort_role=SORT_ROLE,
            accessible_name=self.tr("Changes to this item"),
            stretch=ItemHistoryModel.COL_AFTER,
            alternating=True,
        )
        header = self.table.horizontalHeader()
        for column, width in (
            (ItemHistoryModel.COL_WHEN, 125),
            (ItemHistoryModel.COL_WHO, 90),
            (ItemHistoryModel.COL_WHAT, 330),
            (ItemHistoryModel.COL_BEFORE, 190),
        ):
            header.resizeSection(column, width)
        self.empty = QLabel(self.tr("No change to this item has been recorded yet."), self)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

    def show_item(self, item_id: str | None) -> int:
        """Show the history of `item_id` in the open assessment; returns how many changes there are."""
        assessment = self.context.assessment
        if assessment is None or item_id is None:
            changes = []
        else:
            changes = self.context.read(lambda ws: audit.item_history(ws.db, assessment.id, item_id))
        response = self.context.responses.get(item_id or "")
        current = {a.uid: a.title for a in response.actions} if response is not None else {}
        self.model.set_history(
            changes,
            action_titles=titles_from_history(changes, current),
            currency=assessment.currency if assessment else "",
        )
        self.stack.setCurrentWidget(self.table if changes else self.empty)
        return len(changes)


class ItemHistoryDialog(QDialog):
    """The history of one item, with its number and question as the heading."""

    def __init__(self, parent: QWidget | None, *, context: AppContext, item_id: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Item history"))
        self.resize(1080, 540)
        heading = QLabel(self)
        make_plain(heading)
        heading.setWordWrap(True)
        found = context.item_index.get(item_id)
        if found is not None and context.framework is not None:
            number = item_numbers(context.framework).get(item_id, "")
            heading.setText(f"{number}  {found[1].question}".strip())
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.view = ItemHistoryView(context, self)
        self.count = self.view.show_item(item_id)
        note = QLabel(
            self.tr(
                "Every change saved to this item, newest first, with the login name of whoever made it. "
                "Undo and redo appear as changes of their own."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, *, context: AppContext, item_id: str) -> None:
        cls(parent, context=context, item_id=item_id).exec()
