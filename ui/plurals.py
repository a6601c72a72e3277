"""English singular and plural for every "%n item(s)" string, without an English catalogue to keep in step.

Qt's plural strings are written once with "(s)" and a count (`tr("%n item(s)", "", n)`);
a catalogue gives each language its forms. English has no catalogue, so this
translator, installed before any other (a real catalogue installed later
wins), gives the English forms: "1 item", "3 items", "1 evidence entry",
"2 evidence entries", and, where the verb must agree, the whole sentence
from `SENTENCES`. Strings without a count are left to the next translator.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

# Sentences whose verb agrees with the count: (singular, plural) by source text.
SENTENCES: dict[str, tuple[str, str]] = {
    "Company profile changed: %n item(s) start or stop applying.": (
        "Company profile changed: %n item starts or stops applying.",
        "Company profile changed: %n items start or stop applying.",
    ),
    "Moved to “%1”: %n item(s) need review.": (
        "Moved to “%1”: %n item needs review.",
        "Moved to “%1”: %n items need review.",
    ),
    "Updated to version %1: %n item(s) need review (Shift+F8 walks them).": (
        "Updated to version %1: %n item needs review (Shift+F8 goes to it).",
        "Updated to version %1: %n items need review (Shift+F8 walks them).",
    ),
    "%n item(s) that are gone hold answers, evidence or actions that will not carry over.": (
        "%n item that is gone holds answers, evidence or actions that will not carry over.",
        "%n items that are gone hold answers, evidence or actions that will not carry over.",
    ),
    "With this profile %n item(s) start to apply": (
        "With this profile %n item starts to apply",
        "With this profile %n items start to apply",
    ),
    " and %n item(s) stop applying.": (" and %n item stops applying.", " and %n items stop applying."),
    "%1: %2 a year; %n product(s) fail": ("%1: %2 a year; %n product fails", "%1: %2 a year; %n products fail"),
    "%n item(s) moved up": ("%n item moved up", "%n items moved up"),
    "%n answer(s) carry over as they are": ("%n answer carries over as it is", "%n answers carry over as they are"),
    "%n carry over flagged for review with the mapping's note": (
        "%n carries over flagged for review with the mapping's note",
        "%n carry over flagged for review with the mapping's note",
    ),
    "%n item(s) start unassessed (new, or nothing was answered before)": (
        "%n item starts unassessed (new, or nothing was answered before)",
        "%n items start unassessed (new, or nothing was answered before)",
    ),
    "%n item(s) are gone": ("%n item is gone", "%n items are gone"),
}

_IES = re.compile(r"(\w)y\(ies\)")


def english(source: str, count: int) -> str:
    """The English form of a "(s)" string for `count` (the count itself is put in by Qt, for %n)."""
    forms = SENTENCES.get(source)
    if forms is not None:
        return forms[0] if count == 1 else forms[1]
    one = count == 1
    text = _IES.sub(r"\1y" if one else r"\1ies", source)
    return text.replace("(s)", "" if one else "s")


class EnglishPlurals(QTranslator):
    """Answers only plural strings ("(s)" with a count); everything else goes to the next translator."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n is None or n < 0:
            return None
        if source in SENTENCES or "(s)" in source or "(ies)" in source:
            return english(source, n)
        return None

    def isEmpty(self) -> bool:
        return False
