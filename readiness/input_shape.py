"""Bound the shape of TOML and JSON text before a parser sees it, so no input costs more than a second.

Python's parsers have soft spots: `tomllib` is quadratic in the parts of a
dotted key (a 100 KB key of 50,000 parts costs minutes and gigabytes), and
both it and `json` recurse once per level of nesting and convert numbers of
any length (over 4,300 digits is a traceback). So before parsing, the text
is scanned with regular expressions (C speed, linear) with strings and
comments blanked out, and refused with a `ShapeError` when it has:
- a line longer than `MAX_LINE_CHARS` (TOML);
- a dotted key or table header of more than `MAX_KEY_PARTS` parts (TOML);
- a bare key, number or date longer than `MAX_BARE_CHARS` (TOML), or a
  number longer than `MAX_NUMBER_CHARS` (JSON);
- arrays, tables or objects nested more than `MAX_DEPTH` deep;
- one array, inline table or object with more than `max_items` entries;
- more than `max_values` values in all.
The limits sit far above anything a real pack or document needs (the
largest built-in pack nests 4 deep with 3-part keys). Nesting is measured
without a Python loop per character: the innermost empty containers are
removed with one regular-expression pass per level, so at most `MAX_DEPTH`
passes run over a string that only gets shorter.
"""

from __future__ import annotations

import re

MAX_DEPTH = 32
MAX_KEY_PARTS = 16
MAX_BARE_CHARS = 128
MAX_NUMBER_CHARS = 100
MAX_LINE_CHARS = 100_000
TOML_MAX_ITEMS = 20_000
TOML_MAX_VALUES = 100_000
JSON_MAX_ITEMS = 100_000
JSON_MAX_VALUES = 1_000_000


class ShapeError(ValueError):
    """Input whose shape is out of bounds; `where` is a line or a JSON path when known."""

    def __init__(self, reason: str, *, where: str = "", code: str = "too-complex") -> None:
        self.reason = reason
        self.where = where
        self.code = code
        super().__init__(f"{where}: {reason}" if where else reason)


# Strings and comments, matched left to right so a quote in a comment or a `#` in a string is no structure.
# Possessive repeats keep every pattern linear.
_TOML_BLANKS = re.compile(
    r'"""(?:[^"\\]++|\\.|"{1,2}+(?!"))*+"{3,5}+'
    r"|'''(?:[^']++|'{1,2}+(?!'))*+'{3,5}+"
    r'|"(?:[^"\\\n]++|\\[^\n])*+"'
    r"|'[^'\n]*+'"
    r"|#[^\n]*+",
    re.DOTALL,
)
_JSON_STRINGS = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b"[]{},")
_INNERMOST_WITH_ENTRIES = re.compile(rb"\[,++\]|\{,++\}")
_OPEN_RUN = re.compile(rb"(?:[\[{],*+){%d}" % (MAX_DEPTH + 1))
_DOTTED_KEY = re.compile(rf"(?<![\w-])[\w-]++(?:[ \t]*+\.[ \t]*+[\w-]++){{{MAX_KEY_PARTS}}}")
_LONG_BARE = re.compile(rf"(?<![\w+-])[\w+-]{{{MAX_BARE_CHARS + 1}}}")
_LONG_NUMBER = re.compile(rf"(?<![\w.+-])[\d.eE+-]{{{MAX_NUMBER_CHARS + 1}}}")
_LONG_LINE = re.compile(rf"^[^\n]{{{MAX_LINE_CHARS + 1}}}", re.MULTILINE)


def _blank(match: re.Match[str]) -> str:
    """A string becomes `s` and a comment nothing, keeping the line breaks so line numbers stay true."""
    return ("" if match.group().startswith("#") else "s") + "\n" * match.group().count("\n")


def _line(text: str, position: int) -> str:
    return f"line {text.count(chr(10), 0, position) + 1}"


def structure_of(text: str) -> bytes:
    """Only the characters `[]{},` of text whose strings and comments are blanked out."""
    return text.encode("utf-8", "surrogatepass").translate(None, _NOT_STRUCTURE)


def check_nesting(structure: bytes, *, max_items: int, max_values: int, other_values: int = 0) -> None:
    """Refuse too deep, too wide or too many containers; `structure` holds only the characters `[]{},`.

    `other_values` counts values the structure does not show (TOML's `key = value` lines).
    """
    values = other_values + structure.count(b",") + structure.count(b"[") + structure.count(b"{")
    if values > max_values:
        raise ShapeError(f"more than {max_values:,} values; refusing it")
    too_many = b"," * max_items
    for _ in range(MAX_DEPTH + 1):
        if too_many in structure:
            raise ShapeError(f"a list or table has more than {max_items:,} entries; refusing it")
        # one level per pass: innermost containers become dots, so their parents are not innermost yet
        reduced = structure.replace(b"[]", b"..").replace(b"{}", b"..")
        if b"[," in reduced or b"{," in reduced:
            reduced = _INNERMOST_WITH_ENTRIES.sub(b".", reduced)
        reduced = reduced.replace(b".", b"")
        if reduced == structure:
            break
        structure = reduced
    else:
        raise ShapeError(f"nested more than {MAX_DEPTH} levels deep; refusing it")
    # what is left is unbalanced (the parser will name the syntax error) but must not be deep either
    if _OPEN_RUN.search(structure):
        raise ShapeError(f"nested more than {MAX_DEPTH} levels deep; refusing it")


def check_toml_shape(text: str) -> None:
    """Refuse TOML text whose shape is out of bounds; see the module docstring."""
    long_line = _LONG_LINE.search(text)
    if long_line:
        raise ShapeError(f"a line is longer than {MAX_LINE_CHARS:,} characters", where=_line(text, long_line.start()))
    bare = _TOML_BLANKS.sub("s", text)
    for pattern, reason in (
        (_DOTTED_KEY, f"a dotted key has more than {MAX_KEY_PARTS} parts; refusing it"),
        (_LONG_BARE, f"a key, number or date is longer than {MAX_BARE_CHARS} characters; refusing it"),
    ):
        if pattern.search(bare):
            lined = _TOML_BLANKS.sub(_blank, text)  # slower, so only to name the line
            found = pattern.search(lined)
            raise ShapeError(reason, where=_line(lined, found.start()) if found else "")
    check_nesting(
        structure_of(bare), max_items=TOML_MAX_ITEMS, max_values=TOML_MAX_VALUES, other_values=bare.count("=")
    )


def check_json_shape(text: str, *, max_items: int = JSON_MAX_ITEMS, max_values: int = JSON_MAX_VALUES) -> None:
    """Refuse JSON text whose shape is out of bounds; see the module docstring."""
    if text.count('"') > 4 * max_values:  # each string costs a step below; a value and its key are two strings
        raise ShapeError(f"more than {max_values:,} values; refusing it")
    bare = _JSON_STRINGS.sub("0", text)
    if _LONG_NUMBER.search(bare):
        raise ShapeError(f"a number is longer than {MAX_NUMBER_CHARS} characters; refusing it")
    check_nesting(structure_of(bare), max_items=max_items, max_values=max_values)
