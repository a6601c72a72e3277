"""File > Move to new framework version: plan, preview, apply on the job runner, open the new assessment.

The move is offered for an active assessment that has not been migrated yet
and whose framework has a shipped mapping to an installed newer version.
`apply_migration` creates the new assessment and archives the old one in one
transaction on the job runner's connection; the window then opens the new
assessment with every area shown and the table filtered to needs-review.
It is not an undo step: the old assessment is kept, archived and read only.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from readiness.errors import ReadinessError
from ui.dialogs.simple import ErrorMessage
from ui.jobs import Job, JobProgress, show_progress
from ui.messages import describe_error_long

if TYPE_CHECKING:
    from readiness.operations.records import AssessmentWritten
    from readiness.store.workspace import Workspace
    from ui.main_window import MainWindow


@functools.cache
def _mapping_pairs() -> tuple[tuple[str, str], ...]:
    """(from, to) of every shipped mapping, read once per process from the file names alone."""
    from readiness.frameworks import builtin_mapping_routes

    return tuple(builtin_mapping_routes())


class MigrationFlow(QObject):
    """Runs the move to a new framework version for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.job: Job | None = None

    def targets(self) -> list[tuple[str, str]]:
        """(framework id, title) of the versions the open assessment can move to; empty when it cannot move."""
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

    def start(self) -> Job | None:
        """Ask for the target, show the preview, and on confirmation migrate in the background."""
        from readiness.migration import plan_migration
        from readiness.operations import apply_migration
        from ui.dialogs.migration_preview import MigrationPreviewDialog, MigrationTargetDialog

        assessment, framework = self.context.assessment, self.context.framework
        targets = self.targets()
        if assessment is None or framework is None or not targets:
            return None
        self.window.editor.flush()
        target = MigrationTargetDialog.ask(self.window, targets=targets)
        if target is None:
            return None
        try:
            plan = self.context.read(lambda workspace: plan_migration(workspace, assessment.id, target))
        except ReadinessError as error:
            ErrorMessage.ask(
                self.window, title=self.tr("The assessment cannot be moved"), text=describe_error_long(error)
            )
            return None
        questions = {item.id: item.question for _, item in framework.items()}
        existing = [a.name for a in self.context.assessments()]
        name = MigrationPreviewDialog.ask(
            self.window, plan=plan, existing=existing, questions=questions, source_title=framework.title
        )
        if name is None:
            return None

        def work(progress: JobProgress, workspace: Workspace) -> AssessmentWritten:
            return apply_migration(workspace, plan, name=name)

        self.job = self.window.jobs.start(
            work,
            workspace_path=self.context.workspace_path,
            on_finished=self._migrated,
            on_failed=lambda error: ErrorMessage.ask(
                self.window, title=self.tr("The assessment was not moved"), text=describe_error_long(error)
            ),
        )
        show_progress(self.job, self.window, label=self.tr("Moving to the new version\u2026"), cancellable=False)
        return self.job

    def _migrated(self, change: AssessmentWritten) -> None:
        created = change.record
        old_name = self.context.assessment.name if self.context.assessment else ""
        self.context.publish(change)
        self.context.load_assessment(created.id)
        flagged = self.window.navigator.show_needs_review()
        self.window.statusBar().showMessage(
            self.tr("Moved to \u201c%1\u201d: %2 item(s) need review. \u201c%3\u201d is archived and read only.")
            .replace("%1", created.name)
            .replace("%2", str(flagged))
            .replace("%3", old_name),
            15_000,
        )


def show_view(window: MainWindow, view: str) -> None:
    """Hidden start-up views for screenshots: `migrate` opens the preview, `needs-review` the flagged items."""
    if view == "migrate":
        QTimer.singleShot(0, window.migration.start)
    elif view == "needs-review":
        window.navigator.show_needs_review()
