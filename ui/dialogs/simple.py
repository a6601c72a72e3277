"""Small questions: a snapshot label, a yes/no, an error to acknowledge, an unsafe workspace location."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def message_box(
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text is plain text (QMessageBox's own helpers render text that looks like HTML)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class SnapshotLabelDialog:
    """Asks for the label of a new snapshot."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            tr("Take a snapshot"),
            tr("Label for this milestone (for example \u201cbefore round 3\u201d):"),
            QLineEdit.EchoMode.Normal,
        )
        return text.strip() if ok and text.strip() else None


class CreateAssessmentPrompt:
    """Offers to create the first assessment of an empty workspace."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = message_box(
            parent,
            title=tr("No assessment yet"),
            text=tr("This workspace has no assessment yet. Create one now?"),
            icon=QMessageBox.Icon.Question,
            buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes


class ErrorMessage:
    """Shows a problem the user should know about (the store refused an edit, a job failed)."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, text: str) -> None:
        message_box(parent, title=title, text=text).exec()


class UnsafeLocationDialog:
    """Explains why a workspace on a network share or in a synced folder is at risk, and offers a local copy."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, workspace: Path, risk: str, local: Path) -> bool:
        """True when the user wants to work on a local copy at `local`."""
        where = tr("a network share") if risk == "network-share" else tr("a folder that a cloud client syncs")
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("This workspace is not in a safe place"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            tr(
                "The workspace %1 is on %2. File locking there is unreliable: two programs, or the sync client "
                "copying the file between two saves, can damage it or lose edits."
            )
            .replace("%1", str(workspace))
            .replace("%2", where)
        )
        box.setInformativeText(
            tr(
                "Work on a local copy at %1 instead? Share exported plans and JSON documents, not the workspace."
            ).replace("%1", str(local))
        )
        move = box.addButton(tr("Use a local copy"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Keep working here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(move)
        box.exec()
        return box.clickedButton() is move
