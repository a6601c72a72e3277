"""Small questions asked in one line: a snapshot label, a yes/no, an error to acknowledge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


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
        answer = QMessageBox.question(
            parent,
            tr("No assessment yet"),
            tr("This workspace has no assessment yet. Create one now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


class ErrorMessage:
    """Shows a problem the user should know about (the store refused an edit, a job failed)."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
