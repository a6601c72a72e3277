"""Open another assessment of the workspace; the list shows each one's framework and whether it is archived."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from readiness.model import Assessment
from ui.models.assessments import SORT_ROLE, AssessmentRole, AssessmentTableModel
from ui.widgets.tables import configure_table, sort_proxy


class OpenAssessmentDialog(QDialog):
    """A table of assessments; `ask` returns the chosen assessment's id, or None."""

    def __init__(
        self, parent: QWidget | None, *, assessments: list[Assessment], successors: dict[int, str], current: int | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open assessment"))
        self.resize(760, 380)
        self.model = AssessmentTableModel(self)
        self.model.set_assessments(assessments, successors)
        self.proxy = sort_proxy(self.model, sort_role=SORT_ROLE, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        configure_table(
            self.view,
            accessible_name=self.tr("Assessments"),
            stretch=AssessmentTableModel.COL_STATUS,
            selection_mode=QTableView.SelectionMode.SingleSelection,
        )
        header = self.view.horizontalHeader()
        header.resizeSection(AssessmentTableModel.COL_NAME, 220)
        header.resizeSection(AssessmentTableModel.COL_FRAMEWORK, 170)
        note = QLabel(self.tr("Archived assessments open read only: they are the record of what was migrated."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.view.activated.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addWidget(buttons)
        row = self.model.row_of(current) if current is not None else -1
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(max(row, 0), 0)).row())

    def chosen(self) -> int | None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return None
        assessment = index.data(AssessmentRole)
        return assessment.id if isinstance(assessment, Assessment) else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, assessments: list[Assessment], successors: dict[int, str], current: int | None
    ) -> int | None:
        dialog = cls(parent, assessments=assessments, successors=successors, current=current)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
