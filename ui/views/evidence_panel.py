"""The evidence of one response: links and file paths, opened only through `ui.links.open_link`."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.links import open_link


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
        self.open_button.setToolTip(self.tr("Open a web link, or a document after you confirm; programs are never run"))
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
        """Open the selected entry through `ui.links.open_link`, which asks first or says why it will not."""
        row = self._selected_row()
        if row < 0:
            return False
        return open_link(self, self.evidence()[row])

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            entries = self.evidence()
            del entries[row]
            self.evidence_changed.emit(entries)
