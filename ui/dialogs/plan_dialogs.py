"""The questions around the Excel action plan: export options, where to save, which file came back, and the preview.

Each offers an `ask(...)` class method returning a value or None, so tests
replace them instead of clicking modal boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.plan_changes import SORT_ROLE, NewActionModel, PlanChangeModel
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
        self.owner_only = QCheckBox(self.tr("Only this &owner's actions:"), self)
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
            parent, parent.tr("Export action plan"), str(suggested), parent.tr("Excel workbooks (*.xlsx)")
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
            parent, parent.tr("Import returned plan"), folder, parent.tr("Excel workbooks (*.xlsx)")
        )
        return Path(path) if path else None


def _table(model: PlanChangeModel | NewActionModel, parent: QWidget, name: str, stretch: int) -> QTableView:
    return sorted_table(model, parent, sort_role=SORT_ROLE, accessible_name=name, stretch=stretch, alternating=True)


class PlanPreviewDialog(QDialog):
    """Every change a returned plan would make, before anything is applied; `ask` returns True to apply."""

    def __init__(self, parent: QWidget | None, *, preview: PlanPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import returned plan"))
        self.resize(1000, 600)
        actions = len({c.uid for c in preview.changes})
        self.header = QLabel(
            self.tr("%1: %2 change(s) to %3 action(s) and %4 new action(s), from %5 row(s) read.")
            .replace("%1", preview.path.name)
            .replace("%2", str(len(preview.changes)))
            .replace("%3", str(actions))
            .replace("%4", str(len(preview.new_actions)))
            .replace("%5", str(preview.rows)),
            self,
        )
        self.header.setWordWrap(True)
        make_plain(self.header)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.changes = PlanChangeModel(self)
        self.changes.set_changes(preview.changes)
        self.new_actions = NewActionModel(self)
        self.new_actions.set_actions(preview.new_actions)
        self.change_view = _table(self.changes, self, self.tr("Changed fields"), PlanChangeModel.COL_ACTION)
        self.new_view = _table(self.new_actions, self, self.tr("New actions"), NewActionModel.COL_ACTION)
        for view in (self.change_view, self.new_view):
            view.horizontalHeader().resizeSection(0, 150)
        for column, width in ((PlanChangeModel.COL_FIELD, 100), (PlanChangeModel.COL_CELL, 110)):
            self.change_view.horizontalHeader().resizeSection(column, width)
        self.new_label = QLabel(self.tr("New actions (%n):", "", len(preview.new_actions)), self)
        note = QLabel(
            self.tr("Nothing has changed yet. Apply makes every change at once; Edit > Undo takes it all back."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(not preview.empty)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(QLabel(self.tr("Changed fields (%n):", "", len(preview.changes)), self))
        layout.addWidget(self.change_view, 3)
        layout.addWidget(self.new_label)
        layout.addWidget(self.new_view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.new_label.setVisible(bool(preview.new_actions))
        self.new_view.setVisible(bool(preview.new_actions))

    @classmethod
    def ask(cls, parent: QWidget | None, *, preview: PlanPreview) -> bool:
        return cls(parent, preview=preview).exec() == QDialog.DialogCode.Accepted
