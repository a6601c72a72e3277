"""Scenario and de minimis files: the shipped ones are sound and sourced; a broken one is refused whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness.exposure.errors import ScenarioError
from readiness.exposure.scenario_files import (
    builtin_de_minimis,
    builtin_scenario_paths,
    builtin_scenarios,
    load_scenario,
    load_scenarios,
)

GOOD = """
id = "mine"
title = "My scenario"
hypothesis = true
basis = "What our customer told us."

[[rvc]]
hts = ["8708.40"]
net_cost = 80
"""


def write(tmp_path: Path, text: str, name: str = "scenario.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_five_required_scenarios_ship_and_today_comes_first() -> None:
    ids = [s.id for s in builtin_scenarios()]
    assert ids[0] == "today"
    assert set(ids) >= {"today", "core-parts-rvc-80", "us-content-50", "preference-withdrawn", "overlay-25-non-us"}


def test_every_shipped_what_if_is_a_hypothesis_with_its_basis_and_sources() -> None:
    for scenario in builtin_scenarios():
        if scenario.changes_nothing:
            assert not scenario.hypothesis
            continue
        assert scenario.hypothesis and scenario.basis and scenario.sources, scenario.id
        assert all(source.url.startswith("https://") for source in scenario.sources), scenario.id
        assert scenario.current_to is not None


def test_shipped_scenarios_say_what_they_change() -> None:
    scenarios = {s.id: s for s in builtin_scenarios()}
    core = scenarios["core-parts-rvc-80"].rvc[0]
    assert (core.net_cost, [m.value for m in core.methods or ()]) == (80, ["net-cost"])
    assert scenarios["us-content-50"].us_content[0].minimum == 50
    assert [p.value for p in scenarios["preference-withdrawn"].preference_loss.parties] == ["US"]  # type: ignore[union-attr]
    overlay = scenarios["overlay-25-non-us"].overlays[0].overlay
    assert (overlay.rate, overlay.base.value, overlay.applies.value) == (25, "non-us-content", "not-qualifying")


def test_de_minimis_rules_ship_as_data() -> None:
    rules = builtin_de_minimis()
    assert rules.percent == 10
    assert len(rules.exceptions) == 10 and all(e.reference.startswith("19 U.S.C. 4531(f)(2)") for e in rules.exceptions)
    assert [str(r) for r in rules.same_subheading_goods] == ["01-27"]


def test_a_user_scenario_loads(tmp_path: Path) -> None:
    assert load_scenario(write(tmp_path, GOOD)).rvc[0].net_cost == 80


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        (GOOD.replace("net_cost = 80", "net_cost = 180"), "key rvc[0].net_cost", "less than or equal to 100"),
        (GOOD.replace('"8708.40"', '"87A8"'), "key rvc[0].hts[0]", "not an HTS code"),
        (GOOD.replace('"8708.40"', '"8709-8708"'), "key rvc[0].hts[0]", "ends before it starts"),
        (GOOD.replace("hypothesis = true", "hypothesis = true\ncolour = 1"), "key colour", "Extra inputs"),
        (GOOD.replace('basis = "What our customer told us."', ""), "key (top level)", "basis or at least one source"),
        (GOOD.replace("net_cost = 80", 'methods = ["net-cost"]'), "key rvc[0]", "give its threshold"),
        (GOOD.replace('id = "mine"', 'id = "Mine!"'), "key id", "pattern"),
        (GOOD.replace("[[rvc]]", "[[rvc]"), "line 7", "invalid TOML"),
    ],
)
def test_a_broken_scenario_is_refused_with_file_key_and_reason(
    tmp_path: Path, text: str, where: str, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert caught.value.where == f"{path}, {where}"
    assert words in caught.value.reason
    assert caught.value.code == "scenario-invalid"


def test_an_id_used_twice_is_refused_naming_both_files(tmp_path: Path) -> None:
    first, second = write(tmp_path, GOOD, "a.toml"), write(tmp_path, GOOD, "b.toml")
    with pytest.raises(ScenarioError) as caught:
        load_scenarios([first, second])
    assert caught.value.where == str(second) and str(first) in caught.value.reason


def test_a_missing_or_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "absent.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ScenarioError, match="not UTF-8"):
        load_scenario(binary)


def test_shipped_files_are_package_data() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"scenarios/*.toml"' in pyproject and '"origin/*.toml"' in pyproject
    assert len(builtin_scenario_paths()) >= 5
