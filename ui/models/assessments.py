"""The assessments of the workspace, for the Open assessment dialog: name, framework, status, last change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.model import Assessment, AssessmentStatus
from ui.models.row_table import RowTableModel

AssessmentRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class AssessmentTableModel(RowTableModel[Assessment]):
    """One row per assessment; archived ones say which assessment they were migrated to."""

    COL_NAME, COL_FRAMEWORK, COL_STATUS, COL_UPDATED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._successors: dict[int, str] = {}

    def set_assessments(self, assessments: list[Assessment], successors: dict[int, str]) -> None:
        """`successors` maps an archived assessment's id to the name of the one it was migrated to."""
        self.beginResetModel()
        self._rows, self._successors = list(assessments), dict(successors)
        self.endResetModel()

    assessment_at = RowTableModel.row_at

    def row_of(self, assessment_id: int) -> int:
        return next((n for n, a in enumerate(self._rows) if a.id == assessment_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Assessment"), self.tr("Framework"), self.tr("Status"), self.tr("Last changed"))

    def status_text(self, assessment: Assessment) -> str:
        if assessment.status is AssessmentStatus.ACTIVE:
            return self.tr("Active")
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
            return Qt.GlobalColor.gray
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
