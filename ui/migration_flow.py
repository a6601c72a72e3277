"""New framework versions: the move to another framework, and the content update in place.

Both start from a plan (`readiness.migration.plan_migration`, which changes
nothing), show the same preview, and apply on the job runner:
- a move (File > Move to new framework version) is offered for an active
  assessment not moved before, when a shipped mapping leads to another
  installed framework; `apply_migration` creates the new assessment and
  archives the old one in one transaction, and the window opens the new one;
- a content update (File > Update content) is offered when a newer version of
  the assessment's own framework is installed (`newer_content`);
  `update_content` rewrites the same assessment in place: answers carried,
  changed items flagged, snapshots and history kept. A snapshot can be taken
  first, to compare with afterwards.
Neither is an undo step. Afterwards the table shows the items that need
review, and Shift+F8 walks them in checklist order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from readiness.errors import ReadinessError
from ui.dialogs.simple import ErrorMessage
from ui.jobs import Job, JobProgress, show_progress
from ui.messages import describe_error_long

if TYPE_CHECKING:
    from readiness.content_model import Framework, Mapping
    from readiness.migration import MigrationPlan
    from readiness.operations.records import AssessmentWritten
    from readiness.store.workspace import Workspace
    from ui.main_window import MainWindow


@functools.cache
def _mapping_pairs() -> tuple[tuple[str, str], ...]:
    """(from, to) of every shipped mapping, read once per process from the file names alone."""
    from readiness.frameworks import builtin_mapping_routes

    return tuple(builtin_mapping_routes())


@functools.cache
def _mappings() -> tuple[Mapping, ...]:
    """Every shipped mapping, parsed once per process (only when an update or a move is looked at)."""
    from readiness.frameworks import builtin_mappings

    return tuple(builtin_mappings())


class MigrationFlow(QObject):
    """Runs moves and content updates for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.job: Job | None = None
        self._newer: tuple[tuple[int, str], Framework | None] | None = None
        self.context.frameworks_changed.connect(self._forget_newer)  # before the window asks again

    def _forget_newer(self) -> None:
        self._newer = None

    def targets(self) -> list[tuple[str, str]]:
        """(framework id, title) of the frameworks the open assessment can move to; empty when it cannot move."""
        assessment = self.context.assessment
        if assessment is None or self.context.read_only:
            return []
        installed = self.context.framework_titles()
        wanted = [
            to
            for source, to in _mapping_pairs()
            if source == assessment.framework_id and to in installed and to != assessment.framework_id
        ]
        if not wanted or self.context.successor_of(assessment.id) is not None:
            return []
        return [(framework_id, installed[framework_id]) for framework_id in wanted]

    def newer_content(self) -> Framework | None:
        """The newer installed version of the open assessment's framework it can be updated to, or None.

        One query when nothing newer is installed; the mappings are read only when something is.
        """
        from readiness.migration import newer_content

        assessment = self.context.assessment
        if assessment is None or self.context.read_only:
            return None
        key = (assessment.id, assessment.framework_version)
        if self._newer is not None and self._newer[0] == key:
            return self._newer[1]
        latest = self.context.read(lambda ws: ws.frameworks.latest_version(assessment.framework_id))
        found = None
        if latest != assessment.framework_version:
            found = self.context.read(lambda ws: newer_content(ws, assessment, mappings=list(_mappings())))
        self._newer = (key, found)
        return found

    def _plan(self, target: str, *, title: str) -> MigrationPlan | None:
        from readiness.migration import plan_migration

        assessment = self.context.assessment
        assert assessment is not None
        try:
            return self.context.read(lambda ws: plan_migration(ws, assessment.id, target, mappings=list(_mappings())))
        except ReadinessError as error:
            ErrorMessage.ask(self.window, title=title, text=describe_error_long(error))
            return None

    def _preview(self, plan: MigrationPlan) -> tuple[str, str] | None:
        """Show the preview; (new name, snapshot label) when the user goes ahead."""
        from readiness.walkthrough import item_numbers
        from ui.dialogs.migration_preview import MigrationPreviewDialog

        framework = self.context.framework
        assert framework is not None
        choice = MigrationPreviewDialog.ask(
            self.window,
            plan=plan,
            existing=[a.name for a in self.context.assessments()],
            questions={item.id: item.question for _, item in framework.items()},
            numbers=item_numbers(framework),
            responses=self.context.responses,
            source=framework,
        )
        return None if choice is None else (choice.name, choice.snapshot)

    def start(self) -> Job | None:
        """Ask for the target, show the preview, and on confirmation move in the background."""
        from readiness.operations import apply_migration
        from ui.dialogs.migration_preview import MigrationTargetDialog

        targets = self.targets()
        if self.context.assessment is None or self.context.framework is None or not targets:
            return None
        self.window.editor.flush()
        target = MigrationTargetDialog.ask(self.window, targets=targets)
        if target is None:
            return None
        plan = self._plan(target, title=self.tr("The assessment cannot be moved"))
        chosen = None if plan is None else self._preview(plan)
        if plan is None or chosen is None:
            return None
        name = chosen[0]

        def work(progress: JobProgress, workspace: Workspace) -> AssessmentWritten:
            return apply_migration(workspace, plan, name=name)

        return self._run(
            work,
            failed=self.tr("The assessment was not moved"),
            label=self.tr("Moving to the new version\u2026"),
            done=self._migrated,
        )

    def start_update(self) -> Job | None:
        """Preview the newer content of the assessment's own framework; on confirmation update in place."""
        from readiness.operations import take_snapshot, update_content

        latest = self.newer_content()
        if self.context.assessment is None or latest is None:
            return None
        self.window.editor.flush()
        plan = self._plan(latest.id, title=self.tr("The content cannot be updated"))
        chosen = None if plan is None else self._preview(plan)
        if plan is None or chosen is None:
            return None
        label = chosen[1]

        def work(progress: JobProgress, workspace: Workspace) -> AssessmentWritten:
            if label:
                take_snapshot(workspace, plan.source.id, label=label)
            return update_content(workspace, plan)

        return self._run(
            work,
            failed=self.tr("The content was not updated"),
            label=self.tr("Updating the content\u2026"),
            done=self._updated,
        )

    def _run(
        self,
        work: Callable[[JobProgress, Workspace], AssessmentWritten],
        *,
        failed: str,
        label: str,
        done: Callable[[AssessmentWritten], None],
    ) -> Job:
        self.job = self.window.jobs.start(
            work,
            workspace_path=self.context.workspace_path,
            on_finished=done,
            on_failed=lambda error: ErrorMessage.ask(self.window, title=failed, text=describe_error_long(error)),
        )
        show_progress(self.job, self.window, label=label, cancellable=False)
        return self.job

    def _migrated(self, change: AssessmentWritten) -> None:
        created = change.record
        old_name = self.context.assessment.name if self.context.assessment else ""
        self.context.publish(change)
        self.context.load_assessment(created.id)
        flagged = self.window.navigator.show_needs_review()
        self.window.statusBar().showMessage(
            self.tr("Moved to \u201c%1\u201d: %n item(s) need review.", "", flagged).replace("%1", created.name)
            + " "
            + self.tr("\u201c%1\u201d is archived and read only.").replace("%1", old_name),
            15_000,
        )

    def _updated(self, change: AssessmentWritten) -> None:
        self._newer = None
        self.context.publish(change)
        self.context.load_assessment(change.record.id)  # the framework version changed: every view resets
        flagged = self.window.navigator.show_needs_review()
        self.window.statusBar().showMessage(
            self.tr("Updated to version %1: %n item(s) need review (Shift+F8 walks them).", "", flagged).replace(
                "%1", change.record.framework_version
            ),
            15_000,
        )

    def next_needs_review(self) -> str | None:
        """Go to the next item flagged needs-review after the one in the editor, in checklist order."""
        framework = self.context.framework
        if framework is None:
            return None
        self.window.editor.flush()
        order = [item.id for _, item in framework.items()]
        current = self.window.editor.item_id
        start = order.index(current) + 1 if current in order else 0
        for item_id in order[start:] + order[:start]:
            response = self.context.responses.get(item_id)
            if response is not None and response.needs_review:
                self.window.show_checklist()
                self.window.navigator.go_to_item(item_id)
                return item_id
        self.window.statusBar().showMessage(self.tr("No item needs review."), 5000)
        return None


def show_view(window: MainWindow, view: str) -> None:
    """Hidden start-up views for screenshots: `migrate` and `update` open the preview, `needs-review` the
    flagged items."""
    if view == "migrate":
        QTimer.singleShot(0, window.migration.start)
    elif view == "update":
        QTimer.singleShot(0, window.migration.start_update)
    elif view == "needs-review":
        window.navigator.show_needs_review()
