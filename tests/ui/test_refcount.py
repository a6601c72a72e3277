"""Guard against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None on every void call."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for n in range(300):
        label.setText(str(n))
    after = sys.getrefcount(None)
    assert abs(after - before) <= 5, f"None refcount moved by {after - before} over 300 void Qt calls"
