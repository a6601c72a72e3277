"""File > Assessment: rename, duplicate, delete, company profile, currency; watch lists beside an assessment.

The steps between a menu entry and the core. Renaming, re-profiling and
re-pricing are undo steps (`ui.commands.OperationStep`) whose redo and undo
each run an operation; duplicating creates an assessment and opens it;
deleting asks first and then says where the backup taken before it is.
A watch list is created beside the open compliance assessment (or from the
wizard), and one step switches between the two. An assessment archived by
a move to the retired 2026 review pack can be made active again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject

from readiness import operations
from readiness.codes import AssessmentKind, AssessmentStatus
from readiness.model import Assessment
from readiness.operations.records import Change
from ui.commands import OperationStep
from ui.dialogs.simple import ErrorMessage
from ui.messages import describe_error_long

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ChangeT = TypeVar("ChangeT", bound=Change)
# Review packs that the app once moved compliance assessments to, archiving (freezing) them: retired since
# review packs run beside the compliance assessment instead.
RETIRED_REVIEW_PACKS = frozenset({"usmca-2026-review"})


def apply_or_explain(
    window: MainWindow, title: str, operation: Callable[..., ChangeT], *args: Any, **kwargs: Any
) -> ChangeT | None:
    """Run one operation through the context; a refusal is explained in a message box, not only the status bar."""
    refused: list[BaseException] = []

    def keep(error: BaseException) -> None:
        refused.append(error)

    window.context.failed.connect(keep)
    try:
        change = window.context.apply(operation, *args, **kwargs)
    finally:
        window.context.failed.disconnect(keep)
    if change is None and refused:
        ErrorMessage.ask(window, title=title, text=describe_error_long(refused[0]))
    return change


class AssessmentFlow(QObject):
    """Manages the open assessment for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    # --- what the open assessment allows ------------------------------------------

    def workspace_writable(self) -> bool:
        return not self.context.read(lambda ws: ws.read_only)

    def editable(self) -> bool:
        return self.context.assessment is not None and not self.context.read_only

    def companion(self) -> Assessment | None:
        """The assessment beside the open one: a watch list's compliance assessment, or the first watch list
        that runs beside the open compliance assessment."""
        assessment = self.context.assessment
        if assessment is None:
            return None
        if assessment.companion_of is not None:
            return self.context.assessment_by_id(assessment.companion_of)
        beside = [a for a in self.context.assessments() if a.companion_of == assessment.id]
        return next((a for a in beside if a.status is AssessmentStatus.ACTIVE), beside[0] if beside else None)

    def watch_packs(self) -> dict[str, str]:
        """Watch packs that can run beside the open assessment (an active compliance one), by id."""
        assessment = self.context.assessment
        if assessment is None or assessment.kind is not AssessmentKind.COMPLIANCE or not self.editable():
            return {}
        framework_id = assessment.framework_id
        return dict(self.context.read(lambda ws: ws.frameworks.watch_packs(framework_id)))

    def archived_by_review(self) -> Assessment | None:
        """For an assessment archived by a move to a retired review pack: the assessment it was moved to."""
        assessment = self.context.assessment
        if assessment is None or assessment.status is not AssessmentStatus.ARCHIVED:
            return None
        successor = self.context.successor_of(assessment.id)
        return successor if successor is not None and successor.framework_id in RETIRED_REVIEW_PACKS else None

    def _taken(self, *, but: str = "") -> set[str]:
        return {a.name for a in self.context.assessments() if a.name != but}

    # --- the assessment itself ------------------------------------------------------

    def rename(self) -> bool:
        from ui.dialogs.assessment_dialogs import AssessmentNameDialog

        assessment = self.context.assessment
        if assessment is None or self.context.read_only:
            return False
        self.window.editor.flush()
        old = assessment.name
        new = AssessmentNameDialog.ask(
            self.window,
            title=self.tr("Rename assessment"),
            prompt=self.tr("&New name:"),
            default=old,
            taken=self._taken(but=old),
        )
        if new is None or new == old:
            return False
        aid = assessment.id
        step = OperationStep(
            self.context,
            text=self.tr("Rename to \u201c%1\u201d").replace("%1", new),
            forward=lambda: self.context.apply(operations.rename_assessment, aid, new, expected=old),
            backward=lambda: self.context.apply(operations.rename_assessment, aid, old, expected=new),
            item_ids=list,
        )
        self.context.undo_stack.push(step)
        return not step.refused

    def duplicate(self) -> bool:
        """Copy the open assessment's answers and actions under a new name, and open the copy."""
        from ui.dialogs.assessment_dialogs import AssessmentNameDialog

        assessment = self.context.assessment
        if assessment is None:
            return False
        self.window.editor.flush()
        name = AssessmentNameDialog.ask(
            self.window,
            title=self.tr("Duplicate assessment"),
            prompt=self.tr("&Name of the copy:"),
            default=self.tr("%1 (copy)").replace("%1", assessment.name),
            taken=self._taken(),
        )
        if name is None:
            return False
        title = self.tr("The assessment was not duplicated")
        created = apply_or_explain(self.window, title, operations.duplicate_assessment, assessment.id, name=name)
        if created is None:
            return False
        self.context.load_assessment(created.record.id)
        self.window.statusBar().showMessage(
            self.tr("\u201c%1\u201d is a copy of \u201c%2\u201d.").replace("%1", name).replace("%2", assessment.name),
            8000,
        )
        return True

    def delete(self) -> bool:
        """Ask, delete (a backup is taken first), say where the backup is, and open another assessment."""
        from ui.dialogs.assessment_dialogs import DeleteAssessmentDialog, DeletedNotice

        assessment = self.context.assessment
        if assessment is None or not self.workspace_writable():
            return False
        self.window.editor.flush()
        watch_lists = [a.name for a in self.context.assessments() if a.companion_of == assessment.id]
        snapshots = len(self.context.snapshots())
        if not DeleteAssessmentDialog.ask(
            self.window, name=assessment.name, snapshots=snapshots, watch_lists=watch_lists
        ):
            return False
        title = self.tr("The assessment was not deleted")
        deleted = apply_or_explain(
            self.window, title, operations.delete_assessment, assessment.id, expected_name=assessment.name
        )
        if deleted is None:
            return False
        remaining = self.context.assessments()
        active = [a for a in remaining if a.status is AssessmentStatus.ACTIVE] or remaining
        self.context.load_assessment(active[0].id if active else None)
        DeletedNotice.ask(self.window, name=deleted.name, backup=deleted.backup)
        self.window.statusBar().showMessage(
            self.tr("Deleted \u201c%1\u201d; backup at %2")
            .replace("%1", deleted.name)
            .replace("%2", str(deleted.backup)),
            15_000,
        )
        return True

    def edit_profile(self) -> bool:
        """Show the profile with a preview of the items it flips; apply it as one undo step."""
        from ui.dialogs.profile_edit import ProfileEditDialog, applicability_flips

        assessment, framework = self.context.assessment, self.context.framework
        if assessment is None or framework is None or self.context.read_only:
            return False
        self.window.editor.flush()
        old = assessment.profile
        new = ProfileEditDialog.ask(
            self.window, framework=framework, responses=self.context.responses, profile=old, name=assessment.name
        )
        if new is None or new == old:
            return False
        flips = [f.item_id for f in operations.profile_change_preview(framework, self.context.responses, new)]
        flipped = len(applicability_flips(framework, self.context.responses, new))
        aid = assessment.id
        step = OperationStep(
            self.context,
            text=self.tr("Change the company profile"),
            forward=lambda: self.context.apply(operations.change_profile, aid, new, expected=old),
            backward=lambda: self.context.apply(operations.change_profile, aid, old, expected=new),
            item_ids=lambda: flips,
        )
        self.context.undo_stack.push(step)
        if not step.refused:
            self.window.statusBar().showMessage(
                self.tr("Company profile changed: %n item(s) start or stop applying.", "", flipped), 8000
            )
        return not step.refused

    def set_currency(self) -> bool:
        from ui.dialogs.assessment_dialogs import CurrencyDialog

        assessment = self.context.assessment
        if assessment is None or self.context.read_only:
            return False
        old = assessment.currency
        new = CurrencyDialog.ask(self.window, current=old)
        if new is None or new == old:
            return False
        aid = assessment.id
        step = OperationStep(
            self.context,
            text=self.tr("Set the currency to %1").replace("%1", new),
            forward=lambda: self.context.apply(operations.set_currency, aid, new, expected=old),
            backward=lambda: self.context.apply(operations.set_currency, aid, old, expected=new),
            item_ids=list,
        )
        self.context.undo_stack.push(step)
        return not step.refused

    def reactivate(self) -> bool:
        """Make an assessment archived by a move to a retired review pack active again, after saying why."""
        from ui.dialogs.assessment_dialogs import ReactivateDialog

        assessment, review = self.context.assessment, self.archived_by_review()
        if assessment is None or review is None or not self.workspace_writable():
            return False
        if not ReactivateDialog.ask(self.window, name=assessment.name, review=review.name):
            return False
        title = self.tr("The assessment stays archived")
        changed = apply_or_explain(
            self.window,
            title,
            operations.set_status,
            assessment.id,
            AssessmentStatus.ACTIVE,
            expected=AssessmentStatus.ARCHIVED,
        )
        if changed is None:
            return False
        self.context.load_assessment(assessment.id)  # every view takes up editing again
        return True

    # --- watch lists beside a compliance assessment ---------------------------------

    def new_watch_list(self) -> bool:
        """The wizard, starting on a watch list beside the open compliance assessment."""
        assessment = self.context.assessment
        if assessment is None or not self.watch_packs():
            return False
        return self.window.create_from_wizard(beside=assessment.id)

    def switch_to_companion(self) -> bool:
        """One step between a watch list and the compliance assessment it runs beside."""
        companion = self.companion()
        if companion is None:
            self.window.statusBar().showMessage(self.tr("No assessment runs beside this one."), 5000)
            return False
        self.window.editor.flush()
        self.context.load_assessment(companion.id)
        return True

    def open_companion_item(self, assessment_id: int, item_id: str) -> None:
        """From a watch item to the compliance item it reads, in the compliance assessment."""
        self.window.editor.flush()
        self.context.load_assessment(assessment_id)
        self.window.show_checklist()
        self.window.navigator.go_to_item(item_id)
