"""The one explicit context object of the app: the open workspace, the assessment shown, and its undo stack.

Views read the current framework and responses from here and listen to its
signals; every edit goes through `edit_responses` and the action methods,
which write one transaction to the store first and only then push an undo
command, so a failed write never leaves a command on the stack. The core
reports changes as values; this class is where they become Qt signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from readiness.errors import ReadinessError
from readiness.model import Action, Area, Assessment, AssessmentStatus, Framework, Item, Response
from readiness.store.workspace import Workspace
from readiness.walkthrough import framework_search_texts


class AppContext(QObject):
    """Holds the workspace and the assessment in view; turns store results into signals."""

    assessment_changed = Signal()
    responses_changed = Signal(list)  # item ids whose response was rewritten
    saved = Signal()
    save_failed = Signal(str)
    history_moved = Signal(list)  # item ids an undo or redo just rewrote

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.assessment: Assessment | None = None
        self.framework: Framework | None = None
        self.responses: dict[str, Response] = {}
        self.search_texts: dict[str, str] = {}
        self.area_of: dict[str, str] = {}
        self.item_index: dict[str, tuple[Area, Item]] = {}
        self.last_saved: dt.datetime | None = None

    # --- loading ------------------------------------------------------------

    def load_assessment(self, assessment_id: int | None) -> None:
        """Show another assessment (or none); the undo history belongs to the old one and is dropped."""
        self.undo_stack.clear()
        if assessment_id is None:
            self.assessment, self.framework, self.responses = None, None, {}
            self.search_texts, self.area_of, self.item_index = {}, {}, {}
        else:
            self.assessment = self.workspace.assessments.get_by_id(assessment_id)
            self.framework = self.workspace.framework_of(self.assessment)
            self.responses = self.workspace.assessments.responses(assessment_id)
            self.search_texts = framework_search_texts(self.framework)
            self.item_index = self.framework.item_index()
            self.area_of = {item_id: area.id for item_id, (area, _) in self.item_index.items()}
        self.assessment_changed.emit()

    def reload(self) -> None:
        """Read every response again (after a background job wrote to the file)."""
        if self.assessment is not None:
            self.load_assessment(self.assessment.id)

    @property
    def read_only(self) -> bool:
        """An archived assessment is history (what was migrated): the app never edits it."""
        return self.assessment is not None and self.assessment.status is AssessmentStatus.ARCHIVED

    def _refuse_archived(self) -> bool:
        """True (and `save_failed`) when the open assessment is archived; every edit path asks first."""
        if self.read_only:
            self.save_failed.emit(self.tr("this assessment is archived and read only"))
            return True
        return False

    @property
    def assessment_id(self) -> int:
        if self.assessment is None:
            raise ReadinessError("no assessment is open", code="no-assessment")
        return self.assessment.id

    # --- edits (each one transaction, each one undo step) ---------------------

    def edit_responses(
        self, changes_by_item: Mapping[str, Mapping[str, Any]], *, text: str, merge_key: str = ""
    ) -> bool:
        """Write the changes now and push one undo step; False (and `save_failed`) when the store refuses."""
        from ui.commands import EditResponsesCommand

        if self._refuse_archived():
            self._refresh(list(changes_by_item))
            return False
        try:
            results = self.workspace.assessments.apply_response_changes(self.assessment_id, changes_by_item)
        except ReadinessError as error:
            self.save_failed.emit(str(error))
            self._refresh(list(changes_by_item))
            return False
        before = {
            r.before.item_id: {f: getattr(r.before, f) for f in changes_by_item[r.before.item_id]} for r in results
        }
        after = {item_id: dict(changes) for item_id, changes in changes_by_item.items()}
        if all(r.before == r.after for r in results):
            return True
        self._store_results([r.after for r in results])
        self.undo_stack.push(EditResponsesCommand(self, before=before, after=after, text=text, merge_key=merge_key))
        return True

    def add_action(self, item_id: str, action: Action) -> bool:
        from ui.commands import AddActionCommand

        if self._refuse_archived():
            return False
        try:
            added = self.workspace.assessments.add_action(self.assessment_id, item_id, action)
        except ReadinessError as error:
            self.save_failed.emit(str(error))
            return False
        self.reload_items([item_id])
        self.undo_stack.push(AddActionCommand(self, item_id=item_id, action=added))
        return True

    def update_action(self, uid: str, changes: Mapping[str, Any]) -> bool:
        from ui.commands import EditActionCommand

        if self._refuse_archived():
            return False
        try:
            before, after = self.workspace.assessments.update_action(self.assessment_id, uid, changes)
        except ReadinessError as error:
            self.save_failed.emit(str(error))
            return False
        if before == after:
            return True
        item_id, _ = self.workspace.assessments.action(self.assessment_id, uid)
        self.reload_items([item_id])
        old = {f: getattr(before, f) for f in changes}
        self.undo_stack.push(EditActionCommand(self, uid=uid, before=old, after=dict(changes), item_id=item_id))
        return True

    def remove_action(self, uid: str) -> bool:
        from ui.commands import RemoveActionCommand

        if self._refuse_archived():
            return False
        try:
            removed = self.workspace.assessments.remove_action(self.assessment_id, uid)
        except ReadinessError as error:
            self.save_failed.emit(str(error))
            return False
        self.reload_items([removed.item_id])
        self.undo_stack.push(RemoveActionCommand(self, removed=removed))
        return True

    # --- keeping the cache in step with the store -------------------------------

    def reload_items(self, item_ids: Iterable[str]) -> None:
        """Re-read the given responses from the store and tell the views."""
        ids = list(item_ids)
        self._store_results([self.workspace.assessments.response(self.assessment_id, i) for i in ids])

    def report_failure(self, error: ReadinessError) -> None:
        self.save_failed.emit(str(error))

    def _store_results(self, responses: list[Response]) -> None:
        for response in responses:
            self.responses[response.item_id] = response
        self.last_saved = dt.datetime.now()
        self.saved.emit()
        self.responses_changed.emit([r.item_id for r in responses])

    def _refresh(self, item_ids: list[str]) -> None:
        self.responses_changed.emit(item_ids)
