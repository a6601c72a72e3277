"""A sentence over an empty list saying what to do next ("Create your first assessment (Ctrl+N)", "No items match").

`attach_empty_state(view, text)` lays a label over the view's viewport that
shows `text()` while the view's model has no rows; it follows the model's
resets, inserts, removals and filtering, and the viewport's size. The view
itself is untouched, so it stays usable and focusable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from ui.plain_text import make_plain


class EmptyState(QObject):
    """The overlay of one view; kept as a child of the view."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self.view, self.text = view, text
        self.label = QLabel(view.viewport())
        make_plain(self.label)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setContentsMargins(24, 24, 24, 24)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False

    def update(self, *_args: object) -> None:
        empty = self.view.model().rowCount() == 0
        self.label.setText(self.text() if empty else "")
        self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(empty)

    @property
    def shown(self) -> str:
        """The sentence shown now ("" while the list has rows)."""
        return self.label.text() if self.label.isVisibleTo(self.view) else ""


def attach_empty_state(view: QAbstractItemView, text: Callable[[], str]) -> EmptyState:
    return EmptyState(view, text)
