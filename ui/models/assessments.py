"""The assessments of the workspace (the Open assessment dialog), and the items a new company profile flips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.codes import AssessmentStatus
from readiness.model import Assessment
from readiness.operations.assessments import ApplicabilityChange
from ui.labels import basis_label
from ui.models.row_table import RowTableModel
from ui.theme import status_color

AssessmentRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class AssessmentTableModel(RowTableModel[Assessment]):
    """One row per assessment; archived ones say which assessment they were migrated to."""

    COL_NAME, COL_FRAMEWORK, COL_STATUS, COL_UPDATED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._successors: dict[int, str] = {}
        self._names: dict[int, str] = {}

    def set_assessments(self, assessments: list[Assessment], successors: dict[int, str]) -> None:
        """`successors` maps an archived assessment's id to the name of the one it was migrated to."""
        self.beginResetModel()
        self._rows, self._successors = list(assessments), dict(successors)
        self._names = {a.id: a.name for a in assessments}
        self.endResetModel()

    assessment_at = RowTableModel.row_at

    def row_of(self, assessment_id: int) -> int:
        return next((n for n, a in enumerate(self._rows) if a.id == assessment_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Assessment"), self.tr("Framework"), self.tr("Status"), self.tr("Last changed"))

    def status_text(self, assessment: Assessment) -> str:
        beside = self._names.get(assessment.companion_of or 0)
        if assessment.status is AssessmentStatus.ACTIVE:
            return self.tr("Active, watch list beside %1").replace("%1", beside) if beside else self.tr("Active")
        successor = self._successors.get(assessment.id)
        if successor:
            return self.tr("Archived (migrated to %1), read only").replace("%1", successor)
        return self.tr("Archived, read only")

    def cell_data(self, assessment: Assessment, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(column, assessment)
        if role == SORT_ROLE:
            if column == self.COL_UPDATED:
                return assessment.updated_at.isoformat()
            return self._display(column, assessment).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and assessment.status is AssessmentStatus.ARCHIVED:
            return status_color("muted")
        if role == AssessmentRole:
            return assessment
        return None

    def _display(self, column: int, assessment: Assessment) -> str:
        if column == self.COL_NAME:
            return assessment.name
        if column == self.COL_FRAMEWORK:
            return f"{assessment.framework_id} {assessment.framework_version}"
        if column == self.COL_STATUS:
            return self.status_text(assessment)
        return f"{assessment.updated_at:%Y-%m-%d %H:%M}"


class ApplicabilityChangeModel(RowTableModel[ApplicabilityChange]):
    """Items whose applicability a new company profile flips: item, what changes, what happens to the answer."""

    COL_ITEM, COL_CHANGE, COL_ANSWER = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: dict[str, str] = {}
        self._numbers: dict[str, str] = {}
        self._order: dict[str, int] = {}

    def set_changes(
        self, changes: list[ApplicabilityChange], *, questions: dict[str, str], numbers: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._rows, self._titles, self._numbers = list(changes), dict(questions), dict(numbers)
        self._order = {item_id: n for n, item_id in enumerate(numbers)}  # checklist order
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("What changes"), self.tr("Your answer"))

    def _display(self, change: ApplicabilityChange, column: int) -> str:
        if column == self.COL_ITEM:
            return (
                f"{self._numbers.get(change.item_id, '')}  {self._titles.get(change.item_id, change.item_id)}".strip()
            )
        if column == self.COL_CHANGE:
            if change.now_applies:
                return self.tr("Starts to apply")
            reason = basis_label(change.basis) if change.basis is not None else ""
            return self.tr("No longer applies: %1").replace("%1", reason) if reason else self.tr("No longer applies")
        if not change.answered:
            return self.tr("Nothing recorded")
        if change.now_applies:
            return self.tr("Kept, and counted again")
        return self.tr("Kept, not counted while the item does not apply")

    def cell_data(self, change: ApplicabilityChange, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(change, column)
        if role == SORT_ROLE:
            if column == self.COL_ITEM:
                return self._order.get(change.item_id, len(self._order))
            return self._display(change, column).casefold()
        return None
