"""The assessments of the workspace, for the Open assessment dialog: name, framework, status, last change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from readiness.model import Assessment, AssessmentStatus

Index = QModelIndex | QPersistentModelIndex

AssessmentRole = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class AssessmentTableModel(QAbstractTableModel):
    """One row per assessment; archived ones say which assessment they were migrated to."""

    COL_NAME, COL_FRAMEWORK, COL_STATUS, COL_UPDATED = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._successors: dict[int, str] = {}

    def set_assessments(self, assessments: list[Assessment], successors: dict[int, str]) -> None:
        """`successors` maps an archived assessment's id to the name of the one it was migrated to."""
        self.beginResetModel()
        self._rows, self._successors = list(assessments), dict(successors)
        self.endResetModel()

    def assessment_at(self, row: int) -> Assessment:
        return self._rows[row]

    def row_of(self, assessment_id: int) -> int:
        return next((n for n, a in enumerate(self._rows) if a.id == assessment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Assessment"), self.tr("Framework"), self.tr("Status"), self.tr("Last changed"))[section]
        return None

    def status_text(self, assessment: Assessment) -> str:
        if assessment.status is AssessmentStatus.ACTIVE:
            return self.tr("Active")
        successor = self._successors.get(assessment.id)
        if successor:
            return self.tr("Archived (migrated to %1), read only").replace("%1", successor)
        return self.tr("Archived, read only")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        assessment, column = self._rows[index.row()], index.column()
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
