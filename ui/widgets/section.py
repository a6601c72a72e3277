"""A titled section that folds away: the arrow button shows or hides its content and says which."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget


class FoldingSection(QWidget):
    """`toggle` (an arrow and the title) over `content`; emits `folded(open)` when the user folds or unfolds it."""

    folded = Signal(bool)

    def __init__(self, title: str, content: QWidget, *, open_: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.toggle = QToolButton(self)
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(content)
        self.set_open(open_)
        self.toggle.clicked.connect(self._clicked)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Hide") if open_ else self.tr("Show"))
        self.content.setVisible(open_)

    def _clicked(self, checked: bool) -> None:
        self.set_open(checked)
        self.folded.emit(checked)
