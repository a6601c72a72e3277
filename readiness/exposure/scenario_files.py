"""Load scenarios and the de minimis rules from TOML, validated like framework packs.

A file is parsed whole and validated whole: one bad value rejects it, and
the `ScenarioError` names the file, the line (a TOML syntax error) or the
key path (`rvc[1].net_cost`), and the reason. Shipped scenarios live in
`resources/scenarios/*.toml`, the de minimis rules in
`resources/origin/usmca-de-minimis.toml`; users add their own scenario files.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from readiness.errors import FrameworkError
from readiness.exposure.errors import ScenarioError
from readiness.exposure.rules import DeMinimisRules
from readiness.exposure.scenarios import Scenario
from readiness.frameworks import builtin_dir, first_validation_problem, parse_pack_text
from readiness.untrusted import read_untrusted_text

MAX_FILE_BYTES = 2 * 1024 * 1024
ModelT = TypeVar("ModelT", bound=BaseModel)
DE_MINIMIS_FILE = "usmca-de-minimis.toml"


def read_scenario_text(path: Path) -> str:
    """The text of a scenario file someone gave us, read through `readiness.untrusted` (regular files of at
    most `MAX_FILE_BYTES`, UTF-8)."""
    return read_untrusted_text(path, limit=MAX_FILE_BYTES, error=ScenarioError)


def _parsed(text: str, *, name: str) -> dict[str, Any]:
    try:
        return parse_pack_text(text, name=name, is_json=False)
    except FrameworkError as exc:
        raise ScenarioError(exc.reason, where=exc.where) from None


def _data(path: Path) -> dict[str, Any]:
    return _parsed(read_scenario_text(path), name=str(path))


def _validated(model: type[ModelT], data: dict[str, Any], *, name: str) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        location, message = first_validation_problem(exc)
        raise ScenarioError(message, where=f"{name}, key {location}") from None


def load_scenario(path: Path) -> Scenario:
    """Read and validate one scenario file."""
    return _validated(Scenario, _data(path), name=str(path))


def scenario_from_text(text: str, *, name: str) -> Scenario:
    """A scenario from its TOML text (a user's file as stored in the workspace); `name` says where it is from."""
    return _validated(Scenario, _parsed(text, name=name), name=name)


def load_scenarios(paths: Iterable[Path]) -> list[Scenario]:
    """Read several scenario files, refusing an id used twice (naming the second file)."""
    scenarios: list[Scenario] = []
    seen: dict[str, Path] = {}
    for path in paths:
        scenario = load_scenario(path)
        if scenario.id in seen:
            raise ScenarioError(f"scenario id {scenario.id!r} is already used by {seen[scenario.id]}", where=str(path))
        seen[scenario.id] = Path(path)
        scenarios.append(scenario)
    return scenarios


def builtin_scenario_paths() -> list[Path]:
    return sorted(builtin_dir("scenarios").glob("*.toml"))


def builtin_scenarios() -> list[Scenario]:
    """Every scenario shipped with the app, today's rules first, then by id (read once per process)."""
    return list(_builtin_scenarios())


@lru_cache(maxsize=1)
def _builtin_scenarios() -> tuple[Scenario, ...]:
    scenarios = load_scenarios(builtin_scenario_paths())
    return tuple(sorted(scenarios, key=lambda s: (not s.changes_nothing, s.id)))


def load_de_minimis(path: Path) -> DeMinimisRules:
    """Read and validate a de minimis rules file."""
    return _validated(DeMinimisRules, _data(path), name=str(path))


@lru_cache(maxsize=1)
def builtin_de_minimis() -> DeMinimisRules:
    """The de minimis allowance and its exceptions as shipped (USMCA Art. 4.7, Annex 4-A)."""
    return load_de_minimis(builtin_dir("origin") / DE_MINIMIS_FILE)
