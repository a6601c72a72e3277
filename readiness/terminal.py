"""Make text safe to print on a terminal: every control character becomes a visible escape.

Text from documents, packs and returned plans can carry ESC, BEL, OSC and
CSI sequences (which recolour, retitle or clear a terminal, or forge its
output), C1 controls, bidirectional overrides (which reorder what a reader
sees) and lone surrogates (which stop the output with an encoding error).
`printable` writes each as `\\uXXXX`, an escape that is also valid inside a
JSON string, so `--json` output stays JSON with the same values. Newlines
and tabs stay unless `one_line` is asked for (error messages).
"""

from __future__ import annotations

import re

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNPRINTABLE = re.compile(f"[{_CONTROLS}]")
_UNPRINTABLE_OR_BREAK = re.compile(f"[\t\n{_CONTROLS}]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with control characters escaped as `\\uXXXX`; with `one_line`, tabs and newlines too."""
    return (_UNPRINTABLE_OR_BREAK if one_line else _UNPRINTABLE).sub(_escape, text)
