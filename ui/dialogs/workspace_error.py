"""What to do when the workspace cannot be opened: says why, offers another file, a backup, or quitting."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness.errors import WorkspaceError
from readiness.store.backups import list_backups
from ui.labels import workspace_problem


@dataclass(frozen=True)
class StartupChoice:
    """`open` another file at `path`, `restore` the backup at `path`, or `quit`."""

    kind: str
    path: Path | None = None


class WorkspaceErrorDialog(QDialog):
    """Explains a `WorkspaceError` in words and lets the user choose a way out."""

    def __init__(self, parent: QWidget | None, *, error: WorkspaceError, workspace: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trade Readiness cannot open the workspace"))
        self.setMinimumWidth(560)
        self.workspace = workspace
        self.choice = StartupChoice("quit")
        headline = workspace_problem(error.code)
        heading = QLabel(f"<b>{html.escape(headline)}</b>", self)
        heading.setWordWrap(True)
        # the core's reason adds detail (a schema number, what is damaged); skip it when it only repeats the headline
        said = error.reason if error.reason.casefold().strip(" .") != headline.casefold().strip(" .") else ""
        lines = [html.escape(said)] if said else []
        lines.append(self.tr("File: %1").replace("%1", html.escape(str(workspace))))
        detail = QLabel("<br><br>".join(lines), self)
        detail.setWordWrap(True)
        note = QLabel(self.tr("The file has not been changed."), self)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(self.tr("Backups of this workspace"))
        for backup in list_backups(workspace):
            entry = QListWidgetItem(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  ({backup.reason})", self.backups)
            entry.setData(256, str(backup.path))
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            self.backups.hide()
        self.open_button = QPushButton(self.tr("&Open another workspace\u2026"), self)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup"), self)
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.restore_button.setToolTip(
            self.tr("The current file is kept beside the workspace; the backup is copied in its place")
        )
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(detail)
        layout.addWidget(note)
        if self.backups.count():
            layout.addWidget(QLabel(self.tr("Backups found:"), self))
        else:
            layout.addWidget(QLabel(self.tr("No backups of this workspace were found."), self))
        layout.addWidget(self.backups)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open_other)
        self.restore_button.clicked.connect(self._restore)
        self.quit_button.clicked.connect(self.reject)
        self.open_button.setDefault(True)

    def _open_other(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a workspace"),
            str(self.workspace.parent),
            self.tr("Workspaces (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.choice = StartupChoice("open", Path(path))
            self.accept()

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is not None:
            self.choice = StartupChoice("restore", Path(item.data(256)))
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, error: WorkspaceError, workspace: Path) -> StartupChoice:
        dialog = cls(parent, error=error, workspace=workspace)
        dialog.exec()
        return dialog.choice
