"""The one explicit context object of the app: the open workspace, the assessment shown, and its undo stack.

Writes: `apply(operation, ...)` runs one core operation (`readiness.operations`)
on the window's connection, and `publish(change)` turns the change record it
returns (or one a background job returns) into signals. Nothing else in `ui/`
writes. Views listen to the signals and refresh themselves; no one tells them
to. Reads go through the small accessors here, so views never reach into the
store. Edits the user can undo are undo commands (`ui.commands`) that call
`apply` from `redo()` and `undo()`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from readiness.codes import AssessmentStatus
from readiness.content_model import Area, Framework, Item
from readiness.errors import NotFound, ReadinessError
from readiness.model import Action, Assessment, Response
from readiness.operations.records import Change, ResponsesEdited
from readiness.store.frameworks_repo import FrameworkInfo
from readiness.store.snapshots_repo import Snapshot
from readiness.store.workspace import Workspace
from readiness.walkthrough import framework_search_texts
from ui.messages import describe_error

ChangeT = TypeVar("ChangeT", bound=Change)
CATCH_UP_MS = 2000  # how often the window looks for changes committed elsewhere


class AppContext(QObject):
    """Holds the workspace and the assessment in view; turns change records into signals."""

    assessment_changed = Signal()  # another assessment (or none) is shown: views reset
    assessment_updated = Signal()  # the shown assessment's own record changed (name, profile, currency)
    responses_changed = Signal(list)  # item ids whose response was rewritten
    assessments_changed = Signal()  # the list of assessments (one added, removed or renamed)
    snapshots_changed = Signal()
    frameworks_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)
    failed = Signal(object)  # the ReadinessError behind save_failed, for views that show it in their own words
    history_moved = Signal(list)  # item ids an undo or redo just rewrote
    products_changed = Signal(list)  # part numbers of the shown assessment's register rewritten ([]: any)
    scenarios_changed = Signal()  # the user's own scenarios (workspace-wide)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.assessment: Assessment | None = None
        self.framework: Framework | None = None
        self.responses: dict[str, Response] = {}
        self.search_texts: dict[str, str] = {}
        self.area_of: dict[str, str] = {}
        self.item_index: dict[str, tuple[Area, Item]] = {}
        self.last_saved: dt.datetime | None = None
        # What another window or the command line commits shows here within seconds (SQLite counts commits made
        # on other connections); without it the window kept showing figures the store no longer held.
        self._data_version = self._stored_version()
        self._watch = QTimer(self)
        self._watch.setInterval(CATCH_UP_MS)
        self._watch.timeout.connect(self.catch_up)
        self._watch.start()

    # --- loading ------------------------------------------------------------

    def load_assessment(self, assessment_id: int | None) -> None:
        """Show another assessment (or none); the undo history belongs to the old one and is dropped."""
        self.undo_stack.clear()
        if assessment_id is None:
            self.assessment, self.framework, self.responses = None, None, {}
            self.search_texts, self.area_of, self.item_index = {}, {}, {}
        else:
            self.assessment, self.framework, self.responses = self._workspace.load(assessment_id)
            self.search_texts = framework_search_texts(self.framework)
            self.item_index = self.framework.item_index()
            self.area_of = {item_id: area.id for item_id, (area, _) in self.item_index.items()}
        self._data_version = self._stored_version()
        self.assessment_changed.emit()

    def _stored_version(self) -> int:
        return int(self._workspace.db.query("PRAGMA data_version")[0][0])

    def catch_up(self) -> bool:
        """Show what another window or the command line committed since the last look: the shown assessment's
        record and answers are re-read and only what differs is signalled (typing in progress is kept by the
        fields). Returns whether anything was committed elsewhere."""
        try:
            version = self._stored_version()
        except ReadinessError:
            return False  # the store is busy or gone: the next look, or the next edit, says so
        if version == self._data_version:
            return False
        self._data_version = version
        shown = self.assessment
        if shown is not None:
            try:
                stored = self._workspace.assessments.get_by_id(shown.id)
            except NotFound:  # deleted elsewhere
                self.load_assessment(None)
                self.assessments_changed.emit()
                return True
            if (stored.framework_id, stored.framework_version) != (shown.framework_id, shown.framework_version):
                self.load_assessment(stored.id)  # its content was updated in place: every view starts again
            else:
                self._catch_up_answers(stored)
        self.assessments_changed.emit()
        self.snapshots_changed.emit()
        self.products_changed.emit([])
        return True

    def _catch_up_answers(self, stored: Assessment) -> None:
        if stored != self.assessment:
            self.assessment = stored
            self.assessment_updated.emit()
        fresh = self._workspace.assessments.responses(stored.id)
        moved = [item_id for item_id, response in fresh.items() if self.responses.get(item_id) != response]
        if moved:
            self.responses.update({item_id: fresh[item_id] for item_id in moved})
            self.responses_changed.emit(moved)

    @property
    def read_only(self) -> bool:
        """Archived assessments are history, and a read-only workspace cannot be written: no edit is offered."""
        if self._workspace.read_only:
            return self.assessment is not None
        return self.assessment is not None and self.assessment.status is AssessmentStatus.ARCHIVED

    @property
    def assessment_id(self) -> int:
        if self.assessment is None:
            raise ReadinessError("no assessment is open", code="no-assessment")
        return self.assessment.id

    # --- reading (views never reach into the store) -----------------------------

    @property
    def workspace_path(self) -> Path:
        return self._workspace.path

    @property
    def workspace_warnings(self) -> list[ReadinessError]:
        return list(self._workspace.warnings)

    def assessments(self) -> list[Assessment]:
        return self._workspace.assessments.all()

    def assessment_by_id(self, assessment_id: int) -> Assessment:
        return self._workspace.assessments.get_by_id(assessment_id)

    def assessment_named(self, name: str) -> Assessment:
        return self._workspace.assessments.get(name)

    def successor_of(self, assessment_id: int) -> Assessment | None:
        return self._workspace.assessments.migrated_successor(assessment_id)

    def responses_of(self, assessment_id: int) -> dict[str, Response]:
        return self._workspace.assessments.responses(assessment_id)

    def frameworks(self) -> list[FrameworkInfo]:
        return self._workspace.frameworks.all()

    def framework_titles(self) -> dict[str, str]:
        return self._workspace.frameworks.titles()

    def framework_version(self, framework_id: str, version: str | None = None) -> Framework:
        return self._workspace.frameworks.get(framework_id, version)

    def snapshots(self) -> list[Snapshot]:
        return self._workspace.snapshots.all(self.assessment_id) if self.assessment is not None else []

    def action(self, uid: str) -> tuple[str, Action]:
        return self._workspace.assessments.action(self.assessment_id, uid)

    def read(self, reader: Callable[[Workspace], Any]) -> Any:
        """A read the accessors above do not cover (the core's planners take the workspace)."""
        return reader(self._workspace)

    # --- writing: the one way in -------------------------------------------------

    def apply(self, operation: Callable[..., ChangeT], *args: Any, **kwargs: Any) -> ChangeT | None:
        """Run one core operation and publish what it changed; None (and `save_failed`) when it is refused.

        A refused operation changed nothing; the items it named are re-read so
        every view shows what the store holds.
        """
        try:
            change = operation(self._workspace, *args, **kwargs)
        except ReadinessError as error:
            self.report_failure(error)
            return None
        self.publish(change)
        return change

    def publish(self, change: Change) -> None:
        """Turn a change record into signals (it may come from a background job's own connection)."""
        if change.empty:
            return
        shown = self.assessment
        if shown is not None and change.assessment_id == shown.id:
            if change.assessment:
                self.assessment = self._workspace.assessments.get_by_id(shown.id)
            if change.item_ids:
                given = {r.item_id: r for r in change.responses} if isinstance(change, ResponsesEdited) else {}
                for item_id in change.item_ids:
                    self.responses[item_id] = given.get(item_id) or self._workspace.assessments.response(
                        shown.id, item_id
                    )
        self.last_saved = dt.datetime.now()
        self.saved.emit()
        if shown is not None and change.assessment_id == shown.id:
            if change.assessment:
                self.assessment_updated.emit()
            if change.item_ids:
                self.responses_changed.emit(list(change.item_ids))
        if change.assessments:
            self.assessments_changed.emit()
        if change.snapshots:
            self.snapshots_changed.emit()
        if change.frameworks:
            self.frameworks_changed.emit()
        if change.products and shown is not None and change.assessment_id == shown.id:
            self.products_changed.emit(list(change.part_numbers))
        if change.scenarios:
            self.scenarios_changed.emit()

    def report_failure(self, error: BaseException) -> None:
        """Tell the views an edit (or a background job) was refused; nothing was written."""
        self.failed.emit(error)
        self.save_failed.emit(describe_error(error))

    def refresh_items(self, item_ids: list[str]) -> None:
        """Re-read these responses and show them: after a refused edit, the views show what is stored."""
        if self.assessment is None or not item_ids:
            return
        for item_id in item_ids:
            self.responses[item_id] = self._workspace.assessments.response(self.assessment.id, item_id)
        self.responses_changed.emit(item_ids)
