"""The questions around the product register and scenarios: which file, what an import would change, what is wrong
with a file, where to save, which item a product concerns.

Each offers an `ask(...)` class method returning a value or None, so tests
replace them instead of clicking modal boxes. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readiness.exposure.errors import RegisterError
from ui.exposure_labels import problem_label
from ui.plain_text import make_plain

translate = QCoreApplication.translate


class RegisterFiles:
    """Which file(s) hold the register: one .xlsx workbook, or CSV files (one per sheet)."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, folder: str) -> list[Path] | None:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("register_dialogs", "Import product register"),
            folder,
            translate("register_dialogs", "Product register: one workbook, or CSV files (*.xlsx *.csv)"),
        )
        return [Path(name) for name in names] or None


class SaveRegisterAs:
    """Where to write the register (or the empty template) as a workbook."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, suggested: Path, title: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), translate("register_dialogs", "Excel workbook (*.xlsx)")
        )
        return Path(name) if name else None


class ScenarioFile:
    """A scenario file (TOML) of the user's own."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("register_dialogs", "Add a scenario"),
            folder,
            translate("register_dialogs", "Scenario file (*.toml)"),
        )
        return Path(name) if name else None


@dataclass(frozen=True)
class RegisterPreview:
    """What importing a file would do: new, changed and unchanged part numbers, and those it does not list."""

    file_name: str
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    not_listed: tuple[str, ...]


class RegisterPreviewDialog(QDialog):
    """The counts and part numbers an import brings, and whether products the file does not list go."""

    def __init__(self, parent: QWidget | None, *, preview: RegisterPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import product register"))
        self.setMinimumWidth(520)
        summary = QLabel(
            self.tr("%1: %2 new, %3 changed, %4 unchanged.")
            .replace("%1", preview.file_name)
            .replace("%2", str(len(preview.added)))
            .replace("%3", str(len(preview.changed)))
            .replace("%4", str(len(preview.unchanged))),
            self,
        )
        details = QLabel(self)
        lines = []
        if preview.added:
            lines.append(self.tr("New: %1").replace("%1", ", ".join(preview.added[:30])))
        if preview.changed:
            lines.append(self.tr("Changed: %1").replace("%1", ", ".join(preview.changed[:30])))
        details.setText("\n".join(lines))
        for label in (summary, details):
            label.setWordWrap(True)
        make_plain(summary, details)
        self.replace = QCheckBox(
            self.tr("Also &remove the %n product(s) the file does not list", "", len(preview.not_listed)), self
        )
        self.replace.setEnabled(bool(preview.not_listed))
        self.replace.setToolTip(self.tr("Without this, products the file does not list stay as they are"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (summary, details, self.replace, buttons):
            layout.addWidget(widget)

    @classmethod
    def ask(cls, parent: QWidget | None, *, preview: RegisterPreview) -> bool | None:
        """None when cancelled; else whether to remove the products the file does not list."""
        dialog = cls(parent, preview=preview)
        return dialog.replace.isChecked() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RegisterProblemsDialog(QDialog):
    """Every bad cell of a register file, with where it is and what is wrong, in words; nothing was imported."""

    def __init__(self, parent: QWidget | None, *, error: RegisterError, file_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The register was not imported"))
        self.resize(860, 420)
        more = (
            self.tr(" (only the first %1 are listed)").replace("%1", str(len(error.problems)))
            if error.truncated
            else ""
        )
        intro = QLabel(
            self.tr(
                "%1 has %n problem(s)%2. Nothing was imported: fix them in the file and import it again.",
                "",
                len(error.problems),
            )
            .replace("%1", file_name)
            .replace("%2", more),
            self,
        )
        intro.setWordWrap(True)
        make_plain(intro)
        self.table = QTableWidget(len(error.problems), 5, self)
        self.table.setAccessibleName(self.tr("Problems in the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet or file"), self.tr("Row"), self.tr("Column"), self.tr("Header"), self.tr("What is wrong")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, problem in enumerate(error.problems):
            cells = (problem.sheet, str(problem.row), problem.column, problem.header, problem_label(problem))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, *, error: RegisterError, file_name: str) -> None:
        cls(parent, error=error, file_name=file_name).exec()


class LinkItemDialog(QDialog):
    """Which readiness item a product concerns (searchable list of the framework's items)."""

    def __init__(self, parent: QWidget | None, *, items: list[tuple[str, str]], part: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link %1 to a readiness item").replace("%1", part))
        self.resize(720, 480)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find an item"))
        self.search.setAccessibleName(self.tr("Find an item"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Readiness items"))
        for item_id, question in items:
            entry = QListWidgetItem(f"{item_id}: {question}")
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.list.addItem(entry)
        self.search.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda _entry: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(bool(wanted) and wanted not in entry.text().casefold())

    def chosen(self) -> str | None:
        entry = self.list.currentItem()
        return None if entry is None or entry.isHidden() else str(entry.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, parent: QWidget | None, *, items: list[tuple[str, str]], part: str) -> str | None:
        dialog = cls(parent, items=items, part=part)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
