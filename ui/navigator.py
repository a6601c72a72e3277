"""Moving around the checklist: area choice, search, next unanswered, going to an item, bulk edit.

The main window only places views; this object holds the rules that tie
them together (which items are in scope, which item the editor shows).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from readiness.walkthrough import next_unanswered, search_items
from ui import commands
from ui.context import AppContext
from ui.models.areas import ALL_AREAS, AreaTableModel
from ui.models.items import ItemTableModel
from ui.views.area_list import AreaList
from ui.views.item_editor import ItemEditor
from ui.views.item_table import ItemTable

SEARCH_DELAY_MS = 200


class Navigator(QObject):
    """Keeps the area list, item table and editor in step with each other and with the context."""

    message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        *,
        area_model: AreaTableModel,
        item_model: ItemTableModel,
        areas: AreaList,
        table: ItemTable,
        editor: ItemEditor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.area_model, self.item_model = context, area_model, item_model
        self.areas, self.table, self.editor = areas, table, editor
        self.area_id: str = ALL_AREAS
        self.query = ""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        context.assessment_changed.connect(self._assessment_changed)
        context.responses_changed.connect(self._responses_changed)
        context.history_moved.connect(self._history_moved)
        areas.area_selected.connect(self.show_area)
        table.item_selected.connect(editor.show_item)
        table.filters.search_changed.connect(self._search_typed)

    # --- scope ------------------------------------------------------------------

    def _assessment_changed(self) -> None:
        framework = self.context.framework
        items = {item_id: pair[1] for item_id, pair in self.context.item_index.items()}
        self.item_model.set_source(items, self.context.responses)
        self.area_model.set_assessment(framework, self.context.responses)
        self.area_id = ALL_AREAS
        if framework is not None:
            first = framework.areas[0].id
            self.areas.select_area(first)
            self.show_area(first)
            self.select_first_row()

    def _responses_changed(self, item_ids: list[str]) -> None:
        self.item_model.responses_changed(item_ids)
        self.area_model.responses_changed({self.context.area_of[i] for i in item_ids if i in self.context.area_of})
        self.table.update_caption()

    def _history_moved(self, item_ids: list[str]) -> None:
        """After undo or redo, show the item that changed unless it is already in the editor."""
        if item_ids and self.editor.item_id not in item_ids:
            self.go_to_item(item_ids[0])

    def area_item_ids(self, area_id: str) -> list[str]:
        framework = self.context.framework
        if framework is None:
            return []
        if area_id == ALL_AREAS:
            return list(self.context.item_index)
        area = next((a for a in framework.areas if a.id == area_id), None)
        return [item.id for item in area.items] if area else []

    def show_area(self, area_id: str) -> None:
        """Show the items of one area (or all); a search in progress is cleared."""
        self.area_id = area_id
        if self.query:
            self.query = ""
            self.table.filters.search.blockSignals(True)
            self.table.filters.search.clear()
            self.table.filters.search.blockSignals(False)
        self.item_model.set_scope(self.area_item_ids(area_id))
        self.table.update_caption()

    def select_first_row(self) -> None:
        index = self.table.proxy.index(0, 0)
        if index.isValid():
            self.table.view.setCurrentIndex(index)
        else:
            self.editor.show_item(None)

    # --- search -----------------------------------------------------------------

    def _search_typed(self, text: str) -> None:
        self.query = text
        self._search_timer.start()

    def search(self, text: str) -> list[str]:
        """Show every item (of all areas) matching `text`; returns their ids. Empty text restores the area."""
        self.query = text
        self._search_timer.stop()
        return self._apply_search()

    def _apply_search(self) -> list[str]:
        framework = self.context.framework
        if framework is None:
            return []
        if not self.query.strip():
            self.item_model.set_scope(self.area_item_ids(self.area_id))
            self.table.update_caption()
            return []
        hits = search_items(framework, self.context.responses, self.query, texts=self.context.search_texts)
        self.item_model.set_scope(hits)
        self.table.update_caption()
        self.message.emit(self.tr("%n item(s) match the search", "", len(hits)))
        return hits

    # --- going places -------------------------------------------------------------

    def go_to_item(self, item_id: str) -> bool:
        """Show the item in its area, clearing filters that would hide it; the editor follows."""
        area_id = self.context.area_of.get(item_id)
        if area_id is None:
            return False
        if self.query or self.item_model.row_of(item_id) < 0:
            self.areas.select_area(area_id)
            self.show_area(area_id)
        if not self.table.select_item(item_id):
            self.table.clear_filters()
            self.table.select_item(item_id)
        self.editor.show_item(item_id)
        return True

    def go_to_area(self, area_id: str) -> None:
        self.areas.select_area(area_id)
        self.show_area(area_id)
        self.select_first_row()

    def show_needs_review(self) -> int:
        """Show the items of every area that need review (after a migration); returns how many there are."""
        self.areas.select_area(ALL_AREAS)
        self.show_area(ALL_AREAS)
        self.table.clear_filters()
        self.table.filters.needs_review.setChecked(True)
        self.select_first_row()
        return self.table.proxy.rowCount()

    def next_unanswered(self) -> str | None:
        """Go to the next unanswered item after the one in the editor, in checklist order."""
        framework = self.context.framework
        if framework is None:
            return None
        self.editor.flush()
        item_id = next_unanswered(framework, self.context.responses, self.editor.item_id)
        if item_id is None:
            self.message.emit(self.tr("Every applicable item has a level."))
            return None
        self.go_to_item(item_id)
        return item_id

    def bulk_edit(self) -> bool:
        """Ask for owner, priority or due date and apply them to the selected items as one undo step."""
        ids = self.table.selected_items()
        if not ids:
            self.message.emit(self.tr("Select one or more items first."))
            return False
        from ui.dialogs.bulk_edit import BulkEditDialog

        changes = BulkEditDialog.ask(self.table, count=len(ids))
        if not changes:
            return False
        text = self.tr("Edit %n item(s)", "", len(ids))
        return commands.edit_responses(self.context, {item_id: changes for item_id in ids}, text=text)
