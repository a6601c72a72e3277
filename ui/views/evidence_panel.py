"""The evidence of one response: links and file paths that open with the system's handler."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def evidence_url(text: str) -> QUrl:
    """A web link as it is; anything else is taken as a local file path."""
    url = QUrl(text.strip())
    if url.scheme() in ("http", "https", "mailto", "file", "ftp"):
        return url
    return QUrl.fromLocalFile(text.strip())


class EvidencePanel(QWidget):
    """A list of evidence entries with add, add file, open and remove; emits the new list on each change."""

    evidence_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(90)
        self.view.setAccessibleName(self.tr("Evidence"))
        self.view.setToolTip(self.tr("Links and files that show the item is ready; Enter opens the selected one"))
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Paste a link or a file path, then press Enter"))
        self.entry.setAccessibleName(self.tr("New evidence"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.file_button = QPushButton(self.tr("Add file\u2026"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.open_button.setToolTip(self.tr("Open with the system's default application"))
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        row = QHBoxLayout()
        for button in (self.file_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(entry_row)
        layout.addLayout(row)
        self.entry.returnPressed.connect(self._add_entry)
        self.add_button.clicked.connect(self._add_entry)
        self.file_button.clicked.connect(self._add_file)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.activated.connect(lambda _i: self.open_selected())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    def load(self, evidence: list[str]) -> None:
        if self.model.stringList() != evidence:
            self.model.setStringList(list(evidence))

    def evidence(self) -> list[str]:
        return self.model.stringList()

    def add(self, text: str) -> None:
        text = text.strip()
        if text and text not in self.evidence():
            self.evidence_changed.emit([*self.evidence(), text])

    def _add_entry(self) -> None:
        self.add(self.entry.text())
        self.entry.clear()

    def _add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an evidence file"))
        if path:
            self.add(path)

    def _selected_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def open_selected(self) -> bool:
        """Open the selected entry with the system's handler, or say why it cannot be opened."""
        row = self._selected_row()
        if row < 0:
            return False
        entry = self.evidence()[row]
        url = evidence_url(entry)
        if url.isLocalFile() and not Path(url.toLocalFile()).exists():
            self._cannot_open(
                self.tr("%1 was not found. It may have moved, or sit on a drive that is not connected.").replace(
                    "%1", url.toLocalFile()
                )
            )
            return False
        if not QDesktopServices.openUrl(url):
            self._cannot_open(self.tr("No program on this computer opens %1.").replace("%1", entry))
            return False
        return True

    def _cannot_open(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Cannot open the evidence"), text)

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            entries = self.evidence()
            del entries[row]
            self.evidence_changed.emit(entries)
