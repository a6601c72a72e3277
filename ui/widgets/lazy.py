"""Views that redraw only when seen: a change marks them stale, and they refresh when shown (or at once if visible).

The dashboard and the exposure views compute figures over a whole
assessment; recomputing them for every edit made on another tab would cost
the editor its speed. They mix this in and implement `refresh()`.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mixin for a QWidget: `mark_dirty` on every change, `refresh` when the widget is (or becomes) visible."""

    _dirty = True

    def mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]

    def refresh(self) -> None:  # pragma: no cover - implemented by the view
        raise NotImplementedError
