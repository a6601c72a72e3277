"""File > Export action plan and File > Import returned plan: the steps between the menu and the core.

Export: options, file name (checked by `readiness.outputs.check_output`
before any work starts: never the workspace, its backups, a folder or a
device), `export_plan` on the job runner with a progress
dialog that can cancel (an existing file is left as it was), then a status
message with an Open button. Import: pick the file, read it on the job
runner, show the preview (changes, new actions, the conflicts the user
decides, and what is not imported), and on Apply write it in one transaction
and push one undo step (`ImportPlanStep`), whose redo and undo each run in a
job with a progress bar.
The Excel code (openpyxl) is imported only when one of them runs, which
keeps it out of start-up time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from readiness import operations
from readiness.errors import ReadinessError
from readiness.operations.plans import PlanApplied
from readiness.operations.records import Change
from readiness.outputs import check_output
from readiness.owners import known_owners
from ui.commands import OperationStep
from ui.dialogs.simple import ErrorMessage
from ui.jobs import Job, JobCancelled, JobProgress, run_and_wait, show_progress
from ui.links import open_link
from ui.messages import describe_error_long
from ui.plain_text import plain_tooltip

if TYPE_CHECKING:
    from readiness.excel.export import ExportResult
    from readiness.excel.plan_import import PlanPreview
    from readiness.excel.plan_preview import Choice
    from readiness.store.workspace import Workspace
    from ui.main_window import MainWindow

OPEN_BUTTON_MS = 30_000


def _file_name(text: str) -> str:
    """An assessment name made safe for a file name on every system."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .") or "assessment"


