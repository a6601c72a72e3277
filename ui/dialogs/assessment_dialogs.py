"""The questions asked when managing an assessment: a name, a currency, a confirmation, a file.

Each is a class with an `ask(...)` method returning a value or None (tests
replace them); none of them writes. Text from the workspace is shown as
plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ui.dialogs.simple import message_box
from ui.plain_text import make_plain

translate = QCoreApplication.translate

CURRENCIES = ("USD", "CAD", "MXN", "EUR")


class AssessmentNameDialog(QDialog):
    """A name that is not empty and not already taken (names compare without case)."""

    def __init__(self, parent: QWidget | None, *, title: str, prompt: str, default: str, taken: set[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.taken = {name.casefold() for name in taken}
        self.name = QLineEdit(default, self)
        self.name.setAccessibleName(translate("assessment_dialogs", "Assessment name"))
        self.name.selectAll()
        self.problem = QLabel(self)
        make_plain(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(prompt, self.name)
        form.addRow("", self.problem)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if not name:
            problem = translate("assessment_dialogs", "The assessment needs a name.")
        elif name.casefold() in self.taken:
            problem = translate("assessment_dialogs", "An assessment with this name already exists.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, prompt: str, default: str, taken: set[str]) -> str | None:
        dialog = cls(parent, title=title, prompt=prompt, default=default, taken=taken)
        return dialog.name.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CurrencyDialog(QDialog):
    """The ISO code of the currency the assessment's costs are estimated in."""

    def __init__(self, parent: QWidget | None, *, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("assessment_dialogs", "Currency of costs"))
        self.code = QComboBox(self)
        self.code.setEditable(True)
        self.code.addItems(list(CURRENCIES))
        self.code.setCurrentText(current)
        self.code.setAccessibleName(translate("assessment_dialogs", "Currency code"))
        note = QLabel(
            translate(
                "assessment_dialogs", "Cost estimates keep their amounts; only the currency they are read in changes."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("assessment_dialogs", "&Currency (three letters):"), self.code)
        form.addRow(note)
        form.addRow(self.buttons)
        self.code.currentTextChanged.connect(self._check)

    def _check(self, text: str) -> None:
        code = text.strip()
        ok = len(code) == 3 and code.isascii() and code.isalpha()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, *, current: str) -> str | None:
        dialog = cls(parent, current=current)
        return dialog.code.currentText().strip().upper() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DeleteAssessmentDialog:
    """Confirms a deletion, saying what goes and that a backup is taken first."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, name: str, snapshots: int, watch_lists: list[str]) -> bool:
        text = translate("assessment_dialogs", "Delete \u201c%1\u201d from this workspace?").replace("%1", name)
        details = translate(
            "assessment_dialogs",
            "Its answers, actions and %n snapshot(s) are removed. A backup of the whole workspace is taken "
            "first, and the app tells you where it is, so the assessment can still be restored from it.",
            "",
            snapshots,
        )
        if watch_lists:
            details += "\n\n" + translate(
                "assessment_dialogs", "The watch list %1 runs beside it and will no longer show its answers."
            ).replace("%1", ", ".join(f"\u201c{w}\u201d" for w in watch_lists))
        box = message_box(
            parent,
            title=translate("assessment_dialogs", "Delete assessment"),
            text=text,
            icon=QMessageBox.Icon.Warning,
            buttons=QMessageBox.StandardButton.Cancel,
        )
        box.setInformativeText(details)
        delete = box.addButton(translate("assessment_dialogs", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete


class DeletedNotice:
    """Says where the backup taken before a deletion is."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, name: str, backup: Path) -> None:
        box = message_box(
            parent,
            title=translate("assessment_dialogs", "Assessment deleted"),
            text=translate("assessment_dialogs", "\u201c%1\u201d was deleted.").replace("%1", name),
            icon=QMessageBox.Icon.Information,
        )
        box.setInformativeText(
            translate(
                "assessment_dialogs",
                "The backup taken just before holds it:\n%1\n\nRestore that file to get the assessment back.",
            ).replace("%1", str(backup))
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()


class ReactivateDialog:
    """Explains why an assessment archived by a move to the retired 2026 review pack can be active again."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, name: str, review: str) -> bool:
        box = message_box(
            parent,
            title=translate("assessment_dialogs", "Make the assessment active again"),
            text=translate("assessment_dialogs", "Make \u201c%1\u201d active again?").replace("%1", name),
            icon=QMessageBox.Icon.Question,
            buttons=QMessageBox.StandardButton.Cancel,
        )
        box.setInformativeText(
            translate(
                "assessment_dialogs",
                "It was archived when it was moved to the 2026 joint-review pack (\u201c%1\u201d). That pack is "
                "retired: a review is now followed with a watch list that runs beside the compliance assessment, "
                "which stays editable. Your compliance answers did not stop being true on 1 July 2026, so they "
                "should not stay frozen. Making the assessment active again changes no answer; \u201c%1\u201d is "
                "kept as it is. You can then update its content and add a review watch list beside it.",
            ).replace("%1", review)
        )
        active = box.addButton(translate("assessment_dialogs", "Make &active"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(active)
        box.exec()
        return box.clickedButton() is active


class DocumentFile:
    """The system's file dialogs for a JSON assessment document."""

    @classmethod
    def ask_open(cls, parent: QWidget, *, folder: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("assessment_dialogs", "Import assessment from JSON"),
            folder,
            translate("assessment_dialogs", "Assessment documents (*.json)"),
        )
        return Path(path) if path else None

    @classmethod
    def ask_save(cls, parent: QWidget, *, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("assessment_dialogs", "Export assessment as JSON"),
            str(suggested),
            translate("assessment_dialogs", "Assessment documents (*.json)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".json" else chosen.with_name(chosen.name + ".json")


class FrameworkFile:
    """The system's open dialog for a user's framework pack."""

    @classmethod
    def ask(cls, parent: QWidget, *, folder: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("assessment_dialogs", "Import framework"),
            folder,
            translate("assessment_dialogs", "Framework packs (*.toml *.json)"),
        )
        return Path(path) if path else None
