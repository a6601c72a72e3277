"""Keep windows and dialogs on the screen they open on.

A dialog sized for its content, or a window geometry saved on a larger
monitor, can reach past a 1280x720 laptop screen and hide its buttons.
`fitted` is the rule (shrink to the available area less a margin, then move
inside it); `fit_to_screen` applies it to a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 16


def fitted(frame: QRect, available: QRect, *, margin: int = MARGIN) -> QRect:
    """`frame` shrunk to fit `available` (less `margin` on each side when there is room) and moved inside it."""
    room = available.adjusted(margin, margin, -margin, -margin)
    if room.width() < 200 or room.height() < 200:
        room = QRect(available)
    size = frame.size().boundedTo(room.size())
    result = QRect(frame.topLeft(), size)
    if result.right() > room.right():
        result.moveRight(room.right())
    if result.bottom() > room.bottom():
        result.moveBottom(room.bottom())
    if result.left() < room.left():
        result.moveLeft(room.left())
    if result.top() < room.top():
        result.moveTop(room.top())
    return result


def available_geometry(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fit_to_screen(widget: QWidget, *, margin: int = MARGIN) -> None:
    """Resize and move `widget` (a window or a dialog) so that all of it, frame included, is on its screen."""
    available = available_geometry(widget)
    frame_extra = widget.frameGeometry().size() - widget.geometry().size()
    if not widget.isVisible():  # no frame yet: allow for a typical title bar
        frame_extra = QSize(0, 0)
    outer = QRect(widget.pos(), widget.size() + frame_extra)
    parent = widget.parentWidget()
    if parent is not None and not widget.isVisible():
        # a dialog opens centred on its parent; place it there, kept on the screen (Qt then leaves it be)
        outer.moveCenter(parent.window().frameGeometry().center())
    target = fitted(outer, available, margin=margin)
    if target == outer and (widget.isVisible() or parent is None):
        return  # already on the screen: leave it where the user (or Qt) put it
    widget.resize(target.size() - frame_extra)
    widget.move(target.topLeft())
