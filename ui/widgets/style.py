"""The app's style: Fusion with borders and a focus frame people can see, and no accidental wheel edits.

- Fusion draws field, button and check-box borders a little darker than the
  window (about 2:1 in the light theme, 1.2:1 for dark-theme check boxes);
  this style draws them again in `Tones.control_border` (3:1 or more), and
  the control with the keyboard focus, including a table or the area list
  reached with Alt+1/2/3, gets a 2-pixel frame in `Tones.focus`.
- The mouse wheel changes a combo box, date or number only while that field
  has the keyboard focus (`Qt.StrongFocus`): scrolling the editor over an
  answer scrolls the editor and never rewrites the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from ui.theme import tones

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
BORDERED = {
    PE.PE_FrameLineEdit,
    PE.PE_PanelButtonCommand,
    PE.PE_IndicatorCheckBox,
    PE.PE_IndicatorRadioButton,
    PE.PE_Frame,
}
WHEEL_GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Hands a wheel turn over an unfocused field to the scroll area behind it, which scrolls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        area = scroll_area_of(watched)
        if area is None:
            event.ignore()  # nothing to scroll: the field keeps its value and the event goes no further
            return True
        viewport = area.viewport()
        forwarded = QWheelEvent(
            QPointF(watched.mapTo(viewport, event.position().toPoint())),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose page holds `widget` (the editor, a dialog's scrolled body), if any."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return parent
        child, parent = parent, parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def wheel_guard() -> WheelGuard:
    """One guard for the whole app, owned by the application object."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    return _guard


def guard_wheel(widget: QWidget) -> None:
    """Combo boxes, dates and numbers take the focus by click or Tab, never by the wheel, and ignore it unfocused."""
    if isinstance(widget, WHEEL_GUARDED):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(wheel_guard())


class ReadinessStyle(QProxyStyle):
    """Fusion, with readable control borders and focus frames, and the wheel guard on every field."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target):  # type: ignore[no-untyped-def, override]
        # QStyle.polish is overloaded (widget, palette, application); only widgets need the guard
        if isinstance(target, QWidget):
            guard_wheel(target)
        return super().polish(target)

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in BORDERED:
            return
        if element == PE.PE_Frame:
            # the frames of tables, lists and text boxes; the focus lives on the scroll area itself
            if not isinstance(widget, QAbstractScrollArea) or widget.frameShape() == widget.Shape.NoFrame:
                return
            focused = widget.hasFocus()
        else:
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == PE.PE_PanelButtonCommand and option.state & QStyle.StateFlag.State_AutoRaise:
            return
        shape = "ellipse" if element == PE.PE_IndicatorRadioButton else "rect" if element == PE.PE_Frame else "rounded"
        _border(painter, QRectF(option.rect), focused=focused, shape=shape)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_ComboBox, CC.CC_SpinBox) and getattr(option, "frame", True):
            _border(painter, QRectF(option.rect), focused=bool(option.state & QStyle.StateFlag.State_HasFocus))


def _border(painter: QPainter, rect: QRectF, *, focused: bool, shape: str = "rounded") -> None:
    current = tones()
    width = 2.0 if focused else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, shape != "rect")
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(current.focus if focused else current.control_border), width))
    inset = width / 2
    box = rect.adjusted(inset, inset, -inset, -inset)
    if shape == "ellipse":
        painter.drawEllipse(box)
    elif shape == "rounded":
        painter.drawRoundedRect(box, 2.0, 2.0)
    else:
        painter.drawRect(box)
    painter.restore()
