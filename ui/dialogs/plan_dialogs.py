"""The questions around the Excel action plan: export options, where to save, which file came back, and the preview.

Each offers an `ask(...)` class method returning a value or None, so tests
replace them instead of clicking modal boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness.excel.plan_preview import Choice
from ui.models.plan_changes import SORT_ROLE, ConflictModel, NewActionModel, NotImportedModel, PlanChangeModel
from ui.plain_text import make_plain
from ui.widgets.tables import sorted_table

if TYPE_CHECKING:
    from readiness.excel.plan_import import PlanPreview


@dataclass(frozen=True)
class ExportOptions:
    """What to put in the workbook: one owner's actions (or everyone's), open gaps and actions only."""

    owner: str | None = None
    open_only: bool = False


class ExportOptionsDialog(QDialog):
    """Owner and open-only choices before the file name is asked."""

    def __init__(self, parent: QWidget | None, *, owners: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export action plan"))
        self.setMinimumWidth(420)
        self.owner_only = QCheckBox(self.tr("Only this &owner's items and actions:"), self)
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.addItems(owners)
        self.owner.setEnabled(False)
        self.owner_only.setEnabled(bool(owners))
        self.owner_only.toggled.connect(self.owner.setEnabled)
        self.open_only = QCheckBox(self.tr("Only open &gaps and actions"), self)
        self.open_only.setToolTip(self.tr("Leave out done actions and items that are ready or not applicable"))
        hint = QLabel(self.tr("You choose the file name next. The workbook opens in Excel or LibreOffice."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.owner_only, self.owner)
        form.addRow(self.open_only)
        form.addRow(hint)
        form.addRow(buttons)

    def options(self) -> ExportOptions:
        owner = self.owner.currentText().strip() if self.owner_only.isChecked() else ""
        return ExportOptions(owner=owner or None, open_only=self.open_only.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, *, owners: list[str]) -> ExportOptions | None:
        dialog = cls(parent, owners=owners)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SavePlanAs:
    """The system's save dialog for the workbook."""

    @classmethod
    def ask(cls, parent: QWidget, *, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("plan_dialogs", "Export action plan"),
            str(suggested),
            QCoreApplication.translate("plan_dialogs", "Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


class ReturnedPlanFile:
    """The system's open dialog for a plan an owner sent back."""

    @classmethod
    def ask(cls, parent: QWidget, *, folder: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("plan_dialogs", "Import returned plan"),
            folder,
            QCoreApplication.translate("plan_dialogs", "Excel workbooks (*.xlsx)"),
        )
        return Path(path) if path else None


@dataclass(frozen=True)
class PlanDecision:
    """The user applies the plan, keeping for each conflict the value they checked."""

    choices: dict[tuple[str, str], Choice]


def _table(
    model: PlanChangeModel | NewActionModel | ConflictModel | NotImportedModel, parent: QWidget, name: str, stretch: int
) -> QTableView:
    return sorted_table(model, parent, sort_role=SORT_ROLE, accessible_name=name, stretch=stretch, alternating=True)


class PlanPreviewDialog(QDialog):
    """Every change a returned plan would make, the conflicts to decide and what is not imported, before anything
    is applied; `ask` returns the decision, or None."""

    def __init__(self, parent: QWidget | None, *, preview: PlanPreview, numbers: dict[str, str] | None = None) -> None:
        """`numbers`: the open assessment's item numbers, which the tables show instead of item ids."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import returned plan"))
        self.resize(1100, 700)
        actions = len({c.uid for c in preview.changes})
        text = (
            self.tr("%1: %2 to %3, %4, %5 to decide, from %6 read.")
            .replace("%1", preview.path.name)
            .replace("%2", self.tr("%n change(s)", "", len(preview.changes)))
            .replace("%3", self.tr("%n action(s)", "", actions))
            .replace("%4", self.tr("%n new action(s)", "", len(preview.new_actions)))
            .replace("%5", self.tr("%n conflict(s)", "", len(preview.conflicts)))
            .replace("%6", self.tr("%n row(s)", "", preview.rows))
        )
        if preview.exported_from:
            text += " " + self.tr("Exported from %1 before it moved to %2 (%3); items follow the move.").replace(
                "%1", preview.exported_from
            ).replace("%2", preview.assessment_name).replace("%3", preview.route)
        self.header = QLabel(text, self)
        self.header.setWordWrap(True)
        make_plain(self.header)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.changes = PlanChangeModel(self)
        self.changes.set_changes(preview.changes)
        self.new_actions = NewActionModel(self)
        self.new_actions.set_actions(preview.new_actions)
        self.conflicts = ConflictModel(self)
        self.conflicts.set_conflicts(preview.conflicts)
        self.skipped = NotImportedModel(self)
        self.skipped.set_skipped(preview.not_imported)
        for model in (self.changes, self.new_actions, self.conflicts, self.skipped):
            model.set_numbers(numbers or {})
        self.change_view = _table(self.changes, self, self.tr("Changed fields"), PlanChangeModel.COL_ACTION)
        self.new_view = _table(self.new_actions, self, self.tr("New actions"), NewActionModel.COL_ACTION)
        self.conflict_view = _table(self.conflicts, self, self.tr("Conflicts"), ConflictModel.COL_ACTION)
        self.skipped_view = _table(self.skipped, self, self.tr("Not imported"), NotImportedModel.COL_WHY)
        for view in (self.change_view, self.new_view, self.conflict_view, self.skipped_view):
            view.horizontalHeader().resizeSection(0, 150)
        for column, width in ((PlanChangeModel.COL_FIELD, 100), (PlanChangeModel.COL_CELL, 110)):
            self.change_view.horizontalHeader().resizeSection(column, width)
        self.new_label = QLabel(self.tr("New actions (%n):", "", len(preview.new_actions)), self)
        self.conflict_label = QLabel(
            self.tr(
                "Conflicts (%n): changed in the file and here since the export. Check the value to keep.",
                "",
                len(preview.conflicts),
            ),
            self,
        )
        self.conflict_label.setWordWrap(True)
        self.take_file = QPushButton(self.tr("Take all values from the &file"), self)
        self.keep_workspace = QPushButton(self.tr("&Keep all values of the workspace"), self)
        self.take_file.clicked.connect(lambda: self.conflicts.choose_all(Choice.FILE))
        self.keep_workspace.clicked.connect(lambda: self.conflicts.choose_all(Choice.WORKSPACE))
        self.skipped_label = QLabel(
            self.tr(
                "Not imported (%n): differences in the file that are not applied, and why.",
                "",
                len(preview.not_imported),
            ),
            self,
        )
        note = QLabel(
            self.tr("Nothing has changed yet. Apply makes every change at once; Edit > Undo takes it all back."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.conflicts.choices_changed.connect(self._update_apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(QLabel(self.tr("Changed fields (%n):", "", len(preview.changes)), self))
        layout.addWidget(self.change_view, 3)
        layout.addWidget(self.new_label)
        layout.addWidget(self.new_view, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_view, 2)
        choose = QHBoxLayout()
        choose.addWidget(self.take_file)
        choose.addWidget(self.keep_workspace)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped_view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.new_label.setVisible(bool(preview.new_actions))
        self.new_view.setVisible(bool(preview.new_actions))
        for widget in (self.conflict_label, self.conflict_view, self.take_file, self.keep_workspace):
            widget.setVisible(bool(preview.conflicts))
        self.skipped_label.setVisible(bool(preview.not_imported))
        self.skipped_view.setVisible(bool(preview.not_imported))
        self.preview = preview
        self._update_apply()

    def _update_apply(self) -> None:
        """Apply is offered once there is something to apply and every conflict is decided."""
        self.apply_button.setEnabled(not self.preview.empty and self.conflicts.decided)

    def decision(self) -> PlanDecision:
        return PlanDecision(dict(self.conflicts.choices))

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, preview: PlanPreview, numbers: dict[str, str] | None = None
    ) -> PlanDecision | None:
        dialog = cls(parent, preview=preview, numbers=numbers)
        return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None
