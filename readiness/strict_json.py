"""Parse JSON from a file someone else made: bounded, and strict where Python's `json` is lax.

`loads_strict(text)` first bounds the text's shape (`input_shape`), then
parses it and refuses, naming the JSON path:
- a key given twice in one object (`json` silently keeps the last one);
- `NaN`, `Infinity` and `-Infinity`, which are not JSON, and numbers too large
  for a float (`1e400`);
- a lone surrogate (`"\\ud800"`), which no file or database can store.
Problems are raised as `ShapeError` (reason, where, code), which each caller
turns into its own error class.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from readiness.input_shape import JSON_MAX_ITEMS, JSON_MAX_VALUES, ShapeError, check_json_shape


class _Duplicated(dict[str, Any]):
    """An object in which `key` appeared more than once."""

    key: str = ""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            duplicated = _Duplicated(result)
            duplicated.key = key
            return duplicated
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise ShapeError(f"{name} is not a number JSON allows", code="not-json")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ShapeError(f"the number {text} is too large", code="not-json")
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
Trail = tuple[Any, str | int] | None  # (parent trail, key or index), built into a path only on a problem


def json_path(parts: list[str | int] | tuple[str | int, ...]) -> str:
    """`$.responses[0].level` for ["responses", 0, "level"]."""
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _path(trail: Trail, *more: str | int) -> str:
    parts: list[str | int] = list(more)
    while trail is not None:
        trail, part = trail
        parts.insert(0, part)
    return json_path(parts)


def _check_values(data: Any, *, surrogates: bool) -> None:
    """Walk the parsed value (without recursion) for duplicate keys and, if any may be there, lone surrogates."""
    stack: list[tuple[Any, Trail]] = [(data, None)]
    while stack:
        value, trail = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, _Duplicated):
                raise ShapeError(
                    f"key {value.key!r} appears twice", where=_path(trail, value.key), code="duplicate-key"
                )
            if surrogates and any(_SURROGATE.search(key) for key in value):
                raise ShapeError("a key holds a lone surrogate (\\ud800-\\udfff)", where=_path(trail), code="not-json")
            stack.extend((child, (trail, key)) for key, child in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((value[index], (trail, index)) for index in range(len(value) - 1, -1, -1))
        elif surrogates and isinstance(value, str) and _SURROGATE.search(value):
            raise ShapeError("the text holds a lone surrogate (\\ud800-\\udfff)", where=_path(trail), code="not-json")


def loads_strict(text: str, *, max_items: int = JSON_MAX_ITEMS, max_values: int = JSON_MAX_VALUES) -> Any:
    """The value of JSON text, or `ShapeError`; see the module docstring."""
    check_json_shape(text, max_items=max_items, max_values=max_values)
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)
    except ShapeError:
        raise
    except json.JSONDecodeError as exc:
        raise ShapeError(
            f"not valid JSON: {exc.msg}", where=f"line {exc.lineno}, column {exc.colno}", code="not-json"
        ) from None
    except (RecursionError, ValueError) as exc:  # a backstop: the shape check keeps both out of reach
        raise ShapeError(f"not valid JSON: {exc}", code="not-json") from None
    _check_values(data, surrogates=bool(_SURROGATE_ESCAPE.search(text)))
    return data