class PlanExchange(QObject):
    """Runs export and import for the main window; `job` and `progress_dialog` are the last ones started."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.exported: Path | None = None
        self.open_button = QPushButton(self.tr("Open exported plan"), window)
        self.open_button.setAccessibleName(self.tr("Open the exported action plan"))
        self.open_button.setFlat(True)
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_exported)
        window.statusBar().addPermanentWidget(self.open_button)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(OPEN_BUTTON_MS)
        self._hide_timer.timeout.connect(self.open_button.hide)

    # --- export -------------------------------------------------------------------

    def owners(self) -> list[str]:
        """Everyone who owns an item or an action in the open assessment, in alphabetical order."""
        return known_owners(self.context.responses.values())

    def suggested_path(self) -> Path:
        folder = self.window.settings.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        assessment = self.context.assessment
        name = _file_name(assessment.name if assessment else "")
        title = self.tr("%1 action plan %2").replace("%1", name).replace("%2", dt.date.today().isoformat())
        return Path(folder or Path.home()) / f"{title}.xlsx"

    def export_plan(self) -> Job | None:
        """Ask for options and a file, then write the workbook in the background."""
        assessment = self.context.assessment
        if assessment is None:
            return None
        self.window.editor.flush()
        from ui.dialogs.plan_dialogs import ExportOptionsDialog, SavePlanAs  # the Excel side loads on first use

        options = ExportOptionsDialog.ask(self.window, owners=self.owners())
        if options is None:
            return None
        chosen = SavePlanAs.ask(self.window, suggested=self.suggested_path())
        if chosen is None:
            return None
        try:
            target = check_output(chosen, suffix=".xlsx", workspace=self.context.workspace_path)
        except ReadinessError as error:
            self._failed(self.tr("The action plan was not exported"), error)
            return None
        self.window.settings.last_folder = str(target.parent)
        assessment_id = assessment.id

        def work(progress: JobProgress, workspace: Workspace) -> ExportResult:
            from readiness.excel.export import ExportCancelled, export_plan

            try:
                return export_plan(
                    workspace,
                    assessment_id,
                    target,
                    owner=options.owner,
                    open_only=options.open_only,
                    progress=lambda done, total: progress.report(done, total),
                    is_cancelled=lambda: progress.cancelled,
                )
            except ExportCancelled:
                raise JobCancelled from None

        self.open_button.hide()
        self.job = self.window.jobs.start(
            work,
            workspace_path=self.context.workspace_path,
            on_finished=self._exported,
            on_failed=lambda error: self._failed(self.tr("The action plan was not exported"), error),
        )
        self.job.signals.cancelled.connect(
            lambda: self._message(self.tr("Export cancelled; no file was written or replaced."))
        )
        label = self.tr("Writing the action plan to %1\u2026").replace("%1", target.name)
        self.progress_dialog = show_progress(self.job, self.window, label=label)
        return self.job

    def _exported(self, result: ExportResult) -> None:
        self.exported = result.path
        self._message(
            self.tr("Action plan saved: %1 (%2, %3)")
            .replace("%1", str(result.path))
            .replace("%2", self.tr("%n action(s)", "", result.actions))
            .replace("%3", self.tr("%n open gap(s)", "", result.gaps)),
            timeout=OPEN_BUTTON_MS,
        )
        self.open_button.setToolTip(plain_tooltip(str(result.path)))
        self.open_button.show()
        self._hide_timer.start()

    def open_exported(self) -> bool:
        """Open the workbook just exported with the system's spreadsheet application (the user chose its name)."""
        if self.exported is None:
            return False
        return open_link(self.window, str(self.exported), confirm=False)

    # --- import -------------------------------------------------------------------

    def import_plan(self) -> Job | None:
        """Pick a returned plan and read it in the background; the preview follows."""
        assessment = self.context.assessment
        if assessment is None or self.context.read_only:
            return None
        self.window.editor.flush()
        folder = self.window.settings.last_folder or str(Path.home())
        from ui.dialogs.plan_dialogs import ReturnedPlanFile

        path = ReturnedPlanFile.ask(self.window, folder=folder)
        if path is None:
            return None
        self.window.settings.last_folder = str(path.parent)
        assessment_id = assessment.id

        def work(progress: JobProgress, workspace: Workspace) -> PlanPreview:
            from readiness.excel.plan_import import read_returned_plan

            return read_returned_plan(workspace, assessment_id, path)

        self.job = self.window.jobs.start(
            work,
            workspace_path=self.context.workspace_path,
            on_finished=self._preview_read,
            on_failed=lambda error: self._failed(self.tr("The returned plan cannot be imported"), error),
        )
        label = self.tr("Reading %1\u2026").replace("%1", path.name)
        self.progress_dialog = show_progress(self.job, self.window, label=label, cancellable=False)
        return self.job

    def _preview_read(self, preview: PlanPreview) -> None:
        self.preview_ready(preview)

    def preview_ready(self, preview: PlanPreview) -> bool:
        """Show the preview; on Apply push one undo step that writes it. True when something was applied."""
        assessment = self.context.assessment
        if assessment is None or assessment.id != preview.assessment_id or self.context.read_only:
            return False
        if preview.silent:
            self._message(self.tr("%1 has no changes to import.").replace("%1", preview.path.name))
            return False
        from ui.dialogs.plan_dialogs import PlanPreviewDialog

        decision = PlanPreviewDialog.ask(self.window, preview=preview, numbers=self.window.navigator.numbers)
        if decision is None or preview.empty:
            return False
        step = ImportPlanStep(self, preview, decision.choices)
        self.context.undo_stack.push(step.command)
        if step.command.refused:
            return False
        self._message(
            self.tr("Imported %1: %2, %3. Edit > Undo takes it back.")
            .replace("%1", preview.path.name)
            .replace("%2", self.tr("%n change(s)", "", len(preview.changes)))
            .replace("%3", self.tr("%n new action(s)", "", len(preview.new_actions)))
        )
        return True

    # --- telling the user -----------------------------------------------------------

    def _message(self, text: str, *, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _failed(self, title: str, error: Any) -> None:
        ErrorMessage.ask(self.window, title=title, text=describe_error_long(error))


class ImportPlanStep:
    """The undo step of an imported plan: redo applies it (again), undo takes it back, each in a background
    job the step waits for, so a 10,000-row plan never freezes the window."""

    def __init__(
        self, exchange: PlanExchange, preview: PlanPreview, choices: dict[tuple[str, str], Choice] | None = None
    ) -> None:
        self.exchange = exchange
        self.context = exchange.context
        self.preview = preview
        self.choices = dict(choices or {})
        self.applied: PlanApplied | None = None
        from readiness.excel.plan_preview import Choice

        taken = sum(1 for c in preview.conflicts if self.choices.get(c.key) is Choice.FILE)
        count = len(preview.changes) + len(preview.new_actions) + taken
        self.command = OperationStep(
            self.context,
            text=QCoreApplication.translate("PlanExchange", "Import returned plan (%n change(s))", "", count),
            forward=self.forward,
            backward=self.backward,
            item_ids=self.item_ids,
        )

    def item_ids(self) -> list[str]:
        ids = [c.item_id for c in self.preview.changes] + [n.item_id for n in self.preview.new_actions]
        ids += [c.item_id for c in self.preview.conflicts]
        return list(dict.fromkeys(ids))

    def forward(self) -> Change | None:
        from readiness.excel.plan_import import apply_plan

        applied = self.applied
        if applied is None:
            result = self._run(
                lambda workspace, report: apply_plan(workspace, self.preview, choices=self.choices, progress=report),
                QCoreApplication.translate("PlanExchange", "Applying"),
            )
        else:
            result = self._run(
                lambda workspace, report: operations.reapply_plan(workspace, applied),
                QCoreApplication.translate("PlanExchange", "Redoing"),
            )
        if isinstance(result, PlanApplied):
            self.applied = result
        return result

    def backward(self) -> Change | None:
        applied = self.applied
        if applied is None:
            return None
        return self._run(
            lambda workspace, report: operations.revert_plan(workspace, applied),
            QCoreApplication.translate("PlanExchange", "Undoing"),
        )

    def _run(self, operation: Callable[[Workspace, Callable[[int, int], None]], Change], verb: str) -> Change | None:
        """Run `operation(workspace, report)` in a job the step waits for; `report(done, total)` moves the bar."""
        window = self.exchange.window
        label = (
            QCoreApplication.translate("PlanExchange", "%1 %2\u2026")
            .replace("%1", verb)
            .replace("%2", self.preview.path.name)
        )
        try:
            change: Change = run_and_wait(
                window.jobs,
                lambda progress, workspace: operation(workspace, progress.report),
                workspace_path=self.context.workspace_path,
                parent=window,
                label=label,
            )
        except ReadinessError as error:
            self.context.report_failure(error)
            return None
        self.context.publish(change)
        return change
