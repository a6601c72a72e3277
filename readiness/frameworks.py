"""Load and validate framework packs and version mappings.

A pack is a TOML file (or the JSON that `frameworks show --json` prints). It
is read as an untrusted file (a regular file of at most `MAX_PACK_BYTES`),
its shape is bounded before parsing, and it is parsed whole and validated
whole: one bad field rejects the pack, and the error names the file, the
line or key path, and the reason. Built-in packs
and mappings ship in `resources/`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from readiness.content_model import Framework, Mapping
from readiness.errors import FrameworkError
from readiness.input_shape import TOML_MAX_ITEMS, TOML_MAX_VALUES, ShapeError, check_toml_shape
from readiness.strict_json import loads_strict
from readiness.untrusted import read_untrusted_text

# 15 times the largest built-in pack; tomllib reads about 3 MB a second on a slow machine
MAX_PACK_BYTES = 2 * 1024 * 1024
MAX_JSON_PACK_BYTES = 4 * 1024 * 1024  # the same content as JSON (`show --json`) is larger, and parsed in C


def builtin_dir(kind: str) -> Path:
    """Folder of the built-in `frameworks` or `mappings` shipped with the app."""
    return Path(str(importlib_resources.files("resources").joinpath(kind)))


def pydantic_location(loc: Iterable[int | str]) -> str:
    """Turn a pydantic error location into a readable path like `areas[3].items[0].question`."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def first_validation_problem(error: ValidationError) -> tuple[str, str]:
    """The location and message of the first problem pydantic found."""
    detail = error.errors()[0]
    message = str(detail["msg"]).removeprefix("Value error, ")
    return pydantic_location(detail["loc"]), message


def _read_text(path: Path) -> str:
    limit = MAX_JSON_PACK_BYTES if path.suffix.lower() == ".json" else MAX_PACK_BYTES
    return read_untrusted_text(path, limit=limit, error=FrameworkError)


def parse_pack_text(text: str, *, name: str, is_json: bool) -> dict[str, Any]:
    """Parse TOML or JSON text into a plain mapping, naming the line of a syntax error.

    The text's shape is bounded first (`input_shape`), so no pack costs more
    than a second; JSON is read strictly (`strict_json`).
    """
    try:
        if is_json:
            data = loads_strict(text, max_items=TOML_MAX_ITEMS, max_values=TOML_MAX_VALUES)
        else:
            check_toml_shape(text)
            data = tomllib.loads(text)
    except ShapeError as exc:
        reason = exc.reason.replace("not valid JSON", "invalid JSON")
        raise FrameworkError(reason, where=f"{name}, {exc.where}" if exc.where else name, code=exc.code) from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"{name}, line {match.group(1)}" if match else name
        reason = re.sub(r"\s*\(at line.*\)$", "", str(exc)) or "syntax error"
        raise FrameworkError(f"invalid TOML: {reason}", where=where) from None
    except (RecursionError, ValueError) as exc:  # a backstop: the shape bounds keep both out of reach
        raise FrameworkError(f"invalid TOML: {exc}", where=name, code="too-complex") from None
    if not isinstance(data, dict):
        raise FrameworkError("the top level must be a table/object", where=name)
    return data


def framework_from_data(data: dict[str, Any], *, name: str) -> Framework:
    try:
        return Framework.model_validate(data)
    except ValidationError as exc:
        location, message = first_validation_problem(exc)
        raise FrameworkError(message, where=f"{name}, key {location}") from None


def load_framework(path: Path) -> Framework:
    """Read and validate a framework pack (TOML, or JSON by its `.json` suffix)."""
    text = _read_text(path)
    data = parse_pack_text(text, name=str(path), is_json=path.suffix.lower() == ".json")
    return framework_from_data(data, name=str(path))


def framework_to_json(framework: Framework) -> str:
    """The JSON form of a pack, which `load_framework` reads back unchanged."""
    return framework.model_dump_json(indent=2, exclude_none=True)


def builtin_frameworks() -> list[Framework]:
    """Every pack shipped with the app, in file-name order."""
    return [load_framework(p) for p in sorted(builtin_dir("frameworks").glob("*.toml"))]


def load_mapping(path: Path) -> Mapping:
    """Read and validate a version mapping file (TOML)."""
    data = parse_pack_text(_read_text(path), name=str(path), is_json=False)
    try:
        return Mapping.model_validate(data)
    except ValidationError as exc:
        location, message = first_validation_problem(exc)
        raise FrameworkError(message, where=f"{path}, key {location}") from None


def builtin_mapping_routes() -> list[tuple[str, str]]:
    """(from, to) of every shipped mapping to another framework, from the file names alone, parsing nothing.

    Names are `FROM__TO.toml`, each side optionally `ID@VERSION`. A content
    update of a framework (the same id on both sides) is not a route to move an
    assessment along, so it is left out. A test keeps the names true to the files.
    """
    routes = []
    for path in sorted(builtin_dir("mappings").glob("*__*.toml")):
        source, _, target = path.stem.partition("__")
        source, target = source.partition("@")[0], target.partition("@")[0]
        if source != target:
            routes.append((source, target))
    return routes


def builtin_mappings() -> list[Mapping]:
    return [load_mapping(p) for p in sorted(builtin_dir("mappings").glob("*.toml"))]


def mapping_problems(mapping: Mapping, old: Framework, new: Framework) -> list[str]:
    """Everything that makes `mapping` unusable between `old` and `new` (empty when sound).

    Every old item must be mapped exactly once (or marked removed), and every
    id named must exist on its side.
    """
    problems: list[str] = []
    if mapping.from_framework != old.id or mapping.to_framework != new.id:
        problems.append(f"mapping goes {mapping.from_framework} -> {mapping.to_framework}, not {old.id} -> {new.id}")
    old_ids = set(old.item_index())
    new_ids = set(new.item_index())
    seen: set[str] = set()
    for index, entry in enumerate(mapping.entries):
        if entry.old in seen:
            problems.append(f"entries[{index}]: {entry.old} is mapped twice")
        seen.add(entry.old)
        if entry.old not in old_ids:
            problems.append(f"entries[{index}]: {entry.old} is not an item of {old.id}")
        for target in entry.new:
            if target not in new_ids:
                problems.append(f"entries[{index}]: {target} is not an item of {new.id}")
    for missing in sorted(old_ids - seen):
        problems.append(f"{missing} of {old.id} is neither mapped nor marked removed")
    return problems
