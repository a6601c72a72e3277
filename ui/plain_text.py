"""Untrusted text shown in widgets stays text: plain-text labels and escaped tooltips.

Qt renders a label or a tooltip as HTML when its text merely looks like HTML
(a tag in the first line), and `<img src=...>` then reads a file, or on
Windows contacts a server. Labels that show text from documents, packs or
returned plans are made plain text with `plain_label`; tooltips, which have
no format setting, are escaped by `plain_tooltip` when they could be taken
for HTML. Message boxes are built by `ui.dialogs.simple.message_box`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written, even when it looks like HTML."""
    if "<" not in text and "&" not in text:
        return text
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never renders its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
